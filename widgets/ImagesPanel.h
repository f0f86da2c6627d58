#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace bulwark {

class FindingDetailView;
class ImageTableModel;

// The scanned host's images: a sortable, filterable table (oldest first), and
// the selected image's findings with the chosen one explained.
class ImagesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ImagesPanel(ImageTableModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QString currentImageId() const;
    void selectImage(const QString &id);

private:
    void showCurrentImage();
    void showCurrentFinding();

    ImageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_findingsTitle;
    QStandardItemModel *m_findings;
    QTableView *m_findingsView;
    FindingDetailView *m_detail;
};

} // namespace bulwark
