#pragma once

#include "Command.h"
#include "HostOptions.h"
#include "StoreOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli scan: a read-only snapshot of one host as JSON or a table, kept
// in the scan history unless --no-store.
class ScanCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("scan"); }
    [[nodiscard]] QString description() const override;

    // Resolution uses this environment (tests inject one).
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    HostOptions m_hostOptions;
    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("json|table|sarif"), QStringLiteral("table")};
    QCommandLineOption m_policy{QStringLiteral("policy"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_failOn{QStringLiteral("fail-on"), QString(), QStringLiteral("SEVERITY")};
    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"), QStringLiteral("60")};
    QCommandLineOption m_parallel{QStringLiteral("parallel"), QString(), QStringLiteral("N"), QStringLiteral("8")};
    QCommandLineOption m_quiet{{QStringLiteral("q"), QStringLiteral("quiet")}};
    QCommandLineOption m_noStore{QStringLiteral("no-store")};
};

} // namespace bulwark::cli
