#include "ScanHistoryModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"

#include <QLocale>
#include <QHash>

#include <algorithm>

namespace bulwark {

ScanHistoryModel::ScanHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool ScanHistoryModel::newerFirst(const store::ScanSummary &a, const store::ScanSummary &b)
{
    // Ids break ties: two scans may start within the same millisecond.
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.id > b.id;
}

bool ScanHistoryModel::sameContent(const store::ScanSummary &a, const store::ScanSummary &b)
{
    return a.startedAt == b.startedAt && a.finishedAt == b.finishedAt && a.hostScore == b.hostScore
        && a.containerCount == b.containerCount && a.imageCount == b.imageCount && a.severityCounts == b.severityCounts
        && a.engineVersion == b.engineVersion && a.hostName == b.hostName;
}

void ScanHistoryModel::setScans(QList<store::ScanSummary> scans)
{
    std::stable_sort(scans.begin(), scans.end(), &ScanHistoryModel::newerFirst);
    QHash<qint64, int> position; // scan id -> row in the incoming order
    position.reserve(scans.size());
    for (int i = 0; i < scans.size(); ++i)
        position.insert(scans.at(i).id, i);

    // Drop rows that vanished (pruned) or that are out of order against the
    // rows kept before them (a changed start time): afterwards the rows are a
    // subsequence of the incoming list.
    int previous = -1;
    int row = 0;
    while (row < m_scans.size()) {
        const int at = position.value(m_scans.at(row).id, -1);
        if (at > previous) {
            previous = at;
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < m_scans.size() && position.value(m_scans.at(last + 1).id, -1) <= previous)
            ++last;
        beginRemoveRows({}, row, last);
        m_scans.remove(row, last - row + 1);
        endRemoveRows();
    }

    // Merge: update rows present in both, insert each run of new scans at once.
    row = 0;
    int next = 0;
    while (next < scans.size()) {
        if (row < m_scans.size() && m_scans.at(row).id == scans.at(next).id) {
            if (!sameContent(m_scans.at(row), scans.at(next))) {
                m_scans[row] = scans.at(next);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
            continue;
        }
        int end = next + 1;
        while (end < scans.size() && !(row < m_scans.size() && m_scans.at(row).id == scans.at(end).id))
            ++end;
        beginInsertRows({}, row, row + (end - next) - 1);
        for (int i = next; i < end; ++i)
            m_scans.insert(row + (i - next), scans.at(i));
        endInsertRows();
        row += end - next;
        next = end;
    }
}

void ScanHistoryModel::clear()
{
    if (m_scans.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_scans.size()) - 1);
    m_scans.clear();
    endRemoveRows();
}

store::ScanSummary ScanHistoryModel::scanAt(int row) const
{
    return row >= 0 && row < m_scans.size() ? m_scans.at(row) : store::ScanSummary{};
}

int ScanHistoryModel::rowOf(qint64 scanId) const
{
    for (int row = 0; row < m_scans.size(); ++row) {
        if (m_scans.at(row).id == scanId)
            return row;
    }
    return -1;
}

int ScanHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scans.size());
}

int ScanHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ScanSummary &scan = m_scans.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(scan, column);
    case Qt::ToolTipRole:
        switch (column) {
        case StartedColumn:
            return tr("Scan #%1, %2 to %3, Docker %4")
                .arg(scan.id)
                .arg(Format::dateTime(scan.startedAt), Format::dateTime(scan.finishedAt), scan.engineVersion);
        case ScoreColumn:
            return tr("Host risk %1 of 100: %2").arg(scan.hostScore).arg(SeverityStyle::riskBandLabel(scan.hostScore));
        case FindingsColumn:
            return SeverityStyle::countsText(scan.severityCounts);
        default:
            return displayData(scan, column);
        }
    case Qt::TextAlignmentRole:
        if (column == ContainersColumn || column == ImagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case StartedColumn:
            return scan.startedAt;
        case ScoreColumn:
            return scan.hostScore;
        case FindingsColumn:
            return SeverityStyle::countsSortKey(scan.severityCounts);
        case ContainersColumn:
            return scan.containerCount;
        case ImagesColumn:
            return scan.imageCount;
        default:
            return {};
        }
    case ScanIdRole:
        return scan.id;
    case RiskScoreRole:
        return scan.hostScore;
    case SeverityCountsRole:
        return QVariantList(scan.severityCounts.begin(), scan.severityCounts.end());
    default:
        return {};
    }
}

QVariant ScanHistoryModel::displayData(const store::ScanSummary &scan, int column) const
{
    switch (column) {
    case StartedColumn:
        return Format::dateTimeShort(scan.startedAt);
    case ScoreColumn:
        return scan.hostScore;
    case FindingsColumn:
        return SeverityStyle::countsText(scan.severityCounts);
    case ContainersColumn:
        return QLocale().toString(scan.containerCount);
    case ImagesColumn:
        return QLocale().toString(scan.imageCount);
    default:
        return {};
    }
}

QVariant ScanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StartedColumn:
            return tr("Scanned");
        case ScoreColumn:
            return tr("Host risk");
        case FindingsColumn:
            return tr("Findings");
        case ContainersColumn:
            return tr("Containers");
        case ImagesColumn:
            return tr("Images");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == StartedColumn)
        return tr("When the scan started, in local time");
    return {};
}

} // namespace bulwark
