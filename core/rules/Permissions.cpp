#include "Permissions.h"

#include "Snapshot.h"

#include "Ascii.h"
#include "TranslationCache.h"

#include <QCoreApplication>

#include <algorithm>

namespace bulwark {

namespace {
const QString &tr(const char *t) { return cachedTranslate("Permissions", t); }

bool hasOpt(const QStringList &opts, QLatin1String key, QString *value = nullptr)
{
    for (const QString &o : opts) {
        // Docker accepts both key=value and the older key:value.
        qsizetype sep = -1;
        for (qsizetype i = 0; i < o.size(); ++i) {
            if (o.at(i) == QLatin1Char('=') || o.at(i) == QLatin1Char(':')) {
                sep = i;
                break;
            }
        }
        const QStringView k = sep < 0 ? QStringView(o) : QStringView(o).left(sep);
        if (k == key) {
            if (value)
                *value = sep < 0 ? QString() : o.mid(sep + 1);
            return true;
        }
    }
    return false;
}

// Binary search needs a sorted list; the lists compute() builds are sorted by construction.
bool sortedContains(const QStringList &sorted, const QString &item)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), item);
}

// Every capability the default set lacks, in allCapabilities() order.
const QStringList &allBeyondDefault()
{
    static const QStringList caps = [] {
        QStringList c;
        for (const QString &cap : PermissionCalculator::allCapabilities()) {
            if (!PermissionCalculator::defaultCapabilities().contains(cap))
                c << cap;
        }
        return c;
    }();
    return caps;
}
} // namespace

QString mountSensitivityName(MountSensitivity s)
{
    switch (s) {
    case MountSensitivity::Normal: return QStringLiteral("normal");
    case MountSensitivity::Sensitive: return QStringLiteral("sensitive");
    case MountSensitivity::Critical: return QStringLiteral("critical");
    }
    return {};
}

namespace PermissionCalculator {

const QStringList &defaultCapabilities()
{
    // moby oci/caps/defaults.go (Docker 20.10 and later). Sorted: compute() relies on it.
    static const QStringList caps = [] {
        QStringList c{QStringLiteral("AUDIT_WRITE"), QStringLiteral("CHOWN"), QStringLiteral("DAC_OVERRIDE"),
                      QStringLiteral("FOWNER"), QStringLiteral("FSETID"), QStringLiteral("KILL"),
                      QStringLiteral("MKNOD"), QStringLiteral("NET_BIND_SERVICE"), QStringLiteral("NET_RAW"),
                      QStringLiteral("SETFCAP"), QStringLiteral("SETGID"), QStringLiteral("SETPCAP"),
                      QStringLiteral("SETUID"), QStringLiteral("SYS_CHROOT")};
        c.sort();
        return c;
    }();
    return caps;
}

const QStringList &allCapabilities()
{
    static const QStringList caps = [] {
        QStringList c{QStringLiteral("AUDIT_CONTROL"), QStringLiteral("AUDIT_READ"), QStringLiteral("AUDIT_WRITE"),
                      QStringLiteral("BLOCK_SUSPEND"), QStringLiteral("BPF"), QStringLiteral("CHECKPOINT_RESTORE"),
                      QStringLiteral("CHOWN"), QStringLiteral("DAC_OVERRIDE"), QStringLiteral("DAC_READ_SEARCH"),
                      QStringLiteral("FOWNER"), QStringLiteral("FSETID"), QStringLiteral("IPC_LOCK"),
                      QStringLiteral("IPC_OWNER"), QStringLiteral("KILL"), QStringLiteral("LEASE"),
                      QStringLiteral("LINUX_IMMUTABLE"), QStringLiteral("MAC_ADMIN"), QStringLiteral("MAC_OVERRIDE"),
                      QStringLiteral("MKNOD"), QStringLiteral("NET_ADMIN"), QStringLiteral("NET_BIND_SERVICE"),
                      QStringLiteral("NET_BROADCAST"), QStringLiteral("NET_RAW"), QStringLiteral("PERFMON"),
                      QStringLiteral("SETFCAP"), QStringLiteral("SETGID"), QStringLiteral("SETPCAP"),
                      QStringLiteral("SETUID"), QStringLiteral("SYSLOG"), QStringLiteral("SYS_ADMIN"),
                      QStringLiteral("SYS_BOOT"), QStringLiteral("SYS_CHROOT"), QStringLiteral("SYS_MODULE"),
                      QStringLiteral("SYS_NICE"), QStringLiteral("SYS_PACCT"), QStringLiteral("SYS_PTRACE"),
                      QStringLiteral("SYS_RAWIO"), QStringLiteral("SYS_RESOURCE"), QStringLiteral("SYS_TIME"),
                      QStringLiteral("SYS_TTY_CONFIG"), QStringLiteral("WAKE_ALARM")};
        c.sort(); // compute() relies on it
        return c;
    }();
    return caps;
}

bool isRootUser(const QString &userSpec)
{
    // The user is what precedes the first ':' ("uid:gid").
    QStringView user(userSpec);
    if (const qsizetype colon = user.indexOf(QLatin1Char(':')); colon >= 0)
        user.truncate(colon);
    user = user.trimmed();
    return user.isEmpty() || user == QLatin1String("0") || user == QLatin1String("root");
}

MountSensitivity classifyHostPath(const QString &sourceIn, QString *why)
{
    QStringView source(sourceIn);
    while (source.size() > 1 && source.endsWith(QLatin1Char('/')))
        source.chop(1);
    struct Entry {
        const char *path;
        MountSensitivity level;
        const char *why;
    };
    static const Entry entries[] = {
        {"/", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "the host's whole filesystem")},
        {"/etc", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host configuration, users and passwords")},
        {"/root", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "root's home directory and keys")},
        {"/var/lib/docker", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "every container's data and the daemon's state")},
        {"/proc", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host kernel and process interfaces")},
        {"/sys", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host kernel and device interfaces")},
        {"/dev", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host devices")},
        {"/boot", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "the host kernel and boot loader")},
        {"/var/run", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host runtime sockets, including the Docker socket")},
        {"/run", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "host runtime sockets, including the Docker socket")},
        {"/usr", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host programs and libraries")},
        {"/lib", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host libraries and kernel modules")},
        {"/lib64", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host libraries")},
        {"/bin", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host programs")},
        {"/sbin", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host system programs")},
        {"/home", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "users' home directories")},
        {"/var/log", MountSensitivity::Sensitive, QT_TRANSLATE_NOOP("Permissions", "host logs")},
        {"/var/lib/kubelet", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "the kubelet's credentials and pods")},
        {"/var/lib/containerd", MountSensitivity::Critical, QT_TRANSLATE_NOOP("Permissions", "containerd's state")},
    };
    for (const Entry &e : entries) {
        const QLatin1String p(e.path);
        const bool match = p == QLatin1String("/") ? source == p
                                                   : source.startsWith(p)
                                                         && (source.size() == p.size() || source.at(p.size()) == QLatin1Char('/'));
        if (match) {
            // /dev/shm and the like are not the host's devices.
            if (p == QLatin1String("/dev") && (source == QLatin1String("/dev/shm") || source.startsWith(QLatin1String("/dev/shm/"))))
                continue;
            if (why)
                *why = tr(e.why);
            return e.level;
        }
    }
    return MountSensitivity::Normal;
}

Permissions compute(const ContainerInfo &c, const ImageInfo *image, const QStringList &hostSecurityOptions)
{
    Permissions p;
    p.privileged = c.privileged;
    const QStringList &defaults = defaultCapabilities();
    const bool all = c.privileged || c.capAdd.contains(QLatin1String("ALL"));
    QStringList effective;
    if (all) {
        effective = allCapabilities();
    } else {
        if (!c.capDrop.contains(QLatin1String("ALL")))
            effective = defaults;
        for (const QString &cap : c.capAdd) {
            if (!effective.contains(cap))
                effective.append(cap);
        }
        for (const QString &cap : c.capDrop)
            effective.removeAll(cap);
    }
    // The common case (nothing added or dropped) is the default list and needs no set arithmetic;
    // neither does the full list (privileged, --cap-add ALL), which holds every default.
    if (all) {
        p.addedBeyondDefault = allBeyondDefault();
    } else if (!c.capAdd.isEmpty() || !c.capDrop.isEmpty()) {
        if (!std::is_sorted(effective.cbegin(), effective.cend()))
            effective.sort();
        // Short sorted lists: binary search beats building hash sets per container.
        for (const QString &cap : std::as_const(effective)) {
            if (!sortedContains(defaults, cap))
                p.addedBeyondDefault << cap;
        }
        for (const QString &cap : defaults) {
            if (!sortedContains(effective, cap))
                p.droppedFromDefault << cap;
        }
    }
    p.effectiveCapabilities = std::move(effective);

    if (!c.user.isEmpty()) {
        p.user = c.user;
        p.userSource = QStringLiteral("container");
    } else if (image && !image->user.isEmpty()) {
        p.user = image->user;
        p.userSource = QStringLiteral("image");
    } else {
        p.user = QStringLiteral("root");
        p.userSource = QStringLiteral("default");
    }
    p.runsAsRoot = isRootUser(p.user);
    p.group = p.user.contains(QLatin1Char(':')) ? p.user.section(QLatin1Char(':'), 1) : QString();

    // Literal names share static data: no allocation per container.
    p.namespaces.reserve(6);
    auto ns = [&](const QString &name, const QString &mode) {
        p.namespaces.emplace_back(NamespacePermission{
            name, mode, ascii::equals(mode, "host"), ascii::startsWith(mode, "container:") ? mode.mid(10) : QString()});
    };
    ns(QStringLiteral("network"), c.namespaces.network);
    ns(QStringLiteral("pid"), c.namespaces.pid);
    ns(QStringLiteral("ipc"), c.namespaces.ipc);
    ns(QStringLiteral("uts"), c.namespaces.uts);
    ns(QStringLiteral("user"), c.namespaces.userns);
    ns(QStringLiteral("cgroup"), c.namespaces.cgroupns);

    p.mounts.reserve(c.mounts.size());
    for (const MountInfo &m : c.mounts) {
        MountPermission &mp = p.mounts.emplace_back(
            MountPermission{m.type, m.source, m.destination, m.readWrite, m.propagation, MountSensitivity::Normal, {}});
        if (m.type == QLatin1String("bind"))
            mp.sensitivity = classifyHostPath(m.source, &mp.why);
        if (m.source.endsWith(QLatin1String(".sock"))) {
            mp.sensitivity = MountSensitivity::Critical;
            mp.why = tr("a daemon's control socket");
        }
    }
    for (const DeviceMapping &d : c.devices)
        p.devices << QStringLiteral("%1 → %2 (%3)").arg(d.pathOnHost, d.pathInContainer, d.permissions);

    QString value;
    if (c.privileged)
        p.seccomp = tr("disabled (privileged)");
    else if (hasOpt(c.securityOpt, QLatin1String("seccomp"), &value))
        p.seccomp = value == QLatin1String("unconfined") ? tr("unconfined") : tr("custom profile");
    else
        p.seccomp = tr("default profile");

    auto hostHas = [&](const auto &name) {
        for (const QString &o : hostSecurityOptions) {
            if (ascii::startsWith(o, name))
                return true;
        }
        return false;
    };
    const bool hostAppArmor = hostHas("name=apparmor");
    if (hasOpt(c.securityOpt, QLatin1String("apparmor"), &value))
        p.apparmor = value;
    else if (!c.appArmorProfile.isEmpty())
        p.apparmor = c.appArmorProfile;
    else
        p.apparmor = hostAppArmor ? tr("default") : tr("not available on this host");

    const bool hostSelinux = hostHas("name=selinux");
    QStringList labels;
    for (const QString &o : c.securityOpt) {
        if (o.startsWith(QLatin1String("label")))
            labels << o.mid(6);
    }
    if (labels.contains(QLatin1String("disable")))
        p.selinux = hostSelinux ? tr("labels disabled") : tr("labels disabled (SELinux not enforced on this host)");
    else if (!labels.isEmpty())
        p.selinux = tr("label options: %1").arg(labels.join(QStringLiteral(", ")));
    else
        p.selinux = hostSelinux ? tr("default labels") : tr("not enforced on this host");

    for (const QString &o : c.securityOpt) {
        if (o == QLatin1String("no-new-privileges") || o == QLatin1String("no-new-privileges:true")
            || o == QLatin1String("no-new-privileges=true"))
            p.noNewPrivileges = true;
    }
    p.readOnlyRootfs = c.readonlyRootfs;
    p.memoryBytes = c.limits.memoryBytes;
    if (c.limits.nanoCpus > 0)
        p.cpus = double(c.limits.nanoCpus) / 1e9;
    else if (c.limits.cpuQuota > 0)
        p.cpus = double(c.limits.cpuQuota) / double(c.limits.cpuPeriod > 0 ? c.limits.cpuPeriod : 100000);
    p.pidsLimit = c.limits.pidsLimit;
    for (const PortBinding &b : c.ports) {
        if (!b.published())
            continue;
        const bool all = b.hostIp.isEmpty() || b.hostIp == QLatin1String("0.0.0.0") || b.hostIp == QLatin1String("::");
        p.publishedPorts << (all ? tr("%1 (all interfaces)").arg(b.toString()) : b.toString());
    }
    return p;
}

} // namespace PermissionCalculator
} // namespace bulwark
