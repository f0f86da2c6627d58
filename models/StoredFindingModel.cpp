#include "StoredFindingModel.h"

#include "ModelRoles.h"

namespace bulwark {

StoredFindingModel::StoredFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoredFindingModel::setFindings(const QList<store::StoredFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int StoredFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int StoredFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::StoredFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(finding.severity);
        case RuleColumn:
            return tr("%1 %2").arg(finding.ruleId, finding.title);
        case TargetColumn:
            return finding.targetName.isEmpty() ? tr("Docker daemon") : finding.targetName;
        case EvidenceColumn:
            return finding.evidence;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(finding.severity);
        case RuleColumn:
            return finding.ruleId;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn && !finding.cis.isEmpty())
            return tr("CIS Docker Benchmark %1").arg(finding.cis);
        if (index.column() == EvidenceColumn)
            return finding.evidence;
        return {};
    case SeverityRole:
        return int(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    default:
        return {};
    }
}

QVariant StoredFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TargetColumn:
        return tr("Target");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace bulwark
