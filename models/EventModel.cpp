#include "EventModel.h"

#include "ModelRoles.h"
#include "SeverityStyle.h"

#include <QBrush>
#include <QDateTime>

#include <algorithm>

namespace bulwark {

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventModel::setMaxRows(int maxRows)
{
    m_maxRows = std::max(1, maxRows);
    if (int(m_events.size()) > m_maxRows)
        evict(int(m_events.size()) - m_maxRows);
}

void EventModel::evict(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        if (m_events.front().securityRelevant())
            --m_securityCount;
        m_events.pop_front();
    }
    m_evicted += count;
    endRemoveRows();
}

void EventModel::appendEvents(const QList<EngineEvent> &events)
{
    if (events.isEmpty())
        return;
    // A batch larger than the cap keeps only its newest part; the rest counts as evicted at once.
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_maxRows);
    m_evicted += skip;
    const int incoming = int(events.size() - skip);
    evict(int(m_events.size()) + incoming - m_maxRows);
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (qsizetype i = skip; i < events.size(); ++i) {
        m_events.push_back(events.at(i));
        if (events.at(i).securityRelevant())
            ++m_securityCount;
    }
    endInsertRows();
}

void EventModel::setEvents(QList<EngineEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const EngineEvent &a, const EngineEvent &b) { return a.timeNs < b.timeNs; });
    if (events.size() > m_maxRows)
        events.remove(0, events.size() - m_maxRows);
    beginResetModel();
    m_events.assign(events.cbegin(), events.cend());
    m_evicted = 0;
    m_securityCount = int(
        std::count_if(m_events.cbegin(), m_events.cend(), [](const EngineEvent &e) { return e.securityRelevant(); }));
    endResetModel();
}

void EventModel::clear()
{
    if (m_events.empty())
        return;
    beginResetModel();
    m_events.clear();
    m_securityCount = 0;
    endResetModel();
}

int EventModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }

int EventModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventModel::flagsText(quint32 flags)
{
    QStringList parts;
    if (flags & PrivilegedExec)
        parts << tr("privileged exec");
    if (flags & RootExec)
        parts << tr("exec as root");
    if (flags & PrivilegedContainerStarted)
        parts << tr("privileged container started");
    if (flags & DaemonSocketContainerStarted)
        parts << tr("container started with the Docker socket");
    if (flags & ImageDeleted)
        parts << tr("image deleted");
    return parts.join(QStringLiteral(", "));
}

QString EventModel::timeText(qint64 timeNs)
{
    return QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString EventModel::detailsText(const EngineEvent &e)
{
    QStringList parts;
    if (e.securityRelevant())
        parts << flagsText(e.securityFlags);
    if (e.exec.known) {
        parts << tr("user %1").arg(e.exec.user.isEmpty() ? tr("(container default)") : e.exec.user);
        if (e.exec.privileged)
            parts << tr("privileged");
        if (!e.exec.command.isEmpty())
            parts << tr("command %1").arg(e.exec.command);
    }
    // The attributes people look for first; the tooltip has them all.
    for (const char *key : {"image", "exitCode", "signal", "container", "destination"}) {
        const QString value = e.attributes.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(key), value);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineEvent &e = m_events.at(std::size_t(index.row()));
    const bool security = e.securityRelevant();
    auto display = [&]() -> QString {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.timeNs);
        case TypeColumn:
            return e.type;
        case ActionColumn:
            return e.action;
        case ActorColumn:
            return e.actorName().isEmpty() ? e.actorId.left(12) : e.actorName();
        case DetailsColumn:
            return detailsText(e);
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!e.reasons.isEmpty())
            lines << e.reasons;
        lines << QString::fromUtf8(e.dockerText()).trimmed();
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (security) {
            QColor tint = SeverityStyle::color(e.severity);
            tint.setAlpha(48);
            return QBrush(tint);
        }
        return {};
    case Qt::ForegroundRole:
        if (security && index.column() == DetailsColumn)
            return QBrush(SeverityStyle::color(e.severity).darker(120));
        return {};
    case SortRole:
        return index.column() == TimeColumn ? QVariant(e.timeNs) : QVariant(display());
    case SeverityRole:
        return security ? int(e.severity) : -1;
    case SecurityFlagsRole:
        return e.securityFlags;
    case EventTypeRole:
        return e.type;
    case TimeNsRole:
        return e.timeNs;
    case SearchTextRole: {
        QStringList all;
        for (int c = 0; c < ColumnCount; ++c)
            all << data(this->index(index.row(), c), Qt::DisplayRole).toString();
        all << e.actorId;
        return all.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("Actor");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace bulwark
