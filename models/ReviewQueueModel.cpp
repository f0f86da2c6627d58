#include "ReviewQueueModel.h"

#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "store/ContainerIdentity.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace bulwark {

namespace {

bool sameTarget(const ReviewItem &item, const ReviewDecision &decision)
{
    return item.finding.ruleId == decision.ruleId && item.finding.scope == decision.scope
        && item.targetKey == decision.targetKey;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<ReviewItem> ReviewQueueModel::itemsOf(const HostSnapshot &snapshot)
{
    QList<ReviewItem> items;
    const auto add = [&items](const Finding &finding, const QString &key, int score) {
        if (finding.waiver.state == WaiverState::Waived)
            return;
        items.append(ReviewItem{finding, key, score, std::nullopt});
    };
    for (const ContainerInfo &container : snapshot.containers) {
        const QString key = store::containerIdentity(container);
        for (const Finding &finding : container.findings)
            add(finding, key, container.risk.score);
    }
    for (const ImageInfo &image : snapshot.images) {
        const QString key = store::imageKey(image);
        for (const Finding &finding : image.findings)
            add(finding, key, 0);
    }
    for (const Finding &finding : snapshot.daemonFindings)
        add(finding, QString(), 0);
    // Worst first; ties keep a stable, readable order so two reviewers of one scan
    // see the same sequence.
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        if (a.targetScore != b.targetScore)
            return a.targetScore > b.targetScore;
        if (a.finding.targetName != b.finding.targetName)
            return a.finding.targetName < b.finding.targetName;
        return a.finding.ruleId < b.finding.ruleId;
    });
    return items;
}

void ReviewQueueModel::setSnapshot(const HostSnapshot &snapshot, const QList<ReviewDecision> &decided)
{
    beginResetModel();
    m_items = itemsOf(snapshot);
    m_decided = 0;
    for (ReviewItem &item : m_items) {
        for (const ReviewDecision &decision : decided) {
            if (sameTarget(item, decision)) {
                item.decision = decision;
                ++m_decided;
                break;
            }
        }
    }
    endResetModel();
    Q_EMIT progressChanged(m_decided, total());
}

void ReviewQueueModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_decided = 0;
    endResetModel();
    Q_EMIT progressChanged(0, 0);
}

int ReviewQueueModel::nextUndecided(int after) const
{
    const int n = total();
    for (int step = 1; step <= n; ++step) {
        const int row = ((after + step) % n + n) % n;
        if (!m_items.at(row).decision)
            return row;
    }
    return -1;
}

void ReviewQueueModel::setDecision(int row, const ReviewDecision &decision)
{
    if (row < 0 || row >= total())
        return;
    ReviewItem &item = m_items[row];
    if (!item.decision)
        ++m_decided;
    item.decision = decision;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT progressChanged(m_decided, total());
}

ReviewDecision ReviewQueueModel::decisionTemplate(int row) const
{
    const ReviewItem &item = m_items.at(row);
    ReviewDecision decision;
    decision.ruleId = item.finding.ruleId;
    decision.scope = item.finding.scope;
    decision.targetKey = item.targetKey;
    decision.targetName = item.finding.targetName;
    decision.title = item.finding.title;
    decision.severity = item.finding.severity;
    return decision;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const Finding &finding = item.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(finding.severity);
        case TitleColumn:
            if (finding.waiver.state == WaiverState::Expired)
                return tr("%1 (waiver expired)").arg(finding.title);
            return finding.title;
        case TargetColumn:
            return finding.scope == RuleScope::Daemon ? tr("Docker daemon") : finding.targetName;
        case DecisionColumn:
            return item.decision ? decisionKindLabel(item.decision->kind) : tr("undecided");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return finding.evidence;
        if (index.column() == DecisionColumn && item.decision) {
            const ReviewDecision &d = *item.decision;
            return d.kind == DecisionKind::Fix ? tr("Owner: %1, due %2").arg(d.owner, d.dueDate.toString(Qt::ISODate))
                                               : d.justification;
        }
        break;
    case Qt::FontRole:
        if (index.column() == DecisionColumn && !item.decision) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(SeverityStyle::color(finding.severity));
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(finding.severity);
        case TitleColumn:
            return finding.title;
        case TargetColumn:
            return finding.targetName;
        case DecisionColumn:
            return item.decision ? int(item.decision->kind) : -1;
        }
        break;
    case SeverityRole:
        return int(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    case TargetIdRole:
        return finding.targetId;
    case FindingRole:
        return QVariant::fromValue(finding);
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Finding");
    case TargetColumn:
        return tr("Target");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace bulwark
