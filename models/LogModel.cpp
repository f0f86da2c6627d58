#include "LogModel.h"

#include "LogIngestQueue.h"
#include "stream/StreamStatus.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QTimer>

namespace bulwark {

namespace {
constexpr int DefaultDrainMs = 50; // at most 20 model updates a second
} // namespace

LogModel::LogModel(QObject *parent, qsizetype capacity)
    : QAbstractTableModel(parent)
    , m_buffer(capacity)
    , m_queue(std::make_shared<LogIngestQueue>(capacity))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultDrainMs);
    connect(m_timer, &QTimer::timeout, this, &LogModel::drain);
    m_timer->start();
}

LogModel::~LogModel() = default;

void LogModel::setCapacity(qsizetype lines)
{
    beginResetModel();
    m_buffer.setCapacity(lines);
    endResetModel();
    m_queue->setMaxPendingLines(m_buffer.capacity());
}

int LogModel::drainIntervalMs() const { return m_timer->interval(); }

void LogModel::setDrainInterval(int ms) { m_timer->setInterval(qMax(1, ms)); }

void LogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_paused) {
        m_timer->stop();
    } else {
        drain();
        m_timer->start();
    }
}

void LogModel::clear()
{
    // What is pending belongs to the past that is being cleared as well.
    (void)m_queue->take();
    if (m_buffer.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_buffer.size()) - 1);
    m_buffer.evictFront(m_buffer.size());
    endRemoveRows();
}

qint64 LogModel::receivedLines() const { return m_queue->received(); }

qsizetype LogModel::pendingLines() const { return m_queue->pendingLines(); }

bool LogModel::isMarker(const StreamStatus &status)
{
    using Kind = StreamStatus::Kind;
    switch (status.kind) {
    case Kind::Connected:
    case Kind::Reconnecting: // a retry every few seconds would bury the log; the status line counts them
        return false;
    case Kind::Disconnected:
    case Kind::Resumed:
    case Kind::ContainerStopped:
    case Kind::ContainerRestarted:
    case Kind::ContainerRemoved:
    case Kind::DaemonMessage:
    case Kind::Ended:
        return true;
    }
    return false;
}

void LogModel::drain()
{
    std::vector<LogIngestQueue::Item> items = m_queue->take();
    qsizetype incoming = 0;
    for (const LogIngestQueue::Item &item : items)
        incoming += item.status ? (isMarker(*item.status) ? 1 : 0) : qsizetype(item.lines.size());
    if (incoming == 0)
        return;

    // More than the cap in one go: the oldest would be evicted on arrival, so they never become rows.
    const qsizetype capacity = m_buffer.capacity();
    qsizetype skip = qMax<qsizetype>(0, incoming - capacity);
    const qsizetype added = incoming - skip;
    const qsizetype evicted = qMax<qsizetype>(0, m_buffer.size() + added - capacity);
    if (evicted > 0) {
        beginRemoveRows({}, 0, int(evicted) - 1);
        m_buffer.evictFront(evicted);
        endRemoveRows();
    }

    const int first = int(m_buffer.size());
    beginInsertRows({}, first, first + int(added) - 1);
    for (const LogIngestQueue::Item &item : items) {
        if (item.status) {
            const StreamStatus &status = *item.status;
            if (!isMarker(status))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            LogBuffer::Entry entry;
            entry.kind = LogBuffer::Kind::Marker;
            entry.markerKind = quint8(status.kind);
            entry.stream = LogStreamKind::Daemon;
            entry.timeNs = status.atNs;
            entry.container = m_buffer.internContainer(status.containerId, status.source);
            const QString message = status.message.isEmpty() ? StreamStatus::kindName(status.kind) : status.message;
            m_buffer.append(entry, message.toUtf8());
            continue;
        }
        const qsizetype n = qsizetype(item.lines.size());
        if (skip >= n) {
            skip -= n;
            continue;
        }
        LogBuffer::Entry entry;
        entry.container = m_buffer.internContainer(item.containerId, item.containerName);
        for (qsizetype i = skip; i < n; ++i) {
            const LogLine &line = item.lines[size_t(i)];
            entry.timeNs = line.timeNs;
            entry.stream = line.stream;
            entry.flags = line.flags;
            entry.severity = line.severity;
            entry.security = line.security;
            m_buffer.append(entry, QByteArrayView(item.bytes.constData() + line.offset, line.length));
        }
        skip = 0;
    }
    endInsertRows();
    emit drained(int(added), int(evicted));
}

int LogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_buffer.size()); }

int LogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString LogModel::formatTime(qint64 ns)
{
    if (ns == LogLine::NoTime)
        return {};
    // Floor division: times before 1970 are not expected, but must not round the wrong way.
    const qint64 ms = ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000);
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString LogModel::streamName(LogStreamKind stream)
{
    switch (stream) {
    case LogStreamKind::Stdin:
        return tr("stdin");
    case LogStreamKind::Stdout:
        return tr("stdout");
    case LogStreamKind::Stderr:
        return tr("stderr");
    case LogStreamKind::Daemon:
        return tr("daemon");
    }
    return {};
}

QString LogModel::securityText(quint8 security)
{
    QStringList parts;
    if (security & PermissionDenied)
        parts << tr("permission denied");
    if (security & Unauthorized)
        parts << tr("unauthorized access");
    if (security & AuthenticationFailure)
        parts << tr("authentication failure");
    if (security & Segfault)
        parts << tr("segmentation fault");
    if (security & OutOfMemory)
        parts << tr("out of memory");
    return parts.isEmpty() ? QString() : tr("Security-relevant: %1").arg(parts.join(QStringLiteral(", ")));
}

QString LogModel::lineText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const LogBuffer::Entry &e = m_buffer.at(row);
    return formatTime(e.timeNs) + QLatin1Char('\t') + m_buffer.containerName(e.container) + QLatin1Char('\t')
        + streamName(e.stream) + QLatin1Char('\t') + m_buffer.textString(row);
}

QVariant LogModel::foreground(const LogBuffer::Entry &e) const
{
    if (e.kind == LogBuffer::Kind::Marker)
        return QColor(0x6b, 0x72, 0x80);
    switch (e.severity) {
    case LogSeverity::Fatal:
        return QColor(0x99, 0x1b, 0x1b);
    case LogSeverity::Error:
        return QColor(0xdc, 0x26, 0x26);
    case LogSeverity::Warning:
        return QColor(0xb4, 0x53, 0x09);
    case LogSeverity::None:
        break;
    }
    if (e.stream == LogStreamKind::Stderr)
        return QColor(0x9d, 0x17, 0x4d);
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LogBuffer::Entry &e = m_buffer.at(row);
    const bool marker = e.kind == LogBuffer::Kind::Marker;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTime(e.timeNs);
        case ContainerColumn:
            return m_buffer.containerName(e.container);
        case StreamColumn:
            return marker ? tr("stream") : streamName(e.stream);
        case TextColumn:
            return m_buffer.textString(row);
        }
        return {};
    case Qt::ForegroundRole:
        return foreground(e);
    case Qt::BackgroundRole:
        if (e.security != 0)
            return QColor(220, 38, 38, 40);
        if (marker)
            return QColor(107, 114, 128, 40);
        return {};
    case Qt::FontRole:
        if (marker || e.severity == LogSeverity::Fatal) {
            QFont font;
            font.setItalic(marker);
            font.setBold(e.severity == LogSeverity::Fatal);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TextColumn && e.security != 0 && !m_securityIcon.isNull())
            return m_securityIcon;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && e.security != 0)
            return securityText(e.security);
        return {};
    case LogTimeRole:
        return e.timeNs;
    case LogStreamRole:
        return int(e.stream);
    case LogSeverityRole:
        return int(e.severity);
    case LogSecurityRole:
        return int(e.security);
    case LogMarkerRole:
        return marker;
    case LogContainerIdRole:
        return m_buffer.containerId(e.container);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ContainerColumn:
        return tr("Container");
    case StreamColumn:
        return tr("Stream");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace bulwark
