#pragma once

#include "Snapshot.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace bulwark {

class ContainerDetailModel;

// The selected container in three tabs: its settings, what it may do
// (permissions) and how its risk score came about.
class DetailPane : public QWidget {
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // Showing the same container again updates the tree in place.
    void showContainer(const ContainerInfo &container);
    void clear();

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] ContainerDetailModel *model() const { return m_model; }
    [[nodiscard]] ContainerDetailModel *permissionsModel() const { return m_permissionsModel; }
    [[nodiscard]] ContainerDetailModel *scoreModel() const { return m_scoreModel; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    QTreeView *createTree(ContainerDetailModel *model, const QString &objectName);
    void copyCurrentValue(QTreeView *view);

    ContainerDetailModel *m_model;
    ContainerDetailModel *m_permissionsModel;
    ContainerDetailModel *m_scoreModel;
    QTabWidget *m_tabs;
    QTreeView *m_permissionsView;
    QTreeView *m_scoreView;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
};

} // namespace bulwark
