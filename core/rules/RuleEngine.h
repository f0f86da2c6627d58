#pragma once

#include "Policy.h"
#include "RuleCatalogue.h"
#include "Snapshot.h"
#include "review/WaiverMatcher.h"

#include <QDateTime>

#include <array>
#include <vector>

namespace bulwark {

// Turns a snapshot into findings, permissions and scores, in place. Pure: no I/O,
// the same snapshot, policy and clock always give the same result.
class RuleEngine {
public:
    explicit RuleEngine(Policy policy = {}, const RuleCatalogue &catalogue = RuleCatalogue::builtin());

    void setClock(const QDateTime &now) { m_now = now; } // default: the scan's finish time
    void assess(HostSnapshot &snapshot) const;

    [[nodiscard]] const Policy &policy() const { return m_policy; }
    [[nodiscard]] const RuleCatalogue &catalogue() const { return m_catalogue; }

private:
    Finding makeFinding(const char *ruleId, const QString &evidence, std::optional<Severity> severity,
                        const QString &targetId, const QString &targetName) const;

    Policy m_policy;
    const RuleCatalogue &m_catalogue;
    struct ResolvedRule {
        const RuleDefinition *definition = nullptr;
        QString remediation; // the variant a finding of this rule shows, chosen once
    };
    [[nodiscard]] const ResolvedRule *resolve(const char *ruleId) const;
    [[nodiscard]] Severity overriddenSeverity(const QString &ruleId, Severity severity) const;
    // Marks each finding waived or expired from the policy's waivers, before it is scored.
    void applyWaivers(QList<Finding> &findings, const QString &engineId, const QString &targetKey,
                      const QDateTime &now) const;

    // Check ids arrive as C strings, "BW-" + C, I or D + three digits: indexed by kind, then
    // number, so a finding costs no hashing or allocation to resolve.
    std::array<std::vector<ResolvedRule>, 3> m_rules;
    QDateTime m_now;
    WaiverMatcher m_waivers;
};

// Severity counts over a list of findings, indexed by int(Severity).
std::array<int, 5> countBySeverity(const QList<Finding> &findings);

} // namespace bulwark
