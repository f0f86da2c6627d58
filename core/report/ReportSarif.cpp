#include "ReportSarif.h"

#include "ScanSarif.h"
#include "review/Waiver.h"

namespace bulwark::report::ReportSarif {

using json = nlohmann::ordered_json;

namespace {

std::string sarifText(const QString &s)
{
    return s.toStdString();
}

json sarifRule(const RuleDefinition &r)
{
    QString help = r.remediationRun;
    if (!r.remediationCompose.isEmpty())
        help += QStringLiteral("\nCompose: ") + r.remediationCompose;
    if (!r.remediationDockerfile.isEmpty())
        help += QStringLiteral("\nDockerfile: ") + r.remediationDockerfile;
    json props = {{"security-severity", sarifText(QString::number(ScanSarif::securitySeverity(r.severity), 'f', 1))},
                  {"tags", json::array({"security", "docker", sarifText(scopeName(r.scope))})}};
    if (!r.cis.isEmpty())
        props["cis"] = sarifText(r.cis);
    return {{"id", sarifText(r.id)},
            {"name", sarifText(r.title)},
            {"shortDescription", {{"text", sarifText(r.title)}}},
            {"fullDescription", {{"text", sarifText(r.rationale)}}},
            {"help", {{"text", sarifText(help.trimmed())}}},
            {"defaultConfiguration", {{"level", sarifText(ScanSarif::level(r.severity))}}},
            {"properties", std::move(props)}};
}

} // namespace

json toJson(const ReportData &data)
{
    json rules = json::array();
    QHash<QString, int> ruleIndex;
    for (const RuleDefinition &r : data.rules) {
        ruleIndex.insert(r.id, int(rules.size()));
        rules.push_back(sarifRule(r));
    }

    json results = json::array();
    const QList<store::StoredFinding> findings = data.allFindings();
    for (const store::StoredFinding &f : findings) {
        const QString kind = scopeName(f.scope);
        json result = {{"ruleId", sarifText(f.ruleId)}};
        if (ruleIndex.contains(f.ruleId))
            result["ruleIndex"] = ruleIndex.value(f.ruleId);
        result["level"] = sarifText(ScanSarif::level(f.severity));
        result["message"] = {{"text", sarifText(QStringLiteral("%1: %2").arg(f.title, f.evidence))}};
        result["locations"] = json::array(
            {{{"logicalLocations",
               json::array({{{"name", sarifText(f.targetName)},
                             {"fullyQualifiedName", sarifText(kind + QLatin1Char('/') + f.targetName)},
                             {"kind", "object"}}})}}});
        // The stored target key survives re-creation, so a code-scanning alert
        // stays one alert across scans of a re-deployed container.
        result["partialFingerprints"] = {
            {"bulwarkTarget/v1", sarifText(kind + QLatin1Char('/') + f.targetKey + QLatin1Char('/') + f.ruleId)}};
        if (f.waiver.state == WaiverState::Waived) {
            json suppression = {{"kind", "external"}, {"status", "accepted"}, {"justification", sarifText(f.waiver.justification)}};
            json props = {{"waiver_kind", sarifText(waiverKindName(f.waiver.kind))}};
            if (!f.waiver.reviewer.isEmpty())
                props["reviewer"] = sarifText(f.waiver.reviewer);
            if (f.waiver.expiresAt.isValid())
                props["expires_at"] = sarifText(f.waiver.expiresAt.toUTC().toString(Qt::ISODate));
            suppression["properties"] = std::move(props);
            result["suppressions"] = json::array({std::move(suppression)});
        }
        result["properties"] = {{"severity", sarifText(severityName(f.severity))},
                                {"target_key", sarifText(f.targetKey)},
                                {"waiver_state", sarifText(waiverStateName(f.waiver.state))}};
        results.push_back(std::move(result));
    }

    json run = {{"tool", {{"driver", {{"name", "Bulwark"}, {"version", sarifText(data.bulwarkVersion)}, {"rules", std::move(rules)}}}}},
                {"results", std::move(results)},
                {"properties",
                 {{"host", sarifText(data.scan.hostUrl)}, {"host_score", data.scan.hostScore}, {"scan_id", data.scan.id}}}};
    if (data.scan.startedAt.isValid()) {
        run["invocations"] = json::array({{{"executionSuccessful", true},
                                           {"startTimeUtc", sarifText(data.scan.startedAt.toUTC().toString(Qt::ISODate))},
                                           {"endTimeUtc", sarifText(data.scan.finishedAt.toUTC().toString(Qt::ISODate))}}});
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", json::array({std::move(run)})}};
}

} // namespace bulwark::report::ReportSarif
