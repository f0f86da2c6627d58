#include "Command.h"

#include <QCoreApplication>

namespace bulwark::cli {

int Command::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Command", "Show this help."));
    parser.addOption(help);
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << helpText(parser);
        io.out.flush();
        return ExitOk;
    }
    return execute(parser, io);
}

int Command::usageError(CliIo &io, const QString &message) const
{
    io.err << QCoreApplication::translate("Command", "bulwark-cli %1: %2").arg(name(), message) << '\n'
           << QCoreApplication::translate("Command", "Run \"bulwark-cli %1 --help\" for usage.").arg(name()) << '\n';
    io.err.flush();
    return ExitUsage;
}

bool Command::loadPolicy(const QCommandLineParser &parser, const QCommandLineOption &option, CliIo &io, Policy *policy)
{
    if (!parser.isSet(option))
        return true;
    Expected<Policy> loaded = Policy::fromFile(parser.value(option));
    if (!loaded) {
        io.err << QCoreApplication::translate("Command", "bulwark-cli: %1").arg(loaded.error().toString()) << '\n';
        io.err.flush();
        return false;
    }
    *policy = std::move(loaded).value();
    return true;
}

QString Command::helpText(QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    // QCommandLineParser names the program from argv[0]; show the subcommand instead.
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: bulwark-cli %1 [options]").arg(name()) + text.mid(nl);
}

} // namespace bulwark::cli
