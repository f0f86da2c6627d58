#pragma once

#include "Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace bulwark {

// One row per container of the last scan. setContainers() merges by id so a
// re-scan keeps the selection and scroll position of the views.
class ContainerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RiskColumn,
        TrendColumn, // the risk over recent stored scans (SparklineRole), painted by the view
        NameColumn,
        FindingsColumn,
        ImageColumn,
        StateColumn,
        UserColumn,
        PrivilegedColumn,
        PortsColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ContainerTableModel(QObject *parent = nullptr);

    // Replaces the contents with minimal row removals, insertions and dataChanged.
    void setContainers(const QList<ContainerInfo> &containers);
    void clear();

    [[nodiscard]] ContainerInfo containerAt(int row) const;
    [[nodiscard]] const QList<ContainerInfo> &containers() const { return m_containers; }
    // -1 when no container has that id.
    [[nodiscard]] int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // Each container identity's score over recent stored scans, oldest first
    // (store::containerIdentity); replaces the previous set.
    void setSparklines(const QHash<QString, QList<int>> &sparklines);

    // Shown next to "Yes" in the Privileged column; set by the view layer.
    void setWarningIcon(const QIcon &icon);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ContainerInfo &container, int column) const;
    static QVariant sortData(const ContainerInfo &container, int column);
    static QString publishedPorts(const ContainerInfo &container);
    static bool sameContent(const ContainerInfo &a, const ContainerInfo &b);
    void removeRowsNotIn(const QList<ContainerInfo> &containers);
    void rebuildIndex();

    QList<ContainerInfo> m_containers;
    QHash<QString, int> m_rowById;
    QIcon m_warningIcon;
    QHash<QString, QList<int>> m_sparklines;
};

} // namespace bulwark
