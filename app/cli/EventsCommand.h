#pragma once

#include "Command.h"
#include "HostOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli events: the daemon's event feed, like `docker events`, with the
// security-relevant events (privileged or root exec, privileged or socket-mounting
// containers started, images deleted) called out.
class EventsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("events"); }
    [[nodiscard]] QString description() const override;
    void setEnvironment(Environment env) { m_env = std::move(env); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    HostOptions m_hostOptions;
    Environment m_env = Environment::system();
    QCommandLineOption m_since{QStringLiteral("since"), QString(), QStringLiteral("TIME")};
    QCommandLineOption m_until{QStringLiteral("until"), QString(), QStringLiteral("TIME")};
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("text|jsonl"),
                                QStringLiteral("text")};
    QCommandLineOption m_filter{QStringLiteral("filter"), QString(), QStringLiteral("KEY=VALUE")};
    QCommandLineOption m_reconnect{QStringLiteral("reconnect")};
};

} // namespace bulwark::cli
