#include "ScanCommand.h"

#include "HostScanner.h"
#include "ScanJson.h"
#include "ScanSarif.h"
#include "rules/RuleEngine.h"
#include "ScanTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace bulwark::cli {

namespace {
QString tr(const char *t) { return QCoreApplication::translate("ScanCommand", t); }
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
    m_policy.setDescription(tr("Policy file (bulwark.policy/1) overriding severities, weights and thresholds."));
    m_failOn.setDescription(tr("Exit with code 3 when a finding at or above SEVERITY exists (critical, high, medium, low, info)."));
    m_output.setDescription(tr("Write the result to FILE instead of standard output."));
    m_timeout.setDescription(tr("Timeout for each request to the daemon, in seconds."));
    m_parallel.setDescription(tr("Concurrent requests to the daemon."));
    m_quiet.setDescription(tr("Do not print progress to standard error."));
    parser.addOptions({m_format, m_output, m_timeout, m_parallel, m_quiet, m_policy, m_failOn});
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
    if (parser.isSet(m_policy)) {
        Expected<Policy> policy = Policy::fromFile(parser.value(m_policy));
        if (!policy) {
            io.err << tr("bulwark-cli: %1").arg(policy.error().toString()) << '\n';
            io.err.flush();
            return ExitError;
        }
        options.policy = std::move(policy).value();
    }
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

    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = QByteArray::fromStdString(ScanJson::toJson(*snapshot).dump(2)) + '\n';
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
            if (f.severity >= *failOn) {
                exitCode = ExitFindings;
                break;
            }
        }
    }

    if (parser.isSet(m_output) && parser.value(m_output) != QLatin1String("-")) {
        const QString path = parser.value(m_output);
        QString error;
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            // A pipe or device (/dev/null, a FIFO): write in place, never replace it with a file.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                error = file.errorString();
        } else {
            // A regular file is replaced atomically: a failed scan never leaves half a report.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                error = file.errorString();
        }
        if (!error.isEmpty()) {
            io.err << tr("bulwark-cli: cannot write %1: %2").arg(path, error) << '\n';
            io.err.flush();
            return ExitError;
        }
        return exitCode;
    }
    io.out << QString::fromUtf8(bytes);
    io.out.flush();
    return exitCode;
}

} // namespace bulwark::cli
