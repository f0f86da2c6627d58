#include "DetailTree.h"

#include "Format.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace bulwark {

namespace {

bool isHostMode(const QString &mode)
{
    return mode == QLatin1String("host");
}

bool isDockerSocket(const QString &path)
{
    return path.endsWith(QLatin1String("/docker.sock"));
}

// Capabilities outside Docker's default set that amount to (or lead to) host
// control. Re-adding a default one such as NET_BIND_SERVICE after dropping ALL
// is good practice and is not flagged.
bool isPowerfulCapability(const QString &cap)
{
    static const QStringList powerful{
        QStringLiteral("ALL"),          QStringLiteral("SYS_ADMIN"),       QStringLiteral("SYS_MODULE"),
        QStringLiteral("SYS_RAWIO"),    QStringLiteral("SYS_PTRACE"),      QStringLiteral("DAC_READ_SEARCH"),
        QStringLiteral("NET_ADMIN"),    QStringLiteral("SYS_BOOT"),        QStringLiteral("SYS_TIME"),
        QStringLiteral("MAC_ADMIN"),    QStringLiteral("MAC_OVERRIDE"),    QStringLiteral("BPF"),
        QStringLiteral("PERFMON"),      QStringLiteral("LINUX_IMMUTABLE"), QStringLiteral("SYSLOG")};
    return powerful.contains(cap);
}

} // namespace

QList<DetailNode> DetailTree::build(const ContainerInfo &c)
{
    QList<DetailNode> nodes;
    nodes << general(c);
    DetailNode user = DetailNode::leaf(tr("User"), Format::user(c.user),
                           c.user.isEmpty() || c.user == QLatin1String("root") || c.user == QLatin1String("0")
                               || c.user.startsWith(QLatin1String("0:")));
    if (c.user.isEmpty())
        user.toolTip = tr("No user is set for this container, so the image's USER applies: root unless the image sets one.");
    nodes << user;
    nodes << DetailNode::leaf(tr("Privileged"), Format::yesNo(c.privileged), c.privileged);
    nodes << capabilities(c);
    nodes << namespaces(c.namespaces);
    nodes << mounts(c.mounts);
    nodes << ports(c);
    nodes << devices(c.devices);
    nodes << security(c);
    nodes << limits(c.limits);
    nodes << DetailNode::leaf(tr("Restart policy"), Format::restartPolicy(c.restartPolicy, c.restartMaxRetries));
    nodes << DetailNode::leaf(tr("Logging driver"), c.logDriver.isEmpty() ? tr("daemon default") : c.logDriver);
    nodes << health(c.health);
    nodes << listNode(tr("Networks"), c.networks);
    DetailNode env = listNode(tr("Environment variables"), c.envNames);
    if (!c.envNames.isEmpty())
        env.value = tr("%1 (names only; values are not read)").arg(env.value);
    nodes << env;
    nodes << labels(c.labels);
    return nodes;
}

DetailNode DetailTree::general(const ContainerInfo &c)
{
    DetailNode node = DetailNode::leaf(tr("General"), c.name);
    node.children << DetailNode::leaf(tr("ID"), c.id) << DetailNode::leaf(tr("Image"), c.image) << DetailNode::leaf(tr("Image ID"), c.imageId)
                  << DetailNode::leaf(tr("State"), c.state) << DetailNode::leaf(tr("Created"), Format::dateTime(c.created))
                  << DetailNode::leaf(tr("Started"), Format::dateTime(c.startedAt))
                  << DetailNode::leaf(tr("Command"), c.command.isEmpty() ? tr("image default") : c.command);
    if (!c.runtime.isEmpty())
        node.children << DetailNode::leaf(tr("Runtime"), c.runtime);
    return node;
}

DetailNode DetailTree::capabilities(const ContainerInfo &c)
{
    DetailNode node = DetailNode::leaf(tr("Capabilities"), {});
    if (c.privileged)
        node.value = tr("all (privileged)");
    else if (c.capAdd.isEmpty() && c.capDrop.isEmpty())
        node.value = tr("daemon default set");
    else
        node.value = tr("%1 added, %2 dropped").arg(c.capAdd.size()).arg(c.capDrop.size());
    const bool powerful = std::any_of(c.capAdd.cbegin(), c.capAdd.cend(), isPowerfulCapability);
    node.risk = c.privileged || powerful;
    node.children << DetailNode::leaf(tr("Added"), Format::list(c.capAdd), powerful)
                  << DetailNode::leaf(tr("Dropped"), Format::list(c.capDrop));
    return node;
}

DetailNode DetailTree::namespaces(const NamespaceModes &ns)
{
    const auto mode = [](const QString &value, const QString &unset) { return value.isEmpty() ? unset : value; };
    const QString privateDefault = tr("private (default)");
    DetailNode node = DetailNode::leaf(tr("Namespaces"), {});
    node.children << DetailNode::leaf(tr("Network"), mode(ns.network, tr("default")), isHostMode(ns.network))
                  << DetailNode::leaf(tr("PID"), mode(ns.pid, privateDefault), isHostMode(ns.pid))
                  << DetailNode::leaf(tr("IPC"), mode(ns.ipc, privateDefault), isHostMode(ns.ipc))
                  << DetailNode::leaf(tr("UTS"), mode(ns.uts, privateDefault), isHostMode(ns.uts))
                  << DetailNode::leaf(tr("User"), mode(ns.userns, tr("daemon default")), isHostMode(ns.userns))
                  // The host cgroup namespace is the default on cgroup v1 hosts: shown, not flagged.
                  << DetailNode::leaf(tr("Cgroup"), mode(ns.cgroupns, tr("daemon default")));
    QStringList shared;
    for (const DetailNode &child : std::as_const(node.children)) {
        if (child.risk)
            shared << child.setting;
    }
    node.risk = !shared.isEmpty();
    node.value = shared.isEmpty() ? tr("none shared with the host") : tr("host: %1").arg(shared.join(QStringLiteral(", ")));
    return node;
}

DetailNode DetailTree::mounts(const QList<MountInfo> &mounts)
{
    DetailNode node = DetailNode::leaf(tr("Mounts"), mounts.isEmpty() ? tr("none") : QLocale().toString(mounts.size()));
    for (const MountInfo &m : mounts) {
        QStringList attributes{m.readWrite ? tr("read-write") : tr("read-only")};
        if (!m.propagation.isEmpty())
            attributes << m.propagation;
        attributes << m.type;
        const QString source = m.source.isEmpty() ? m.type : m.source;
        const QString attributeText = attributes.join(QStringLiteral(", "));
        const bool risk = isDockerSocket(m.source) || (m.type == QLatin1String("bind") && m.source == QLatin1String("/"));
        node.risk = node.risk || risk;
        // Setting: where it appears in the container; value: where it comes from.
        DetailNode mount = DetailNode::leaf(m.destination, tr("%1 (%2)").arg(source, attributeText), risk);
        mount.toolTip = tr("%1 → %2 (%3)").arg(source, m.destination, attributeText);
        node.children << mount;
    }
    return node;
}

DetailNode DetailTree::ports(const ContainerInfo &c)
{
    DetailNode node = DetailNode::leaf(tr("Ports"), {});
    int published = 0;
    for (const PortBinding &p : c.ports) {
        const QString port = QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
        if (!p.published()) {
            node.children << DetailNode::leaf(port, tr("exposed only, not published"));
            continue;
        }
        ++published;
        // The setting column names the container port; the value says where the host listens.
        const bool everywhere = p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0") || p.hostIp == QLatin1String("::");
        const QString address = p.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.hostIp)
                                                                     : (p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp);
        const QString listen = QStringLiteral("%1:%2").arg(address).arg(p.hostPort);
        node.children << DetailNode::leaf(port, everywhere ? tr("%1 (all interfaces)").arg(listen) : listen, everywhere);
    }
    if (c.publishAllPorts)
        node.children << DetailNode::leaf(tr("Publish all exposed ports"), Format::yesNo(true), true);
    node.value = published == 0 ? tr("none published") : tr("%1 published").arg(published);
    return node;
}

DetailNode DetailTree::devices(const QList<DeviceMapping> &devices)
{
    DetailNode node = DetailNode::leaf(tr("Devices"), devices.isEmpty() ? tr("none") : QLocale().toString(devices.size()), !devices.isEmpty());
    for (const DeviceMapping &d : devices) {
        const QString permissions = d.permissions.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.permissions);
        node.children << DetailNode::leaf(d.pathInContainer, tr("%1 → %2%3").arg(d.pathOnHost, d.pathInContainer, permissions), true);
    }
    return node;
}

DetailNode DetailTree::security(const ContainerInfo &c)
{
    DetailNode node = DetailNode::leaf(tr("Security"), {});
    DetailNode options = DetailNode::leaf(tr("Security options"),
                              c.securityOpt.isEmpty() ? tr("none") : QLocale().toString(c.securityOpt.size()));
    for (const QString &option : c.securityOpt) {
        // "seccomp=unconfined" and the older "seccomp:unconfined" both read as key and value.
        const qsizetype split = option.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        const QString key = split < 0 ? option : option.left(split);
        const QString value = split < 0 ? tr("enabled") : option.mid(split + 1);
        const bool risk = value == QLatin1String("unconfined") || option == QLatin1String("no-new-privileges=false");
        options.risk = options.risk || risk;
        DetailNode entry = DetailNode::leaf(key, value, risk);
        entry.toolTip = option;
        options.children << entry;
    }
    node.children << options
                  << DetailNode::leaf(tr("AppArmor profile"), c.appArmorProfile.isEmpty() ? tr("none") : c.appArmorProfile,
                          c.appArmorProfile == QLatin1String("unconfined"))
                  << DetailNode::leaf(tr("Read-only root filesystem"), Format::yesNo(c.readonlyRootfs));
    node.risk = options.risk || node.children.at(1).risk;
    node.value = c.readonlyRootfs ? tr("read-only root filesystem") : tr("writable root filesystem");
    return node;
}

DetailNode DetailTree::limits(const ResourceLimits &l)
{
    DetailNode node = DetailNode::leaf(tr("Limits"), {});
    node.children << DetailNode::leaf(tr("Memory"), Format::memoryLimit(l.memoryBytes))
                  << DetailNode::leaf(tr("Memory + swap"), l.memorySwapBytes < 0 ? tr("unlimited")
                                                   : l.memorySwapBytes == 0 ? tr("default")
                                                                            : Format::bytes(l.memorySwapBytes))
                  << DetailNode::leaf(tr("CPUs"), Format::cpus(l.nanoCpus))
                  << DetailNode::leaf(tr("CPU shares"), l.cpuShares > 0 ? QLocale().toString(l.cpuShares) : tr("default"));
    if (l.cpuQuota > 0)
        node.children << DetailNode::leaf(tr("CPU quota"), tr("%1 µs per %2 µs").arg(l.cpuQuota).arg(l.cpuPeriod > 0 ? l.cpuPeriod : 100000));
    node.children << DetailNode::leaf(tr("PIDs"), Format::pidsLimit(l.pidsLimit));
    for (const Ulimit &u : l.ulimits)
        node.children << DetailNode::leaf(tr("ulimit %1").arg(u.name), tr("soft %1, hard %2").arg(u.soft).arg(u.hard));
    QStringList set;
    if (l.memoryBytes > 0)
        set << tr("memory %1").arg(Format::bytes(l.memoryBytes));
    if (l.nanoCpus > 0)
        set << Format::cpus(l.nanoCpus);
    if (l.pidsLimit > 0)
        set << tr("%1 PIDs").arg(l.pidsLimit);
    node.value = set.isEmpty() ? tr("none") : set.join(QStringLiteral(", "));
    return node;
}

DetailNode DetailTree::health(const HealthCheck &h)
{
    if (!h.defined)
        return DetailNode::leaf(tr("Health check"), tr("none"));
    DetailNode node = DetailNode::leaf(tr("Health check"), h.status.isEmpty() ? tr("defined, not run yet") : h.status);
    node.children << DetailNode::leaf(tr("Test"), h.test.join(QLatin1Char(' ')));
    return node;
}

DetailNode DetailTree::listNode(const QString &setting, const QStringList &items)
{
    DetailNode node = DetailNode::leaf(setting, items.isEmpty() ? tr("none") : QLocale().toString(items.size()));
    for (const QString &item : items)
        node.children << DetailNode::leaf(item, {});
    return node;
}

DetailNode DetailTree::labels(const QHash<QString, QString> &labels)
{
    DetailNode node = DetailNode::leaf(tr("Labels"), labels.isEmpty() ? tr("none") : QLocale().toString(labels.size()));
    QStringList keys = labels.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys))
        node.children << DetailNode::leaf(key, labels.value(key));
    return node;
}

} // namespace bulwark
