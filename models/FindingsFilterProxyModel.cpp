#include "FindingsFilterProxyModel.h"

#include "FindingsModel.h"
#include "MetaTypes.h"
#include "ModelRoles.h"

namespace bulwark {

FindingsFilterProxyModel::FindingsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
}

void FindingsFilterProxyModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

void FindingsFilterProxyModel::setRuleFilter(const QString &ruleId)
{
    const QString trimmed = ruleId.trimmed();
    if (trimmed == m_rule)
        return;
    m_rule = trimmed;
    invalidateFilter();
}

void FindingsFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool FindingsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Groups are kept by recursive filtering when one of their findings passes.
    if (!sourceParent.isValid())
        return false;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto finding = row.data(FindingRole).value<Finding>();
    if (finding.severity < m_minimum)
        return false;
    if (!m_rule.isEmpty() && finding.ruleId.compare(m_rule, Qt::CaseInsensitive) != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &text : {finding.title, finding.evidence, finding.ruleId, finding.cis, finding.targetName,
                                sourceParent.data(Qt::DisplayRole).toString()}) {
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bulwark
