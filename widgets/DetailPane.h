#pragma once

#include "Snapshot.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace bulwark {

class ContainerDetailModel;

// The selected container's settings as an expanded Setting/Value tree.
class DetailPane : public QWidget {
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // Showing the same container again updates the tree in place.
    void showContainer(const ContainerInfo &container);
    void clear();

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] ContainerDetailModel *model() const { return m_model; }

private:
    void copyCurrentValue();

    ContainerDetailModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
};

} // namespace bulwark
