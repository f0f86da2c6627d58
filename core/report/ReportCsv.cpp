#include "ReportCsv.h"

#include "review/Waiver.h"

namespace bulwark::report::ReportCsv {

QString field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray toCsv(const ReportData &data)
{
    QHash<QString, int> containerScore;
    for (const ReportContainer &c : data.containers)
        containerScore.insert(c.container.identity, c.container.score);

    static const QStringList header{
        QStringLiteral("scan_id"),     QStringLiteral("host"),          QStringLiteral("scope"),
        QStringLiteral("target_name"), QStringLiteral("target_key"),    QStringLiteral("container_score"),
        QStringLiteral("rule_id"),     QStringLiteral("cis"),           QStringLiteral("severity"),
        QStringLiteral("title"),       QStringLiteral("evidence"),      QStringLiteral("waiver_state"),
        QStringLiteral("waiver_kind"), QStringLiteral("justification"), QStringLiteral("waiver_reviewer"),
        QStringLiteral("waiver_expires_at"), QStringLiteral("remediation")};
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const QList<store::StoredFinding> findings = data.allFindings();
    for (const store::StoredFinding &f : findings) {
        const bool waived = f.waiver.state != WaiverState::None;
        const RuleDefinition *rule = data.rule(f.ruleId);
        const QStringList row{
            QString::number(data.scan.id),
            data.scan.hostUrl,
            scopeName(f.scope),
            f.targetName,
            f.targetKey,
            f.scope == RuleScope::Container ? QString::number(containerScore.value(f.targetKey)) : QString(),
            f.ruleId,
            f.cis,
            severityName(f.severity),
            f.title,
            f.evidence,
            waiverStateName(f.waiver.state),
            waived ? waiverKindName(f.waiver.kind) : QString(),
            waived ? f.waiver.justification : QString(),
            waived ? f.waiver.reviewer : QString(),
            waived && f.waiver.expiresAt.isValid() ? f.waiver.expiresAt.toUTC().toString(Qt::ISODate) : QString(),
            rule ? rule->remediationRun : QString()};
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << field(cell);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace bulwark::report::ReportCsv
