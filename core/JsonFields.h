#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace bulwark::JsonFields {

// Lenient readers for documents from the daemon and from data files: a missing
// member, or one of another type, reads as empty rather than throwing, so each
// caller decides what absence means.

// The member `key` of an object; a null value when `o` is not an object or lacks it.
const nlohmann::json &member(const nlohmann::json &o, const char *key);

// The string member `key`; "" when it is missing or not a string.
QString string(const nlohmann::json &o, const char *key);

} // namespace bulwark::JsonFields
