#include "Severity.h"

#include <QCoreApplication>

namespace bulwark {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("Severity", "Info");
    case Severity::Low: return QCoreApplication::translate("Severity", "Low");
    case Severity::Medium: return QCoreApplication::translate("Severity", "Medium");
    case Severity::High: return QCoreApplication::translate("Severity", "High");
    case Severity::Critical: return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

std::optional<Severity> parseSeverity(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (severityName(s) == n)
            return s;
    }
    return std::nullopt;
}

} // namespace bulwark
