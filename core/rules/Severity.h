#pragma once

#include <QString>

#include <optional>

namespace bulwark {

// Ordered: a higher value is worse.
enum class Severity { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

QString severityName(Severity severity);           // "critical", stable, for files
QString severityLabel(Severity severity);          // translated, for people
std::optional<Severity> parseSeverity(const QString &name);

} // namespace bulwark
