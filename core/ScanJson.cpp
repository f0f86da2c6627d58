#include "ScanJson.h"

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
        {"findings", json::array()},
    };
}

json imageToJson(const ImageInfo &img)
{
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
        {"findings", json::array()},
    };
}

json toJson(const HostSnapshot &snap)
{
    json containers = json::array();
    for (const ContainerInfo &c : snap.containers)
        containers.push_back(containerToJson(c));
    json images = json::array();
    for (const ImageInfo &i : snap.images)
        images.push_back(imageToJson(i));
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
          {"engine_id", s(e.engineId)}}},
        {"started_at", timeToJson(snap.startedAt)},
        {"finished_at", timeToJson(snap.finishedAt)},
        {"containers", std::move(containers)},
        {"images", std::move(images)},
        {"networks", std::move(networks)},
        {"volumes", std::move(volumes)},
        {"daemon", {{"findings", json::array()}}},
        {"warnings", list(snap.warnings)},
    };
}

} // namespace bulwark::ScanJson
