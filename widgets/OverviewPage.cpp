#include "OverviewPage.h"

#include "ImageTableModel.h"
#include "ModelRoles.h"
#include "SeverityDelegate.h"
#include "SeverityStyle.h"
#include "rules/RuleEngine.h"

#include <QBrush>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark {

namespace {
constexpr int worstCount = 5;
constexpr int oldestCount = 5;

// Sets a cell's data in place so the tables update without a reset.
void setCell(QStandardItemModel *model, int row, int column, const QString &text, const QList<QPair<int, QVariant>> &roles = {})
{
    QStandardItem *item = model->item(row, column);
    if (!item) {
        item = new QStandardItem;
        item->setEditable(false);
        model->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    for (const auto &[role, value] : roles) {
        if (item->data(role) != value)
            item->setData(value, role);
    }
}

QVariantList countsVariant(const std::array<int, 5> &counts)
{
    return QVariantList(counts.begin(), counts.end());
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_band(new QLabel(this))
    , m_hostInfo(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_worst(new QStandardItemModel(0, 3, this))
    , m_oldest(new QStandardItemModel(0, 3, this))
    , m_daemon(new QStandardItemModel(0, 2, this))
{
    m_worst->setHorizontalHeaderLabels({tr("Risk"), tr("Container"), tr("Findings")});
    m_oldest->setHorizontalHeaderLabels({tr("Image"), tr("Build age"), tr("Base OS")});
    m_daemon->setHorizontalHeaderLabels({tr("Severity"), tr("Finding")});
    m_worstView = createTable(m_worst, QStringLiteral("worstContainersView"));
    m_oldestView = createTable(m_oldest, QStringLiteral("oldestImagesView"));
    m_daemonView = createTable(m_daemon, QStringLiteral("daemonFindingsView"));
    m_worstView->setItemDelegateForColumn(0, new SeverityDelegate(SeverityDelegate::Mode::RiskScore, m_worstView));
    m_worstView->setItemDelegateForColumn(2, new SeverityDelegate(SeverityDelegate::Mode::SeverityCounts, m_worstView));
    m_daemonView->setItemDelegateForColumn(0, new SeverityDelegate(SeverityDelegate::Mode::Severity, m_daemonView));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_worstView->setColumnWidth(0, charWidth * 14);
    m_worstView->setColumnWidth(1, charWidth * 18);
    m_oldestView->setColumnWidth(0, charWidth * 30);
    m_oldestView->setColumnWidth(1, charWidth * 12);
    m_daemonView->setColumnWidth(0, charWidth * 13);

    connect(m_worstView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { emit containerActivated(index.siblingAtColumn(0).data(ContainerIdRole).toString()); });
    connect(m_oldestView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { emit imageActivated(index.siblingAtColumn(0).data(ImageIdRole).toString()); });
    connect(m_daemonView, &QAbstractItemView::clicked, this, &OverviewPage::daemonFindingsActivated);

    m_score->setObjectName(QStringLiteral("hostScoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumWidth(charWidth * 12);
    m_band->setObjectName(QStringLiteral("hostScoreBand"));
    m_band->setAlignment(Qt::AlignCenter);
    m_hostInfo->setObjectName(QStringLiteral("hostInfoLabel"));
    m_hostInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostInfo->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("severityCountsLabel"));
    m_counts->setTextFormat(Qt::RichText);

    auto *scoreBox = new QVBoxLayout;
    scoreBox->addWidget(m_score);
    scoreBox->addWidget(m_band);
    auto *summary = new QVBoxLayout;
    auto *heading = new QLabel(tr("Host risk"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    summary->addWidget(heading);
    summary->addWidget(m_hostInfo);
    summary->addSpacing(6);
    summary->addWidget(m_counts);
    summary->addStretch(1);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->addLayout(scoreBox);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(summary, 1);

    const auto box = [this](const QString &title, QWidget *content) {
        auto *group = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(content);
        return group;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Worst containers"), m_worstView), 0, 0);
    grid->addWidget(box(tr("Daemon findings"), m_daemonView), 0, 1);
    grid->addWidget(box(tr("Oldest images"), m_oldestView), 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(card);
    layout->addLayout(grid, 1);
    clear();
}

QTableView *OverviewPage::createTable(QStandardItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setCursor(Qt::PointingHandCursor);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

void OverviewPage::setSnapshot(const HostSnapshot &snapshot, const QDate &today)
{
    const int score = snapshot.hostScore;
    m_score->setText(snapshot.assessed ? QString::number(score) : tr("—"));
    m_score->setStyleSheet(QStringLiteral("color: %1").arg(SeverityStyle::riskColor(score).name()));
    m_band->setText(snapshot.assessed ? tr("%1 risk").arg(SeverityStyle::riskBandLabel(score)) : tr("not assessed"));
    m_band->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; border-radius: 4px; padding: 2px 8px")
                              .arg(SeverityStyle::riskColor(score).name()));
    m_score->setToolTip(tr("Host risk %1 of 100: the worst of the daemon and every container").arg(score));

    QString engine = snapshot.engine.engineVersion.isEmpty() ? tr("unknown") : snapshot.engine.engineVersion;
    const QString host = snapshot.endpoint.url.isEmpty() ? snapshot.engine.url : snapshot.endpoint.url;
    const QString inventory = tr("%1 containers, %2 images").arg(snapshot.containers.size()).arg(snapshot.images.size());
    m_hostInfo->setText(tr("%1\nDocker Engine %2 · API %3 · %4\n%5 · scanned %6")
                            .arg(host, engine, snapshot.engine.apiVersion, snapshot.engine.os, inventory,
                                 QLocale().toString(snapshot.finishedAt.toLocalTime(), QLocale::ShortFormat)));

    std::array<int, 5> counts{};
    const auto addCounts = [&counts](const QList<Finding> &findings) {
        const std::array<int, 5> more = countBySeverity(findings);
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += more[i];
    };
    addCounts(snapshot.daemonFindings);
    for (const ContainerInfo &container : snapshot.containers)
        addCounts(container.findings);
    for (const ImageInfo &image : snapshot.images)
        addCounts(image.findings);
    setCounts(counts);

    fillWorstContainers(snapshot);
    fillOldestImages(snapshot, today);
    fillDaemonFindings(snapshot);
}

void OverviewPage::setCounts(const std::array<int, 5> &counts)
{
    QString html;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        html += QStringLiteral("<span style='background:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;%3&nbsp;</span>&nbsp;&nbsp; ")
                    .arg(SeverityStyle::color(Severity(s)).name())
                    .arg(counts.at(s))
                    .arg(severityLabel(Severity(s)).toHtmlEscaped());
    }
    m_counts->setText(html);
    m_counts->setToolTip(tr("Findings on this host by severity: %1").arg(SeverityStyle::countsText(counts)));
}

void OverviewPage::fillWorstContainers(const HostSnapshot &snapshot)
{
    QList<const ContainerInfo *> sorted;
    for (const ContainerInfo &container : snapshot.containers)
        sorted.append(&container);
    std::stable_sort(sorted.begin(), sorted.end(), [](const ContainerInfo *a, const ContainerInfo *b) {
        return a->risk.score != b->risk.score ? a->risk.score > b->risk.score : a->name < b->name;
    });
    const int rows = int(qMin<qsizetype>(worstCount, sorted.size()));
    m_worst->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ContainerInfo &c = *sorted.at(row);
        setCell(m_worst, row, 0, QString::number(c.risk.score),
                {{RiskScoreRole, c.risk.score}, {ContainerIdRole, c.id},
                 {Qt::ToolTipRole, tr("Risk %1 of 100: %2").arg(c.risk.score).arg(SeverityStyle::riskBandLabel(c.risk.score))}});
        setCell(m_worst, row, 1, c.name, {{Qt::ToolTipRole, c.image}});
        const std::array<int, 5> counts = countBySeverity(c.findings);
        setCell(m_worst, row, 2, SeverityStyle::countsText(counts), {{SeverityCountsRole, countsVariant(counts)}});
    }
}

void OverviewPage::fillOldestImages(const HostSnapshot &snapshot, const QDate &today)
{
    QList<const ImageInfo *> sorted;
    for (const ImageInfo &image : snapshot.images) {
        if (image.created.isValid())
            sorted.append(&image);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const ImageInfo *a, const ImageInfo *b) { return a->created < b->created; });
    const int rows = int(qMin<qsizetype>(oldestCount, sorted.size()));
    m_oldest->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ImageInfo &image = *sorted.at(row);
        setCell(m_oldest, row, 0, ImageTableModel::displayName(image), {{ImageIdRole, image.id}});
        const qint64 days = image.created.date().daysTo(today);
        setCell(m_oldest, row, 1, days == 0 ? tr("today") : days == 1 ? tr("1 day") : tr("%1 days").arg(days));
        const bool pastEol = image.baseOs.pastEol(today);
        setCell(m_oldest, row, 2, ImageTableModel::baseOsText(image.baseOs, today),
                {{Qt::ForegroundRole, pastEol ? QVariant(QBrush(SeverityStyle::color(Severity::High))) : QVariant()}});
    }
}

void OverviewPage::fillDaemonFindings(const HostSnapshot &snapshot)
{
    QList<Finding> findings = snapshot.daemonFindings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    m_daemon->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &finding = findings.at(row);
        setCell(m_daemon, row, 0, severityLabel(finding.severity), {{SeverityRole, int(finding.severity)}});
        setCell(m_daemon, row, 1, finding.title, {{Qt::ToolTipRole, finding.evidence}});
    }
}

void OverviewPage::clear()
{
    m_score->setText(tr("—"));
    m_score->setStyleSheet({});
    m_band->setText(tr("not scanned"));
    m_band->setStyleSheet({});
    m_hostInfo->setText(tr("Not connected."));
    setCounts({});
    m_worst->setRowCount(0);
    m_oldest->setRowCount(0);
    m_daemon->setRowCount(0);
}

} // namespace bulwark
