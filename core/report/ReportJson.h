#pragma once

#include "ReportData.h"

#include <nlohmann/json.hpp>

namespace bulwark::report::ReportJson {

inline constexpr const char *SchemaId = "bulwark.report/1";

// The documented report (docs/report-schema.md, resources/schema/report-1.schema.json).
nlohmann::ordered_json toJson(const ReportData &data);
nlohmann::ordered_json findingToJson(const store::StoredFinding &finding, const ReportData &data);

} // namespace bulwark::report::ReportJson
