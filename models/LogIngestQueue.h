#pragma once

#include "stream/LogBatch.h"
#include "stream/StreamStatus.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace bulwark {

// The hand-over between log stream threads and LogModel. Streams push on their
// own threads; the model takes everything pending on the UI thread, a few times
// a second, whatever the rate. A push copies only the text of each line, outside
// the lock, so producers hold the mutex for a few moves.
//
// Shared (std::shared_ptr) by the model and the threads that feed it, so a
// stream finishing after the model is gone still pushes into valid memory.
class LogIngestQueue {
public:
    struct Item {
        QString containerId;
        QString containerName;
        QByteArray bytes;                   // the texts, back to back
        std::vector<LogLine> lines;         // offsets into bytes, prefixLength 0
        std::optional<StreamStatus> status; // set for a status, then lines is empty
    };

    // At most maxPendingLines wait; older whole batches beyond that are dropped,
    // since the model's cap would evict them on arrival anyway.
    explicit LogIngestQueue(qsizetype maxPendingLines);

    // Any thread.
    void push(const LogBatch &batch);
    void pushStatus(const StreamStatus &status);
    void setMaxPendingLines(qsizetype lines);

    // The UI thread: everything pending, oldest first.
    [[nodiscard]] std::vector<Item> take();

    [[nodiscard]] qint64 received() const { return m_received.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    [[nodiscard]] qsizetype pendingLines() const;

private:
    void trimLocked();

    mutable std::mutex m_mutex;
    std::vector<Item> m_items;
    qsizetype m_pendingLines = 0;
    qsizetype m_maxPendingLines;
    std::atomic<qint64> m_received{0};
    std::atomic<qint64> m_dropped{0};
};

} // namespace bulwark
