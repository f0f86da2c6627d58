#include "PlanCommand.h"

#include "HostScanner.h"
#include "ReportFile.h"
#include "remediation/RemediationPlan.h"

namespace bulwark::cli {

QString PlanCommand::description() const
{
    return tr("Scan a Docker host and print a remediation plan: findings grouped by container, and the changes "
              "ordered by how much each lowers the risk score. Bulwark changes nothing.");
}

void PlanCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_format.setDescription(tr("Output format: markdown or json (schema bulwark.plan/1)."));
    m_output.setDescription(tr("Write the plan to FILE instead of standard output."));
    m_policy.setDescription(tr("Policy file (bulwark.policy/1): severities, weights, thresholds and waivers."));
    m_timeout.setDescription(tr("Timeout for each request to the daemon, in seconds."));
    parser.addOptions({m_format, m_output, m_policy, m_timeout});
}

int PlanCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("markdown") && format != QLatin1String("json"))
        return usageError(io, tr("unknown format \"%1\" (use markdown or json)").arg(format));
    bool ok = false;
    const int timeout = parser.value(m_timeout).toInt(&ok);
    if (!ok || timeout <= 0)
        return usageError(io, tr("--timeout needs a positive number of seconds"));

    ScanOptions options;
    options.includeVolumes = false;
    options.limits.requestTimeoutMs = timeout * 1000;
    if (!loadPolicy(parser, m_policy, io, &options.policy))
        return ExitError;
    Expected<HostResolution> resolution = HostResolver(m_env).resolve(m_hostOptions.request(parser));
    if (!resolution) {
        io.err << tr("bulwark-cli: %1").arg(resolution.error().toString()) << '\n';
        io.err.flush();
        return ExitError;
    }
    HostScanner scanner(options);
    scanner.setCancelFlag(io.cancel);
    Expected<HostSnapshot> snapshot = scanner.scanFirstReachable(resolution->candidates);
    if (!snapshot) {
        io.err << tr("bulwark-cli: scan failed: %1").arg(snapshot.error().message) << '\n';
        if (!snapshot.error().hint.isEmpty())
            io.err << tr("  what to do: %1").arg(snapshot.error().hint) << '\n';
        io.err.flush();
        return ExitError;
    }
    const RemediationPlan plan = RemediationPlan::build(*snapshot, options.policy);
    const QByteArray bytes = format == QLatin1String("json") ? QByteArray::fromStdString(plan.toJson().dump(2) + '\n')
                                                             : plan.toMarkdown().toUtf8();
    if (parser.isSet(m_output) && parser.value(m_output) != QLatin1String("-")) {
        const QString error = writeReportFile(parser.value(m_output), bytes);
        if (!error.isEmpty()) {
            io.err << tr("bulwark-cli: cannot write %1: %2").arg(parser.value(m_output), error) << '\n';
            io.err.flush();
            return ExitError;
        }
        return ExitOk;
    }
    io.out << QString::fromUtf8(bytes);
    io.out.flush();
    return ExitOk;
}

} // namespace bulwark::cli
