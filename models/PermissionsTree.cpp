#include "PermissionsTree.h"

#include "Format.h"
#include "SeverityStyle.h"
#include "rules/RuleCatalogue.h"

namespace bulwark {

namespace {
QString points(double value)
{
    return QString::number(value, 'f', 1);
}
} // namespace

QList<DetailNode> PermissionsTree::permissions(const ContainerInfo &container)
{
    const Permissions &p = container.permissions;
    QList<DetailNode> nodes{identity(p), capabilities(p), namespaces(p), mounts(p)};
    DetailNode devices{tr("Devices"), p.devices.isEmpty() ? tr("none") : QString::number(p.devices.size()),
                       !p.devices.isEmpty(), {}, {}};
    for (const QString &device : p.devices)
        devices.children.append(DetailNode::leaf(device, QString(), true));
    if (p.privileged) {
        devices.value = tr("all host devices (privileged)");
        devices.risk = true;
    }
    nodes << devices << confinement(p) << limits(p);
    DetailNode ports{tr("Published ports"), p.publishedPorts.isEmpty() ? tr("none") : QString::number(p.publishedPorts.size()),
                     false, {}, {}};
    for (const QString &port : p.publishedPorts)
        ports.children.append(DetailNode::leaf(port, QString(), port.contains(QLatin1String("0.0.0.0")) || port.contains(QLatin1String("all interfaces"))));
    nodes << ports;
    return nodes;
}

DetailNode PermissionsTree::identity(const Permissions &p)
{
    QString source;
    if (p.userSource == QLatin1String("container"))
        source = tr("set on the container");
    else if (p.userSource == QLatin1String("image"))
        source = tr("from the image's USER");
    else
        source = tr("nothing set: Docker's default");
    DetailNode node{tr("User"), p.user, p.runsAsRoot, {}, {}};
    node.children << DetailNode::leaf(tr("Where it comes from"), source)
                  << DetailNode::leaf(tr("Group"), p.group.isEmpty() ? tr("primary group of the user") : p.group)
                  << DetailNode::leaf(tr("Runs as root"), Format::yesNo(p.runsAsRoot), p.runsAsRoot);
    return node;
}

DetailNode PermissionsTree::capabilities(const Permissions &p)
{
    DetailNode node{tr("Capabilities"),
                    p.privileged ? tr("all %1 (privileged)").arg(p.effectiveCapabilities.size())
                                 : tr("%1 effective").arg(p.effectiveCapabilities.size()),
                    p.privileged || !p.addedBeyondDefault.isEmpty(), {}, {}};
    DetailNode added{tr("Beyond the default set"), Format::list(p.addedBeyondDefault), !p.addedBeyondDefault.isEmpty(), {}, {}};
    for (const QString &cap : p.addedBeyondDefault)
        added.children.append(DetailNode::leaf(cap, tr("added"), true));
    DetailNode dropped{tr("Dropped from the default set"), Format::list(p.droppedFromDefault), false, {}, {}};
    DetailNode effective{tr("Effective"), QString::number(p.effectiveCapabilities.size()), false, {}, {}};
    for (const QString &cap : p.effectiveCapabilities)
        effective.children.append(DetailNode::leaf(cap, p.addedBeyondDefault.contains(cap) ? tr("beyond default") : tr("default"),
                                       p.addedBeyondDefault.contains(cap)));
    node.children << added << dropped << effective;
    return node;
}

DetailNode PermissionsTree::namespaces(const Permissions &p)
{
    int shared = 0;
    DetailNode node{tr("Namespaces"), {}, false, {}, {}};
    for (const NamespacePermission &ns : p.namespaces) {
        QString mode = ns.mode.isEmpty() ? tr("private (default)") : ns.mode;
        if (ns.sharedWithHost) {
            mode = tr("%1 — shared with the host").arg(ns.mode);
            ++shared;
        } else if (!ns.sharedWithContainer.isEmpty())
            mode = tr("shared with %1").arg(ns.sharedWithContainer);
        node.children.append(DetailNode::leaf(ns.name, mode, ns.sharedWithHost));
    }
    node.value = shared == 0 ? tr("all private") : tr("%1 shared with the host").arg(shared);
    node.risk = shared > 0;
    return node;
}

DetailNode PermissionsTree::mounts(const Permissions &p)
{
    DetailNode node{tr("Mounts"), p.mounts.isEmpty() ? tr("none") : QString::number(p.mounts.size()), false, {}, {}};
    for (const MountPermission &m : p.mounts) {
        const bool flagged = m.sensitivity != MountSensitivity::Normal;
        QString value = m.readWrite ? tr("read-write") : tr("read-only");
        if (m.sensitivity == MountSensitivity::Critical)
            value = tr("%1 · CRITICAL").arg(value);
        else if (m.sensitivity == MountSensitivity::Sensitive)
            value = tr("%1 · sensitive").arg(value);
        DetailNode mount{tr("%1 → %2").arg(m.source.isEmpty() ? m.type : m.source, m.destination), value, flagged, {}, m.why};
        mount.children << DetailNode::leaf(tr("Type"), m.type) << DetailNode::leaf(tr("Access"), m.readWrite ? tr("read-write") : tr("read-only"), flagged && m.readWrite)
                       << DetailNode::leaf(tr("Propagation"), m.propagation.isEmpty() ? tr("default (rprivate)") : m.propagation,
                               m.propagation.contains(QLatin1String("shared")))
                       << DetailNode::leaf(tr("Sensitivity"), mountSensitivityName(m.sensitivity), flagged);
        if (!m.why.isEmpty())
            mount.children << DetailNode::leaf(tr("Why"), m.why, flagged, m.why);
        node.risk = node.risk || flagged;
        node.children.append(mount);
    }
    return node;
}

DetailNode PermissionsTree::confinement(const Permissions &p)
{
    const auto weak = [](const QString &value) {
        return value.contains(QLatin1String("unconfined")) || value.contains(QLatin1String("disabled"));
    };
    DetailNode node{tr("Confinement"), {}, false, {}, {}};
    node.children << DetailNode::leaf(tr("Privileged"), Format::yesNo(p.privileged), p.privileged)
                  << DetailNode::leaf(tr("Seccomp"), p.seccomp, weak(p.seccomp)) << DetailNode::leaf(tr("AppArmor"), p.apparmor, weak(p.apparmor))
                  << DetailNode::leaf(tr("SELinux"), p.selinux, weak(p.selinux))
                  << DetailNode::leaf(tr("No new privileges"), Format::yesNo(p.noNewPrivileges))
                  << DetailNode::leaf(tr("Read-only root filesystem"), Format::yesNo(p.readOnlyRootfs));
    for (const DetailNode &child : std::as_const(node.children))
        node.risk = node.risk || child.risk;
    node.value = node.risk ? tr("weakened") : tr("default or stricter");
    return node;
}

DetailNode PermissionsTree::limits(const Permissions &p)
{
    DetailNode node{tr("Limits"), {}, false, {}, {}};
    node.children << DetailNode::leaf(tr("Memory"), Format::memoryLimit(p.memoryBytes))
                  << DetailNode::leaf(tr("CPUs"), p.cpus > 0 ? QString::number(p.cpus) : tr("unlimited"))
                  << DetailNode::leaf(tr("Processes"), Format::pidsLimit(p.pidsLimit));
    const bool none = p.memoryBytes <= 0 && p.cpus <= 0 && p.pidsLimit <= 0;
    node.value = none ? tr("none set") : tr("set");
    return node;
}

QList<DetailNode> PermissionsTree::scoreBreakdown(const ContainerInfo &container)
{
    const RiskScore &risk = container.risk;
    QList<DetailNode> nodes;
    nodes << DetailNode::leaf(tr("Risk score"), tr("%1 of 100 (%2)").arg(risk.score).arg(SeverityStyle::riskBandLabel(risk.score)),
                  risk.score >= 60);
    nodes << DetailNode::leaf(tr("Raw points"), points(risk.rawPoints));
    if (risk.floor > 0)
        nodes << DetailNode::leaf(tr("Floor"), tr("%1 — %2").arg(risk.floor).arg(risk.floorReason), true, risk.floorReason);
    DetailNode contributions{tr("Contributions"), (risk.breakdown.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(risk.breakdown.size())), false, {}, {}};
    for (const ScoreContribution &c : risk.breakdown) {
        const RuleDefinition *rule = RuleCatalogue::builtin().rule(c.ruleId);
        DetailNode item{rule ? tr("%1 %2").arg(c.ruleId, rule->title) : c.ruleId,
                        tr("%1 points of the score").arg(points(c.share)), c.severity >= Severity::High, {}, {}};
        item.children << DetailNode::leaf(tr("Severity"), severityLabel(c.severity))
                      << DetailNode::leaf(tr("Base points"), points(c.basePoints))
                      << DetailNode::leaf(tr("Multiplier"), c.multiplier == 1 ? tr("×1") : tr("×%1 — %2").arg(c.multiplier).arg(c.reason),
                              c.multiplier > 1, c.reason)
                      << DetailNode::leaf(tr("Points"), points(c.points));
        contributions.children.append(item);
    }
    nodes << contributions;
    return nodes;
}

} // namespace bulwark
