#pragma once

#include "Command.h"
#include "HostOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli logs: the logs of one or more containers, like `docker logs`, with
// reconnection across daemon and container restarts (--reconnect) and JSON lines.
class LogsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(LogsCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("logs"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    HostOptions m_hostOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_follow{{QStringLiteral("f"), QStringLiteral("follow")}};
    QCommandLineOption m_tail{
        {QStringLiteral("n"), QStringLiteral("tail")}, QString(), QStringLiteral("N"), QStringLiteral("all")};
    QCommandLineOption m_since{QStringLiteral("since"), QString(), QStringLiteral("TIME")};
    QCommandLineOption m_until{QStringLiteral("until"), QString(), QStringLiteral("TIME")};
    QCommandLineOption m_timestamps{{QStringLiteral("t"), QStringLiteral("timestamps")}};
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("text|jsonl"),
                                QStringLiteral("text")};
    QCommandLineOption m_reconnect{QStringLiteral("reconnect")};
};

} // namespace bulwark::cli
