#pragma once

#include "stream/LogLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace bulwark {

// The lines a log panel holds: a ring of at most capacity() lines, oldest first.
// Each line costs one fixed 32-byte entry plus its text, which lives in shared
// 1 MiB arenas rather than in one allocation per line; an arena is freed once
// every line in it has been evicted. Container names are interned, so a line
// carries a 16-bit index instead of a string.
//
// Not thread-safe: LogModel owns one and touches it on the UI thread only.
class LogBuffer {
public:
    static constexpr qsizetype DefaultCapacity = 1'000'000;
    static constexpr qsizetype ArenaSize = 1024 * 1024;

    // What a row is: a line of the container, or a note about the stream itself
    // (a gap, a reconnect, a restart) shown in line with the text.
    enum class Kind : quint8 {
        Line,
        Marker
    };

    struct Entry {
        qint64 timeNs = LogLine::NoTime;
        quint32 arena = 0;  // sequence number of the arena holding the text
        quint32 offset = 0; // in that arena
        quint32 length = 0;
        quint16 container = 0; // index into containerName()
        LogStreamKind stream = LogStreamKind::Stdout;
        quint8 flags = 0; // LogLineFlag
        LogSeverity severity = LogSeverity::None;
        quint8 security = 0; // LogSecurityFlag
        Kind kind = Kind::Line;
        quint8 markerKind = 0; // int(StreamStatus::Kind) of a marker
    };

    static_assert(sizeof(Entry) <= 32, "a buffered line should cost at most 32 bytes besides its text");

    explicit LogBuffer(qsizetype capacity = DefaultCapacity);

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    // Drops every line; a smaller capacity applies from the next append.
    void setCapacity(qsizetype capacity);
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // Lines appended since construction or clear(), evicted ones included.
    [[nodiscard]] qint64 totalAppended() const { return m_totalAppended; }
    [[nodiscard]] qint64 totalEvicted() const { return m_totalAppended - m_size; }

    [[nodiscard]] const Entry &at(qsizetype row) const { return m_entries[physical(row)]; }
    [[nodiscard]] QByteArrayView text(qsizetype row) const;
    [[nodiscard]] QString textString(qsizetype row) const { return QString::fromUtf8(text(row)); }

    // Appends a line, evicting the oldest one if the buffer is full. A line longer
    // than an arena gets an arena of its own.
    void append(const Entry &fields, QByteArrayView text);
    // Removes the count oldest lines.
    void evictFront(qsizetype count);
    void clear();

    // Index of the container for Entry::container, adding it on first sight.
    // Past 65,535 distinct containers the last index is reused.
    quint16 internContainer(const QString &id, const QString &name);
    [[nodiscard]] QString containerName(quint16 index) const;
    [[nodiscard]] QString containerId(quint16 index) const;
    [[nodiscard]] int containerIndex(const QString &id) const { return m_containerIndex.value(id, -1); }
    [[nodiscard]] int containerCount() const { return int(m_containerIds.size()); }

    // Heap bytes held for lines (entries and arenas, spare capacity included) and
    // the text bytes among them: the difference is the buffer's overhead.
    [[nodiscard]] qint64 memoryBytes() const;
    [[nodiscard]] qint64 textBytes() const { return m_textBytes; }

private:
    struct Arena {
        std::unique_ptr<char[]> data;
        quint32 size = 0;
        quint32 used = 0;
        qsizetype lines = 0; // live lines whose text is here
    };

    [[nodiscard]] size_t physical(qsizetype row) const
    {
        const size_t slot = m_head + size_t(row);
        return slot < m_entries.size() ? slot : slot - m_entries.size();
    }
    Arena &arenaFor(quint32 length, quint32 *sequence);

    qsizetype m_capacity;
    std::vector<Entry> m_entries; // grows to m_capacity, then used as a ring
    size_t m_head = 0;
    qsizetype m_size = 0;
    qint64 m_totalAppended = 0;
    qint64 m_textBytes = 0;
    std::deque<Arena> m_arenas;
    quint32 m_firstArena = 0; // sequence number of m_arenas.front()
    QStringList m_containerIds;
    QStringList m_containerNames;
    QHash<QString, int> m_containerIndex;
};

} // namespace bulwark
