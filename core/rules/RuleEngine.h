#pragma once

#include "Policy.h"
#include "RuleCatalogue.h"
#include "Snapshot.h"

#include <QDateTime>

#include <string_view>
#include <unordered_map>

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
    // Check ids arrive as C strings; resolving them without allocating keeps evaluation fast.
    std::unordered_map<std::string_view, const RuleDefinition *> m_byId;
    std::vector<std::string> m_idStorage;
    QDateTime m_now;
};

// Severity counts over a list of findings, indexed by int(Severity).
std::array<int, 5> countBySeverity(const QList<Finding> &findings);

} // namespace bulwark
