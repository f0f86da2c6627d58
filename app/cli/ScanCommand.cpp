#include "ScanCommand.h"

#include "HostScanner.h"
#include "ReportFile.h"
#include "ScanJson.h"
#include "ScanSarif.h"
#include "rules/RuleEngine.h"
#include "ScanTable.h"
#include "store/ReviewStore.h"
#include "store/ScanStore.h"

#include <QCoreApplication>
#include <QFile>

namespace bulwark::cli {

namespace {
} // namespace

QString ScanCommand::description() const
{
    return tr("Take a read-only snapshot of a Docker host: engine, containers (with their security settings), "
              "images, networks and volumes.");
}

void ScanCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_format.setDescription(tr("Output format: table, json (schema bulwark.scan/1) or sarif (SARIF 2.1.0)."));
    m_policy.setDescription(tr("Policy file (bulwark.policy/1) overriding severities, weights and thresholds, and "
                               "waiving accepted findings (docs/review.md)."));
    m_failOn.setDescription(tr("Exit with code 3 when a finding at or above SEVERITY exists (critical, high, medium, low, info)."));
    m_output.setDescription(tr("Write the result to FILE instead of standard output."));
    m_timeout.setDescription(tr("Timeout for each request to the daemon, in seconds."));
    m_parallel.setDescription(tr("Concurrent requests to the daemon."));
    m_quiet.setDescription(tr("Do not print progress to standard error."));
    m_noStore.setDescription(tr("Do not keep this scan in the scan history."));
    parser.addOptions({m_format, m_output, m_timeout, m_parallel, m_quiet, m_policy, m_failOn, m_noStore});
    m_storeOptions.addTo(parser);
}

int ScanCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("table") && format != QLatin1String("sarif"))
        return usageError(io, tr("unknown format \"%1\" (use table, json or sarif)").arg(format));
    std::optional<Severity> failOn;
    if (parser.isSet(m_failOn)) {
        failOn = parseSeverity(parser.value(m_failOn));
        if (!failOn)
            return usageError(io, tr("--fail-on takes critical, high, medium, low or info"));
    }
    bool ok = false;
    const int timeout = parser.value(m_timeout).toInt(&ok);
    if (!ok || timeout <= 0)
        return usageError(io, tr("--timeout needs a positive number of seconds"));
    const int parallel = parser.value(m_parallel).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 64)
        return usageError(io, tr("--parallel needs a number from 1 to 64"));

    const HostResolver resolver(m_env);
    Expected<HostResolution> resolution = resolver.resolve(m_hostOptions.request(parser));
    if (!resolution) {
        io.err << tr("bulwark-cli: %1").arg(resolution.error().toString()) << '\n';
        io.err.flush();
        return ExitError;
    }

    ScanOptions options;
    if (!loadPolicy(parser, m_policy, io, &options.policy))
        return ExitError;
    options.limits.requestTimeoutMs = timeout * 1000;
    options.limits.maxParallel = parallel;
    HostScanner scanner(options);
    scanner.setCancelFlag(io.cancel);
    QList<ConnectAttempt> attempts;
    Expected<HostSnapshot> snapshot = scanner.scanFirstReachable(resolution->candidates, &attempts);
    if (!snapshot) {
        const EngineError &e = snapshot.error();
        io.err << tr("bulwark-cli: scan failed: %1").arg(e.message) << '\n';
        if (!e.hint.isEmpty())
            io.err << tr("  what to do: %1").arg(e.hint) << '\n';
        io.err.flush();
        return ExitError;
    }
    if (!parser.isSet(m_quiet)) {
        for (const QString &w : std::as_const(snapshot->warnings))
            io.err << tr("warning: %1").arg(w) << '\n';
        if (snapshot->engine.transport == QLatin1String("tcp"))
            io.err << tr("warning: %1 is plain TCP without TLS: anyone on the network can control this daemon.")
                          .arg(snapshot->engine.url)
                   << '\n';
        io.err.flush();
    }

    // Waivers decided in reviews of this host carry forward: the report, the exit code and the stored
    // scan all see the findings as waived. --no-store scans see only the policy file's waivers.
    std::optional<store::StoreExpected<std::unique_ptr<store::ScanDatabase>>> db;
    QString dbPath;
    if (!parser.isSet(m_noStore)) {
        dbPath = m_storeOptions.path(parser, m_env);
        db.emplace(store::ScanDatabase::open(dbPath));
        if (*db) {
            store::StoreExpected<int> merged = store::ReviewStore(***db).applyStoredWaivers(*snapshot, options.policy);
            if (!merged) {
                io.err << tr("warning: the stored waivers of this host could not be read, so none apply: %1")
                              .arg(merged.error().message)
                       << '\n';
                io.err.flush();
            } else if (*merged > 0 && !parser.isSet(m_quiet)) {
                io.err << tr("Applied %n stored waiver(s) of this host.", nullptr, *merged) << '\n';
                io.err.flush();
            }
        }
    }

    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = QByteArray::fromStdString(ScanJson::toJsonText(*snapshot) + '\n');
    else if (format == QLatin1String("sarif"))
        bytes = QByteArray::fromStdString(ScanSarif::toJson(*snapshot).dump(2)) + '\n';
    else
        bytes = ScanTable::render(*snapshot).toUtf8();

    int exitCode = ExitOk;
    if (failOn) {
        QList<Finding> all = snapshot->daemonFindings;
        for (const ContainerInfo &c : std::as_const(snapshot->containers))
            all += c.findings;
        for (const ImageInfo &i : std::as_const(snapshot->images))
            all += i.findings;
        for (const Finding &f : std::as_const(all)) {
            // A waived finding does not fail the gate; an expired waiver does not hold it back.
            if (f.severity >= *failOn && !f.waiver.waived()) {
                exitCode = ExitFindings;
                break;
            }
        }
    }

    // The scan is kept before the report is written; a store failure does not
    // cost the user the report, but it is an error (exit 1) after it.
    bool storeFailed = false;
    if (db) {
        const QString &path = dbPath;
        store::StoreExpected<qint64> id = *db ? store::ScanStore(***db).save(*snapshot) : store::StoreExpected<qint64>(db->error());
        if (!id) {
            storeFailed = true;
            io.err << tr("bulwark-cli: the scan was not stored in the history: %1").arg(id.error().message) << '\n';
            if (!id.error().hint.isEmpty())
                io.err << tr("  what to do: %1 (or pass --no-store)").arg(id.error().hint) << '\n';
            io.err.flush();
        } else if (!parser.isSet(m_quiet)) {
            io.err << tr("Stored as scan %1 in %2.").arg(*id).arg(path) << '\n';
            io.err.flush();
        }
    }
    if (storeFailed)
        exitCode = ExitError;

    if (parser.isSet(m_output) && parser.value(m_output) != QLatin1String("-")) {
        const QString path = parser.value(m_output);
        const QString error = writeReportFile(path, bytes);
        if (!error.isEmpty()) {
            io.err << tr("bulwark-cli: cannot write %1: %2").arg(path, error) << '\n';
            io.err.flush();
            return ExitError;
        }
        io.leaveAtExit(std::move(snapshot).value());
        return exitCode;
    }
    // The bytes go to the device as they are: decoding megabytes of UTF-8 for QTextStream
    // to encode them again is a noticeable share of a large scan.
    if (QIODevice *device = io.out.device()) {
        io.out.flush();
        device->write(bytes);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
    }
    io.leaveAtExit(std::move(snapshot).value());
    return exitCode;
}

} // namespace bulwark::cli
