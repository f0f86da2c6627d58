#pragma once

#include "Snapshot.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace bulwark {

// One row per image of the last scan: tags, build age, base OS and its
// end-of-life status, the containers using it and its findings. setImages()
// merges by id so a re-scan keeps the selection.
class ImageTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TagsColumn, BaseOsColumn, AgeColumn, UsedByColumn, FindingsColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ImageTableModel(QObject *parent = nullptr);

    // Container names for the "used by" tooltip come from containers.
    void setImages(const QList<ImageInfo> &images, const QList<ContainerInfo> &containers = {});
    void clear();
    // The day ages and end of life are measured against; today by default. For tests.
    void setToday(const QDate &today);

    [[nodiscard]] int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    [[nodiscard]] ImageInfo imageAt(int row) const;

    // "Debian 9 (stretch) — end of life since 2022-06-30", "unknown (no os-release)", ...
    static QString baseOsText(const OsRelease &os, const QDate &today);
    static QString displayName(const ImageInfo &image);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ImageInfo image;
        QStringList userNames; // names of the containers using it
    };
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] int ageDays(const ImageInfo &image) const;
    static bool sameContent(const Row &a, const Row &b);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QDate m_today;
};

} // namespace bulwark
