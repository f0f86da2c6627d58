#include "LogStream.h"

#include "EngineClient.h"
#include "LogClassifier.h"
#include "LogTimestamp.h"

namespace bulwark {

namespace {

bool notFound(const EngineError &e) { return e.kind == ErrorKind::HttpError && e.httpStatus == 404; }

} // namespace

LogStream::LogStream(HostEndpoint endpoint, LogStreamOptions options)
    : m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
    , m_demux(LogDemuxer::Framing::Multiplexed, true, m_options.maxLineLength)
{
    m_filter.setMargin(m_options.replayMarginNs);
    m_filter.setFloor(m_options.sinceNs);
}

void LogStream::status(StreamStatus::Kind kind, const QString &message, const EngineError &error)
{
    if (!m_statusSink)
        return;
    StreamStatus s;
    s.kind = kind;
    s.source = m_name.isEmpty() ? m_options.container : m_name;
    s.containerId = m_id;
    s.atNs = LogTimestamp::nowNs();
    s.lastSeenNs = m_filter.lastTime();
    s.resumeFromNs = m_resumeFrom;
    s.duplicatesSkipped = m_duplicates;
    s.error = error;
    s.message = message;
    if (kind == StreamStatus::Kind::Resumed)
        s.gapMs = (s.atNs - m_gapStartNs) / 1'000'000;
    m_statusSink(s);
}

Expected<LogStream::ContainerState> LogStream::inspect(EngineClient &client, const QString &ref)
{
    Expected<nlohmann::json> doc = client.getJson(QStringLiteral("/containers/%1/json").arg(apiPathSegment(ref)));
    if (!doc)
        return doc.error();
    const nlohmann::json &j = *doc;
    ContainerState c;
    if (!j.is_object() || !j.contains("Id") || !j["Id"].is_string()) {
        return EngineError::make(ErrorKind::MalformedResponse,
                                 tr("The daemon's description of container %1 has no Id.").arg(ref),
                                 tr("Check that the host is a Docker Engine."), m_endpoint.url);
    }
    c.id = QString::fromStdString(j["Id"].get<std::string>());
    c.name = QString::fromStdString(j.value("Name", std::string()));
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    if (auto cfg = j.find("Config"); cfg != j.end() && cfg->is_object())
        c.tty = cfg->value("Tty", false);
    if (auto st = j.find("State"); st != j.end() && st->is_object()) {
        c.running = st->value("Running", false);
        c.startedAt = QString::fromStdString(st->value("StartedAt", std::string()));
    }
    return c;
}

QString LogStream::logsPath() const
{
    QString path = QStringLiteral("/containers/%1/logs?timestamps=1&stdout=%2&stderr=%3")
                       .arg(apiPathSegment(m_id.isEmpty() ? m_options.container : m_id))
                       .arg(m_options.showStdout ? 1 : 0)
                       .arg(m_options.showStderr ? 1 : 0);
    if (m_options.follow)
        path += QStringLiteral("&follow=1");
    if (m_resumed && m_resumeFrom != LogLine::NoTime) {
        path += QStringLiteral("&since=") + LogTimestamp::apiParameter(m_resumeFrom);
    } else {
        if (m_options.sinceNs != LogLine::NoTime)
            path += QStringLiteral("&since=") + LogTimestamp::apiParameter(m_options.sinceNs);
        if (m_options.tail >= 0)
            path += QStringLiteral("&tail=%1").arg(m_options.tail);
    }
    if (m_options.untilNs != LogLine::NoTime)
        path += QStringLiteral("&until=") + LogTimestamp::apiParameter(m_options.untilNs);
    return path;
}

void LogStream::deliver()
{
    struct ClearAfter {
        LogBatch &batch;
        ~ClearAfter() { batch.clear(); }
    } clearAfter{m_batch};
    if (m_batch.isEmpty())
        return;
    m_duplicates += m_filter.filter(m_batch);
    // The daemon's own in-band errors are not container output: report them as status.
    std::vector<LogLine> &lines = m_batch.lines();
    size_t out = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].stream == LogStreamKind::Daemon)
            status(StreamStatus::Kind::DaemonMessage, m_batch.textString(lines[i]));
        else
            lines[out++] = lines[i];
    }
    lines.resize(out);
    if (m_batch.isEmpty())
        return;
    if (m_options.classify)
        LogClassifier::classify(m_batch);
    m_delivered += m_batch.size();
    if (m_batchSink)
        m_batchSink(m_batch);
}

bool LogStream::onData(const char *data, qsizetype size)
{
    // The daemon writes one chunk per line: gather them and deliver per read round (onIdle),
    // or sooner when a batch grows large.
    const bool ok = m_demux.feed(data, size, m_batch);
    if (!ok) {
        m_demuxFailed = true;
        deliver();
        return false;
    }
    if (m_batch.size() >= MaxBatchLines || m_batch.byteSize() >= MaxBatchBytes)
        deliver();
    return !m_control.stopRequested();
}

LogStreamEnd LogStream::removed()
{
    status(StreamStatus::Kind::ContainerRemoved, tr("Container %1 was removed.").arg(m_name));
    return LogStreamEnd::ContainerRemoved;
}

Expected<LogStream::ContainerState> LogStream::reconnect(EngineClient &client, Backoff &backoff)
{
    StreamStatus waiting;
    waiting.source = m_name;
    waiting.containerId = m_id;
    waiting.lastSeenNs = m_filter.lastTime();
    for (;;) {
        if (!m_control.waitToReconnect(backoff, waiting, m_endpoint.url, m_statusSink))
            return EngineError::make(ErrorKind::Cancelled, tr("The log stream was stopped."));
        Expected<ContainerState> c = inspect(client, m_id);
        if (c || !StreamControl::retryable(c.error()))
            return c;
    }
}

Expected<LogStreamEnd> LogStream::run()
{
    using Kind = StreamStatus::Kind;
    using Reconnect = LogStreamOptions::Reconnect;
    EngineClient client(m_endpoint, m_options.limits);
    client.setCancelFlag(m_control.cancelFlag());
    if (Expected<PingInfo> ping = client.ping(); !ping)
        return ping.error().kind == ErrorKind::Cancelled ? Expected<LogStreamEnd>(LogStreamEnd::Stopped) : ping.error();
    Expected<ContainerState> first = inspect(client, m_options.container);
    if (!first) {
        if (notFound(first.error())) {
            EngineError e = first.error();
            e.message = tr("There is no container %1 on %2.").arg(m_options.container, m_endpoint.url);
            e.hint = tr("Check the name or id with `docker ps -a`.");
            return e;
        }
        return first.error();
    }
    ContainerState state = *first;
    m_id = state.id;
    m_name = state.name;
    m_tty = state.tty;
    m_batch.containerId = m_id;
    m_batch.containerName = m_name;
    // A TTY merges both outputs into one stream that the daemon calls stdout.
    m_filter.setStreams(m_options.showStdout || m_tty, m_options.showStderr && !m_tty);

    Backoff backoff = m_options.backoff;
    bool announcedStop = false;
    StreamStatus::Kind pendingNote = Kind::Connected;
    for (;;) {
        if (m_control.stopRequested())
            return LogStreamEnd::Stopped;
        m_demux.reset();
        m_demux.setFraming(m_tty ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed);
        m_demuxFailed = false;
        if (m_resumed) {
            m_resumeFrom = m_filter.resumeSince();
            m_filter.beginReplay();
        }
        EngineClient::StreamHandlers handlers;
        handlers.onHead = [&](const HttpResponse &head) {
            // From API 1.42 the daemon says which framing it uses; older ones need Config.Tty.
            const QByteArray type = head.contentType();
            if (type.startsWith("application/vnd.docker.raw-stream"))
                m_demux.setFraming(LogDemuxer::Framing::Raw);
            else if (type.startsWith("application/vnd.docker.multiplexed-stream"))
                m_demux.setFraming(LogDemuxer::Framing::Multiplexed);
            backoff.reset();
            if (pendingNote == Kind::Resumed) {
                status(Kind::Resumed,
                       m_resumeFrom == LogLine::NoTime
                           ? tr("Reconnected to %1; reading the log again.").arg(m_name)
                           : tr("Reconnected to %1; resuming the log from %2.")
                                 .arg(m_name, QString::fromLatin1(LogTimestamp::formatUtc(m_resumeFrom))));
            } else if (pendingNote == Kind::Connected) {
                status(Kind::Connected, tr("Reading the log of %1.").arg(m_name));
            }
            pendingNote = Kind::Ended; // nothing more to announce for this request
        };
        handlers.onData = [this](const char *data, qsizetype size) { return onData(data, size); };
        handlers.stop = [this] { return m_control.stopRequested(); };
        handlers.onIdle = [this] { deliver(); };

        m_batch.clear();
        Expected<HttpResponse> r = client.getStream(logsPath(), handlers);
        if (!r || m_demux.error() != LogDemuxer::Error::None)
            m_batch.clear(); // lines of a broken read come again on resume; a failed one already went out
        if (r && m_demux.error() == LogDemuxer::Error::None) {
            const bool complete = m_demux.finish(m_batch);
            deliver();
            if (!complete) {
                // Closed inside a frame: the rest of that message comes again on resume.
                r = EngineError::make(ErrorKind::MalformedResponse, m_demux.errorString(), {}, m_endpoint.url);
            }
        }
        if (m_demuxFailed) {
            return EngineError::make(ErrorKind::MalformedResponse,
                                     tr("The log of %1 could not be read: %2").arg(m_name, m_demux.errorString()),
                                     tr("Check that the host is a Docker Engine and not a proxy that changes answers."),
                                     m_endpoint.url);
        }
        m_resumed = true;

        if (!r) {
            const EngineError &e = r.error();
            if (e.kind == ErrorKind::Cancelled)
                return LogStreamEnd::Stopped;
            if (notFound(e))
                return removed();
            if (m_options.reconnect == Reconnect::Never || !StreamControl::retryable(e))
                return e;
            m_gapStartNs = LogTimestamp::nowNs();
            ++m_reconnects;
            status(Kind::Disconnected, tr("The log stream of %1 broke: %2").arg(m_name, e.message), e);
            Expected<ContainerState> again = reconnect(client, backoff);
            if (!again) {
                if (again.error().kind == ErrorKind::Cancelled)
                    return LogStreamEnd::Stopped;
                if (notFound(again.error()))
                    return removed();
                return again.error();
            }
            // Whatever the container does now, read what was logged during the gap first.
            state = *again;
            pendingNote = Kind::Resumed;
            continue;
        }

        // The daemon ended the stream: everything was read, or the followed container stopped.
        if (!m_options.follow)
            return LogStreamEnd::Complete;
        if (m_options.reconnect == Reconnect::Never)
            return LogStreamEnd::ContainerStopped;
        const QString startedBefore = state.startedAt;
        int pollDelay = std::min(backoff.initialMs(), m_options.containerPollMaxMs);
        for (;;) {
            Expected<ContainerState> now = inspect(client, m_id);
            if (!now) {
                const EngineError &e = now.error();
                if (e.kind == ErrorKind::Cancelled)
                    return LogStreamEnd::Stopped;
                if (notFound(e))
                    return removed();
                if (!StreamControl::retryable(e))
                    return e;
                m_gapStartNs = LogTimestamp::nowNs();
                ++m_reconnects;
                status(Kind::Disconnected, tr("Lost the connection to %1: %2").arg(m_endpoint.url, e.message), e);
                now = reconnect(client, backoff);
                if (!now) {
                    if (now.error().kind == ErrorKind::Cancelled)
                        return LogStreamEnd::Stopped;
                    continue;
                }
                pendingNote = Kind::Resumed;
            }
            state = *now;
            if (state.running) {
                if (state.startedAt != startedBefore) {
                    status(Kind::ContainerRestarted, tr("Container %1 started again.").arg(m_name));
                    announcedStop = false;
                } else if (!m_control.sleepFor(backoff.next())) {
                    // Same run, yet the daemon closed the stream: do not hammer it if it keeps doing so.
                    return LogStreamEnd::Stopped;
                }
                break;
            }
            if (m_options.reconnect != Reconnect::AcrossRestarts) {
                status(Kind::ContainerStopped, tr("Container %1 stopped.").arg(m_name));
                return LogStreamEnd::ContainerStopped;
            }
            if (!announcedStop) {
                status(Kind::ContainerStopped, tr("Container %1 stopped; waiting for it to start again.").arg(m_name));
                announcedStop = true;
            }
            if (!m_control.sleepFor(pollDelay))
                return LogStreamEnd::Stopped;
            pollDelay = std::min(pollDelay * 2, m_options.containerPollMaxMs);
        }
    }
}

} // namespace bulwark
