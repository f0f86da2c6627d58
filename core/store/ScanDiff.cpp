#include "ScanDiff.h"

#include "TextTable.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace bulwark::store {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct ScanDiffText {
    Q_DECLARE_TR_FUNCTIONS(ScanDiff)
};

using json = nlohmann::ordered_json;

json s(const QString &v) { return v.toStdString(); }

json time(const QDateTime &t)
{
    return t.isValid() ? json(t.toUTC().toString(Qt::ISODateWithMs).toStdString()) : json(nullptr);
}

void sortFindings(QList<StoredFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const StoredFinding &a, const StoredFinding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.targetName != b.targetName)
            return a.targetName < b.targetName;
        return a.ruleId < b.ruleId;
    });
}

json hostToJson(const ScanSummary &sum)
{
    return {{"url", s(sum.hostUrl)}, {"engine_id", s(sum.engineId)}, {"name", s(sum.hostName)}};
}

json findingsToJson(const QList<StoredFinding> &findings)
{
    json out = json::array();
    for (const StoredFinding &f : findings) {
        out.push_back({{"rule_id", s(f.ruleId)},
                       {"cis", f.cis.isEmpty() ? json(nullptr) : s(f.cis)},
                       {"severity", s(severityName(f.severity))},
                       {"title", s(f.title)},
                       {"scope", s(scopeName(f.scope))},
                       {"target", s(f.targetKey)},
                       {"target_name", s(f.targetName)},
                       {"evidence", s(f.evidence)}});
    }
    return out;
}

json containersToJson(const QList<StoredContainer> &containers)
{
    json out = json::array();
    for (const StoredContainer &c : containers) {
        out.push_back({{"identity", s(c.identity)},
                       {"name", s(c.name)},
                       {"id", s(c.id)},
                       {"image", s(c.image)},
                       {"state", s(c.state)},
                       {"score", c.score}});
    }
    return out;
}

// The diff's tables are indented under their section titles.
QString renderRows(const QStringList &header, const QList<QStringList> &rows)
{
    return TextTable::render(header, rows, QStringLiteral("  "));
}

QString findingRows(const QList<StoredFinding> &findings)
{
    QList<QStringList> rows;
    for (const StoredFinding &f : findings)
        rows.append({severityLabel(f.severity).toUpper(), f.ruleId, f.targetName, f.title});
    return renderRows({ScanDiffText::tr("SEVERITY"), ScanDiffText::tr("RULE"), ScanDiffText::tr("TARGET"),
                       ScanDiffText::tr("TITLE")},
                      rows);
}

QString containerRows(const QList<StoredContainer> &containers)
{
    QList<QStringList> rows;
    for (const StoredContainer &c : containers)
        rows.append({c.name, c.image, QString::number(c.score)});
    return renderRows({ScanDiffText::tr("NAME"), ScanDiffText::tr("IMAGE"), ScanDiffText::tr("SCORE")}, rows);
}

QString signedNumber(int value)
{
    return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

} // namespace

nlohmann::ordered_json summaryToJson(const ScanSummary &sum, bool withHost)
{
    json counts = json::object();
    for (int i = 4; i >= 0; --i)
        counts[severityName(Severity(i)).toStdString()] = sum.severityCounts[size_t(i)];
    json out = {{"id", sum.id}};
    if (withHost)
        out["host"] = hostToJson(sum);
    out["started_at"] = time(sum.startedAt);
    out["finished_at"] = time(sum.finishedAt);
    out["engine_version"] = s(sum.engineVersion);
    out["host_score"] = sum.hostScore;
    out["containers"] = sum.containerCount;
    out["images"] = sum.imageCount;
    out["findings"] = std::move(counts);
    return out;
}

ScanDiff ScanDiff::compute(const StoredScan &from, const StoredScan &to)
{
    ScanDiff diff;
    diff.from = from.summary;
    diff.to = to.summary;

    // Multisets by key: a rule firing twice on one target in `to` and once in
    // `from` is one unchanged and one new finding.
    QHash<QString, int> before;
    for (const StoredFinding &f : from.findings)
        ++before[f.key()];
    QHash<QString, int> matched;
    for (const StoredFinding &f : to.findings) {
        const QString key = f.key();
        int &left = before[key];
        if (left > 0) {
            --left;
            ++matched[key];
            diff.unchangedFindings.append(f);
        } else {
            diff.newFindings.append(f);
        }
    }
    for (const StoredFinding &f : from.findings) {
        int &kept = matched[f.key()];
        if (kept > 0)
            --kept;
        else
            diff.resolvedFindings.append(f);
    }
    sortFindings(diff.newFindings);
    sortFindings(diff.resolvedFindings);
    sortFindings(diff.unchangedFindings);

    QHash<QString, const StoredContainer *> oldByIdentity;
    for (const StoredContainer &c : from.containers)
        oldByIdentity.insert(c.identity, &c);
    QHash<QString, const StoredContainer *> newByIdentity;
    for (const StoredContainer &c : to.containers)
        newByIdentity.insert(c.identity, &c);
    for (const StoredContainer &c : to.containers) {
        const StoredContainer *old = oldByIdentity.value(c.identity);
        if (!old)
            diff.addedContainers.append(c);
        else if (old->score != c.score)
            diff.scoreChanges.append({c.identity, c.name, old->score, c.score});
    }
    for (const StoredContainer &c : from.containers) {
        if (!newByIdentity.contains(c.identity))
            diff.removedContainers.append(c);
    }
    std::stable_sort(diff.scoreChanges.begin(), diff.scoreChanges.end(), [](const ScoreChange &a, const ScoreChange &b) {
        if (std::abs(a.delta()) != std::abs(b.delta()))
            return std::abs(a.delta()) > std::abs(b.delta());
        return a.name < b.name;
    });
    return diff;
}

nlohmann::ordered_json diffToJson(const ScanDiff &diff)
{
    json changes = json::array();
    for (const ScoreChange &c : diff.scoreChanges) {
        changes.push_back({{"identity", s(c.identity)},
                           {"name", s(c.name)},
                           {"before", c.before},
                           {"after", c.after},
                           {"delta", c.delta()}});
    }
    return {{"schema", "bulwark.diff/1"},
            {"host", hostToJson(diff.to)},
            {"from", summaryToJson(diff.from)},
            {"to", summaryToJson(diff.to)},
            {"host_score_change", diff.to.hostScore - diff.from.hostScore},
            {"new", findingsToJson(diff.newFindings)},
            {"resolved", findingsToJson(diff.resolvedFindings)},
            {"unchanged", findingsToJson(diff.unchangedFindings)},
            {"added_containers", containersToJson(diff.addedContainers)},
            {"removed_containers", containersToJson(diff.removedContainers)},
            {"score_changes", std::move(changes)}};
}

QString diffToTable(const ScanDiff &diff)
{
    auto when = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); };
    QString out;
    out += ScanDiffText::tr("Host:  %1 (%2)\n").arg(diff.to.hostUrl, diff.to.hostName);
    out += ScanDiffText::tr("From:  scan %1, %2, host score %3\n")
               .arg(diff.from.id)
               .arg(when(diff.from.startedAt))
               .arg(diff.from.hostScore);
    out += ScanDiffText::tr("To:    scan %1, %2, host score %3 (%4)\n\n")
               .arg(diff.to.id)
               .arg(when(diff.to.startedAt))
               .arg(diff.to.hostScore)
               .arg(signedNumber(diff.to.hostScore - diff.from.hostScore));
    out += ScanDiffText::tr("Findings: %1 new, %2 resolved, %3 unchanged. Containers: %4 added, %5 removed, %6 with "
                            "a changed score.\n")
               .arg(diff.newFindings.size())
               .arg(diff.resolvedFindings.size())
               .arg(diff.unchangedFindings.size())
               .arg(diff.addedContainers.size())
               .arg(diff.removedContainers.size())
               .arg(diff.scoreChanges.size());
    if (!diff.newFindings.isEmpty())
        out += ScanDiffText::tr("\nNew findings (%1):\n").arg(diff.newFindings.size()) + findingRows(diff.newFindings);
    if (!diff.resolvedFindings.isEmpty()) {
        out += ScanDiffText::tr("\nResolved findings (%1):\n").arg(diff.resolvedFindings.size())
             + findingRows(diff.resolvedFindings);
    }
    if (!diff.addedContainers.isEmpty()) {
        out += ScanDiffText::tr("\nAdded containers (%1):\n").arg(diff.addedContainers.size())
             + containerRows(diff.addedContainers);
    }
    if (!diff.removedContainers.isEmpty()) {
        out += ScanDiffText::tr("\nRemoved containers (%1):\n").arg(diff.removedContainers.size())
             + containerRows(diff.removedContainers);
    }
    if (!diff.scoreChanges.isEmpty()) {
        QList<QStringList> rows;
        for (const ScoreChange &c : diff.scoreChanges)
            rows.append({c.name, QString::number(c.before), QString::number(c.after), signedNumber(c.delta())});
        out += ScanDiffText::tr("\nScore changes (%1):\n").arg(diff.scoreChanges.size())
             + renderRows({ScanDiffText::tr("NAME"), ScanDiffText::tr("BEFORE"), ScanDiffText::tr("AFTER"),
                           ScanDiffText::tr("CHANGE")},
                          rows);
    }
    return out;
}

} // namespace bulwark::store
