#pragma once

#include "Finding.h"
#include "Policy.h"

namespace bulwark::RiskModel {

// Why a container's in-container weaknesses weigh more, or "" when they do not.
struct Exposure {
    bool exposed = false;
    QString reason;
};

// The documented model (docs/risk-model.md):
//   points(f)   = severityPoints[severity(f)] x (exposureMultiplier if f is an in-container
//                 weakness and the container is exposed, else 1)
//   raw         = sum of points
//   score       = max(floor, round(100 x (1 - exp(-raw / saturation))))
//   floor       = hostEquivalentBothFloor with privileged and a daemon socket, hostEquivalentFloor
//                 with either, else 0
// Waived findings (Finding::waiver active) add no points and impose no floor; expired ones count again.
// Deterministic and monotonic: adding a finding never lowers the score.
RiskScore scoreContainer(const QList<Finding> &findings, const Exposure &exposure, const Policy &policy);
RiskScore scoreDaemon(const QList<Finding> &findings, const Policy &policy);

// The host is as exposed as its worst part: max(daemon score, worst container score).
int hostScore(int daemonScore, const QList<int> &containerScores);

// Rules whose harm grows when the container can be reached from outside.
bool isInContainerWeakness(const QString &ruleId);

} // namespace bulwark::RiskModel
