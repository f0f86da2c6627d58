// Waivers on a real daemon (fixture docker_daemon): `bulwark-cli scan --policy`
// shows a waived finding as waived in JSON, table and SARIF and scores without
// it; a waiver decided in a review carries forward to the next stored scan of
// the same container re-created with a new id, and never to its twin.

#include "CliProcess.h"
#include "TestDaemon.h"

#include "review/ReviewDecision.h"
#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bulwark;
using bulwark::test::docker;

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

namespace {

const QString Prefix = u"it-waive-"_s;
const QString Image = u"local/busybox:1"_s;

test::ProcessRun cli(const QStringList &args)
{
    return test::runProcess(QStringLiteral(BULWARK_CLI_PATH), args, {u"BULWARK_DB"_s});
}

QJsonObject containerNamed(const QJsonObject &scan, const QString &name)
{
    for (const QJsonValue &v : scan.value(u"containers"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

QJsonObject findingOf(const QJsonObject &container, const QString &rule)
{
    for (const QJsonValue &v : container.value(u"findings"_s).toArray()) {
        if (v.toObject().value(u"rule_id"_s).toString() == rule)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestWaiversIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void policyFileWaivesOneContainer();
    void reviewCarriesForwardToARecreatedContainer();

private:
    void create(const QString &args);
    QTemporaryDir m_dir;
};

void TestWaiversIntegration::create(const QString &args)
{
    int code = -1;
    QString err;
    docker(args.split(u' ', Qt::SkipEmptyParts), &code, &err);
    QVERIFY2(code == 0, qPrintable(args + u": "_s + err));
}

void TestWaiversIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY(m_dir.isValid());
    test::removeContainersNamed(Prefix);
    // Twins: the same privileged configuration under two names.
    create(u"create --name %1a --privileged --network none %2"_s.arg(Prefix, Image));
    create(u"create --name %1b --privileged --network none %2"_s.arg(Prefix, Image));
}

void TestWaiversIntegration::cleanupTestCase()
{
    test::removeContainersNamed(Prefix);
}

void TestWaiversIntegration::policyFileWaivesOneContainer()
{
    const QString policy = m_dir.filePath(u"team.json"_s);
    {
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"schema": "bulwark.policy/1", "waivers": [
            {"rule": "BW-C001", "container": "%1a", "kind": "accept-risk", "justification": "lab machine",
             "reviewer": "erin", "created": "2024-01-01", "expires": "2099-01-01"}]})")
                    .arg(Prefix)
                    .toUtf8());
    }
    const test::ProcessRun json = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--no-store"_s, u"--format"_s, u"json"_s,
                             u"--policy"_s, policy});
    QVERIFY2(json.code == 0, json.err.constData());
    const QJsonObject scan = QJsonDocument::fromJson(json.out).object();
    const QJsonObject a = containerNamed(scan, Prefix + u"a"_s);
    const QJsonObject b = containerNamed(scan, Prefix + u"b"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QJsonObject waiver = findingOf(a, u"BW-C001"_s).value(u"waiver"_s).toObject();
    QCOMPARE(waiver.value(u"state"_s).toString(), u"waived"_s);
    QCOMPARE(waiver.value(u"kind"_s).toString(), u"accept-risk"_s);
    QCOMPARE(waiver.value(u"justification"_s).toString(), u"lab machine"_s);
    QCOMPARE(waiver.value(u"reviewer"_s).toString(), u"erin"_s);
    QCOMPARE(waiver.value(u"expires"_s).toString(), u"2099-01-01T00:00:00Z"_s);
    QCOMPARE(waiver.value(u"origin"_s).toString(), u"policy team.json"_s);
    QVERIFY(findingOf(b, u"BW-C001"_s).value(u"waiver"_s).isNull());
    // Same configuration, one waived finding fewer to count: no floor, a lower score.
    QCOMPARE(a.value(u"findings"_s).toArray().size(), b.value(u"findings"_s).toArray().size());
    const int scoreA = a.value(u"risk_score"_s).toInt();
    const int scoreB = b.value(u"risk_score"_s).toInt();
    QVERIFY2(scoreA < scoreB, qPrintable(u"%1 vs %2"_s.arg(scoreA).arg(scoreB)));
    QCOMPARE(scan.value(u"summary"_s).toObject().value(u"waived"_s).toInt(), 1);

    const test::ProcessRun table = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--no-store"_s, u"--policy"_s, policy});
    QVERIFY2(table.code == 0, table.err.constData());
    QVERIFY2(table.out.contains("WAIVED (Risk accepted by erin"), table.out.constData());
    QVERIFY(table.out.contains("Waived: 1"));

    const test::ProcessRun sarif = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--no-store"_s, u"--format"_s, u"sarif"_s,
                              u"--policy"_s, policy});
    QVERIFY2(sarif.code == 0, sarif.err.constData());
    int suppressed = 0;
    const QJsonArray results = QJsonDocument::fromJson(sarif.out).object().value(u"runs"_s).toArray().first()
                                   .toObject().value(u"results"_s).toArray();
    for (const QJsonValue &r : results) {
        const QJsonArray s = r.toObject().value(u"suppressions"_s).toArray();
        if (!s.isEmpty()) {
            ++suppressed;
            QCOMPARE(r.toObject().value(u"ruleId"_s).toString(), u"BW-C001"_s);
            QCOMPARE(s.first().toObject().value(u"status"_s).toString(), u"accepted"_s);
        }
    }
    QCOMPARE(suppressed, 1);
}

void TestWaiversIntegration::reviewCarriesForwardToARecreatedContainer()
{
    const QString db = m_dir.filePath(u"history.db"_s);
    const test::ProcessRun first = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--format"_s, u"json"_s, u"--db"_s, db});
    QVERIFY2(first.code == 0, first.err.constData());
    const QJsonObject before = containerNamed(QJsonDocument::fromJson(first.out).object(), Prefix + u"b"_s);
    const int scoreBefore = before.value(u"risk_score"_s).toInt();

    // A review of the stored scan accepts the privileged finding of b.
    {
        auto handle = store::ScanDatabase::open(db);
        QVERIFY(handle);
        store::ScanStore scans(**handle);
        const store::ScanSummary latest = scans.scans(0, 1).value().first();
        store::ReviewStore reviews(**handle);
        const qint64 review = reviews.startReview(latest.hostId, latest.id, u"carol"_s).value();
        ReviewDecision d;
        d.ruleId = u"BW-C001"_s;
        d.scope = RuleScope::Container;
        d.targetKey = u"name:"_s + Prefix + u"b"_s;
        d.targetName = Prefix + u"b"_s;
        d.kind = DecisionKind::AcceptRisk;
        d.justification = u"needs raw sockets until the rewrite"_s;
        d.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(reviews.recordDecision(review, d));
        QVERIFY(reviews.finishReview(review, {}));
    }

    // b re-created: a new id, the same name.
    const QString oldId = before.value(u"id"_s).toString();
    docker({u"rm"_s, u"-f"_s, Prefix + u"b"_s});
    create(u"create --name %1b --privileged --network none %2"_s.arg(Prefix, Image));

    const test::ProcessRun next = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--format"_s, u"json"_s, u"--db"_s, db});
    QVERIFY2(next.code == 0, next.err.constData());
    QVERIFY2(next.err.contains("Applied 1 stored waiver"), next.err.constData());
    const QJsonObject scan = QJsonDocument::fromJson(next.out).object();
    const QJsonObject b = containerNamed(scan, Prefix + u"b"_s);
    QVERIFY(b.value(u"id"_s).toString() != oldId);
    QCOMPARE(findingOf(b, u"BW-C001"_s).value(u"waiver"_s).toObject().value(u"state"_s).toString(), u"waived"_s);
    QVERIFY(b.value(u"risk_score"_s).toInt() < scoreBefore);
    // Its twin is untouched.
    QVERIFY(findingOf(containerNamed(scan, Prefix + u"a"_s), u"BW-C001"_s).value(u"waiver"_s).isNull());

    // The stored scan records the waiver with the finding.
    auto handle = store::ScanDatabase::open(db, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(handle);
    store::ScanStore scans(**handle);
    const store::StoredScan stored = scans.load(scans.scans(0, 1).value().first().id).value();
    int waived = 0;
    for (const store::StoredFinding &f : stored.findings) {
        if (f.waiver.waived()) {
            ++waived;
            QCOMPARE(f.key(), u"BW-C001@name:"_s + Prefix + u"b"_s);
        }
    }
    QCOMPARE(waived, 1);
}

QTEST_GUILESS_MAIN(TestWaiversIntegration)
#include "tst_waivers_integration.moc"
