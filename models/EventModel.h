#pragma once

#include "stream/EngineEvent.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace bulwark {

// The daemon's events as a table, oldest first, for the Events tab and the
// History panel. Bounded: past maxRows the oldest events are evicted, one
// beginRemoveRows per batch. Security-relevant events carry a tinted
// background, a severity foreground and their flags in SecurityFlagsRole.
class EventModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        ActionColumn,
        ActorColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Beyond the shared roles of ModelRoles.h (SortRole, SeverityRole), kept
    // clear of them so both can grow.
    enum Role : int {
        SecurityFlagsRole = Qt::UserRole + 0x100, // quint32: EventSecurityFlag bits, 0 for routine events
        EventTypeRole,                            // QString: "container", "image", ...
        TimeNsRole,                               // qint64: the daemon's timeNano
        SearchTextRole,                           // QString: every column's text, for the text filter
    };

    static constexpr int DefaultMaxRows = 50000;

    explicit EventModel(QObject *parent = nullptr);

    void setMaxRows(int maxRows);
    [[nodiscard]] int maxRows() const { return m_maxRows; }

    // Appends a batch (in the order received); evicts the oldest rows past maxRows.
    void appendEvents(const QList<EngineEvent> &events);
    // Replaces everything, e.g. with events read from the journal (any order: they are sorted by time).
    void setEvents(QList<EngineEvent> events);
    void clear();

    [[nodiscard]] const EngineEvent &eventAt(int row) const { return m_events.at(std::size_t(row)); }
    [[nodiscard]] qint64 evictedCount() const { return m_evicted; }
    [[nodiscard]] int securityCount() const { return m_securityCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "exec as root, privileged exec": the flags for people.
    static QString flagsText(quint32 flags);
    // The time column's text: local time to the millisecond.
    static QString timeText(qint64 timeNs);
    static QString detailsText(const EngineEvent &event);

private:
    void evict(int count);

    std::deque<EngineEvent> m_events;
    int m_maxRows = DefaultMaxRows;
    qint64 m_evicted = 0;
    int m_securityCount = 0;
};

} // namespace bulwark
