#pragma once

#include "FindingWaiver.h"
#include "Severity.h"

#include <QList>
#include <QString>

namespace bulwark {

enum class RuleScope { Container, Image, Daemon };

// One rule that fired on one target. Evidence is always already redacted.
struct Finding {
    QString ruleId;
    QString cis;          // CIS Docker Benchmark v1.6.0 number, "" if none
    Severity severity = Severity::Info;
    QString title;
    QString evidence;     // what was seen, e.g. "HostConfig.Privileged = true"
    QString remediation;  // the docker run advice; the catalogue holds compose/Dockerfile variants
    RuleScope scope = RuleScope::Container;
    QString targetId;     // container id, image id, or engine id
    QString targetName;
    FindingWaiver waiver; // set by the rule engine from Policy::waivers; waived findings do not score
};

// How much one finding added to a container's score.
struct ScoreContribution {
    QString ruleId;
    Severity severity = Severity::Info;
    double basePoints = 0;  // from the severity weights
    double multiplier = 1;  // exposure multiplier applied
    double points = 0;      // basePoints * multiplier
    double share = 0;       // points of the final 0–100 score attributed to this finding
    QString reason;         // why the multiplier applied, for people
};

struct RiskScore {
    int score = 0;                       // 0–100
    double rawPoints = 0;
    int floor = 0;                       // minimum imposed by host-equivalent access
    QString floorReason;
    QList<ScoreContribution> breakdown;  // sorted by share, largest first
};

QString scopeName(RuleScope scope);

} // namespace bulwark
