#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bulwark {

// What went wrong talking to a Docker Engine. Each kind maps to one thing the
// user can do about it, which is why the kinds are this fine-grained.
enum class ErrorKind {
    None,
    InvalidHost,          // the host URL or context could not be understood
    ContextNotFound,      // a named docker context does not exist
    SocketMissing,        // unix socket path does not exist
    PermissionDenied,     // unix socket exists but we may not open it
    ConnectionRefused,    // nothing listens there
    HostUnreachable,      // DNS failure, no route
    Timeout,              // connect or transfer timed out
    TlsFailure,           // handshake or verification failed
    TlsFilesMissing,      // a CA/cert/key file given cannot be read
    HttpError,            // the daemon answered with a non-2xx status
    MalformedResponse,    // not JSON, truncated, or JSON of the wrong shape
    ResponseTooLarge,     // over the configured response-size cap
    ApiVersionUnsupported,
    Unsupported,          // e.g. ssh:// hosts
    Cancelled,
    Io,                   // local file errors (output file, config files)
    Internal,
};

struct EngineError {
    ErrorKind kind = ErrorKind::None;
    QString message;   // what failed, in one sentence
    QString hint;      // what the user can do about it
    QString endpoint;  // the host or URL concerned, when known
    int httpStatus = 0;

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    // "message (hint)" suitable for a status line or stderr.
    [[nodiscard]] QString toString() const;
    // Stable machine name of the kind, e.g. "permission_denied".
    [[nodiscard]] static QString kindName(ErrorKind kind);

    static EngineError make(ErrorKind kind, QString message, QString hint = {}, QString endpoint = {});
};

// Minimal expected<T, E> (std::expected is C++23). E defaults to EngineError;
// the scan store uses StoreError.
template <typename T, typename E = EngineError>
class Expected {
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    [[nodiscard]] const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace bulwark
