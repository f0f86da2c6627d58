#include "RiskModel.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace bulwark::RiskModel {

bool isInContainerWeakness(const QString &ruleId)
{
    static const QSet<QString> ids{QStringLiteral("BW-C003"), QStringLiteral("BW-C004"), QStringLiteral("BW-C005"),
                                   QStringLiteral("BW-C014"), QStringLiteral("BW-C015"), QStringLiteral("BW-C016"),
                                   QStringLiteral("BW-C017"), QStringLiteral("BW-C018"), QStringLiteral("BW-C021"),
                                   QStringLiteral("BW-C025"), QStringLiteral("BW-C032"), QStringLiteral("BW-I005"),
                                   QStringLiteral("BW-I006"), QStringLiteral("BW-I007")};
    return ids.contains(ruleId);
}

namespace {
RiskScore score(const QList<Finding> &findings, const Exposure &exposure, const Policy &policy, int floor,
                const QString &floorReason)
{
    RiskScore r;
    r.breakdown.reserve(findings.size());
    for (const Finding &f : findings) {
        ScoreContribution c;
        c.ruleId = f.ruleId;
        c.severity = f.severity;
        c.basePoints = policy.points(f.severity);
        if (exposure.exposed && isInContainerWeakness(f.ruleId)) {
            c.multiplier = policy.exposureMultiplier;
            c.reason = exposure.reason;
        }
        c.points = c.basePoints * c.multiplier;
        r.rawPoints += c.points;
        r.breakdown.append(c);
    }
    const double curve = 100.0 * (1.0 - std::exp(-r.rawPoints / policy.saturation));
    r.floor = floor;
    r.floorReason = floorReason;
    r.score = std::clamp(std::max(floor, int(std::lround(curve))), 0, 100);
    for (ScoreContribution &c : r.breakdown)
        c.share = r.rawPoints > 0 ? double(r.score) * c.points / r.rawPoints : 0;
    std::stable_sort(r.breakdown.begin(), r.breakdown.end(),
                     [](const ScoreContribution &a, const ScoreContribution &b) { return a.points > b.points; });
    return r;
}
} // namespace

RiskScore scoreContainer(const QList<Finding> &findings, const Exposure &exposure, const Policy &policy)
{
    bool privileged = false;
    bool socket = false;
    for (const Finding &f : findings) {
        privileged |= f.ruleId == QLatin1String("BW-C001");
        socket |= f.ruleId == QLatin1String("BW-C002");
    }
    int floor = 0;
    QString reason;
    if (privileged && socket) {
        floor = policy.hostEquivalentBothFloor;
        reason = QCoreApplication::translate("RiskModel", "privileged and holding a daemon socket: full control of the host");
    } else if (privileged || socket) {
        floor = policy.hostEquivalentFloor;
        reason = privileged ? QCoreApplication::translate("RiskModel", "privileged: root on the host")
                            : QCoreApplication::translate("RiskModel", "daemon socket: root on the host");
    }
    return score(findings, exposure, policy, floor, reason);
}

RiskScore scoreDaemon(const QList<Finding> &findings, const Policy &policy)
{
    bool openTcp = false;
    for (const Finding &f : findings)
        openTcp |= f.ruleId == QLatin1String("BW-D001");
    return score(findings, {}, policy, openTcp ? policy.hostEquivalentFloor : 0,
                 openTcp ? QCoreApplication::translate("RiskModel", "unauthenticated API: root for anyone on the network")
                         : QString());
}

int hostScore(int daemonScore, const QList<int> &containerScores)
{
    int worst = daemonScore;
    for (int s : containerScores)
        worst = std::max(worst, s);
    return worst;
}

} // namespace bulwark::RiskModel
