#include "ScanTable.h"

#include "TextTable.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

namespace bulwark::ScanTable {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct ScanTableText {
    Q_DECLARE_TR_FUNCTIONS(ScanTable)
};
} // namespace

QString render(const HostSnapshot &snap)
{
    const EngineInfo &e = snap.engine;
    QString out;
    out += ScanTableText::tr("Host:     %1 (%2)\n").arg(e.url, e.transport);
    out += ScanTableText::tr("Engine:   Docker %1, API %2, %3\n").arg(e.engineVersion, e.apiVersion, e.os);
    out += ScanTableText::tr("Scanned:  %1\n").arg(snap.finishedAt.toUTC().toString(Qt::ISODate));
    out += ScanTableText::tr("Containers: %1   Images: %2   Networks: %3   Volumes: %4\n\n")
               .arg(snap.containers.size())
               .arg(snap.images.size())
               .arg(snap.networks.size())
               .arg(snap.volumes.size());

    if (snap.assessed) {
        QList<Finding> all = snap.daemonFindings;
        for (const ContainerInfo &c : snap.containers)
            all += c.findings;
        for (const ImageInfo &i : snap.images)
            all += i.findings;
        const auto n = countBySeverity(all);
        out += ScanTableText::tr("Host score: %1/100   Findings: %2 critical, %3 high, %4 medium, %5 low, %6 info\n")
                   .arg(snap.hostScore)
                   .arg(n[4])
                   .arg(n[3])
                   .arg(n[2])
                   .arg(n[1])
                   .arg(n[0]);
        const auto waived = std::count_if(all.cbegin(), all.cend(), [](const Finding &f) { return f.waiver.waived(); });
        const auto expired = std::count_if(all.cbegin(), all.cend(),
                                           [](const Finding &f) { return f.waiver.state == WaiverState::Expired; });
        if (waived > 0 || expired > 0) {
            out += ScanTableText::tr("Waived: %1 (shown, not scored)   Waiver expired: %2 (scored again)\n")
                       .arg(waived)
                       .arg(expired);
        }
        out += QLatin1Char('\n');
    }

    // Worst first, so the container to fix first is at the top.
    QList<const ContainerInfo *> ordered;
    for (const ContainerInfo &c : snap.containers)
        ordered << &c;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ContainerInfo *a, const ContainerInfo *b) { return a->risk.score > b->risk.score; });
    QList<QStringList> rows;
    for (const ContainerInfo *cp : std::as_const(ordered)) {
        const ContainerInfo &c = *cp;
        QStringList ports;
        for (const PortBinding &p : c.ports) {
            if (p.published())
                ports << p.toString();
        }
        rows.append({snap.assessed ? QString::number(c.risk.score) : QStringLiteral("-"), c.name, c.state, c.image, c.user.isEmpty() ? ScanTableText::tr("(image default)") : c.user,
                     c.privileged ? ScanTableText::tr("yes") : ScanTableText::tr("no"), ports.isEmpty() ? QStringLiteral("-") : ports.join(QLatin1Char(',')),
                     c.created.toUTC().toString(Qt::ISODate)});
    }
    out += TextTable::render({ScanTableText::tr("RISK"), ScanTableText::tr("NAME"), ScanTableText::tr("STATE"), ScanTableText::tr("IMAGE"), ScanTableText::tr("USER"), ScanTableText::tr("PRIVILEGED"), ScanTableText::tr("PORTS"), ScanTableText::tr("CREATED")},
                             rows);
    auto findingLines = [](const QList<Finding> &findings) {
        QString text;
        QList<Finding> sorted = findings;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
        for (const Finding &f : sorted) {
            text += QStringLiteral("  [%1] %2%3  %4\n      %5\n")
                        .arg(severityName(f.severity).toUpper(), f.ruleId,
                             f.cis.isEmpty() ? QString() : QStringLiteral(" (CIS %1)").arg(f.cis), f.title, f.evidence);
            const FindingWaiver &w = f.waiver;
            const QString until = w.expiresAt.isValid() ? w.expiresAt.toUTC().toString(Qt::ISODate)
                                                        : ScanTableText::tr("no expiry");
            if (w.state == WaiverState::Waived) {
                text += ScanTableText::tr("      WAIVED (%1 by %2, until %3): %4\n")
                            .arg(waiverKindLabel(w.kind), w.reviewer.isEmpty() ? ScanTableText::tr("unknown") : w.reviewer,
                                 until, w.justification);
            } else if (w.state == WaiverState::Expired) {
                text += ScanTableText::tr("      WAIVER EXPIRED %1 (%2 by %3): counted again\n")
                            .arg(until, waiverKindLabel(w.kind),
                                 w.reviewer.isEmpty() ? ScanTableText::tr("unknown") : w.reviewer);
            }
        }
        return text;
    };
    if (snap.assessed) {
        if (!snap.daemonFindings.isEmpty())
            out += ScanTableText::tr("\nDaemon %1 (score %2)\n").arg(e.url).arg(snap.daemonRisk.score) + findingLines(snap.daemonFindings);
        for (const ContainerInfo *c : std::as_const(ordered)) {
            if (!c->findings.isEmpty())
                out += ScanTableText::tr("\nContainer %1 (risk %2)\n").arg(c->name).arg(c->risk.score) + findingLines(c->findings);
        }
        for (const ImageInfo &i : snap.images) {
            if (!i.findings.isEmpty())
                out += ScanTableText::tr("\nImage %1\n").arg(i.tags.value(0, i.id.left(19))) + findingLines(i.findings);
        }
    }
    for (const QString &w : snap.warnings)
        out += ScanTableText::tr("warning: %1\n").arg(w);
    return out;
}

} // namespace bulwark::ScanTable
