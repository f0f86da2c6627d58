#include "ImagesPanel.h"

#include "FindingDetailView.h"
#include "ImageTableModel.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityDelegate.h"
#include "TableStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark {

namespace {
QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    TableStyle::apply(view);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

ImagesPanel::ImagesPanel(ImageTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(makeTable(this, QStringLiteral("imagesView")))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QStandardItemModel(0, 3, this))
    , m_findingsView(makeTable(this, QStringLiteral("imageFindingsView")))
    , m_detail(new FindingDetailView(this))
{
    m_detail->setObjectName(QStringLiteral("imageFindingDetail"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("imagesFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by tag or base OS"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageTableModel::AgeColumn, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(ImageTableModel::FindingsColumn,
                                     new SeverityDelegate(SeverityDelegate::Mode::SeverityCounts, m_view));
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(ImageTableModel::TagsColumn, charWidth * 22);
    m_view->setColumnWidth(ImageTableModel::BaseOsColumn, charWidth * 44);
    m_view->setColumnWidth(ImageTableModel::AgeColumn, charWidth * 11);
    m_view->setColumnWidth(ImageTableModel::UsedByColumn, charWidth * 11);
    m_view->setColumnWidth(ImageTableModel::FindingsColumn, charWidth * 30);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesPanel::showCurrentImage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImagesPanel::showCurrentImage);

    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Evidence")});
    m_findingsView->setModel(m_findings);
    m_findingsView->setItemDelegateForColumn(0, new SeverityDelegate(SeverityDelegate::Mode::Severity, m_findingsView));
    m_findingsView->setColumnWidth(0, charWidth * 13);
    m_findingsView->setColumnWidth(1, charWidth * 50);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesPanel::showCurrentFinding);

    QFont bold = m_findingsTitle->font();
    bold.setBold(true);
    m_findingsTitle->setFont(bold);
    m_findingsTitle->setObjectName(QStringLiteral("imageFindingsTitle"));

    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *findingsBox = new QWidget(lower);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findingsView, 1);
    lower->addWidget(findingsBox);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    showCurrentImage();
}

QString ImagesPanel::currentImageId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ImageIdRole).toString() : QString();
}

void ImagesPanel::selectImage(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void ImagesPanel::showCurrentImage()
{
    const QString id = currentImageId();
    const ImageInfo image = m_model->imageAt(m_model->rowOf(id));
    QList<Finding> findings = image.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    m_findingsTitle->setText(id.isEmpty() ? tr("Select an image to see its findings.")
                                          : tr("Findings of %1").arg(ImageTableModel::displayName(image)));
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &finding = findings.at(row);
        const QList<QString> texts{severityLabel(finding.severity), finding.title, finding.evidence};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QStandardItem(texts.at(column));
            item->setEditable(false);
            item->setData(int(finding.severity), SeverityRole);
            item->setData(QVariant::fromValue(finding), FindingRole);
            item->setToolTip(texts.at(column));
            m_findings->setItem(row, column, item);
        }
    }
    if (findings.isEmpty())
        m_detail->clearFinding();
    else
        m_findingsView->setCurrentIndex(m_findings->index(0, 0));
}

void ImagesPanel::showCurrentFinding()
{
    const QVariant finding = m_findingsView->currentIndex().data(FindingRole);
    if (finding.isValid())
        m_detail->showFinding(finding.value<Finding>());
    else
        m_detail->clearFinding();
}

} // namespace bulwark
