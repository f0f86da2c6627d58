// Every container rule the private test daemon can express, with a positive and a
// negative case on real containers; base-OS end of life on an imported Debian 9
// image; stale-container detection by re-tagging; and secrets that never reach any
// output of bulwark-cli.

#include "HostEndpoint.h"
#include "HostScanner.h"
#include "TestDaemon.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bulwark::test::docker;

namespace {
const QString Image = u"local/busybox:1"_s;
const QString Prefix = u"it-rule-"_s;
const QString AwsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString DbPassword = u"correct-horse-battery-staple"_s;

QStringList words(const QString &text) { return text.split(u' ', Qt::SkipEmptyParts); }

// Imports a busybox root filesystem plus extra files as a new image, as the fixture does.
bool importImage(const QString &tag, const QHash<QString, QByteArray> &files, const QHash<QString, QString> &links = {})
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"bin"_s);
    if (!QFile::copy(u"/bin/busybox"_s, root.filePath(u"bin/busybox"_s)))
        return false;
    QFile::setPermissions(root.filePath(u"bin/busybox"_s), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    for (const char *applet : {"sh", "sleep", "echo", "cat", "id"})
        QFile::link(u"busybox"_s, root.filePath(u"bin/"_s + QLatin1String(applet)));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QDir(root.path()).mkpath(QFileInfo(it.key()).path());
        QFile f(root.filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(it.value());
    }
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        QDir(root.path()).mkpath(QFileInfo(it.key()).path());
        QFile::link(it.value(), root.filePath(it.key()));
    }
    QProcess tar;
    QProcess imp;
    tar.setStandardOutputProcess(&imp);
    tar.start(u"tar"_s, {u"-C"_s, root.path(), u"-c"_s, u"."_s});
    imp.start(u"docker"_s, {u"-H"_s, bulwark::test::testDockerHost(), u"import"_s, u"-c"_s, uR"(CMD ["/bin/sh"])"_s, u"-"_s, tag});
    tar.waitForFinished(60000);
    imp.waitForFinished(120000);
    return imp.exitStatus() == QProcess::NormalExit && imp.exitCode() == 0;
}
} // namespace

class TestRulesIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void containerRules_data();
    void containerRules();
    void hardenedScoresLowestPrivilegedSocketHighest();
    void endOfLifeBaseOs();
    void staleContainer();
    void daemonRules();
    void secretsNeverLeaveBulwark();

private:
    void create(const QString &name, const QString &options, const QString &image = Image,
                const QStringList &command = {u"sleep"_s, u"300"_s}, bool start = false);
    const bulwark::ContainerInfo *byName(const QString &name) const;
    QStringList rulesOf(const QString &name) const;

    bulwark::HostSnapshot m_snapshot;
    QTemporaryDir m_work;
    QStringList m_created;
    bool m_ready = false;
};

void TestRulesIntegration::create(const QString &name, const QString &options, const QString &image,
                                  const QStringList &command, bool start)
{
    int code = 0;
    QString err;
    docker(QStringList{start ? u"run"_s : u"create"_s} + (start ? QStringList{u"-d"_s} : QStringList{})
               + QStringList{u"--name"_s, Prefix + name} + words(options) + QStringList{image} + command,
           &code, &err);
    QVERIFY2(code == 0, qPrintable(u"creating %1 (%2) failed: %3"_s.arg(name, options, err)));
    m_created << Prefix + name;
}

void TestRulesIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    const QStringList leftovers = docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"name="_s + Prefix}).split(u'\n', Qt::SkipEmptyParts);
    if (!leftovers.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s, u"-v"_s} + leftovers);
    QDir(m_work.path()).mkpath(u"shared"_s);
    const QString socket = bulwark::test::testDockerHost().mid(7);
    const QString net = u"--network none"_s;

    create(u"default"_s, net);
    create(u"hardened"_s, u"--network none --user 10001:10001 --cap-drop ALL --read-only --security-opt no-new-privileges "
                          "--memory 64m --cpus 0.5 --pids-limit 64 --health-cmd true --restart on-failure:3"_s);
    create(u"privileged"_s, u"--network none --privileged"_s);
    create(u"privsocket"_s, u"--network none --privileged -v %1:/var/run/docker.sock"_s.arg(socket));
    create(u"socket"_s, u"--network none -v %1:/var/run/docker.sock"_s.arg(socket));
    create(u"sysadmin"_s, u"--network none --cap-add SYS_ADMIN --cap-add NET_ADMIN"_s);
    create(u"etc-ro"_s, u"--network none -v /etc:/host-etc:ro"_s);
    create(u"root-rw"_s, u"--network none -v /:/host"_s);
    create(u"hostnet"_s, u"--network host"_s);
    create(u"hostpid"_s, u"--network none --pid host"_s);
    create(u"hostipc"_s, u"--network none --ipc host"_s);
    create(u"hostuts"_s, u"--network none --uts host"_s);
    create(u"hostuserns"_s, u"--network none --userns host"_s);
    create(u"rshared"_s, u"--network none --mount type=bind,source=%1,target=/shared,bind-propagation=rshared"_s.arg(m_work.filePath(u"shared"_s)));
    create(u"device"_s, u"--network none --device /dev/null:/dev/xnull"_s);
    create(u"seccomp"_s, u"--network none --security-opt seccomp=unconfined"_s);
    create(u"ports"_s, u"--network none -p 80:80 -p 2222:22 -p 127.0.0.1:8443:443"_s);
    create(u"loopback"_s, u"--network none -p 127.0.0.1:8080:8080"_s);
    create(u"restart"_s, u"--network none --restart always"_s);
    create(u"ulimit"_s, u"--network none --ulimit nofile=1024:2048"_s);
    create(u"bridge"_s, QString());
    create(u"nolog"_s, u"--network none --log-driver none"_s);
    docker({u"tag"_s, Image, u"local/busybox:latest"_s});
    create(u"latest"_s, net, u"local/busybox:latest"_s);
    create(u"secrets"_s, u"--network none -e AWS_SECRET_ACCESS_KEY=%1 -e DB_PASSWORD=%2 -e HOME=/root"_s.arg(AwsSecret, DbPassword));
    create(u"sshd"_s, net, Image, {u"sh"_s, u"-c"_s, u"echo 'sleep 300' > /tmp/sshd; exec sh /tmp/sshd"_s}, true);
    create(u"joined"_s, u"--network container:%1sshd"_s.arg(Prefix));

    QVERIFY(importImage(u"local/debian9:eol"_s,
                        {{u"usr/lib/os-release"_s,
                          "PRETTY_NAME=\"Debian GNU/Linux 9 (stretch)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"9\"\n"
                          "VERSION=\"9 (stretch)\"\nVERSION_CODENAME=stretch\nID=debian\n"}},
                        {{u"etc/os-release"_s, u"../usr/lib/os-release"_s}}));
    create(u"eol"_s, net, u"local/debian9:eol"_s);
    QVERIFY(importImage(u"local/stale:1"_s, {{u"etc/build"_s, "first\n"}}));
    create(u"stale"_s, net, u"local/stale:1"_s);
    QVERIFY(importImage(u"local/stale:1"_s, {{u"etc/build"_s, "second, patched\n"}})); // moves the tag

    bulwark::HostScanner scanner;
    bulwark::Expected<bulwark::HostSnapshot> snap = scanner.scan(*bulwark::HostEndpoint::parse(bulwark::test::testDockerHost()));
    QVERIFY2(snap.ok(), qPrintable(snap.ok() ? QString() : snap.error().message));
    m_snapshot = std::move(snap).value();
    QVERIFY(m_snapshot.assessed);
    m_ready = true;
}

void TestRulesIntegration::cleanupTestCase()
{
    if (!m_created.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + m_created);
    if (m_ready)
        docker({u"rmi"_s, u"-f"_s, u"local/debian9:eol"_s, u"local/stale:1"_s, u"local/busybox:latest"_s});
    docker({u"image"_s, u"prune"_s, u"-f"_s}); // the stale image's untagged predecessor
}

const bulwark::ContainerInfo *TestRulesIntegration::byName(const QString &name) const
{
    for (const bulwark::ContainerInfo &c : m_snapshot.containers) {
        if (c.name == Prefix + name)
            return &c;
    }
    return nullptr;
}

QStringList TestRulesIntegration::rulesOf(const QString &name) const
{
    QStringList ids;
    if (const bulwark::ContainerInfo *c = byName(name)) {
        for (const bulwark::Finding &f : c->findings)
            ids << f.ruleId;
    }
    return ids;
}

void TestRulesIntegration::containerRules_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("cis");

    auto both = [](const char *rule, const char *cis, const char *positive, const char *negative) {
        QTest::addRow("%s fires on %s", rule, positive) << QString::fromLatin1(positive) << QString::fromLatin1(rule) << true << QString::fromLatin1(cis);
        QTest::addRow("%s quiet on %s", rule, negative) << QString::fromLatin1(negative) << QString::fromLatin1(rule) << false << QString::fromLatin1(cis);
    };
    both("BW-C001", "5.5", "privileged", "hardened");
    both("BW-C002", "5.32", "socket", "etc-ro");
    both("BW-C003", "5.4", "sysadmin", "default");
    both("BW-C004", "5.4", "default", "hardened");
    both("BW-C005", "4.1", "default", "hardened");
    both("BW-C006", "5.6", "etc-ro", "socket");
    both("BW-C006", "5.6", "root-rw", "default");
    both("BW-C007", "5.10", "hostnet", "default");
    both("BW-C008", "5.16", "hostpid", "default");
    both("BW-C009", "5.17", "hostipc", "default");
    both("BW-C010", "5.21", "hostuts", "default");
    both("BW-C011", "5.31", "hostuserns", "default");
    both("BW-C012", "5.20", "rshared", "default");
    both("BW-C013", "5.18", "device", "default");
    both("BW-C014", "5.22", "seccomp", "default");
    both("BW-C017", "5.26", "default", "hardened");
    both("BW-C018", "5.13", "default", "hardened");
    both("BW-C019", "5.11", "default", "hardened");
    both("BW-C020", "5.12", "default", "hardened");
    both("BW-C021", "5.29", "default", "hardened");
    both("BW-C022", "5.14", "ports", "loopback");
    both("BW-C023", "5.8", "ports", "loopback");
    both("BW-C024", "5.9", "ports", "loopback");
    both("BW-C025", "5.7", "sshd", "default");
    both("BW-C026", "5.15", "restart", "hardened");
    both("BW-C027", "5.27", "default", "hardened");
    both("BW-C028", "5.19", "ulimit", "default");
    both("BW-C029", "5.30", "bridge", "default");
    both("BW-C030", "", "nolog", "default");
    both("BW-C031", "5.28", "latest", "default");
    both("BW-C032", "", "secrets", "default");
    both("BW-C034", "", "joined", "default");
    both("BW-I006", "", "eol", "default");
    both("BW-I007", "5.28", "stale", "default");
}

void TestRulesIntegration::containerRules()
{
    QFETCH(QString, container);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(QString, cis);
    const bulwark::ContainerInfo *c = byName(container);
    QVERIFY2(c, qPrintable(u"container %1 missing from the scan"_s.arg(container)));
    const bulwark::Finding *found = nullptr;
    for (const bulwark::Finding &f : c->findings) {
        if (f.ruleId == rule)
            found = &f;
    }
    QVERIFY2(bool(found) == fires, qPrintable(u"%1 on %2: has %3"_s.arg(rule, container, rulesOf(container).join(u','))));
    if (found) {
        QCOMPARE(found->cis, cis);
        QVERIFY(!found->evidence.isEmpty());
        QVERIFY(!found->remediation.isEmpty());
    }
}

void TestRulesIntegration::hardenedScoresLowestPrivilegedSocketHighest()
{
    const bulwark::ContainerInfo *hardened = byName(u"hardened"_s);
    const bulwark::ContainerInfo *worst = byName(u"privsocket"_s);
    QVERIFY(hardened && worst);
    for (const bulwark::ContainerInfo &c : m_snapshot.containers) {
        if (!c.name.startsWith(Prefix))
            continue;
        QVERIFY2(hardened->risk.score <= c.risk.score, qPrintable(u"%1 scores %2, below hardened %3"_s.arg(c.name).arg(c.risk.score).arg(hardened->risk.score)));
        QVERIFY2(worst->risk.score >= c.risk.score, qPrintable(u"%1 scores %2, above privileged+socket %3"_s.arg(c.name).arg(c.risk.score).arg(worst->risk.score)));
    }
    QVERIFY(worst->risk.score >= 98);
    QVERIFY(hardened->risk.score < 20);
    QCOMPARE(m_snapshot.hostScore, worst->risk.score);
}

void TestRulesIntegration::endOfLifeBaseOs()
{
    const bulwark::ImageInfo *image = nullptr;
    for (const bulwark::ImageInfo &i : m_snapshot.images) {
        if (i.tags.contains(u"local/debian9:eol"_s))
            image = &i;
    }
    QVERIFY(image);
    QVERIFY2(image->baseOs.detected, qPrintable(image->baseOs.problem));
    QCOMPARE(image->baseOs.id, u"debian"_s);
    QCOMPARE(image->baseOs.versionId, u"9"_s);
    QCOMPARE(image->baseOs.releaseLabel, u"Debian 9 (stretch)"_s);
    QCOMPARE(image->baseOs.eolDate, QDate(2022, 6, 30));
    bool reported = false;
    for (const bulwark::Finding &f : image->findings) {
        if (f.ruleId == u"BW-I006") {
            reported = true;
            QVERIFY2(f.evidence.startsWith(u"Debian 9 (stretch) — end of life since 2022-06-30"_s), qPrintable(f.evidence));
        }
    }
    QVERIFY(reported);
}

void TestRulesIntegration::staleContainer()
{
    const bulwark::ContainerInfo *c = byName(u"stale"_s);
    QVERIFY(c);
    const QString current = docker({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, u"local/stale:1"_s});
    QVERIFY(c->imageId != current);
    QVERIFY(rulesOf(u"stale"_s).contains(u"BW-I007"_s));
}

void TestRulesIntegration::daemonRules()
{
    QStringList ids;
    for (const bulwark::Finding &f : m_snapshot.daemonFindings)
        ids << f.ruleId;
    // The fixture daemon: root, no userns-remap, no live-restore, Engine 20.10.
    for (const char *id : {"BW-D002", "BW-D003", "BW-D004", "BW-D009"})
        QVERIFY2(ids.contains(QLatin1String(id)), qPrintable(ids.join(u',')));
    QVERIFY(!ids.contains(u"BW-D001"_s)); // a unix socket, not plain TCP
}

void TestRulesIntegration::secretsNeverLeaveBulwark()
{
    QTemporaryDir out;
    QTemporaryDir history; // scans are stored by default: the database must not hold them either
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BULWARK_DB"_s, history.filePath(u"history.db"_s));
    QString allOutput;
    for (const QString &format : {u"json"_s, u"table"_s, u"sarif"_s}) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BULWARK_CLI_PATH), {u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, format,
                                                     u"--output"_s, out.filePath(u"scan."_s + format)});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        allOutput += QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QProcess toStdout;
        toStdout.setProcessEnvironment(env);
        toStdout.start(QStringLiteral(BULWARK_CLI_PATH), {u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--format"_s, format});
        QVERIFY(toStdout.waitForFinished(120000));
        allOutput += QString::fromUtf8(toStdout.readAllStandardOutput() + toStdout.readAllStandardError());
    }
    const QStringList files = QDir(out.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QString &name : files) {
        QFile f(out.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        allOutput += QString::fromUtf8(f.readAll());
    }
    int databaseFiles = 0;
    for (const QString &name : QDir(history.path()).entryList(QDir::Files)) {
        QFile f(history.filePath(name)); // the database and its write-ahead log, raw bytes
        QVERIFY(f.open(QIODevice::ReadOnly));
        allOutput += QString::fromLatin1(f.readAll());
        ++databaseFiles;
    }
    QVERIFY2(databaseFiles > 0, "the scans were not stored");
    QVERIFY2(allOutput.contains(u"AWS_SECRET_ACCESS_KEY"_s), "the finding names the variable");
    for (const QString &secret : {AwsSecret, DbPassword, u"EXAMPLEKEY"_s, u"battery-staple"_s})
        QVERIFY2(!allOutput.contains(secret), qPrintable(u"secret fragment %1 leaked"_s.arg(secret)));
}

QTEST_GUILESS_MAIN(TestRulesIntegration)
#include "tst_rules_integration.moc"
