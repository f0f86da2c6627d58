#pragma once

#include "EngineError.h"
#include "HostEndpoint.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace bulwark {

struct ClientLimits {
    int connectTimeoutMs = 5000;
    int requestTimeoutMs = 60000;
    qint64 maxResponseBytes = 256LL * 1024 * 1024; // a single response larger than this is refused
    int maxParallel = 8;                           // concurrent requests in getMany()
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray contentType() const { return headers.value("content-type"); }
};

struct PingInfo {
    QString apiVersion;      // server maximum (Api-Version header)
    QString negotiatedVersion;
    QString osType;
    bool experimental = false;
};

// A read-only client of one Docker Engine. It only ever issues GET and HEAD:
// a scan must never change the daemon, and the absence of any other verb in
// this class is what guarantees it.
// An id or name as one segment of an Engine API path ("/containers/%1/json"):
// percent-encoded, so a name can never reach another endpoint.
QString apiPathSegment(const QString &id);

class EngineClient {
public:
    using Sink = std::function<void(int index, Expected<HttpResponse> &&result)>;

    explicit EngineClient(HostEndpoint endpoint, ClientLimits limits = {});
    ~EngineClient();
    EngineClient(const EngineClient &) = delete;
    EngineClient &operator=(const EngineClient &) = delete;

    // Checked by every transfer's progress callback; set it to abort in-flight requests.
    void setCancelFlag(const std::atomic_bool *cancel);

    // HEAD/GET /_ping and API version negotiation; required before versioned calls.
    Expected<PingInfo> ping();
    [[nodiscard]] QString apiVersion() const { return m_apiVersion; }
    [[nodiscard]] const HostEndpoint &endpoint() const { return m_endpoint; }

    // GET /v<api>/path. Non-2xx become HttpError carrying the daemon's own message.
    Expected<HttpResponse> get(const QString &path);
    Expected<HttpResponse> head(const QString &path);
    Expected<nlohmann::json> getJson(const QString &path);

    // Many GETs at once over up to limits.maxParallel connections; results in input order.
    // progress(done, total) is called from this thread as transfers finish.
    std::vector<Expected<nlohmann::json>> getJsonMany(const QStringList &paths,
                                                      const std::function<void(int, int)> &progress = {});
    // The same, handing each parsed answer to each(index, document) as soon as it arrives, in
    // completion order, on this thread: work done there overlaps the daemon's on the others.
    using JsonSink = std::function<void(int index, Expected<nlohmann::json> &&document)>;
    void getJsonEach(const QStringList &paths, const JsonSink &each, const std::function<void(int, int)> &progress = {});

    // A GET whose body is handed to onData as it arrives, for answers that stay open
    // (logs with follow=1, /events). Unlike get() it has no total timeout and no size
    // cap, and TCP keep-alive notices a peer that vanished. Returns the response head
    // (status, headers, empty body) when the daemon ends the stream; an error when the
    // connection breaks or the daemon answers non-2xx; Cancelled when the cancel flag
    // is set, stop() returns true or onData returns false.
    struct StreamHandlers {
        std::function<void(const HttpResponse &head)> onHead;         // once, before the first body byte of a 2xx answer
        std::function<bool(const char *data, qsizetype size)> onData; // false stops the transfer
        std::function<bool()> stop;                                   // polled about ten times a second
        // After each round of reading, when everything received so far went to onData:
        // where a consumer flushes what it gathered, instead of once per daemon write.
        std::function<void()> onIdle;
    };
    Expected<HttpResponse> getStream(const QString &path, const StreamHandlers &handlers);

    // The highest API version Bulwark speaks.
    static QString maxApiVersion();
    static QString minApiVersion();

    struct Impl; // libcurl state; public so the transfer loop in the .cpp can name it

private:
    std::unique_ptr<Impl> d;
    HostEndpoint m_endpoint;
    ClientLimits m_limits;
    QString m_apiVersion;
    const std::atomic_bool *m_cancel = nullptr;
};

// Parse a JSON body, mapping failures to MalformedResponse with the path named.
Expected<nlohmann::json> parseJsonBody(const QByteArray &body, const QString &what);

} // namespace bulwark
