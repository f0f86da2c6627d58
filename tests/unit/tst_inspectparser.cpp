#include "InspectParser.h"
#include "RecordedData.h"

#include <QTest>

using namespace bulwark;

namespace {
nlohmann::json load(const QString &name) { return test::recordedJson(name); }

ContainerInfo container(const QString &name)
{
    Expected<ContainerInfo> c = InspectParser::container(load(QStringLiteral("container-inspect-%1.json").arg(name)));
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return std::move(c).value();
}
} // namespace

class TestInspectParser : public QObject {
    Q_OBJECT
private slots:
    void recordedContainers_data();
    void recordedContainers();
    void capabilitiesNormalised();
    void mounts();
    void limitsAndSecrets();
    void devicesAndUlimits();
    void image();
    void engine();
    void timestamps();
    void malformed_data();
    void malformed();
    void nullAndEmptyListsAreEqual();
};

void TestInspectParser::recordedContainers_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("privileged");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("pid");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QStringList>("securityOpt");

    QTest::addRow("c0 plain running") << "c0" << "c0" << "running" << "" << false << "none" << "" << false << QStringList{};
    QTest::addRow("c1 hardened") << "c1" << "c1" << "created" << "1000:1000" << false << "none" << "" << true
                                 << QStringList{};
    QTest::addRow("c2 privileged host net") << "c2" << "c2" << "created" << "" << true << "host" << "" << false
                                            << QStringList{QStringLiteral("label=disable")};
    QTest::addRow("c4 nnp seccomp") << "c4" << "c4" << "created" << "" << false << "host" << "" << false
                                    << QStringList{QStringLiteral("no-new-privileges"), QStringLiteral("seccomp=unconfined")};
    QTest::addRow("c7 host namespaces") << "c7" << "c7" << "created" << "" << false << "host" << "host" << false
                                        << QStringList{QStringLiteral("label=disable")};
}

void TestInspectParser::recordedContainers()
{
    QFETCH(QString, fixture);
    const ContainerInfo c = container(fixture);
    QTEST(c.name, "name");
    QTEST(c.state, "state");
    QTEST(c.user, "user");
    QTEST(c.privileged, "privileged");
    QTEST(c.namespaces.network, "network");
    QTEST(c.namespaces.pid, "pid");
    QTEST(c.readonlyRootfs, "readOnly");
    QTEST(c.securityOpt, "securityOpt");
    QCOMPARE(c.id.size(), 64);
    QVERIFY(c.created.isValid());
    QCOMPARE(c.created.timeSpec(), Qt::UTC);
    QVERIFY(c.inspect.is_object());
}

void TestInspectParser::capabilitiesNormalised()
{
    // 20.10 adds the CAP_ prefix to CapAdd but leaves CapDrop as given.
    const ContainerInfo c1 = container(QStringLiteral("c1"));
    QCOMPARE(c1.capAdd, QStringList{QStringLiteral("NET_BIND_SERVICE")});
    QCOMPARE(c1.capDrop, QStringList{QStringLiteral("ALL")});
    QCOMPARE(container(QStringLiteral("c4")).capAdd, QStringList{QStringLiteral("SYS_ADMIN")});
    QVERIFY(container(QStringLiteral("c0")).capAdd.isEmpty());
    QCOMPARE(InspectParser::normaliseCapability(QStringLiteral(" cap_sys_ptrace")), QStringLiteral("SYS_PTRACE"));
}

void TestInspectParser::mounts()
{
    const ContainerInfo c = container(QStringLiteral("c5"));
    QCOMPARE(c.mounts.size(), 2);
    QCOMPARE(c.mounts[0].source, QStringLiteral("/srv/example/bindsrc"));
    QCOMPARE(c.mounts[0].destination, QStringLiteral("/data"));
    QCOMPARE(c.mounts[0].readWrite, false);
    QCOMPARE(c.mounts[0].propagation, QStringLiteral("rprivate"));
    QCOMPARE(c.mounts[1].destination, QStringLiteral("/rw"));
    QCOMPARE(c.mounts[1].readWrite, true);
    QCOMPARE(c.mounts[1].propagation, QStringLiteral("rshared"));
    QCOMPARE(c.mounts[1].type, QStringLiteral("bind"));
}

void TestInspectParser::limitsAndSecrets()
{
    const ContainerInfo c = container(QStringLiteral("c3"));
    QCOMPARE(c.limits.memoryBytes, qint64(64) * 1024 * 1024);
    QCOMPARE(c.limits.pidsLimit, qint64(100));
    // Only the names leave the parser's struct fields.
    QCOMPARE(c.envNames, (QStringList{QStringLiteral("DB_PASSWORD"), QStringLiteral("API_KEY")}));
}

void TestInspectParser::devicesAndUlimits()
{
    const ContainerInfo c = container(QStringLiteral("c8"));
    QCOMPARE(c.devices.size(), 1);
    QVERIFY(!c.devices[0].pathOnHost.isEmpty());
    QVERIFY(!c.limits.ulimits.isEmpty());
    QVERIFY(!c.labels.isEmpty());
    const ContainerInfo c6 = container(QStringLiteral("c6"));
    QVERIFY(c6.health.defined);
    QVERIFY(!c6.restartPolicy.isEmpty());
}

void TestInspectParser::image()
{
    Expected<ImageInfo> img = InspectParser::image(load(QStringLiteral("image-inspect-debian9-fake.json")),
                                                   load(QStringLiteral("image-history-debian9-fake.json")).is_array()
                                                       ? load(QStringLiteral("image-history-debian9-fake.json"))
                                                       : nlohmann::json::array());
    QVERIFY(img.ok());
    QVERIFY(img->id.startsWith(QStringLiteral("sha256:")));
    QVERIFY(!img->tags.isEmpty());
    QVERIFY(img->created.isValid());
    QCOMPARE(img->os, QStringLiteral("linux"));
}

void TestInspectParser::engine()
{
    const Expected<EngineInfo> e = InspectParser::engine(load(QStringLiteral("version.json")), load(QStringLiteral("info.json")));
    QVERIFY(e.ok());
    QCOMPARE(e->engineVersion, QStringLiteral("20.10.24+dfsg1"));
    QCOMPARE(e->maxApiVersion, QStringLiteral("1.41"));
    QVERIFY(!e->os.isEmpty());
    QVERIFY(!e->engineId.isEmpty());
}

void TestInspectParser::timestamps()
{
    QCOMPARE(InspectParser::parseTimestamp("2026-11-28T09:50:58.932558517Z"),
             QDateTime(QDate(2026, 11, 28), QTime(9, 50, 58, 933), Qt::UTC)); // Qt rounds to milliseconds
    QCOMPARE(InspectParser::parseTimestamp("2026-11-28T10:50:58+01:00"),
             QDateTime(QDate(2026, 11, 28), QTime(9, 50, 58), Qt::UTC));
    QVERIFY(!InspectParser::parseTimestamp("0001-01-01T00:00:00Z").isValid());
    QVERIFY(!InspectParser::parseTimestamp("").isValid());
    QVERIFY(!InspectParser::parseTimestamp("yesterday").isValid());
}

void TestInspectParser::malformed_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addRow("array") << QByteArray("[1,2]");
    QTest::addRow("string") << QByteArray("\"x\"");
    QTest::addRow("no id") << QByteArray(R"({"Name":"/x"})");
    QTest::addRow("hostconfig wrong type") << QByteArray(R"({"Id":"abc","HostConfig":"privileged"})");
}

void TestInspectParser::malformed()
{
    QFETCH(QByteArray, doc);
    const Expected<ContainerInfo> c = InspectParser::container(nlohmann::json::parse(doc.constBegin(), doc.constEnd()));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::MalformedResponse);
    QVERIFY(!c.error().hint.isEmpty());
}

void TestInspectParser::nullAndEmptyListsAreEqual()
{
    // Wrong-typed fields degrade to "unset" rather than crashing or throwing.
    const auto a = InspectParser::container(nlohmann::json::parse(
        R"({"Id":"a","HostConfig":{"CapAdd":null,"Ulimits":[],"Memory":"lots","Privileged":"yes"},"Mounts":null})"));
    const auto b = InspectParser::container(nlohmann::json::parse(
        R"({"Id":"b","HostConfig":{"CapAdd":[],"Ulimits":null,"Devices":[{"PathOnHost":3}]},"Config":{"Env":[1,"X=y"]}})"));
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QVERIFY(a->capAdd.isEmpty() && b->capAdd.isEmpty());
    QCOMPARE(a->limits.memoryBytes, 0);
    QCOMPARE(a->privileged, false);
    QCOMPARE(b->envNames, QStringList{QStringLiteral("X")});
    QCOMPARE(b->devices.size(), 1);
}

QTEST_GUILESS_MAIN(TestInspectParser)
#include "tst_inspectparser.moc"
