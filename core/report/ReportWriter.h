#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark::report {

enum class ReportFormat { Pdf, Html, Json, Csv, Sarif, Junit };

// Format names on the command line and in file dialogs, and the one place
// that turns a ReportData into the bytes of any format.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static QStringList formatNames();                          // pdf, html, json, csv, sarif, junit
    static std::optional<ReportFormat> formatFromName(const QString &name);
    static QString formatName(ReportFormat format);
    static QString fileSuffix(ReportFormat format);            // pdf, html, json, csv, sarif, xml
    // Only PDF draws with QtGui's painter and fonts.
    static bool needsGuiApplication(ReportFormat format) { return format == ReportFormat::Pdf; }

    // The report's bytes, or an empty array with *error set.
    static QByteArray render(const ReportData &data, ReportFormat format, QString *error = nullptr);
};

} // namespace bulwark::report
