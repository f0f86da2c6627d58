#pragma once

#include "ContextStore.h"
#include "Environment.h"
#include "HostEndpoint.h"

#include <QList>
#include <QString>

namespace bulwark {

// What the user asked for on the command line / in the GUI.
struct HostRequest {
    QString host;        // --host / -H
    QString context;     // --context / -c
    TlsFiles tls;        // --tls-ca/--tls-cert/--tls-key (override for --host)
    bool tlsVerify = false; // --tlsverify given explicitly
};

// A place Bulwark may connect to, with why it is a candidate.
struct HostCandidate {
    HostEndpoint endpoint;
    bool selected = false;   // the one the docker CLI would use
};

struct HostResolution {
    // In order of preference. When nothing was chosen explicitly this holds the
    // default socket followed by the rootless socket; otherwise exactly one.
    QList<HostEndpoint> candidates;
    QString contextName;     // the context the docker CLI would use
    QString reason;          // why, for people
};

// Resolves the Docker Engine exactly as the docker CLI does: --host/--context,
// then DOCKER_HOST, DOCKER_CONTEXT, currentContext in config.json (DOCKER_CONFIG
// respected), the context store, DOCKER_TLS_VERIFY/DOCKER_CERT_PATH, and finally
// unix:///var/run/docker.sock, with the rootless socket under $XDG_RUNTIME_DIR.
class HostResolver {
public:
    explicit HostResolver(Environment env = Environment::system());

    Expected<HostResolution> resolve(const HostRequest &request = {}) const;

    // Every host the docker CLI configuration knows of (default context, each
    // named context, the rootless socket if present), marking the selected one.
    QList<HostCandidate> listAll(const HostRequest &request = {}, QList<EngineError> *errors = nullptr) const;

    [[nodiscard]] QString configDir() const;
    [[nodiscard]] QString currentContextFromConfig(EngineError *error = nullptr) const;

private:
    Expected<HostEndpoint> defaultContextEndpoint(const HostRequest &request, const QString &source) const;
    Expected<HostEndpoint> namedContextEndpoint(const QString &name, const QString &source) const;
    [[nodiscard]] QString rootlessSocket() const;

    Environment m_env;
};

} // namespace bulwark
