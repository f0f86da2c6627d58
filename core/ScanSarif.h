#pragma once

#include "Snapshot.h"
#include "rules/RuleCatalogue.h"

#include <nlohmann/json.hpp>

namespace bulwark::ScanSarif {

// SARIF 2.1.0: one result per finding, every catalogue rule in the tool component,
// targets as logical locations ("container/web", "image/nginx:1.25", "daemon/<host>").
nlohmann::ordered_json toJson(const HostSnapshot &snapshot, const RuleCatalogue &catalogue = RuleCatalogue::builtin());

QString level(Severity severity);         // error | warning | note
double securitySeverity(Severity severity); // GitHub code scanning's 0.0–10.0 scale

} // namespace bulwark::ScanSarif
