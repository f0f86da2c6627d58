#pragma once

#include "CliIo.h"

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
    QString helpText(QCommandLineParser &parser) const;
};

} // namespace bulwark::cli
