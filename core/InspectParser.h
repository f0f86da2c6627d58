#pragma once

#include "EngineError.h"
#include "Snapshot.h"

#include <nlohmann/json.hpp>

namespace bulwark::InspectParser {

// Pure functions from Engine API documents to Bulwark's structs. They accept
// both null and [] for unset lists, unknown fields, and the CAP_ prefix quirk,
// and report documents of the wrong shape as MalformedResponse.
// Documents are taken by value so callers can move them in: the struct keeps the
// full document for later rules, and copying 500 of them shows up in scan time.
Expected<ContainerInfo> container(nlohmann::json inspect);
Expected<ImageInfo> image(nlohmann::json inspect, nlohmann::json history);
Expected<NetworkInfo> network(const nlohmann::json &doc);
Expected<VolumeInfo> volume(const nlohmann::json &doc);
// /version and /info documents into EngineInfo (connection fields left alone).
Expected<EngineInfo> engine(const nlohmann::json &version, const nlohmann::json &info);

// "CAP_SYS_ADMIN", "sys_admin" -> "SYS_ADMIN"
QString normaliseCapability(const QString &cap);
// Docker timestamps ("2026-11-28T09:50:58.932558517Z", "0001-01-01T00:00:00Z") to UTC; invalid for zero.
QDateTime parseTimestamp(const std::string &text);

} // namespace bulwark::InspectParser
