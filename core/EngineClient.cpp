#include "EngineClient.h"

#include "CurlErrorMapper.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QVersionNumber>

#include <curl/curl.h>

#include <deque>
#include <mutex>

namespace bulwark {

QString apiPathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct EngineClientText {
    Q_DECLARE_TR_FUNCTIONS(EngineClient)
};

// libcurl's global init is not thread-safe before 7.84; do it once.
void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
    CURL *easy = nullptr;
    int index = -1;
    QString path;
    HttpResponse response;
    qint64 cap = 0;
    bool tooLarge = false;
    const std::atomic_bool *cancel = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->response.body.size() + qint64(n) > t->cap) {
        t->tooLarge = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    t->response.body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response.headers.clear(); // a new response (e.g. after 100 Continue)
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->response.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *t = static_cast<Transfer *>(user);
    return (t->cancel && t->cancel->load()) ? 1 : 0;
}

QString versionedPath(const QString &api, const QString &path)
{
    return api.isEmpty() ? path : QStringLiteral("/v") + api + path;
}
} // namespace

struct EngineClient::Impl {
    CURLM *multi = nullptr;
    std::vector<CURL *> idle; // easy handles kept for reuse

    Impl()
    {
        globalInit();
        multi = curl_multi_init();
    }
    ~Impl()
    {
        for (CURL *e : idle)
            curl_easy_cleanup(e);
        curl_multi_cleanup(multi);
    }
    CURL *takeEasy()
    {
        if (idle.empty())
            return curl_easy_init();
        CURL *e = idle.back();
        idle.pop_back();
        curl_easy_reset(e);
        return e;
    }
    void run(const HostEndpoint &ep, const ClientLimits &limits, const std::atomic_bool *cancel,
             const QStringList &paths, bool head, const Sink &sink, const std::function<void(int, int)> &progress);
    Expected<HttpResponse> runOne(const HostEndpoint &ep, const ClientLimits &limits, const std::atomic_bool *cancel,
                                  const QString &path, bool head)
    {
        std::optional<Expected<HttpResponse>> result;
        run(ep, limits, cancel, {path}, head, [&](int, Expected<HttpResponse> &&r) { result = std::move(r); }, {});
        return std::move(*result);
    }
};

EngineClient::EngineClient(HostEndpoint endpoint, ClientLimits limits)
    : d(std::make_unique<Impl>())
    , m_endpoint(std::move(endpoint))
    , m_limits(limits)
{
    curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(std::max(1, m_limits.maxParallel)));
}

EngineClient::~EngineClient() = default;

void EngineClient::setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

QString EngineClient::maxApiVersion() { return QStringLiteral("1.47"); }
QString EngineClient::minApiVersion() { return QStringLiteral("1.30"); }

namespace {

// Checks TLS files before libcurl does, so the error can name the file.
std::optional<EngineError> checkTlsFiles(const HostEndpoint &ep)
{
    if (ep.transport != Transport::Tcp || !ep.tls)
        return std::nullopt;
    const struct {
        const QString &path;
        const char *what;
    } files[] = {{ep.tlsFiles.caFile, "CA certificate"},
                 {ep.tlsFiles.certFile, "client certificate"},
                 {ep.tlsFiles.keyFile, "client key"}};
    for (const auto &f : files) {
        if (f.path.isEmpty())
            continue;
        const QFileInfo fi(f.path);
        if (!fi.exists() || !fi.isReadable()) {
            return EngineError::make(
                ErrorKind::TlsFilesMissing,
                QCoreApplication::translate("EngineClient", "The TLS %1 file %2 cannot be read.")
                    .arg(QCoreApplication::translate("EngineClient", f.what), f.path),
                QCoreApplication::translate("EngineClient",
                                            "Check the path (DOCKER_CERT_PATH, the context's TLS files or "
                                            "--tls-ca/--tls-cert/--tls-key) and its permissions."),
                ep.url);
        }
    }
    if (ep.tlsFiles.certFile.isEmpty() != ep.tlsFiles.keyFile.isEmpty()) {
        return EngineError::make(
            ErrorKind::TlsFilesMissing,
            QCoreApplication::translate("EngineClient", "A TLS client certificate needs both the certificate and "
                                                        "its key; only one was given."),
            QCoreApplication::translate("EngineClient", "Give both --tls-cert and --tls-key (cert.pem and key.pem)."),
            ep.url);
    }
    return std::nullopt;
}

// What fails before any connection: TLS files that cannot be read, a transport libcurl is not asked to speak.
std::optional<EngineError> preflight(const HostEndpoint &ep)
{
    if (std::optional<EngineError> tls = checkTlsFiles(ep))
        return tls;
    if (ep.transport != Transport::Unix && ep.transport != Transport::Tcp) {
        return EngineError::make(
            ErrorKind::Unsupported,
            EngineClientText::tr("%1:// hosts are not supported.").arg(transportName(ep.transport)), {}, ep.url);
    }
    return std::nullopt;
}

// A finished transfer's response, or the error it ended with. Call before the handle is removed.
Expected<HttpResponse> outcome(Transfer &t, CURLcode code, const HostEndpoint &ep)
{
    if (code != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(t.easy, CURLINFO_OS_ERRNO, &osErrno);
        CurlErrorMapper::Failure f{int(code), int(osErrno), QString::fromUtf8(t.errorBuffer), t.tooLarge, t.cap};
        return CurlErrorMapper::fromCurl(ep, t.path, f);
    }
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    t.response.status = int(status);
    if (status < 200 || status >= 300)
        return CurlErrorMapper::fromHttpStatus(ep, t.path, t.response);
    return std::move(t.response);
}

void configure(Transfer &t, const HostEndpoint &ep, const ClientLimits &limits, const QString &path, bool head)
{
    CURL *e = t.easy;
    const QByteArray url = ep.requestUrl(path).toUtf8();
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // libcurl copies strings
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Bulwark/" BULWARK_VERSION);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(limits.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(limits.requestTimeoutMs));
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxResponseBytes));
    if (head)
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    if (ep.transport == Transport::Unix) {
        const QByteArray sock = ep.socketPath.toLocal8Bit();
        curl_easy_setopt(e, CURLOPT_UNIX_SOCKET_PATH, sock.constData());
    }
    if (ep.transport == Transport::Tcp && ep.tls) {
        if (!ep.tlsFiles.caFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_CAINFO, ep.tlsFiles.caFile.toLocal8Bit().constData());
        if (!ep.tlsFiles.certFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_SSLCERT, ep.tlsFiles.certFile.toLocal8Bit().constData());
        if (!ep.tlsFiles.keyFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_SSLKEY, ep.tlsFiles.keyFile.toLocal8Bit().constData());
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, ep.tlsFiles.verify ? 1L : 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, ep.tlsFiles.verify ? 2L : 0L);
        curl_easy_setopt(e, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    }
}

} // namespace

// Runs transfers through the multi handle, at most maxParallel at a time.
// Each result goes to sink(index, result) as soon as it completes, so callers
// can parse one body while the daemon is still producing the next.
static void runTransfers(CURLM *multi, std::vector<CURL *> &idle, const std::function<CURL *()> &takeEasy,
                         const HostEndpoint &ep, const ClientLimits &limits, const std::atomic_bool *cancel,
                         const QStringList &paths, bool head, const EngineClient::Sink &sink,
                         const std::function<void(int, int)> &progress)
{
    const int total = int(paths.size());
    std::vector<bool> delivered(size_t(total), false);
    auto deliver = [&](int index, Expected<HttpResponse> result) {
        delivered[size_t(index)] = true;
        sink(index, std::move(result));
    };
    std::deque<Transfer> transfers; // stable addresses
    int next = 0;
    int running = 0;
    int done = 0;
    const int parallel = std::max(1, limits.maxParallel);

    auto startNext = [&] {
        while (running < parallel && next < total) {
            Transfer &t = transfers.emplace_back();
            t.easy = takeEasy();
            t.index = next;
            t.path = paths.at(next);
            t.cap = limits.maxResponseBytes;
            t.cancel = cancel;
            configure(t, ep, limits, t.path, head);
            curl_multi_add_handle(multi, t.easy);
            ++next;
            ++running;
        }
    };

    startNext();
    int stillRunning = 0;
    while (running > 0) {
        CURLMcode mc = curl_multi_perform(multi, &stillRunning);
        if (mc != CURLM_OK)
            break;
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            deliver(t->index, outcome(*t, msg->data.result, ep));
            curl_multi_remove_handle(multi, t->easy);
            idle.push_back(t->easy);
            t->easy = nullptr;
            t->response = {};
            --running;
            ++done;
            if (progress)
                progress(done, total);
        }
        if (cancel && cancel->load() && next < total) {
            // Do not start new work; in-flight transfers abort through their progress callback.
            for (int i = next; i < total; ++i)
                deliver(i, EngineError::make(ErrorKind::Cancelled, EngineClientText::tr("The scan was cancelled.")));
            next = total;
        }
        startNext();
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }

    for (int i = 0; i < total; ++i) {
        if (!delivered[size_t(i)])
            sink(i, EngineError::make(ErrorKind::Internal, EngineClientText::tr("The request did not complete.")));
    }
}

void EngineClient::Impl::run(const HostEndpoint &ep, const ClientLimits &limits, const std::atomic_bool *cancel,
                             const QStringList &paths, bool head, const Sink &sink,
                             const std::function<void(int, int)> &progress)
{
    if (std::optional<EngineError> early = preflight(ep)) {
        for (int i = 0; i < int(paths.size()); ++i)
            sink(i, *early);
        return;
    }
    runTransfers(multi, idle, [this] { return takeEasy(); }, ep, limits, cancel, paths, head, sink, progress);
}

Expected<HttpResponse> EngineClient::get(const QString &path)
{
    return d->runOne(m_endpoint, m_limits, m_cancel, versionedPath(m_apiVersion, path), false);
}

Expected<HttpResponse> EngineClient::head(const QString &path)
{
    return d->runOne(m_endpoint, m_limits, m_cancel, versionedPath(m_apiVersion, path), true);
}

Expected<nlohmann::json> parseJsonBody(const QByteArray &body, const QString &what)
{
    try {
        return nlohmann::json::parse(body.constBegin(), body.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        return EngineError::make(
            ErrorKind::MalformedResponse,
            QCoreApplication::translate("EngineClient", "The daemon's answer to %1 is not valid JSON (%2 bytes; %3).")
                .arg(what)
                .arg(body.size())
                .arg(QString::fromUtf8(e.what())),
            QCoreApplication::translate("EngineClient",
                                        "The response was truncated or is not from a Docker Engine; check that "
                                        "the host points at a Docker daemon and retry."));
    }
}

Expected<nlohmann::json> EngineClient::getJson(const QString &path)
{
    Expected<HttpResponse> r = get(path);
    if (!r)
        return r.error();
    return parseJsonBody(r->body, QStringLiteral("GET ") + path);
}

void EngineClient::getJsonEach(const QStringList &paths, const JsonSink &each, const std::function<void(int, int)> &progress)
{
    QStringList full;
    full.reserve(paths.size());
    for (const QString &p : paths)
        full.append(versionedPath(m_apiVersion, p));
    d->run(m_endpoint, m_limits, m_cancel, full, false,
           [&](int i, Expected<HttpResponse> &&r) {
               if (!r)
                   each(i, r.error());
               else
                   each(i, parseJsonBody(r->body, QStringLiteral("GET ") + paths.at(i)));
           },
           progress);
}

std::vector<Expected<nlohmann::json>> EngineClient::getJsonMany(const QStringList &paths,
                                                                const std::function<void(int, int)> &progress)
{
    std::vector<std::optional<Expected<nlohmann::json>>> parsed(size_t(paths.size()));
    getJsonEach(paths, [&](int i, Expected<nlohmann::json> &&doc) { parsed[size_t(i)] = std::move(doc); }, progress);
    std::vector<Expected<nlohmann::json>> out;
    out.reserve(parsed.size());
    for (auto &p : parsed)
        out.push_back(std::move(*p));
    return out;
}

namespace {

// A streamed GET: the body goes to the caller as it arrives instead of into a buffer.
struct StreamTransfer {
    Transfer transfer; // configure() and onHeader work on it
    const EngineClient::StreamHandlers *handlers = nullptr;
    bool headDelivered = false;
    bool stoppedByCaller = false;
};

void deliverHead(StreamTransfer *s, long status)
{
    if (s->headDelivered || status < 200 || status >= 300)
        return;
    s->headDelivered = true;
    s->transfer.response.status = int(status);
    if (s->handlers->onHead)
        s->handlers->onHead(s->transfer.response);
}

// The head is announced when the headers end, not with the first body byte: a quiet
// container's log may not send one for hours.
size_t onStreamHeader(char *data, size_t size, size_t count, void *user)
{
    auto *s = static_cast<StreamTransfer *>(user);
    const size_t n = onHeader(data, size, count, &s->transfer);
    if (n == 2 || (n == 1 && data[0] == '\n')) {
        long status = 0;
        curl_easy_getinfo(s->transfer.easy, CURLINFO_RESPONSE_CODE, &status);
        deliverHead(s, status);
    }
    return n;
}

size_t onStreamBody(char *data, size_t size, size_t count, void *user)
{
    auto *s = static_cast<StreamTransfer *>(user);
    const size_t n = size * count;
    long status = 0;
    curl_easy_getinfo(s->transfer.easy, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300) {
        // An error answer: keep enough of it for the daemon's message.
        if (s->transfer.response.body.size() < 64 * 1024)
            s->transfer.response.body.append(data, qsizetype(n));
        return n;
    }
    deliverHead(s, status);
    if (s->handlers->onData && !s->handlers->onData(data, qsizetype(n))) {
        s->stoppedByCaller = true;
        return 0; // not n: libcurl ends the transfer
    }
    return n;
}

int onStreamProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *s = static_cast<StreamTransfer *>(user);
    if ((s->transfer.cancel && s->transfer.cancel->load()) || (s->handlers->stop && s->handlers->stop())) {
        s->stoppedByCaller = true;
        return 1;
    }
    return 0;
}

} // namespace

Expected<HttpResponse> EngineClient::getStream(const QString &path, const StreamHandlers &handlers)
{
    if (std::optional<EngineError> early = preflight(m_endpoint))
        return *early;
    StreamTransfer s;
    s.handlers = &handlers;
    Transfer &t = s.transfer;
    t.easy = d->takeEasy();
    t.path = versionedPath(m_apiVersion, path);
    t.cancel = m_cancel;
    configure(t, m_endpoint, m_limits, t.path, false);
    CURL *e = t.easy;
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 0L); // a followed stream may stay quiet for hours
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(0));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onStreamBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onStreamHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &s);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, onStreamProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &s);
    // Fewer, larger reads when a container floods its log.
    curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 256L * 1024);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPIDLE, 30L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPINTVL, 10L);
    curl_multi_add_handle(d->multi, e);

    CURLcode code = CURLE_OK;
    bool done = false;
    for (;;) {
        int running = 0;
        if (curl_multi_perform(d->multi, &running) != CURLM_OK)
            break;
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &queued)) {
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == e) {
                code = msg->data.result;
                done = true;
            }
        }
        if (handlers.onIdle)
            handlers.onIdle();
        if (done)
            break;
        // Checked here too: libcurl calls the progress callback only about once a second while idle.
        if ((m_cancel && m_cancel->load()) || (handlers.stop && handlers.stop())) {
            s.stoppedByCaller = true;
            break;
        }
        curl_multi_poll(d->multi, nullptr, 0, 100, nullptr);
    }
    auto finished = [&]() -> Expected<HttpResponse> {
        if (s.stoppedByCaller || code == CURLE_ABORTED_BY_CALLBACK)
            return EngineError::make(ErrorKind::Cancelled, EngineClientText::tr("The stream was stopped."), {},
                                     m_endpoint.url);
        if (!done)
            return EngineError::make(ErrorKind::Internal, EngineClientText::tr("The request did not complete."), {},
                                     m_endpoint.url);
        return outcome(t, code, m_endpoint);
    };
    Expected<HttpResponse> result = finished();
    curl_multi_remove_handle(d->multi, e);
    d->idle.push_back(e);
    t.easy = nullptr;
    if (result)
        result->body.clear();
    return result;
}

Expected<PingInfo> EngineClient::ping()
{
    // HEAD first, as the docker CLI does; some proxies only allow GET.
    Expected<HttpResponse> r = d->runOne(m_endpoint, m_limits, m_cancel, QStringLiteral("/_ping"), true);
    if (!r && r.error().kind == ErrorKind::HttpError)
        r = d->runOne(m_endpoint, m_limits, m_cancel, QStringLiteral("/_ping"), false);
    if (!r)
        return r.error();

    PingInfo info;
    info.apiVersion = QString::fromLatin1(r->headers.value("api-version"));
    info.osType = QString::fromLatin1(r->headers.value("ostype"));
    info.experimental = r->headers.value("docker-experimental") == "true";
    if (info.apiVersion.isEmpty()) {
        return EngineError::make(ErrorKind::MalformedResponse,
                                 EngineClientText::tr("%1 answered, but not like a Docker Engine (no Api-Version header on /_ping).")
                                     .arg(m_endpoint.url),
                                 EngineClientText::tr("Check the host and port; this looks like a different service."),
                                 m_endpoint.url);
    }
    const QVersionNumber server = QVersionNumber::fromString(info.apiVersion);
    const QVersionNumber clientMax = QVersionNumber::fromString(maxApiVersion());
    if (server < QVersionNumber::fromString(minApiVersion())) {
        return EngineError::make(ErrorKind::ApiVersionUnsupported,
                                 EngineClientText::tr("The Docker Engine at %1 speaks API %2; Bulwark needs at least %3.")
                                     .arg(m_endpoint.url, info.apiVersion, minApiVersion()),
                                 EngineClientText::tr("Upgrade the Docker Engine."), m_endpoint.url);
    }
    info.negotiatedVersion = server < clientMax ? info.apiVersion : maxApiVersion();
    const QString pinned = qEnvironmentVariable("DOCKER_API_VERSION");
    if (!pinned.isEmpty() && !QVersionNumber::fromString(pinned).isNull())
        info.negotiatedVersion = pinned;
    m_apiVersion = info.negotiatedVersion;
    return info;
}

} // namespace bulwark
