#pragma once

#include "Command.h"
#include "StoreOptions.h"

namespace bulwark::cli {

// bulwark-cli report: an audit report of one stored scan (pdf, html, json, csv, sarif, junit).
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("report"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

    // True when argv asks for a report that draws (PDF): main() then creates a
    // QGuiApplication instead of a QCoreApplication. Looks only at argv because
    // it runs before any application object exists.
    static bool needsGuiApplication(int argc, const char *const *argv);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    int failure(CliIo &io, const QString &message) const;

    StoreOptions m_storeOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("pdf|html|json|csv|sarif|junit")};
    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE")};
    QCommandLineOption m_scan{QStringLiteral("scan"), QString(), QStringLiteral("ID")};
    QCommandLineOption m_latest{QStringLiteral("latest")};
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_reviewer{QStringLiteral("reviewer"), QString(), QStringLiteral("NAME")};
};

} // namespace bulwark::cli
