#include "ContainerTableModel.h"

#include "Format.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "rules/RuleEngine.h"
#include "store/ContainerIdentity.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <limits>

namespace bulwark {

ContainerTableModel::ContainerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContainerTableModel::setContainers(const QList<ContainerInfo> &containers)
{
    removeRowsNotIn(containers);

    // Update rows that still exist; a row changes as a whole because any
    // column may depend on the inspect document.
    QList<ContainerInfo> added;
    QSet<QString> addedIds;
    for (const ContainerInfo &container : containers) {
        const int row = m_rowById.value(container.id, -1);
        if (row < 0) {
            if (!addedIds.contains(container.id)) {
                addedIds.insert(container.id);
                added.append(container);
            }
            continue;
        }
        if (!sameContent(m_containers.at(row), container)) {
            m_containers[row] = container;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    if (!added.isEmpty()) {
        const int first = int(m_containers.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_containers.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

void ContainerTableModel::removeRowsNotIn(const QList<ContainerInfo> &containers)
{
    QSet<QString> keep;
    keep.reserve(containers.size());
    for (const ContainerInfo &container : containers)
        keep.insert(container.id);

    // Walk backwards and remove each contiguous run of vanished rows at once.
    int row = int(m_containers.size()) - 1;
    while (row >= 0) {
        if (keep.contains(m_containers.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !keep.contains(m_containers.at(row - 1).id))
            --row;
        beginRemoveRows({}, row, last);
        m_containers.remove(row, last - row + 1);
        rebuildIndex();
        endRemoveRows();
        --row;
    }
}

void ContainerTableModel::clear()
{
    if (m_containers.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_containers.size()) - 1);
    m_containers.clear();
    m_rowById.clear();
    endRemoveRows();
}

ContainerInfo ContainerTableModel::containerAt(int row) const
{
    return row >= 0 && row < m_containers.size() ? m_containers.at(row) : ContainerInfo{};
}

void ContainerTableModel::setSparklines(const QHash<QString, QList<int>> &sparklines)
{
    if (sparklines == m_sparklines)
        return;
    m_sparklines = sparklines;
    if (!m_containers.isEmpty())
        emit dataChanged(index(0, TrendColumn), index(rowCount() - 1, TrendColumn));
}

void ContainerTableModel::setWarningIcon(const QIcon &icon)
{
    m_warningIcon = icon;
    if (!m_containers.isEmpty())
        emit dataChanged(index(0, PrivilegedColumn), index(rowCount() - 1, PrivilegedColumn), {Qt::DecorationRole});
}

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContainerInfo &container = m_containers.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(container, column);
    case Qt::ToolTipRole:
        if (column == UserColumn && container.user.isEmpty())
            return tr("No user is set for this container, so the image's USER applies: root unless the image sets one.");
        if (column == PrivilegedColumn && container.privileged)
            return tr("Privileged: all capabilities, all host devices, no seccomp or AppArmor confinement.");
        if (column == NameColumn)
            return container.id;
        if (column == RiskColumn)
            return tr("Risk %1 of 100: %2").arg(container.risk.score).arg(SeverityStyle::riskBandLabel(container.risk.score));
        if (column == FindingsColumn) {
            const QString counts = SeverityStyle::countsText(countBySeverity(container.findings));
            return container.findings.size() == 1 ? tr("1 finding: %1").arg(counts)
                                                  : tr("%1 findings: %2").arg(container.findings.size()).arg(counts);
        }
        if (column == CreatedColumn)
            return Format::dateTime(container.created);
        if (column == TrendColumn) {
            const QList<int> scores = m_sparklines.value(store::containerIdentity(container));
            if (scores.isEmpty())
                return tr("No stored scan of this container yet");
            // Runs of the same score are written once with their length: "51 ×12 → 32 ×8".
            QStringList parts;
            for (qsizetype i = 0; i < scores.size();) {
                qsizetype end = i + 1;
                while (end < scores.size() && scores.at(end) == scores.at(i))
                    ++end;
                parts << (end - i > 1 ? tr("%1 ×%2").arg(scores.at(i)).arg(end - i) : QString::number(scores.at(i)));
                i = end;
            }
            return tr("Risk in the last %1 stored scans, oldest first: %2")
                .arg(scores.size())
                .arg(parts.join(QStringLiteral(" → ")));
        }
        return displayData(container, column);
    case Qt::FontRole:
        if (column == UserColumn && container.user.isEmpty()) {
            QFont font; // "image default" is a description, not a user name
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == PrivilegedColumn && container.privileged && !m_warningIcon.isNull())
            return m_warningIcon;
        return {};
    case SortRole:
        return sortData(container, column);
    case RiskScoreRole:
        return container.risk.score;
    case SeverityRole: {
        const std::optional<Severity> band = SeverityStyle::riskBand(container.risk.score);
        return band ? int(*band) : -1;
    }
    case SeverityCountsRole: {
        const std::array<int, 5> counts = countBySeverity(container.findings);
        return QVariantList(counts.begin(), counts.end());
    }
    case Qt::TextAlignmentRole:
        if (column == RiskColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ContainerIdRole:
        return container.id;
    case ContainerStateRole:
        return container.state;
    case ContainerRole:
        return QVariant::fromValue(container);
    case SparklineRole:
        if (column != TrendColumn)
            return {};
        return QVariant::fromValue(m_sparklines.value(store::containerIdentity(container)));
    default:
        return {};
    }
}

QVariant ContainerTableModel::displayData(const ContainerInfo &container, int column) const
{
    switch (column) {
    case RiskColumn:
        return container.risk.score;
    case FindingsColumn:
        return SeverityStyle::countsText(countBySeverity(container.findings));
    case NameColumn:
        return container.name;
    case ImageColumn:
        return container.image;
    case StateColumn:
        return container.state;
    case UserColumn:
        return Format::user(container.user);
    case PrivilegedColumn:
        return Format::yesNo(container.privileged);
    case PortsColumn:
        return publishedPorts(container);
    case CreatedColumn:
        return Format::dateTimeShort(container.created);
    default:
        return {};
    }
}

QVariant ContainerTableModel::sortData(const ContainerInfo &container, int column)
{
    switch (column) {
    case RiskColumn:
    case TrendColumn:
        return container.risk.score;
    case FindingsColumn:
        return SeverityStyle::countsSortKey(countBySeverity(container.findings));
    case NameColumn:
        return container.name;
    case ImageColumn:
        return container.image;
    case StateColumn:
        return container.state;
    case UserColumn:
        return container.user;
    case PrivilegedColumn:
        return container.privileged;
    case PortsColumn: {
        // Lowest published host port; containers publishing nothing sort first.
        int lowest = std::numeric_limits<int>::max();
        for (const PortBinding &port : container.ports) {
            if (port.published())
                lowest = std::min(lowest, port.hostPort);
        }
        return lowest == std::numeric_limits<int>::max() ? 0 : lowest;
    }
    case CreatedColumn:
        return container.created;
    default:
        return {};
    }
}

QString ContainerTableModel::publishedPorts(const ContainerInfo &container)
{
    QStringList published;
    for (const PortBinding &port : container.ports) {
        if (port.published())
            published.append(port.toString());
    }
    return published.join(QStringLiteral(", "));
}

bool ContainerTableModel::sameContent(const ContainerInfo &a, const ContainerInfo &b)
{
    // The inspect document holds everything the daemon said; the fields are
    // compared too for containers built without one (tests, other sources).
    return a.inspect == b.inspect && a.name == b.name && a.image == b.image && a.state == b.state
        && a.user == b.user && a.privileged == b.privileged && a.created == b.created
        && a.startedAt == b.startedAt && publishedPorts(a) == publishedPorts(b) && a.risk.score == b.risk.score
        && a.findings.size() == b.findings.size() && countBySeverity(a.findings) == countBySeverity(b.findings);
}

void ContainerTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_containers.size());
    for (int row = 0; row < m_containers.size(); ++row)
        m_rowById.insert(m_containers.at(row).id, row);
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RiskColumn:
            return tr("Risk");
        case TrendColumn:
            return tr("Trend");
        case FindingsColumn:
            return tr("Findings");
        case NameColumn:
            return tr("Name");
        case ImageColumn:
            return tr("Image");
        case StateColumn:
            return tr("State");
        case UserColumn:
            return tr("User");
        case PrivilegedColumn:
            return tr("Privileged");
        case PortsColumn:
            return tr("Published ports");
        case CreatedColumn:
            return tr("Created");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RiskColumn:
            return tr("Risk score 0–100: critical ≥ 90, high ≥ 60, medium ≥ 30, low above 0");
        case TrendColumn:
            return tr("Risk score over the last stored scans, oldest on the left");
        case FindingsColumn:
            return tr("Findings by severity, worst first");
        case UserColumn:
            return tr("The user the container's main process runs as");
        case PortsColumn:
            return tr("Host address and port → container port; 0.0.0.0 means every interface of the host");
        case CreatedColumn:
            return tr("Creation time, in local time");
        default:
            return {};
        }
    }
    return {};
}

} // namespace bulwark
