#include "Checks.h"

#include "Ascii.h"
#include "Permissions.h"
#include "TranslationCache.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bulwark::Checks {

namespace {

// "key=value" or the older "key:value", compared in place: no strings built per container.
bool hasSecurityOpt(const QStringList &opts, QLatin1String key, QLatin1String value)
{
    for (const QString &o : opts) {
        if (o.size() == key.size() + 1 + value.size() && o.startsWith(key) && o.endsWith(value)
            && (o.at(key.size()) == QLatin1Char('=') || o.at(key.size()) == QLatin1Char(':')))
            return true;
    }
    return false;
}

bool allInterfaces(const QString &ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}

// ^(sha256:)?[0-9a-f]{12,64}$ on a trimmed reference.
bool isImageId(QStringView ref)
{
    if (ascii::startsWith(ref, "sha256:"))
        ref = ref.mid(7);
    if (ref.size() < 12 || ref.size() > 64)
        return false;
    return std::all_of(ref.begin(), ref.end(), [](QChar ch) {
        return (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || (ch >= QLatin1Char('a') && ch <= QLatin1Char('f'));
    });
}

// BW-C004's evidence for the many containers that drop nothing: the same text for all, made once.
const QString &defaultCapabilitiesKept()
{
    static const QString text = [] {
        const QStringList &defaults = PermissionCalculator::defaultCapabilities();
        return tr("No --cap-drop: the %1 default capabilities stay (%2)")
            .arg(QString::number(defaults.size()), defaults.join(QStringLiteral(", ")));
    }();
    return text;
}
} // namespace

const QStringList &dangerousCapabilities()
{
    static const QStringList caps{QStringLiteral("ALL"), QStringLiteral("SYS_ADMIN"), QStringLiteral("NET_ADMIN"),
                                  QStringLiteral("SYS_PTRACE"), QStringLiteral("SYS_MODULE"),
                                  QStringLiteral("DAC_READ_SEARCH"), QStringLiteral("SYS_RAWIO"), QStringLiteral("BPF"),
                                  QStringLiteral("PERFMON"), QStringLiteral("SYS_BOOT"), QStringLiteral("MAC_ADMIN"),
                                  QStringLiteral("MAC_OVERRIDE"), QStringLiteral("SYSLOG"), QStringLiteral("SYS_TIME"),
                                  QStringLiteral("LINUX_IMMUTABLE"), QStringLiteral("NET_BROADCAST"),
                                  QStringLiteral("SYS_RESOURCE"), QStringLiteral("IPC_OWNER"), QStringLiteral("WAKE_ALARM"),
                                  QStringLiteral("BLOCK_SUSPEND"), QStringLiteral("AUDIT_CONTROL"),
                                  QStringLiteral("CHECKPOINT_RESTORE")};
    return caps;
}

bool isDaemonSocket(const QString &source)
{
    // Like the pattern (docker|containerd|podman|crio|cri-dockerd)\.sock$, whose $ also matches before
    // one final newline; plain suffix tests cost far less than a regular expression per mount.
    QStringView name(source);
    if (name.endsWith(QLatin1Char('\n')))
        name.chop(1);
    for (const char *socket : {"docker.sock", "containerd.sock", "podman.sock", "crio.sock", "cri-dockerd.sock"}) {
        if (name.endsWith(QLatin1String(socket)))
            return true;
    }
    return source == QLatin1String("/var/run") || source == QLatin1String("/run") || source == QLatin1String("/var/run/docker")
        || source == QLatin1String("/run/docker") || source == QLatin1String("/run/containerd");
}

QString normaliseImageRef(const QString &refIn)
{
    const QString ref = refIn.trimmed();
    if (ref.isEmpty() || isImageId(ref) || ref.contains(QLatin1Char('@')))
        return {};
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? ref : ref + QStringLiteral(":latest");
}

void container(const ContainerInfo &c, const ImageInfo *image, const Context &ctx, const Emit &report)
{
    const Permissions &perm = c.permissions;

    if (c.privileged)
        report("BW-C001", tr("HostConfig.Privileged is true: all %1 capabilities, every host device, no seccomp or "
                           "AppArmor confinement").arg(perm.effectiveCapabilities.size()), {});

    QStringList sockets;
    for (const MountInfo &m : c.mounts) {
        if (m.type == QLatin1String("bind") && isDaemonSocket(m.source))
            sockets << QStringLiteral("%1 → %2 (%3)").arg(m.source, m.destination, m.readWrite ? tr("read-write") : tr("read-only"));
    }
    if (!sockets.isEmpty())
        report("BW-C002", tr("Daemon socket mounted: %1").arg(sockets.join(QStringLiteral("; "))), {});

    if (!c.privileged) {
        QStringList dangerous;
        for (const QString &cap : c.capAdd) {
            if (dangerousCapabilities().contains(cap) && !dangerous.contains(cap))
                dangerous << cap;
        }
        if (!dangerous.isEmpty())
            report("BW-C003", tr("--cap-add %1").arg(dangerous.join(QStringLiteral(", --cap-add "))), {});
        if (!c.capDrop.contains(QLatin1String("ALL"))) {
            // The rule is about the engine's defaults: the list names the defaults still held.
            // Added capabilities are not defaults; they are named apart (BW-C003 judges the dangerous ones).
            QString evidence;
            if (c.capDrop.isEmpty()) {
                evidence = defaultCapabilitiesKept(); // nothing dropped: every default stays
            } else {
                QStringList kept;
                for (const QString &cap : PermissionCalculator::defaultCapabilities()) {
                    if (!perm.droppedFromDefault.contains(cap))
                        kept << cap;
                }
                evidence = tr("Only %1 dropped; %2 default capabilities remain (%3)")
                               .arg(c.capDrop.join(QStringLiteral(", ")), QString::number(kept.size()),
                                    kept.join(QStringLiteral(", ")));
            }
            if (!perm.addedBeyondDefault.isEmpty())
                evidence += tr("; --cap-add adds %1").arg(perm.addedBeyondDefault.join(QStringLiteral(", ")));
            report("BW-C004", evidence, {});
        }
    }

    if (perm.runsAsRoot) {
        QString evidence;
        if (perm.userSource == QLatin1String("container"))
            evidence = tr("Config.User is \"%1\"").arg(c.user);
        else if (perm.userSource == QLatin1String("image"))
            evidence = tr("Config.User is empty and the image's USER is \"%1\"").arg(image ? image->user : QString());
        else
            evidence = tr("Config.User is empty and the image sets no USER, so processes run as root (uid 0)");
        report("BW-C005", evidence, {});
    }

    QStringList sensitive;
    bool anyRw = false;
    for (const MountPermission &m : perm.mounts) {
        if (m.sensitivity == MountSensitivity::Normal || isDaemonSocket(m.source))
            continue;
        sensitive << QStringLiteral("%1 → %2 (%3; %4)")
                         .arg(m.source, m.destination, m.readWrite ? tr("read-write") : tr("read-only"), m.why);
        anyRw |= m.readWrite;
    }
    if (!sensitive.isEmpty())
        report("BW-C006", tr("Host paths mounted: %1").arg(sensitive.join(QStringLiteral("; "))),
             anyRw ? std::optional<Severity>(Severity::High) : std::optional<Severity>(Severity::Medium));

    if (c.namespaces.network == QLatin1String("host"))
        report("BW-C007", tr("HostConfig.NetworkMode is \"host\": the container sees and binds the host's network interfaces"), {});
    if (c.namespaces.pid == QLatin1String("host"))
        report("BW-C008", tr("HostConfig.PidMode is \"host\": every host process is visible and can be signalled"), {});
    if (c.namespaces.ipc == QLatin1String("host"))
        report("BW-C009", tr("HostConfig.IpcMode is \"host\""), {});
    if (c.namespaces.uts == QLatin1String("host"))
        report("BW-C010", tr("HostConfig.UTSMode is \"host\""), {});
    if (c.namespaces.userns == QLatin1String("host"))
        report("BW-C011", tr("HostConfig.UsernsMode is \"host\""), {});
    // On cgroup v1 "host" is the engine's default, not a choice: only flag it on v2.
    if (c.namespaces.cgroupns == QLatin1String("host") && ctx.cgroupVersion == QLatin1String("2"))
        report("BW-C033", tr("HostConfig.CgroupnsMode is \"host\" on a cgroup v2 host"), {});
    QStringList joined;
    for (const NamespacePermission &n : perm.namespaces) {
        if (!n.sharedWithContainer.isEmpty())
            joined << QStringLiteral("%1 → %2").arg(n.name, n.sharedWithContainer.left(12));
    }
    if (!joined.isEmpty())
        report("BW-C034", tr("Shares namespaces with another container: %1").arg(joined.join(QStringLiteral(", "))), {});

    QStringList shared;
    for (const MountInfo &m : c.mounts) {
        if (m.propagation == QLatin1String("shared") || m.propagation == QLatin1String("rshared"))
            shared << QStringLiteral("%1 → %2 (%3)").arg(m.source, m.destination, m.propagation);
    }
    if (!shared.isEmpty())
        report("BW-C012", tr("Mount propagation shared: %1").arg(shared.join(QStringLiteral("; "))), {});

    if (!c.devices.isEmpty())
        report("BW-C013", tr("Host devices: %1").arg(perm.devices.join(QStringLiteral("; "))), {});

    if (hasSecurityOpt(c.securityOpt, QLatin1String("seccomp"), QLatin1String("unconfined")))
        report("BW-C014", tr("HostConfig.SecurityOpt contains seccomp=unconfined: every system call is allowed"), {});

    if (hasSecurityOpt(c.securityOpt, QLatin1String("apparmor"), QLatin1String("unconfined"))
        || c.appArmorProfile == QLatin1String("unconfined"))
        report("BW-C015", tr("AppArmor profile is \"unconfined\""), {});

    if (ctx.hostSelinux && hasSecurityOpt(c.securityOpt, QLatin1String("label"), QLatin1String("disable")))
        report("BW-C016", tr("HostConfig.SecurityOpt contains label=disable on an SELinux host"), {});

    // Engine 24+ can set no-new-privileges daemon-wide; /info then lists it (moby#45320).
    if (!perm.noNewPrivileges && !ctx.daemonNoNewPrivileges)
        report("BW-C017", tr("HostConfig.SecurityOpt lacks no-new-privileges: setuid binaries can raise privileges"), {});
    if (!c.readonlyRootfs)
        report("BW-C018", tr("HostConfig.ReadonlyRootfs is false"), {});
    if (c.limits.memoryBytes <= 0)
        report("BW-C019", tr("HostConfig.Memory is 0 (no limit)"), {});
    if (c.limits.nanoCpus <= 0 && c.limits.cpuQuota <= 0 && c.limits.cpuShares <= 0)
        report("BW-C020", tr("No CPU limit: NanoCpus, CpuQuota and CpuShares are unset"), {});
    if (c.limits.pidsLimit <= 0)
        report("BW-C021", tr("HostConfig.PidsLimit is unset (no limit on processes)"), {});

    QStringList everywhere;
    QStringList lowPorts;
    QStringList ssh;
    for (const PortBinding &p : c.ports) {
        if (p.published() && allInterfaces(p.hostIp))
            everywhere << p.toString();
        if (p.published() && p.hostPort < 1024)
            lowPorts << p.toString();
        if (p.containerPort == 22 || (p.published() && p.hostPort == 22))
            ssh << p.toString();
    }
    if (c.publishAllPorts)
        everywhere << tr("-P (every exposed port on a random host port)");
    if (!everywhere.isEmpty())
        report("BW-C022", tr("Published on all host interfaces: %1").arg(everywhere.join(QStringLiteral(", "))), {});
    if (!lowPorts.isEmpty())
        report("BW-C023", tr("Privileged host ports: %1").arg(lowPorts.join(QStringLiteral(", "))), {});
    if (!ssh.isEmpty())
        report("BW-C024", tr("SSH port: %1").arg(ssh.join(QStringLiteral(", "))), {});

    static const QRegularExpression sshd(QStringLiteral("(^|/|\\s)(sshd|dropbear)(\\s|:|$)"));
    for (const QString &proc : c.processes) {
        if (sshd.match(proc).hasMatch()) {
            report("BW-C025", tr("Running process: %1").arg(proc.left(120)), {});
            break;
        }
    }

    if (c.restartPolicy == QLatin1String("always") || c.restartPolicy == QLatin1String("unless-stopped"))
        report("BW-C026", tr("Restart policy \"%1\" restarts without limit").arg(c.restartPolicy), {});
    else if (c.restartPolicy == QLatin1String("on-failure") && (c.restartMaxRetries <= 0 || c.restartMaxRetries > 5))
        report("BW-C026", c.restartMaxRetries <= 0 ? tr("Restart policy \"on-failure\" without a retry limit")
                                                 : tr("Restart policy \"on-failure:%1\" (more than 5 retries)").arg(c.restartMaxRetries),
             {});

    if (!c.health.defined)
        report("BW-C027", c.health.test.value(0) == QLatin1String("NONE") ? tr("Health check disabled (--no-healthcheck)")
                                                                         : tr("No health check in the container or its image"),
             {});
    if (!c.limits.ulimits.isEmpty()) {
        QStringList u;
        for (const Ulimit &l : c.limits.ulimits)
            u << QStringLiteral("%1=%2:%3").arg(l.name).arg(l.soft).arg(l.hard);
        report("BW-C028", tr("--ulimit %1").arg(u.join(QStringLiteral(", --ulimit "))), {});
    }
    if (c.namespaces.network == QLatin1String("bridge") || c.namespaces.network == QLatin1String("default")
        || c.networks.contains(QLatin1String("bridge")))
        report("BW-C029", tr("Attached to the default bridge network"), {});
    if (c.logDriver == QLatin1String("none"))
        report("BW-C030", tr("HostConfig.LogConfig.Type is \"none\": nothing the container prints is kept"), {});

    const QString ref = normaliseImageRef(c.image);
    if (ref.isEmpty())
        report("BW-C031", tr("Created from an image id or digest (\"%1\"), not a version tag").arg(c.image.left(80)), {});
    else if (ref.endsWith(QLatin1String(":latest")))
        report("BW-C031", c.image.endsWith(QLatin1String(":latest")) ? tr("Image reference \"%1\" uses the latest tag").arg(c.image)
                                                                   : tr("Image reference \"%1\" has no tag (means :latest)").arg(c.image),
             {});

    if (!c.secrets.isEmpty()) {
        QStringList items;
        for (const SecretEvidence &s : c.secrets)
            items << (s.name.isEmpty() ? QStringLiteral("%1: %2 (%3)").arg(s.location, s.hint, s.kind)
                                       : QStringLiteral("%1 in %2: %3 (%4)").arg(s.name, s.location, s.hint, s.kind));
        report("BW-C032", items.join(QStringLiteral("; ")), {});
    }

    // Stale: the tag now points at another image than the one the container runs.
    if (!ref.isEmpty()) {
        const QString current = ctx.tagToImageId.value(ref);
        if (!current.isEmpty() && current != c.imageId)
            report("BW-I007", tr("Runs image %1, but %2 now points to %3: the container was never recreated")
                                .arg(c.imageId.left(19), ref, current.left(19)),
                 {});
    }
}

} // namespace bulwark::Checks
