// ScanDiff: which findings are new, resolved and unchanged, which containers
// came and went, whose score moved; and the JSON and table renderings.

#include "store/ScanDiff.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace bulwark;
using namespace bulwark::store;

namespace {

// A compact way to write a scan: "identity=score" containers and
// "rule@identity" findings (severity and evidence are derived).
StoredScan scan(qint64 id, int hostScore, const QStringList &containers, const QStringList &findings)
{
    StoredScan s;
    s.summary.id = id;
    s.summary.hostScore = hostScore;
    s.summary.hostUrl = QStringLiteral("unix:///var/run/docker.sock");
    s.summary.startedAt = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).addDays(id);
    for (const QString &c : containers) {
        StoredContainer sc;
        const QStringList parts = c.split(u'=');
        sc.identity = parts.at(0);
        sc.name = parts.at(0).section(u':', 1);
        sc.id = QStringLiteral("id-%1-%2").arg(sc.name).arg(id); // re-created every scan
        sc.score = parts.value(1).toInt();
        s.containers << sc;
    }
    for (const QString &f : findings) {
        StoredFinding sf;
        sf.ruleId = f.section(u'@', 0, 0);
        sf.targetKey = f.section(u'@', 1);
        sf.targetName = sf.targetKey.section(u':', 1);
        sf.severity = sf.ruleId.endsWith(u'1') ? Severity::Critical : Severity::Medium;
        sf.evidence = QStringLiteral("seen in scan %1").arg(id);
        s.findings << sf;
    }
    return s;
}

QStringList keys(const QList<StoredFinding> &findings)
{
    QStringList out;
    for (const StoredFinding &f : findings)
        out << f.key();
    out.sort();
    return out;
}

QStringList identities(const QList<StoredContainer> &containers)
{
    QStringList out;
    for (const StoredContainer &c : containers)
        out << c.identity;
    out.sort();
    return out;
}

QStringList changes(const QList<ScoreChange> &list)
{
    QStringList out;
    for (const ScoreChange &c : list)
        out << QStringLiteral("%1:%2->%3").arg(c.identity).arg(c.before).arg(c.after);
    return out; // order matters: largest change first
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestScanDiff : public QObject {
    Q_OBJECT
private slots:
    void compute_data();
    void compute();
    void unchangedKeepsNewEvidence();
    void json();
    void table();
};

void TestScanDiff::compute_data()
{
    QTest::addColumn<QStringList>("fromContainers");
    QTest::addColumn<QStringList>("fromFindings");
    QTest::addColumn<QStringList>("toContainers");
    QTest::addColumn<QStringList>("toFindings");
    QTest::addColumn<QStringList>("newKeys");
    QTest::addColumn<QStringList>("resolvedKeys");
    QTest::addColumn<QStringList>("unchangedKeys");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("scoreChanges");

    QTest::addRow("identical") << split("name:a=50") << split("R1@name:a R2@name:a") << split("name:a=50")
                               << split("R1@name:a R2@name:a") << split("") << split("")
                               << split("R1@name:a R2@name:a") << split("") << split("") << split("");
    QTest::addRow("fixed by re-creation")
        << split("name:a=90 name:b=10") << split("R1@name:a R2@name:a R2@name:b") << split("name:a=30 name:b=10")
        << split("R2@name:a R2@name:b") << split("") << split("R1@name:a") << split("R2@name:a R2@name:b")
        << split("") << split("") << split("name:a:90->30");
    QTest::addRow("container added and removed")
        << split("name:a=40 name:old=70") << split("R2@name:a R1@name:old") << split("name:a=40 name:new=20")
        << split("R2@name:a R3@name:new") << split("R3@name:new") << split("R1@name:old") << split("R2@name:a")
        << split("name:new") << split("name:old") << split("");
    QTest::addRow("compose identity survives rename")
        << split("compose:shop/web#1=60") << split("R2@compose:shop/web#1") << split("compose:shop/web#1=60")
        << split("R2@compose:shop/web#1") << split("") << split("") << split("R2@compose:shop/web#1") << split("")
        << split("") << split("");
    QTest::addRow("same rule on another target is new")
        << split("name:a=10 name:b=10") << split("R1@name:a") << split("name:a=10 name:b=80") << split("R1@name:b")
        << split("R1@name:b") << split("R1@name:a") << split("") << split("") << split("")
        << split("name:b:10->80");
    QTest::addRow("duplicates count") << split("name:a=10") << split("R2@name:a") << split("name:a=10")
                                      << split("R2@name:a R2@name:a") << split("R2@name:a") << split("")
                                      << split("R2@name:a") << split("") << split("") << split("");
    QTest::addRow("daemon findings") << split("") << split("R1@ R2@") << split("") << split("R2@ R3@")
                                     << split("R3@") << split("R1@") << split("R2@") << split("") << split("")
                                     << split("");
    QTest::addRow("largest score change first")
        << split("name:a=10 name:b=10 name:c=50") << split("") << split("name:a=15 name:b=90 name:c=20") << split("")
        << split("") << split("") << split("") << split("") << split("")
        << split("name:b:10->90 name:c:50->20 name:a:10->15");
    QTest::addRow("empty to full") << split("") << split("") << split("name:a=5") << split("R2@name:a")
                                   << split("R2@name:a") << split("") << split("") << split("name:a") << split("")
                                   << split("");
}

void TestScanDiff::compute()
{
    QFETCH(QStringList, fromContainers);
    QFETCH(QStringList, fromFindings);
    QFETCH(QStringList, toContainers);
    QFETCH(QStringList, toFindings);
    const ScanDiff diff = ScanDiff::compute(scan(1, 40, fromContainers, fromFindings), scan(2, 30, toContainers, toFindings));
    QTEST(keys(diff.newFindings), "newKeys");
    QTEST(keys(diff.resolvedFindings), "resolvedKeys");
    QTEST(keys(diff.unchangedFindings), "unchangedKeys");
    QTEST(identities(diff.addedContainers), "added");
    QTEST(identities(diff.removedContainers), "removed");
    QTEST(changes(diff.scoreChanges), "scoreChanges");
    QCOMPARE(diff.from.id, 1);
    QCOMPARE(diff.to.id, 2);
    // Every finding of both scans is accounted for exactly once.
    QCOMPARE(diff.newFindings.size() + diff.unchangedFindings.size(), toFindings.size());
    QCOMPARE(diff.resolvedFindings.size() + diff.unchangedFindings.size(), fromFindings.size());
}

void TestScanDiff::unchangedKeepsNewEvidence()
{
    const ScanDiff diff = ScanDiff::compute(scan(1, 0, {}, {QStringLiteral("R2@name:a")}),
                                            scan(5, 0, {}, {QStringLiteral("R2@name:a")}));
    QCOMPARE(diff.unchangedFindings.size(), 1);
    QCOMPARE(diff.unchangedFindings.first().evidence, QStringLiteral("seen in scan 5"));
}

void TestScanDiff::json()
{
    StoredScan from = scan(3, 70, split("name:a=90 name:gone=40"), split("R1@name:a R2@name:a R2@name:gone"));
    StoredScan to = scan(4, 35, split("name:a=30 name:fresh=20"), split("R2@name:a R3@name:fresh"));
    from.summary.severityCounts = {0, 0, 2, 0, 1};
    to.summary.severityCounts = {0, 0, 2, 0, 0};
    const nlohmann::ordered_json doc = diffToJson(ScanDiff::compute(from, to));
    QCOMPARE(doc.at("schema").get<std::string>(), "bulwark.diff/1");
    for (const char *section : {"new", "resolved", "unchanged", "added_containers", "removed_containers", "score_changes"})
        QVERIFY2(doc.contains(section) && doc.at(section).is_array(), section);
    QCOMPARE(doc.at("new").size(), size_t(1));
    QCOMPARE(doc.at("new")[0].at("rule_id").get<std::string>(), "R3");
    QCOMPARE(doc.at("new")[0].at("target").get<std::string>(), "name:fresh");
    QCOMPARE(doc.at("new")[0].at("target_name").get<std::string>(), "fresh");
    QCOMPARE(doc.at("resolved").size(), size_t(2));
    QCOMPARE(doc.at("resolved")[0].at("severity").get<std::string>(), "critical"); // worst first
    QCOMPARE(doc.at("unchanged").size(), size_t(1));
    QCOMPARE(doc.at("added_containers")[0].at("name").get<std::string>(), "fresh");
    QCOMPARE(doc.at("removed_containers")[0].at("identity").get<std::string>(), "name:gone");
    QCOMPARE(doc.at("score_changes")[0].at("delta").get<int>(), -60);
    QCOMPARE(doc.at("from").at("id").get<qint64>(), 3);
    QCOMPARE(doc.at("to").at("id").get<qint64>(), 4);
    QCOMPARE(doc.at("from").at("findings").at("critical").get<int>(), 1);
    QCOMPARE(doc.at("host_score_change").get<int>(), -35);
    QCOMPARE(doc.at("to").at("started_at").get<std::string>(), "2024-06-05T00:00:00.000Z");
}

void TestScanDiff::table()
{
    const ScanDiff diff = ScanDiff::compute(scan(3, 70, split("name:a=90 name:gone=40"), split("R1@name:a")),
                                            scan(4, 35, split("name:a=30 name:fresh=20"), split("R3@name:fresh")));
    const QString text = diffToTable(diff);
    QVERIFY2(text.contains(QStringLiteral("New findings (1)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Resolved findings (1)")));
    QVERIFY(text.contains(QStringLiteral("Added containers (1)")));
    QVERIFY(text.contains(QStringLiteral("Removed containers (1)")));
    QVERIFY(text.contains(QStringLiteral("Score changes (1)")));
    QVERIFY(text.contains(QStringLiteral("(-35)")));
    QVERIFY(text.contains(QStringLiteral("-60")));
    // Quiet diffs leave out empty sections.
    const QString quiet = diffToTable(ScanDiff::compute(scan(1, 5, {}, {}), scan(2, 5, {}, {})));
    QVERIFY(!quiet.contains(QStringLiteral("New findings")));
    QVERIFY(quiet.contains(QStringLiteral("0 new, 0 resolved")));
}

QTEST_GUILESS_MAIN(TestScanDiff)
#include "tst_scandiff.moc"
