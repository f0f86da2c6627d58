#pragma once

#include "store/ScanDiff.h"

#include <QAbstractItemModel>

namespace bulwark {

// What changed between two stored scans, as a two-level tree: one top-level
// row per section (new, resolved and unchanged findings, added and removed
// containers, score changes) with its count, and the items under it. Every
// section is always present, so an empty one says "nothing" rather than vanish.
class ScanDiffModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Section {
        NewFindings,
        ResolvedFindings,
        UnchangedFindings,
        AddedContainers,
        RemovedContainers,
        ScoreChanges,
        SectionCount
    };
    Q_ENUM(Section)

    // Item: rule id and title, container name; Severity: severity pill or
    // score; Target: what the finding is about, or the image; Details: evidence
    // or the change in score.
    enum Column { ItemColumn, SeverityColumn, TargetColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Column)

    // Top-level rows carry their Section in this role; item rows -1.
    static constexpr int SectionRole = Qt::UserRole + 200;

    explicit ScanDiffModel(QObject *parent = nullptr);

    void setDiff(const store::ScanDiff &diff);
    void clear();
    [[nodiscard]] bool hasDiff() const { return m_hasDiff; }
    [[nodiscard]] const store::ScanDiff &diff() const { return m_diff; }
    [[nodiscard]] int itemCount(Section section) const;
    [[nodiscard]] QModelIndex sectionIndex(Section section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sectionTitle(Section section);

private:
    QVariant sectionData(Section section, int column, int role) const;
    QVariant findingData(const store::StoredFinding &finding, int column, int role) const;
    QVariant containerData(const store::StoredContainer &container, int column, int role) const;
    QVariant scoreChangeData(const store::ScoreChange &change, int column, int role) const;

    store::ScanDiff m_diff;
    bool m_hasDiff = false;
};

} // namespace bulwark
