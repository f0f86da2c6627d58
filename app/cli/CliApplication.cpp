#include "CliApplication.h"

#include "HostsCommand.h"
#include "RulesCommand.h"
#include "ScanCommand.h"

#include <QCoreApplication>

#include <memory>

namespace bulwark::cli {

namespace {
QString tr(const char *t) { return QCoreApplication::translate("CliApplication", t); }
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
                 "  scan     Take a snapshot of a Docker host (--format json|table)\n"
                 "  hosts    List the Docker hosts found in the docker CLI configuration\n"
                 "  rules    List the security rules (--format table|json)\n\n"
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
    } else if (first == QLatin1String("hosts")) {
        auto hosts = std::make_unique<HostsCommand>();
        hosts->setEnvironment(m_env);
        command = std::move(hosts);
    } else if (first == QLatin1String("rules")) {
        command = std::make_unique<RulesCommand>();
    } else {
        io.err << tr("bulwark-cli: unknown command \"%1\"").arg(first) << "\n\n";
        printUsage(io.err);
        return ExitUsage;
    }
    return command->run(args, io);
}

} // namespace bulwark::cli
