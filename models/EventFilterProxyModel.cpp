#include "EventFilterProxyModel.h"

#include "EventModel.h"
#include "ModelRoles.h"

namespace bulwark {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void EventFilterProxyModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void EventFilterProxyModel::setSecurityOnly(bool securityOnly)
{
    if (securityOnly == m_securityOnly)
        return;
    m_securityOnly = securityOnly;
    invalidateRowsFilter();
}

void EventFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_securityOnly && index.data(EventModel::SecurityFlagsRole).toUInt() == 0)
        return false;
    if (!m_type.isEmpty() && index.data(EventModel::EventTypeRole).toString() != m_type)
        return false;
    if (!m_text.isEmpty() && !index.data(EventModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace bulwark
