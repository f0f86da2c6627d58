#pragma once

#include "CliIo.h"
#include "Environment.h"

#include <QStringList>

#include <QCoreApplication>

namespace bulwark::cli {

// Dispatches argv to a subcommand. Kept apart from main() so tests can run it in-process.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(Environment env = Environment::system());
    int run(const QStringList &arguments, CliIo &io);

private:
    void printUsage(QTextStream &stream) const;
    Environment m_env;
};

} // namespace bulwark::cli
