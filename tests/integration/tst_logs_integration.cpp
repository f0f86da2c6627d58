// Log streams and the event feed against the private test daemon (fixture docker_daemon).
#include "EngineClient.h"
#include "HostEndpoint.h"
#include "TestDaemon.h"
#include "stream/EventStream.h"
#include "stream/LogStream.h"
#include "stream/LogTimestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

using namespace bulwark;

namespace {

const QString Image = QStringLiteral("local/busybox:1");
const QString Prefix = QStringLiteral("bw-logs-");

struct Bytes {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Bytes runProgram(const QString &program, const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        pe.remove(QString::fromLatin1(name));
    pe.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    p.setProcessEnvironment(pe);
    p.start(program, args);
    Bytes b;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return b;
    }
    b.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    b.out = p.readAllStandardOutput();
    b.err = p.readAllStandardError();
    return b;
}

Bytes dockerBytes(const QStringList &args)
{
    return runProgram(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), test::testDockerHost()} + args);
}

Bytes cli(const QStringList &args)
{
    return runProgram(QString::fromUtf8(BULWARK_CLI_PATH),
                      args + QStringList{QStringLiteral("-H"), test::testDockerHost()});
}

QString runContainer(const QString &name, const QStringList &extra, const QString &script)
{
    int code = -1;
    QString err;
    const QString id =
        test::docker(QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                                 QStringLiteral("none"), QStringLiteral("--name"), Prefix + name}
                         + extra + QStringList{Image, QStringLiteral("sh"), QStringLiteral("-c"), script},
                     &code, &err);
    if (code != 0)
        qWarning("docker run %s failed: %s", qPrintable(name), qPrintable(err));
    return code == 0 ? id : QString();
}

bool waitExited(const QString &name, int timeoutMs = 120000)
{
    return QTest::qWaitFor(
        [&] {
            return test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
                                 Prefix + name})
                == QLatin1String("exited");
        },
        timeoutMs);
}

// What a LogStream delivered, gathered from its thread.
struct Collector {
    std::mutex mutex;
    QList<QByteArray> out;
    QList<QByteArray> err;
    QList<LogLine> outLines;
    QList<LogLine> errLines;
    QList<StreamStatus> statuses;
    std::atomic<int> total{0};

    void attach(LogStream &s)
    {
        s.setBatchSink([this](const LogBatch &b) {
            std::lock_guard lock(mutex);
            for (const LogLine &l : b.lines()) {
                const bool e = l.stream == LogStreamKind::Stderr;
                (e ? err : out).append(b.text(l).toByteArray());
                (e ? errLines : outLines).append(l);
                ++total;
            }
        });
        s.setStatusSink([this](const StreamStatus &st) {
            std::lock_guard lock(mutex);
            statuses.append(st);
        });
    }
    int count(const QByteArray &prefix)
    {
        std::lock_guard lock(mutex);
        return int(std::count_if(out.cbegin(), out.cend(), [&](const QByteArray &l) { return l.startsWith(prefix); }));
    }
    bool sawStatus(StreamStatus::Kind kind)
    {
        std::lock_guard lock(mutex);
        return std::any_of(statuses.cbegin(), statuses.cend(), [&](const StreamStatus &s) { return s.kind == kind; });
    }
};

QList<QByteArray> sequence(const char *prefix, int n)
{
    QList<QByteArray> lines;
    lines.reserve(n);
    for (int i = 0; i < n; ++i)
        lines << QByteArray(prefix) + QByteArray::number(i);
    return lines;
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLogsIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void knownSequence();
    void tailAndSince();
    void ttyContainer();
    void followAcrossRestart();
    void cliMatchesDockerLogs_data();
    void cliMatchesDockerLogs();
    void cliJsonLines();
    void cliFollowEndsWhenContainerStops();
    void execShowsInEvents();
    void cliEventsMatchDockerEvents();
    void noSuchContainer();

private:
    static void removeOurContainers();
    HostEndpoint m_endpoint;
    static constexpr int SequenceLength = 25000;
};

void TestLogsIntegration::removeOurContainers()
{
    const QStringList ids = test::docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                          QStringLiteral("name=") + Prefix})
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
}

void TestLogsIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    Expected<HostEndpoint> ep = HostEndpoint::parse(test::testDockerHost());
    QVERIFY(ep);
    m_endpoint = *ep;
    removeOurContainers();
    // One container writing a known sequence to both streams, used by several tests.
    QVERIFY(!runContainer(
                 QStringLiteral("seq"), {},
                 QStringLiteral("i=0; while [ $i -lt %1 ]; do echo \"out $i\"; echo \"err $i\" >&2; i=$((i+1)); done")
                     .arg(SequenceLength))
                 .isEmpty());
}

void TestLogsIntegration::cleanupTestCase()
{
    if (test::daemonUnavailableReason().isEmpty())
        removeOurContainers();
}

void TestLogsIntegration::knownSequence()
{
    // Follow from the start while the container is still writing, until it stops.
    LogStreamOptions o;
    o.container = Prefix + QStringLiteral("seq");
    o.follow = true;
    o.reconnect = LogStreamOptions::Reconnect::Never;
    LogStream stream(m_endpoint, o);
    Collector c;
    c.attach(stream);
    Expected<LogStreamEnd> end = stream.run();
    QVERIFY2(end, qPrintable(end ? QString() : end.error().toString()));
    QCOMPARE(*end, LogStreamEnd::ContainerStopped);
    QCOMPARE(c.out.size(), SequenceLength);
    QCOMPARE(c.err.size(), SequenceLength);
    QVERIFY(c.out == sequence("out ", SequenceLength));
    QVERIFY(c.err == sequence("err ", SequenceLength));
    // Each stream's times never go backwards, and every line has one.
    for (const QList<LogLine> *lines : {&c.outLines, &c.errLines}) {
        for (qsizetype i = 0; i < lines->size(); ++i) {
            QVERIFY(lines->at(i).hasTime());
            QVERIFY(!lines->at(i).has(NoNewline));
            if (i > 0)
                QVERIFY(lines->at(i).timeNs >= lines->at(i - 1).timeNs);
        }
    }
    QCOMPARE(stream.linesDelivered(), qint64(2 * SequenceLength));
    QCOMPARE(stream.duplicatesSkipped(), qint64(0));
    QVERIFY(!stream.tty());
}

void TestLogsIntegration::tailAndSince()
{
    QVERIFY(waitExited(QStringLiteral("seq")));
    LogStreamOptions o;
    o.container = Prefix + QStringLiteral("seq");
    o.follow = false;
    o.tail = 4; // the daemon counts lines of both streams together
    LogStream tail(m_endpoint, o);
    Collector c;
    c.attach(tail);
    QCOMPARE(*tail.run(), LogStreamEnd::Complete);
    // The two streams reach the file in an order of their own: check each ends its sequence.
    QCOMPARE(c.out.size() + c.err.size(), 4);
    QCOMPARE(c.out, sequence("out ", SequenceLength).mid(SequenceLength - c.out.size()));
    QCOMPARE(c.err, sequence("err ", SequenceLength).mid(SequenceLength - c.err.size()));

    // since = the time of the latest of those lines: at least that line comes back, nothing older.
    o.tail = -1;
    o.sinceNs = LogLine::NoTime;
    QByteArray latest;
    for (const auto &[lines, texts] : {std::pair{&c.outLines, &c.out}, std::pair{&c.errLines, &c.err}}) {
        for (qsizetype i = 0; i < lines->size(); ++i) {
            if (lines->at(i).timeNs > o.sinceNs) {
                o.sinceNs = lines->at(i).timeNs;
                latest = texts->at(i);
            }
        }
    }
    LogStream since(m_endpoint, o);
    Collector s;
    s.attach(since);
    QCOMPARE(*since.run(), LogStreamEnd::Complete);
    QVERIFY(s.out.contains(latest) || s.err.contains(latest));
    QVERIFY(s.out.size() + s.err.size() <= 4);
    for (const QList<LogLine> *lines : {&s.outLines, &s.errLines}) {
        for (const LogLine &l : *lines)
            QVERIFY(l.timeNs >= o.sinceNs);
    }
}

void TestLogsIntegration::ttyContainer()
{
    QVERIFY(!runContainer(QStringLiteral("tty"), {QStringLiteral("-t")},
                          QStringLiteral("echo first; echo second >&2; i=0; while [ $i -lt 500 ]; do echo \"tty $i\"; "
                                         "i=$((i+1)); done; printf 'no newline'"))
                 .isEmpty());
    QVERIFY(waitExited(QStringLiteral("tty")));
    LogStreamOptions o;
    o.container = Prefix + QStringLiteral("tty");
    o.follow = false;
    LogStream stream(m_endpoint, o);
    Collector c;
    c.attach(stream);
    QCOMPARE(*stream.run(), LogStreamEnd::Complete);
    QVERIFY(stream.tty());
    QVERIFY(c.err.isEmpty()); // a TTY merges both outputs
    QCOMPARE(c.out.size(), 503);
    QCOMPARE(c.out.at(0), QByteArray("first"));
    QCOMPARE(c.out.at(1), QByteArray("second"));
    QCOMPARE(c.out.mid(2, 500), sequence("tty ", 500));
    QCOMPARE(c.out.last(), QByteArray("no newline"));
    QVERIFY(c.outLines.first().has(CrLf));
    QVERIFY(c.outLines.last().has(NoNewline));
}

void TestLogsIntegration::followAcrossRestart()
{
    // Counts its runs in a file that survives the restart.
    QVERIFY(!runContainer(
                 QStringLiteral("restart"), {},
                 QStringLiteral(
                     "n=$(cat /tmp/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /tmp/n; i=0; "
                     "while true; do echo \"run$n line$i\"; echo \"run$n err$i\" >&2; i=$((i+1)); sleep 0.02; done"))
                 .isEmpty());
    LogStreamOptions o;
    o.container = Prefix + QStringLiteral("restart");
    o.reconnect = LogStreamOptions::Reconnect::AcrossRestarts;
    LogStream stream(m_endpoint, o);
    Collector c;
    c.attach(stream);
    std::optional<Expected<LogStreamEnd>> end;
    std::thread runner([&] { end = stream.run(); });

    const bool sawRun1 = QTest::qWaitFor([&] { return c.count("run1 ") >= 10; }, 30000);
    test::docker(
        {QStringLiteral("restart"), QStringLiteral("-t"), QStringLiteral("1"), Prefix + QStringLiteral("restart")});
    const bool sawRun2 = sawRun1 && QTest::qWaitFor([&] { return c.count("run2 ") >= 10; }, 60000);
    // Stop it, then restart it again while the stream waits for it.
    test::docker(
        {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), Prefix + QStringLiteral("restart")});
    const bool sawStop =
        sawRun2 && QTest::qWaitFor([&] { return c.sawStatus(StreamStatus::Kind::ContainerStopped); }, 30000);
    test::docker({QStringLiteral("start"), Prefix + QStringLiteral("restart")});
    const bool sawRun3 = sawStop && QTest::qWaitFor([&] { return c.count("run3 ") >= 10; }, 60000);
    stream.stop();
    runner.join();
    QVERIFY(sawRun1);
    QVERIFY(sawRun2);
    QVERIFY(sawStop);
    QVERIFY(sawRun3);
    QVERIFY(end && *end);
    QCOMPARE(**end, LogStreamEnd::Stopped);
    QVERIFY(c.sawStatus(StreamStatus::Kind::ContainerRestarted));

    // Everything the daemon stored, in order, once: what we got is the start of `docker logs`.
    test::docker(
        {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), Prefix + QStringLiteral("restart")});
    const Bytes stored = dockerBytes({QStringLiteral("logs"), Prefix + QStringLiteral("restart")});
    QCOMPARE(stored.code, 0);
    const QList<QByteArray> storedOut = splitLines(stored.out);
    const QList<QByteArray> storedErr = splitLines(stored.err);
    QVERIFY(c.out.size() <= storedOut.size());
    QCOMPARE(c.out, storedOut.mid(0, c.out.size()));
    QCOMPARE(c.err, storedErr.mid(0, c.err.size()));
    // Within each run the lines are complete: run1 line0, line1, ... with no gap.
    for (const char *run : {"run1 line", "run2 line", "run3 line"}) {
        int expect = 0;
        for (const QByteArray &l : std::as_const(c.out)) {
            if (l.startsWith(run)) {
                QCOMPARE(l, QByteArray(run) + QByteArray::number(expect));
                ++expect;
            }
        }
        QVERIFY(expect >= 10);
    }
}

void TestLogsIntegration::cliMatchesDockerLogs_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QStringList>("options");
    QTest::addRow("sequence") << "seq" << QStringList{};
    QTest::addRow("sequence, timestamps") << "seq" << QStringList{QStringLiteral("--timestamps")};
    QTest::addRow("sequence, tail") << "seq" << QStringList{QStringLiteral("--tail"), QStringLiteral("7")};
    QTest::addRow("tty") << "tty" << QStringList{};
    QTest::addRow("tty, timestamps") << "tty" << QStringList{QStringLiteral("-t")};
    QTest::addRow("odd bytes") << "odd" << QStringList{};
    QTest::addRow("odd bytes, timestamps") << "odd" << QStringList{QStringLiteral("-t")};
    QTest::addRow("odd bytes, follow") << "odd" << QStringList{QStringLiteral("-f")};
}

void TestLogsIntegration::cliMatchesDockerLogs()
{
    QFETCH(QString, container);
    QFETCH(QStringList, options);
    if (container == QLatin1String("odd")
        && test::docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                         QStringLiteral("name=") + Prefix + container})
               .isEmpty()) {
        // Lines over 16 KiB (cut by the daemon), invalid UTF-8, CR, tabs, empty lines, no final newline.
        QVERIFY(
            !runContainer(container, {},
                          QStringLiteral("s=0123456789; i=0; while [ $i -lt 12 ]; do s=\"$s$s\"; i=$((i+1)); done; "
                                         "echo \"$s$s\"; printf 'bad \\377\\376 utf8\\n'; printf 'cr\\rin line\\r\\n'; "
                                         "printf '\\ttab\\n\\n\\n'; echo \"$s\" >&2; printf 'end without newline'"))
                 .isEmpty());
    }
    QVERIFY(waitExited(container));
    const Bytes ours = cli(QStringList{QStringLiteral("logs")} + options + QStringList{Prefix + container});
    const Bytes theirs = dockerBytes(QStringList{QStringLiteral("logs")} + options + QStringList{Prefix + container});
    QCOMPARE(ours.code, 0);
    QCOMPARE(theirs.code, 0);
    QVERIFY(!theirs.out.isEmpty() || !theirs.err.isEmpty());
    QCOMPARE(ours.out.size(), theirs.out.size());
    QVERIFY(ours.out == theirs.out);
    QCOMPARE(ours.err.size(), theirs.err.size());
    QVERIFY(ours.err == theirs.err);
}

void TestLogsIntegration::cliJsonLines()
{
    QVERIFY(waitExited(QStringLiteral("seq")));
    const Bytes r = cli({QStringLiteral("logs"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                         QStringLiteral("--tail"), QStringLiteral("6"), Prefix + QStringLiteral("seq")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> lines = splitLines(r.out);
    QCOMPARE(lines.size(), 6);
    QList<QByteArray> out;
    QList<QByteArray> err;
    for (const QByteArray &l : lines) {
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(l, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("container")).toString(), Prefix + QStringLiteral("seq"));
        QVERIFY(LogTimestamp::parse(o.value(QStringLiteral("time")).toString().toUtf8()).has_value());
        const QString stream = o.value(QStringLiteral("stream")).toString();
        QVERIFY(stream == QLatin1String("stdout") || stream == QLatin1String("stderr"));
        (stream == QLatin1String("stdout") ? out : err).append(o.value(QStringLiteral("line")).toString().toUtf8());
    }
    // The last six lines of the log: each stream's part ends its sequence.
    QCOMPARE(out, sequence("out ", SequenceLength).mid(SequenceLength - out.size()));
    QCOMPARE(err, sequence("err ", SequenceLength).mid(SequenceLength - err.size()));
}

void TestLogsIntegration::cliFollowEndsWhenContainerStops()
{
    QVERIFY(!runContainer(QStringLiteral("short"), {}, QStringLiteral("sleep 2; echo done")).isEmpty());
    QElapsedTimer t;
    t.start();
    const Bytes r = cli({QStringLiteral("logs"), QStringLiteral("--follow"), Prefix + QStringLiteral("short")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("done\n"));
    QVERIFY(t.elapsed() < 60000);
}

void TestLogsIntegration::execShowsInEvents()
{
    QVERIFY(!runContainer(QStringLiteral("exec"), {}, QStringLiteral("sleep 300")).isEmpty());
    EventStreamOptions o;
    o.sinceNs = LogTimestamp::nowNs() - 1'000'000'000;
    EventStream stream(m_endpoint, o);
    std::mutex mutex;
    QList<EngineEvent> events;
    stream.setEventSink([&](const EngineEvent &e) {
        std::lock_guard lock(mutex);
        events.append(e);
    });
    std::optional<Expected<EventStreamEnd>> end;
    std::thread runner([&] { end = stream.run(); });
    const QString name = Prefix + QStringLiteral("exec");
    int code = -1;
    test::docker({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("root"), name, QStringLiteral("true")},
                 &code);
    QCOMPARE(code, 0);
    test::docker({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("nobody"), name, QStringLiteral("id")},
                 &code);
    QCOMPARE(code, 0);
    // Privileged execs can be created here but not started (no capabilities to give).
    test::docker({QStringLiteral("exec"), QStringLiteral("--privileged"), name, QStringLiteral("true")}, &code);
    auto execEvents = [&](const QString &action) {
        std::lock_guard lock(mutex);
        QList<EngineEvent> found;
        for (const EngineEvent &e : std::as_const(events)) {
            if (e.actorName() == name && e.actionName() == action)
                found.append(e);
        }
        return found;
    };
    const bool got = QTest::qWaitFor([&] { return execEvents(QStringLiteral("exec_create")).size() >= 3; }, 30000);
    stream.stop();
    runner.join();
    QVERIFY(got);
    QVERIFY(end && *end);

    const QList<EngineEvent> created = execEvents(QStringLiteral("exec_create"));
    QCOMPARE(created.size(), 3);
    QVERIFY(created[0].exec.known);
    QCOMPARE(created[0].exec.user, QStringLiteral("root"));
    QCOMPARE(created[0].exec.command, QStringLiteral("true"));
    QVERIFY(created[0].securityFlags & RootExec);
    QCOMPARE(created[0].severity, Severity::High);
    QCOMPARE(created[1].exec.user, QStringLiteral("nobody"));
    QCOMPARE(created[1].securityFlags, quint32(0));
    QVERIFY(created[2].exec.privileged);
    QVERIFY(created[2].securityFlags & PrivilegedExec);
    QCOMPARE(created[2].severity, Severity::Critical);
    const QList<EngineEvent> started = execEvents(QStringLiteral("exec_start"));
    QVERIFY(started.size() >= 2);
    QVERIFY(started[0].securityFlags & RootExec);
    QCOMPARE(started[0].attributes.value(QStringLiteral("execID")),
             created[0].attributes.value(QStringLiteral("execID")));
}

void TestLogsIntegration::cliEventsMatchDockerEvents()
{
    // A closed window, so both see the same events: docker events prints local time, as we do (TZ=UTC here).
    const qint64 from = LogTimestamp::nowNs();
    QVERIFY(!runContainer(QStringLiteral("events"), {}, QStringLiteral("true")).isEmpty());
    QVERIFY(waitExited(QStringLiteral("events")));
    test::docker({QStringLiteral("rm"), Prefix + QStringLiteral("events")});
    const qint64 to = LogTimestamp::nowNs() + 1'000'000'000;
    QThread::msleep(1100);
    const QStringList window{QStringLiteral("--since"), LogTimestamp::apiParameter(from), QStringLiteral("--until"),
                             LogTimestamp::apiParameter(to)};
    const Bytes ours = cli(QStringList{QStringLiteral("events")} + window);
    const Bytes theirs = dockerBytes(QStringList{QStringLiteral("events")} + window);
    QCOMPARE(ours.code, 0);
    QCOMPARE(theirs.code, 0);
    QVERIFY(theirs.out.contains(" container destroy "));
    QCOMPARE(QString::fromUtf8(ours.out), QString::fromUtf8(theirs.out));
}

void TestLogsIntegration::noSuchContainer()
{
    LogStreamOptions o;
    o.container = Prefix + QStringLiteral("does-not-exist");
    LogStream stream(m_endpoint, o);
    Expected<LogStreamEnd> end = stream.run();
    QVERIFY(!end);
    QCOMPARE(end.error().httpStatus, 404);
    QVERIFY(end.error().message.contains(o.container));
    const Bytes r = cli({QStringLiteral("logs"), o.container});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("does-not-exist"));
}

QTEST_GUILESS_MAIN(TestLogsIntegration)
#include "tst_logs_integration.moc"
