#include "LogBuffer.h"

#include <algorithm>
#include <cstring>

namespace bulwark {

LogBuffer::LogBuffer(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

void LogBuffer::setCapacity(qsizetype capacity)
{
    clear();
    m_capacity = qMax<qsizetype>(1, capacity);
}

QByteArrayView LogBuffer::text(qsizetype row) const
{
    const Entry &e = at(row);
    const Arena &arena = m_arenas[e.arena - m_firstArena];
    return {arena.data.get() + e.offset, qsizetype(e.length)};
}

LogBuffer::Arena &LogBuffer::arenaFor(quint32 length, quint32 *sequence)
{
    if (m_arenas.empty() || m_arenas.back().size - m_arenas.back().used < length) {
        Arena arena;
        arena.size = quint32(qMax<qsizetype>(ArenaSize, length));
        // Not value-initialised: the bytes are written before they are read.
        arena.data.reset(new char[arena.size]);
        m_arenas.push_back(std::move(arena));
    }
    *sequence = m_firstArena + quint32(m_arenas.size() - 1);
    return m_arenas.back();
}

void LogBuffer::append(const Entry &fields, QByteArrayView text)
{
    if (m_size >= m_capacity)
        evictFront(m_size - m_capacity + 1);

    Entry entry = fields;
    entry.length = quint32(text.size());
    Arena &arena = arenaFor(entry.length, &entry.arena);
    entry.offset = arena.used;
    if (!text.isEmpty())
        std::memcpy(arena.data.get() + arena.used, text.data(), size_t(text.size()));
    arena.used += entry.length;
    ++arena.lines;

    if (size_t(m_size) < m_entries.size()) {
        m_entries[physical(m_size)] = entry;
    } else {
        if (m_head != 0) {
            // Evicted before ever reaching the cap: straighten the ring so it can grow.
            std::rotate(m_entries.begin(), m_entries.begin() + qsizetype(m_head), m_entries.end());
            m_head = 0;
        }
        if (m_entries.size() == m_entries.capacity()) {
            // Grow by doubling, but never past the cap: a full buffer holds no spare entries.
            m_entries.reserve(size_t(qMin<qsizetype>(m_capacity, qMax<qsizetype>(1024, m_size * 2))));
        }
        m_entries.push_back(entry);
    }
    ++m_size;
    ++m_totalAppended;
    m_textBytes += entry.length;
}

void LogBuffer::evictFront(qsizetype count)
{
    count = qMin(count, m_size);
    for (qsizetype i = 0; i < count; ++i) {
        const Entry &e = at(i);
        --m_arenas[e.arena - m_firstArena].lines;
        m_textBytes -= e.length;
    }
    m_head = m_entries.empty() ? 0 : (m_head + size_t(count)) % m_entries.size();
    m_size -= count;
    while (!m_arenas.empty() && m_arenas.front().lines == 0) {
        if (m_arenas.size() == 1) {
            m_arenas.front().used = 0; // the arena being written: keep it for the next lines
            break;
        }
        m_arenas.pop_front();
        ++m_firstArena;
    }
}

void LogBuffer::clear()
{
    m_entries = {};
    m_head = 0;
    m_size = 0;
    m_totalAppended = 0;
    m_textBytes = 0;
    m_arenas.clear();
    m_firstArena = 0;
    m_containerIds.clear();
    m_containerNames.clear();
    m_containerIndex.clear();
}

quint16 LogBuffer::internContainer(const QString &id, const QString &name)
{
    const auto it = m_containerIndex.constFind(id);
    if (it != m_containerIndex.constEnd())
        return quint16(it.value());
    if (m_containerIds.size() > 0xffff)
        return 0xffff;
    const int index = int(m_containerIds.size());
    m_containerIds.append(id);
    m_containerNames.append(name.isEmpty() ? id.left(12) : name);
    m_containerIndex.insert(id, index);
    return quint16(index);
}

QString LogBuffer::containerName(quint16 index) const
{
    return index < m_containerNames.size() ? m_containerNames.at(index) : QString();
}

QString LogBuffer::containerId(quint16 index) const
{
    return index < m_containerIds.size() ? m_containerIds.at(index) : QString();
}

qint64 LogBuffer::memoryBytes() const
{
    qint64 bytes = qint64(m_entries.capacity() * sizeof(Entry));
    for (const Arena &arena : m_arenas)
        bytes += arena.size;
    return bytes;
}

} // namespace bulwark
