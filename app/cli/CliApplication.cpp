#include "CliApplication.h"

#include "DiffCommand.h"
#include "EventsCommand.h"
#include "FixCommand.h"
#include "HistoryCommand.h"
#include "HostsCommand.h"
#include "LogsCommand.h"
#include "PlanCommand.h"
#include "PruneCommand.h"
#include "ReportCommand.h"
#include "RulesCommand.h"
#include "ScanCommand.h"
#include "WaiversCommand.h"

#include <QCoreApplication>

#include <memory>

namespace bulwark::cli {

namespace {
} // namespace

CliApplication::CliApplication(Environment env)
    : m_env(std::move(env))
{
}

void CliApplication::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: bulwark-cli <command> [options]\n\n"
                 "Bulwark inspects Docker hosts for security risks. Scans are read-only.\n\n"
                 "Commands:\n"
                 "  scan     Take a snapshot of a Docker host (--format json|table|sarif) and keep it in\n"
                 "           the scan history (--no-store to skip, --db FILE to choose the database)\n"
                 "  history  List the stored scans with score and severity counts\n"
                 "           ([--host URL] [--limit N] [--format table|json])\n"
                 "  history prune\n"
                 "           Remove old scans ([--older-than DAYS] [--keep N] [--host URL] [--vacuum])\n"
                 "  diff     What changed between two stored scans of a host\n"
                 "           ([--host URL] [--from ID] [--to ID] [--format table|json])\n"
                 "  report   Write an audit report of a stored scan\n"
                 "           (--format pdf|html|json|csv|sarif|junit --output FILE [--scan ID | --latest]\n"
                 "           [--host URL] [--reviewer NAME])\n"
                 "  waivers  Accepted risks and false positives: list, export or import a policy file, revoke\n"
                 "           (list [--all] | export [FILE] | import FILE | revoke ID) [--host URL]\n"
                 "  hosts    List the Docker hosts found in the docker CLI configuration\n"
                 "  rules    List the security rules (--format table|json)\n"
                 "  logs     Show or follow container logs (--follow, --tail, --since, --format text|jsonl)\n"
                 "  events   Follow the daemon's events, flagging security-relevant ones (--since, --until)\n"
                 "  plan     A remediation plan for a host, biggest score reduction first\n"
                 "           (--format markdown|json, --output FILE)\n"
                 "  fix      How to fix one container (fix CONTAINER [--rule ID]); --verify rescans it after\n"
                 "           you recreated it and exits 0 when its findings are resolved\n\n"
                 "The scan history is --db FILE, else $BULWARK_DB, else bulwark/bulwark.db in the\n"
                 "user's application-data directory.\n\n"
                 "Options:\n"
                 "  -h, --help       Show this help (\"bulwark-cli <command> --help\" for a command)\n"
                 "  -v, --version    Show the version\n\n"
                 "Exit codes: 0 success, 1 error, 2 usage error, 3 findings at or above --fail-on.\n");
    stream.flush();
}

int CliApplication::run(const QStringList &arguments, CliIo &io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printUsage(io.err);
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(io.out);
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version") || first == QLatin1String("version")) {
        io.out << QStringLiteral("bulwark-cli %1\n").arg(QStringLiteral(BULWARK_VERSION));
        io.out.flush();
        return ExitOk;
    }

    std::unique_ptr<Command> command;
    if (first == QLatin1String("scan")) {
        auto scan = std::make_unique<ScanCommand>();
        scan->setEnvironment(m_env);
        command = std::move(scan);
    } else if (first == QLatin1String("history") && args.value(1) == QLatin1String("prune")) {
        auto prune = std::make_unique<PruneCommand>();
        prune->setEnvironment(m_env);
        // QCommandLineParser reads the first argument as the program name.
        return prune->run(args.mid(1), io);
    } else if (first == QLatin1String("history")) {
        auto history = std::make_unique<HistoryCommand>();
        history->setEnvironment(m_env);
        command = std::move(history);
    } else if (first == QLatin1String("diff")) {
        auto diff = std::make_unique<DiffCommand>();
        diff->setEnvironment(m_env);
        command = std::move(diff);
    } else if (first == QLatin1String("report")) {
        auto report = std::make_unique<ReportCommand>();
        report->setEnvironment(m_env);
        command = std::move(report);
    } else if (first == QLatin1String("waivers")) {
        auto waivers = std::make_unique<WaiversCommand>();
        waivers->setEnvironment(m_env);
        command = std::move(waivers);
    } else if (first == QLatin1String("hosts")) {
        auto hosts = std::make_unique<HostsCommand>();
        hosts->setEnvironment(m_env);
        command = std::move(hosts);
    } else if (first == QLatin1String("rules")) {
        command = std::make_unique<RulesCommand>();
    } else if (first == QLatin1String("logs")) {
        auto logs = std::make_unique<LogsCommand>();
        logs->setEnvironment(m_env);
        command = std::move(logs);
    } else if (first == QLatin1String("plan")) {
        auto plan = std::make_unique<PlanCommand>();
        plan->setEnvironment(m_env);
        command = std::move(plan);
    } else if (first == QLatin1String("fix")) {
        auto fix = std::make_unique<FixCommand>();
        fix->setEnvironment(m_env);
        command = std::move(fix);
    } else if (first == QLatin1String("events")) {
        auto events = std::make_unique<EventsCommand>();
        events->setEnvironment(m_env);
        command = std::move(events);
    } else {
        io.err << tr("bulwark-cli: unknown command \"%1\"").arg(first) << "\n\n";
        printUsage(io.err);
        return ExitUsage;
    }
    return command->run(args, io);
}

} // namespace bulwark::cli
