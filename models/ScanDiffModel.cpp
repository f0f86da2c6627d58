#include "ScanDiffModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"

#include <QFont>

namespace bulwark {

namespace {

// internalId of a top-level row; item rows carry their section + 1.
constexpr quintptr topLevel = 0;

} // namespace

ScanDiffModel::ScanDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ScanDiffModel::setDiff(const store::ScanDiff &diff)
{
    // A diff between two other scans shares nothing with the last one: reset.
    beginResetModel();
    m_diff = diff;
    m_hasDiff = true;
    endResetModel();
}

void ScanDiffModel::clear()
{
    if (!m_hasDiff)
        return;
    beginResetModel();
    m_diff = {};
    m_hasDiff = false;
    endResetModel();
}

int ScanDiffModel::itemCount(Section section) const
{
    switch (section) {
    case NewFindings:
        return int(m_diff.newFindings.size());
    case ResolvedFindings:
        return int(m_diff.resolvedFindings.size());
    case UnchangedFindings:
        return int(m_diff.unchangedFindings.size());
    case AddedContainers:
        return int(m_diff.addedContainers.size());
    case RemovedContainers:
        return int(m_diff.removedContainers.size());
    case ScoreChanges:
        return int(m_diff.scoreChanges.size());
    case SectionCount:
        break;
    }
    return 0;
}

QModelIndex ScanDiffModel::sectionIndex(Section section) const
{
    return index(int(section), 0);
}

QModelIndex ScanDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return m_hasDiff && row < SectionCount ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= SectionCount)
        return {};
    if (row >= itemCount(Section(parent.row())))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ScanDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ScanDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasDiff ? SectionCount : 0;
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return itemCount(Section(parent.row()));
}

int ScanDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScanDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevel) {
        if (role == SectionRole)
            return index.row();
        return sectionData(Section(index.row()), index.column(), role);
    }
    if (role == SectionRole)
        return -1;
    const auto section = Section(index.internalId() - 1);
    const int row = index.row();
    switch (section) {
    case NewFindings:
        return findingData(m_diff.newFindings.at(row), index.column(), role);
    case ResolvedFindings:
        return findingData(m_diff.resolvedFindings.at(row), index.column(), role);
    case UnchangedFindings:
        return findingData(m_diff.unchangedFindings.at(row), index.column(), role);
    case AddedContainers:
        return containerData(m_diff.addedContainers.at(row), index.column(), role);
    case RemovedContainers:
        return containerData(m_diff.removedContainers.at(row), index.column(), role);
    case ScoreChanges:
        return scoreChangeData(m_diff.scoreChanges.at(row), index.column(), role);
    case SectionCount:
        break;
    }
    return {};
}

QString ScanDiffModel::sectionTitle(Section section)
{
    switch (section) {
    case NewFindings:
        return tr("New findings");
    case ResolvedFindings:
        return tr("Resolved findings");
    case UnchangedFindings:
        return tr("Unchanged findings");
    case AddedContainers:
        return tr("Added containers");
    case RemovedContainers:
        return tr("Removed containers");
    case ScoreChanges:
        return tr("Score changes");
    case SectionCount:
        break;
    }
    return {};
}

QVariant ScanDiffModel::sectionData(Section section, int column, int role) const
{
    const int count = itemCount(section);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ItemColumn)
            return tr("%1 (%2)").arg(sectionTitle(section)).arg(count);
        if (column == DetailsColumn && section == ScoreChanges)
            return tr("host %1 → %2").arg(m_diff.from.hostScore).arg(m_diff.to.hostScore);
        return {};
    case Qt::FontRole:
        if (column == ItemColumn) {
            QFont font;
            font.setBold(count > 0);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Empty sections recede; the eye goes to what changed.
        return count == 0 ? QVariant::fromValue(QColor(Qt::gray)) : QVariant();
    case SortRole:
        return int(section);
    default:
        return {};
    }
}

QVariant ScanDiffModel::findingData(const store::StoredFinding &finding, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return tr("%1 %2").arg(finding.ruleId, finding.title);
        case SeverityColumn:
            return severityLabel(finding.severity);
        case TargetColumn:
            return finding.targetName.isEmpty() ? tr("Docker daemon") : finding.targetName;
        case DetailsColumn:
            return finding.evidence;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == DetailsColumn || column == ItemColumn)
            return finding.evidence.isEmpty() ? finding.title : tr("%1\n%2").arg(finding.title, finding.evidence);
        return {};
    case SeverityRole:
        return int(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    case SortRole:
        return column == SeverityColumn ? QVariant(int(finding.severity)) : findingData(finding, column, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ScanDiffModel::containerData(const store::StoredContainer &container, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return container.name;
        case SeverityColumn:
            return container.score;
        case TargetColumn:
            return container.image;
        case DetailsColumn:
            return container.state;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == ItemColumn ? container.identity : QVariant();
    case RiskScoreRole:
        return container.score;
    case SortRole:
        return column == SeverityColumn ? QVariant(container.score) : QVariant(container.name);
    default:
        return {};
    }
}

QVariant ScanDiffModel::scoreChangeData(const store::ScoreChange &change, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return change.name;
        case SeverityColumn:
            return change.after;
        case TargetColumn:
            return tr("%1 → %2").arg(change.before).arg(change.after);
        case DetailsColumn:
            return change.delta() > 0 ? tr("%1 (worse)").arg(Format::signedNumber(change.delta()))
                                      : tr("%1 (better)").arg(Format::signedNumber(change.delta()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == ItemColumn ? change.identity : QVariant();
    case Qt::ForegroundRole:
        if (column == DetailsColumn)
            return change.delta() > 0 ? SeverityStyle::color(Severity::High) : SeverityStyle::noneColor();
        return {};
    case RiskScoreRole:
        return change.after;
    case SortRole:
        return column == SeverityColumn ? QVariant(change.after) : QVariant(change.delta());
    default:
        return {};
    }
}

QVariant ScanDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Change");
    case SeverityColumn:
        return tr("Severity / risk");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace bulwark
