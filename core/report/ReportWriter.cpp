#include "ReportWriter.h"

#include "PdfReport.h"
#include "ReportCsv.h"
#include "ReportHtml.h"
#include "ReportJson.h"
#include "ReportJunit.h"
#include "ReportSarif.h"

namespace bulwark::report {

QStringList ReportWriter::formatNames()
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("json"),
            QStringLiteral("csv"), QStringLiteral("sarif"), QStringLiteral("junit")};
}

std::optional<ReportFormat> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Json, ReportFormat::Csv, ReportFormat::Sarif,
                           ReportFormat::Junit}) {
        if (formatName(f) == n)
            return f;
    }
    return std::nullopt;
}

QString ReportWriter::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Json: return QStringLiteral("json");
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::Sarif: return QStringLiteral("sarif");
    case ReportFormat::Junit: return QStringLiteral("junit");
    }
    return {};
}

QString ReportWriter::fileSuffix(ReportFormat format)
{
    return format == ReportFormat::Junit ? QStringLiteral("xml") : formatName(format);
}

QByteArray ReportWriter::render(const ReportData &data, ReportFormat format, QString *error)
{
    switch (format) {
    case ReportFormat::Pdf: return PdfReport::render(data, error);
    case ReportFormat::Html: return ReportHtml::render(data, ReportHtml::Flavour::Browser).toUtf8();
    case ReportFormat::Json: return QByteArray::fromStdString(ReportJson::toJson(data).dump(2) + '\n');
    case ReportFormat::Csv: return ReportCsv::toCsv(data);
    case ReportFormat::Sarif: return QByteArray::fromStdString(ReportSarif::toJson(data).dump(2) + '\n');
    case ReportFormat::Junit: return ReportJunit::toXml(data);
    }
    if (error)
        *error = tr("unknown report format");
    return {};
}

} // namespace bulwark::report
