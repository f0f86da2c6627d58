#include "FindingDetailView.h"

#include "SeverityStyle.h"
#include "rules/RuleCatalogue.h"

namespace bulwark {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>%2").arg(heading.toHtmlEscaped(), body);
}

QString code(const QString &text)
{
    // Wrapped, so long evidence stays readable in a narrow pane.
    return QStringLiteral("<p style='background:#f1f3f5; font-family:monospace; white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QString advice(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(escaped(text));
}
} // namespace

FindingDetailView::FindingDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("findingDetail"));
    setOpenExternalLinks(true);
    clearFinding();
}

void FindingDetailView::showFinding(const Finding &finding)
{
    m_ruleId = finding.ruleId;
    setHtml(html(finding, RuleCatalogue::builtin().rule(finding.ruleId)));
}

void FindingDetailView::clearFinding()
{
    m_ruleId.clear();
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("Select a finding to see why it matters and how to fix it.").toHtmlEscaped()));
}

QString FindingDetailView::html(const Finding &finding, const RuleDefinition *rule)
{
    QString out;
    out += QStringLiteral("<h3>%1</h3>").arg(finding.title.toHtmlEscaped());
    const QString badge = QStringLiteral("<span style='background:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;</span>")
                              .arg(SeverityStyle::color(finding.severity).name(), severityLabel(finding.severity).toHtmlEscaped());
    QString meta = tr("Rule %1").arg(finding.ruleId).toHtmlEscaped();
    if (!finding.cis.isEmpty())
        meta += QStringLiteral(" · ") + tr("CIS Docker Benchmark %1").arg(finding.cis).toHtmlEscaped();
    if (!finding.targetName.isEmpty())
        meta += QStringLiteral(" · ") + tr("Target: %1").arg(finding.targetName).toHtmlEscaped();
    out += QStringLiteral("<p>%1 &nbsp; %2</p>").arg(badge, meta);

    if (rule && !rule->rationale.isEmpty())
        out += section(tr("Why it matters"), QStringLiteral("<p>%1</p>").arg(escaped(rule->rationale)));
    if (!finding.evidence.isEmpty())
        out += section(tr("Evidence"), code(finding.evidence));

    const QString run = rule && !rule->remediationRun.isEmpty() ? rule->remediationRun : finding.remediation;
    if (!run.isEmpty())
        out += section(tr("Fix with docker run"), advice(run));
    if (rule && !rule->remediationCompose.isEmpty())
        out += section(tr("Fix in Compose"), advice(rule->remediationCompose));
    if (rule && !rule->remediationDockerfile.isEmpty())
        out += section(tr("Fix in the Dockerfile"), advice(rule->remediationDockerfile));
    if (rule && !rule->references.isEmpty()) {
        QString list;
        for (const QString &reference : rule->references) {
            const QString text = reference.toHtmlEscaped();
            list += reference.startsWith(QLatin1String("https://"))
                ? QStringLiteral("<li><a href='%1'>%1</a></li>").arg(text)
                : QStringLiteral("<li>%1</li>").arg(text);
        }
        out += section(tr("References"), QStringLiteral("<ul>%1</ul>").arg(list));
    }
    return out;
}

} // namespace bulwark
