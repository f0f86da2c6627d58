#include "LogIngestQueue.h"

namespace bulwark {

LogIngestQueue::LogIngestQueue(qsizetype maxPendingLines)
    : m_maxPendingLines(qMax<qsizetype>(1, maxPendingLines))
{ }

void LogIngestQueue::push(const LogBatch &batch)
{
    if (batch.isEmpty())
        return;
    Item item;
    item.containerId = batch.containerId;
    item.containerName = batch.containerName;
    item.lines.reserve(size_t(batch.size()));
    item.bytes.reserve(batch.byteSize());
    for (const LogLine &line : batch.lines()) {
        LogLine copy = line;
        copy.offset = quint32(item.bytes.size());
        copy.prefixLength = 0;
        item.bytes.append(batch.text(line));
        item.lines.push_back(copy);
    }
    const qsizetype count = qsizetype(item.lines.size());
    m_received.fetch_add(count, std::memory_order_relaxed);

    const std::lock_guard lock(m_mutex);
    m_items.push_back(std::move(item));
    m_pendingLines += count;
    trimLocked();
}

void LogIngestQueue::pushStatus(const StreamStatus &status)
{
    Item item;
    item.containerId = status.containerId;
    item.containerName = status.source;
    item.status = status;
    const std::lock_guard lock(m_mutex);
    m_items.push_back(std::move(item));
}

void LogIngestQueue::setMaxPendingLines(qsizetype lines)
{
    const std::lock_guard lock(m_mutex);
    m_maxPendingLines = qMax<qsizetype>(1, lines);
    trimLocked();
}

void LogIngestQueue::trimLocked()
{
    if (m_pendingLines <= m_maxPendingLines)
        return;
    // The oldest whole batches only, and never a status: the gaps and reconnects stay visible.
    qsizetype lines = m_pendingLines;
    std::vector<Item> kept;
    kept.reserve(m_items.size());
    bool dropping = true;
    for (Item &item : m_items) {
        const qsizetype n = qsizetype(item.lines.size());
        if (dropping && !item.status) {
            if (lines - n >= m_maxPendingLines) {
                lines -= n;
                m_dropped.fetch_add(n, std::memory_order_relaxed);
                continue;
            }
            dropping = false;
        }
        kept.push_back(std::move(item));
    }
    m_items = std::move(kept);
    m_pendingLines = lines;
}

std::vector<LogIngestQueue::Item> LogIngestQueue::take()
{
    std::vector<Item> items;
    const std::lock_guard lock(m_mutex);
    items.swap(m_items);
    m_pendingLines = 0;
    return items;
}

qsizetype LogIngestQueue::pendingLines() const
{
    const std::lock_guard lock(m_mutex);
    return m_pendingLines;
}

} // namespace bulwark
