// HostScanner against the private test daemon (fixture docker_daemon): containers
// are created with known settings and the snapshot must report each one exactly.
// Values the test sets are hard-coded; values the daemon chooses are read back
// with the docker CLI, which serves as the oracle.

#include "HostEndpoint.h"
#include "HostScanner.h"
#include "RecordingProxy.h"
#include "Snapshot.h"
#include "TestDaemon.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using bulwark::test::docker;

namespace {

const QString Image = u"local/busybox:1"_s;
const QString Prefix = u"it-snap-"_s;

QString sortedJoin(QStringList list)
{
    list.sort();
    return list.join(u',');
}

// "a b c" -> {"a", "b", "c"}: docker options without a wall of string literals.
QStringList words(const QString &text) { return text.split(u' ', Qt::SkipEmptyParts); }

QString boolText(bool b) { return b ? u"true"_s : u"false"_s; }

// One setting of a container rendered as text, so rows of a data table can name it.
QString field(const bulwark::ContainerInfo &c, const QString &name)
{
    if (name == u"user")
        return c.user;
    if (name == u"privileged")
        return boolText(c.privileged);
    if (name == u"capAdd")
        return sortedJoin(c.capAdd);
    if (name == u"capDrop")
        return sortedJoin(c.capDrop);
    if (name == u"securityOpt")
        return sortedJoin(c.securityOpt);
    if (name == u"readonlyRootfs")
        return boolText(c.readonlyRootfs);
    if (name == u"network")
        return c.namespaces.network;
    if (name == u"pid")
        return c.namespaces.pid;
    if (name == u"ipc")
        return c.namespaces.ipc;
    if (name == u"uts")
        return c.namespaces.uts;
    if (name == u"cgroupns")
        return c.namespaces.cgroupns;
    if (name == u"memoryBytes")
        return QString::number(c.limits.memoryBytes);
    if (name == u"pidsLimit")
        return QString::number(std::max<qint64>(c.limits.pidsLimit, 0));
    if (name == u"state")
        return c.state;
    if (name == u"image")
        return c.image;
    if (name == u"started")
        return boolText(c.startedAt.isValid());
    return u"<unknown field %1>"_s.arg(name);
}

// Events that record a change. The daemon also logs some reads, which a scan may cause:
// `top` (GET /containers/{id}/top) and `archive-path` (HEAD/GET /containers/{id}/archive).
QStringList changingEvents(const QStringList &events)
{
    static const QStringList readOnlyActions{u"top"_s, u"archive-path"_s};
    QStringList changes;
    for (const QString &event : events) {
        if (!readOnlyActions.contains(event.section(u' ', 1, 1)))
            changes.append(event);
    }
    return changes;
}

double nowSeconds() { return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0; }

QString secondsArg(double t) { return QString::number(t, 'f', 3); }

} // namespace

class TestSnapshotIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void engine();
    void containerList();
    void containerSettings_data();
    void containerSettings();
    void mounts();
    void ports();
    void images();
    void scanIsReadOnly();
    void scanSendsOnlyGetAndHead();

private:
    bool create(const QString &name, const QStringList &options, const QStringList &command = {}, bool run = false);
    const bulwark::ContainerInfo *byName(const QString &name) const;
    QStringList events(double since, double until) const;
    static QStringList daemonContainerIds();

    QTemporaryDir m_bindRoot{QDir::tempPath() + u"/bw-bind-XXXXXX"_s};
    bulwark::HostSnapshot m_snapshot;
    double m_beforeSetup = 0;
    double m_beforeScan = 0;
    double m_afterScan = 0;
    QStringList m_created;
    QStringList m_daemonIds;  // docker ps -aq --no-trunc, sorted, at the time of the scan
    QStringList m_scanEvents; // "Type Action name" of each event docker recorded during the scan
};

bool TestSnapshotIntegration::create(const QString &name, const QStringList &options, const QStringList &command,
                                     bool run)
{
    int code = -1;
    QString err;
    const QStringList args =
        QStringList{run ? u"run"_s : u"create"_s, u"--name"_s, Prefix + name} + options + QStringList{Image} + command;
    docker(args, &code, &err);
    // `docker run` of a command that exits 3 reports 3: that container still exists.
    if (code != 0 && !(run && code == 3)) {
        qWarning("docker %s failed (%d): %s", qPrintable(args.join(u' ')), code, qPrintable(err));
        return false;
    }
    m_created.append(Prefix + name);
    return true;
}

const bulwark::ContainerInfo *TestSnapshotIntegration::byName(const QString &name) const
{
    for (const bulwark::ContainerInfo &c : m_snapshot.containers) {
        if (c.name == Prefix + name)
            return &c;
    }
    return nullptr;
}

QStringList TestSnapshotIntegration::events(double since, double until) const
{
    int code = -1;
    const QString out = docker({u"events"_s, u"--since"_s, secondsArg(since), u"--until"_s, secondsArg(until),
                                u"--format"_s, u"{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"_s},
                               &code);
    if (code != 0)
        return {u"<docker events failed>"_s};
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QStringList TestSnapshotIntegration::daemonContainerIds()
{
    QStringList ids = docker({u"ps"_s, u"-aq"_s, u"--no-trunc"_s}).split(u'\n', Qt::SkipEmptyParts);
    ids.sort();
    return ids;
}

void TestSnapshotIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY2(m_bindRoot.isValid(), qPrintable(m_bindRoot.errorString()));

    // Leftovers of an interrupted run of this test.
    bulwark::test::removeContainersNamed(Prefix);

    const QString dataDir = m_bindRoot.filePath(u"x"_s);
    const QString sharedDir = m_bindRoot.filePath(u"shared"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QDir().mkpath(sharedDir));

    m_beforeSetup = nowSeconds();
    QVERIFY(create(u"user"_s, words(u"--network none --user 1000:1000"_s)));
    QVERIFY(create(u"caps"_s, words(u"--network none --cap-drop ALL --cap-add NET_ADMIN --cap-add SYS_PTRACE"_s)));
    QVERIFY(create(u"hostns"_s, words(u"--network host --pid host --ipc host --uts host"_s)));
    QVERIFY(
        create(u"mounts"_s,
               words(u"--network none -v /etc:/host-etc:ro -v %1:/data "
                     "--mount type=bind,source=%2,target=/shared,bind-propagation=rshared"_s.arg(dataDir, sharedDir))));
    QVERIFY(create(u"ports"_s, words(u"--network none -p 127.0.0.1:8080:80 -p 9090:90/udp"_s)));
    QVERIFY(
        create(u"limits"_s,
               words(u"--network none --read-only --memory 64m --pids-limit 50 --security-opt no-new-privileges"_s)));
    QVERIFY(create(u"privileged"_s, words(u"--network none --privileged"_s)));
    QVERIFY(create(u"running"_s, words(u"--network none -d"_s), words(u"sleep 300"_s), true));
    QVERIFY(create(u"exited"_s, words(u"--network none"_s), {u"sh"_s, u"-c"_s, u"exit 3"_s}, true));

    // The scan's time window must hold no event that changes anything. Another test sharing the daemon
    // (without the lock) can add events or containers meanwhile: then scan again. A scan
    // that changes the daemon itself leaves events every time and fails below.
    const auto endpoint = bulwark::HostEndpoint::parse(bulwark::test::testDockerHost());
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().toString()));
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QThread::msleep(300); // let the set-up's last event settle before the window opens
        m_beforeScan = nowSeconds();
        const QStringList idsBefore = daemonContainerIds();
        bulwark::HostScanner scanner;
        auto result = scanner.scan(*endpoint);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        m_snapshot = std::move(result).value();
        m_daemonIds = daemonContainerIds();
        QThread::msleep(300);
        m_afterScan = nowSeconds();
        m_scanEvents = events(m_beforeScan, m_afterScan);
        if (changingEvents(m_scanEvents).isEmpty() && idsBefore == m_daemonIds)
            break;
        qWarning("attempt %d: the daemon changed during the scan; scanning again", attempt);
    }
}

void TestSnapshotIntegration::cleanupTestCase()
{
    if (!m_created.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + m_created);
}

void TestSnapshotIntegration::engine()
{
    const bulwark::EngineInfo &e = m_snapshot.engine;
    QVERIFY(!e.engineVersion.isEmpty());
    QCOMPARE(e.engineVersion, docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}));
    QCOMPARE(e.maxApiVersion, docker({u"version"_s, u"--format"_s, u"{{.Server.APIVersion}}"_s}));
    QVERIFY(!e.apiVersion.isEmpty());
    QCOMPARE(e.name, docker({u"info"_s, u"--format"_s, u"{{.Name}}"_s}));
    QCOMPARE(e.os, docker({u"info"_s, u"--format"_s, u"{{.OperatingSystem}}"_s}));
    QCOMPARE(e.engineId, docker({u"info"_s, u"--format"_s, u"{{.ID}}"_s}));
    QCOMPARE(e.url, bulwark::test::testDockerHost());
    QCOMPARE(e.tls, false);
    QVERIFY(m_snapshot.startedAt.isValid());
    QVERIFY(m_snapshot.finishedAt >= m_snapshot.startedAt);
}

void TestSnapshotIntegration::containerList()
{
    QStringList actual;
    for (const bulwark::ContainerInfo &c : m_snapshot.containers)
        actual.append(c.id);
    actual.sort();
    QCOMPARE(actual, m_daemonIds);
    for (const QString &name : std::as_const(m_created))
        QVERIFY2(byName(name.mid(Prefix.size())), qPrintable(name + u" missing from the snapshot"_s));
}

void TestSnapshotIntegration::containerSettings_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    auto row = [](const QString &container, const QString &f, const QString &expected) {
        QTest::addRow("%s.%s", qPrintable(container), qPrintable(f)) << container << f << expected;
    };
    row(u"user"_s, u"user"_s, u"1000:1000"_s);
    row(u"user"_s, u"state"_s, u"created"_s);
    row(u"user"_s, u"started"_s, u"false"_s);
    row(u"user"_s, u"image"_s, Image);
    row(u"user"_s, u"privileged"_s, u"false"_s);
    row(u"user"_s, u"capAdd"_s, QString());
    row(u"user"_s, u"capDrop"_s, QString());
    row(u"user"_s, u"securityOpt"_s, QString());
    row(u"user"_s, u"readonlyRootfs"_s, u"false"_s);
    row(u"user"_s, u"memoryBytes"_s, u"0"_s);
    row(u"user"_s, u"pidsLimit"_s, u"0"_s);
    row(u"user"_s, u"network"_s, u"none"_s);
    row(u"user"_s, u"pid"_s, QString());
    row(u"user"_s, u"uts"_s, QString());
    row(u"caps"_s, u"user"_s, QString());
    row(u"caps"_s, u"capAdd"_s, u"NET_ADMIN,SYS_PTRACE"_s); // the daemon stores CAP_NET_ADMIN
    row(u"caps"_s, u"capDrop"_s, u"ALL"_s);
    row(u"hostns"_s, u"network"_s, u"host"_s);
    row(u"hostns"_s, u"pid"_s, u"host"_s);
    row(u"hostns"_s, u"ipc"_s, u"host"_s);
    row(u"hostns"_s, u"uts"_s, u"host"_s);
    row(u"limits"_s, u"readonlyRootfs"_s, u"true"_s);
    row(u"limits"_s, u"memoryBytes"_s, u"67108864"_s);
    row(u"limits"_s, u"pidsLimit"_s, u"50"_s);
    row(u"limits"_s, u"securityOpt"_s, u"no-new-privileges"_s);
    row(u"limits"_s, u"privileged"_s, u"false"_s);
    row(u"privileged"_s, u"privileged"_s, u"true"_s);
    row(u"privileged"_s, u"state"_s, u"created"_s);
    row(u"running"_s, u"state"_s, u"running"_s);
    row(u"running"_s, u"started"_s, u"true"_s);
    row(u"exited"_s, u"state"_s, u"exited"_s);
    row(u"exited"_s, u"started"_s, u"true"_s);
}

void TestSnapshotIntegration::containerSettings()
{
    QFETCH(QString, container);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const bulwark::ContainerInfo *c = byName(container);
    QVERIFY2(c, qPrintable(Prefix + container + u" is not in the snapshot"_s));
    QCOMPARE(::field(*c, field), expected);
}

void TestSnapshotIntegration::mounts()
{
    const bulwark::ContainerInfo *c = byName(u"mounts"_s);
    QVERIFY(c);
    QList<bulwark::MountInfo> mounts = c->mounts;
    std::sort(mounts.begin(), mounts.end(), [](const auto &a, const auto &b) { return a.destination < b.destination; });
    QCOMPARE(mounts.size(), 3);

    QCOMPARE(mounts[0].type, u"bind"_s);
    QCOMPARE(mounts[0].source, m_bindRoot.filePath(u"x"_s));
    QCOMPARE(mounts[0].destination, u"/data"_s);
    QCOMPARE(mounts[0].readWrite, true);
    QCOMPARE(mounts[0].propagation, u"rprivate"_s);

    QCOMPARE(mounts[1].type, u"bind"_s);
    QCOMPARE(mounts[1].source, u"/etc"_s);
    QCOMPARE(mounts[1].destination, u"/host-etc"_s);
    QCOMPARE(mounts[1].readWrite, false);
    QCOMPARE(mounts[1].propagation, u"rprivate"_s);

    QCOMPARE(mounts[2].type, u"bind"_s);
    QCOMPARE(mounts[2].source, m_bindRoot.filePath(u"shared"_s));
    QCOMPARE(mounts[2].destination, u"/shared"_s);
    QCOMPARE(mounts[2].readWrite, true);
    QCOMPARE(mounts[2].propagation, u"rshared"_s);

    // A container without mounts reports none.
    QVERIFY(byName(u"user"_s));
    QCOMPARE(byName(u"user"_s)->mounts.size(), 0);
}

void TestSnapshotIntegration::ports()
{
    const bulwark::ContainerInfo *c = byName(u"ports"_s);
    QVERIFY(c);
    // A created container has no NetworkSettings.Ports yet: these come from HostConfig.PortBindings.
    QList<bulwark::PortBinding> ports = c->ports;
    std::sort(ports.begin(), ports.end(),
              [](const auto &a, const auto &b) { return a.containerPort < b.containerPort; });
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports[0].containerPort, 80);
    QCOMPARE(ports[0].protocol, u"tcp"_s);
    QCOMPARE(ports[0].hostIp, u"127.0.0.1"_s);
    QCOMPARE(ports[0].hostPort, 8080);
    QCOMPARE(ports[1].containerPort, 90);
    QCOMPARE(ports[1].protocol, u"udp"_s);
    // As the daemon stored it: "" means every interface.
    const QString storedIp =
        docker({u"inspect"_s, u"--format"_s, u"{{(index (index .HostConfig.PortBindings \"90/udp\") 0).HostIp}}"_s,
                Prefix + u"ports"_s});
    QCOMPARE(ports[1].hostIp, storedIp);
    QCOMPARE(ports[1].hostPort, 9090);
    QVERIFY(ports[1].published());

    QVERIFY(byName(u"user"_s));
    QCOMPARE(byName(u"user"_s)->ports.size(), 0);
}

void TestSnapshotIntegration::images()
{
    const QString imageId = docker({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, Image});
    QVERIFY(imageId.startsWith(u"sha256:"_s));
    const bulwark::ImageInfo *found = nullptr;
    for (const bulwark::ImageInfo &image : m_snapshot.images) {
        if (image.tags.contains(Image))
            found = &image;
    }
    QVERIFY2(found, "local/busybox:1 is not among the snapshot's images");
    QCOMPARE(found->id, imageId);
    QVERIFY2(found->history.is_array() && !found->history.empty(), found->history.dump().c_str());
    QCOMPARE(found->os, u"linux"_s);
    QVERIFY(found->created.isValid());

    const bulwark::ContainerInfo *c = byName(u"user"_s);
    QVERIFY(c);
    QCOMPARE(c->imageId, imageId);
}

void TestSnapshotIntegration::scanIsReadOnly()
{
    // The event query works: the set-up window shows the containers being created ...
    const QStringList setup = events(m_beforeSetup, m_beforeScan);
    QVERIFY2(setup.contains(u"container create "_s + Prefix + u"user"_s), qPrintable(setup.join(u'\n')));
    // ... and the scan's window shows no event that changes anything.
    const QStringList changes = changingEvents(m_scanEvents);
    QVERIFY2(changes.isEmpty(), qPrintable(u"the scan changed the daemon:\n"_s + changes.join(u'\n')));
}

void TestSnapshotIntegration::scanSendsOnlyGetAndHead()
{
    // Every request of a full scan, as seen on the wire by a proxy in front of the daemon.
    const QString upstream = bulwark::test::testDockerHost().mid(int(qstrlen("unix://")));
    bulwark::test::RecordingProxy proxy(upstream, m_bindRoot.filePath(u"proxy.sock"_s));
    QVERIFY(proxy.start());
    const auto endpoint = bulwark::HostEndpoint::parse(proxy.url());
    QVERIFY(endpoint.ok());
    bulwark::HostScanner scanner;
    const auto result = scanner.scan(*endpoint);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->containers.size(), m_snapshot.containers.size());

    const QList<QByteArray> requests = proxy.requestLines();
    // At least the ping, the listing and one inspect per container went through the proxy.
    QVERIFY2(requests.size() >= m_snapshot.containers.size() + 2, QByteArray::number(requests.size()).constData());
    QByteArrayList offending;
    for (const QByteArray &line : requests) {
        if (!line.startsWith("GET ") && !line.startsWith("HEAD "))
            offending.append(line);
    }
    QVERIFY2(offending.isEmpty(), offending.join('\n').constData());
    for (const bulwark::ContainerInfo &c : std::as_const(m_snapshot.containers)) {
        bool inspected = false;
        for (const QByteArray &line : requests)
            inspected = inspected || line.contains("/containers/" + c.id.toLatin1() + "/json");
        QVERIFY2(inspected, qPrintable(c.name + u" was never inspected"_s));
    }
}

QTEST_GUILESS_MAIN(TestSnapshotIntegration)
#include "tst_snapshot_integration.moc"
