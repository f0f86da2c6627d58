#pragma once

#include "Command.h"
#include "StoreOptions.h"

namespace bulwark::cli {

// bulwark-cli history: the stored scans, newest first, with score and severity counts.
class HistoryCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("history"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_limit{QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("json|table"), QStringLiteral("table")};
};

} // namespace bulwark::cli
