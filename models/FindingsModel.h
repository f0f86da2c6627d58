#pragma once

#include "Snapshot.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

namespace bulwark {

// Every finding of a scan as a two-level tree: a group per target (each
// container, the daemon, each image) with its findings below. setSnapshot()
// merges, so a re-scan keeps the views' selection and expansion.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, SeverityColumn, RuleColumn, TargetColumn, EvidenceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    void setSnapshot(const HostSnapshot &snapshot);
    void clear();

    // The group of a container, image or the daemon ("" for the daemon), or invalid.
    [[nodiscard]] QModelIndex groupIndex(RuleScope scope, const QString &targetId) const;
    [[nodiscard]] int findingCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString key;
        RuleScope scope = RuleScope::Container;
        QString targetId;
        QString name;
        int riskScore = 0;
        QList<Finding> findings;
    };

    static QList<Group> groupsOf(const HostSnapshot &snapshot);
    static QString findingKey(const Finding &finding);
    static bool sameFinding(const Finding &a, const Finding &b);
    [[nodiscard]] Group *groupOf(const QModelIndex &index) const;
    [[nodiscard]] int rowOfGroup(const QString &key) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant findingData(const Group &group, const Finding &finding, int column, int role) const;
    void mergeGroup(int row, const Group &fresh);

    // Heap-allocated so a child index's internal pointer stays valid while groups move.
    QList<std::shared_ptr<Group>> m_groups;
};

} // namespace bulwark
