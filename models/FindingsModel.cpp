#include "FindingsModel.h"

#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "review/Waiver.h"
#include "rules/RuleEngine.h"

#include <QBrush>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace bulwark {

namespace {
int worstSeverity(const QList<Finding> &findings)
{
    int worst = -1;
    for (const Finding &finding : findings)
        worst = qMax(worst, int(finding.severity));
    return worst;
}
} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

FindingsModel::~FindingsModel() = default;

QString FindingsModel::findingKey(const Finding &finding)
{
    return finding.ruleId + QLatin1Char('\n') + finding.evidence;
}

bool FindingsModel::sameFinding(const Finding &a, const Finding &b)
{
    return a.ruleId == b.ruleId && a.evidence == b.evidence && a.severity == b.severity && a.title == b.title
        && a.remediation == b.remediation && a.cis == b.cis && a.targetName == b.targetName;
}

QList<FindingsModel::Group> FindingsModel::groupsOf(const HostSnapshot &snapshot)
{
    QList<Group> groups;
    const auto add = [&groups](RuleScope scope, const QString &id, const QString &name, int score, QList<Finding> findings) {
        if (findings.isEmpty())
            return;
        // Worst first; the rule id keeps equal severities in a stable order.
        std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
            return a.severity != b.severity ? a.severity > b.severity : a.ruleId < b.ruleId;
        });
        groups.append({scopeName(scope) + QLatin1Char(':') + id, scope, id, name, score, std::move(findings)});
    };
    add(RuleScope::Daemon, QString(), tr("Docker daemon"), snapshot.daemonRisk.score, snapshot.daemonFindings);
    for (const ContainerInfo &container : snapshot.containers)
        add(RuleScope::Container, container.id, container.name, container.risk.score, container.findings);
    for (const ImageInfo &image : snapshot.images) {
        const QString name = image.tags.isEmpty() ? image.id.mid(7, 12) : image.tags.constFirst();
        add(RuleScope::Image, image.id, tr("Image %1").arg(name), 0, image.findings);
    }
    return groups;
}

void FindingsModel::setSnapshot(const HostSnapshot &snapshot)
{
    const QList<Group> fresh = groupsOf(snapshot);
    QSet<QString> keep;
    for (const Group &group : fresh)
        keep.insert(group.key);

    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (keep.contains(m_groups.at(row)->key))
            continue;
        beginRemoveRows({}, row, row);
        m_groups.removeAt(row);
        endRemoveRows();
    }

    QList<Group> added;
    for (const Group &group : fresh) {
        const int row = rowOfGroup(group.key);
        if (row < 0)
            added.append(group);
        else
            mergeGroup(row, group);
    }
    if (!added.isEmpty()) {
        const int first = int(m_groups.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Group &group : added)
            m_groups.append(std::make_shared<Group>(group));
        endInsertRows();
    }
}

void FindingsModel::mergeGroup(int row, const Group &fresh)
{
    Group &group = *m_groups.at(row);
    const QModelIndex parent = index(row, 0);
    QSet<QString> keep;
    for (const Finding &finding : fresh.findings)
        keep.insert(findingKey(finding));
    for (int child = int(group.findings.size()) - 1; child >= 0; --child) {
        if (keep.contains(findingKey(group.findings.at(child))))
            continue;
        beginRemoveRows(parent, child, child);
        group.findings.removeAt(child);
        endRemoveRows();
    }

    QList<Finding> added;
    for (const Finding &finding : fresh.findings) {
        const auto it = std::find_if(group.findings.begin(), group.findings.end(),
                                     [&](const Finding &f) { return findingKey(f) == findingKey(finding); });
        if (it == group.findings.end()) {
            added.append(finding);
        } else if (!sameFinding(*it, finding)) {
            *it = finding;
            const int child = int(it - group.findings.begin());
            emit dataChanged(index(child, 0, parent), index(child, ColumnCount - 1, parent));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(group.findings.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        group.findings.append(added);
        endInsertRows();
    }

    if (group.name != fresh.name || group.riskScore != fresh.riskScore || !added.isEmpty() || keep.size() != group.findings.size()) {
        group.name = fresh.name;
        group.riskScore = fresh.riskScore;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FindingsModel::clear()
{
    if (m_groups.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_groups.size()) - 1);
    m_groups.clear();
    endRemoveRows();
}

int FindingsModel::rowOfGroup(const QString &key) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row)->key == key)
            return row;
    }
    return -1;
}

QModelIndex FindingsModel::groupIndex(RuleScope scope, const QString &targetId) const
{
    const int row = rowOfGroup(scopeName(scope) + QLatin1Char(':') + targetId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int FindingsModel::findingCount() const
{
    int count = 0;
    for (const auto &group : m_groups)
        count += int(group->findings.size());
    return count;
}

FindingsModel::Group *FindingsModel::groupOf(const QModelIndex &index) const
{
    return static_cast<Group *>(index.internalPointer());
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (groupOf(parent) || parent.row() >= m_groups.size())
        return {}; // findings have no children
    Group *group = m_groups.at(parent.row()).get();
    return row < group->findings.size() ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    const Group *group = child.isValid() ? groupOf(child) : nullptr;
    if (!group)
        return {};
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).get() == group)
            return createIndex(row, 0, nullptr);
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || groupOf(parent))
        return 0;
    return int(m_groups.at(parent.row())->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Group *group = groupOf(index))
        return findingData(*group, group->findings.at(index.row()), index.column(), role);
    return groupData(*m_groups.at(index.row()), index.column(), role);
}

QVariant FindingsModel::groupData(const Group &group, int column, int role) const
{
    const int worst = worstSeverity(group.findings);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return group.name;
        if (column == SeverityColumn)
            return SeverityStyle::countsText(countBySeverity(group.findings));
        if (column == TargetColumn)
            return group.name;
        return {};
    case Qt::ToolTipRole:
        return column == TitleColumn ? QVariant(group.targetId) : QVariant();
    case SortRole:
        // Groups order by their worst finding, then by how many findings they have.
        if (column == SeverityColumn)
            return SeverityStyle::countsSortKey(countBySeverity(group.findings));
        return group.name;
    case SeverityCountsRole: {
        const std::array<int, 5> counts = countBySeverity(group.findings);
        return QVariantList(counts.begin(), counts.end());
    }
    case SeverityRole:
        return worst;
    case RiskScoreRole:
        return group.riskScore;
    case TargetIdRole:
        return group.targetId;
    case ContainerIdRole:
        return group.scope == RuleScope::Container ? QVariant(group.targetId) : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const Group &group, const Finding &finding, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            // Waived findings stay in the list, marked, so nobody mistakes them for fixed ones.
            switch (finding.waiver.state) {
            case WaiverState::Waived:
                if (role == Qt::ToolTipRole)
                    return tr("%1\nWaived (%2) by %3 until %4: %5")
                        .arg(finding.title, waiverKindLabel(finding.waiver.kind), finding.waiver.reviewer,
                             finding.waiver.expiresAt.isValid() ? finding.waiver.expiresAt.date().toString(Qt::ISODate)
                                                                : tr("no expiry"),
                             finding.waiver.justification);
                return tr("%1 (waived)").arg(finding.title);
            case WaiverState::Expired:
                return tr("%1 (waiver expired)").arg(finding.title);
            case WaiverState::None:
                break;
            }
            return finding.title;
        case SeverityColumn:
            return severityLabel(finding.severity);
        case RuleColumn:
            return finding.cis.isEmpty() ? finding.ruleId : tr("%1 (CIS %2)").arg(finding.ruleId, finding.cis);
        case TargetColumn:
            return group.name;
        case EvidenceColumn:
            return finding.evidence;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return qint64(finding.severity) * 1000000000LL;
        case RuleColumn:
            return finding.ruleId;
        case TargetColumn:
            return group.name;
        case EvidenceColumn:
            return finding.evidence;
        default:
            return finding.title;
        }
    case SeverityRole:
        return int(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    case TargetIdRole:
        return group.targetId;
    case ContainerIdRole:
        return group.scope == RuleScope::Container ? QVariant(group.targetId) : QVariant();
    case FindingRole:
        return QVariant::fromValue(finding);
    case Qt::ForegroundRole:
        if (finding.waiver.waived())
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (finding.waiver.waived()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Finding");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TargetColumn:
        return tr("Target");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace bulwark
