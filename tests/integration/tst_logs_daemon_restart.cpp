// A log stream and the event feed survive their daemon being killed and restarted:
// nothing lost, nothing repeated. The test runs its own dockerd (with --live-restore,
// so the container keeps writing while the daemon is away) in a directory of its
// own, and kills it with SIGKILL mid-stream. The image comes from the docker_daemon fixture.
#include "HostEndpoint.h"
#include "TestDaemon.h"
#include "stream/EventStream.h"
#include "stream/LogStream.h"
#include "stream/LogTimestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>
#include <mutex>
#include <thread>

#include <unistd.h>

#ifndef BULWARK_FIXTURE_SCRIPT
#error "BULWARK_FIXTURE_SCRIPT must name tests/integration/daemon-fixture.sh"
#endif

using namespace bulwark;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run shell(const QString &script, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLogsDaemonRestart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void resumeAfterDaemonKill();

private:
    bool startDaemon();
    void killDaemon();
    QString docker(const QString &args) const { return QStringLiteral("docker -H %1 %2").arg(m_host, args); }

    QString m_dir;
    QString m_host;
    bool m_started = false;
};

bool TestLogsDaemonRestart::startDaemon()
{
    // The fixture's flags (no network set-up, vfs storage, everything under the directory).
    const Run r = shell(
        QStringLiteral("mkdir -p '%1/data' '%1/exec' && chmod 700 '%1' && "
                       "setsid dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs "
                       "--data-root '%1/data' --exec-root '%1/exec' --pidfile '%1/dockerd.pid' --shutdown-timeout 3 "
                       "--live-restore -H '%2' </dev/null >>'%1/dockerd.log' 2>&1 & "
                       "for i in $(seq 1 600); do docker -H '%2' version >/dev/null 2>&1 && exit 0; sleep 0.1; done; "
                       "tail -n 20 '%1/dockerd.log' >&2; exit 1")
            .arg(m_dir, m_host));
    if (r.code != 0)
        qWarning("dockerd did not start: %s", r.err.constData());
    return r.code == 0;
}

void TestLogsDaemonRestart::killDaemon()
{
    QFile pidFile(m_dir + QStringLiteral("/dockerd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    QVERIFY(QTest::qWaitFor([&] { return !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)); }, 15000));
    // A busy machine reuses pids quickly: a stale pid file could name an unrelated process,
    // and dockerd would refuse to start, or wait for a containerd that is not there.
    QFile::remove(m_dir + QStringLiteral("/dockerd.pid"));
    QFile::remove(m_dir + QStringLiteral("/exec/containerd/containerd.pid"));
}

void TestLogsDaemonRestart::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    if (::geteuid() != 0)
        QSKIP("a private dockerd needs root");
    m_dir = QStringLiteral("/tmp/bw-lr-%1").arg(QCoreApplication::applicationPid());
    m_host = QStringLiteral("unix://%1/docker.sock").arg(m_dir);
    m_started = true; // from here on, cleanupTestCase() must stop whatever was started
    QVERIFY(startDaemon());
    const Run load = shell(QStringLiteral("docker -H '%1' save local/busybox:1 | %2")
                               .arg(test::testDockerHost(), docker(QStringLiteral("load"))));
    QVERIFY2(load.code == 0, load.err.constData());
}

void TestLogsDaemonRestart::cleanupTestCase()
{
    if (m_started)
        shell(QStringLiteral("bash '%1' stop '%2'").arg(QStringLiteral(BULWARK_FIXTURE_SCRIPT), m_dir));
}

void TestLogsDaemonRestart::resumeAfterDaemonKill()
{
    const Run run = shell(docker(QStringLiteral(
        "run -d --network none --name flood local/busybox:1 sh -c "
        "'i=0; while true; do echo \"out $i\"; echo \"err $i\" >&2; i=$((i+1)); busybox usleep 500; done'")));
    QVERIFY2(run.code == 0, run.err.constData());
    Expected<HostEndpoint> ep = HostEndpoint::parse(m_host);
    QVERIFY(ep);

    LogStreamOptions lo;
    lo.container = QStringLiteral("flood");
    lo.reconnect = LogStreamOptions::Reconnect::OnDrop;
    lo.backoff = Backoff(100, 1000);
    LogStream logs(*ep, lo);
    std::mutex mutex;
    QList<QByteArray> out;
    QList<QByteArray> err;
    QList<StreamStatus::Kind> statuses;
    logs.setBatchSink([&](const LogBatch &b) {
        std::lock_guard lock(mutex);
        for (const LogLine &l : b.lines())
            (l.stream == LogStreamKind::Stderr ? err : out).append(b.text(l).toByteArray());
    });
    logs.setStatusSink([&](const StreamStatus &s) {
        std::lock_guard lock(mutex);
        statuses.append(s.kind);
    });

    EventStreamOptions eo;
    eo.backoff = Backoff(100, 1000);
    EventStream events(*ep, eo);
    QList<EngineEvent> seen;
    bool eventsResumed = false;
    events.setEventSink([&](const EngineEvent &e) {
        std::lock_guard lock(mutex);
        seen.append(e);
    });
    events.setStatusSink([&](const StreamStatus &s) {
        std::lock_guard lock(mutex);
        eventsResumed = eventsResumed || s.kind == StreamStatus::Kind::Resumed;
    });

    std::optional<Expected<LogStreamEnd>> logsEnd;
    std::optional<Expected<EventStreamEnd>> eventsEnd;
    std::thread logsThread([&] { logsEnd = logs.run(); });
    std::thread eventsThread([&] { eventsEnd = events.run(); });
    auto lines = [&] {
        std::lock_guard lock(mutex);
        return out.size();
    };
    auto saw = [&](StreamStatus::Kind k) {
        std::lock_guard lock(mutex);
        return statuses.contains(k);
    };

    const bool flowing = QTest::qWaitFor([&] { return lines() >= 500; }, 60000);
    qsizetype beforeKill = lines();
    if (flowing) {
        killDaemon();
        QThread::msleep(1500); // the container keeps writing into its pipe meanwhile
    }
    const bool restarted = flowing && startDaemon();
    const bool resumed = restarted && QTest::qWaitFor([&] { return saw(StreamStatus::Kind::Resumed); }, 60000);
    const bool more = resumed && QTest::qWaitFor([&] { return lines() >= beforeKill + 1000; }, 60000);
    const Run exec = shell(docker(QStringLiteral("exec -u root flood true")));
    const bool execSeen = QTest::qWaitFor(
        [&] {
            std::lock_guard lock(mutex);
            return std::any_of(seen.cbegin(), seen.cend(),
                               [](const EngineEvent &e) { return e.actionName() == QLatin1String("exec_start"); });
        },
        30000);
    logs.stop();
    events.stop();
    logsThread.join();
    eventsThread.join();

    QVERIFY(flowing);
    QVERIFY(restarted);
    QVERIFY(resumed);
    QVERIFY(more);
    QVERIFY2(logsEnd && *logsEnd, logsEnd && !*logsEnd ? qPrintable(logsEnd->error().toString()) : "");
    QCOMPARE(**logsEnd, LogStreamEnd::Stopped);
    QVERIFY(saw(StreamStatus::Kind::Disconnected));
    QCOMPARE(logs.reconnects(), 1);
    // The resumed request started before the last line delivered, so the daemon sent lines
    // again; they were recognised and dropped.
    QVERIFY(logs.duplicatesSkipped() > 0);

    // Every line exactly once, in order: out 0, out 1, ... and err 0, err 1, ...
    for (qsizetype i = 0; i < out.size(); ++i)
        QCOMPARE(out.at(i), QByteArray("out ") + QByteArray::number(i));
    for (qsizetype i = 0; i < err.size(); ++i)
        QCOMPARE(err.at(i), QByteArray("err ") + QByteArray::number(i));
    // And the same as what the daemon stored.
    const Run stored = shell(docker(QStringLiteral("logs flood")));
    QCOMPARE(stored.code, 0);
    const QList<QByteArray> storedOut = splitLines(stored.out);
    QVERIFY(storedOut.size() >= out.size());
    QCOMPARE(out, storedOut.mid(0, out.size()));

    // Events: the feed came back and shows the exec made on the restarted daemon, once.
    QCOMPARE(exec.code, 0);
    QVERIFY(execSeen);
    QVERIFY(eventsResumed);
    QVERIFY(eventsEnd && *eventsEnd);
    QSet<QString> keys;
    for (const EngineEvent &e : std::as_const(seen)) {
        const QString key = QStringLiteral("%1 %2 %3").arg(e.timeNs).arg(e.action, e.actorId);
        QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("event delivered twice: ") + key));
        keys.insert(key);
        if (e.actionName() == QLatin1String("exec_start"))
            QVERIFY(e.securityFlags & RootExec);
    }
}

QTEST_GUILESS_MAIN(TestLogsDaemonRestart)
#include "tst_logs_daemon_restart.moc"
