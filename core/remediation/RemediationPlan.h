#pragma once

#include "Remediation.h"
#include "RemediationAdvisor.h"
#include "Snapshot.h"
#include "rules/Policy.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDateTime>

namespace bulwark {

// One target of a planned change, with its score before and after the change alone.
struct PlanTarget {
    QString id;
    QString name;
    int scoreBefore = 0;
    int scoreAfter = 0;
    Remediation remediation;
};

// One rule fixed on every target it fired on ("drop the capabilities on these 4 containers").
struct PlanChange {
    QString ruleId;
    QString title;
    QString cis;
    Severity severity = Severity::Info;
    RuleScope scope = RuleScope::Container;
    QString summary;             // what the change is, from the first target's remediation
    QList<PlanTarget> targets;
    int pointsRemoved = 0;       // sum over the targets of score before - score after
    int hostScoreAfter = 0;      // the host score with only this change applied
};

// A container and everything to fix on it, worst first.
struct PlanContainer {
    QString id;
    QString name;
    QString identity;            // store::containerIdentity
    int score = 0;
    int scoreIfAllFixed = 0;     // with every finding below fixed
    QList<Remediation> remediations;
};

// What to fix on a host, ordered by how much each change lowers the risk score. Scores
// after a change come from re-scoring with the risk model without the fixed findings;
// waived findings count for nothing and are left out. Bulwark never applies any of it.
class RemediationPlan {
    Q_DECLARE_TR_FUNCTIONS(RemediationPlan)

public:
    static RemediationPlan build(const HostSnapshot &snapshot, const Policy &policy = {},
                                 const RemediationAdvisor &advisor = RemediationAdvisor());

    QString hostUrl;
    QString hostName;
    QDateTime scannedAt;
    int hostScore = 0;
    QList<PlanChange> changes;        // container and daemon changes, biggest score reduction first
    QList<PlanContainer> containers;  // highest score first
    QList<Remediation> daemon;
    QList<Remediation> images;        // image findings (fixed in Dockerfiles; they do not score)

    // A Markdown document for people (tickets, wikis).
    [[nodiscard]] QString toMarkdown() const;
    // schema bulwark.plan/1, documented in docs/remediation.md.
    [[nodiscard]] nlohmann::ordered_json toJson() const;
};

QString remediationKindName(RemediationKind kind); // "run-flags", "recreate", "dockerfile", "daemon", "manual"

} // namespace bulwark
