#pragma once

#include "Command.h"
#include "StoreOptions.h"

namespace bulwark::cli {

// bulwark-cli history prune: retention. Removes old scans in one transaction,
// then optionally compacts the file (VACUUM).
class PruneCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("history prune"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_olderThan{QStringLiteral("older-than"), QString(), QStringLiteral("DAYS")};
    QCommandLineOption m_keep{QStringLiteral("keep"), QString(), QStringLiteral("N")};
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_vacuum{QStringLiteral("vacuum")};
};

} // namespace bulwark::cli
