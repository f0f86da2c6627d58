#pragma once

#include "store/StoredScan.h"

#include <QAbstractTableModel>
#include <QList>

namespace bulwark {

// The containers of one stored scan, read-only: name, image, state, risk.
class StoredContainerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RiskColumn, NameColumn, ImageColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    explicit StoredContainerModel(QObject *parent = nullptr);

    // A stored scan never changes: a new one replaces the rows wholesale.
    void setContainers(const QList<store::StoredContainer> &containers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::StoredContainer> m_containers;
};

} // namespace bulwark
