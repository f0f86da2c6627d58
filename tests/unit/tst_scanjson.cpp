#include "InspectParser.h"
#include "RecordedData.h"
#include "ScanJson.h"
#include "ScanTable.h"

#include <QRegularExpression>
#include <QTest>

using namespace bulwark;

namespace {
nlohmann::json load(const QString &name) { return test::recordedJson(name); }

HostSnapshot recordedSnapshot()
{
    HostSnapshot s;
    s.engine = *InspectParser::engine(load(QStringLiteral("version.json")), load(QStringLiteral("info.json")));
    s.engine.url = QStringLiteral("unix:///var/run/docker.sock");
    s.engine.transport = QStringLiteral("unix");
    s.engine.apiVersion = QStringLiteral("1.41");
    s.startedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
    s.finishedAt = s.startedAt.addMSecs(1500);
    for (int i = 0; i < 10; ++i)
        s.containers.append(*InspectParser::container(load(QStringLiteral("container-inspect-c%1.json").arg(i))));
    s.images.append(*InspectParser::image(load(QStringLiteral("image-inspect-debian9-fake.json")),
                                          load(QStringLiteral("image-history-debian9-fake.json"))));
    return s;
}
} // namespace

class TestScanJson : public QObject {
    Q_OBJECT
private slots:
    void topLevelSchema();
    void containerSettings();
    void envValuesNeverSerialised();
    void table();
};

void TestScanJson::topLevelSchema()
{
    const nlohmann::ordered_json j = ScanJson::toJson(recordedSnapshot());
    QCOMPARE(QString::fromStdString(j.at("schema").get<std::string>()), QStringLiteral("bulwark.scan/1"));
    for (const char *key : {"url", "engine_version", "api_version", "os", "name"})
        QVERIFY2(j.at("host").contains(key), key);
    QCOMPARE(QString::fromStdString(j.at("host").at("engine_version").get<std::string>()), QStringLiteral("20.10.24+dfsg1"));
    QCOMPARE(QString::fromStdString(j.at("started_at").get<std::string>()), QStringLiteral("2026-11-28T10:00:00Z"));
    QCOMPARE(QString::fromStdString(j.at("finished_at").get<std::string>()), QStringLiteral("2026-11-28T10:00:01Z"));
    QCOMPARE(j.at("containers").size(), size_t(10));
    QCOMPARE(j.at("images").size(), size_t(1));
    QVERIFY(j.at("daemon").at("findings").is_array());
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (const auto &c : j.at("containers")) {
        for (const char *key : {"id", "name", "image", "image_id", "state", "created", "findings"})
            QVERIFY2(c.contains(key), key);
        QVERIFY(iso.match(QString::fromStdString(c.at("created").get<std::string>())).hasMatch());
        QVERIFY(c.at("findings").is_array());
    }
    for (const auto &i : j.at("images")) {
        for (const char *key : {"id", "tags", "created", "findings"})
            QVERIFY2(i.contains(key), key);
    }
}

void TestScanJson::containerSettings()
{
    const nlohmann::ordered_json j = ScanJson::toJson(recordedSnapshot());
    const auto &c1 = j.at("containers").at(1);
    QCOMPARE(c1.at("name").get<std::string>(), std::string("c1"));
    QCOMPARE(c1.at("user").get<std::string>(), std::string("1000:1000"));
    QVERIFY(c1.at("cap_add") == nlohmann::ordered_json::array({"NET_BIND_SERVICE"}));
    QVERIFY(c1.at("cap_drop") == nlohmann::ordered_json::array({"ALL"}));
    QCOMPARE(c1.at("read_only_rootfs").get<bool>(), true);
    const auto &c2 = j.at("containers").at(2);
    QCOMPARE(c2.at("privileged").get<bool>(), true);
    QCOMPARE(c2.at("namespaces").at("network").get<std::string>(), std::string("host"));
    const auto &c5 = j.at("containers").at(5);
    QCOMPARE(c5.at("mounts").at(1).at("propagation").get<std::string>(), std::string("rshared"));
    QCOMPARE(c5.at("mounts").at(0).at("rw").get<bool>(), false);
    const auto &c3 = j.at("containers").at(3);
    QCOMPARE(c3.at("limits").at("memory_bytes").get<qint64>(), qint64(67108864));
    QCOMPARE(c3.at("limits").at("pids_limit").get<qint64>(), qint64(100));
}

void TestScanJson::envValuesNeverSerialised()
{
    const std::string dump = ScanJson::toJson(recordedSnapshot()).dump();
    QVERIFY(dump.find("DB_PASSWORD") != std::string::npos); // the name is evidence
    QVERIFY(dump.find("hunter2") == std::string::npos);     // the value never leaves
    QVERIFY(ScanTable::render(recordedSnapshot()).indexOf(QStringLiteral("hunter2")) < 0);
}

void TestScanJson::table()
{
    const QString text = ScanTable::render(recordedSnapshot());
    for (int i = 0; i < 10; ++i)
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n-\\s+c%1\\s").arg(i)))); // unassessed: no risk
    QVERIFY(text.contains(QStringLiteral("20.10.24+dfsg1")));
    QVERIFY(text.contains(QStringLiteral("Containers: 10")));
}

QTEST_GUILESS_MAIN(TestScanJson)
#include "tst_scanjson.moc"
