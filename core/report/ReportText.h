#pragma once

#include "rules/FindingWaiver.h"
#include "rules/Permissions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace bulwark::report {

// Wording and formatting every report writer shares, so a PDF, an HTML page
// and a CSV file say the same thing the same way.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    static QString time(const QDateTime &time);   // "2024-03-01 12:00 UTC"; "—" when unknown
    static QString date(const QDate &date);       // "2024-03-01"; "—" when unknown
    static QString waiverState(WaiverState state); // "Waived", "Waiver expired", ""
    static QString imageAge(int days);            // "412 days"; "unknown"
    static QString noneLabel();                   // "none"
    // The permissions of a container as label/value lines, most telling first.
    static QList<QPair<QString, QString>> permissionSummary(const Permissions &p);
    // A point list for people: "cap_a, cap_b" or "none".
    static QString list(const QStringList &items);
};

} // namespace bulwark::report
