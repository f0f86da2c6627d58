#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bulwark::report {

// The audit report as PDF: QTextDocument laid out on A4 pages by QPdfWriter,
// a table of contents with page numbers, the trend chart as vector paths and
// "Page n of m" on every page. Needs a QGuiApplication (fonts); the offscreen
// platform is enough.
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    // The PDF, or an empty array with *error set.
    static QByteArray render(const ReportData &data, QString *error = nullptr);
};

} // namespace bulwark::report
