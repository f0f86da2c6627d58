#include "ReportText.h"

namespace bulwark::report {

QString ReportText::time(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString ReportText::date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString ReportText::waiverState(WaiverState state)
{
    switch (state) {
    case WaiverState::None: return {};
    case WaiverState::Waived: return tr("Waived");
    case WaiverState::Expired: return tr("Waiver expired");
    }
    return {};
}

QString ReportText::imageAge(int days)
{
    return days < 0 ? tr("unknown") : tr("%n day(s)", nullptr, days);
}

QString ReportText::noneLabel()
{
    return tr("none");
}

QString ReportText::list(const QStringList &items)
{
    return items.isEmpty() ? noneLabel() : items.join(QStringLiteral(", "));
}

QList<QPair<QString, QString>> ReportText::permissionSummary(const Permissions &p)
{
    QList<QPair<QString, QString>> lines;
    QString user = p.user;
    if (!p.userSource.isEmpty())
        user += tr(" (from the %1)").arg(p.userSource);
    if (p.runsAsRoot)
        user += tr(" — runs as root");
    lines << qMakePair(tr("User"), user);
    lines << qMakePair(tr("Privileged"), p.privileged ? tr("yes — every capability and device") : tr("no"));
    lines << qMakePair(tr("Capabilities added"), list(p.addedBeyondDefault));
    lines << qMakePair(tr("Capabilities dropped"), list(p.droppedFromDefault));
    QStringList shared;
    for (const NamespacePermission &ns : p.namespaces) {
        if (ns.sharedWithHost)
            shared << ns.name;
        else if (!ns.sharedWithContainer.isEmpty())
            shared << QStringLiteral("%1 (%2)").arg(ns.name, ns.sharedWithContainer);
    }
    lines << qMakePair(tr("Namespaces shared"), list(shared));
    QStringList mounts;
    for (const MountPermission &m : p.mounts) {
        if (m.sensitivity == MountSensitivity::Normal)
            continue;
        mounts << QStringLiteral("%1 → %2 (%3%4)")
                      .arg(m.source, m.destination, m.readWrite ? tr("read-write") : tr("read-only"),
                           m.why.isEmpty() ? QString() : QStringLiteral(": ") + m.why);
    }
    lines << qMakePair(tr("Sensitive mounts"), list(mounts));
    lines << qMakePair(tr("Devices"), list(p.devices));
    lines << qMakePair(tr("Seccomp"), p.seccomp.isEmpty() ? tr("unknown") : p.seccomp);
    lines << qMakePair(tr("AppArmor"), p.apparmor.isEmpty() ? tr("unknown") : p.apparmor);
    lines << qMakePair(tr("No new privileges"), p.noNewPrivileges ? tr("yes") : tr("no"));
    lines << qMakePair(tr("Read-only root filesystem"), p.readOnlyRootfs ? tr("yes") : tr("no"));
    QStringList limits;
    limits << (p.memoryBytes > 0 ? tr("memory %1 MiB").arg(p.memoryBytes / (1024 * 1024)) : tr("memory unlimited"));
    limits << (p.cpus > 0 ? tr("%1 CPUs").arg(p.cpus) : tr("CPU unlimited"));
    limits << (p.pidsLimit > 0 ? tr("%n process(es)", nullptr, int(p.pidsLimit)) : tr("processes unlimited"));
    lines << qMakePair(tr("Limits"), limits.join(QStringLiteral(", ")));
    lines << qMakePair(tr("Published ports"), list(p.publishedPorts));
    return lines;
}

} // namespace bulwark::report
