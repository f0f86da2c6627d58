#include "HostEndpoint.h"

#include <QCoreApplication>
#include <QUrl>

namespace bulwark {

namespace {
constexpr auto DefaultUnixSocket = "/var/run/docker.sock";

EngineError invalid(const QString &host, const QString &why)
{
    return EngineError::make(
        ErrorKind::InvalidHost,
        QCoreApplication::translate("HostEndpoint", "Cannot understand the Docker host \"%1\": %2").arg(host, why),
        QCoreApplication::translate("HostEndpoint",
                                    "Use unix:///path/to/docker.sock or tcp://host:port, as with docker -H."),
        host);
}
} // namespace

QString transportName(Transport transport)
{
    switch (transport) {
    case Transport::Unix: return QStringLiteral("unix");
    case Transport::Tcp: return QStringLiteral("tcp");
    case Transport::Ssh: return QStringLiteral("ssh");
    case Transport::Npipe: return QStringLiteral("npipe");
    case Transport::Fd: return QStringLiteral("fd");
    }
    return QStringLiteral("unknown");
}

QString HostEndpoint::requestUrl(const QString &path) const
{
    if (transport == Transport::Unix)
        return QStringLiteral("http://localhost") + path; // host name is ignored over a unix socket
    const QString host = hostName.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(hostName) : hostName;
    return QStringLiteral("%1://%2:%3%4%5")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port)
        .arg(basePath, path);
}

QString HostEndpoint::displayName() const
{
    if (!contextName.isEmpty() && contextName != QLatin1String("default"))
        return QStringLiteral("%1 (%2)").arg(contextName, url);
    return url;
}

Expected<HostEndpoint> HostEndpoint::parse(const QString &hostIn, bool tls)
{
    const QString host = hostIn.trimmed();
    if (host.isEmpty())
        return invalid(hostIn, QCoreApplication::translate("HostEndpoint", "the address is empty"));

    QString text = host;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("tcp://")); // docker -H host:port means tcp

    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = text.left(schemeEnd).toLower();
    const QString rest = text.mid(schemeEnd + 3);

    HostEndpoint ep;
    if (scheme == QLatin1String("unix")) {
        ep.transport = Transport::Unix;
        ep.socketPath = rest.isEmpty() ? QString::fromLatin1(DefaultUnixSocket) : rest;
        if (!ep.socketPath.startsWith(QLatin1Char('/')))
            return invalid(host, QCoreApplication::translate("HostEndpoint", "a unix socket path must be absolute"));
        ep.url = QStringLiteral("unix://") + ep.socketPath;
        return ep; // sockets never use TLS
    }
    if (scheme == QLatin1String("ssh") || scheme == QLatin1String("npipe") || scheme == QLatin1String("fd")) {
        ep.transport = scheme == QLatin1String("ssh") ? Transport::Ssh
                     : scheme == QLatin1String("npipe") ? Transport::Npipe
                                                          : Transport::Fd;
        ep.url = host;
        QString hint = scheme == QLatin1String("ssh")
            ? QCoreApplication::translate("HostEndpoint",
                                          "Forward the remote socket first (ssh -nNT -L /tmp/remote-docker.sock:"
                                          "/var/run/docker.sock user@host) and connect to "
                                          "unix:///tmp/remote-docker.sock, or expose the daemon with TLS.")
            : QCoreApplication::translate("HostEndpoint", "Connect through a unix socket or tcp:// instead.");
        return EngineError::make(
            ErrorKind::Unsupported,
            QCoreApplication::translate("HostEndpoint", "%1:// hosts are not supported by Bulwark yet (%2).")
                .arg(scheme, host),
            hint, host);
    }
    if (scheme != QLatin1String("tcp"))
        return invalid(host, QCoreApplication::translate("HostEndpoint", "unknown scheme \"%1\"").arg(scheme));

    const QUrl url(QStringLiteral("tcp://") + rest, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(host, url.errorString());
    if (!url.userInfo().isEmpty())
        return invalid(host, QCoreApplication::translate("HostEndpoint", "credentials in the URL are not supported"));
    if (url.hasQuery() || url.hasFragment())
        return invalid(host, QCoreApplication::translate("HostEndpoint", "a query or fragment is not allowed"));
    ep.transport = Transport::Tcp;
    ep.tls = tls;
    ep.hostName = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    ep.port = url.port(tls ? 2376 : 2375);
    if (ep.port <= 0 || ep.port > 65535)
        return invalid(host, QCoreApplication::translate("HostEndpoint", "the port is out of range"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    ep.basePath = path;
    const QString bracketed = ep.hostName.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(ep.hostName)
                                                                     : ep.hostName;
    ep.url = QStringLiteral("tcp://%1:%2%3").arg(bracketed).arg(ep.port).arg(ep.basePath);
    return ep;
}

} // namespace bulwark
