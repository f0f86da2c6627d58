#pragma once

#include "Command.h"
#include "HostOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli plan: scans a host and prints what to fix, the changes that lower the
// risk score most first, as Markdown or JSON (bulwark.plan/1). Changes nothing.
class PlanCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("plan"); }
    [[nodiscard]] QString description() const override;

    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    HostOptions m_hostOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("markdown|json"), QStringLiteral("markdown")};
    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE")};
    QCommandLineOption m_policy{QStringLiteral("policy"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"), QStringLiteral("60")};
};

} // namespace bulwark::cli
