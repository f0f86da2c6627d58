#pragma once

#include "CliIo.h"
#include "HostResolver.h"

#include <QCommandLineParser>

namespace bulwark::cli {

// The connection options shared by every command that talks to a daemon.
class HostOptions {
public:
    void addTo(QCommandLineParser &parser);
    [[nodiscard]] HostRequest request(const QCommandLineParser &parser) const;
    // An error message when the combination is invalid, else empty.
    [[nodiscard]] QString validate(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_host{{QStringLiteral("H"), QStringLiteral("host")}, QString(), QStringLiteral("URL")};
    QCommandLineOption m_context{{QStringLiteral("c"), QStringLiteral("context")}, QString(), QStringLiteral("NAME")};
    QCommandLineOption m_tlsCa{QStringLiteral("tls-ca"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_tlsCert{QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_tlsKey{QStringLiteral("tls-key"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_tlsVerify{QStringLiteral("tlsverify")};
};

} // namespace bulwark::cli
