// ReviewStore: review sessions, the waivers their decisions leave, and how
// stored waivers carry forward into later scans of the same host.

#include "ScanJson.h"
#include "StoreFixtures.h"
#include "review/WaiverFile.h"
#include "rules/RuleEngine.h"
#include "store/ContainerIdentity.h"
#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::store;

namespace {

const QDateTime T0(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

// A scan of the realistic host at `at`, assessed with the host's stored waivers, as `bulwark-cli scan` does.
HostSnapshot scanWithStoredWaivers(ReviewStore &reviews, const QDateTime &at)
{
    HostSnapshot snap = test::realisticHost(at);
    const StoreExpected<int> merged = reviews.applyStoredWaivers(snap, Policy());
    if (!merged)
        qWarning("%s", qPrintable(merged.error().toString()));
    return snap;
}

const StoredFinding *storedFinding(const StoredScan &scan, const QString &rule, const QString &target)
{
    for (const StoredFinding &f : scan.findings) {
        if (f.ruleId == rule && f.targetKey == target)
            return &f;
    }
    return nullptr;
}

ReviewDecision decision(DecisionKind kind, const QString &rule = QStringLiteral("BW-C001"),
                        const QString &target = QStringLiteral("name:admin-shell"))
{
    ReviewDecision d;
    d.ruleId = rule;
    d.scope = waiverTargetScope(target);
    d.targetKey = target;
    d.targetName = target.mid(target.indexOf(QLatin1Char(':')) + 1);
    d.title = QStringLiteral("Privileged container");
    d.severity = Severity::Critical;
    d.kind = kind;
    switch (kind) {
    case DecisionKind::Fix:
        d.owner = QStringLiteral("bob");
        d.dueDate = T0.date().addDays(14);
        break;
    case DecisionKind::AcceptRisk:
        d.justification = QStringLiteral("break-glass shell, only started by hand");
        d.expiresAt = T0.addDays(30);
        break;
    case DecisionKind::FalsePositive:
        d.justification = QStringLiteral("the rule misreads this image");
        break;
    }
    return d;
}

} // namespace

class TestReviewStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reviewLifecycle();
    void invalidDecisionsAreRefused_data();
    void invalidDecisionsAreRefused();
    void decisionsBecomeWaivers_data();
    void decisionsBecomeWaivers();
    void fixRevokesTheWaiver();
    void carryForwardAndExpiry();
    void waiversStayWithTheirHost();
    void importAndExportRoundTrip();
    void permissionsRoundTrip();
    void pruneKeepsWaivedHosts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScanDatabase> m_db;
    qint64 m_host = 0;
    qint64 m_scan = 0;
};

void TestReviewStore::init()
{
    QVERIFY(m_dir.isValid());
    auto db = ScanDatabase::open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(db).value();
    ScanStore store(*m_db);
    auto id = store.save(test::realisticHost(T0));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    m_scan = *id;
    m_host = store.summary(m_scan)->hostId;
}

void TestReviewStore::cleanup()
{
    m_db.reset();
}

void TestReviewStore::reviewLifecycle()
{
    ReviewStore reviews(*m_db);
    reviews.setClock(T0.addSecs(60));
    auto id = reviews.startReview(m_host, m_scan, QStringLiteral(" carol "));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(reviews.recordDecision(*id, decision(DecisionKind::Fix)));
    QVERIFY(reviews.recordDecision(*id, decision(DecisionKind::FalsePositive, QStringLiteral("BW-C002"))));
    // Deciding the first finding again replaces its decision.
    QVERIFY(reviews.recordDecision(*id, decision(DecisionKind::AcceptRisk)));

    auto open = reviews.review(*id);
    QVERIFY(open);
    QCOMPARE(open->reviewer, QStringLiteral("carol"));
    QCOMPARE(open->hostId, m_host);
    QCOMPARE(open->scanId, m_scan);
    QCOMPARE(open->startedAt, T0.addSecs(60));
    QVERIFY(!open->finishedAt.isValid());
    QCOMPARE(open->decisions.size(), 2);
    QCOMPARE(open->decisions[0].kind, DecisionKind::AcceptRisk);
    QCOMPARE(open->decisions[0].justification, decision(DecisionKind::AcceptRisk).justification);
    QCOMPARE(open->decisions[0].expiresAt, T0.addDays(30));
    QCOMPARE(open->decisions[0].owner, QString()); // the fix's owner left with the fix
    QCOMPARE(open->decisions[0].decidedAt, T0.addSecs(60));
    QCOMPARE(open->decisions[1].kind, DecisionKind::FalsePositive);
    QCOMPARE(open->decisions[1].severity, Severity::Critical);

    reviews.setClock(T0.addSecs(900));
    QVERIFY(reviews.finishReview(*id, QStringLiteral("went through the admin tools")));
    auto finished = reviews.reviewForScan(m_scan);
    QVERIFY(finished && finished->has_value());
    QCOMPARE((*finished)->finishedAt, T0.addSecs(900));
    QCOMPARE((*finished)->notes, QStringLiteral("went through the admin tools"));
    // A finished review takes no more decisions, and is not finished twice.
    auto late = reviews.recordDecision(*id, decision(DecisionKind::Fix, QStringLiteral("BW-C003")));
    QVERIFY(!late);
    QCOMPARE(late.error().kind, StoreErrorKind::InvalidArgument);
    QVERIFY(!reviews.finishReview(*id, QString()));

    // A second review of the same scan becomes the scan's review.
    reviews.setClock(T0.addDays(1));
    auto second = reviews.startReview(m_host, m_scan, QStringLiteral("dave"));
    QVERIFY(second);
    QCOMPARE((*reviews.reviewForScan(m_scan))->id, *second);
    QCOMPARE(reviews.reviews(m_host)->size(), 2);
    QCOMPARE(reviews.reviews(m_host)->first().id, *second);
    QVERIFY(!reviews.reviewForScan(m_scan + 100)->has_value());

    QCOMPARE(reviews.startReview(m_host, m_scan + 100, QStringLiteral("x")).error().kind, StoreErrorKind::NotFound);
    QCOMPARE(reviews.startReview(m_host, m_scan, QStringLiteral(" ")).error().kind, StoreErrorKind::InvalidArgument);
    QCOMPARE(reviews.review(9999).error().kind, StoreErrorKind::NotFound);
}

void TestReviewStore::invalidDecisionsAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("dropJustification");
    QTest::addColumn<bool>("dropExpiry");
    QTest::newRow("accept without justification") << int(DecisionKind::AcceptRisk) << true << false;
    QTest::newRow("accept without expiry") << int(DecisionKind::AcceptRisk) << false << true;
    QTest::newRow("false positive without justification") << int(DecisionKind::FalsePositive) << true << false;
}

void TestReviewStore::invalidDecisionsAreRefused()
{
    QFETCH(int, kind);
    QFETCH(bool, dropJustification);
    QFETCH(bool, dropExpiry);
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const qint64 id = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    ReviewDecision d = decision(DecisionKind(kind));
    if (dropJustification)
        d.justification.clear();
    if (dropExpiry)
        d.expiresAt = QDateTime();
    auto r = reviews.recordDecision(id, d);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, StoreErrorKind::InvalidArgument);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(reviews.review(id)->decisions.isEmpty());
    QVERIFY(reviews.waivers(m_host, true)->isEmpty());
}

void TestReviewStore::decisionsBecomeWaivers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("waivers");
    QTest::newRow("fix") << int(DecisionKind::Fix) << 0;
    QTest::newRow("accept risk") << int(DecisionKind::AcceptRisk) << 1;
    QTest::newRow("false positive") << int(DecisionKind::FalsePositive) << 1;
}

void TestReviewStore::decisionsBecomeWaivers()
{
    QFETCH(int, kind);
    QFETCH(int, waivers);
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const qint64 id = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    const ReviewDecision d = decision(DecisionKind(kind));
    QVERIFY(reviews.recordDecision(id, d));
    auto stored = reviews.waivers(m_host);
    QVERIFY(stored);
    QCOMPARE(stored->size(), waivers);
    if (waivers == 0)
        return;
    const Waiver &w = stored->first();
    QCOMPARE(w.ruleId, d.ruleId);
    QCOMPARE(w.targetKey, d.targetKey);
    QCOMPARE(w.scope, RuleScope::Container);
    QCOMPARE(w.kind, d.kind == DecisionKind::AcceptRisk ? WaiverKind::AcceptRisk : WaiverKind::FalsePositive);
    QCOMPARE(w.justification, d.justification);
    QCOMPARE(w.reviewer, QStringLiteral("carol"));
    QCOMPARE(w.hostEngineId, QStringLiteral("ABCD:EFGH:IJKL"));
    QCOMPARE(w.expiresAt, d.expiresAt);
    QCOMPARE(w.createdAt, T0);
    QVERIFY(w.origin.contains(QString::number(id)));
    // Deciding again replaces the waiver rather than adding a second one.
    ReviewDecision again = d;
    again.justification = QStringLiteral("second thoughts");
    QVERIFY(reviews.recordDecision(id, again));
    QCOMPARE(reviews.waivers(m_host)->size(), 1);
    QCOMPARE(reviews.waivers(m_host)->first().justification, QStringLiteral("second thoughts"));
    QVERIFY(reviews.revokeWaiver(reviews.waivers(m_host)->first().id));
    QVERIFY(reviews.waivers(m_host, true)->isEmpty());
    QCOMPARE(reviews.revokeWaiver(w.id).error().kind, StoreErrorKind::NotFound);
}

void TestReviewStore::fixRevokesTheWaiver()
{
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const qint64 first = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    QVERIFY(reviews.recordDecision(first, decision(DecisionKind::AcceptRisk)));
    QVERIFY(reviews.recordDecision(first, decision(DecisionKind::FalsePositive, QStringLiteral("BW-C002"))));
    QVERIFY(reviews.finishReview(first, {}));
    QCOMPARE(reviews.waivers(m_host)->size(), 2);
    const qint64 second = *reviews.startReview(m_host, m_scan, QStringLiteral("dave"));
    QVERIFY(reviews.recordDecision(second, decision(DecisionKind::Fix)));
    auto left = reviews.waivers(m_host);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().ruleId, QStringLiteral("BW-C002"));
}

void TestReviewStore::carryForwardAndExpiry()
{
    ScanStore store(*m_db);
    ReviewStore reviews(*m_db);
    reviews.setClock(T0.addSecs(60));
    const int scoreBefore = store.summary(m_scan)->hostScore;
    const qint64 id = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    // admin-shell is privileged with the daemon socket: waive both and its floor goes.
    QVERIFY(reviews.recordDecision(id, decision(DecisionKind::AcceptRisk)));
    QVERIFY(reviews.recordDecision(id, decision(DecisionKind::AcceptRisk, QStringLiteral("BW-C002"))));
    QVERIFY(reviews.finishReview(id, {}));

    // The next scan, a day later: findings shown as waived, score improved.
    const HostSnapshot next = scanWithStoredWaivers(reviews, T0.addDays(1));
    QVERIFY2(next.hostScore < scoreBefore, qPrintable(QStringLiteral("%1 vs %2").arg(next.hostScore).arg(scoreBefore)));
    const qint64 nextId = *store.save(next);
    auto loaded = store.load(nextId);
    QVERIFY(loaded);
    QCOMPARE(loaded->summary.hostScore, next.hostScore);
    const StoredFinding *waived = storedFinding(*loaded, QStringLiteral("BW-C001"), QStringLiteral("name:admin-shell"));
    QVERIFY(waived);
    QCOMPARE(waived->waiver.state, WaiverState::Waived);
    QCOMPARE(waived->waiver.kind, WaiverKind::AcceptRisk);
    QCOMPARE(waived->waiver.reviewer, QStringLiteral("carol"));
    QCOMPARE(waived->waiver.expiresAt, T0.addDays(30));
    QCOMPARE(waived->waiver.justification, decision(DecisionKind::AcceptRisk).justification);
    int waivedCount = 0;
    for (const StoredFinding &f : loaded->findings)
        waivedCount += f.waiver.state == WaiverState::None ? 0 : 1;
    QCOMPARE(waivedCount, 2);
    // Still counted in the severity totals: waived findings are shown.
    QCOMPARE(loaded->summary.severityCounts, store.summary(m_scan)->severityCounts);
    // The first scan is history: it keeps reading as it was stored.
    QVERIFY(!storedFinding(*store.load(m_scan), QStringLiteral("BW-C001"), QStringLiteral("name:admin-shell"))
                 ->waiver.waived());

    // Revoking the waiver later does not rewrite the scan that used it.
    // After expiry the finding comes back, flagged, and counts again.
    const HostSnapshot late = scanWithStoredWaivers(reviews, T0.addDays(31));
    QCOMPARE(late.hostScore, scoreBefore);
    const qint64 lateId = *store.save(late);
    const StoredScan lateScan = *store.load(lateId); // storedFinding() points into it
    const StoredFinding *expired = storedFinding(lateScan, QStringLiteral("BW-C001"), QStringLiteral("name:admin-shell"));
    QCOMPARE(expired->waiver.state, WaiverState::Expired);

    const QList<Waiver> all = reviews.waivers(m_host, true).value();
    QCOMPARE(all.size(), 2);
    for (const Waiver &w : all)
        QVERIFY(reviews.revokeWaiver(w.id));
    QCOMPARE(storedFinding(*store.load(nextId), QStringLiteral("BW-C001"), QStringLiteral("name:admin-shell"))
                 ->waiver.state,
             WaiverState::Waived);
    QCOMPARE(scanWithStoredWaivers(reviews, T0.addDays(2)).hostScore, scoreBefore);
}

void TestReviewStore::waiversStayWithTheirHost()
{
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const qint64 id = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    QVERIFY(reviews.recordDecision(id, decision(DecisionKind::FalsePositive)));
    // The same daemon through another URL shares them; another daemon does not.
    QCOMPARE(reviews.waiversForEngine(QStringLiteral("tcp://10.0.0.5:2376"), QStringLiteral("ABCD:EFGH:IJKL"))->size(), 1);
    QCOMPARE(reviews.waiversForEngine(QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("OTHER"))->size(), 0);
    QCOMPARE(reviews.waiversForEngine(QStringLiteral("unix:///var/run/docker.sock"), QString())->size(), 1);
    QCOMPARE(reviews.waiversForEngine(QStringLiteral("tcp://never.seen:2375"), QString())->size(), 0);

    HostSnapshot other = test::realisticHost(T0.addDays(1));
    other.engine.engineId = QStringLiteral("OTHER");
    RuleEngine engine([&] {
        Policy p;
        p.waivers = *reviews.waiversForEngine(other.engine.url, other.engine.engineId);
        return p;
    }());
    engine.assess(other);
    QCOMPARE(other.hostScore, test::realisticHost(T0).hostScore);
}

void TestReviewStore::importAndExportRoundTrip()
{
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const QByteArray file = R"({"schema": "bulwark.policy/1", "waivers": [
        {"rule": "BW-C001", "container": "admin-shell", "kind": "accept-risk", "justification": "break-glass",
         "reviewer": "erin", "created": "2024-02-01", "expires": "2024-06-01T08:30:00Z"},
        {"rule": "BW-I006", "image": "legacy/app:2019", "kind": "false-positive", "justification": "patched"}]})";
    Expected<Policy> policy = Policy::fromJson(file, QStringLiteral("team.json"));
    QVERIFY(policy);
    auto imported = reviews.importWaivers(m_host, policy->waivers);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(*imported, 2);
    // Importing again replaces rather than duplicates.
    QCOMPARE(*reviews.importWaivers(m_host, policy->waivers), 2);
    auto stored = reviews.waivers(m_host);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).origin, QStringLiteral("policy team.json"));
    // The export names the host; reading and exporting it again gives the same bytes.
    const QByteArray exported = WaiverFile::write(*stored);
    QVERIFY(exported.contains("\"host\": \"ABCD:EFGH:IJKL\""));
    QVERIFY(exported.contains("\"expires\": \"2024-06-01T08:30:00Z\""));
    QVERIFY(exported.contains("\"created\": \"2024-02-01\""));
    Expected<Policy> again = Policy::fromJson(exported, QStringLiteral("export.json"));
    QVERIFY(again);
    QCOMPARE(*reviews.importWaivers(m_host, again->waivers), 2);
    QCOMPARE(WaiverFile::write(*reviews.waivers(m_host)), exported);

    QCOMPARE(reviews.importWaivers(m_host + 100, policy->waivers).error().kind, StoreErrorKind::NotFound);
}

void TestReviewStore::permissionsRoundTrip()
{
    const HostSnapshot snap = test::realisticHost(T0);
    auto loaded = ScanStore(*m_db).load(m_scan);
    QVERIFY(loaded);
    QCOMPARE(loaded->containers.size(), snap.containers.size());
    for (qsizetype i = 0; i < snap.containers.size(); ++i) {
        const Permissions &p = loaded->containers.at(i).permissions;
        QCOMPARE(ScanJson::permissionsToJson(p).dump(), ScanJson::permissionsToJson(snap.containers.at(i).permissions).dump());
    }
    QVERIFY(loaded->containers.first().permissions.privileged);
    QVERIFY(!loaded->containers.at(1).permissions.runsAsRoot);
}

void TestReviewStore::pruneKeepsWaivedHosts()
{
    ReviewStore reviews(*m_db);
    reviews.setClock(T0);
    const qint64 id = *reviews.startReview(m_host, m_scan, QStringLiteral("carol"));
    QVERIFY(reviews.recordDecision(id, decision(DecisionKind::FalsePositive)));
    ScanStore store(*m_db);
    PrunePolicy all;
    all.keepPerHost = 0;
    auto pruned = store.prune(all);
    QVERIFY(pruned);
    QCOMPARE(pruned->scansRemoved, 1);
    QCOMPARE(pruned->hostsRemoved, 0);
    // The review outlives its scan; the waiver still carries forward.
    QCOMPARE(reviews.review(id)->scanId, 0);
    QCOMPARE(reviews.waiversForEngine(QString(), QStringLiteral("ABCD:EFGH:IJKL"))->size(), 1);
    QVERIFY(m_db->checkIntegrity());
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
