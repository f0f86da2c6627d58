#pragma once

#include "HostEndpoint.h"

#include <QList>
#include <QString>

namespace bulwark {

struct DockerContext {
    QString name;
    QString description;
    QString host;        // the raw Endpoints.docker.Host
    bool skipTlsVerify = false;
    TlsFiles tls;        // files found under contexts/tls/<sha256>/docker/
    QString metaPath;    // meta.json this came from
};

// Reads the docker CLI's context store (<configdir>/contexts): meta/<sha256(name)>/meta.json
// and tls/<sha256(name)>/docker/{ca,cert,key}.pem. Read-only.
class ContextStore {
public:
    explicit ContextStore(QString configDir);

    static QString directoryNameFor(const QString &contextName); // sha256 hex

    Expected<DockerContext> load(const QString &name) const;
    // All named contexts; unreadable ones are skipped and reported in errors.
    QList<DockerContext> list(QList<EngineError> *errors = nullptr) const;

private:
    Expected<DockerContext> loadMeta(const QString &metaPath) const;
    QString m_configDir;
};

} // namespace bulwark
