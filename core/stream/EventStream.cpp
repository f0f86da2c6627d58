#include "EventStream.h"

#include "EngineClient.h"
#include "EventClassifier.h"
#include "EventParser.h"
#include "LogTimestamp.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace bulwark {

namespace {

// Lookup caches are dropped when they grow past this: a long session must not grow without bound.
constexpr qsizetype CacheLimit = 10000;

} // namespace

EventStream::EventStream(HostEndpoint endpoint, EventStreamOptions options)
    : m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{ }

void EventStream::status(StreamStatus::Kind kind, const QString &message, const EngineError &error)
{
    if (!m_statusSink)
        return;
    StreamStatus s;
    s.kind = kind;
    s.source = QStringLiteral("events");
    s.atNs = LogTimestamp::nowNs();
    s.lastSeenNs = m_last;
    s.resumeFromNs = m_resumeFrom;
    s.duplicatesSkipped = m_duplicates;
    s.error = error;
    s.message = message;
    if (kind == StreamStatus::Kind::Resumed)
        s.gapMs = (s.atNs - m_gapStartNs) / 1'000'000;
    m_statusSink(s);
}

QString EventStream::eventsPath() const
{
    QStringList query;
    const qint64 since = m_resumeFrom != LogLine::NoTime ? m_resumeFrom : m_options.sinceNs;
    if (since != LogLine::NoTime)
        query << QStringLiteral("since=") + LogTimestamp::apiParameter(since);
    if (m_options.untilNs != LogLine::NoTime)
        query << QStringLiteral("until=") + LogTimestamp::apiParameter(m_options.untilNs);
    if (!m_options.filters.isEmpty()) {
        nlohmann::json f = nlohmann::json::object();
        for (auto it = m_options.filters.cbegin(); it != m_options.filters.cend(); ++it) {
            nlohmann::json values = nlohmann::json::array();
            for (const QString &v : it.value())
                values.push_back(v.toStdString());
            f[it.key().toStdString()] = values;
        }
        query << QStringLiteral("filters=")
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(f.dump())));
    }
    return query.isEmpty() ? QStringLiteral("/events") : QStringLiteral("/events?") + query.join(QLatin1Char('&'));
}

EventContainerDetails EventStream::containerDetails(const QString &id, bool refresh)
{
    if (!refresh) {
        if (auto it = m_containers.constFind(id); it != m_containers.constEnd())
            return *it;
    }
    Expected<nlohmann::json> doc = m_lookups->getJson(QStringLiteral("/containers/%1/json").arg(apiPathSegment(id)));
    if (!doc)
        return {};
    EventContainerDetails c = EventParser::container(*doc);
    if (m_containers.size() > CacheLimit)
        m_containers.clear();
    m_containers.insert(id, c);
    return c;
}

void EventStream::enrich(EngineEvent &e)
{
    if (!m_options.enrich || !m_lookups || e.type != QLatin1String("container"))
        return;
    const QString action = e.actionName();
    if (action == QLatin1String("exec_create") || action == QLatin1String("exec_start")) {
        const QString execId = e.attributes.value(QStringLiteral("execID"));
        if (!execId.isEmpty()) {
            if (auto it = m_execs.constFind(execId); it != m_execs.constEnd()) {
                e.exec = *it;
            } else if (Expected<nlohmann::json> doc =
                           m_lookups->getJson(QStringLiteral("/exec/%1/json").arg(apiPathSegment(execId)))) {
                e.exec = EventParser::exec(*doc);
                if (m_execs.size() > CacheLimit)
                    m_execs.clear();
                m_execs.insert(execId, e.exec);
            }
        }
        e.container = containerDetails(e.actorId, false);
    } else if (action == QLatin1String("exec_die")) {
        m_execs.remove(e.attributes.value(QStringLiteral("execID")));
    } else if (action == QLatin1String("start")) {
        e.container = containerDetails(e.actorId, true);
    } else if (action == QLatin1String("destroy")) {
        m_containers.remove(e.actorId);
    }
}

bool EventStream::handleLine(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' '))
        line.chop(1);
    if (line.isEmpty())
        return true;
    Expected<EngineEvent> parsed = EventParser::parse(line);
    if (!parsed) {
        status(StreamStatus::Kind::DaemonMessage,
               tr("Ignored an event that could not be read: %1").arg(parsed.error().message));
        return true;
    }
    EngineEvent &e = *parsed;
    const size_t hash = qHash(line);
    if (m_replaying) {
        if (e.timeNs < m_last) {
            ++m_duplicates;
            return true;
        }
        if (e.timeNs == m_last) {
            const auto it = std::find(m_replayBoundary.begin(), m_replayBoundary.end(), hash);
            if (it != m_replayBoundary.end()) {
                m_replayBoundary.erase(it);
                ++m_duplicates;
                return true;
            }
        }
        m_replaying = false;
        m_replayBoundary.clear();
    }
    if (m_last == LogLine::NoTime || e.timeNs > m_last) {
        m_last = e.timeNs;
        m_boundary.clear();
    }
    if (e.timeNs == m_last)
        m_boundary.push_back(hash);
    enrich(e);
    EventClassifier::classify(e);
    ++m_delivered;
    if (m_eventSink)
        m_eventSink(e);
    return true;
}

bool EventStream::onData(const char *data, qsizetype size)
{
    const char *p = data;
    qsizetype n = size;
    while (n > 0) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(n)));
        if (!nl) {
            if (m_partial.size() + n > MaxLineLength) {
                m_lineTooLong = true;
                return false;
            }
            m_partial.append(p, n);
            break;
        }
        const qsizetype len = nl - p;
        if (m_partial.isEmpty()) {
            handleLine(QByteArrayView(p, len));
        } else {
            m_partial.append(p, len);
            handleLine(m_partial);
            m_partial.resize(0);
        }
        p += len + 1;
        n -= len + 1;
    }
    return !m_control.stopRequested();
}

Expected<EventStreamEnd> EventStream::run()
{
    using Kind = StreamStatus::Kind;
    EngineClient client(m_endpoint, m_options.limits);
    EngineClient lookups(m_endpoint, m_options.limits);
    client.setCancelFlag(m_control.cancelFlag());
    lookups.setCancelFlag(m_control.cancelFlag());
    if (Expected<PingInfo> ping = client.ping(); !ping)
        return ping.error().kind == ErrorKind::Cancelled ? Expected<EventStreamEnd>(EventStreamEnd::Stopped)
                                                         : ping.error();
    if (m_options.enrich) {
        if (Expected<PingInfo> ping = lookups.ping(); ping)
            m_lookups = &lookups;
    }

    Backoff backoff = m_options.backoff;
    bool resumed = false;
    for (;;) {
        if (m_control.stopRequested())
            return EventStreamEnd::Stopped;
        m_partial.resize(0);
        m_lineTooLong = false;
        if (resumed) {
            m_resumeFrom = m_last != LogLine::NoTime ? m_last : m_connectedAt;
            m_replaying = m_last != LogLine::NoTime;
            m_replayBoundary = m_boundary;
        }
        EngineClient::StreamHandlers handlers;
        handlers.onHead = [&](const HttpResponse &head) {
            if (m_connectedAt == LogLine::NoTime) {
                // The daemon's clock, not ours: a resume with no event seen yet starts here.
                const QDateTime date =
                    QDateTime::fromString(QString::fromLatin1(head.headers.value("date")), Qt::RFC2822Date);
                if (date.isValid())
                    m_connectedAt = date.toSecsSinceEpoch() * 1'000'000'000;
            }
            backoff.reset();
            if (resumed)
                status(Kind::Resumed, tr("Reconnected to %1; the event feed continues.").arg(m_endpoint.url));
            else
                status(Kind::Connected, tr("Following the events of %1.").arg(m_endpoint.url));
        };
        handlers.onData = [this](const char *data, qsizetype size) { return onData(data, size); };
        handlers.stop = [this] { return m_control.stopRequested(); };

        Expected<HttpResponse> r = client.getStream(eventsPath(), handlers);
        if (m_lineTooLong) {
            return EngineError::make(
                ErrorKind::MalformedResponse,
                tr("An event from %1 is longer than %2 bytes.").arg(m_endpoint.url).arg(MaxLineLength),
                tr("Check that the host is a Docker Engine."), m_endpoint.url);
        }
        EngineError dropped;
        if (r) {
            if (m_options.untilNs != LogLine::NoTime || !m_options.reconnect)
                return EventStreamEnd::Complete;
            dropped = EngineError::make(ErrorKind::MalformedResponse, tr("The daemon closed the event feed."), {},
                                        m_endpoint.url);
        } else {
            dropped = r.error();
            if (dropped.kind == ErrorKind::Cancelled)
                return EventStreamEnd::Stopped;
            if (!m_options.reconnect || !StreamControl::retryable(dropped))
                return dropped;
        }
        m_gapStartNs = LogTimestamp::nowNs();
        ++m_reconnects;
        status(Kind::Disconnected, tr("The event feed of %1 broke: %2").arg(m_endpoint.url, dropped.message), dropped);
        StreamStatus waiting;
        waiting.source = QStringLiteral("events");
        waiting.lastSeenNs = m_last;
        for (;;) {
            if (!m_control.waitToReconnect(backoff, waiting, m_endpoint.url, m_statusSink))
                return EventStreamEnd::Stopped;
            Expected<PingInfo> ping = client.ping();
            if (ping)
                break;
            if (ping.error().kind == ErrorKind::Cancelled)
                return EventStreamEnd::Stopped;
            if (!StreamControl::retryable(ping.error()))
                return ping.error();
        }
        resumed = true;
    }
}

} // namespace bulwark
