// LogFollower: without a daemon, a stream that cannot connect is reported and
// stopping or destroying the follower joins its threads promptly; with the test
// daemon (fixture docker_daemon), two containers are followed side by side into
// one model, complete, in order, with stdout and stderr kept apart.
#include "LogFollower.h"
#include "LogIngestQueue.h"
#include "LogModel.h"
#include "TestDaemon.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class TestLogFollower : public QObject {
    Q_OBJECT

private slots:
    void noHostNoFollow();
    void unreachableHostIsReportedAndStops();
    void destructionJoinsThreads();
    void followsTwoContainersSideBySide();
    void cleanupTestCase();
};

namespace {
HostEndpoint missingSocket(const QTemporaryDir &dir)
{
    Expected<HostEndpoint> endpoint =
        HostEndpoint::parse(QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock")));
    return endpoint ? endpoint.value() : HostEndpoint{};
}
} // namespace

void TestLogFollower::noHostNoFollow()
{
    LogModel model;
    LogFollower follower(model.queue());
    QVERIFY(!follower.follow(QStringLiteral("web")));
    QVERIFY(follower.followed().isEmpty());
}

void TestLogFollower::unreachableHostIsReportedAndStops()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogModel model;
    LogFollower follower(model.queue());
    follower.setEndpoint(missingSocket(dir));
    QVERIFY(!follower.endpoint().url.isEmpty());
    QSignalSpy changed(&follower, &LogFollower::followedChanged);
    QSignalSpy status(&follower, &LogFollower::statusReported);
    QSignalSpy ended(&follower, &LogFollower::ended);
    QVERIFY(follower.follow(QStringLiteral("web")));
    QVERIFY(follower.follow(QStringLiteral("web"))); // already followed: no second thread
    QCOMPARE(follower.followed(), QStringList{QStringLiteral("web")});
    QCOMPARE(changed.count(), 1);
    // Either the stream gives up at once or it retries with back-off: both are reported.
    QTRY_VERIFY_WITH_TIMEOUT(status.count() + ended.count() > 0, 10000);
    QElapsedTimer timer;
    timer.start();
    follower.stopAll();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(follower.followed().isEmpty());
    if (ended.count() > 0)
        QVERIFY(!ended.at(0).at(1).toString().isEmpty());
}

void TestLogFollower::destructionJoinsThreads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogModel model;
    QElapsedTimer timer;
    {
        LogFollower follower(model.queue());
        follower.setEndpoint(missingSocket(dir));
        for (int i = 0; i < 4; ++i)
            QVERIFY(follower.follow(QStringLiteral("c%1").arg(i)));
        QCOMPARE(follower.followed().size(), 4);
        QTest::qWait(100);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(100); // queued reports of the destroyed follower must be dropped, not delivered
}

namespace {
const QString Prefix = QStringLiteral("bw-logfollower-");

QString runContainer(const QString &name, const QString &script)
{
    int code = -1;
    QString err;
    const QString id =
        test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                      QStringLiteral("--name"), Prefix + name, QStringLiteral("local/busybox:1"), QStringLiteral("sh"),
                      QStringLiteral("-c"), script},
                     &code, &err);
    if (code != 0)
        qWarning("docker run %s failed: %s", qPrintable(name), qPrintable(err));
    return code == 0 ? id : QString();
}
} // namespace

void TestLogFollower::followsTwoContainersSideBySide()
{
    BULWARK_REQUIRE_DAEMON();
    constexpr int Lines = 5000;
    // chatty: numbered lines, every tenth on stderr, then it stays up; quiet: one line.
    const QString chatty =
        runContainer(QStringLiteral("chatty"),
                     QStringLiteral("i=0; while [ $i -lt %1 ]; do if [ $((i % 10)) -eq 0 ]; then echo \"err $i\" >&2; "
                                    "else echo \"out $i\"; fi; i=$((i+1)); done; sleep 600")
                         .arg(Lines));
    const QString quiet = runContainer(QStringLiteral("quiet"), QStringLiteral("echo hello from quiet; sleep 600"));
    QVERIFY(!chatty.isEmpty() && !quiet.isEmpty());

    LogModel model;
    LogFollower follower(model.queue());
    Expected<HostEndpoint> endpoint = HostEndpoint::parse(test::testDockerHost());
    QVERIFY(endpoint);
    follower.setEndpoint(*endpoint);
    follower.setTail(-1);
    QVERIFY(follower.follow(chatty));
    QVERIFY(follower.follow(quiet));
    QElapsedTimer waited;
    waited.start();
    while (model.rowCount() < Lines + 1 && waited.elapsed() < 60000)
        QTest::qWait(50);
    if (model.rowCount() != Lines + 1) {
        for (int row = 0; row < qMin(model.rowCount(), 10); ++row)
            qWarning("row %d: %s", row, qPrintable(model.lineText(row)));
    }
    QCOMPARE(model.rowCount(), Lines + 1);

    // Each stream keeps its order; the daemon reads stdout and stderr from separate pipes,
    // so how the two interleave is not defined.
    int nextOut = 1;
    int nextErr = 0;
    int quietRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(LogContainerIdRole).toString();
        const QString text = model.index(row, LogModel::TextColumn).data().toString();
        const int stream = model.index(row, 0).data(LogStreamRole).toInt();
        QVERIFY(!model.index(row, 0).data(LogMarkerRole).toBool());
        if (id == quiet) {
            ++quietRows;
            QCOMPARE(text, QStringLiteral("hello from quiet"));
            continue;
        }
        QCOMPARE(id, chatty);
        if (stream == int(LogStreamKind::Stderr)) {
            QCOMPARE(text, QStringLiteral("err %1").arg(nextErr));
            nextErr += 10;
        } else {
            QCOMPARE(stream, int(LogStreamKind::Stdout));
            QCOMPARE(text, QStringLiteral("out %1").arg(nextOut));
            nextOut += nextOut % 10 == 9 ? 2 : 1;
        }
    }
    QCOMPARE(nextErr, Lines);
    QCOMPARE(nextOut, Lines + 1);
    QCOMPARE(quietRows, 1);
    QCOMPARE(model.index(model.rowCount() - 1, LogModel::ContainerColumn).data().toString().isEmpty(), false);

    // Stopping one leaves the other running.
    follower.stop(chatty);
    QCOMPARE(follower.followed(), QStringList{quiet});
    follower.stopAll();
}

void TestLogFollower::cleanupTestCase()
{
    if (!test::daemonUnavailableReason().isEmpty())
        return;
    test::docker({QStringLiteral("rm"), QStringLiteral("-f"), Prefix + QStringLiteral("chatty"),
                  Prefix + QStringLiteral("quiet")});
}

QTEST_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
