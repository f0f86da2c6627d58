#include "ScanJson.h"

#include "rules/RuleEngine.h"

#include <cmath>

namespace bulwark::ScanJson {

using json = nlohmann::ordered_json;

namespace {
json s(const QString &v) { return v.toStdString(); }

json list(const QStringList &items)
{
    json out = json::array();
    for (const QString &i : items)
        out.push_back(i.toStdString());
    return out;
}
} // namespace

json findingToJson(const Finding &f)
{
    return {{"rule_id", s(f.ruleId)},
            {"cis", f.cis.isEmpty() ? json(nullptr) : json(s(f.cis))},
            {"severity", s(severityName(f.severity))},
            {"title", s(f.title)},
            {"evidence", s(f.evidence)},
            {"remediation", s(f.remediation)}};
}

json riskToJson(const RiskScore &r)
{
    json items = json::array();
    for (const ScoreContribution &c : r.breakdown) {
        items.push_back({{"rule_id", s(c.ruleId)},
                         {"severity", s(severityName(c.severity))},
                         {"base_points", c.basePoints},
                         {"multiplier", c.multiplier},
                         {"points", c.points},
                         {"share", std::round(c.share * 10) / 10},
                         {"reason", s(c.reason)}});
    }
    return {{"raw_points", r.rawPoints},
            {"floor", r.floor},
            {"floor_reason", s(r.floorReason)},
            {"contributions", std::move(items)}};
}

json permissionsToJson(const Permissions &p)
{
    json ns = json::array();
    for (const NamespacePermission &n : p.namespaces) {
        ns.push_back({{"name", s(n.name)}, {"mode", s(n.mode)}, {"shared_with_host", n.sharedWithHost},
                      {"shared_with_container", s(n.sharedWithContainer)}});
    }
    json mounts = json::array();
    for (const MountPermission &m : p.mounts) {
        mounts.push_back({{"type", s(m.type)}, {"source", s(m.source)}, {"destination", s(m.destination)},
                          {"rw", m.readWrite}, {"propagation", s(m.propagation)},
                          {"sensitivity", s(mountSensitivityName(m.sensitivity))}, {"why", s(m.why)}});
    }
    return {{"effective_capabilities", list(p.effectiveCapabilities)},
            {"added_beyond_default", list(p.addedBeyondDefault)},
            {"dropped_from_default", list(p.droppedFromDefault)},
            {"privileged", p.privileged},
            {"user", s(p.user)},
            {"user_source", s(p.userSource)},
            {"group", s(p.group)},
            {"runs_as_root", p.runsAsRoot},
            {"namespaces", std::move(ns)},
            {"mounts", std::move(mounts)},
            {"devices", list(p.devices)},
            {"seccomp", s(p.seccomp)},
            {"apparmor", s(p.apparmor)},
            {"selinux", s(p.selinux)},
            {"no_new_privileges", p.noNewPrivileges},
            {"read_only_rootfs", p.readOnlyRootfs},
            {"memory_bytes", p.memoryBytes},
            {"cpus", p.cpus},
            {"pids_limit", p.pidsLimit},
            {"published_ports", list(p.publishedPorts)}};
}

namespace {
json findingsToJson(const QList<Finding> &findings)
{
    json out = json::array();
    for (const Finding &f : findings)
        out.push_back(findingToJson(f));
    return out;
}

json countsToJson(const std::array<int, 5> &c)
{
    return {{"critical", c[4]}, {"high", c[3]}, {"medium", c[2]}, {"low", c[1]}, {"info", c[0]}};
}
} // namespace

json timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return nullptr;
    return time.toUTC().toString(Qt::ISODate).toStdString();
}

json containerToJson(const ContainerInfo &c)
{
    json mounts = json::array();
    for (const MountInfo &m : c.mounts) {
        mounts.push_back({{"type", s(m.type)}, {"source", s(m.source)}, {"destination", s(m.destination)},
                          {"rw", m.readWrite}, {"mode", s(m.mode)}, {"propagation", s(m.propagation)}});
    }
    json ports = json::array();
    for (const PortBinding &p : c.ports) {
        json port = {{"container_port", p.containerPort}, {"protocol", s(p.protocol)}};
        port["host_ip"] = p.published() ? json(s(p.hostIp)) : json(nullptr);
        port["host_port"] = p.published() ? json(p.hostPort) : json(nullptr);
        ports.push_back(std::move(port));
    }
    json devices = json::array();
    for (const DeviceMapping &d : c.devices) {
        devices.push_back({{"path_on_host", s(d.pathOnHost)}, {"path_in_container", s(d.pathInContainer)},
                           {"permissions", s(d.permissions)}});
    }
    json ulimits = json::array();
    for (const Ulimit &u : c.limits.ulimits)
        ulimits.push_back({{"name", s(u.name)}, {"soft", u.soft}, {"hard", u.hard}});
    json labels = json::object();
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        labels[it.key().toStdString()] = it.value().toStdString();

    return {
        {"id", s(c.id)},
        {"name", s(c.name)},
        {"image", s(c.image)},
        {"image_id", s(c.imageId)},
        {"state", s(c.state)},
        {"created", timeToJson(c.created)},
        {"started_at", timeToJson(c.startedAt)},
        {"command", s(c.command)},
        {"user", s(c.user)},
        {"privileged", c.privileged},
        {"cap_add", list(c.capAdd)},
        {"cap_drop", list(c.capDrop)},
        {"namespaces",
         {{"network", s(c.namespaces.network)},
          {"pid", s(c.namespaces.pid)},
          {"ipc", s(c.namespaces.ipc)},
          {"uts", s(c.namespaces.uts)},
          {"userns", s(c.namespaces.userns)},
          {"cgroupns", s(c.namespaces.cgroupns)}}},
        {"mounts", std::move(mounts)},
        {"ports", std::move(ports)},
        {"publish_all_ports", c.publishAllPorts},
        {"devices", std::move(devices)},
        {"security_opt", list(c.securityOpt)},
        {"apparmor_profile", s(c.appArmorProfile)},
        {"read_only_rootfs", c.readonlyRootfs},
        {"limits",
         {{"memory_bytes", c.limits.memoryBytes},
          {"memory_swap_bytes", c.limits.memorySwapBytes},
          {"nano_cpus", c.limits.nanoCpus},
          {"cpu_shares", c.limits.cpuShares},
          {"cpu_quota", c.limits.cpuQuota},
          {"cpu_period", c.limits.cpuPeriod},
          {"pids_limit", c.limits.pidsLimit},
          {"ulimits", std::move(ulimits)}}},
        {"restart_policy", {{"name", s(c.restartPolicy)}, {"max_retries", c.restartMaxRetries}}},
        {"log_driver", s(c.logDriver)},
        {"networks", list(c.networks)},
        {"env_names", list(c.envNames)},
        {"labels", std::move(labels)},
        {"healthcheck", {{"defined", c.health.defined}, {"test", list(c.health.test)}, {"status", s(c.health.status)}}},
        {"tty", c.tty},
        {"runtime", s(c.runtime)},
        {"secrets", [&] {
             json out = json::array();
             for (const SecretEvidence &e : c.secrets)
                 out.push_back({{"location", s(e.location)}, {"name", s(e.name)}, {"kind", s(e.kind)}, {"hint", s(e.hint)}});
             return out;
         }()},
        {"permissions", permissionsToJson(c.permissions)},
        {"risk_score", c.risk.score},
        {"score_breakdown", riskToJson(c.risk)},
        {"findings", findingsToJson(c.findings)},
    };
}

json imageToJson(const ImageInfo &img, const QDateTime &now)
{
    const OsRelease &os = img.baseOs;
    json baseOs = {{"detected", os.detected},
                   {"id", s(os.id)},
                   {"version_id", s(os.versionId)},
                   {"codename", s(os.codename)},
                   {"pretty_name", s(os.prettyName)},
                   {"release", s(os.releaseLabel)},
                   {"eol_date", os.eolDate.isValid() ? json(os.eolDate.toString(Qt::ISODate).toStdString()) : json(nullptr)},
                   {"end_of_life", os.pastEol(now.date())},
                   {"eol_source", s(os.eolSource)},
                   {"problem", s(os.problem)}};
    const bool ageKnown = img.created.isValid() && img.created.date().year() >= 2000;
    return {
        {"id", s(img.id)},
        {"tags", list(img.tags)},
        {"digests", list(img.digests)},
        {"created", timeToJson(img.created)},
        {"size_bytes", img.sizeBytes},
        {"os", s(img.os)},
        {"architecture", s(img.architecture)},
        {"user", s(img.user)},
        {"healthcheck", img.hasHealthcheck},
        {"layers", img.history.is_array() ? img.history.size() : 0},
        {"build_age_days", ageKnown ? json(img.created.daysTo(now)) : json(nullptr)},
        {"base_os", std::move(baseOs)},
        {"used_by", list(img.usedBy)},
        {"findings", findingsToJson(img.findings)},
    };
}

json toJson(const HostSnapshot &snap)
{
    json containers = json::array();
    for (const ContainerInfo &c : snap.containers)
        containers.push_back(containerToJson(c));
    json images = json::array();
    for (const ImageInfo &i : snap.images)
        images.push_back(imageToJson(i, snap.finishedAt.isValid() ? snap.finishedAt : QDateTime::currentDateTimeUtc()));
    QList<Finding> all = snap.daemonFindings;
    for (const ContainerInfo &c : snap.containers)
        all += c.findings;
    for (const ImageInfo &i : snap.images)
        all += i.findings;
    json networks = json::array();
    for (const NetworkInfo &n : snap.networks) {
        networks.push_back({{"id", s(n.id)}, {"name", s(n.name)}, {"driver", s(n.driver)}, {"scope", s(n.scope)},
                            {"internal", n.internal}});
    }
    json volumes = json::array();
    for (const VolumeInfo &v : snap.volumes)
        volumes.push_back({{"name", s(v.name)}, {"driver", s(v.driver)}});

    const EngineInfo &e = snap.engine;
    return {
        {"schema", SchemaId},
        {"bulwark_version", BULWARK_VERSION},
        {"host",
         {{"url", s(e.url)},
          {"transport", s(e.transport)},
          {"tls", e.tls},
          {"engine_version", s(e.engineVersion)},
          {"api_version", s(e.apiVersion)},
          {"os", s(e.os)},
          {"os_type", s(e.osType)},
          {"kernel_version", s(e.kernelVersion)},
          {"architecture", s(e.architecture)},
          {"name", s(e.name)},
          {"engine_id", s(e.engineId)},
          {"score", snap.hostScore}}},
        {"started_at", timeToJson(snap.startedAt)},
        {"finished_at", timeToJson(snap.finishedAt)},
        {"containers", std::move(containers)},
        {"images", std::move(images)},
        {"networks", std::move(networks)},
        {"volumes", std::move(volumes)},
        {"summary", {{"assessed", snap.assessed}, {"host_score", snap.hostScore}, {"findings", countsToJson(countBySeverity(all))}}},
        {"daemon", {{"score", snap.daemonRisk.score}, {"score_breakdown", riskToJson(snap.daemonRisk)}, {"findings", findingsToJson(snap.daemonFindings)}}},
        {"warnings", list(snap.warnings)},
    };
}

} // namespace bulwark::ScanJson
