#pragma once

#include "Backoff.h"
#include "EngineClient.h"
#include "EngineEvent.h"
#include "StreamControl.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>
#include <vector>

namespace bulwark {

struct EventStreamOptions {
    qint64 sinceNs = LogLine::NoTime;   // replay the daemon's buffered events from this time
    qint64 untilNs = LogLine::NoTime;   // end the stream at this time
    QMap<QString, QStringList> filters; // as `docker events --filter`: type=container, event=exec_start, ...
    bool enrich = true;                 // look up execs and containers to classify events
    bool reconnect = true;
    Backoff backoff{250, 8000};
    ClientLimits limits;
};

enum class EventStreamEnd {
    Complete, // reached until
    Stopped,  // stop() or the cancel flag
};

// Follows GET /events: parses each event, looks up what it needs to classify it
// (exec inspect for exec_create/exec_start, container inspect for starts and
// execs) and delivers it classified. When the connection breaks it reconnects with
// back-off and resumes from the last event's time, dropping the events the daemon
// sends again. run() blocks; the sinks are called on its thread; stop() from any.
class EventStream {
    Q_DECLARE_TR_FUNCTIONS(EventStream)
public:
    using EventSink = std::function<void(const EngineEvent &)>;
    using StatusSink = StreamControl::StatusSink;

    EventStream(HostEndpoint endpoint, EventStreamOptions options);

    void setEventSink(EventSink sink) { m_eventSink = std::move(sink); }
    void setStatusSink(StatusSink sink) { m_statusSink = std::move(sink); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_control.setCancelFlag(cancel); }
    void stop() { m_control.stop(); }

    Expected<EventStreamEnd> run();

    [[nodiscard]] qint64 eventsDelivered() const { return m_delivered; }
    [[nodiscard]] qint64 duplicatesSkipped() const { return m_duplicates; }
    [[nodiscard]] int reconnects() const { return m_reconnects; }

    // Longest event line accepted; the daemon's are a few hundred bytes.
    static constexpr qsizetype MaxLineLength = 1024 * 1024;

private:
    QString eventsPath() const;
    bool onData(const char *data, qsizetype size);
    bool handleLine(QByteArrayView line);
    void enrich(EngineEvent &event);
    EventContainerDetails containerDetails(const QString &id, bool refresh);
    void status(StreamStatus::Kind kind, const QString &message, const EngineError &error = {});

    HostEndpoint m_endpoint;
    EventStreamOptions m_options;
    EventSink m_eventSink;
    StatusSink m_statusSink;
    StreamControl m_control;

    EngineClient *m_lookups = nullptr; // a second connection: the stream's own is busy
    QByteArray m_partial;
    bool m_lineTooLong = false;
    EngineError m_parseError;
    QHash<QString, EventContainerDetails> m_containers;
    QHash<QString, ExecDetails> m_execs;

    // Resume state: the last event time delivered and the events delivered at it.
    qint64 m_last = LogLine::NoTime;
    std::vector<size_t> m_boundary;
    std::vector<size_t> m_replayBoundary;
    bool m_replaying = false;
    qint64 m_resumeFrom = LogLine::NoTime;
    qint64 m_connectedAt = LogLine::NoTime; // the daemon's clock (Date header) at the first connection
    qint64 m_gapStartNs = 0;

    qint64 m_delivered = 0;
    qint64 m_duplicates = 0;
    int m_reconnects = 0;
};

} // namespace bulwark
