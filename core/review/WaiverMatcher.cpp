#include "WaiverMatcher.h"

namespace bulwark {

WaiverMatcher::WaiverMatcher(QList<Waiver> waivers)
    : m_waivers(std::move(waivers))
{
    for (qsizetype i = 0; i < m_waivers.size(); ++i) {
        const Waiver &w = m_waivers.at(i);
        m_byKey[key(w.ruleId, w.scope, w.targetKey)].append(i);
    }
}

QString WaiverMatcher::key(const QString &ruleId, RuleScope, const QString &targetKey)
{
    // The target key's prefix already says container, image or daemon (waiverTargetScope), and an image
    // finding a container inherits is keyed by the container: the rule's own scope would split them.
    // The unit separator cannot occur in a rule id, so no two pairs share a key.
    return ruleId + QChar(0x1f) + targetKey;
}

const Waiver *WaiverMatcher::find(const QString &engineId, const QString &ruleId, RuleScope scope,
                                  const QString &targetKey, const QDateTime &now) const
{
    if (m_byKey.isEmpty())
        return nullptr;
    const auto it = m_byKey.constFind(key(ruleId, scope, targetKey));
    if (it == m_byKey.cend())
        return nullptr;
    const Waiver *active = nullptr;
    const Waiver *expired = nullptr;
    for (qsizetype i : *it) {
        const Waiver &w = m_waivers.at(i);
        if (!w.hostEngineId.isEmpty() && w.hostEngineId != engineId)
            continue;
        if (w.activeAt(now)) {
            if (!active || active->createdAt < w.createdAt)
                active = &w;
        } else if (w.expiredAt(now)) {
            if (!expired || expired->expiresAt < w.expiresAt)
                expired = &w;
        }
    }
    return active ? active : expired;
}

FindingWaiver WaiverMatcher::match(const QString &engineId, const QString &ruleId, RuleScope scope,
                                   const QString &targetKey, const QDateTime &now) const
{
    const Waiver *w = find(engineId, ruleId, scope, targetKey, now);
    return w ? w->findingWaiver(now) : FindingWaiver{};
}

} // namespace bulwark
