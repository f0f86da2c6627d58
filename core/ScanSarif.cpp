#include "ScanSarif.h"

namespace bulwark::ScanSarif {

using json = nlohmann::ordered_json;

QString level(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info: return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

double securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return 9.5;
    case Severity::High: return 8.0;
    case Severity::Medium: return 5.5;
    case Severity::Low: return 3.0;
    case Severity::Info: return 0.0;
    }
    return 0.0;
}

json toJson(const HostSnapshot &snap, const RuleCatalogue &catalogue)
{
    json rules = json::array();
    QHash<QString, int> ruleIndex;
    for (const RuleDefinition &r : catalogue.rules()) {
        ruleIndex.insert(r.id, int(rules.size()));
        QString help = r.remediationRun;
        if (!r.remediationCompose.isEmpty())
            help += QStringLiteral("\nCompose: ") + r.remediationCompose;
        if (!r.remediationDockerfile.isEmpty())
            help += QStringLiteral("\nDockerfile: ") + r.remediationDockerfile;
        json props = {{"security-severity", QString::number(securitySeverity(r.severity), 'f', 1).toStdString()},
                      {"tags", json::array({"security", "docker", scopeName(r.scope).toStdString()})}};
        if (!r.cis.isEmpty())
            props["cis"] = r.cis.toStdString();
        rules.push_back({{"id", r.id.toStdString()},
                         {"name", r.title.toStdString()},
                         {"shortDescription", {{"text", r.title.toStdString()}}},
                         {"fullDescription", {{"text", r.rationale.toStdString()}}},
                         {"help", {{"text", help.trimmed().toStdString()}}},
                         {"defaultConfiguration", {{"level", level(r.severity).toStdString()}}},
                         {"properties", props}});
    }

    json results = json::array();
    auto add = [&](const Finding &f, const QString &kind) {
        json result = {{"ruleId", f.ruleId.toStdString()}};
        if (ruleIndex.contains(f.ruleId))
            result["ruleIndex"] = ruleIndex.value(f.ruleId);
        result["level"] = level(f.severity).toStdString();
        result["message"] = {{"text", QStringLiteral("%1: %2").arg(f.title, f.evidence).toStdString()}};
        result["locations"] = json::array({{{"logicalLocations",
                                             json::array({{{"name", f.targetName.toStdString()},
                                                           {"fullyQualifiedName", (kind + QLatin1Char('/') + f.targetName).toStdString()},
                                                           {"kind", "object"}}})}}});
        result["partialFingerprints"] = {{"bulwarkTarget/v1", (kind + QLatin1Char('/') + f.targetId + QLatin1Char('/') + f.ruleId).toStdString()}};
        result["properties"] = {{"severity", severityName(f.severity).toStdString()}, {"target_id", f.targetId.toStdString()}};
        if (f.waiver.state != WaiverState::None) {
            result["properties"]["waiver_state"] = waiverStateName(f.waiver.state).toStdString();
            result["properties"]["waiver_kind"] = waiverKindName(f.waiver.kind).toStdString();
        }
        // SARIF's own word for a waiver: code-scanning services list suppressed results as dismissed.
        // An expired waiver suppresses nothing.
        if (f.waiver.waived()) {
            json suppression = {{"kind", "external"}, {"status", "accepted"},
                                 {"justification", f.waiver.justification.toStdString()}};
            suppression["properties"] = {{"kind", waiverKindName(f.waiver.kind).toStdString()},
                                         {"reviewer", f.waiver.reviewer.toStdString()},
                                         {"origin", f.waiver.origin.toStdString()}};
            if (f.waiver.expiresAt.isValid())
                suppression["properties"]["expires"] = f.waiver.expiresAt.toUTC().toString(Qt::ISODate).toStdString();
            result["suppressions"] = json::array({std::move(suppression)});
        }
        results.push_back(std::move(result));
    };
    for (const Finding &f : snap.daemonFindings)
        add(f, QStringLiteral("daemon"));
    for (const ContainerInfo &c : snap.containers) {
        for (const Finding &f : c.findings)
            add(f, QStringLiteral("container"));
    }
    for (const ImageInfo &i : snap.images) {
        for (const Finding &f : i.findings)
            add(f, QStringLiteral("image"));
    }

    json run = {{"tool",
                 {{"driver",
                   {{"name", "Bulwark"},
                    {"version", BULWARK_VERSION},
                    
                    {"rules", std::move(rules)}}}}},
                {"results", std::move(results)},
                {"properties", {{"host", snap.engine.url.toStdString()}, {"host_score", snap.hostScore}}}};
    if (snap.startedAt.isValid()) {
        run["invocations"] = json::array({{{"executionSuccessful", true},
                                           {"startTimeUtc", snap.startedAt.toUTC().toString(Qt::ISODate).toStdString()},
                                           {"endTimeUtc", snap.finishedAt.toUTC().toString(Qt::ISODate).toStdString()}}});
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", json::array({run})}};
}

} // namespace bulwark::ScanSarif
