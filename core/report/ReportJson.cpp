#include "ReportJson.h"

#include "ScanJson.h"
#include "review/Waiver.h"

namespace bulwark::report::ReportJson {

using json = nlohmann::ordered_json;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

json orNull(const QString &s)
{
    return s.isEmpty() ? json(nullptr) : json(s.toStdString());
}

json dateOrNull(const QDate &d)
{
    return d.isValid() ? json(d.toString(Qt::ISODate).toStdString()) : json(nullptr);
}

json severityCounts(const std::array<int, 5> &counts)
{
    json out = json::object();
    for (int i = 4; i >= 0; --i)
        out[str(severityName(Severity(i)))] = counts[size_t(i)];
    return out;
}

json waiverToJson(const FindingWaiver &w)
{
    json out = {{"state", str(waiverStateName(w.state))}};
    if (w.state == WaiverState::None)
        return out;
    out["kind"] = str(waiverKindName(w.kind));
    out["justification"] = str(w.justification);
    out["reviewer"] = orNull(w.reviewer);
    out["expires_at"] = ScanJson::timeToJson(w.expiresAt);
    out["origin"] = orNull(w.origin);
    return out;
}

json breakdownToJson(const QList<ScoreContribution> &breakdown)
{
    json out = json::array();
    for (const ScoreContribution &b : breakdown) {
        out.push_back({{"rule_id", str(b.ruleId)},
                       {"severity", str(severityName(b.severity))},
                       {"base_points", b.basePoints},
                       {"multiplier", b.multiplier},
                       {"points", b.points},
                       {"share", b.share},
                       {"reason", str(b.reason)}});
    }
    return out;
}

json findingsToJson(const QList<store::StoredFinding> &findings, const ReportData &data)
{
    json out = json::array();
    for (const store::StoredFinding &f : findings)
        out.push_back(findingToJson(f, data));
    return out;
}

json reviewToJson(const Review &r)
{
    json decisions = json::array();
    for (const ReviewDecision &d : r.decisions) {
        decisions.push_back({{"rule_id", str(d.ruleId)},
                             {"scope", str(scopeName(d.scope))},
                             {"target_key", str(d.targetKey)},
                             {"target_name", str(d.targetName)},
                             {"title", str(d.title)},
                             {"severity", str(severityName(d.severity))},
                             {"decision", str(decisionKindName(d.kind))},
                             {"owner", orNull(d.owner)},
                             {"due_date", dateOrNull(d.dueDate)},
                             {"justification", orNull(d.justification)},
                             {"expires_at", ScanJson::timeToJson(d.expiresAt)},
                             {"notes", orNull(d.notes)},
                             {"decided_at", ScanJson::timeToJson(d.decidedAt)}});
    }
    return {{"id", r.id},
            {"reviewer", str(r.reviewer)},
            {"started_at", ScanJson::timeToJson(r.startedAt)},
            {"finished_at", ScanJson::timeToJson(r.finishedAt)},
            {"notes", orNull(r.notes)},
            {"decisions", std::move(decisions)}};
}

} // namespace

json findingToJson(const store::StoredFinding &f, const ReportData &data)
{
    const RuleDefinition *rule = data.rule(f.ruleId);
    return {{"rule_id", str(f.ruleId)},
            {"cis", orNull(f.cis)},
            {"severity", str(severityName(f.severity))},
            {"title", str(f.title)},
            {"evidence", str(f.evidence)},
            {"scope", str(scopeName(f.scope))},
            {"target_key", str(f.targetKey)},
            {"target_name", str(f.targetName)},
            {"remediation", rule ? orNull(rule->remediationRun) : json(nullptr)},
            {"waiver", waiverToJson(f.waiver)}};
}

json toJson(const ReportData &data)
{
    const store::ScanSummary &s = data.scan;
    json scan = {{"id", s.id},
                 {"host_url", str(s.hostUrl)},
                 {"host_name", str(s.hostName)},
                 {"engine_id", str(s.engineId)},
                 {"engine_version", str(s.engineVersion)},
                 {"started_at", ScanJson::timeToJson(s.startedAt)},
                 {"finished_at", ScanJson::timeToJson(s.finishedAt)},
                 {"host_score", s.hostScore},
                 {"container_count", s.containerCount},
                 {"image_count", s.imageCount}};

    json summary = {{"findings", data.findingCount},
                    {"waived", data.waivedCount},
                    {"expired_waivers", data.expiredCount},
                    {"by_severity", severityCounts(s.severityCounts)},
                    {"open_by_severity", severityCounts(data.openBySeverity)}};

    json trend = json::array();
    for (const store::ScorePoint &p : data.trend) {
        trend.push_back({{"at", ScanJson::timeToJson(p.at)},
                         {"scan_id", p.scanId},
                         {"score", p.score},
                         {"min_score", p.minScore},
                         {"max_score", p.maxScore},
                         {"scans", p.scansInBucket}});
    }

    json risks = json::array();
    for (const ReportRisk &r : data.topRisks) {
        risks.push_back({{"rule_id", str(r.finding.ruleId)},
                         {"severity", str(severityName(r.finding.severity))},
                         {"title", str(r.finding.title)},
                         {"scope", str(scopeName(r.finding.scope))},
                         {"target_kind", str(scopeName(r.targetKind))},
                         {"target_name", str(r.finding.targetName)},
                         {"points", r.points}});
    }

    json containers = json::array();
    for (const ReportContainer &rc : data.containers) {
        const store::StoredContainer &c = rc.container;
        containers.push_back({{"name", str(c.name)},
                              {"identity", str(c.identity)},
                              {"id", str(c.id)},
                              {"image", str(c.image)},
                              {"state", str(c.state)},
                              {"score", c.score},
                              {"breakdown", breakdownToJson(c.breakdown)},
                              {"permissions", rc.permissionsKnown ? ScanJson::permissionsToJson(c.permissions) : json(nullptr)},
                              {"findings", findingsToJson(rc.findings, data)}});
    }

    json images = json::array();
    for (const ReportImage &ri : data.images) {
        const store::StoredImage &i = ri.image;
        json tags = json::array();
        for (const QString &t : i.tags)
            tags.push_back(str(t));
        json usedBy = json::array();
        for (const QString &u : ri.usedBy)
            usedBy.push_back(str(u));
        images.push_back({{"name", str(ri.name)},
                          {"key", str(i.key)},
                          {"id", str(i.id)},
                          {"tags", std::move(tags)},
                          {"created", ScanJson::timeToJson(i.created)},
                          {"age_days", i.ageDays < 0 ? json(nullptr) : json(i.ageDays)},
                          {"os", orNull(i.osLabel)},
                          {"eol_date", dateOrNull(i.eolDate)},
                          {"past_eol", i.pastEol},
                          {"used_by", std::move(usedBy)},
                          {"findings", findingsToJson(ri.findings, data)}});
    }

    json waivers = json::array();
    for (const store::StoredFinding &f : data.waivers) {
        json w = waiverToJson(f.waiver);
        waivers.push_back({{"rule_id", str(f.ruleId)},
                           {"scope", str(scopeName(f.scope))},
                           {"target_key", str(f.targetKey)},
                           {"target_name", str(f.targetName)},
                           {"state", w["state"]},
                           {"kind", w["kind"]},
                           {"justification", w["justification"]},
                           {"reviewer", w["reviewer"]},
                           {"expires_at", w["expires_at"]},
                           {"origin", w["origin"]}});
    }

    json rules = json::array();
    for (const RuleDefinition &r : data.rules) {
        rules.push_back({{"id", str(r.id)},
                         {"scope", str(scopeName(r.scope))},
                         {"cis", orNull(r.cis)},
                         {"severity", str(severityName(r.severity))},
                         {"title", str(r.title)},
                         {"rationale", str(r.rationale)},
                         {"remediation",
                          {{"run", orNull(r.remediationRun)},
                           {"compose", orNull(r.remediationCompose)},
                           {"dockerfile", orNull(r.remediationDockerfile)}}}});
    }

    return {{"schema", SchemaId},
            {"generated_at", ScanJson::timeToJson(data.generatedAt)},
            {"bulwark_version", str(data.bulwarkVersion)},
            {"reviewer", orNull(data.reviewer)},
            {"scan", std::move(scan)},
            {"summary", std::move(summary)},
            {"trend", std::move(trend)},
            {"top_risks", std::move(risks)},
            {"containers", std::move(containers)},
            {"images", std::move(images)},
            {"daemon_findings", findingsToJson(data.daemonFindings, data)},
            {"waivers", std::move(waivers)},
            {"review", data.review ? reviewToJson(*data.review) : json(nullptr)},
            {"rules", std::move(rules)}};
}

} // namespace bulwark::report::ReportJson
