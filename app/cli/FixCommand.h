#pragma once

#include "Command.h"
#include "HostOptions.h"
#include "StoreOptions.h"
#include "remediation/ContainerVerifier.h"
#include "remediation/Remediation.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli fix CONTAINER [--rule ID]: how to fix a container's findings (docker run
// flags, compose YAML, Dockerfile lines, the whole recreating command). With --verify:
// rescans the container (found again by name or compose service after re-creation) and
// exits 0 when its findings (or the --rule one) are resolved, 1 when not. Changes nothing.
class FixCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(FixCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("fix"); }
    [[nodiscard]] QString description() const override;

    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    int advise(const QCommandLineParser &parser, CliIo &io, const QString &reference, const QString &rule,
               const ScanOptions &options);
    int verify(const QCommandLineParser &parser, CliIo &io, const QString &reference, const QString &rule,
               const ScanOptions &options);
    // The container's findings in the newest stored scan that has it; empty when none.
    QList<Finding> storedFindings(const QCommandLineParser &parser, const QString &hostUrl, const QString &identity,
                                  QString *scanLabel) const;
    static void printRemediation(QTextStream &out, const Remediation &r);

    HostOptions m_hostOptions;
    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_rule{QStringLiteral("rule"), QString(), QStringLiteral("ID")};
    QCommandLineOption m_verify{QStringLiteral("verify")};
    QCommandLineOption m_policy{QStringLiteral("policy"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"), QStringLiteral("60")};
};

} // namespace bulwark::cli
