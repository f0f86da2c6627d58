#pragma once

#include "DetailTree.h"
#include "Snapshot.h"

#include <QIcon>
#include <QStandardItemModel>

namespace bulwark {

// The selected container's security-relevant settings as a two-column tree
// (Setting, Value). Showing the same container again after a re-scan updates
// the items in place, so expansion and scroll position survive.
class ContainerDetailModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column { SettingColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ContainerDetailModel(QObject *parent = nullptr);

    void setContainer(const ContainerInfo &container);
    // Shows any detail tree for the item with this id (permissions, score breakdown, ...).
    void setNodes(const QString &id, const QList<DetailNode> &nodes);
    void clearContainer();
    [[nodiscard]] QString containerId() const { return m_containerId; }

    // Marks rows worth a second look (RiskRole true); set by the view layer.
    void setWarningIcon(const QIcon &icon);

    // The index of the row with this setting label under parent, or invalid.
    [[nodiscard]] QModelIndex findSetting(const QString &setting, const QModelIndex &parent = {}) const;

private:
    void sync(QStandardItem *parent, const QList<DetailNode> &nodes);
    void apply(QStandardItem *setting, QStandardItem *value, const DetailNode &node);
    void setHeaders();

    QString m_containerId;
    QIcon m_warningIcon;
};

} // namespace bulwark
