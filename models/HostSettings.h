#pragma once

#include "HostEndpoint.h"

#include <QList>

class QSettings;

namespace bulwark {

// Persists the hosts the user added. Stores the URL, whether TLS is used, the
// PATHS of the TLS files and the verify flag — never the contents of a key or
// certificate. The QSettings is injected so tests can use a temporary file.
class HostSettings {
public:
    explicit HostSettings(QSettings *settings);

    [[nodiscard]] QList<HostEndpoint> loadHosts() const;
    void saveHosts(const QList<HostEndpoint> &hosts);

    // Where a loaded host came from, shown in the host list ("added by you").
    static QString userSource();

private:
    QSettings *m_settings;
};

} // namespace bulwark
