#pragma once

#include "LogBuffer.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>

class QTimer;

namespace bulwark {

class LogIngestQueue;
struct StreamStatus;

// Roles of LogModel beyond the shared ones in ModelRoles.h; kept apart so the
// log stream's values do not crowd the scan models' list.
enum LogRole : int {
    LogTimeRole = Qt::UserRole + 200, // qint64: nanoseconds since the epoch, or LogLine::NoTime
    LogStreamRole,                    // int: int(LogStreamKind)
    LogSeverityRole,                  // int: int(LogSeverity)
    LogSecurityRole,                  // int: LogSecurityFlag bits; non-zero lines are flagged
    LogMarkerRole,                    // bool: a note about the stream (gap, reconnect, restart), not a line
    LogContainerIdRole,               // QString: full id of the container
};

// The followed containers' log lines as a table (time, container, stream, text)
// over a bounded LogBuffer. Streams push into queue() on their own threads; the
// model takes what is pending at most every drainIntervalMs() (20 times a
// second by default), with one beginRemoveRows for what the cap evicts and one
// beginInsertRows for what arrived, however fast lines come in.
//
// While paused the model does not change, so the view stays still; the queue
// keeps up to capacity() lines meanwhile and resume() catches up.
class LogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ContainerColumn,
        StreamColumn,
        TextColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LogModel(QObject *parent = nullptr, qsizetype capacity = LogBuffer::DefaultCapacity);
    ~LogModel() override;

    [[nodiscard]] std::shared_ptr<LogIngestQueue> queue() const { return m_queue; }

    [[nodiscard]] qsizetype capacity() const { return m_buffer.capacity(); }
    // Clears the model.
    void setCapacity(qsizetype lines);
    [[nodiscard]] int drainIntervalMs() const;
    void setDrainInterval(int ms);

    [[nodiscard]] bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Moves everything pending into the model now (the timer does this on its own).
    void drain();
    void clear();

    // An icon for flagged lines; the model has no style of its own to take one from.
    void setSecurityIcon(const QIcon &icon) { m_securityIcon = icon; }

    [[nodiscard]] const LogBuffer &buffer() const { return m_buffer; }
    // Lines received from the streams, including those not drained yet and those evicted.
    [[nodiscard]] qint64 receivedLines() const;
    [[nodiscard]] qsizetype pendingLines() const;
    // The row as one line of text for copying and saving: time, container, stream, text.
    [[nodiscard]] QString lineText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-11-28 09:50:58.932" in local time; empty for LogLine::NoTime. Any thread.
    static QString formatTime(qint64 ns);
    static QString streamName(LogStreamKind stream);
    static QString securityText(quint8 security);
    // Whether a status is shown as a marker row: gaps, reconnects and restarts, not every retry.
    static bool isMarker(const StreamStatus &status);

signals:
    // After each drain that changed the model: the rows it added and evicted.
    void drained(int added, int evicted);

private:
    QVariant foreground(const LogBuffer::Entry &entry) const;

    LogBuffer m_buffer;
    std::shared_ptr<LogIngestQueue> m_queue;
    QTimer *m_timer;
    bool m_paused = false;
    QIcon m_securityIcon;
};

} // namespace bulwark
