// Every rule the private test daemons can express, with a positive and a negative
// case on real containers, images and daemons: container rules on the fixture
// daemon; image rules on images built (legacy builder, no registry) and loaded
// from a hand-made archive with an old build date; daemon rules on the fixture
// daemon against a second daemon of this test's own, configured the other way
// (live-restore, experimental, an insecure registry, rotated logs, plain TCP, the
// deprecated overlay driver). Also base-OS end of life on an imported Debian 9
// image, stale-container detection by re-tagging, and secrets that never reach any
// output of bulwark-cli. What no daemon here can produce (AppArmor or SELinux on
// the host, cgroup v2, rootless, userns-remap) is covered by tests/unit on
// recorded inspect documents; the rows say so when they are skipped.

#include "HostEndpoint.h"
#include "HostScanner.h"
#include "TestDaemon.h"
#include "rules/RuleEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef BULWARK_FIXTURE_SCRIPT
#error "BULWARK_FIXTURE_SCRIPT must name tests/integration/daemon-fixture.sh"
#endif

using namespace Qt::StringLiterals;
using bulwark::test::docker;

namespace {
const QString Image = u"local/busybox:1"_s;
const QString Prefix = u"it-rule-"_s;
const QString AwsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString DbPassword = u"correct-horse-battery-staple"_s;
const QString ImageToken = u"tok-7Hq2Vx9LmP4sKd8WzR1n"_s; // in a built image's ENV, so in its history too

QStringList words(const QString &text) { return text.split(u' ', Qt::SkipEmptyParts); }

// Streams DIR as a tar archive into `docker DOCKER_ARGS` on the test daemon (import, load).
bool tarInto(const QString &dir, const QStringList &dockerArgs)
{
    QProcess tar;
    QProcess sink;
    tar.setStandardOutputProcess(&sink);
    tar.start(u"tar"_s, {u"-C"_s, dir, u"-c"_s, u"."_s});
    sink.start(u"docker"_s, QStringList{u"-H"_s, bulwark::test::testDockerHost()} + dockerArgs);
    tar.waitForFinished(60000);
    sink.waitForFinished(120000);
    return sink.exitStatus() == QProcess::NormalExit && sink.exitCode() == 0;
}

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
    return tarInto(root.path(), {u"import"_s, u"-c"_s, uR"(CMD ["/bin/sh"])"_s, u"-"_s, tag});
}

// Builds DOCKERFILE with the classic builder: it needs no registry for FROM local/busybox:1
// (BuildKit would look the base image up remotely), and its history is what older CI
// pipelines produce.
bool buildImage(const QString &tag, const QByteArray &dockerfile, const QHash<QString, QByteArray> &files = {})
{
    QTemporaryDir context;
    QFile df(context.filePath(u"Dockerfile"_s));
    if (!df.open(QIODevice::WriteOnly) || df.write(dockerfile) != dockerfile.size())
        return false;
    df.close();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(context.filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(it.value());
    }
    int code = 0;
    QString err;
    bulwark::test::dockerAt(bulwark::test::testDockerHost(), {u"build"_s, u"-q"_s, u"-t"_s, tag, context.path()}, &code, &err,
                            {u"DOCKER_BUILDKIT=0"_s});
    if (code != 0)
        qWarning("docker build %s failed: %s", qPrintable(tag), qPrintable(err));
    return code == 0;
}

// Loads an image built CREATED ago the way `docker save` writes one: a single busybox layer,
// a config carrying the old date, a manifest. This is how an image keeps its original build
// date on a host that never pulled it from a registry.
bool loadImageBuiltAt(const QString &tag, const QDateTime &created)
{
    QTemporaryDir work;
    QDir dir(work.path());
    if (!dir.mkpath(u"rootfs/bin"_s) || !dir.mkpath(u"archive/layer"_s)
        || !QFile::copy(u"/bin/busybox"_s, dir.filePath(u"rootfs/bin/busybox"_s)))
        return false;
    QFile::link(u"busybox"_s, dir.filePath(u"rootfs/bin/sh"_s));
    QProcess tar;
    tar.start(u"tar"_s, {u"-C"_s, dir.filePath(u"rootfs"_s), u"-cf"_s, dir.filePath(u"archive/layer/layer.tar"_s), u"."_s});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
        return false;
    QFile layer(dir.filePath(u"archive/layer/layer.tar"_s));
    if (!layer.open(QIODevice::ReadOnly))
        return false;
    const QString diffId = u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(layer.readAll(), QCryptographicHash::Sha256).toHex());
    const QString when = created.toUTC().toString(Qt::ISODate);
    const QString config = uR"({"architecture":"amd64","os":"linux","created":"%1","config":{"Cmd":["/bin/sh"]},)"
                           uR"("rootfs":{"type":"layers","diff_ids":["%2"]},)"
                           uR"("history":[{"created":"%1","created_by":"/bin/sh -c #(nop) ADD file:0f1e2d in / "}]})"_s.arg(when, diffId);
    const QString manifest = uR"([{"Config":"config.json","RepoTags":["%1"],"Layers":["layer/layer.tar"]}])"_s.arg(tag);
    for (const auto &[name, text] : {std::pair{u"archive/config.json"_s, config}, std::pair{u"archive/manifest.json"_s, manifest}}) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(text.toUtf8());
    }
    return tarInto(dir.filePath(u"archive"_s), {u"load"_s, u"-q"_s});
}

quint16 freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

int runFixture(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, QStringList{QStringLiteral(BULWARK_FIXTURE_SCRIPT)} + args);
    p.waitForFinished(180000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList ruleIds(const QList<bulwark::Finding> &findings)
{
    QStringList ids;
    for (const bulwark::Finding &f : findings)
        ids << f.ruleId;
    return ids;
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
    void daemonRules_data();
    void daemonRules();
    void secretsNeverLeaveBulwark();

private:
    void create(const QString &name, const QString &options, const QString &image = Image,
                const QStringList &command = {u"sleep"_s, u"300"_s}, bool start = false);
    const bulwark::ContainerInfo *byName(const QString &name) const;
    QList<bulwark::Finding> findingsOf(const QString &name) const;
    QStringList rulesOf(const QString &name) const;
    void startConfiguredDaemon();
    const bulwark::HostSnapshot *daemonScan(const QString &which) const;

    bulwark::HostSnapshot m_snapshot;
    // A second daemon configured the other way round from the fixture's, scanned over plain TCP.
    QString m_configuredDir;
    bulwark::HostSnapshot m_configured;
    bool m_configuredOverlay = false;
    // The fixture's scan judged by policies whose minimum engine is above and at its version.
    bulwark::HostSnapshot m_policyAbove;
    bulwark::HostSnapshot m_policyAt;
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
    bulwark::test::removeContainersNamed(Prefix);
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
    create(u"apparmor"_s, u"--network none --security-opt apparmor=unconfined"_s);
    create(u"nolabel"_s, u"--network none --security-opt label=disable"_s);
    create(u"cgroupns"_s, u"--network none --cgroupns host"_s);

    QVERIFY(buildImage(u"local/risky:1"_s,
                       "FROM " + Image.toUtf8() + "\nADD bundle.tar /opt/\nENV SERVICE_TOKEN=" + ImageToken.toUtf8() + "\n",
                       {{u"bundle.tar"_s, QByteArray(10240, '\0')}}));
    create(u"image-risky"_s, net, u"local/risky:1"_s);
    QVERIFY(buildImage(u"local/hardimg:1"_s, "FROM " + Image.toUtf8() + "\nUSER 10001:10001\nHEALTHCHECK CMD true\n"));
    create(u"image-hardened"_s, net, u"local/hardimg:1"_s);
    QVERIFY(loadImageBuiltAt(u"local/old:2019"_s, QDateTime(QDate(2019, 3, 1), QTime(12, 0), Qt::UTC)));
    create(u"old"_s, net, u"local/old:2019"_s);

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

    // BW-D009 turns on the policy's oldest accepted engine: one above this daemon's
    // version, one equal to it, whatever version the machine runs.
    const QVersionNumber version = QVersionNumber::fromString(m_snapshot.engine.engineVersion).normalized();
    QVERIFY2(!version.isNull(), qPrintable(m_snapshot.engine.engineVersion));
    for (const auto &[target, minimum] : {std::pair{&m_policyAbove, QVersionNumber(version.majorVersion() + 1).toString() + u".0"_s},
                                          std::pair{&m_policyAt, version.toString()}}) {
        bulwark::Policy policy;
        policy.minimumEngineVersion = minimum;
        *target = m_snapshot;
        bulwark::RuleEngine(policy).assess(*target);
    }

    startConfiguredDaemon();
}

void TestRulesIntegration::startConfiguredDaemon()
{
    // Everything the fixture daemon leaves at its default, set the other way. --tls=false:
    // newer engines refuse plain TCP unless told explicitly.
    m_configuredDir = u"/tmp/bw-dr-%1"_s.arg(QCoreApplication::applicationPid());
    const quint16 port = freeTcpPort();
    QVERIFY(port > 0);
    const QString tcp = u"tcp://127.0.0.1:%1"_s.arg(port);
    const QStringList flags{u"--live-restore"_s, u"--experimental"_s, u"--insecure-registry"_s, u"registry.invalid:5000"_s,
                            u"--no-new-privileges"_s, u"--log-opt"_s, u"max-size=10m"_s, u"--tls=false"_s, u"-H"_s, tcp};
    // overlay (deprecated, for BW-D010) needs a kernel and backing filesystem that allow it; vfs
    // always works, and only the BW-D010 positive row is skipped then.
    QString log;
    m_configuredOverlay = runFixture(QStringList{u"start"_s, m_configuredDir, u"--storage-driver=overlay"_s} + flags, &log) == 0;
    if (!m_configuredOverlay) {
        qInfo("the overlay storage driver is unavailable here, so the configured daemon uses vfs:\n%s", qPrintable(log));
        QVERIFY2(runFixture(QStringList{u"start"_s, m_configuredDir} + flags, &log) == 0, qPrintable(log));
    }
    // One container: BW-D008 looks at the log options containers got from the daemon.
    int code = 0;
    QString err;
    bulwark::test::dockerAt(tcp, {u"create"_s, u"--network"_s, u"none"_s, Image, u"true"_s}, &code, &err);
    QVERIFY2(code == 0, qPrintable(err));

    bulwark::HostScanner scanner;
    bulwark::Expected<bulwark::HostSnapshot> snap = scanner.scan(*bulwark::HostEndpoint::parse(tcp));
    QVERIFY2(snap.ok(), qPrintable(snap.ok() ? QString() : snap.error().message));
    m_configured = std::move(snap).value();
    QCOMPARE(m_configured.containers.size(), 1);
}

void TestRulesIntegration::cleanupTestCase()
{
    if (!m_configuredDir.isEmpty())
        runFixture({u"stop"_s, m_configuredDir});
    if (!m_created.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + m_created);
    if (m_ready)
        docker({u"rmi"_s, u"-f"_s, u"local/debian9:eol"_s, u"local/stale:1"_s, u"local/busybox:latest"_s, u"local/risky:1"_s,
                u"local/hardimg:1"_s, u"local/old:2019"_s});
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

// The container's findings and its image's: image rules are reported on the image.
QList<bulwark::Finding> TestRulesIntegration::findingsOf(const QString &name) const
{
    QList<bulwark::Finding> all;
    const bulwark::ContainerInfo *c = byName(name);
    if (!c)
        return all;
    all = c->findings;
    const QStringList inherited = ruleIds(all); // BW-I005/I006 are already on the container
    for (const bulwark::ImageInfo &img : m_snapshot.images) {
        if (img.id == c->imageId) {
            for (const bulwark::Finding &f : img.findings) {
                if (!inherited.contains(f.ruleId))
                    all << f;
            }
        }
    }
    return all;
}

QStringList TestRulesIntegration::rulesOf(const QString &name) const { return ruleIds(findingsOf(name)); }

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
    both("BW-C015", "5.2", "apparmor", "default");
    // label=disable only matters where SELinux labels are enforced; elsewhere it must stay quiet.
    if (m_snapshot.engine.info.value("SecurityOptions", nlohmann::json::array()).dump().find("name=selinux") != std::string::npos)
        both("BW-C016", "5.3", "nolabel", "default");
    else
        QTest::newRow("BW-C016 quiet on nolabel without SELinux") << u"nolabel"_s << u"BW-C016"_s << false << u"5.3"_s;
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
    // cgroupns=host is the engine's own default on cgroup v1, a choice only on v2.
    if (m_snapshot.engine.info.value("CgroupVersion", std::string()) == "2")
        both("BW-C033", "", "cgroupns", "default");
    else
        QTest::newRow("BW-C033 quiet on cgroup v1") << u"cgroupns"_s << u"BW-C033"_s << false << QString();
    both("BW-C034", "", "joined", "default");
    both("BW-I001", "4.1", "default", "image-hardened");
    both("BW-I002", "4.6", "default", "image-hardened");
    both("BW-I003", "4.9", "image-risky", "default");
    both("BW-I004", "4.10", "image-risky", "default");
    both("BW-I005", "4.4", "old", "default");
    both("BW-I006", "", "eol", "default");
    both("BW-I007", "5.28", "stale", "default");
}

void TestRulesIntegration::containerRules()
{
    QFETCH(QString, container);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(QString, cis);
    QVERIFY2(byName(container), qPrintable(u"container %1 missing from the scan"_s.arg(container)));
    const QList<bulwark::Finding> findings = findingsOf(container);
    const bulwark::Finding *found = nullptr;
    for (const bulwark::Finding &f : findings) {
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

const bulwark::HostSnapshot *TestRulesIntegration::daemonScan(const QString &which) const
{
    if (which == u"fixture")
        return &m_snapshot;
    if (which == u"configured")
        return &m_configured;
    if (which == u"policy-above")
        return &m_policyAbove;
    if (which == u"policy-at")
        return &m_policyAt;
    return nullptr;
}

void TestRulesIntegration::daemonRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("daemon");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("cis");
    QTest::addColumn<QString>("skip"); // why the row cannot be decided here, or empty
    auto row = [](const char *rule, const char *cis, const char *daemon, bool fires, const QString &skip = {}) {
        QTest::addRow("%s %s on %s", rule, fires ? "fires" : "quiet", daemon)
            << QString::fromLatin1(rule) << QString::fromLatin1(daemon) << fires << QString::fromLatin1(cis) << skip;
    };
    // The fixture: unix socket, root, no userns-remap, no live-restore, no insecure registry, not
    // experimental, json-file logs without max-size, vfs, no default bridge.
    // The configured daemon: plain TCP, --live-restore, --experimental, --insecure-registry,
    // --log-opt max-size, --no-new-privileges, overlay.
    row("BW-D001", "2.7", "configured", true);
    row("BW-D001", "2.7", "fixture", false);
    row("BW-D002", "2.9", "fixture", true);
    row("BW-D003", "2.1", "fixture", true);
    row("BW-D004", "2.15", "fixture", true);
    row("BW-D004", "2.15", "configured", false);
    row("BW-D005", "2.2", "fixture", false); // no default bridge network at all (--bridge=none)
    row("BW-D006", "2.5", "configured", true);
    row("BW-D006", "2.5", "fixture", false);
    row("BW-D007", "2.18", "configured", true);
    row("BW-D007", "2.18", "fixture", false);
    row("BW-D008", "", "fixture", true);
    row("BW-D008", "", "configured", false);
    row("BW-D009", "1.2.2", "policy-above", true);
    row("BW-D009", "1.2.2", "policy-at", false);
    row("BW-D010", "2.6", "configured", true,
        m_configuredOverlay ? QString() : u"the overlay storage driver cannot run here; tests/unit covers BW-D010 firing"_s);
    row("BW-D010", "2.6", "fixture", false);
    row("BW-D011", "2.14", "fixture", true);
    // Engines before 24 accept --no-new-privileges but do not list it in /info.
    const bool listsNoNewPrivileges = QVersionNumber::fromString(m_configured.engine.engineVersion) >= QVersionNumber(24);
    row("BW-D011", "2.14", "configured", false,
        listsNoNewPrivileges ? QString()
                             : u"Engine %1 does not report a daemon-wide no-new-privileges in /info; tests/unit covers BW-D011 staying quiet"_s
                                   .arg(m_configured.engine.engineVersion));
}

void TestRulesIntegration::daemonRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, daemon);
    QFETCH(bool, fires);
    QFETCH(QString, cis);
    QFETCH(QString, skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    const bulwark::HostSnapshot *snap = daemonScan(daemon);
    QVERIFY(snap);
    const bulwark::Finding *found = nullptr;
    for (const bulwark::Finding &f : snap->daemonFindings) {
        if (f.ruleId == rule)
            found = &f;
    }
    QVERIFY2(bool(found) == fires, qPrintable(u"%1 on the %2 daemon: has %3"_s.arg(rule, daemon, ruleIds(snap->daemonFindings).join(u','))));
    if (found) {
        QCOMPARE(found->cis, cis);
        QVERIFY(!found->evidence.isEmpty());
        QVERIFY(!found->remediation.isEmpty());
    }
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
    for (const QString &secret : {AwsSecret, DbPassword, u"EXAMPLEKEY"_s, u"battery-staple"_s, ImageToken, ImageToken.mid(4, 12)})
        QVERIFY2(!allOutput.contains(secret), qPrintable(u"secret fragment %1 leaked"_s.arg(secret)));
}

QTEST_GUILESS_MAIN(TestRulesIntegration)
#include "tst_rules_integration.moc"
