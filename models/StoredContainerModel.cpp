#include "StoredContainerModel.h"

#include "ModelRoles.h"
#include "SeverityStyle.h"

namespace bulwark {

StoredContainerModel::StoredContainerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoredContainerModel::setContainers(const QList<store::StoredContainer> &containers)
{
    beginResetModel();
    m_containers = containers;
    endResetModel();
}

int StoredContainerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int StoredContainerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredContainerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::StoredContainer &container = m_containers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case RiskColumn:
            return container.score;
        case NameColumn:
            return container.name;
        case ImageColumn:
            return container.image;
        case StateColumn:
            return container.state;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RiskColumn)
            return tr("Risk %1 of 100: %2").arg(container.score).arg(SeverityStyle::riskBandLabel(container.score));
        if (index.column() == NameColumn)
            return container.id;
        return {};
    case RiskScoreRole:
        return container.score;
    case ContainerIdRole:
        return container.id;
    default:
        return {};
    }
}

QVariant StoredContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case NameColumn:
        return tr("Name");
    case ImageColumn:
        return tr("Image");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace bulwark
