#pragma once

#include "ReportData.h"

#include <nlohmann/json.hpp>

namespace bulwark::report::ReportSarif {

// SARIF 2.1.0 for a stored scan, shaped like the live scan's (core/ScanSarif):
// one result per finding, targets as logical locations. A waived finding
// carries an accepted external suppression with the waiver's justification.
nlohmann::ordered_json toJson(const ReportData &data);

} // namespace bulwark::report::ReportSarif
