#pragma once

#include "Command.h"
#include "StoreOptions.h"

#include <QCoreApplication>

namespace bulwark::store {
class ScanDatabase;
struct HostRecord;
}

namespace bulwark::cli {

// bulwark-cli waivers list|export|import|revoke: the accepted risks and false
// positives stored with the scan history (docs/review.md), and the policy file
// that carries them into version control and back.
class WaiversCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(WaiversCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("waivers"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    int list(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io);
    int exportFile(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io);
    int importFile(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io);
    int revoke(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io);
    // The --host given, else the database's only host; nullopt after printing why not.
    // Without --host and with `anyHost`, 0 stands for every host.
    std::optional<qint64> hostId(const QCommandLineParser &parser, store::ScanDatabase &db, bool anyHost, CliIo &io);

    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_all{QStringLiteral("all")};
    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE")};
};

} // namespace bulwark::cli
