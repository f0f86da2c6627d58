#pragma once

#include "Command.h"
#include "HostOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli hosts: every Docker host the docker CLI configuration knows, and which one is used.
class HostsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(HostsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("hosts"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    HostOptions m_hostOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("json|table"), QStringLiteral("table")};
};

} // namespace bulwark::cli
