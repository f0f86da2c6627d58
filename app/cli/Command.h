#pragma once

#include "CliIo.h"
#include "rules/Policy.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace bulwark::cli {

// One bulwark-cli subcommand. Subclasses add their options and run.
class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString description() const = 0;

    // arguments start with the command name, as QCommandLineParser expects argv.
    int run(const QStringList &arguments, CliIo &io);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser, CliIo &io) = 0;

    int usageError(CliIo &io, const QString &message) const;
    // Reads --policy FILE into *policy when the option is set; false (the reason on
    // stderr) when the file cannot be used.
    static bool loadPolicy(const QCommandLineParser &parser, const QCommandLineOption &option, CliIo &io,
                           Policy *policy);
    QString helpText(QCommandLineParser &parser) const;
};

} // namespace bulwark::cli
