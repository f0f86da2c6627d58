#include "StoredScanView.h"

#include "Format.h"
#include "ModelRoles.h"
#include "SeverityDelegate.h"
#include "SeverityStyle.h"
#include "StoredContainerModel.h"
#include "StoredFindingModel.h"
#include "TableStyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulwark {

StoredScanView::StoredScanView(const store::StoredScan &scan, QWidget *parent)
    : QDialog(parent)
    , m_scanId(scan.summary.id)
    , m_containers(new StoredContainerModel(this))
    , m_findings(new StoredFindingModel(this))
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("storedScanView"));
    setWindowTitle(tr("Stored scan #%1").arg(scan.summary.id));
    resize(1000, 640);

    m_heading->setObjectName(QStringLiteral("storedScanHeading"));
    m_heading->setText(heading(scan.summary));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("storedScanSummary"));
    summary->setText(tr("Host risk %1 (%2) · containers: %3 · findings: %4 · Docker %5")
                         .arg(scan.summary.hostScore)
                         .arg(SeverityStyle::riskBandLabel(scan.summary.hostScore))
                         .arg(scan.containers.size())
                         .arg(SeverityStyle::countsText(scan.summary.severityCounts), scan.summary.engineVersion));
    summary->setWordWrap(true);

    m_containers->setContainers(scan.containers);
    m_findings->setFindings(scan.findings);

    QTableView *containers = createTable(m_containers, QStringLiteral("storedContainersView"));
    containers->setItemDelegateForColumn(StoredContainerModel::RiskColumn,
                                         new SeverityDelegate(SeverityDelegate::Mode::RiskScore, containers));
    containers->sortByColumn(StoredContainerModel::RiskColumn, Qt::DescendingOrder);

    QTableView *findings = createTable(m_findings, QStringLiteral("storedFindingsView"));
    findings->setItemDelegateForColumn(StoredFindingModel::SeverityColumn,
                                       new SeverityDelegate(SeverityDelegate::Mode::Severity, findings));
    findings->sortByColumn(StoredFindingModel::SeverityColumn, Qt::DescendingOrder);

    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    containers->setColumnWidth(StoredContainerModel::RiskColumn, charWidth * 16);
    containers->setColumnWidth(StoredContainerModel::NameColumn, charWidth * 30);
    containers->setColumnWidth(StoredContainerModel::ImageColumn, charWidth * 36);
    findings->setColumnWidth(StoredFindingModel::SeverityColumn, charWidth * 13);
    findings->setColumnWidth(StoredFindingModel::RuleColumn, charWidth * 44);
    findings->setColumnWidth(StoredFindingModel::TargetColumn, charWidth * 22);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("storedScanTabs"));
    tabs->addTab(containers, tr("Containers (%1)").arg(scan.containers.size()));
    tabs->addTab(findings, tr("Findings (%1)").arg(scan.findings.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

QTableView *StoredScanView::createTable(QAbstractItemModel *source, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSortRole(SortRole);
    proxy->setSourceModel(source);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    TableStyle::apply(view);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString StoredScanView::headingText() const
{
    return m_heading->text();
}

QString StoredScanView::heading(const store::ScanSummary &summary)
{
    const QString host = summary.hostName.isEmpty() || summary.hostName == summary.hostUrl
        ? summary.hostUrl
        : tr("%1 (%2)").arg(summary.hostName, summary.hostUrl);
    return tr("Scan #%1 of %2 at %3 — read-only").arg(summary.id).arg(host, Format::dateTime(summary.startedAt));
}

} // namespace bulwark
