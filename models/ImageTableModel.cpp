#include "ImageTableModel.h"

#include "Format.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "rules/RuleEngine.h"

#include <QBrush>
#include <QSet>

namespace bulwark {

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void ImageTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImageTableModel::setImages(const QList<ImageInfo> &images, const QList<ContainerInfo> &containers)
{
    QHash<QString, QString> names;
    for (const ContainerInfo &container : containers)
        names.insert(container.id, container.name);
    QList<Row> fresh;
    QSet<QString> keep;
    for (const ImageInfo &image : images) {
        if (keep.contains(image.id))
            continue;
        keep.insert(image.id);
        Row row{image, {}};
        for (const QString &id : image.usedBy)
            row.userNames << names.value(id, id.left(12));
        row.userNames.sort();
        fresh.append(row);
    }

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(m_rows.at(row).image.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    }
    QList<Row> added;
    for (const Row &row : fresh) {
        const int existing = m_rowById.value(row.image.id, -1);
        if (existing < 0) {
            added.append(row);
        } else if (!sameContent(m_rows.at(existing), row)) {
            m_rows[existing] = row;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

void ImageTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    endRemoveRows();
}

ImageInfo ImageTableModel::imageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).image : ImageInfo{};
}

bool ImageTableModel::sameContent(const Row &a, const Row &b)
{
    return a.image.inspect == b.image.inspect && a.image.tags == b.image.tags && a.image.created == b.image.created
        && a.image.usedBy == b.image.usedBy && a.userNames == b.userNames && a.image.sizeBytes == b.image.sizeBytes
        && a.image.baseOs.prettyName == b.image.baseOs.prettyName && a.image.baseOs.eolDate == b.image.baseOs.eolDate
        && a.image.baseOs.problem == b.image.baseOs.problem && a.image.findings.size() == b.image.findings.size()
        && countBySeverity(a.image.findings) == countBySeverity(b.image.findings);
}

void ImageTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).image.id, row);
}

int ImageTableModel::ageDays(const ImageInfo &image) const
{
    return image.created.isValid() ? int(image.created.date().daysTo(m_today)) : -1;
}

QString ImageTableModel::displayName(const ImageInfo &image)
{
    return image.tags.isEmpty() ? tr("<none> %1").arg(image.id.mid(7, 12)) : image.tags.join(QStringLiteral(", "));
}

QString ImageTableModel::baseOsText(const OsRelease &os, const QDate &today)
{
    if (!os.detected)
        return os.problem.isEmpty() ? tr("unknown") : tr("unknown (%1)").arg(os.problem);
    const QString label = !os.releaseLabel.isEmpty() ? os.releaseLabel
        : !os.prettyName.isEmpty()                   ? os.prettyName
                                                     : os.id + QLatin1Char(' ') + os.versionId;
    if (!os.eolKnown || !os.eolDate.isValid())
        return tr("%1 — end of life unknown").arg(label);
    if (os.pastEol(today))
        return tr("%1 — end of life since %2").arg(label, os.eolDate.toString(Qt::ISODate));
    return tr("%1 — supported until %2").arg(label, os.eolDate.toString(Qt::ISODate));
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == UsedByColumn)
            return row.userNames.isEmpty() ? tr("No container uses this image") : row.userNames.join(QLatin1Char('\n'));
        if (column == TagsColumn)
            return row.image.id;
        if (column == AgeColumn)
            return tr("Built %1").arg(Format::dateTime(row.image.created));
        if (column == BaseOsColumn && !row.image.baseOs.eolSource.isEmpty())
            return tr("%1\nSource: %2").arg(displayData(row, column).toString(), row.image.baseOs.eolSource);
        return displayData(row, column);
    case Qt::ForegroundRole:
        if (column == BaseOsColumn && row.image.baseOs.pastEol(m_today))
            return QBrush(SeverityStyle::color(Severity::High));
        if (column == BaseOsColumn && !row.image.baseOs.detected)
            return QBrush(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgeColumn || column == UsedByColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(row, column);
    case SeverityCountsRole: {
        const std::array<int, 5> counts = countBySeverity(row.image.findings);
        return QVariantList(counts.begin(), counts.end());
    }
    case ImageIdRole:
        return row.image.id;
    case ImageRole:
        return QVariant::fromValue(row.image);
    default:
        return {};
    }
}

QVariant ImageTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case TagsColumn:
        return displayName(row.image);
    case BaseOsColumn:
        return baseOsText(row.image.baseOs, m_today);
    case AgeColumn: {
        const int days = ageDays(row.image);
        if (days < 0)
            return tr("unknown");
        return days == 0 ? tr("today") : days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    }
    case UsedByColumn:
        return row.userNames.size();
    case FindingsColumn:
        return SeverityStyle::countsText(countBySeverity(row.image.findings));
    case SizeColumn:
        return Format::bytes(row.image.sizeBytes);
    default:
        return {};
    }
}

QVariant ImageTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case TagsColumn:
        return displayName(row.image);
    case BaseOsColumn:
        // Past end of life first when sorted descending, then the nearest end of life.
        if (!row.image.baseOs.eolKnown || !row.image.baseOs.eolDate.isValid())
            return qint64(0);
        return qint64(100000000) - row.image.baseOs.eolDate.toJulianDay();
    case AgeColumn:
        return ageDays(row.image);
    case UsedByColumn:
        return int(row.userNames.size());
    case FindingsColumn:
        return SeverityStyle::countsSortKey(countBySeverity(row.image.findings));
    case SizeColumn:
        return row.image.sizeBytes;
    default:
        return {};
    }
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagsColumn:
        return tr("Image");
    case BaseOsColumn:
        return tr("Base OS");
    case AgeColumn:
        return tr("Build age");
    case UsedByColumn:
        return tr("Containers");
    case FindingsColumn:
        return tr("Findings");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace bulwark
