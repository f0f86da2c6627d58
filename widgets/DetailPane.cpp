#include "DetailPane.h"

#include "ContainerDetailModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulwark {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerDetailModel(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a container to see its security settings."), this))
    , m_view(new QTreeView(this))
{
    m_model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_view->setObjectName(QStringLiteral("detailView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ContainerDetailModel::SettingColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ContainerDetailModel::SettingColumn, m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);

    auto *copy = new QAction(tr("&Copy Value"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DetailPane::copyCurrentValue);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    clear();
}

void DetailPane::showContainer(const ContainerInfo &container)
{
    const bool sameContainer = container.id == m_model->containerId();
    m_model->setContainer(container);
    m_title->setText(tr("%1 — %2").arg(container.name, container.state));
    m_stack->setCurrentWidget(m_view);
    if (!sameContainer) {
        m_view->expandAll();
        const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        m_view->resizeColumnToContents(ContainerDetailModel::SettingColumn);
        m_view->setColumnWidth(ContainerDetailModel::SettingColumn,
                               qMin(m_view->columnWidth(ContainerDetailModel::SettingColumn) + charWidth, charWidth * 30));
    }
}

void DetailPane::clear()
{
    m_model->clearContainer();
    m_title->setText(tr("Container details"));
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailPane::copyCurrentValue()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex value = current.siblingAtColumn(ContainerDetailModel::ValueColumn);
    QString text = value.data().toString();
    if (text.isEmpty())
        text = current.siblingAtColumn(ContainerDetailModel::SettingColumn).data().toString();
    QApplication::clipboard()->setText(text);
}

} // namespace bulwark
