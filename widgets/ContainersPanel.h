#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace bulwark {

class ContainerFilterProxyModel;
class ContainerTableModel;

// The containers of the scanned host: a sortable table with a text filter and
// a state filter. Reports the current container by id.
class ContainersPanel : public QWidget {
    Q_OBJECT

public:
    explicit ContainersPanel(ContainerTableModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ContainerFilterProxyModel *proxy() const { return m_proxy; }
    // Empty when no row is current.
    [[nodiscard]] QString currentContainerId() const;
    [[nodiscard]] int shownCount() const;
    // Makes the container current (clearing filters that hide it); false if it is unknown.
    bool selectContainer(const QString &id);
    [[nodiscard]] int totalCount() const;

signals:
    void currentContainerChanged(const QString &id);
    void countsChanged(int shown, int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void updatePlaceholder();
    void setDefaultColumnWidths();
    void fitColumns();

    ContainerTableModel *m_model;
    ContainerFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QTableView *m_view;
    QLabel *m_placeholder;
    bool m_columnsFitted = false;
};

} // namespace bulwark
