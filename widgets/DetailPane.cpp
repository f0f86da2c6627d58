#include "DetailPane.h"

#include "ContainerDetailModel.h"
#include "PermissionsTree.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulwark {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerDetailModel(this))
    , m_permissionsModel(new ContainerDetailModel(this))
    , m_scoreModel(new ContainerDetailModel(this))
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a container to see its security settings."), this))
{
    m_view = createTree(m_model, QStringLiteral("detailView"));
    m_permissionsView = createTree(m_permissionsModel, QStringLiteral("permissionsView"));
    m_scoreView = createTree(m_scoreModel, QStringLiteral("scoreView"));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Settings"));
    m_tabs->addTab(m_permissionsView, tr("Permissions"));
    m_tabs->addTab(m_scoreView, tr("Score"));

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    clear();
}

QTreeView *DetailPane::createTree(ContainerDetailModel *model, const QString &objectName)
{
    model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    auto *view = new QTreeView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(ContainerDetailModel::SettingColumn, QHeaderView::Interactive);
    view->setColumnWidth(ContainerDetailModel::SettingColumn, view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);

    auto *copy = new QAction(tr("&Copy Value"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, view] { copyCurrentValue(view); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

void DetailPane::showContainer(const ContainerInfo &container)
{
    const bool sameContainer = container.id == m_model->containerId();
    m_model->setContainer(container);
    m_permissionsModel->setNodes(container.id, PermissionsTree::permissions(container));
    m_scoreModel->setNodes(container.id, PermissionsTree::scoreBreakdown(container));
    m_title->setText(tr("%1 — %2").arg(container.name, container.state));
    m_stack->setCurrentWidget(m_tabs);
    if (!sameContainer) {
        const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        for (QTreeView *view : {m_view, m_permissionsView, m_scoreView}) {
            view->expandAll();
            view->resizeColumnToContents(ContainerDetailModel::SettingColumn);
            view->setColumnWidth(ContainerDetailModel::SettingColumn,
                                 qMin(view->columnWidth(ContainerDetailModel::SettingColumn) + charWidth, charWidth * 30));
        }
        // The full capability list is long; the interesting parts are the differences from the default.
        const QModelIndex caps = m_permissionsModel->findSetting(PermissionsTree::tr("Capabilities"));
        m_permissionsView->collapse(m_permissionsModel->findSetting(PermissionsTree::tr("Effective"), caps));
        // Privileged adds every capability: the list says nothing the summary does not.
        const QModelIndex added = m_permissionsModel->findSetting(PermissionsTree::tr("Beyond the default set"), caps);
        if (m_permissionsModel->rowCount(added) > 8)
            m_permissionsView->collapse(added);
    }
}

void DetailPane::clear()
{
    m_model->clearContainer();
    m_permissionsModel->clearContainer();
    m_scoreModel->clearContainer();
    m_title->setText(tr("Container details"));
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailPane::copyCurrentValue(QTreeView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex value = current.siblingAtColumn(ContainerDetailModel::ValueColumn);
    QString text = value.data().toString();
    if (text.isEmpty())
        text = current.siblingAtColumn(ContainerDetailModel::SettingColumn).data().toString();
    QApplication::clipboard()->setText(text);
}

} // namespace bulwark
