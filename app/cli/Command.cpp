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

QString Command::helpText(QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    // QCommandLineParser names the program from argv[0]; show the subcommand instead.
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: bulwark-cli %1 [options]").arg(name()) + text.mid(nl);
}

} // namespace bulwark::cli
