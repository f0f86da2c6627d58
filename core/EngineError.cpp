#include "EngineError.h"

namespace bulwark {

QString EngineError::toString() const
{
    if (hint.isEmpty())
        return message;
    return message + QStringLiteral(" — ") + hint;
}

QString EngineError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::InvalidHost: return QStringLiteral("invalid_host");
    case ErrorKind::ContextNotFound: return QStringLiteral("context_not_found");
    case ErrorKind::SocketMissing: return QStringLiteral("socket_missing");
    case ErrorKind::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorKind::ConnectionRefused: return QStringLiteral("connection_refused");
    case ErrorKind::HostUnreachable: return QStringLiteral("host_unreachable");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::TlsFailure: return QStringLiteral("tls_failure");
    case ErrorKind::TlsFilesMissing: return QStringLiteral("tls_files_missing");
    case ErrorKind::HttpError: return QStringLiteral("http_error");
    case ErrorKind::MalformedResponse: return QStringLiteral("malformed_response");
    case ErrorKind::ResponseTooLarge: return QStringLiteral("response_too_large");
    case ErrorKind::ApiVersionUnsupported: return QStringLiteral("api_version_unsupported");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

EngineError EngineError::make(ErrorKind kind, QString message, QString hint, QString endpoint)
{
    EngineError e;
    e.kind = kind;
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.endpoint = std::move(endpoint);
    return e;
}

} // namespace bulwark
