#include "RiskModel.h"

#include "Ascii.h"
#include "TranslationCache.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace bulwark::RiskModel {

bool isInContainerWeakness(const QString &ruleId)
{
    // BW-C003, C004, C005, C014–C018, C021, C025, C032; BW-I005–I007.
    // Compared in place, not hashed: this runs for every finding of an exposed container.
    if (ruleId.size() != 7 || !ascii::startsWith(ruleId, "BW-"))
        return false;
    int number = 0;
    for (qsizetype i = 4; i < 7; ++i) {
        const char16_t ch = ruleId.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        number = number * 10 + (ch - u'0');
    }
    switch (ruleId.at(3).unicode()) {
    case u'C':
        return number == 3 || number == 4 || number == 5 || (number >= 14 && number <= 18) || number == 21
            || number == 25 || number == 32;
    case u'I':
        return number >= 5 && number <= 7;
    default:
        return false;
    }
}

namespace {
RiskScore score(const QList<Finding> &findings, const Exposure &exposure, const Policy &policy, int floor,
                const QString &floorReason)
{
    // Five hash lookups per container instead of one per finding.
    std::array<double, 5> severityPoints{};
    for (Severity sev : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        severityPoints[size_t(sev)] = policy.points(sev);
    // Points first, summed in finding order; the contributions are then built once, already in
    // their final order (largest first, ties in finding order), so no QString moves while sorting.
    struct Entry {
        double points;
        bool exposed; // an in-container weakness of an exposed container
        qsizetype finding;
    };
    QVarLengthArray<Entry, 32> order;
    RiskScore r;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (f.waiver.waived())
            continue; // shown, not counted, until the waiver expires
        const bool exposed = exposure.exposed && isInContainerWeakness(f.ruleId);
        const double points = severityPoints[size_t(f.severity)] * (exposed ? policy.exposureMultiplier : 1);
        r.rawPoints += points;
        // A stable insertion sort: the list is a container's dozen findings.
        const Entry entry{points, exposed, i};
        qsizetype at = order.size();
        order.append(entry);
        for (; at > 0 && order[at - 1].points < points; --at)
            order[at] = order[at - 1];
        order[at] = entry;
    }
    const double curve = 100.0 * (1.0 - std::exp(-r.rawPoints / policy.saturation));
    r.floor = floor;
    r.floorReason = floorReason;
    r.score = std::clamp(std::max(floor, int(std::lround(curve))), 0, 100);
    r.breakdown.reserve(order.size());
    for (const Entry &e : order) {
        const Finding &f = findings.at(e.finding);
        r.breakdown.emplace_back(ScoreContribution{f.ruleId, f.severity, severityPoints[size_t(f.severity)],
                                                   e.exposed ? policy.exposureMultiplier : 1, e.points,
                                                   r.rawPoints > 0 ? double(r.score) * e.points / r.rawPoints : 0,
                                                   e.exposed ? exposure.reason : QString()});
    }
    return r;
}
} // namespace

RiskScore scoreContainer(const QList<Finding> &findings, const Exposure &exposure, const Policy &policy)
{
    bool privileged = false;
    bool socket = false;
    for (const Finding &f : findings) {
        // A waived privileged or socket finding imposes no floor either: the floor is part of its points.
        if (f.waiver.waived())
            continue;
        privileged |= ascii::equals(f.ruleId, "BW-C001");
        socket |= ascii::equals(f.ruleId, "BW-C002");
    }
    int floor = 0;
    QString reason;
    if (privileged && socket) {
        floor = policy.hostEquivalentBothFloor;
        reason = cachedTranslate("RiskModel", QT_TRANSLATE_NOOP("RiskModel", "privileged and holding a daemon socket: full control of the host"));
    } else if (privileged || socket) {
        floor = policy.hostEquivalentFloor;
        reason = privileged ? cachedTranslate("RiskModel", QT_TRANSLATE_NOOP("RiskModel", "privileged: root on the host"))
                            : cachedTranslate("RiskModel", QT_TRANSLATE_NOOP("RiskModel", "daemon socket: root on the host"));
    }
    return score(findings, exposure, policy, floor, reason);
}

RiskScore scoreDaemon(const QList<Finding> &findings, const Policy &policy)
{
    bool openTcp = false;
    for (const Finding &f : findings)
        openTcp |= !f.waiver.waived() && ascii::equals(f.ruleId, "BW-D001");
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
