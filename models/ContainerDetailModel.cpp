#include "ContainerDetailModel.h"

#include "ModelRoles.h"

namespace bulwark {

ContainerDetailModel::ContainerDetailModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHeaders();
}

void ContainerDetailModel::setHeaders()
{
    setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
}

void ContainerDetailModel::setContainer(const ContainerInfo &container)
{
    setNodes(container.id, DetailTree::build(container));
}

void ContainerDetailModel::setNodes(const QString &id, const QList<DetailNode> &nodes)
{
    // Another container: start over so no stale child rows survive by accident.
    if (id != m_containerId && rowCount() > 0)
        removeRows(0, rowCount());
    m_containerId = id;
    sync(invisibleRootItem(), nodes);
}

void ContainerDetailModel::clearContainer()
{
    m_containerId.clear();
    if (rowCount() > 0)
        removeRows(0, rowCount());
}

void ContainerDetailModel::setWarningIcon(const QIcon &icon)
{
    m_warningIcon = icon;
}

void ContainerDetailModel::sync(QStandardItem *parent, const QList<DetailNode> &nodes)
{
    for (int row = 0; row < nodes.size(); ++row) {
        const DetailNode &node = nodes.at(row);
        QStandardItem *setting = parent->child(row, SettingColumn);
        if (!setting || setting->text() != node.setting) {
            // Insert rather than overwrite so rows after this one keep their children.
            auto *newSetting = new QStandardItem;
            auto *newValue = new QStandardItem;
            newSetting->setEditable(false);
            newValue->setEditable(false);
            parent->insertRow(row, {newSetting, newValue});
            setting = newSetting;
        }
        apply(setting, parent->child(row, ValueColumn), node);
        sync(setting, node.children);
    }
    if (parent->rowCount() > nodes.size())
        parent->removeRows(int(nodes.size()), parent->rowCount() - int(nodes.size()));
}

void ContainerDetailModel::apply(QStandardItem *setting, QStandardItem *value, const DetailNode &node)
{
    // QStandardItem::setData emits dataChanged even for equal values; avoid the noise.
    const auto set = [](QStandardItem *item, const QVariant &data, int role) {
        if (item->data(role) != data)
            item->setData(data, role);
    };
    set(setting, node.setting, Qt::DisplayRole);
    set(value, node.value, Qt::DisplayRole);
    const QString toolTip = node.toolTip.isEmpty() ? node.value : node.toolTip;
    set(setting, node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip), Qt::ToolTipRole);
    set(value, toolTip.isEmpty() ? QVariant() : QVariant(toolTip), Qt::ToolTipRole);
    set(setting, node.risk, RiskRole);
    set(value, node.risk, RiskRole);
    const QVariant icon = node.risk && !m_warningIcon.isNull() ? QVariant(m_warningIcon) : QVariant();
    if (setting->data(Qt::DecorationRole).isNull() != icon.isNull())
        setting->setData(icon, Qt::DecorationRole);
}

QModelIndex ContainerDetailModel::findSetting(const QString &setting, const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex candidate = index(row, SettingColumn, parent);
        if (candidate.data(Qt::DisplayRole).toString() == setting)
            return candidate;
    }
    return {};
}

} // namespace bulwark
