#include "RemediationAdvisor.h"

#include "JsonFields.h"
#include "RunOptions.h"
#include "ShellQuote.h"
#include "rules/Checks.h"
#include "rules/Permissions.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

namespace bulwark {

namespace {
// Defaults a fix proposes where the rule needs a number; documented in docs/remediation.md.
const char *const AdvisedUser = "1000:1000";
const char *const AdvisedMemory = "512m";
const char *const AdvisedCpus = "1";
const int AdvisedPids = 200;
const int AdvisedRestartRetries = 5;

int ruleNumber(const QString &ruleId) { return ruleId.mid(4).toInt(); }

QString bracketList(const QStringList &items) { return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']'); }

bool allInterfacesIp(const QString &ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}

bool hasOpt(const QString &opt, QLatin1String key, QLatin1String value)
{
    return opt == key + QLatin1Char('=') + value || opt == key + QLatin1Char(':') + value;
}

QString mountText(const MountInfo &m)
{
    return QStringLiteral("%1 → %2 (%3, %4%5)")
        .arg(m.source, m.destination, m.type, m.readWrite ? QStringLiteral("rw") : QStringLiteral("ro"),
             m.propagation.isEmpty() ? QString() : QStringLiteral(", ") + m.propagation);
}

// The spec compose's short volume syntax takes: the -v argument, with the project's
// prefix taken off named volumes (compose names "data" of project "shop" shop_data).
QString composeVolume(const MountInfo &m, const QString &project, bool withPropagation = true)
{
    const RunOption option = RunOptions::mount(m, withPropagation);
    if (option.size() != 2 || option.first() != QLatin1String("-v"))
        return {};
    QString spec = option.at(1);
    // An anonymous volume (named by a hash) is written as its path alone; compose names a new one.
    static const QRegularExpression anonymous(QStringLiteral("^[0-9a-f]{64}$"));
    if (m.type == QLatin1String("volume") && anonymous.match(m.source).hasMatch())
        return m.destination;
    if (m.type == QLatin1String("volume") && !project.isEmpty() && m.source.startsWith(project + QLatin1Char('_')))
        spec = spec.mid(project.size() + 1);
    return spec;
}

QString composePort(const PortBinding &p)
{
    const RunOption option = RunOptions::port(p);
    return option.value(1);
}
} // namespace

RemediationAdvisor::RemediationAdvisor(const RuleCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

ComposeChange RemediationAdvisor::composeServiceOf(const ContainerInfo &c)
{
    ComposeChange compose;
    compose.project = c.labels.value(QStringLiteral("com.docker.compose.project"));
    compose.service = c.labels.value(QStringLiteral("com.docker.compose.service"));
    compose.workingDir = c.labels.value(QStringLiteral("com.docker.compose.project.working_dir"));
    for (const QString &f : c.labels.value(QStringLiteral("com.docker.compose.project.config_files")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        compose.configFiles << f.trimmed();
    if (compose.service.isEmpty())
        return {};
    return compose;
}

Remediation RemediationAdvisor::base(const Finding &f) const
{
    Remediation r;
    r.ruleId = f.ruleId;
    r.cis = f.cis;
    r.severity = f.severity;
    r.scope = f.scope;
    r.title = f.title;
    r.targetId = f.targetId;
    r.targetName = f.targetName;
    r.currentSetting = f.evidence;
    if (const RuleDefinition *def = m_catalogue.rule(f.ruleId)) {
        r.risk = def->rationale;
        if (r.cis.isEmpty())
            r.cis = def->cis;
        if (r.title.isEmpty())
            r.title = def->title;
    }
    return r;
}

Remediation RemediationAdvisor::finished(Remediation r) const
{
    // Steps for people only where no concrete change says it better: the catalogue's own advice.
    if (r.manualSteps.isEmpty() && (r.kind == RemediationKind::Manual || r.kind == RemediationKind::Dockerfile)) {
        if (const RuleDefinition *def = m_catalogue.rule(r.ruleId))
            r.manualSteps = r.scope == RuleScope::Image && !def->remediationDockerfile.isEmpty() ? def->remediationDockerfile
                                                                                                 : def->remediationRun;
    }
    return r;
}

Remediation RemediationAdvisor::advise(const Finding &finding, const HostSnapshot &snapshot) const
{
    if (const ContainerInfo *c = snapshot.container(finding.targetId))
        return forContainer(finding, *c, snapshot.image(c->imageId));
    if (const ImageInfo *img = snapshot.image(finding.targetId))
        return forImage(finding, *img);
    if (finding.scope == RuleScope::Daemon)
        return forDaemon(finding, snapshot.engine);
    return finished(base(finding));
}

QList<Remediation> RemediationAdvisor::forContainer(const ContainerInfo &c, const ImageInfo *image) const
{
    QList<Remediation> out;
    out.reserve(c.findings.size());
    for (const Finding &f : c.findings)
        out << forContainer(f, c, image);
    return out;
}

Remediation RemediationAdvisor::forContainer(const Finding &f, const ContainerInfo &c, const ImageInfo *image) const
{
    Remediation r = base(f);
    r.compose = composeServiceOf(c);
    const bool compose = r.compose.fromCompose();
    ComposeChange &yaml = r.compose;
    const QString &project = r.compose.project;
    r.kind = RemediationKind::RunFlags;
    auto remainingVolumes = [&](const std::function<bool(const MountInfo &)> &drop, bool withPropagation = true) {
        QStringList specs;
        for (const MountInfo &m : c.mounts) {
            if (drop(m))
                continue;
            const QString spec = composeVolume(m, project, withPropagation);
            if (!spec.isEmpty())
                specs << spec;
        }
        return specs;
    };
    auto composePorts = [&](const std::function<std::optional<PortBinding>(const PortBinding &)> &map) {
        QStringList specs;
        for (const PortBinding &p : c.ports) {
            if (!p.published())
                continue;
            if (const std::optional<PortBinding> q = map(p))
                specs << composePort(*q);
        }
        return specs;
    };
    const QString network = compose && !project.isEmpty() ? project + QStringLiteral("_default") : c.name + QStringLiteral("-net");

    const bool containerRule = f.ruleId.startsWith(QLatin1String("BW-C"));
    switch (containerRule ? ruleNumber(f.ruleId) : 0) {
    case 1: // privileged
        r.currentSetting = QStringLiteral("HostConfig.Privileged = true");
        r.summary = tr("Stop running the container privileged and start it without any capability it does not ask for.");
        r.runRemove << RunOption{QStringLiteral("--privileged")};
        if (!c.capDrop.contains(QLatin1String("ALL"))) {
            r.runRemove << RunOption{QStringLiteral("--cap-drop")};
            r.runAdd << RunOption{QStringLiteral("--cap-drop"), QStringLiteral("ALL")};
        }
        yaml.removeKey(QStringLiteral("privileged"));
        yaml.setList(QStringLiteral("cap_drop"), {QStringLiteral("ALL")});
        r.notes << tr("Give back only what the workload needs: --cap-add for single capabilities (e.g. NET_BIND_SERVICE) and "
                      "--device for single devices.");
        break;
    case 2: { // daemon socket
        QStringList seen;
        QList<MountInfo> sockets;
        for (const MountInfo &m : c.mounts) {
            if (m.type == QLatin1String("bind") && Checks::isDaemonSocket(m.source)) {
                sockets << m;
                seen << mountText(m);
                r.runRemove << RunOptions::mount(m);
            }
        }
        r.currentSetting = QStringLiteral("Mounts: %1").arg(seen.join(QStringLiteral("; ")));
        r.summary = tr("Remove the mount of the container runtime's socket.");
        yaml.setList(QStringLiteral("volumes"), remainingVolumes([](const MountInfo &m) {
            return m.type == QLatin1String("bind") && Checks::isDaemonSocket(m.source);
        }));
        r.notes << tr("If the workload really needs the Docker API (a CI runner, a reverse proxy reading labels), give it a "
                      "filtering socket proxy that allows only the calls it makes, never the socket itself.");
        break;
    }
    case 3: { // dangerous capabilities
        QStringList kept;
        for (const QString &cap : c.capAdd) {
            if (Checks::dangerousCapabilities().contains(cap)) {
                r.runRemove << RunOption{QStringLiteral("--cap-add"), cap};
            } else {
                kept << cap;
            }
        }
        r.currentSetting = QStringLiteral("HostConfig.CapAdd = %1").arg(bracketList(c.capAdd));
        r.summary = tr("Remove the dangerous capabilities added with --cap-add.");
        yaml.setList(QStringLiteral("cap_add"), kept);
        r.notes << tr("If the workload fails without one of them, find the single operation that needs it; most have a "
                      "narrower alternative (e.g. NET_BIND_SERVICE instead of NET_ADMIN for low ports).");
        break;
    }
    case 4: // default capabilities
        r.currentSetting = c.capDrop.isEmpty() ? tr("HostConfig.CapDrop is empty: the %1 default capabilities stay")
                                                     .arg(PermissionCalculator::defaultCapabilities().size())
                                               : QStringLiteral("HostConfig.CapDrop = %1").arg(bracketList(c.capDrop));
        r.summary = tr("Drop all capabilities and add back only those the workload uses.");
        r.runRemove << RunOption{QStringLiteral("--cap-drop")};
        r.runAdd << RunOption{QStringLiteral("--cap-drop"), QStringLiteral("ALL")};
        yaml.setList(QStringLiteral("cap_drop"), {QStringLiteral("ALL")});
        r.notes << (c.capAdd.isEmpty() ? tr("With --cap-drop ALL the container keeps no capability. Add back what it needs, e.g. "
                                            "--cap-add NET_BIND_SERVICE to listen below port 1024, or CHOWN, SETUID and SETGID "
                                            "for images that switch users when they start.")
                                       : tr("With --cap-drop ALL the container keeps only what --cap-add gives back (%1). Add "
                                            "back anything else it needs.")
                                             .arg(c.capAdd.join(QStringLiteral(", "))));
        break;
    case 5: { // root
        const QString imageUser = image ? image->user : QString();
        if (!c.user.isEmpty())
            r.currentSetting = QStringLiteral("Config.User = \"%1\"").arg(c.user);
        else if (!imageUser.isEmpty())
            r.currentSetting = tr("Config.User is empty; the image's USER is \"%1\"").arg(imageUser);
        else
            r.currentSetting = tr("Config.User is empty and the image sets no USER: uid 0 (root)");
        r.runRemove << RunOption{QStringLiteral("--user")};
        if (!c.user.isEmpty() && !imageUser.isEmpty() && !PermissionCalculator::isRootUser(imageUser)) {
            // The image already names an unprivileged user: the override is what makes it root.
            r.summary = tr("Remove --user %1: the image's own user %2 is not root.").arg(c.user, imageUser);
            yaml.removeKey(QStringLiteral("user"));
        } else {
            r.summary = tr("Run the process as an unprivileged user.");
            r.runAdd << RunOption{QStringLiteral("--user"), QLatin1String(AdvisedUser)};
            yaml.setScalar(QStringLiteral("user"), ComposeChange::quote(QLatin1String(AdvisedUser)));
            r.dockerfileLines << QStringLiteral("RUN addgroup -g 1000 app && adduser -D -u 1000 -G app app")
                              << QStringLiteral("USER 1000:1000");
            r.notes << tr("uid 1000 must be able to write where the process writes (volumes, bind mounts): chown those "
                          "paths, or use the uid that owns them. The RUN line is for Alpine/BusyBox images; on Debian or "
                          "Ubuntu use: RUN groupadd -g 1000 app && useradd -u 1000 -g app app");
        }
        break;
    }
    case 6: { // sensitive host paths
        QStringList seen;
        QSet<QString> dropped;
        for (const MountPermission &p : c.permissions.mounts) {
            if (p.sensitivity == MountSensitivity::Normal || Checks::isDaemonSocket(p.source))
                continue;
            dropped.insert(p.source + QLatin1Char('\n') + p.destination);
        }
        for (const MountInfo &m : c.mounts) {
            if (!dropped.contains(m.source + QLatin1Char('\n') + m.destination))
                continue;
            seen << mountText(m);
            r.runRemove << RunOptions::mount(m);
            if (m.readWrite) {
                MountInfo ro = m;
                ro.readWrite = false;
                r.notes << tr("If the container must read %1, mount it read-only instead: %2")
                               .arg(m.source, RunOptions::mount(ro).join(QLatin1Char(' ')));
            }
        }
        r.currentSetting = QStringLiteral("Mounts: %1").arg(seen.join(QStringLiteral("; ")));
        r.summary = tr("Remove the mounts of sensitive host paths.");
        yaml.setList(QStringLiteral("volumes"), remainingVolumes([&](const MountInfo &m) {
            return dropped.contains(m.source + QLatin1Char('\n') + m.destination);
        }));
        break;
    }
    case 7: // host network
        r.currentSetting = QStringLiteral("HostConfig.NetworkMode = host");
        r.summary = tr("Give the container its own network namespace on a user-defined network.");
        r.runRemove << RunOption{QStringLiteral("--network")};
        r.runAdd << RunOption{QStringLiteral("--network"), network};
        yaml.removeKey(QStringLiteral("network_mode"));
        if (!compose)
            r.notes << tr("Create the network first: docker network create %1").arg(network);
        r.notes << tr("Publish the ports other hosts must reach with -p, bound to one address (e.g. -p 127.0.0.1:8080:8080).");
        break;
    case 8:
        r.currentSetting = QStringLiteral("HostConfig.PidMode = host");
        r.summary = tr("Give the container its own PID namespace.");
        r.runRemove << RunOption{QStringLiteral("--pid")};
        yaml.removeKey(QStringLiteral("pid"));
        break;
    case 9:
        r.currentSetting = QStringLiteral("HostConfig.IpcMode = host");
        r.summary = tr("Give the container its own IPC namespace.");
        r.runRemove << RunOption{QStringLiteral("--ipc")};
        yaml.removeKey(QStringLiteral("ipc"));
        r.notes << tr("Containers that must share memory with each other can use --ipc shareable and --ipc container:NAME.");
        break;
    case 10:
        r.currentSetting = QStringLiteral("HostConfig.UTSMode = host");
        r.summary = tr("Give the container its own UTS namespace (hostname).");
        r.runRemove << RunOption{QStringLiteral("--uts")};
        yaml.removeKey(QStringLiteral("uts"));
        break;
    case 11:
        r.currentSetting = QStringLiteral("HostConfig.UsernsMode = host");
        r.summary = tr("Stop opting out of user-namespace remapping.");
        r.runRemove << RunOption{QStringLiteral("--userns")};
        yaml.removeKey(QStringLiteral("userns_mode"));
        r.notes << tr("This only protects anything when the daemon remaps users (userns-remap, see BW-D002).");
        break;
    case 12: { // shared propagation
        QStringList seen;
        auto shared = [](const MountInfo &m) {
            return m.propagation == QLatin1String("shared") || m.propagation == QLatin1String("rshared");
        };
        for (const MountInfo &m : c.mounts) {
            if (!shared(m))
                continue;
            seen << mountText(m);
            r.runRemove << RunOptions::mount(m);
            r.runAdd << RunOptions::mount(m, false);
        }
        r.currentSetting = QStringLiteral("Mounts: %1").arg(seen.join(QStringLiteral("; ")));
        r.summary = tr("Mount without shared propagation (the default, rprivate).");
        QStringList specs;
        for (const MountInfo &m : c.mounts) {
            const QString spec = composeVolume(m, project, !shared(m));
            if (!spec.isEmpty())
                specs << spec;
        }
        yaml.setList(QStringLiteral("volumes"), specs);
        break;
    }
    case 13: { // devices
        QStringList seen;
        for (const DeviceMapping &d : c.devices) {
            r.runRemove << RunOptions::device(d);
            seen << RunOptions::device(d).value(1);
        }
        r.currentSetting = QStringLiteral("HostConfig.Devices = %1").arg(bracketList(seen));
        r.summary = tr("Remove the host devices.");
        yaml.removeKey(QStringLiteral("devices"));
        r.notes << tr("If one device is really needed, pass only it with the least permissions, e.g. --device /dev/ttyUSB0:/dev/ttyUSB0:r.");
        break;
    }
    case 14:
    case 15:
    case 16: { // seccomp, AppArmor, SELinux confinement off
        const int n = ruleNumber(f.ruleId);
        const QLatin1String key = n == 14 ? QLatin1String("seccomp") : n == 15 ? QLatin1String("apparmor") : QLatin1String("label");
        const QLatin1String value = n == 16 ? QLatin1String("disable") : QLatin1String("unconfined");
        QStringList kept;
        for (const QString &opt : c.securityOpt) {
            if (hasOpt(opt, key, value))
                r.runRemove << RunOption{QStringLiteral("--security-opt"), opt};
            else
                kept << opt;
        }
        r.currentSetting = QStringLiteral("HostConfig.SecurityOpt = %1").arg(bracketList(c.securityOpt));
        if (n == 15 && r.runRemove.isEmpty()) {
            r.currentSetting = QStringLiteral("AppArmorProfile = %1").arg(c.appArmorProfile);
            r.runAdd << RunOption{QStringLiteral("--security-opt"), QStringLiteral("apparmor=docker-default")};
            kept << QStringLiteral("apparmor=docker-default");
        }
        r.summary = n == 14 ? tr("Restore the default seccomp filter.")
                  : n == 15 ? tr("Restore the default AppArmor profile.")
                            : tr("Restore SELinux labelling.");
        yaml.setList(QStringLiteral("security_opt"), kept);
        r.notes << (n == 14 ? tr("If one system call is missing, write a profile from Docker's default that adds it "
                                 "(--security-opt seccomp=profile.json) rather than turning the filter off.")
                            : tr("If the workload is denied something, extend a profile rather than turn confinement off."));
        break;
    }
    case 17: {
        r.currentSetting = QStringLiteral("HostConfig.SecurityOpt = %1").arg(bracketList(c.securityOpt));
        r.summary = tr("Forbid gaining privileges through setuid and setgid binaries.");
        r.runAdd << RunOption{QStringLiteral("--security-opt"), QStringLiteral("no-new-privileges")};
        QStringList opts = c.securityOpt;
        opts << QStringLiteral("no-new-privileges:true");
        yaml.setList(QStringLiteral("security_opt"), opts);
        break;
    }
    case 18: {
        r.currentSetting = QStringLiteral("HostConfig.ReadonlyRootfs = false");
        r.summary = tr("Make the root filesystem read-only.");
        r.runAdd << RunOption{QStringLiteral("--read-only")};
        yaml.setScalar(QStringLiteral("read_only"), QStringLiteral("true"));
        r.notes << tr("Give the paths the application writes a tmpfs or a volume, e.g. --tmpfs /tmp (compose: tmpfs: [/tmp]).");
        break;
    }
    case 19:
        r.currentSetting = QStringLiteral("HostConfig.Memory = 0");
        r.summary = tr("Limit the container's memory.");
        r.runRemove << RunOption{QStringLiteral("--memory")};
        r.runAdd << RunOption{QStringLiteral("--memory"), QLatin1String(AdvisedMemory)};
        yaml.setScalar(QStringLiteral("mem_limit"), QLatin1String(AdvisedMemory));
        r.notes << tr("512m is a starting point: size the limit from the container's peak in docker stats plus headroom.");
        break;
    case 20:
        r.currentSetting = QStringLiteral("HostConfig.NanoCpus = 0, CpuQuota = 0, CpuShares = 0");
        r.summary = tr("Limit the CPU the container may use.");
        r.runRemove << RunOption{QStringLiteral("--cpus")};
        r.runAdd << RunOption{QStringLiteral("--cpus"), QLatin1String(AdvisedCpus)};
        yaml.setScalar(QStringLiteral("cpus"), QStringLiteral("1.0"));
        r.notes << tr("One CPU is a starting point: adjust it to the workload.");
        break;
    case 21:
        r.currentSetting = QStringLiteral("HostConfig.PidsLimit = %1").arg(c.limits.pidsLimit);
        r.summary = tr("Limit the number of processes.");
        r.runRemove << RunOption{QStringLiteral("--pids-limit")};
        r.runAdd << RunOption{QStringLiteral("--pids-limit"), QString::number(AdvisedPids)};
        yaml.setScalar(QStringLiteral("pids_limit"), QString::number(AdvisedPids));
        break;
    case 22: { // all interfaces
        QStringList seen;
        for (const PortBinding &p : c.ports) {
            if (!p.published() || !allInterfacesIp(p.hostIp))
                continue;
            seen << RunOptions::port(p).value(1);
            r.runRemove << RunOptions::port(p);
            r.runAdd << RunOptions::port(RunOptions::boundTo(p, p.hostIp == QLatin1String("::") ? QStringLiteral("::1") : QStringLiteral("127.0.0.1")));
        }
        if (c.publishAllPorts) {
            seen << QStringLiteral("--publish-all");
            r.runRemove << RunOption{QStringLiteral("--publish-all")};
            for (const PortBinding &p : c.ports) {
                if (!p.published())
                    r.runAdd << RunOption{QStringLiteral("-p"), QStringLiteral("127.0.0.1::%1%2").arg(p.containerPort)
                                                                       .arg(p.protocol == QLatin1String("tcp") ? QString() : QLatin1Char('/') + p.protocol)};
            }
        }
        r.currentSetting = QStringLiteral("HostConfig.PortBindings = %1").arg(bracketList(seen));
        r.summary = tr("Publish the ports on the loopback address only.");
        yaml.setList(QStringLiteral("ports"), composePorts([](const PortBinding &p) -> std::optional<PortBinding> {
            return allInterfacesIp(p.hostIp) ? RunOptions::boundTo(p, p.hostIp == QLatin1String("::") ? QStringLiteral("::1") : QStringLiteral("127.0.0.1")) : p;
        }));
        r.notes << tr("If other machines must reach the service, bind the one address they use (e.g. -p 10.0.0.5:8080:80) "
                      "or put a reverse proxy in front.");
        break;
    }
    case 23: { // low host ports
        QStringList seen;
        auto moved = [](const PortBinding &p) {
            PortBinding q = p;
            q.hostPort = p.hostPort + 8000;
            return q;
        };
        for (const PortBinding &p : c.ports) {
            if (!p.published() || p.hostPort >= 1024)
                continue;
            seen << RunOptions::port(p).value(1);
            r.runRemove << RunOptions::port(p);
            r.runAdd << RunOptions::port(moved(p));
        }
        r.currentSetting = QStringLiteral("HostConfig.PortBindings = %1").arg(bracketList(seen));
        r.summary = tr("Publish on an unprivileged host port (the port + 8000).");
        yaml.setList(QStringLiteral("ports"), composePorts([&](const PortBinding &p) -> std::optional<PortBinding> {
            return p.hostPort < 1024 ? moved(p) : p;
        }));
        r.notes << tr("Clients must use the new port; or keep the low port on a reverse proxy in front of the container.");
        break;
    }
    case 24: { // ssh port
        QStringList seen;
        auto ssh = [](const PortBinding &p) { return p.containerPort == 22 || (p.published() && p.hostPort == 22); };
        for (const PortBinding &p : c.ports) {
            if (!ssh(p))
                continue;
            if (p.published()) {
                seen << RunOptions::port(p).value(1);
                r.runRemove << RunOptions::port(p);
            } else {
                seen << QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
                r.runRemove << RunOption{QStringLiteral("--expose"), QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol)};
                r.dockerfileLines << QStringLiteral("# delete: EXPOSE 22");
            }
        }
        r.currentSetting = QStringLiteral("Ports: %1").arg(bracketList(seen));
        r.summary = tr("Stop exposing and publishing port 22.");
        yaml.setList(QStringLiteral("ports"), composePorts([&](const PortBinding &p) -> std::optional<PortBinding> {
            if (ssh(p))
                return std::nullopt;
            return p;
        }));
        r.notes << tr("For a shell in the container use docker exec -it %1 sh.").arg(c.name);
        break;
    }
    case 25:
        r.kind = RemediationKind::Manual;
        r.summary = tr("Stop running an SSH server in the container.");
        r.manualSteps = tr("Remove the SSH server from the image (e.g. openssh-server) and from the command or entrypoint "
                           "that starts it; use docker exec -it %1 sh for a shell.").arg(c.name);
        r.dockerfileLines << QStringLiteral("# delete: RUN apt-get install -y openssh-server (or apk add openssh)")
                          << QStringLiteral("# delete: CMD/ENTRYPOINT lines that start sshd");
        break;
    case 26:
        r.currentSetting = c.restartPolicy == QLatin1String("on-failure")
                               ? QStringLiteral("HostConfig.RestartPolicy = on-failure (MaximumRetryCount %1)").arg(c.restartMaxRetries)
                               : QStringLiteral("HostConfig.RestartPolicy = %1").arg(c.restartPolicy);
        r.summary = tr("Restart on failure only, at most %1 times.").arg(AdvisedRestartRetries);
        r.runRemove << RunOption{QStringLiteral("--restart")};
        r.runAdd << RunOption{QStringLiteral("--restart"), QStringLiteral("on-failure:%1").arg(AdvisedRestartRetries)};
        yaml.setScalar(QStringLiteral("restart"), ComposeChange::quote(QStringLiteral("on-failure:%1").arg(AdvisedRestartRetries)));
        break;
    case 27: { // health check
        if (c.health.test.value(0) == QLatin1String("NONE")) {
            r.currentSetting = QStringLiteral("Config.Healthcheck.Test = [NONE]");
            r.summary = tr("Stop disabling the image's health check.");
            r.runRemove << RunOption{QStringLiteral("--no-healthcheck")};
            yaml.removeKey(QStringLiteral("healthcheck"));
            break;
        }
        r.kind = RemediationKind::Manual;
        r.currentSetting = tr("Config.Healthcheck is not set, and the image defines no HEALTHCHECK");
        r.summary = tr("Add a health check that tests the service itself.");
        QString probe = QStringLiteral("<a command that exits 0 when the service works>");
        for (const PortBinding &p : c.ports) {
            if (p.protocol == QLatin1String("tcp")) {
                probe = QStringLiteral("wget -q --spider http://localhost:%1/ || exit 1").arg(p.containerPort);
                break;
            }
        }
        r.manualSteps = tr("Only you know what \"working\" means for this service. For example:\n"
                           "  docker run --health-cmd %1 --health-interval 30s --health-timeout 5s --health-retries 3 …")
                            .arg(ShellQuote::quote(probe));
        r.dockerfileLines << QStringLiteral("HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD %1").arg(probe);
        yaml.setBlock(QStringLiteral("healthcheck"), {QStringLiteral("test: [\"CMD-SHELL\", %1]").arg(ComposeChange::quote(probe)),
                                                      QStringLiteral("interval: 30s"), QStringLiteral("timeout: 5s"),
                                                      QStringLiteral("retries: 3")});
        break;
    }
    case 28: {
        QStringList seen;
        for (const Ulimit &u : c.limits.ulimits)
            seen << QStringLiteral("%1=%2:%3").arg(u.name).arg(u.soft).arg(u.hard);
        r.currentSetting = QStringLiteral("HostConfig.Ulimits = %1").arg(bracketList(seen));
        r.summary = tr("Use the daemon's default ulimits.");
        r.runRemove << RunOption{QStringLiteral("--ulimit")};
        yaml.removeKey(QStringLiteral("ulimits"));
        r.notes << tr("Keep an override only when the workload is known to need it (e.g. nofile for a database), and "
                      "never above the host's limits.");
        break;
    }
    case 29:
        r.currentSetting = QStringLiteral("HostConfig.NetworkMode = %1").arg(c.namespaces.network);
        r.summary = tr("Attach the container to a user-defined network instead of the default bridge.");
        r.runRemove << RunOption{QStringLiteral("--network")};
        r.runAdd << RunOption{QStringLiteral("--network"), network};
        yaml.removeKey(QStringLiteral("network_mode"));
        if (!compose)
            r.notes << tr("Create the network first: docker network create %1, and attach the containers this one talks to.").arg(network);
        break;
    case 30:
        r.currentSetting = QStringLiteral("HostConfig.LogConfig.Type = none");
        r.summary = tr("Keep the container's logs, rotated.");
        r.runRemove << RunOption{QStringLiteral("--log-driver")} << RunOption{QStringLiteral("--log-opt")};
        r.runAdd << RunOption{QStringLiteral("--log-driver"), QStringLiteral("json-file")}
                 << RunOption{QStringLiteral("--log-opt"), QStringLiteral("max-size=10m")}
                 << RunOption{QStringLiteral("--log-opt"), QStringLiteral("max-file=3")};
        yaml.setBlock(QStringLiteral("logging"), {QStringLiteral("driver: json-file"), QStringLiteral("options:"),
                                                  QStringLiteral("  max-size: \"10m\""), QStringLiteral("  max-file: \"3\"")});
        break;
    case 31: { // image reference
        r.currentSetting = QStringLiteral("Config.Image = %1").arg(c.image);
        QString pinned;
        if (image) {
            for (const QString &tag : image->tags) {
                if (!tag.endsWith(QLatin1String(":latest")) && !tag.startsWith(QLatin1String("<none>")))
                    pinned = tag;
            }
            if (pinned.isEmpty() && !image->digests.isEmpty())
                pinned = image->digests.first();
        }
        if (pinned.isEmpty()) {
            r.kind = RemediationKind::Manual;
            r.summary = tr("Reference the image by a version tag.");
            r.manualSteps = tr("Tag the image with its version (docker tag %1 NAME:VERSION) or pull a versioned tag, and "
                               "create the container from that reference.").arg(c.image);
            break;
        }
        r.summary = tr("Reference the image the container runs by %1.").arg(pinned);
        r.imageReplacement = pinned;
        yaml.setScalar(QStringLiteral("image"), ComposeChange::quote(pinned));
        break;
    }
    case 32: { // secrets in the environment
        r.kind = RemediationKind::Manual;
        QStringList names;
        for (const SecretEvidence &s : c.secrets)
            names << (s.name.isEmpty() ? s.location : QStringLiteral("%1 (%2)").arg(s.name, s.location));
        r.currentSetting = tr("Credentials in %1").arg(names.join(QStringLiteral(", ")));
        r.summary = tr("Move the credentials out of the container's configuration.");
        r.manualSteps = tr("1. Rotate each credential: it was readable by anyone allowed to inspect the container.\n"
                           "2. Give the new value as a file: mount it read-only (-v /path/on/host/NAME:/run/secrets/NAME:ro, "
                           "or compose secrets:) and have the application read it from there (many images accept NAME_FILE).\n"
                           "3. Recreate the container without the variable.");
        break;
    }
    case 33:
        r.currentSetting = QStringLiteral("HostConfig.CgroupnsMode = host");
        r.summary = tr("Give the container its own cgroup namespace.");
        r.runRemove << RunOption{QStringLiteral("--cgroupns")};
        r.runAdd << RunOption{QStringLiteral("--cgroupns"), QStringLiteral("private")};
        yaml.setScalar(QStringLiteral("cgroup"), QStringLiteral("private"));
        break;
    case 34: { // joins another container's namespaces
        QStringList seen;
        const struct {
            const QString &mode;
            const char *flag;
            const char *field;
            const char *key;
        } spaces[] = {{c.namespaces.network, "--network", "NetworkMode", "network_mode"},
                      {c.namespaces.pid, "--pid", "PidMode", "pid"},
                      {c.namespaces.ipc, "--ipc", "IpcMode", "ipc"}};
        for (const auto &s : spaces) {
            if (!s.mode.startsWith(QLatin1String("container:")))
                continue;
            seen << QStringLiteral("HostConfig.%1 = %2").arg(QLatin1String(s.field), s.mode);
            r.runRemove << RunOption{QLatin1String(s.flag), s.mode};
            yaml.removeKey(QLatin1String(s.key));
        }
        r.currentSetting = seen.join(QStringLiteral("; "));
        r.summary = tr("Give the container namespaces of its own.");
        r.notes << tr("Sidecars that must share a namespace on purpose (a debugging tool, a service mesh proxy) can keep "
                      "it: this rule is informational.");
        break;
    }
    default:
        break;
    }
    if (!containerRule) {
        // Image findings seen on a container: the image is fixed, then the container recreated.
        const Remediation img = image ? forImage(f, *image) : Remediation{};
        r.kind = ruleNumber(f.ruleId) == 7 && f.ruleId.startsWith(QLatin1String("BW-I")) ? RemediationKind::Recreate
                                                                                           : RemediationKind::Dockerfile;
        if (r.kind == RemediationKind::Recreate) {
            r.summary = tr("Recreate the container so it runs the image its tag points to now.");
            r.manualSteps = compose ? tr("docker compose up -d --force-recreate %1").arg(r.compose.service)
                                    : tr("Remove the container and run it again with the command below.");
        } else {
            r.summary = img.summary;
            r.dockerfileLines = img.dockerfileLines;
            r.manualSteps = img.manualSteps;
            r.notes = img.notes;
            r.currentSetting = img.currentSetting.isEmpty() ? f.evidence : img.currentSetting;
            r.notes << tr("Then recreate the container from the rebuilt image%1.")
                           .arg(compose ? tr(" (docker compose up -d --build %1)").arg(r.compose.service) : QString());
        }
        yaml = {};
    }
    if (r.kind == RemediationKind::RunFlags && !r.hasRunChanges() && yaml.isEmpty() && r.summary.isEmpty())
        r.kind = RemediationKind::Manual;
    if (compose && !yaml.isEmpty())
        r.notes << tr("Then apply it with: docker compose up -d %1").arg(r.compose.service);
    if (!compose)
        r.compose = {};
    return finished(std::move(r));
}

Remediation RemediationAdvisor::forImage(const Finding &f, const ImageInfo &img) const
{
    Remediation r = base(f);
    r.kind = RemediationKind::Dockerfile;
    const QString name = img.tags.value(0, img.id.left(19));
    switch (f.ruleId.startsWith(QLatin1String("BW-I")) ? ruleNumber(f.ruleId) : 0) {
    case 1:
        r.currentSetting = QStringLiteral("Config.User = \"%1\"").arg(img.user);
        r.summary = tr("Create an unprivileged user in the image and switch to it.");
        r.dockerfileLines << QStringLiteral("RUN addgroup -g 1000 app && adduser -D -u 1000 -G app app")
                          << QStringLiteral("USER 1000:1000");
        r.notes << tr("Put USER after the steps that need root (package installs). The RUN line is for Alpine/BusyBox; "
                      "on Debian or Ubuntu: RUN groupadd -g 1000 app && useradd -u 1000 -g app app.")
                << tr("Until the image is rebuilt, run its containers with --user 1000:1000.");
        break;
    case 2:
        r.currentSetting = tr("Config.Healthcheck is not set");
        r.summary = tr("Declare how to tell that the service works.");
        r.dockerfileLines << QStringLiteral("HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD <a command that exits 0 when the service works>");
        r.notes << tr("For an HTTP service, e.g.: HEALTHCHECK CMD wget -q --spider http://localhost:8080/health || exit 1");
        break;
    case 3: {
        static const QRegularExpression add(QStringLiteral("(?:#\\(nop\\)\\s*|^)ADD\\s+(.*)$"));
        static const QRegularExpression hashed(QStringLiteral("^(file|dir|multi):[0-9a-f]+ in (\\S+)"));
        static const QRegularExpression remote(QStringLiteral("^(https?://\\S+)\\s+(\\S+)"));
        QStringList seen;
        if (img.history.is_array()) {
            for (const auto &layer : img.history) {
                const QString createdBy = JsonFields::string(layer, "CreatedBy").trimmed();
                const QRegularExpressionMatch m = add.match(createdBy);
                if (!m.hasMatch())
                    continue;
                const QString args = m.captured(1).trimmed();
                if (QRegularExpression(QStringLiteral("^file:[0-9a-f]+ in /\\s*$")).match(args).hasMatch())
                    continue; // the base image's root filesystem
                seen << QStringLiteral("ADD ") + args.left(100);
                if (const QRegularExpressionMatch h = hashed.match(args); h.hasMatch())
                    r.dockerfileLines << QStringLiteral("COPY <source> %1").arg(h.captured(2));
                else if (const QRegularExpressionMatch u = remote.match(args); u.hasMatch())
                    r.dockerfileLines << QStringLiteral("RUN wget -O %2 %1 && sha256sum %2  # compare with the published checksum")
                                             .arg(u.captured(1), u.captured(2));
                else
                    r.dockerfileLines << QStringLiteral("COPY %1").arg(args.left(100));
            }
        }
        r.currentSetting = seen.isEmpty() ? f.evidence : seen.join(QStringLiteral("; "));
        r.summary = tr("Use COPY for local files, and fetch remote files with a checked download.");
        r.notes << tr("ADD unpacks archives and fetches URLs implicitly; COPY copies exactly what it is given. The history "
                      "shows only a hash of the source: take the file name from the Dockerfile.");
        break;
    }
    case 4:
        r.kind = RemediationKind::Manual;
        r.summary = tr("Rebuild the image without the credentials, and rotate them.");
        r.manualSteps = tr("1. Rotate every credential listed: anyone who pulled %1 can read it.\n"
                           "2. Pass build-time secrets with BuildKit secret mounts, which leave nothing in the image.\n"
                           "3. Rebuild, push, and delete the old tags and digests from the registry.").arg(name);
        r.dockerfileLines << QStringLiteral("# syntax=docker/dockerfile:1")
                          << QStringLiteral("RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) <command that uses it>")
                          << QStringLiteral("# build with: docker build --secret id=token,src=token.txt .");
        break;
    case 5:
        r.summary = tr("Rebuild the image on a current base image.");
        r.manualSteps = tr("docker build --pull --no-cache -t %1 .  (then recreate its containers)").arg(name);
        r.dockerfileLines << QStringLiteral("# no line changes: rebuild with --pull so the base image and packages are current");
        break;
    case 6: {
        const QString distro = img.baseOs.id.isEmpty() ? QStringLiteral("<distribution>") : img.baseOs.id;
        r.currentSetting = img.baseOs.releaseLabel.isEmpty() ? f.evidence
                                                             : tr("/etc/os-release: %1, end of life since %2")
                                                                   .arg(img.baseOs.releaseLabel, img.baseOs.eolDate.toString(Qt::ISODate));
        r.summary = tr("Move the image to a supported release of its base OS.");
        r.dockerfileLines << QStringLiteral("FROM %1:<a supported release>").arg(distro);
        r.notes << tr("Package names and versions may change between releases: rebuild and test.");
        break;
    }
    case 7:
        r.kind = RemediationKind::Recreate;
        r.summary = tr("Recreate the container so it runs the image its tag points to now.");
        r.manualSteps = tr("Remove the container and create it again with the same settings (docker compose up -d "
                           "--force-recreate SERVICE for compose).");
        break;
    default:
        r.kind = RemediationKind::Manual;
        break;
    }
    return finished(std::move(r));
}

Remediation RemediationAdvisor::forDaemon(const Finding &f, const EngineInfo &engine) const
{
    Remediation r = base(f);
    r.kind = RemediationKind::Daemon;
    const nlohmann::json &info = engine.info;
    auto json = [](const nlohmann::ordered_json &doc) { return QString::fromStdString(doc.dump(2)); };
    const QString restart = tr("Merge this into /etc/docker/daemon.json (create it if missing), then restart the daemon: "
                               "sudo systemctl restart docker. Without live-restore, restarting stops the running containers.");
    switch (f.ruleId.startsWith(QLatin1String("BW-D")) ? ruleNumber(f.ruleId) : 0) {
    case 1:
        r.currentSetting = tr("Engine API at %1 without TLS").arg(engine.url);
        r.summary = tr("Serve the TCP API only with mutual TLS (port 2376).");
        r.daemonJson = json({{"hosts", {"unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"}},
                             {"tls", true},
                             {"tlsverify", true},
                             {"tlscacert", "/etc/docker/tls/ca.pem"},
                             {"tlscert", "/etc/docker/tls/server-cert.pem"},
                             {"tlskey", "/etc/docker/tls/server-key.pem"}});
        r.notes << tr("Create the CA and certificates first (https://docs.docker.com/engine/security/protect-access/). If the "
                      "systemd unit passes -H, remove it there: hosts may be set in one place only.");
        break;
    case 2:
        r.currentSetting = f.evidence;
        r.summary = tr("Remap container root to an unprivileged host user.");
        r.daemonJson = json({{"userns-remap", "default"}});
        r.notes << tr("Images and containers created before the change live in another storage area and are not visible "
                      "after it; some containers (host namespaces, some volume permissions) need adjusting.");
        break;
    case 3:
        r.kind = RemediationKind::Manual;
        r.currentSetting = tr("/info SecurityOptions has no name=rootless");
        r.summary = tr("Run the daemon without root (rootless mode) where the workloads allow it.");
        r.manualSteps = tr("As the user who will run Docker: dockerd-rootless-setuptool.sh install (package "
                           "docker-ce-rootless-extras), then point clients at unix://$XDG_RUNTIME_DIR/docker.sock. Rootless "
                           "mode has limits (no privileged ports without setup, some storage and network drivers); see "
                           "https://docs.docker.com/engine/security/rootless/.");
        break;
    case 4:
        r.currentSetting = QStringLiteral("LiveRestoreEnabled = false");
        r.summary = tr("Keep containers running while the daemon restarts.");
        r.daemonJson = json({{"live-restore", true}});
        break;
    case 5:
        r.currentSetting = QStringLiteral("bridge: com.docker.network.bridge.enable_icc = true");
        r.summary = tr("Block traffic between containers on the default bridge.");
        r.daemonJson = json({{"icc", false}});
        r.notes << tr("Containers that must talk to each other belong on a user-defined network, which icc does not affect.");
        break;
    case 6:
        r.currentSetting = f.evidence;
        r.summary = tr("Use TLS for every registry.");
        r.daemonJson = json({{"insecure-registries", nlohmann::ordered_json::array()}});
        r.notes << tr("Give the registries certificates (a private CA goes in /etc/docker/certs.d/HOST:PORT/ca.crt) rather "
                      "than listing them as insecure.");
        break;
    case 7:
        r.currentSetting = QStringLiteral("ExperimentalBuild = true");
        r.summary = tr("Turn experimental features off.");
        r.daemonJson = json({{"experimental", false}});
        break;
    case 8:
        r.currentSetting = f.evidence;
        r.summary = tr("Rotate container logs by default.");
        r.daemonJson = json({{"log-driver", "json-file"}, {"log-opts", {{"max-size", "10m"}, {"max-file", "3"}}}});
        r.notes << tr("The default applies to containers created afterwards: recreate the existing ones.");
        break;
    case 9:
        r.kind = RemediationKind::Manual;
        r.currentSetting = tr("Docker Engine %1").arg(engine.engineVersion);
        r.summary = tr("Upgrade Docker Engine to a supported release.");
        r.manualSteps = tr("Upgrade from Docker's repository (sudo apt-get update && sudo apt-get install docker-ce "
                           "docker-ce-cli containerd.io) or your distribution's current package; see "
                           "https://docs.docker.com/engine/install/.");
        break;
    case 10:
        r.currentSetting = QStringLiteral("Driver = %1").arg(JsonFields::string(info, "Driver"));
        r.summary = tr("Switch to the overlay2 storage driver.");
        r.daemonJson = json({{"storage-driver", "overlay2"}});
        r.notes << tr("Images and containers of the old driver are not carried over: push or save images and recreate "
                      "containers after the switch.");
        break;
    case 11:
        r.currentSetting = tr("/info SecurityOptions has no name=no-new-privileges");
        r.summary = tr("Make no-new-privileges the default for every container.");
        r.daemonJson = json({{"no-new-privileges", true}});
        break;
    default:
        r.kind = RemediationKind::Manual;
        break;
    }
    if (!r.daemonJson.isEmpty())
        r.manualSteps = restart;
    return finished(std::move(r));
}

} // namespace bulwark
