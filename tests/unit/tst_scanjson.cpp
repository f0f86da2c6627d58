#include "InspectParser.h"
#include "RecordedData.h"
#include "ScanJson.h"
#include "ScanTable.h"
#include "rules/RuleEngine.h"

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
    void textIsTheTreeDumped_data();
    void textIsTheTreeDumped();
    void labelsAreSorted();
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

void TestScanJson::textIsTheTreeDumped_data()
{
    // Text that JSON must escape or that is not ASCII, in every kind of place the writer fills.
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << QStringLiteral("plain text");
    QTest::addRow("quotes and backslashes") << QStringLiteral("say \"hi\" C:\\dir\\");
    QTest::addRow("control characters") << QString::fromUtf16(u"tab\tnew\nline\rbell\u0007nul-free\u0001\u001f\u007f\b\f");
    QTest::addRow("non-ASCII") << QString::fromUtf16(u"caf\u00e9 \u2192 \u2026 \u65e5\u672c \U0001F600");
    QTest::addRow("non-ASCII then escapes") << QString::fromUtf16(u"\u00e9\"\t\\x");
    QTest::addRow("lone surrogate") << QString::fromUtf16(u"a\xd800" u"b");
    QTest::addRow("empty") << QString();
}

// toJsonText() writes the text itself instead of building the tree; it must stay exactly
// what the tree would print, whatever the strings hold.
void TestScanJson::textIsTheTreeDumped()
{
    QFETCH(QString, text);
    HostSnapshot s = recordedSnapshot();
    RuleEngine().assess(s);
    ContainerInfo &c = s.containers[0];
    c.name = text;
    c.labels.insert(text, text);
    c.labels.insert(QStringLiteral("z-last"), text);
    c.capAdd << text;
    c.permissions.cpus = 0.1;
    c.risk.rawPoints = 1e21;
    if (!c.findings.isEmpty())
        c.findings.first().evidence = text;
    s.images.first().tags << text;
    s.warnings << text;
    s.engine.name = text;
    std::string tree;
    try {
        tree = ScanJson::toJson(s).dump(2);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    const std::string written = ScanJson::toJsonText(s);
    if (written != tree) {
        size_t at = 0;
        while (at < written.size() && at < tree.size() && written[at] == tree[at])
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: text \"%2\" vs tree \"%3\"")
                             .arg(at)
                             .arg(QString::fromStdString(written.substr(at > 40 ? at - 40 : 0, 80)),
                                  QString::fromStdString(tree.substr(at > 40 ? at - 40 : 0, 80)))));
    }
}

// Labels come from a hash, whose order changes from run to run; the output must not.
void TestScanJson::labelsAreSorted()
{
    HostSnapshot s = recordedSnapshot();
    ContainerInfo &c = s.containers[0];
    c.labels.clear();
    const QStringList names{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("com.example.b"),
                            QStringLiteral("com.example.a"), QStringLiteral("Upper")};
    for (const QString &n : names)
        c.labels.insert(n, n.toUpper());
    QStringList sorted = names;
    sorted.sort();
    const nlohmann::ordered_json doc = ScanJson::toJson(s);
    QStringList written;
    for (const auto &item : doc.at("containers").at(0).at("labels").items())
        written << QString::fromStdString(item.key());
    QCOMPARE(written, sorted);
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
