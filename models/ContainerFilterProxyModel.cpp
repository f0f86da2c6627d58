#include "ContainerFilterProxyModel.h"

#include "ContainerTableModel.h"
#include "ModelRoles.h"

#include <array>

namespace bulwark {

ContainerFilterProxyModel::ContainerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ContainerFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ContainerFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

bool ContainerFilterProxyModel::stateMatches(StateFilter filter, const QString &state)
{
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Running:
        return state == QLatin1String("running") || state == QLatin1String("paused")
            || state == QLatin1String("restarting");
    case StateFilter::Stopped:
        return state == QLatin1String("exited") || state == QLatin1String("dead");
    case StateFilter::Created:
        return state == QLatin1String("created");
    }
    return true;
}

bool ContainerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QString state = source->index(sourceRow, ContainerTableModel::StateColumn, sourceParent)
                              .data(ContainerStateRole)
                              .toString();
    if (!stateMatches(m_state, state))
        return false;
    if (m_text.isEmpty())
        return true;

    // Match what people see, so "image default" finds containers without a user.
    static constexpr std::array<int, 4> searched = {ContainerTableModel::NameColumn, ContainerTableModel::ImageColumn,
                                                    ContainerTableModel::UserColumn, ContainerTableModel::StateColumn};
    for (const int column : searched) {
        const QString text = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bulwark
