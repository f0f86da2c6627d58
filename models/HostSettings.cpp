#include "HostSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace bulwark {

namespace {

const QString groupKey = QStringLiteral("hosts");
const QString urlKey = QStringLiteral("url");
const QString tlsKey = QStringLiteral("tls");
const QString caKey = QStringLiteral("tlsCaFile");
const QString certKey = QStringLiteral("tlsCertFile");
const QString keyFileKey = QStringLiteral("tlsKeyFile");
const QString verifyKey = QStringLiteral("tlsVerify");

} // namespace

HostSettings::HostSettings(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QString HostSettings::userSource()
{
    return QCoreApplication::translate("bulwark::HostSettings", "added by you");
}

QList<HostEndpoint> HostSettings::loadHosts() const
{
    QList<HostEndpoint> hosts;
    const int count = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const bool tls = m_settings->value(tlsKey, false).toBool();
        Expected<HostEndpoint> parsed = HostEndpoint::parse(m_settings->value(urlKey).toString(), tls);
        if (!parsed)
            continue; // a hand-edited or outdated entry; skipping it beats refusing to start
        HostEndpoint endpoint = std::move(parsed).value();
        endpoint.tls = tls;
        endpoint.tlsFiles.caFile = m_settings->value(caKey).toString();
        endpoint.tlsFiles.certFile = m_settings->value(certKey).toString();
        endpoint.tlsFiles.keyFile = m_settings->value(keyFileKey).toString();
        endpoint.tlsFiles.verify = m_settings->value(verifyKey, true).toBool();
        endpoint.source = userSource();
        hosts.append(endpoint);
    }
    m_settings->endArray();
    return hosts;
}

void HostSettings::saveHosts(const QList<HostEndpoint> &hosts)
{
    m_settings->remove(groupKey);
    m_settings->beginWriteArray(groupKey, int(hosts.size()));
    for (int i = 0; i < hosts.size(); ++i) {
        const HostEndpoint &host = hosts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(urlKey, host.url);
        m_settings->setValue(tlsKey, host.tls);
        m_settings->setValue(caKey, host.tlsFiles.caFile);
        m_settings->setValue(certKey, host.tlsFiles.certFile);
        m_settings->setValue(keyFileKey, host.tlsFiles.keyFile);
        m_settings->setValue(verifyKey, host.tlsFiles.verify);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace bulwark
