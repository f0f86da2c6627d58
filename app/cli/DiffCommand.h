#pragma once

#include "Command.h"
#include "StoreOptions.h"

namespace bulwark::store {
class ScanStore;
struct ScanSummary;
}

namespace bulwark::cli {

// bulwark-cli diff: what changed between two stored scans of a host.
class DiffCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("diff"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    struct Pair {
        qint64 from = 0;
        qint64 to = 0;
        QString error; // why no pair could be chosen
    };
    Pair choose(const QCommandLineParser &parser, const store::ScanStore &store, CliIo &io, bool *failed) const;

    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_from{QStringLiteral("from"), QString(), QStringLiteral("ID")};
    QCommandLineOption m_to{QStringLiteral("to"), QString(), QStringLiteral("ID")};
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("json|table"), QStringLiteral("table")};
};

} // namespace bulwark::cli
