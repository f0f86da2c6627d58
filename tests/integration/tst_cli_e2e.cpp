// bulwark-cli as a user runs it, against the private test daemon (fixture docker_daemon).
// Contract: docs/scan-schema.md; exit codes 0 ok, 1 error, 2 usage error.

#include "TestDaemon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using bulwark::test::docker;

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

namespace {

const QString Image = u"local/busybox:1"_s;
const QString Prefix = u"it-cli-"_s;

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray explain() const { return "exit " + QByteArray::number(exitCode) + "\nstderr: " + err; }
};

QSet<QString> toSet(const QStringList &list) { return QSet<QString>(list.cbegin(), list.cend()); }

bool isUtcTimestamp(const QJsonValue &v)
{
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"_s);
    return v.isString() && re.match(v.toString()).hasMatch();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

class TestCliE2e : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scanJson();
    void scanJsonContainerSettings();
    void scanTable();
    void scanOutputFile();
    void scanOutputToSpecialFile();
    void unreachableHost();
    void usageErrors_data();
    void usageErrors();
    void hostsFromDockerHost();
    void version();

private:
    CliRun run(const QStringList &args, const QHash<QString, QString> &env = {}) const;
    QJsonObject containerNamed(const QJsonObject &doc, const QString &name) const;

    QTemporaryDir m_tmp;
    static QStringList daemonContainers();

    QJsonObject m_doc;              // one scan shared by the checks that only read it
    QStringList m_daemonContainers; // "id name" per container, from docker ps, at the time of that scan
};

CliRun TestCliE2e::run(const QStringList &args, const QHash<QString, QString> &env) const
{
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    // Isolate from the user's docker configuration.
    for (const char *name : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_TLS", "DOCKER_CERT_PATH"})
        pe.remove(QString::fromLatin1(name));
    pe.insert(u"DOCKER_CONFIG"_s, m_tmp.filePath(u"docker-config"_s));
    // Scans store by default: into this test's directory, never the user's history.
    pe.insert(u"BULWARK_DB"_s, m_tmp.filePath(u"history.db"_s));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        pe.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(pe);
    p.setProgram(QString::fromUtf8(BULWARK_CLI_PATH));
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject TestCliE2e::containerNamed(const QJsonObject &doc, const QString &name) const
{
    const QJsonArray containers = doc.value(u"containers"_s).toArray();
    for (const QJsonValue &c : containers) {
        if (c.toObject().value(u"name"_s).toString() == name)
            return c.toObject();
    }
    return {};
}

QStringList TestCliE2e::daemonContainers()
{
    QStringList list = docker({u"ps"_s, u"-a"_s, u"--no-trunc"_s, u"--format"_s, u"{{.ID}} {{.Names}}"_s})
                           .split(u'\n', Qt::SkipEmptyParts);
    list.sort();
    return list;
}

void TestCliE2e::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY(m_tmp.isValid());
    bulwark::test::removeContainersNamed(Prefix);

    int code = -1;
    QString err;
    const QString web = u"create --name %1web --network none --user 1000:1000 --cap-drop ALL --cap-add NET_ADMIN "
                        "--read-only --memory 64m --pids-limit 50 --security-opt no-new-privileges "
                        "-p 127.0.0.1:8080:80 -v /etc:/host-etc:ro %2"_s.arg(Prefix, Image);
    docker(web.split(u' '), &code, &err);
    QVERIFY2(code == 0, qPrintable(err));
    docker(u"run -d --name %1sleeper --network none %2 sleep 300"_s.arg(Prefix, Image).split(u' '), &code, &err);
    QVERIFY2(code == 0, qPrintable(err));

    // Another test sharing the daemon (without the lock) may add containers meanwhile:
    // keep the scan whose container list did not change while it ran.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const QStringList before = daemonContainers();
        const CliRun r = run({u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, u"json"_s});
        QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString() + u"\n"_s + QString::fromUtf8(r.out.left(2000))));
        QVERIFY(doc.isObject());
        m_doc = doc.object();
        m_daemonContainers = daemonContainers();
        if (before == m_daemonContainers)
            break;
        qWarning("attempt %d: the daemon's containers changed during the scan; scanning again", attempt);
    }
}

void TestCliE2e::cleanupTestCase()
{
    bulwark::test::removeContainersNamed(Prefix);
}

void TestCliE2e::scanJson()
{
    QCOMPARE(m_doc.value(u"schema"_s).toString(), u"bulwark.scan/1"_s);

    const QJsonObject host = m_doc.value(u"host"_s).toObject();
    QCOMPARE(host.value(u"url"_s).toString(), bulwark::test::testDockerHost());
    QCOMPARE(host.value(u"engine_version"_s).toString(),
             docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}));
    QVERIFY(!host.value(u"api_version"_s).toString().isEmpty());
    QCOMPARE(host.value(u"os"_s).toString(), docker({u"info"_s, u"--format"_s, u"{{.OperatingSystem}}"_s}));
    QCOMPARE(host.value(u"name"_s).toString(), docker({u"info"_s, u"--format"_s, u"{{.Name}}"_s}));

    QVERIFY2(isUtcTimestamp(m_doc.value(u"started_at"_s)), qPrintable(m_doc.value(u"started_at"_s).toString()));
    QVERIFY2(isUtcTimestamp(m_doc.value(u"finished_at"_s)), qPrintable(m_doc.value(u"finished_at"_s).toString()));
    QVERIFY(m_doc.value(u"finished_at"_s).toString() >= m_doc.value(u"started_at"_s).toString());

    // Exactly the daemon's containers, by id and by name.
    const QJsonArray containers = m_doc.value(u"containers"_s).toArray();
    QStringList ids, names;
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        ids.append(c.value(u"id"_s).toString());
        names.append(c.value(u"name"_s).toString());
        for (const char *key :
             {"id", "name", "image", "image_id", "state", "created", "findings", "user", "privileged", "cap_add",
              "cap_drop", "namespaces", "mounts", "ports", "security_opt", "read_only_rootfs", "limits"})
            QVERIFY2(c.contains(QLatin1String(key)),
                     qPrintable(c.value(u"name"_s).toString() + u" lacks "_s + QLatin1String(key)));
        QVERIFY(c.value(u"findings"_s).isArray());
        QVERIFY2(isUtcTimestamp(c.value(u"created"_s)), qPrintable(c.value(u"created"_s).toString()));
    }
    QCOMPARE(ids.size(), toSet(ids).size());
    QCOMPARE(toSet(ids), toSet(docker({u"ps"_s, u"-aq"_s, u"--no-trunc"_s}).split(u'\n', Qt::SkipEmptyParts)));
    QCOMPARE(toSet(names),
             toSet(docker({u"ps"_s, u"-a"_s, u"--format"_s, u"{{.Names}}"_s}).split(u'\n', Qt::SkipEmptyParts)));

    bool busybox = false;
    const QJsonArray images = m_doc.value(u"images"_s).toArray();
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        QVERIFY(image.value(u"id"_s).toString().startsWith(u"sha256:"_s));
        QVERIFY(image.value(u"findings"_s).isArray());
        QVERIFY(image.value(u"tags"_s).isArray());
        QVERIFY(isUtcTimestamp(image.value(u"created"_s)));
        if (stringList(image.value(u"tags"_s)).contains(Image)) {
            busybox = true;
            QCOMPARE(image.value(u"id"_s).toString(),
                     docker({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, Image}));
        }
    }
    QVERIFY2(busybox, "local/busybox:1 missing from images");
    QVERIFY(m_doc.value(u"daemon"_s).toObject().value(u"findings"_s).isArray());
}

void TestCliE2e::scanJsonContainerSettings()
{
    const QJsonObject web = containerNamed(m_doc, Prefix + u"web"_s);
    QVERIFY2(!web.isEmpty(), "it-cli-web missing");
    QCOMPARE(web.value(u"id"_s).toString(), docker({u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, Prefix + u"web"_s}));
    QCOMPARE(web.value(u"image"_s).toString(), Image);
    QCOMPARE(web.value(u"state"_s).toString(), u"created"_s);
    QCOMPARE(web.value(u"user"_s).toString(), u"1000:1000"_s);
    QCOMPARE(web.value(u"privileged"_s).toBool(true), false);
    QCOMPARE(stringList(web.value(u"cap_add"_s)), QStringList{u"NET_ADMIN"_s});
    QCOMPARE(stringList(web.value(u"cap_drop"_s)), QStringList{u"ALL"_s});
    QCOMPARE(stringList(web.value(u"security_opt"_s)), QStringList{u"no-new-privileges"_s});
    QCOMPARE(web.value(u"read_only_rootfs"_s).toBool(false), true);
    const QJsonObject ns = web.value(u"namespaces"_s).toObject();
    for (const char *key : {"network", "pid", "ipc", "uts", "userns", "cgroupns"})
        QVERIFY2(ns.contains(QLatin1String(key)), key);
    QCOMPARE(ns.value(u"network"_s).toString(), u"none"_s);
    const QJsonObject limits = web.value(u"limits"_s).toObject();
    QCOMPARE(limits.value(u"memory_bytes"_s).toInteger(), 67108864);
    QCOMPARE(limits.value(u"pids_limit"_s).toInteger(), 50);
    QVERIFY(limits.contains(u"nano_cpus"_s));

    const QJsonArray mounts = web.value(u"mounts"_s).toArray();
    QCOMPARE(mounts.size(), 1);
    const QJsonObject m = mounts.first().toObject();
    QCOMPARE(m.value(u"type"_s).toString(), u"bind"_s);
    QCOMPARE(m.value(u"source"_s).toString(), u"/etc"_s);
    QCOMPARE(m.value(u"destination"_s).toString(), u"/host-etc"_s);
    QCOMPARE(m.value(u"rw"_s).toBool(true), false);
    QCOMPARE(m.value(u"propagation"_s).toString(), u"rprivate"_s);

    const QJsonArray ports = web.value(u"ports"_s).toArray();
    QCOMPARE(ports.size(), 1);
    const QJsonObject p = ports.first().toObject();
    QCOMPARE(p.value(u"container_port"_s).toInt(), 80);
    QCOMPARE(p.value(u"protocol"_s).toString(), u"tcp"_s);
    QCOMPARE(p.value(u"host_ip"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(p.value(u"host_port"_s).toInt(), 8080);

    const QJsonObject sleeper = containerNamed(m_doc, Prefix + u"sleeper"_s);
    QCOMPARE(sleeper.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(sleeper.value(u"user"_s).toString(), QString());
    QCOMPARE(sleeper.value(u"read_only_rootfs"_s).toBool(true), false);
}

void TestCliE2e::scanTable()
{
    const CliRun r = run({u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, u"table"_s});
    QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(Prefix + u"web"_s), r.out.constData());
    QVERIFY2(text.contains(Prefix + u"sleeper"_s), r.out.constData());
}

void TestCliE2e::scanOutputFile()
{
    const QString path = m_tmp.filePath(u"scan.json"_s);
    const CliRun r =
        run({u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, u"json"_s, u"--output"_s, path});
    QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), "--output did not create the file");
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(u"schema"_s).toString(), u"bulwark.scan/1"_s);
    QCOMPARE(doc.object().value(u"containers"_s).toArray().size(), m_doc.value(u"containers"_s).toArray().size());
    QVERIFY2(!r.out.contains("\"schema\""), "with --output the document must not also go to stdout");
}

void TestCliE2e::scanOutputToSpecialFile()
{
    // `--output /dev/null` or a named pipe must be written to, not replaced: an atomic
    // temp-file-and-rename would turn root's /dev/null into a regular file. A FIFO in a
    // temporary directory shows the same behaviour without risking the real device.
    const QString fifo = m_tmp.filePath(u"out.fifo"_s);
    const QByteArray native = QFile::encodeName(fifo);
    QVERIFY(::mkfifo(native.constData(), 0600) == 0);
    const int reader = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    QVERIFY(reader >= 0);
    // The table for a handful of containers fits in the pipe buffer, so the CLI never blocks.
    const CliRun r =
        run({u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, u"table"_s, u"--output"_s, fifo});
    QByteArray received;
    char buf[4096];
    for (ssize_t n; (n = ::read(reader, buf, sizeof buf)) > 0;)
        received.append(buf, n);
    ::close(reader);
    struct stat st { };
    QVERIFY(::lstat(native.constData(), &st) == 0);
    QVERIFY2(S_ISFIFO(st.st_mode), "bulwark-cli replaced the named pipe given to --output with a regular file");
    QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
    QVERIFY2(received.contains((Prefix + u"web"_s).toUtf8()), received.constData());
}

void TestCliE2e::unreachableHost()
{
    const QString socket = m_tmp.filePath(u"nobody-here.sock"_s);
    const CliRun r = run({u"scan"_s, u"--host"_s, u"unix://"_s + socket, u"--format"_s, u"json"_s});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.trimmed().isEmpty(), "an error must be explained on stderr");
    QVERIFY2(QString::fromUtf8(r.err).contains(socket), r.err.constData());
}

void TestCliE2e::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("unknown option") << QStringList{u"scan"_s, u"--no-such-option"_s};
    QTest::addRow("unknown global option") << QStringList{u"--no-such-option"_s};
    QTest::addRow("unknown subcommand") << QStringList{u"frobnicate"_s};
    QTest::addRow("unknown format") << QStringList{u"scan"_s, u"--format"_s, u"yaml"_s};
}

void TestCliE2e::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = run(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error must be explained on stderr");
}

void TestCliE2e::hostsFromDockerHost()
{
    const CliRun r = run({u"hosts"_s}, {{u"DOCKER_HOST"_s, u"unix:///x/y.sock"_s}});
    QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"unix:///x/y.sock"_s), r.out.constData());
    QVERIFY2(text.contains(u"DOCKER_HOST"_s), r.out.constData());
}

void TestCliE2e::version()
{
    const CliRun r = run({u"--version"_s});
    QVERIFY2(!r.crashed && r.exitCode == 0, r.explain().constData());
    QVERIFY2(r.out.contains(BULWARK_VERSION), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliE2e)
#include "tst_cli_e2e.moc"
