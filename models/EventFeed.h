#pragma once

#include "HostEndpoint.h"
#include "store/StoreError.h"
#include "stream/EngineEvent.h"
#include "stream/EventStream.h"
#include "stream/StreamStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;
class QTimer;

namespace bulwark {

struct EventFeedShared;

// Follows the connected host's /events while the dashboard runs. The stream
// runs on its own thread; a second thread journals what arrives into the scan
// database (one transaction per drained batch), so neither the network nor
// SQLite ever waits for the UI or for each other. The UI gets the events in
// batches, at most once per flush interval (default 50 ms: ≤ 20 updates/s)
// whatever the daemon's rate. stop() cancels at once and never blocks; the
// threads finish on their own (the journal writes what it still holds) and
// the destructor joins them.
class EventFeed : public QObject {
    Q_OBJECT

public:
    explicit EventFeed(QObject *parent = nullptr);
    ~EventFeed() override;

    // Where events are journaled; empty: not journaled. Takes effect at the next start().
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    // For tests: replay from a time, no back-off waits, ...
    void setStreamOptions(const EventStreamOptions &options) { m_options = options; }
    void setFlushInterval(int ms);

    // Follows endpoint's events, journaled under the host (url, engineId) as
    // scans store it. Stops a feed that is running.
    void start(const HostEndpoint &endpoint, const QString &hostUrl, const QString &engineId,
               const QString &hostName = {});
    void stop();
    [[nodiscard]] bool isRunning() const { return m_shared != nullptr; }
    [[nodiscard]] QString hostUrl() const { return m_hostUrl; }
    [[nodiscard]] QString engineId() const { return m_engineId; }
    // The database's id of the host, once the journal knows it (0 before).
    [[nodiscard]] qint64 journalHostId() const { return m_journalHostId; }
    // Waits for every thread of this and earlier feeds; for tests and shutdown.
    void waitForStopped();

signals:
    void eventsReceived(const QList<bulwark::EngineEvent> &events);
    void statusChanged(const bulwark::StreamStatus &status);
    // The feed ended by itself: the daemon refused the stream or a non-retryable error.
    void failed(const bulwark::EngineError &error);
    void journaled(qint64 hostId, int count);
    void journalFailed(const bulwark::store::StoreError &error);
    void runningChanged(bool running);

private:
    void flush();

    QString m_databasePath;
    EventStreamOptions m_options;
    QTimer *m_timer;
    std::shared_ptr<EventFeedShared> m_shared;
    QList<QPointer<QThread>> m_threads; // not yet finished, including stopped feeds
    QString m_hostUrl;
    QString m_engineId;
    qint64 m_journalHostId = 0;
};

} // namespace bulwark
