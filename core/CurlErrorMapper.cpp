#include "CurlErrorMapper.h"

#include <QCoreApplication>

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <cerrno>

namespace bulwark::CurlErrorMapper {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct CurlErrorMapperText {
    Q_DECLARE_TR_FUNCTIONS(CurlErrorMapper)
};

QString where(const HostEndpoint &ep) { return ep.url; }

QString socketAccessHint()
{
    return CurlErrorMapperText::tr("Access to the Docker socket is root-equivalent: whoever can use it controls the host. Run Bulwark "
              "with sudo, or have an administrator grant access deliberately (the docker group gives full root "
              "access); a rootless Docker daemon avoids this.");
}

EngineError tlsError(const HostEndpoint &ep, const Failure &f)
{
    const QString detail = f.curlMessage.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(f.curlCode)))
                                                   : f.curlMessage;
    const QString lower = detail.toLower();
    QString message;
    QString hint;
    if (lower.contains(QLatin1String("certificate required")) || lower.contains(QLatin1String("handshake failure"))
        || lower.contains(QLatin1String("bad certificate")) || lower.contains(QLatin1String("unknown ca"))) {
        if (ep.tlsFiles.certFile.isEmpty()) {
            message = CurlErrorMapperText::tr("The daemon at %1 requires a TLS client certificate, and none was given (%2).")
                          .arg(ep.url, detail);
            hint = CurlErrorMapperText::tr("Pass --tls-cert and --tls-key (or set DOCKER_CERT_PATH to a directory with cert.pem and "
                      "key.pem).");
        } else {
            message = CurlErrorMapperText::tr("The daemon at %1 rejected the client certificate %2 (%3).")
                          .arg(ep.url, ep.tlsFiles.certFile, detail);
            hint = CurlErrorMapperText::tr("The client certificate must be signed by the CA the daemon trusts (its --tlscacert) and be "
                      "valid for client authentication.");
        }
    } else if (f.curlCode == CURLE_PEER_FAILED_VERIFICATION || lower.contains(QLatin1String("verify"))
               || lower.contains(QLatin1String("self-signed")) || lower.contains(QLatin1String("issuer"))) {
        message = ep.tlsFiles.caFile.isEmpty()
            ? CurlErrorMapperText::tr("The certificate of %1 could not be verified against the system's trusted CAs (%2).")
                  .arg(ep.url, detail)
            : CurlErrorMapperText::tr("The certificate of %1 could not be verified with the CA certificate %2 (%3).")
                  .arg(ep.url, ep.tlsFiles.caFile, detail);
        hint = CurlErrorMapperText::tr("Use the CA that signed the daemon's certificate (--tls-ca / ca.pem), and connect by a name or IP "
                  "address listed in that certificate.");
    } else if (f.curlCode == CURLE_SSL_CERTPROBLEM) {
        message = CurlErrorMapperText::tr("The client certificate or key could not be used (%1, %2): %3.")
                      .arg(ep.tlsFiles.certFile, ep.tlsFiles.keyFile, detail);
        hint = CurlErrorMapperText::tr("Check that the certificate and key are PEM files that belong together and that the key is not "
                  "encrypted.");
    } else if (f.curlCode == CURLE_SSL_CACERT_BADFILE) {
        message = CurlErrorMapperText::tr("The CA certificate %1 could not be loaded (%2).").arg(ep.tlsFiles.caFile, detail);
        hint = CurlErrorMapperText::tr("Check that the CA file is a PEM certificate.");
    } else if (lower.contains(QLatin1String("wrong version number")) || lower.contains(QLatin1String("packet length"))) {
        message = CurlErrorMapperText::tr("%1 does not speak TLS (%2).").arg(ep.url, detail);
        hint = CurlErrorMapperText::tr("The daemon listens without TLS on this port; connect without TLS only if you trust the network, "
                  "or enable --tlsverify on the daemon.");
    } else {
        message = CurlErrorMapperText::tr("The TLS connection to %1 failed: %2.").arg(ep.url, detail);
        hint = CurlErrorMapperText::tr("Check the CA, client certificate and key, and that the daemon runs with --tlsverify.");
    }
    return EngineError::make(ErrorKind::TlsFailure, message, hint, where(ep));
}
} // namespace

EngineError fromCurl(const HostEndpoint &ep, const QString &path, const Failure &f)
{
    const QString detail = f.curlMessage.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(f.curlCode)))
                                                   : f.curlMessage;
    const bool unixSocket = ep.transport == Transport::Unix;
    switch (f.curlCode) {
    case CURLE_COULDNT_CONNECT:
        if (unixSocket && f.osErrno == ENOENT) {
            return EngineError::make(ErrorKind::SocketMissing,
                                     CurlErrorMapperText::tr("There is no Docker socket at %1.").arg(ep.socketPath),
                                     CurlErrorMapperText::tr("Start the Docker daemon (systemctl start docker), or choose another host "
                                        "with --host, --context or DOCKER_HOST."),
                                     where(ep));
        }
        if (f.osErrno == EACCES || f.osErrno == EPERM) {
            return EngineError::make(ErrorKind::PermissionDenied,
                                     CurlErrorMapperText::tr("Permission denied opening the Docker socket %1.").arg(ep.socketPath),
                                     socketAccessHint(), where(ep));
        }
        if (f.osErrno == ECONNREFUSED) {
            return EngineError::make(
                ErrorKind::ConnectionRefused,
                unixSocket ? CurlErrorMapperText::tr("Nothing is listening on the Docker socket %1 (connection refused).").arg(ep.socketPath)
                           : CurlErrorMapperText::tr("Connection refused by %1:%2.").arg(ep.hostName).arg(ep.port),
                unixSocket ? CurlErrorMapperText::tr("The socket file is stale: the daemon is not running. Start it and retry.")
                           : CurlErrorMapperText::tr("Check that the daemon listens on that address and port (dockerd -H) and that no "
                                "firewall blocks it."),
                where(ep));
        }
        if (f.osErrno == ENOTSOCK || f.osErrno == ENOTDIR) {
            return EngineError::make(ErrorKind::ConnectionRefused,
                                     CurlErrorMapperText::tr("%1 is not a socket.").arg(ep.socketPath),
                                     CurlErrorMapperText::tr("Point Bulwark at the daemon's socket (dockerd -H unix://...)."), where(ep));
        }
        if (f.osErrno == EHOSTUNREACH || f.osErrno == ENETUNREACH) {
            return EngineError::make(ErrorKind::HostUnreachable, CurlErrorMapperText::tr("%1 is unreachable (%2).").arg(ep.url, detail),
                                     CurlErrorMapperText::tr("Check the network route to the host."), where(ep));
        }
        if (f.osErrno == ETIMEDOUT) {
            return EngineError::make(ErrorKind::Timeout, CurlErrorMapperText::tr("Connecting to %1 timed out.").arg(ep.url),
                                     CurlErrorMapperText::tr("Check that the host is up and the port is reachable."), where(ep));
        }
        return EngineError::make(ErrorKind::ConnectionRefused, CurlErrorMapperText::tr("Cannot connect to %1: %2.").arg(ep.url, detail),
                                 CurlErrorMapperText::tr("Check that the Docker daemon is running and reachable."), where(ep));
    case CURLE_COULDNT_RESOLVE_HOST:
        return EngineError::make(ErrorKind::HostUnreachable,
                                 CurlErrorMapperText::tr("The host name %1 could not be resolved.").arg(ep.hostName),
                                 CurlErrorMapperText::tr("Check the spelling of the host, or use its IP address."), where(ep));
    case CURLE_OPERATION_TIMEDOUT:
        return EngineError::make(ErrorKind::Timeout, CurlErrorMapperText::tr("%1 did not answer %2 in time (%3).").arg(ep.url, path, detail),
                                 CurlErrorMapperText::tr("The daemon may be overloaded or hung; retry, or raise the timeout."), where(ep));
    case CURLE_ABORTED_BY_CALLBACK:
        return EngineError::make(ErrorKind::Cancelled, CurlErrorMapperText::tr("The scan was cancelled."), {}, where(ep));
    case CURLE_WRITE_ERROR:
    case CURLE_FILESIZE_EXCEEDED:
        if (f.tooLarge || f.curlCode == CURLE_FILESIZE_EXCEEDED) {
            return EngineError::make(ErrorKind::ResponseTooLarge,
                                     CurlErrorMapperText::tr("The answer to %1 from %2 is larger than the %3 MiB limit.")
                                         .arg(path, ep.url)
                                         .arg(f.sizeCap / (1024 * 1024)),
                                     CurlErrorMapperText::tr("This is not normal for a Docker Engine; check what serves this address."),
                                     where(ep));
        }
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return EngineError::make(ErrorKind::MalformedResponse,
                                 CurlErrorMapperText::tr("The connection to %1 closed before the answer to %2 was complete (%3).")
                                     .arg(ep.url, path, detail),
                                 ep.transport == Transport::Tcp && !ep.tls
                                     ? CurlErrorMapperText::tr("If the daemon uses TLS, connect with TLS (--tls-ca, --tls-cert, --tls-key).")
                                     : CurlErrorMapperText::tr("The daemon may have restarted; retry the scan."),
                                 where(ep));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_INITFAILED:
        return tlsError(ep, f);
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        if (ep.tls && (detail.contains(QLatin1String("SSL")) || detail.contains(QLatin1String("alert"))
                       || detail.contains(QLatin1String("certificate"))))
            return tlsError(ep, f);
        return EngineError::make(ErrorKind::MalformedResponse,
                                 CurlErrorMapperText::tr("The connection to %1 broke during %2 (%3).").arg(ep.url, path, detail),
                                 CurlErrorMapperText::tr("The daemon may have restarted; retry the scan."), where(ep));
    default:
        break;
    }
    return EngineError::make(ErrorKind::Internal, CurlErrorMapperText::tr("Request %1 to %2 failed: %3.").arg(path, ep.url, detail),
                             CurlErrorMapperText::tr("Retry; if it keeps failing, report it with this message."), where(ep));
}

QString daemonMessage(const HttpResponse &response)
{
    const QByteArray body = response.body.trimmed();
    if (body.isEmpty())
        return {};
    if (body.startsWith('{')) {
        const nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (!doc.is_discarded() && doc.is_object()) {
            if (auto it = doc.find("message"); it != doc.end() && it->is_string())
                return QString::fromStdString(it->get<std::string>());
        }
    }
    // Plain-text errors (old API versions, podman, proxies): keep them short.
    return QString::fromUtf8(body.left(500)).simplified();
}

EngineError fromHttpStatus(const HostEndpoint &ep, const QString &path, const HttpResponse &response)
{
    const QString msg = daemonMessage(response);
    const int status = response.status;
    EngineError e;
    if (status == 400 && msg.contains(QLatin1String("HTTPS server"))) {
        e = EngineError::make(ErrorKind::TlsFailure, CurlErrorMapperText::tr("The daemon at %1 requires TLS (%2).").arg(ep.url, msg),
                              CurlErrorMapperText::tr("Connect with TLS: give --tls-ca, --tls-cert and --tls-key, or use the docker "
                                 "context that has them."),
                              where(ep));
    } else if (status == 400 && msg.contains(QLatin1String("client version"))) {
        e = EngineError::make(ErrorKind::ApiVersionUnsupported, CurlErrorMapperText::tr("The daemon refused the API version: %1").arg(msg),
                              CurlErrorMapperText::tr("Unset DOCKER_API_VERSION, or upgrade the daemon or Bulwark."), where(ep));
    } else {
        QString hint;
        switch (status) {
        case 401:
        case 403:
            hint = CurlErrorMapperText::tr("An authorization plugin or a proxy in front of the daemon refused the request.");
            break;
        case 404:
            hint = CurlErrorMapperText::tr("The object may have been removed while the scan ran; scan again.");
            break;
        case 500:
        case 503:
            hint = CurlErrorMapperText::tr("The daemon reported an internal error; check its log (journalctl -u docker).");
            break;
        default:
            hint = CurlErrorMapperText::tr("See the daemon's message above.");
        }
        e = EngineError::make(ErrorKind::HttpError,
                              msg.isEmpty() ? CurlErrorMapperText::tr("%1 answered %2 with HTTP %3.").arg(ep.url, path).arg(status)
                                            : CurlErrorMapperText::tr("%1 answered %2 with HTTP %3: %4").arg(ep.url, path).arg(status).arg(msg),
                              hint, where(ep));
    }
    e.httpStatus = status;
    return e;
}

} // namespace bulwark::CurlErrorMapper
