#include "rules/RiskModel.h"

#include <QRandomGenerator>

#include <cmath>
#include <QTest>

using namespace bulwark;

namespace {
Finding f(const char *id, Severity s)
{
    Finding x;
    x.ruleId = QLatin1String(id);
    x.severity = s;
    return x;
}

// docs/risk-model.md, example B: `docker run -d busybox sleep 1d` on a user-defined network.
QList<Finding> defaultContainer()
{
    return {f("BW-C004", Severity::Low),    f("BW-C005", Severity::Medium), f("BW-C017", Severity::Medium),
            f("BW-C018", Severity::Low),    f("BW-C019", Severity::Medium), f("BW-C020", Severity::Low),
            f("BW-C021", Severity::Low),    f("BW-C027", Severity::Low)};
}
} // namespace

class TestRiskModel : public QObject {
    Q_OBJECT
private slots:
    void documentedExamples();
    void breakdownSumsToScore();
    void monotonic();
    void deterministic();
    void hostScoreIsWorstPart();
    void waivedFindingsDoNotScore_data();
    void waivedFindingsDoNotScore();
};

void TestRiskModel::documentedExamples()
{
    const Policy p;
    // A: nothing found.
    QCOMPARE(RiskModel::scoreContainer({}, {}, p).score, 0);
    // B: raw 39 -> 100 * (1 - e^(-39/60)) = 47.8
    const RiskScore b = RiskModel::scoreContainer(defaultContainer(), {}, p);
    QCOMPARE(b.rawPoints, 39.0);
    QCOMPARE(b.score, 48);
    // C: B published on all interfaces: in-container weaknesses x1.5 plus BW-C022 -> raw 59.5 -> 62.9
    QList<Finding> c = defaultContainer();
    c << f("BW-C022", Severity::Medium);
    const RiskScore exposed = RiskModel::scoreContainer(c, {true, QStringLiteral("published port")}, p);
    QCOMPARE(exposed.rawPoints, 59.5);
    QCOMPARE(exposed.score, 63);
    // D: privileged with the Docker socket: floor 98.
    QList<Finding> d = defaultContainer();
    d << f("BW-C001", Severity::Critical) << f("BW-C002", Severity::Critical);
    const RiskScore worst = RiskModel::scoreContainer(d, {}, p);
    QCOMPARE(worst.score, 98);
    QCOMPARE(worst.floor, 98);
    // E: privileged alone: floor 90.
    QCOMPARE(RiskModel::scoreContainer({f("BW-C001", Severity::Critical)}, {}, p).score, 90);
}

void TestRiskModel::breakdownSumsToScore()
{
    const RiskScore r = RiskModel::scoreContainer(defaultContainer(), {}, Policy());
    double sum = 0;
    for (const ScoreContribution &c : r.breakdown)
        sum += c.share;
    QVERIFY(qAbs(sum - r.score) < 1e-9);
    QCOMPARE(r.breakdown.first().severity, Severity::Medium); // largest first
}

void TestRiskModel::monotonic()
{
    // Adding any finding, in any order, never lowers a score.
    const char *ids[] = {"BW-C001", "BW-C002", "BW-C003", "BW-C005", "BW-C017", "BW-C019", "BW-C022", "BW-C027", "BW-I006", "BW-D001"};
    QRandomGenerator rng(1234);
    const Policy p;
    for (int round = 0; round < 200; ++round) {
        QList<Finding> list;
        const RiskModel::Exposure exposure{rng.bounded(2) == 1, QStringLiteral("x")};
        int previous = RiskModel::scoreContainer(list, exposure, p).score;
        for (int i = 0; i < 12; ++i) {
            list << f(ids[rng.bounded(int(std::size(ids)))], Severity(rng.bounded(5)));
            const int now = RiskModel::scoreContainer(list, exposure, p).score;
            QVERIFY2(now >= previous, qPrintable(QStringLiteral("round %1 step %2: %3 < %4").arg(round).arg(i).arg(now).arg(previous)));
            QVERIFY(now <= 100);
            previous = now;
        }
    }
}

void TestRiskModel::deterministic()
{
    const RiskScore a = RiskModel::scoreContainer(defaultContainer(), {true, QStringLiteral("x")}, Policy());
    const RiskScore b = RiskModel::scoreContainer(defaultContainer(), {true, QStringLiteral("x")}, Policy());
    QCOMPARE(a.score, b.score);
    QCOMPARE(a.rawPoints, b.rawPoints);
}

void TestRiskModel::hostScoreIsWorstPart()
{
    QCOMPARE(RiskModel::hostScore(10, {5, 48, 20}), 48);
    QCOMPARE(RiskModel::hostScore(90, {5}), 90);
    QCOMPARE(RiskModel::hostScore(0, {}), 0);
}

void TestRiskModel::waivedFindingsDoNotScore_data()
{
    QTest::addColumn<QStringList>("waived");
    QTest::addColumn<int>("state"); // what the waiver did: Waived, or Expired (counts again)
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("floor");
    // docs/risk-model.md, "Waived findings": example D with waivers.
    QTest::newRow("nothing waived") << QStringList{} << int(WaiverState::Waived) << 98 << 98;
    QTest::newRow("privileged waived") << QStringList{QStringLiteral("BW-C001")} << int(WaiverState::Waived) << 90 << 90;
    QTest::newRow("both waived: B's score") << QStringList{QStringLiteral("BW-C001"), QStringLiteral("BW-C002")}
                                            << int(WaiverState::Waived) << 48 << 0;
    QTest::newRow("both expired: D again") << QStringList{QStringLiteral("BW-C001"), QStringLiteral("BW-C002")}
                                           << int(WaiverState::Expired) << 98 << 98;
    QTest::newRow("a low finding waived") << QStringList{QStringLiteral("BW-C001"), QStringLiteral("BW-C002"),
                                                         QStringLiteral("BW-C027")}
                                          << int(WaiverState::Waived) << int(std::lround(100 * (1 - std::exp(-36.0 / 60)))) << 0;
}

void TestRiskModel::waivedFindingsDoNotScore()
{
    QFETCH(QStringList, waived);
    QFETCH(int, state);
    QFETCH(int, score);
    QFETCH(int, floor);
    QList<Finding> d = defaultContainer();
    d << f("BW-C001", Severity::Critical) << f("BW-C002", Severity::Critical);
    for (Finding &x : d) {
        if (waived.contains(x.ruleId))
            x.waiver.state = WaiverState(state);
    }
    const RiskScore r = RiskModel::scoreContainer(d, {}, Policy());
    QCOMPARE(r.score, score);
    QCOMPARE(r.floor, floor);
    double sum = 0;
    for (const ScoreContribution &c : r.breakdown) {
        QVERIFY(state != int(WaiverState::Waived) || !waived.contains(c.ruleId));
        sum += c.points;
    }
    QCOMPARE(sum, r.rawPoints);
    // The daemon's floor follows the same rule.
    Finding tcp = f("BW-D001", Severity::Critical);
    tcp.waiver.state = WaiverState(state);
    QCOMPARE(RiskModel::scoreDaemon({tcp}, Policy()).floor, state == int(WaiverState::Waived) ? 0 : 90);
}

QTEST_GUILESS_MAIN(TestRiskModel)
#include "tst_riskmodel.moc"
