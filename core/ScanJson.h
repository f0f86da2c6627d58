#pragma once

#include "Snapshot.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <string>

namespace bulwark::ScanJson {

inline constexpr const char *SchemaId = "bulwark.scan/1";

// The documented scan schema (docs/scan-schema.md).
nlohmann::ordered_json toJson(const HostSnapshot &snapshot);
// Exactly toJson(snapshot).dump(2), written straight to text without building the tree:
// what `bulwark-cli scan --format json` prints.
std::string toJsonText(const HostSnapshot &snapshot);
nlohmann::ordered_json containerToJson(const ContainerInfo &container);
nlohmann::ordered_json imageToJson(const ImageInfo &image, const QDateTime &now);
nlohmann::ordered_json findingToJson(const Finding &finding);
nlohmann::ordered_json permissionsToJson(const Permissions &permissions);
// The inverse of permissionsToJson, for stored containers; missing or mistyped fields keep their defaults.
Permissions permissionsFromJson(const nlohmann::json &json);
nlohmann::ordered_json riskToJson(const RiskScore &risk);

// ISO 8601 UTC with seconds, "2026-11-28T10:11:31Z"; null for an invalid time.
nlohmann::ordered_json timeToJson(const QDateTime &time);

} // namespace bulwark::ScanJson
