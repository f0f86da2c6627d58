#pragma once

#include "EngineError.h"

#include <QString>

namespace bulwark {

enum class Transport { Unix, Tcp, Ssh, Npipe, Fd };

// TLS material is referenced by file path only: Bulwark never copies key
// material into its own settings or outputs.
struct TlsFiles {
    QString caFile;
    QString certFile;
    QString keyFile;
    bool verify = true; // false only for DOCKER_TLS / SkipTLSVerify contexts

    [[nodiscard]] bool isEmpty() const { return caFile.isEmpty() && certFile.isEmpty() && keyFile.isEmpty(); }
    bool operator==(const TlsFiles &) const = default;
};

// One Docker Engine address, as the docker CLI would use it.
struct HostEndpoint {
    QString url;          // normalised: unix:///path or tcp://host:port
    Transport transport = Transport::Unix;
    QString socketPath;   // Unix
    QString hostName;     // Tcp
    int port = 0;         // Tcp
    QString basePath;     // Tcp: optional path prefix (tcp://h:2376/prefix)
    bool tls = false;
    TlsFiles tlsFiles;

    QString contextName;  // "default" or a named context
    QString source;       // where this came from, for people: "DOCKER_HOST environment variable"

    // Plain TCP exposes a root-equivalent API to anyone on the network.
    [[nodiscard]] bool isInsecure() const { return transport == Transport::Tcp && !tls; }
    // The URL libcurl should be given for an API path like "/v1.41/info".
    [[nodiscard]] QString requestUrl(const QString &path) const;
    [[nodiscard]] QString displayName() const;

    // Parses a docker host string the way docker/cli opts.ParseHost does:
    // "unix:///p", "tcp://h[:port][/path]", "h:port", ":port", "fd://", "npipe://", "ssh://".
    // tcp without a port gets 2376 when tls is true, 2375 otherwise.
    static Expected<HostEndpoint> parse(const QString &host, bool tls = false);

    bool operator==(const HostEndpoint &) const = default;
};

QString transportName(Transport transport);

} // namespace bulwark
