#pragma once

#include "Waiver.h"

#include <QHash>
#include <QList>

namespace bulwark {

// Finds the waiver that applies to one finding. Built once per assessment from
// the policy's waivers; a lookup is one hash probe on (rule, target), so
// a waiver can never match another rule or another target. Among the waivers of
// that key that apply to the host (its engine id, or any host), an active one
// wins (the most recently created); without one, the latest-expiring expired
// waiver, so the finding comes back flagged rather than silently.
class WaiverMatcher {
public:
    WaiverMatcher() = default;
    explicit WaiverMatcher(QList<Waiver> waivers);

    [[nodiscard]] bool isEmpty() const { return m_waivers.isEmpty(); }
    // nullptr when no waiver applies (none matches, or the matching ones are not yet in force).
    [[nodiscard]] const Waiver *find(const QString &engineId, const QString &ruleId, RuleScope scope,
                                     const QString &targetKey, const QDateTime &now) const;
    // find() as the finding records it; state None when nothing applies.
    [[nodiscard]] FindingWaiver match(const QString &engineId, const QString &ruleId, RuleScope scope,
                                      const QString &targetKey, const QDateTime &now) const;

private:
    static QString key(const QString &ruleId, RuleScope scope, const QString &targetKey);

    QList<Waiver> m_waivers;
    QHash<QString, QList<qsizetype>> m_byKey;
};

} // namespace bulwark
