#include "EventFeed.h"

#include "store/EventJournal.h"
#include "store/ScanDatabase.h"

#include <QThread>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace bulwark {

// What the stream thread, the journal thread and the UI share for one start().
// Owned jointly, so a stopped feed's threads can finish after the EventFeed moved on or is gone.
struct EventFeedShared {
    std::atomic_bool cancel{false};
    std::mutex mutex;
    std::condition_variable wake;
    // For the UI, drained by the flush timer.
    QList<EngineEvent> forUi;
    QList<StreamStatus> statuses;
    std::optional<EngineError> failure;
    int journaled = 0;
    qint64 journalHostId = 0;
    QList<store::StoreError> journalErrors;
    // For the journal thread.
    QList<EngineEvent> forJournal;
    bool streamDone = false;
};

namespace {

// The journal waits this long after the first event of a batch for more, so a
// burst becomes one transaction instead of hundreds.
constexpr auto JournalBatchWindow = std::chrono::milliseconds(200);
// A UI that stopped draining (a modal dialog, a stall) must not grow the queue without bound;
// the model keeps fewer rows than this anyway.
constexpr qsizetype UiQueueLimit = 100000;

void runStream(const std::shared_ptr<EventFeedShared> &shared, const HostEndpoint &endpoint,
               const EventStreamOptions &options, bool journal)
{
    EventStream stream(endpoint, options);
    stream.setCancelFlag(&shared->cancel);
    stream.setEventSink([&shared, journal](const EngineEvent &e) {
        std::lock_guard lock(shared->mutex);
        if (shared->forUi.size() >= UiQueueLimit)
            shared->forUi.remove(0, UiQueueLimit / 10);
        shared->forUi.append(e);
        if (journal) {
            shared->forJournal.append(e);
            shared->wake.notify_all();
        }
    });
    stream.setStatusSink([&shared](const StreamStatus &s) {
        std::lock_guard lock(shared->mutex);
        shared->statuses.append(s);
    });
    Expected<EventStreamEnd> end = stream.run();
    std::lock_guard lock(shared->mutex);
    if (!end && end.error().kind != ErrorKind::Cancelled)
        shared->failure = end.error();
    shared->streamDone = true;
    shared->wake.notify_all();
}

void runJournal(const std::shared_ptr<EventFeedShared> &shared, const QString &path, const QString &url,
                const QString &engineId, const QString &name)
{
    auto fail = [&shared](const store::StoreError &error) {
        std::lock_guard lock(shared->mutex);
        shared->journalErrors.append(error);
    };
    store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db = store::ScanDatabase::open(path);
    store::StoreExpected<qint64> host =
        db ? store::EventJournal(**db).hostId(url, engineId, name) : store::StoreExpected<qint64>(db.error());
    if (!host) {
        fail(host.error());
    } else {
        std::lock_guard lock(shared->mutex);
        shared->journalHostId = *host;
    }
    for (;;) {
        QList<EngineEvent> batch;
        bool done = false;
        {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait(lock, [&] { return !shared->forJournal.isEmpty() || shared->streamDone; });
            if (!shared->streamDone)
                shared->wake.wait_for(lock, JournalBatchWindow, [&] { return shared->streamDone; });
            batch.swap(shared->forJournal);
            done = shared->streamDone;
        }
        // Without a database the events still reach the UI; only the journal is missing.
        if (!batch.isEmpty() && host) {
            store::StoreExpected<int> written = store::EventJournal(**db).append(*host, batch);
            if (written) {
                std::lock_guard lock(shared->mutex);
                shared->journaled += *written;
            } else {
                fail(written.error());
            }
        }
        if (done)
            return;
    }
}

} // namespace

EventFeed::EventFeed(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &EventFeed::flush);
}

EventFeed::~EventFeed()
{
    // No flush: the receivers may be half destroyed by now.
    if (m_shared)
        m_shared->cancel.store(true);
    waitForStopped();
}

void EventFeed::setFlushInterval(int ms) { m_timer->setInterval(std::max(1, ms)); }

void EventFeed::start(const HostEndpoint &endpoint, const QString &hostUrl, const QString &engineId,
                      const QString &hostName)
{
    stop();
    m_shared = std::make_shared<EventFeedShared>();
    m_hostUrl = hostUrl;
    m_engineId = engineId;
    m_journalHostId = 0;
    const bool journal = !m_databasePath.isEmpty();

    QThread *stream = QThread::create(
        [shared = m_shared, endpoint, options = m_options, journal] { runStream(shared, endpoint, options, journal); });
    stream->setObjectName(QStringLiteral("bulwark-events"));
    connect(stream, &QThread::finished, stream, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(stream);
    if (journal) {
        QThread *writer = QThread::create([shared = m_shared, path = m_databasePath, hostUrl, engineId, hostName] {
            runJournal(shared, path, hostUrl, engineId, hostName);
        });
        writer->setObjectName(QStringLiteral("bulwark-event-journal"));
        connect(writer, &QThread::finished, writer, &QObject::deleteLater);
        m_threads.append(writer);
        writer->start();
    }
    stream->start();
    m_timer->start();
    emit runningChanged(true);
}

void EventFeed::stop()
{
    if (!m_shared)
        return;
    // What arrived before the stop still reaches the UI; the journal writes the rest on its way out.
    flush();
    if (!m_shared)
        return; // flush() found the feed ended
    m_shared->cancel.store(true);
    m_shared.reset();
    m_timer->stop();
    emit runningChanged(false);
}

void EventFeed::waitForStopped()
{
    // Deleted here rather than by their deleteLater: at shutdown no event loop may run again.
    const QList<QPointer<QThread>> threads = std::exchange(m_threads, {});
    for (const QPointer<QThread> &thread : threads) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

void EventFeed::flush()
{
    const std::shared_ptr<EventFeedShared> shared = m_shared;
    if (!shared)
        return;
    QList<EngineEvent> events;
    QList<StreamStatus> statuses;
    QList<store::StoreError> journalErrors;
    std::optional<EngineError> failure;
    int journaledCount = 0;
    bool ended = false;
    {
        std::lock_guard lock(shared->mutex);
        events.swap(shared->forUi);
        statuses.swap(shared->statuses);
        journalErrors.swap(shared->journalErrors);
        failure.swap(shared->failure);
        journaledCount = std::exchange(shared->journaled, 0);
        m_journalHostId = shared->journalHostId;
        ended = shared->streamDone;
    }
    const qint64 hostId = m_journalHostId;
    // A slot may stop or restart the feed: what follows must not mix this run with the next.
    QPointer<EventFeed> self(this);
    for (const StreamStatus &s : std::as_const(statuses)) {
        emit statusChanged(s);
        if (!self)
            return;
    }
    if (!events.isEmpty())
        emit eventsReceived(events);
    if (self && journaledCount > 0)
        emit journaled(hostId, journaledCount);
    for (const store::StoreError &e : std::as_const(journalErrors)) {
        if (!self)
            return;
        emit journalFailed(e);
    }
    if (self && ended && failure) {
        emit failed(*failure);
    }
    if (self && ended && m_shared == shared) {
        // The stream thread is done; the journal thread finishes by itself. Late journal results are dropped.
        m_shared.reset();
        m_timer->stop();
        emit runningChanged(false);
    }
}

} // namespace bulwark
