#include "HostOptions.h"

#include <QCoreApplication>

namespace bulwark::cli {

void HostOptions::addTo(QCommandLineParser &parser)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("HostOptions", t); };
    m_host.setDescription(tr("Docker Engine to connect to: unix:///path or tcp://host:port (like docker -H)."));
    m_context.setDescription(tr("docker CLI context to use (like docker --context)."));
    m_tlsCa.setDescription(tr("CA certificate that signed the daemon's certificate."));
    m_tlsCert.setDescription(tr("TLS client certificate."));
    m_tlsKey.setDescription(tr("TLS client key."));
    m_tlsVerify.setDescription(tr("Use TLS and verify the daemon (implied by the --tls-* options)."));
    parser.addOptions({m_host, m_context, m_tlsCa, m_tlsCert, m_tlsKey, m_tlsVerify});
}

HostRequest HostOptions::request(const QCommandLineParser &parser) const
{
    HostRequest r;
    r.host = parser.value(m_host);
    r.context = parser.value(m_context);
    r.tls.caFile = parser.value(m_tlsCa);
    r.tls.certFile = parser.value(m_tlsCert);
    r.tls.keyFile = parser.value(m_tlsKey);
    r.tlsVerify = parser.isSet(m_tlsVerify);
    return r;
}

QString HostOptions::validate(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_host) && parser.isSet(m_context))
        return QCoreApplication::translate("HostOptions", "--host and --context cannot be used together");
    if (parser.isSet(m_host) && parser.value(m_host).trimmed().isEmpty())
        return QCoreApplication::translate("HostOptions", "--host needs a URL");
    return {};
}

} // namespace bulwark::cli
