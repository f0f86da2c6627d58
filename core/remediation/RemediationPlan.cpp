#include "RemediationPlan.h"

#include "RunCommand.h"
#include "ShellQuote.h"
#include "rules/RiskModel.h"
#include "store/ContainerIdentity.h"

#include <QSet>

#include <algorithm>

namespace bulwark {

namespace {
bool planSsh(const PortBinding &p) { return p.containerPort == 22 || (p.published() && p.hostPort == 22); }

// The container's score with the findings of the fixed rules gone. The exposure multiplier
// stays as the scan found it, unless the fix itself takes the container off the network.
int rescoreContainer(const ContainerInfo &c, const QSet<QString> &fixed, const Policy &policy)
{
    QList<Finding> kept;
    kept.reserve(c.findings.size());
    for (const Finding &f : c.findings) {
        if (!fixed.contains(f.ruleId))
            kept << f;
    }
    RiskModel::Exposure exposure;
    for (const ScoreContribution &s : c.risk.breakdown) {
        if (!s.reason.isEmpty()) {
            exposure = {true, s.reason};
            break;
        }
    }
    if (exposure.exposed) {
        bool still = c.namespaces.network == QLatin1String("host") && !fixed.contains(QStringLiteral("BW-C007"));
        for (const PortBinding &p : c.ports)
            still |= p.published() && !(fixed.contains(QStringLiteral("BW-C024")) && planSsh(p));
        exposure.exposed = still;
    }
    return RiskModel::scoreContainer(kept, exposure, policy).score;
}

int rescoreDaemon(const QList<Finding> &findings, const QSet<QString> &fixed, const Policy &policy)
{
    QList<Finding> kept;
    for (const Finding &f : findings) {
        if (!fixed.contains(f.ruleId))
            kept << f;
    }
    return RiskModel::scoreDaemon(kept, policy).score;
}

QString mdCell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString mdCode(const QString &text)
{
    return text.contains(QLatin1Char('`')) ? QStringLiteral("`` %1 ``").arg(text) : QStringLiteral("`%1`").arg(text);
}

// A fenced block inside a list item: every line indented to the item's text.
QString mdFence(const QString &language, const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QString out = QStringLiteral("\n  ```%1\n").arg(language);
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out + QStringLiteral("  ```\n\n");
}

QString optionsText(const QList<RunOption> &options)
{
    QStringList parts;
    for (const RunOption &o : options)
        parts << mdCode(ShellQuote::join(o));
    return parts.join(QStringLiteral(", "));
}

nlohmann::ordered_json planStrings(const QStringList &list)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

nlohmann::ordered_json planOptions(const QList<RunOption> &options)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const RunOption &o : options)
        out.push_back(planStrings(o));
    return out;
}

nlohmann::ordered_json remediationJson(const Remediation &r)
{
    nlohmann::ordered_json j{{"rule", r.ruleId.toStdString()},
                             {"cis", r.cis.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.cis.toStdString())},
                             {"severity", severityName(r.severity).toStdString()},
                             {"title", r.title.toStdString()},
                             {"target_id", r.targetId.toStdString()},
                             {"target_name", r.targetName.toStdString()},
                             {"kind", remediationKindName(r.kind).toStdString()},
                             {"summary", r.summary.toStdString()},
                             {"current", r.currentSetting.toStdString()},
                             {"run_remove", planOptions(r.runRemove)},
                             {"run_add", planOptions(r.runAdd)}};
    if (!r.imageReplacement.isEmpty())
        j["image"] = r.imageReplacement.toStdString();
    if (r.compose.fromCompose() && !r.compose.isEmpty()) {
        j["compose"] = {{"project", r.compose.project.toStdString()},
                        {"service", r.compose.service.toStdString()},
                        {"files", planStrings(r.compose.configFiles)},
                        {"yaml", r.compose.yaml().toStdString()}};
    }
    if (!r.dockerfileLines.isEmpty())
        j["dockerfile"] = planStrings(r.dockerfileLines);
    if (!r.daemonJson.isEmpty())
        j["daemon_json"] = r.daemonJson.toStdString();
    if (!r.manualSteps.isEmpty())
        j["manual"] = r.manualSteps.toStdString();
    j["notes"] = planStrings(r.notes);
    return j;
}
} // namespace

QString remediationKindName(RemediationKind kind)
{
    switch (kind) {
    case RemediationKind::RunFlags: return QStringLiteral("run-flags");
    case RemediationKind::Recreate: return QStringLiteral("recreate");
    case RemediationKind::Dockerfile: return QStringLiteral("dockerfile");
    case RemediationKind::Daemon: return QStringLiteral("daemon");
    case RemediationKind::Manual: return QStringLiteral("manual");
    }
    return {};
}

RemediationPlan RemediationPlan::build(const HostSnapshot &snap, const Policy &policy, const RemediationAdvisor &advisor)
{
    RemediationPlan plan;
    plan.hostUrl = snap.engine.url;
    plan.hostName = snap.engine.name;
    plan.scannedAt = snap.finishedAt;

    // Scores as the plan computes them, so every "after" compares with a "before" made the same way.
    QList<int> before;
    before.reserve(snap.containers.size());
    for (const ContainerInfo &c : snap.containers)
        before << rescoreContainer(c, {}, policy);
    const int daemonBefore = rescoreDaemon(snap.daemonFindings, {}, policy);
    plan.hostScore = RiskModel::hostScore(daemonBefore, before);

    QHash<QString, qsizetype> changeIndex;
    auto changeFor = [&](const Remediation &r) -> PlanChange & {
        auto it = changeIndex.constFind(r.ruleId);
        if (it != changeIndex.cend())
            return plan.changes[*it];
        changeIndex.insert(r.ruleId, plan.changes.size());
        PlanChange change;
        change.ruleId = r.ruleId;
        change.title = r.title;
        change.cis = r.cis;
        change.severity = r.severity;
        change.scope = r.scope;
        change.summary = r.summary;
        plan.changes << change;
        return plan.changes.last();
    };

    for (qsizetype i = 0; i < snap.containers.size(); ++i) {
        const ContainerInfo &c = snap.containers.at(i);
        const ImageInfo *image = snap.image(c.imageId);
        PlanContainer pc{c.id, c.name, store::containerIdentity(c), before.at(i), 0, {}};
        QSet<QString> all;
        for (const Finding &f : c.findings) {
            if (f.waiver.waived())
                continue;
            const Remediation r = advisor.forContainer(f, c, image);
            pc.remediations << r;
            if (all.contains(f.ruleId))
                continue; // a rule fires once per container; be safe with hand-made snapshots
            all.insert(f.ruleId);
            PlanChange &change = changeFor(r);
            change.severity = std::max(change.severity, r.severity);
            if (change.summary != r.summary) // worded for one container: name the rule instead
                change.summary = tr("Fix \"%1\"").arg(r.title);
            change.targets << PlanTarget{c.id, c.name, before.at(i), rescoreContainer(c, {f.ruleId}, policy), r};
        }
        if (pc.remediations.isEmpty())
            continue;
        pc.scoreIfAllFixed = rescoreContainer(c, all, policy);
        std::stable_sort(pc.remediations.begin(), pc.remediations.end(),
                         [](const Remediation &a, const Remediation &b) { return a.severity > b.severity; });
        plan.containers << pc;
    }
    for (const Finding &f : snap.daemonFindings) {
        if (f.waiver.waived())
            continue;
        const Remediation r = advisor.forDaemon(f, snap.engine);
        plan.daemon << r;
        PlanChange &change = changeFor(r);
        change.targets << PlanTarget{snap.engine.engineId, snap.engine.name, daemonBefore,
                                     rescoreDaemon(snap.daemonFindings, {f.ruleId}, policy), r};
    }
    for (const ImageInfo &img : snap.images) {
        for (const Finding &f : img.findings) {
            if (!f.waiver.waived())
                plan.images << advisor.forImage(f, img);
        }
    }

    QHash<QString, qsizetype> containerAt;
    for (qsizetype i = 0; i < snap.containers.size(); ++i)
        containerAt.insert(snap.containers.at(i).id, i);
    for (PlanChange &change : plan.changes) {
        QList<int> after = before;
        int daemonAfter = daemonBefore;
        for (const PlanTarget &t : std::as_const(change.targets)) {
            change.pointsRemoved += t.scoreBefore - t.scoreAfter;
            if (change.scope == RuleScope::Daemon)
                daemonAfter = t.scoreAfter;
            else if (const auto it = containerAt.constFind(t.id); it != containerAt.cend())
                after[*it] = t.scoreAfter;
        }
        change.hostScoreAfter = RiskModel::hostScore(daemonAfter, after);
    }
    std::stable_sort(plan.changes.begin(), plan.changes.end(), [](const PlanChange &a, const PlanChange &b) {
        if (a.pointsRemoved != b.pointsRemoved)
            return a.pointsRemoved > b.pointsRemoved;
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.targets.size() != b.targets.size())
            return a.targets.size() > b.targets.size();
        return a.ruleId < b.ruleId;
    });
    std::stable_sort(plan.containers.begin(), plan.containers.end(),
                     [](const PlanContainer &a, const PlanContainer &b) { return a.score > b.score; });
    return plan;
}

QString RemediationPlan::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(tr("Remediation plan for %1").arg(hostName.isEmpty() ? hostUrl : hostName));
    md += tr("Host %1, scanned %2. Host risk score: **%3**/100.")
              .arg(mdCode(hostUrl), scannedAt.toString(Qt::ISODate))
              .arg(hostScore)
          + QStringLiteral("\n\n");
    md += tr("Bulwark never changes a container by itself: each change below is for you to apply, then verify with "
             "`bulwark-cli fix CONTAINER --verify`.")
        + QStringLiteral("\n\n");

    md += QStringLiteral("## %1\n\n").arg(tr("Changes, largest score reduction first"));
    if (changes.isEmpty()) {
        md += tr("Nothing to change.") + QStringLiteral("\n\n");
    } else {
        md += QStringLiteral("| # | %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---:|---:|\n")
                  .arg(tr("Change"), tr("Rule"), tr("Targets"), tr("Points removed"), tr("Host score after"));
        int n = 0;
        for (const PlanChange &c : changes) {
            QStringList names;
            for (const PlanTarget &t : c.targets)
                names << t.name;
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(++n)
                      .arg(mdCell(c.summary.isEmpty() ? c.title : c.summary),
                           mdCell(c.cis.isEmpty() ? c.ruleId : tr("%1 (CIS %2)").arg(c.ruleId, c.cis)),
                           mdCell(names.join(QStringLiteral(", "))))
                      .arg(c.pointsRemoved)
                      .arg(c.hostScoreAfter);
        }
        md += QLatin1Char('\n');
        n = 0;
        for (const PlanChange &c : changes) {
            md += QStringLiteral("### %1. %2\n\n").arg(++n).arg(c.title);
            const QString scope = c.scope == RuleScope::Daemon ? tr("the daemon") : c.targets.size() == 1 ? tr("1 container") : tr("%1 containers").arg(c.targets.size());
            md += tr("On %1 this removes %2 points: %3").arg(scope).arg(c.pointsRemoved).arg(c.summary.isEmpty() ? c.title : c.summary)
                + QStringLiteral("\n\n");
            for (const PlanTarget &t : c.targets) {
                const Remediation &r = t.remediation;
                md += QStringLiteral("- **%1** (%2 → %3): %4\n").arg(t.name).arg(t.scoreBefore).arg(t.scoreAfter).arg(mdCell(r.currentSetting));
                if (!r.runRemove.isEmpty())
                    md += QStringLiteral("  - %1 %2\n").arg(tr("remove"), optionsText(r.runRemove));
                if (!r.runAdd.isEmpty())
                    md += QStringLiteral("  - %1 %2\n").arg(tr("add"), optionsText(r.runAdd));
                if (!r.imageReplacement.isEmpty())
                    md += QStringLiteral("  - %1 %2\n").arg(tr("image"), mdCode(r.imageReplacement));
                if (r.compose.fromCompose() && !r.compose.isEmpty())
                    md += mdFence(QStringLiteral("yaml"), r.compose.yaml());
                if (!r.daemonJson.isEmpty())
                    md += mdFence(QStringLiteral("json"), r.daemonJson);
                if (r.kind == RemediationKind::Manual && !r.manualSteps.isEmpty())
                    md += QStringLiteral("  - %1\n").arg(mdCell(r.manualSteps));
            }
            md += QLatin1Char('\n');
        }
    }

    md += QStringLiteral("## %1\n\n").arg(tr("Containers"));
    for (const PlanContainer &c : containers) {
        md += QStringLiteral("### %1 — %2\n\n").arg(c.name, tr("score %1, %2 with everything below fixed").arg(c.score).arg(c.scoreIfAllFixed));
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n").arg(tr("Rule"), tr("Severity"), tr("Current setting"), tr("Change"));
        for (const Remediation &r : c.remediations) {
            QStringList change;
            if (!r.runRemove.isEmpty())
                change << tr("remove %1").arg(optionsText(r.runRemove));
            if (!r.runAdd.isEmpty())
                change << tr("add %1").arg(optionsText(r.runAdd));
            if (!r.imageReplacement.isEmpty())
                change << tr("image %1").arg(mdCode(r.imageReplacement));
            if (change.isEmpty())
                change << r.summary;
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(mdCell(r.ruleId + QStringLiteral(" ") + r.title), severityName(r.severity), mdCell(r.currentSetting),
                           mdCell(change.join(QStringLiteral("; "))));
        }
        md += QLatin1Char('\n');
    }
    if (!images.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Images"));
        for (const Remediation &r : images) {
            md += QStringLiteral("- **%1** %2: %3\n").arg(mdCell(r.targetName), r.ruleId, mdCell(r.summary.isEmpty() ? r.title : r.summary));
            if (!r.dockerfileLines.isEmpty())
                md += mdFence(QStringLiteral("dockerfile"), r.dockerfileLines.join(QLatin1Char('\n')));
            else if (!r.manualSteps.isEmpty())
                md += QStringLiteral("  - %1\n").arg(mdCell(r.manualSteps));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

nlohmann::ordered_json RemediationPlan::toJson() const
{
    nlohmann::ordered_json changesJson = nlohmann::ordered_json::array();
    for (const PlanChange &c : changes) {
        nlohmann::ordered_json targets = nlohmann::ordered_json::array();
        for (const PlanTarget &t : c.targets)
            targets.push_back({{"id", t.id.toStdString()},
                               {"name", t.name.toStdString()},
                               {"score_before", t.scoreBefore},
                               {"score_after", t.scoreAfter},
                               {"remediation", remediationJson(t.remediation)}});
        changesJson.push_back({{"rule", c.ruleId.toStdString()},
                               {"title", c.title.toStdString()},
                               {"scope", scopeName(c.scope).toStdString()},
                               {"severity", severityName(c.severity).toStdString()},
                               {"summary", c.summary.toStdString()},
                               {"points_removed", c.pointsRemoved},
                               {"host_score_after", c.hostScoreAfter},
                               {"targets", targets}});
    }
    nlohmann::ordered_json containersJson = nlohmann::ordered_json::array();
    for (const PlanContainer &c : containers) {
        nlohmann::ordered_json rs = nlohmann::ordered_json::array();
        for (const Remediation &r : c.remediations)
            rs.push_back(remediationJson(r));
        containersJson.push_back({{"id", c.id.toStdString()},
                                  {"name", c.name.toStdString()},
                                  {"identity", c.identity.toStdString()},
                                  {"score", c.score},
                                  {"score_if_all_fixed", c.scoreIfAllFixed},
                                  {"remediations", rs}});
    }
    nlohmann::ordered_json daemonJson = nlohmann::ordered_json::array();
    for (const Remediation &r : daemon)
        daemonJson.push_back(remediationJson(r));
    nlohmann::ordered_json imagesJson = nlohmann::ordered_json::array();
    for (const Remediation &r : images)
        imagesJson.push_back(remediationJson(r));
    return {{"schema", "bulwark.plan/1"},
            {"host", {{"url", hostUrl.toStdString()}, {"name", hostName.toStdString()}}},
            {"scanned_at", scannedAt.toString(Qt::ISODate).toStdString()},
            {"host_score", hostScore},
            {"changes", changesJson},
            {"containers", containersJson},
            {"daemon", daemonJson},
            {"images", imagesJson}};
}

} // namespace bulwark
