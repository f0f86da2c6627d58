// Waivers: which finding a waiver matches, what it does to the score, and the
// policy file they travel in (docs/review.md).

#include "StoreFixtures.h"
#include "review/ReviewDecision.h"
#include "review/WaiverFile.h"
#include "review/WaiverMatcher.h"
#include "rules/Policy.h"
#include "rules/RiskModel.h"
#include "rules/RuleEngine.h"
#include "store/ContainerIdentity.h"

#include <QTest>

using namespace bulwark;

namespace {

const QDateTime T0(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

Waiver waiver(const QString &rule, const QString &target, WaiverKind kind = WaiverKind::AcceptRisk,
              const QDateTime &expires = T0.addDays(30), const QString &host = {})
{
    Waiver w;
    w.kind = kind;
    w.ruleId = rule;
    w.targetKey = target;
    w.scope = waiverTargetScope(target);
    w.hostEngineId = host;
    w.justification = QStringLiteral("internal tool, reviewed");
    w.reviewer = QStringLiteral("alice");
    w.createdAt = T0.addDays(-1);
    w.expiresAt = expires;
    return w;
}

HostSnapshot assessed(HostSnapshot snap, const QList<Waiver> &waivers, const QDateTime &now)
{
    Policy policy;
    policy.waivers = waivers;
    RuleEngine engine(policy);
    engine.setClock(now);
    engine.assess(snap);
    return snap;
}

const ContainerInfo &container(const HostSnapshot &snap, const QString &name)
{
    for (const ContainerInfo &c : snap.containers) {
        if (c.name == name)
            return c;
    }
    qFatal("no container %s", qPrintable(name));
}

const Finding *finding(const QList<Finding> &findings, const QString &rule)
{
    for (const Finding &f : findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

// The score the documented model gives the same findings without the waived ones.
int scoreWithout(const ContainerInfo &c, const RiskModel::Exposure &exposure)
{
    QList<Finding> counted;
    for (const Finding &f : c.findings) {
        if (!f.waiver.waived())
            counted << f;
    }
    return RiskModel::scoreContainer(counted, exposure, Policy()).score;
}

} // namespace

class TestWaivers : public QObject {
    Q_OBJECT
private slots:
    void matcher_data();
    void matcher();
    void engineMarksFindingsAndScoresWithoutThem();
    void waivedFloorFindingsImposeNoFloor();
    void carriedToARecreatedContainer();
    void expiryBringsTheFindingBack();
    void noCrossMatching_data();
    void noCrossMatching();
    void policyFileRoundTrip();
    void policyFileShorthand();
    void policyFileErrors_data();
    void policyFileErrors();
    void decisionValidation_data();
    void decisionValidation();
};

void TestWaivers::matcher_data()
{
    QTest::addColumn<QList<Waiver>>("waivers");
    QTest::addColumn<QString>("engineId");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("justification");

    const QString c1 = QStringLiteral("BW-C001");
    const QString web = QStringLiteral("compose:shop/web#1");
    const QString engine = QStringLiteral("ENGINE-A");
    Waiver older = waiver(c1, web, WaiverKind::AcceptRisk, T0.addDays(-2));
    older.justification = QStringLiteral("old");
    Waiver newer = waiver(c1, web, WaiverKind::AcceptRisk, T0.addDays(5));
    newer.justification = QStringLiteral("new");
    Waiver future = waiver(c1, web);
    future.createdAt = T0.addDays(1);

    QTest::newRow("exact, any host") << QList<Waiver>{waiver(c1, web)} << engine << c1 << web << int(WaiverState::Waived) << "internal tool, reviewed";
    QTest::newRow("exact, this host") << QList<Waiver>{waiver(c1, web, WaiverKind::AcceptRisk, T0.addDays(3), engine)} << engine << c1 << web << int(WaiverState::Waived) << "internal tool, reviewed";
    QTest::newRow("other host") << QList<Waiver>{waiver(c1, web, WaiverKind::AcceptRisk, T0.addDays(3), QStringLiteral("ENGINE-B"))} << engine << c1 << web << int(WaiverState::None) << "";
    QTest::newRow("other rule") << QList<Waiver>{waiver(QStringLiteral("BW-C002"), web)} << engine << c1 << web << int(WaiverState::None) << "";
    QTest::newRow("other container") << QList<Waiver>{waiver(c1, QStringLiteral("compose:shop/web#2"))} << engine << c1 << web << int(WaiverState::None) << "";
    QTest::newRow("expired") << QList<Waiver>{older} << engine << c1 << web << int(WaiverState::Expired) << "old";
    QTest::newRow("active wins over expired") << QList<Waiver>{older, newer} << engine << c1 << web << int(WaiverState::Waived) << "new";
    QTest::newRow("not yet in force") << QList<Waiver>{future} << engine << c1 << web << int(WaiverState::None) << "";
    QTest::newRow("false positive never expires") << QList<Waiver>{waiver(c1, web, WaiverKind::FalsePositive, QDateTime())} << engine << c1 << web << int(WaiverState::Waived) << "internal tool, reviewed";
    QTest::newRow("daemon") << QList<Waiver>{waiver(QStringLiteral("BW-D001"), QString())} << engine << "BW-D001" << QString() << int(WaiverState::Waived) << "internal tool, reviewed";
}

void TestWaivers::matcher()
{
    QFETCH(QList<Waiver>, waivers);
    QFETCH(QString, engineId);
    QFETCH(QString, rule);
    QFETCH(QString, target);
    QFETCH(int, state);
    QFETCH(QString, justification);
    const WaiverMatcher m(waivers);
    const FindingWaiver w = m.match(engineId, rule, waiverTargetScope(target), target, T0);
    QCOMPARE(int(w.state), state);
    QCOMPARE(w.justification, justification);
}

void TestWaivers::engineMarksFindingsAndScoresWithoutThem()
{
    const HostSnapshot plain = test::realisticHost(T0);
    const ContainerInfo &webBefore = container(plain, QStringLiteral("shop-web-1"));
    QVERIFY(webBefore.findings.size() >= 2);
    // Waive the worst finding of the web container.
    const Finding worst = *std::max_element(webBefore.findings.cbegin(), webBefore.findings.cend(),
                                            [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    const HostSnapshot snap = assessed(test::realisticHost(T0),
                                       {waiver(worst.ruleId, store::containerIdentity(webBefore))}, T0);
    const ContainerInfo &web = container(snap, QStringLiteral("shop-web-1"));
    const Finding *waived = finding(web.findings, worst.ruleId);
    QVERIFY(waived);
    QCOMPARE(waived->waiver.state, WaiverState::Waived);
    QCOMPARE(waived->waiver.reviewer, QStringLiteral("alice"));
    // Shown, not hidden: the same findings, the same severity counts.
    QCOMPARE(web.findings.size(), webBefore.findings.size());
    QCOMPARE(countBySeverity(web.findings), countBySeverity(webBefore.findings));
    // Not counted: the score is the model's score of the other findings, and lower than before.
    const RiskModel::Exposure exposed{true, QStringLiteral("published port")};
    QCOMPARE(web.risk.score, scoreWithout(web, exposed));
    QVERIFY2(web.risk.score < webBefore.risk.score,
             qPrintable(QStringLiteral("%1 vs %2").arg(web.risk.score).arg(webBefore.risk.score)));
    const auto sameRule = std::count_if(web.findings.cbegin(), web.findings.cend(),
                                        [&](const Finding &f) { return f.ruleId == worst.ruleId; });
    const auto contributions = std::count_if(web.risk.breakdown.cbegin(), web.risk.breakdown.cend(),
                                             [&](const ScoreContribution &c) { return c.ruleId == worst.ruleId; });
    QCOMPARE(contributions, sameRule - 1);
    double points = 0;
    for (const ScoreContribution &c : web.risk.breakdown)
        points += c.points;
    QCOMPARE(points, web.risk.rawPoints);
    // Nothing else changed.
    QCOMPARE(container(snap, QStringLiteral("admin-shell")).risk.score,
             container(plain, QStringLiteral("admin-shell")).risk.score);
}

void TestWaivers::waivedFloorFindingsImposeNoFloor()
{
    const HostSnapshot plain = test::realisticHost(T0);
    const ContainerInfo &before = container(plain, QStringLiteral("admin-shell"));
    QCOMPARE(before.risk.floor, Policy().hostEquivalentBothFloor);
    const QString key = store::containerIdentity(before);

    const HostSnapshot one = assessed(test::realisticHost(T0), {waiver(QStringLiteral("BW-C001"), key)}, T0);
    QCOMPARE(container(one, QStringLiteral("admin-shell")).risk.floor, Policy().hostEquivalentFloor);

    const HostSnapshot both = assessed(test::realisticHost(T0), {waiver(QStringLiteral("BW-C001"), key),
                                                                 waiver(QStringLiteral("BW-C002"), key)}, T0);
    const ContainerInfo &after = container(both, QStringLiteral("admin-shell"));
    QCOMPARE(after.risk.floor, 0);
    QCOMPARE(after.risk.score, scoreWithout(after, {true, QStringLiteral("host network")}));
    QVERIFY(after.risk.score < before.risk.score);
    QVERIFY(both.hostScore <= plain.hostScore);
}

void TestWaivers::carriedToARecreatedContainer()
{
    HostSnapshot recreated = test::realisticHost(T0);
    const QString key = store::containerIdentity(container(recreated, QStringLiteral("shop-web-1")));
    for (ContainerInfo &c : recreated.containers) {
        if (c.name == QLatin1String("shop-web-1"))
            c.id = test::fakeId(QStringLiteral("web, re-created"));
    }
    const Finding first = container(recreated, QStringLiteral("shop-web-1")).findings.first();
    const HostSnapshot snap = assessed(recreated, {waiver(first.ruleId, key)}, T0.addDays(7));
    const ContainerInfo &web = container(snap, QStringLiteral("shop-web-1"));
    QCOMPARE(web.id, test::fakeId(QStringLiteral("web, re-created")));
    QCOMPARE(finding(web.findings, first.ruleId)->waiver.state, WaiverState::Waived);
}

void TestWaivers::expiryBringsTheFindingBack()
{
    const HostSnapshot plain = test::realisticHost(T0);
    const ContainerInfo &before = container(plain, QStringLiteral("admin-shell"));
    const QList<Waiver> waivers{waiver(QStringLiteral("BW-C001"), store::containerIdentity(before),
                                       WaiverKind::AcceptRisk, T0.addDays(30))};
    const HostSnapshot during = assessed(test::realisticHost(T0), waivers, T0.addDays(29));
    QCOMPARE(finding(container(during, QStringLiteral("admin-shell")).findings, QStringLiteral("BW-C001"))->waiver.state,
             WaiverState::Waived);
    const HostSnapshot after = assessed(test::realisticHost(T0), waivers, T0.addDays(30));
    const ContainerInfo &c = container(after, QStringLiteral("admin-shell"));
    const Finding *f = finding(c.findings, QStringLiteral("BW-C001"));
    QCOMPARE(f->waiver.state, WaiverState::Expired);
    QCOMPARE(f->waiver.expiresAt, T0.addDays(30));
    // Counted again, floor and all.
    QCOMPARE(c.risk.score, before.risk.score);
    QCOMPARE(c.risk.floor, before.risk.floor);
}

void TestWaivers::noCrossMatching_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("host");
    QTest::newRow("other rule") << "BW-C003" << "name:admin-shell" << "";
    QTest::newRow("other container") << "BW-C001" << "name:api" << "";
    QTest::newRow("same name, other kind of target") << "BW-C001" << "compose:admin-shell" << "";
    QTest::newRow("other host") << "BW-C001" << "name:admin-shell" << "OTHER:ENGINE";
    QTest::newRow("the image, not the container") << "BW-C001" << "tag:busybox:1.36" << "";
}

void TestWaivers::noCrossMatching()
{
    QFETCH(QString, rule);
    QFETCH(QString, target);
    QFETCH(QString, host);
    const HostSnapshot plain = test::realisticHost(T0);
    const HostSnapshot snap = assessed(test::realisticHost(T0),
                                       {waiver(rule, target, WaiverKind::FalsePositive, QDateTime(), host)}, T0);
    QCOMPARE(snap.hostScore, plain.hostScore);
    auto none = [](const QList<Finding> &findings) {
        return std::all_of(findings.cbegin(), findings.cend(),
                           [](const Finding &f) { return f.waiver.state == WaiverState::None; });
    };
    for (const ContainerInfo &c : snap.containers)
        QVERIFY2(none(c.findings), qPrintable(c.name));
    for (const ImageInfo &i : snap.images)
        QVERIFY(none(i.findings));
    QVERIFY(none(snap.daemonFindings));
}

void TestWaivers::policyFileRoundTrip()
{
    QList<Waiver> waivers{
        waiver(QStringLiteral("BW-C001"), QStringLiteral("name:admin-shell")),
        waiver(QStringLiteral("BW-I005"), QStringLiteral("tag:legacy/app:2019"), WaiverKind::FalsePositive, QDateTime(),
               QStringLiteral("ABCD:EFGH:IJKL")),
        waiver(QStringLiteral("BW-D001"), QString(), WaiverKind::AcceptRisk, T0.addMSecs(86'400'123)),
        waiver(QStringLiteral("BW-C002"), QStringLiteral("compose:shop/web#1")),
    };
    waivers[1].justification = QStringLiteral("Ünïcode \"quoted\"\nand a second line");
    waivers[3].reviewer.clear();
    const QByteArray text = WaiverFile::write(waivers);
    QVERIFY(text.startsWith("{\n  \"schema\": \"bulwark.policy/1\",\n  \"waivers\": [\n    {\n"));
    QVERIFY(text.endsWith("}\n"));

    Expected<Policy> read = Policy::fromJson(text, QStringLiteral("/repo/team.json"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->waivers.size(), waivers.size());
    QList<Waiver> sorted = waivers;
    WaiverFile::sort(sorted);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Waiver &a = sorted.at(i);
        const Waiver &b = read->waivers.at(i);
        QCOMPARE(b.ruleId, a.ruleId);
        QCOMPARE(b.targetKey, a.targetKey);
        QCOMPARE(b.scope, a.scope);
        QCOMPARE(b.hostEngineId, a.hostEngineId);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.justification, a.justification);
        QCOMPARE(b.reviewer, a.reviewer);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.expiresAt, a.expiresAt);
        QCOMPARE(b.origin, QStringLiteral("policy team.json"));
    }
    // Byte for byte, whatever order the waivers came in.
    QCOMPARE(WaiverFile::write(read->waivers), text);
    std::reverse(waivers.begin(), waivers.end());
    QCOMPARE(WaiverFile::write(waivers), text);
}

void TestWaivers::policyFileShorthand()
{
    const QByteArray text = R"({"schema": "bulwark.policy/1", "saturation": 80, "waivers": [
        {"rule": "BW-C001", "container": "db", "kind": "false-positive", "justification": "read-only tooling"},
        {"rule": "BW-I005", "image": "nginx:1.25", "kind": "accept-risk", "justification": "pinned",
         "created": "2026-01-01", "expires": "2026-06-30T12:00:00+02:00"}]})";
    Expected<Policy> p = Policy::fromJson(text, QStringLiteral("p.json"));
    QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->saturation, 80.0);
    QCOMPARE(p->waivers.size(), 2);
    QCOMPARE(p->waivers[0].targetKey, QStringLiteral("name:db"));
    QCOMPARE(p->waivers[0].scope, RuleScope::Container);
    QVERIFY(!p->waivers[0].expiresAt.isValid());
    QCOMPARE(p->waivers[1].targetKey, QStringLiteral("tag:nginx:1.25"));
    QCOMPARE(p->waivers[1].scope, RuleScope::Image);
    QCOMPARE(p->waivers[1].createdAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(p->waivers[1].expiresAt, QDateTime(QDate(2026, 6, 30), QTime(10, 0), Qt::UTC));
}

void TestWaivers::policyFileErrors_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not an array") << QByteArray("{}") << "array";
    QTest::newRow("no justification") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "false-positive"}])") << "waivers[0] (BW-C001)";
    QTest::newRow("blank justification") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "false-positive", "justification": "  "}])") << "justification";
    QTest::newRow("accept-risk without expiry") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "accept-risk", "justification": "x"}])") << "expires";
    QTest::newRow("unknown rule") << QByteArray(R"([{"rule": "BW-X999", "container": "db", "kind": "false-positive", "justification": "x"}])") << "BW-X999";
    QTest::newRow("two targets") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "image": "db:1", "kind": "false-positive", "justification": "x"}])") << "exactly one target";
    QTest::newRow("no target") << QByteArray(R"([{"rule": "BW-C001", "kind": "false-positive", "justification": "x"}])") << "exactly one target";
    QTest::newRow("unknown field") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "false-positive", "justification": "x", "expiry": "2027-01-01"}])") << "expiry";
    QTest::newRow("bad kind") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "ignore", "justification": "x"}])") << "kind";
    QTest::newRow("bad date") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "accept-risk", "justification": "x", "expires": "next year"}])") << "expires";
    QTest::newRow("expires before created") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "accept-risk", "justification": "x", "created": "2027-01-02", "expires": "2027-01-01"}])") << "before";
    QTest::newRow("second entry") << QByteArray(R"([{"rule": "BW-C001", "container": "db", "kind": "false-positive", "justification": "x"}, {"rule": "BW-C002", "daemon": false, "kind": "false-positive", "justification": "x"}])") << "waivers[1] (BW-C002)";
}

void TestWaivers::policyFileErrors()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, mentions);
    const QByteArray text = R"({"schema": "bulwark.policy/1", "waivers": )" + entry + "}";
    Expected<Policy> p = Policy::fromJson(text, QStringLiteral("/repo/team-policy.json"));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("/repo/team-policy.json")), qPrintable(p.error().message));
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    QVERIFY(!p.error().hint.isEmpty());
}

void TestWaivers::decisionValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<bool>("valid");
    const QDate due(2024, 4, 1);
    const QDateTime later = T0.addDays(90);
    QTest::newRow("fix complete") << int(DecisionKind::Fix) << "bob" << due << "" << QDateTime() << true;
    QTest::newRow("fix without owner") << int(DecisionKind::Fix) << " " << due << "" << QDateTime() << false;
    QTest::newRow("fix without due date") << int(DecisionKind::Fix) << "bob" << QDate() << "" << QDateTime() << false;
    QTest::newRow("accept complete") << int(DecisionKind::AcceptRisk) << "" << QDate() << "why" << later << true;
    QTest::newRow("accept without expiry") << int(DecisionKind::AcceptRisk) << "" << QDate() << "why" << QDateTime() << false;
    QTest::newRow("accept without justification") << int(DecisionKind::AcceptRisk) << "" << QDate() << "" << later << false;
    QTest::newRow("accept expiring in the past") << int(DecisionKind::AcceptRisk) << "" << QDate() << "why" << T0.addDays(-1) << false;
    QTest::newRow("false positive complete") << int(DecisionKind::FalsePositive) << "" << QDate() << "why" << QDateTime() << true;
    QTest::newRow("false positive without justification") << int(DecisionKind::FalsePositive) << "" << QDate() << "" << QDateTime() << false;
}

void TestWaivers::decisionValidation()
{
    QFETCH(int, kind);
    QFETCH(QString, owner);
    QFETCH(QDate, due);
    QFETCH(QString, justification);
    QFETCH(QDateTime, expires);
    QFETCH(bool, valid);
    ReviewDecision d;
    d.ruleId = QStringLiteral("BW-C001");
    d.targetKey = QStringLiteral("name:db");
    d.kind = DecisionKind(kind);
    d.owner = owner;
    d.dueDate = due;
    d.justification = justification;
    d.expiresAt = expires;
    d.decidedAt = T0;
    QCOMPARE(d.validationError().isEmpty(), valid);
    QCOMPARE(decisionKindFromName(decisionKindName(d.kind)), std::optional<DecisionKind>(d.kind));
}

QTEST_GUILESS_MAIN(TestWaivers)
#include "tst_waivers.moc"
