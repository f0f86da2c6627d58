#include "ReportCommand.h"

#include "ReportFile.h"
#include "ReportBuilder.h"
#include "ReportWriter.h"
#include "store/ReviewStore.h"
#include "store/ScanStore.h"

#include <QFileInfo>

#include <cstring>

namespace bulwark::cli {

QString ReportCommand::description() const
{
    return tr("Write an audit report of a stored scan: PDF or HTML for people, JSON (schema bulwark.report/1), "
              "CSV (one row per finding), SARIF 2.1.0 or JUnit XML (one test case per container and rule) for tools. "
              "Without --scan, the latest scan of the host. Secrets appear only redacted.");
}

bool ReportCommand::needsGuiApplication(int argc, const char *const *argv)
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return false;
    std::optional<report::ReportFormat> format;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if ((arg == QLatin1String("--format") || arg == QLatin1String("-format")) && i + 1 < argc)
            format = report::ReportWriter::formatFromName(QString::fromLocal8Bit(argv[++i]));
        else if (arg.startsWith(QLatin1String("--format=")))
            format = report::ReportWriter::formatFromName(arg.mid(9));
        else if ((arg == QLatin1String("--output") || arg == QLatin1String("-o")) && i + 1 < argc && !format)
            format = report::ReportWriter::formatFromName(QFileInfo(QString::fromLocal8Bit(argv[++i])).suffix());
    }
    return format && report::ReportWriter::needsGuiApplication(*format);
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    m_format.setDescription(tr("Report format: pdf, html, json, csv, sarif or junit (default: from the --output suffix)."));
    m_output.setDescription(tr("Write the report to FILE (required)."));
    m_scan.setDescription(tr("Report on the stored scan with this id (see bulwark-cli history)."));
    m_latest.setDescription(tr("Report on the latest scan of the host (the default)."));
    m_host.setDescription(tr("The Docker host whose latest scan to report on (the URL scanned); needed when the "
                             "database holds several hosts."));
    m_reviewer.setDescription(tr("Name the reviewer on the cover (default: the reviewer of the scan's review)."));
    m_storeOptions.addTo(parser);
    parser.addOptions({m_format, m_output, m_scan, m_latest, m_host, m_reviewer});
}

int ReportCommand::failure(CliIo &io, const QString &message) const
{
    io.err << tr("bulwark-cli report: %1").arg(message) << '\n';
    io.err.flush();
    return ExitError;
}

int ReportCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString output = parser.value(m_output);
    if (output.isEmpty())
        return usageError(io, tr("--output FILE is required"));
    std::optional<report::ReportFormat> format;
    if (parser.isSet(m_format)) {
        format = report::ReportWriter::formatFromName(parser.value(m_format));
        if (!format)
            return usageError(io, tr("unknown format \"%1\" (use %2)")
                                      .arg(parser.value(m_format), report::ReportWriter::formatNames().join(QStringLiteral(", "))));
    } else {
        format = report::ReportWriter::formatFromName(QFileInfo(output).suffix());
        if (!format)
            return usageError(io, tr("--format is needed: the suffix of \"%1\" names no report format (use %2)")
                                      .arg(output, report::ReportWriter::formatNames().join(QStringLiteral(", "))));
    }
    if (parser.isSet(m_scan) && parser.isSet(m_latest))
        return usageError(io, tr("--scan and --latest exclude each other"));
    qint64 scanId = 0;
    if (parser.isSet(m_scan)) {
        bool ok = false;
        scanId = parser.value(m_scan).toLongLong(&ok);
        if (!ok || scanId <= 0)
            return usageError(io, tr("--scan needs a scan id (a positive number; see bulwark-cli history)"));
    }

    const QString path = m_storeOptions.path(parser, m_env);
    if (!QFileInfo::exists(path))
        return failure(io, tr("there is no scan database at %1 yet: run bulwark-cli scan first, or name one with --db").arg(path));
    std::unique_ptr<store::ScanDatabase> db = m_storeOptions.open(path, store::ScanDatabase::Mode::ReadOnly, io);
    if (!db)
        return ExitError;
    store::ScanStore store(*db);

    qint64 hostId = 0;
    QString hostUrl;
    if (parser.isSet(m_host)) {
        store::StoreExpected<store::HostRecord> host = store.hostByUrl(parser.value(m_host));
        if (!host) {
            StoreOptions::printError(host.error(), io);
            return ExitError;
        }
        hostId = host->id;
        hostUrl = host->url;
    }
    if (scanId != 0) {
        store::StoreExpected<store::ScanSummary> s = store.summary(scanId);
        if (!s) {
            StoreOptions::printError(s.error(), io);
            return ExitError;
        }
        if (hostId != 0 && s->hostId != hostId)
            return failure(io, tr("scan %1 is of %2, not of %3").arg(scanId).arg(s->hostUrl, hostUrl));
    } else {
        if (hostId == 0) {
            store::StoreExpected<QList<store::HostRecord>> hosts = store.hosts();
            if (!hosts) {
                StoreOptions::printError(hosts.error(), io);
                return ExitError;
            }
            if (hosts->isEmpty())
                return failure(io, tr("no scans are stored in %1 yet: run bulwark-cli scan first").arg(path));
            if (hosts->size() > 1) {
                QStringList urls;
                for (const store::HostRecord &h : std::as_const(*hosts))
                    urls << h.url;
                urls.removeDuplicates();
                return failure(io, tr("the database holds scans of several hosts (%1): choose one with --host, or a scan "
                                      "with --scan")
                                       .arg(urls.join(QStringLiteral(", "))));
            }
            hostId = hosts->first().id;
            hostUrl = hosts->first().url;
        }
        store::StoreExpected<QList<store::ScanSummary>> latest = store.scans(hostId, 1);
        if (!latest) {
            StoreOptions::printError(latest.error(), io);
            return ExitError;
        }
        if (latest->isEmpty())
            return failure(io, tr("no scan of %1 is stored").arg(hostUrl));
        scanId = latest->first().id;
    }

    report::ReportOptions options;
    options.reviewer = parser.value(m_reviewer).trimmed();
    store::StoreExpected<std::optional<Review>> review = store::ReviewStore(*db).reviewForScan(scanId);
    if (!review) {
        StoreOptions::printError(review.error(), io);
        return ExitError;
    }
    options.review = *review;
    store::StoreExpected<report::ReportData> data = report::ReportBuilder::build(*db, scanId, options);
    if (!data) {
        StoreOptions::printError(data.error(), io);
        return ExitError;
    }
    QString error;
    const QByteArray bytes = report::ReportWriter::render(*data, *format, &error);
    if (bytes.isEmpty())
        return failure(io, tr("cannot render the %1 report: %2").arg(report::ReportWriter::formatName(*format), error));
    if (const QString written = writeReportFile(output, bytes); !written.isEmpty())
        return failure(io, tr("cannot write %1: %2").arg(output, written));
    io.err << tr("Wrote the %1 report of scan %2 (%3) to %4.")
                  .arg(report::ReportWriter::formatName(*format))
                  .arg(scanId)
                  .arg(data->scan.hostUrl, output)
           << '\n';
    io.err.flush();
    return ExitOk;
}

} // namespace bulwark::cli
