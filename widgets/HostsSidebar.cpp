#include "HostsSidebar.h"

#include "HostListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulwark {

HostsSidebar::HostsSidebar(HostListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_scan(new QPushButton(tr("&Scan"), this))
    , m_add(new QPushButton(tr("&Add Host…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    auto *title = new QLabel(tr("Hosts"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_view->setObjectName(QStringLiteral("hostsView"));
    m_view->setModel(m_model);
    // A one-column tree rather than a QListView: its rows are exactly as wide
    // as the view, so long socket paths elide instead of scrolling sideways.
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_scan->setObjectName(QStringLiteral("scanHostButton"));
    m_scan->setToolTip(tr("Scan the selected host (double-click does the same)"));
    m_add->setObjectName(QStringLiteral("addHostButton"));
    m_remove->setObjectName(QStringLiteral("removeHostButton"));
    m_remove->setToolTip(tr("Remove a host you added (hosts from the docker configuration stay)"));

    connect(m_view, &QTreeView::doubleClicked, this, &HostsSidebar::requestScan);
    connect(m_scan, &QPushButton::clicked, this, &HostsSidebar::requestScan);
    connect(m_add, &QPushButton::clicked, this, &HostsSidebar::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_model->isUserAdded(currentRow()))
            emit removeRequested(currentRow());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostsSidebar::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HostsSidebar::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HostsSidebar::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_scan);
    layout->addLayout(buttons);

    updateButtons();
}

int HostsSidebar::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HostsSidebar::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row));
}

void HostsSidebar::updateButtons()
{
    const int row = currentRow();
    m_scan->setEnabled(row >= 0);
    m_remove->setEnabled(m_model->isUserAdded(row));
}

void HostsSidebar::requestScan()
{
    const int row = currentRow();
    if (row >= 0)
        emit scanRequested(m_model->endpointAt(row));
}

} // namespace bulwark
