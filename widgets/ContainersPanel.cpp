#include "ContainersPanel.h"

#include "ContainerFilterProxyModel.h"
#include "ContainerTableModel.h"
#include "ModelRoles.h"
#include "SeverityDelegate.h"
#include "SparklineDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace bulwark {

ContainersPanel::ContainersPanel(ContainerTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ContainerFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_placeholder(new QLabel(m_view->viewport()))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, image, user or state"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxyModel::setFilterText);

    using StateFilter = ContainerFilterProxyModel::StateFilter;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QVariant::fromValue(StateFilter::All));
    m_state->addItem(tr("Running"), QVariant::fromValue(StateFilter::Running));
    m_state->addItem(tr("Stopped"), QVariant::fromValue(StateFilter::Stopped));
    m_state->addItem(tr("Created"), QVariant::fromValue(StateFilter::Created));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(m_state->currentData().value<StateFilter>()); });

    m_view->setObjectName(QStringLiteral("containersView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Worst first: the point of the dashboard is what to fix next.
    m_view->sortByColumn(ContainerTableModel::RiskColumn, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(ContainerTableModel::RiskColumn,
                                     new SeverityDelegate(SeverityDelegate::Mode::RiskScore, m_view));
    m_view->setItemDelegateForColumn(ContainerTableModel::TrendColumn, new SparklineDelegate(m_view));
    m_view->setItemDelegateForColumn(ContainerTableModel::FindingsColumn,
                                     new SeverityDelegate(SeverityDelegate::Mode::SeverityCounts, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setDefaultColumnWidths();
    m_model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContainersPanel::onCurrentChanged);

    m_placeholder->setObjectName(QStringLiteral("containersPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // drawn in the disabled text colour
    m_view->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContainersPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContainersPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersPanel::updatePlaceholder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    updatePlaceholder();
}

void ContainersPanel::setDefaultColumnWidths()
{
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (int column = 0; column < ContainerTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, charWidth * 14);
}

void ContainersPanel::fitColumns()
{
    // Once per population: sized to what is there, but no column may crowd out
    // the others. Later merges keep whatever widths the user chose.
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->resizeColumnsToContents();
    for (int column = 0; column < ContainerTableModel::ColumnCount - 1; ++column) {
        const int cap = column == ContainerTableModel::PortsColumn ? 26 : column == ContainerTableModel::FindingsColumn ? 40 : 30;
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + charWidth, charWidth * cap));
    }
}

QString ContainersPanel::currentContainerId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ContainerIdRole).toString() : QString();
}

bool ContainersPanel::selectContainer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ContainerTableModel::NameColumn));
    if (!index.isValid()) {
        m_filter->clear();
        m_state->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, ContainerTableModel::NameColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

int ContainersPanel::shownCount() const
{
    return m_proxy->rowCount();
}

int ContainersPanel::totalCount() const
{
    return m_model->rowCount();
}

void ContainersPanel::onCurrentChanged()
{
    emit currentContainerChanged(currentContainerId());
}

void ContainersPanel::updatePlaceholder()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (m_model->rowCount() == 0)
        m_columnsFitted = false;
    else if (!m_columnsFitted && !empty) {
        m_columnsFitted = true;
        fitColumns();
    }
    if (empty) {
        m_placeholder->setText(m_model->rowCount() == 0 ? tr("No containers to show.")
                                                        : tr("No container matches the filter."));
        m_placeholder->setGeometry(m_view->viewport()->rect());
    }
    m_placeholder->setVisible(empty);
    emit countsChanged(shownCount(), totalCount());
}

bool ContainersPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace bulwark
