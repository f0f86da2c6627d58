#include "FindingsPanel.h"

#include "FindingDetailView.h"
#include "FindingsFilterProxyModel.h"
#include "FindingsModel.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityDelegate.h"
#include "rules/RuleCatalogue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulwark {

FindingsPanel::FindingsPanel(FindingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new FindingsFilterProxyModel(this))
    , m_severity(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_detail(new FindingDetailView(this))
{
    m_proxy->setSourceModel(m_model);

    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (const Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(s == Severity::Info ? tr("All severities") : tr("%1 and worse").arg(severityLabel(s)), int(s));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumSeverity(Severity(m_severity->currentData().toInt())); });

    m_rule->setObjectName(QStringLiteral("ruleFilter"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rule->setMinimumContentsLength(26);
    m_rule->addItem(tr("All rules"), QString());
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setRuleFilter(m_rule->currentData().toString()); });

    m_filter->setObjectName(QStringLiteral("findingsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by title, evidence, rule or target"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FindingsFilterProxyModel::setFilterText);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityDelegate(SeverityDelegate::Mode::Severity, m_view));
    m_view->header()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(FindingsModel::TitleColumn, charWidth * 48);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, charWidth * 13);
    m_view->setColumnWidth(FindingsModel::RuleColumn, charWidth * 22);
    m_view->setColumnHidden(FindingsModel::TargetColumn, true); // the group row already names it
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::onRowsInserted);
    // A filter can hide the selected finding without the selection model announcing a new
    // current row: the explanation and "Fix this…" must not stay behind for a hidden finding.
    // (The view's selection model was connected first, so it has moved on when these run.)
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindingsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPanel::onCurrentChanged);

    m_summary->setObjectName(QStringLiteral("findingsSummary"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_rule);

    m_fix = new QPushButton(tr("Fix this…"), this);
    m_fix->setObjectName(QStringLiteral("fixFindingButton"));
    m_fix->setToolTip(tr("Step by step: the risk, the current setting, the change, and a rescan that proves the fix"));
    m_fix->setEnabled(false);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QVariant finding = m_view->currentIndex().data(FindingRole);
        if (finding.isValid())
            Q_EMIT fixRequested(finding.value<Finding>());
    });
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch(1);
    fixRow->addWidget(m_fix);
    detailLayout->addLayout(fixRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    onRowsInserted();
}

void FindingsPanel::onRowsInserted()
{
    // New groups open so their findings are visible without a click.
    m_view->expandAll();
    refreshRuleChoices();
    m_summary->setText((m_model->findingCount() == 1 ? tr("1 finding on this host") : tr("%1 findings on this host").arg(m_model->findingCount())));
}

void FindingsPanel::refreshRuleChoices()
{
    QSet<QString> present;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(group); ++child)
            present.insert(m_model->index(child, 0, group).data(RuleIdRole).toString());
    }
    QStringList ids(present.begin(), present.end());
    ids.sort();
    const QString current = m_rule->currentData().toString();
    QStringList existing;
    for (int i = 1; i < m_rule->count(); ++i)
        existing << m_rule->itemData(i).toString();
    if (existing == ids)
        return;
    const QSignalBlocker blocker(m_rule);
    while (m_rule->count() > 1)
        m_rule->removeItem(1);
    for (const QString &id : ids) {
        const RuleDefinition *rule = RuleCatalogue::builtin().rule(id);
        m_rule->addItem(rule ? tr("%1 — %2").arg(id, rule->title) : id, id);
    }
    const int index = m_rule->findData(current);
    m_rule->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setRuleFilter(m_rule->currentData().toString());
}

void FindingsPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QVariant finding = current.data(FindingRole);
    if (finding.isValid())
        m_detail->showFinding(finding.value<Finding>());
    else
        m_detail->clearFinding();
    m_fix->setEnabled(finding.isValid());
}

void FindingsPanel::showTarget(RuleScope scope, const QString &targetId)
{
    const QModelIndex group = m_proxy->mapFromSource(m_model->groupIndex(scope, targetId));
    if (!group.isValid())
        return;
    m_view->expand(group);
    const QModelIndex first = m_proxy->index(0, 0, group);
    m_view->setCurrentIndex(first.isValid() ? first : group);
    m_view->scrollTo(m_view->currentIndex());
}

} // namespace bulwark
