#include "ReportHtml.h"

#include "ReportText.h"
#include "TrendChart.h"
#include "review/Waiver.h"

namespace bulwark::report {

namespace {

QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString severityClass(Severity s)
{
    return QStringLiteral("sev-") + severityName(s);
}

// Builds the body section by section, collecting the headings for the table of contents.
class HtmlBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    HtmlBuilder(const ReportData &data, ReportHtml::Flavour flavour)
        : m_data(data)
        , m_flavour(flavour)
    {
        m_body.reserve(4096 + data.findingCount * 700);
    }

    QString render(QList<ReportHtml::Toc> *tocOut);

private:
    [[nodiscard]] bool browser() const { return m_flavour == ReportHtml::Flavour::Browser; }
    void heading(int level, const QString &title, bool newPage);
    void keyValueTable(const QList<QPair<QString, QString>> &rows);
    // A table in the browser; in the PDF one flowing paragraph, because a table's
    // every cell is a frame to lay out and 200 containers make tens of thousands.
    void keyValueBlock(const QList<QPair<QString, QString>> &rows);
    void tableStart(const QStringList &headers);
    void tableRow(const QStringList &htmlCells);
    void tableEnd() { m_body += QStringLiteral("</table>\n"); }
    QString severityBadge(Severity s) const;
    QString waiverBadge(const FindingWaiver &w) const;
    void findingBlock(const store::StoredFinding &f, bool composeService);
    QString cover() const;
    QString toc() const;
    void summary();
    void daemon();
    void containers();
    void images();
    void waivers();
    void review();
    void appendix();

    const ReportData &m_data;
    ReportHtml::Flavour m_flavour;
    QString m_body;
    QList<ReportHtml::Toc> m_toc;
};

void HtmlBuilder::heading(int level, const QString &title, bool newPage)
{
    const int index = int(m_toc.size());
    m_toc << ReportHtml::Toc{level, title};
    const QString tag = QStringLiteral("h%1").arg(level);
    QString attrs = QStringLiteral(" id=\"s%1\"").arg(index);
    if (newPage)
        attrs += browser() ? QStringLiteral(" class=\"page\"") : QStringLiteral(" style=\"page-break-before: always\"");
    m_body += QStringLiteral("<%1%2>%3</%1>\n").arg(tag, attrs, esc(title));
}

void HtmlBuilder::keyValueTable(const QList<QPair<QString, QString>> &rows)
{
    m_body += QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto &row : rows)
        m_body += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(row.first), esc(row.second));
    m_body += QStringLiteral("</table>\n");
}

void HtmlBuilder::keyValueBlock(const QList<QPair<QString, QString>> &rows)
{
    if (browser()) {
        keyValueTable(rows);
        return;
    }
    QStringList items;
    items.reserve(rows.size());
    for (const auto &row : rows)
        items << QStringLiteral("<b>%1:</b> %2").arg(esc(row.first), esc(row.second));
    m_body += QStringLiteral("<p class=\"kvline\">%1</p>\n").arg(items.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void HtmlBuilder::tableStart(const QStringList &headers)
{
    // <thead>: the PDF repeats the header row on every page a long table spans.
    m_body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<thead><tr>");
    for (const QString &h : headers)
        m_body += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
    m_body += QStringLiteral("</tr></thead>\n");
}

void HtmlBuilder::tableRow(const QStringList &htmlCells)
{
    m_body += QStringLiteral("<tr>");
    for (const QString &c : htmlCells)
        m_body += QStringLiteral("<td>%1</td>").arg(c);
    m_body += QStringLiteral("</tr>\n");
}

QString HtmlBuilder::severityBadge(Severity s) const
{
    return QStringLiteral("<span class=\"%1\"><b>%2</b></span>").arg(severityClass(s), esc(severityLabel(s).toUpper()));
}

QString HtmlBuilder::waiverBadge(const FindingWaiver &w) const
{
    if (w.state == WaiverState::None)
        return {};
    return QStringLiteral(" <span class=\"waiver-%1\">[%2]</span>").arg(waiverStateName(w.state), esc(ReportText::waiverState(w.state)));
}

void HtmlBuilder::findingBlock(const store::StoredFinding &f, bool composeService)
{
    const RuleDefinition *rule = m_data.rule(f.ruleId);
    m_body += QStringLiteral("<div class=\"finding\"><p class=\"ftitle\">%1 %2 %3%4%5</p>\n")
                  .arg(severityBadge(f.severity), esc(f.ruleId), esc(f.title),
                       f.cis.isEmpty() ? QString() : esc(tr(" (CIS %1)").arg(f.cis)), waiverBadge(f.waiver));
    m_body += QStringLiteral("<p class=\"fbody\"><b>%1</b> <span class=\"evidence\">%2</span>")
                  .arg(esc(tr("Evidence:")), esc(f.evidence));
    if (rule) {
        const QString advice = f.scope == RuleScope::Image && !rule->remediationDockerfile.isEmpty() ? rule->remediationDockerfile
                                                                                                      : rule->remediationRun;
        if (!advice.isEmpty())
            m_body += QStringLiteral("<br/><b>%1</b> %2").arg(esc(tr("Remediation:")), esc(advice));
        if (composeService && !rule->remediationCompose.isEmpty())
            m_body += QStringLiteral("<br/><b>%1</b> %2").arg(esc(tr("In compose:")), esc(rule->remediationCompose));
    }
    if (f.waiver.state != WaiverState::None) {
        m_body += QStringLiteral("<br/><b>%1</b> %2").arg(
            esc(tr("Waiver:")),
            esc(tr("%1 by %2, expires %3: %4")
                    .arg(waiverKindLabel(f.waiver.kind), f.waiver.reviewer.isEmpty() ? tr("unknown") : f.waiver.reviewer,
                         f.waiver.expiresAt.isValid() ? ReportText::time(f.waiver.expiresAt) : tr("never"), f.waiver.justification)));
    }
    m_body += QStringLiteral("</p></div>\n");
}

QString HtmlBuilder::cover() const
{
    const store::ScanSummary &s = m_data.scan;
    QString out;
    out += QStringLiteral("<div class=\"cover\"><p class=\"title\">%1</p>\n<p class=\"subtitle\">%2</p>\n")
               .arg(esc(tr("Docker security audit report")), esc(s.hostName.isEmpty() ? s.hostUrl : s.hostName));
    QList<QPair<QString, QString>> rows{
        {tr("Host"), s.hostUrl},
        {tr("Host name"), s.hostName},
        {tr("Engine ID"), s.engineId},
        {tr("Scan"), tr("#%1, %2").arg(s.id).arg(ReportText::time(s.startedAt))},
        {tr("Docker Engine version"), s.engineVersion},
        {tr("Bulwark version"), m_data.bulwarkVersion},
        {tr("Reviewer"), m_data.reviewer.isEmpty() ? tr("not named") : m_data.reviewer},
        {tr("Report generated"), ReportText::time(m_data.generatedAt)},
    };
    out += QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const auto &row : rows)
        out += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(row.first), esc(row.second));
    out += QStringLiteral("</table>\n<p class=\"note\">%1</p></div>\n")
               .arg(esc(tr("Secrets found in the scan are shown redacted. Bulwark scans are read-only.")));
    return out;
}

QString HtmlBuilder::toc() const
{
    // Not an <h1> in the PDF: the PDF writer numbers the <h1>/<h2> blocks after the contents.
    QString out = browser() ? QStringLiteral("<h1 id=\"toc\">%1</h1>\n").arg(esc(ReportHtml::contentsTitle()))
                            : QStringLiteral("<p class=\"toc-title\" style=\"page-break-before: always\">%1</p>\n")
                                  .arg(esc(ReportHtml::contentsTitle()));
    if (browser()) {
        out += QStringLiteral("<ul class=\"toc\">\n");
        for (qsizetype i = 0; i < m_toc.size(); ++i) {
            out += QStringLiteral("<li class=\"l%1\"><a href=\"#s%2\">%3</a></li>\n")
                       .arg(m_toc.at(i).level)
                       .arg(i)
                       .arg(esc(m_toc.at(i).title));
        }
        return out + QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n");
    for (qsizetype i = 0; i < m_toc.size(); ++i) {
        const ReportHtml::Toc &t = m_toc.at(i);
        // Editing the numbers in after layout would lay out the whole document again
        // per entry; the PDF writer paints them into this empty column instead.
        out += QStringLiteral("<tr><td>%1%2</td><td align=\"right\" width=\"12%\">&nbsp;</td></tr>\n")
                   .arg(t.level > 1 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") : QString(),
                        t.level > 1 ? esc(t.title) : QStringLiteral("<b>%1</b>").arg(esc(t.title)));
    }
    return out + QStringLiteral("</table>\n");
}

void HtmlBuilder::summary()
{
    const store::ScanSummary &s = m_data.scan;
    heading(1, tr("Executive summary"), true);
    m_body += QStringLiteral("<p class=\"score\">%1 <b>%2</b> / 100</p>\n").arg(esc(tr("Host score:")), QString::number(s.hostScore));
    m_body += QStringLiteral("<p>%1</p>\n")
                  .arg(esc(tr("%n container(s), %1 image(s), %2 finding(s) of which %3 waived and %4 with an expired waiver.",
                              nullptr, s.containerCount)
                               .arg(s.imageCount)
                               .arg(m_data.findingCount)
                               .arg(m_data.waivedCount)
                               .arg(m_data.expiredCount)));
    tableStart({tr("Severity"), tr("Findings"), tr("Open (not waived)")});
    for (int i = 4; i >= 0; --i) {
        tableRow({severityBadge(Severity(i)), QString::number(s.severityCounts[size_t(i)]),
                  QString::number(m_data.openBySeverity[size_t(i)])});
    }
    tableEnd();

    const TrendChartLayout chart = TrendChart::layout(m_data.trend, QSizeF(ReportHtml::ChartWidth, ReportHtml::ChartHeight));
    m_body += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Trend since the first scan")));
    m_body += QStringLiteral("<p class=\"chart\" align=\"center\">%1</p>\n<p class=\"caption\" align=\"center\">%2</p>\n")
                  .arg(browser() ? TrendChart::svg(chart) : ReportHtml::chartPlaceholder(), esc(chart.caption));

    m_body += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Top risks")));
    if (m_data.topRisks.isEmpty()) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No open findings.")));
        return;
    }
    tableStart({tr("Severity"), tr("Rule"), tr("Finding"), tr("Target"), tr("Points")});
    for (const ReportRisk &r : m_data.topRisks) {
        tableRow({severityBadge(r.finding.severity), esc(r.finding.ruleId), esc(r.finding.title),
                  esc(QStringLiteral("%1 %2").arg(scopeName(r.targetKind), r.finding.targetName)),
                  r.points > 0 ? QString::number(r.points, 'f', 1) : QStringLiteral("—")});
    }
    tableEnd();
}

void HtmlBuilder::daemon()
{
    heading(1, tr("Docker daemon"), true);
    if (m_data.daemonFindings.isEmpty()) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No daemon findings.")));
        return;
    }
    for (const store::StoredFinding &f : m_data.daemonFindings)
        findingBlock(f, false);
}

void HtmlBuilder::containers()
{
    heading(1, tr("Containers"), true);
    if (m_data.containers.isEmpty())
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The host has no containers.")));
    for (const ReportContainer &rc : m_data.containers) {
        const store::StoredContainer &c = rc.container;
        heading(2, c.name, false);
        keyValueBlock({{tr("Score"), QStringLiteral("%1 / 100").arg(c.score)},
                       {tr("Image"), c.image},
                       {tr("State"), c.state},
                       {tr("Identity"), c.identity},
                       {tr("Findings"), QString::number(rc.findings.size())}});
        if (!c.breakdown.isEmpty()) {
            m_body += QStringLiteral("<p class=\"sub\"><b>%1</b></p>\n").arg(esc(tr("Score breakdown")));
            if (browser()) {
                tableStart({tr("Rule"), tr("Severity"), tr("Points"), tr("Share of score"), tr("Why")});
                for (const ScoreContribution &b : c.breakdown) {
                    tableRow({esc(b.ruleId), severityBadge(b.severity), QString::number(b.points, 'f', 1),
                              QString::number(b.share, 'f', 1), esc(b.reason)});
                }
                tableEnd();
            } else {
                QStringList lines;
                for (const ScoreContribution &b : c.breakdown) {
                    lines << QStringLiteral("%1 %2: %3").arg(severityBadge(b.severity), esc(b.ruleId),
                                                             esc(tr("%1 points, %2 of the score%3")
                                                                     .arg(QString::number(b.points, 'f', 1),
                                                                          QString::number(b.share, 'f', 1),
                                                                          b.reason.isEmpty() ? QString() : QStringLiteral(" (") + b.reason + QLatin1Char(')'))));
                }
                m_body += QStringLiteral("<p class=\"fbody\">%1</p>\n").arg(lines.join(QStringLiteral("<br/>")));
            }
        }
        m_body += QStringLiteral("<p class=\"sub\"><b>%1</b></p>\n").arg(esc(tr("Permissions")));
        if (rc.permissionsKnown)
            keyValueBlock(ReportText::permissionSummary(c.permissions));
        else
            m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Not recorded for this scan (stored by an earlier Bulwark).")));
        if (!rc.findings.isEmpty())
            m_body += QStringLiteral("<p class=\"sub\"><b>%1</b></p>\n").arg(esc(tr("Findings")));
        const bool compose = c.identity.startsWith(QLatin1String("compose:"));
        for (const store::StoredFinding &f : rc.findings)
            findingBlock(f, compose);
    }
}

void HtmlBuilder::images()
{
    heading(1, tr("Images"), true);
    if (m_data.images.isEmpty()) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The host has no images.")));
        return;
    }
    tableStart({tr("Image"), tr("Base OS"), tr("Patch age"), tr("End of life"), tr("Used by"), tr("Findings")});
    for (const ReportImage &ri : m_data.images) {
        const store::StoredImage &i = ri.image;
        QString eol = ReportText::date(i.eolDate);
        if (i.pastEol)
            eol = QStringLiteral("<span class=\"sev-critical\"><b>%1</b></span>").arg(esc(tr("past EOL since %1").arg(eol)));
        else
            eol = esc(eol);
        tableRow({esc(ri.name), esc(i.osLabel.isEmpty() ? tr("not detected") : i.osLabel), esc(ReportText::imageAge(i.ageDays)), eol,
                  esc(ReportText::list(ri.usedBy)), QString::number(ri.findings.size())});
    }
    tableEnd();
    for (const ReportImage &ri : m_data.images) {
        if (ri.findings.isEmpty())
            continue;
        heading(2, ri.name, false);
        for (const store::StoredFinding &f : ri.findings)
            findingBlock(f, false);
    }
}

void HtmlBuilder::waivers()
{
    heading(1, tr("Waivers"), true);
    if (m_data.waivers.isEmpty()) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No finding of this scan is waived.")));
        return;
    }
    tableStart({tr("Rule"), tr("Target"), tr("Kind"), tr("State"), tr("Justification"), tr("Reviewer"), tr("Expires")});
    for (const store::StoredFinding &f : m_data.waivers) {
        tableRow({esc(f.ruleId), esc(f.targetName.isEmpty() ? scopeName(f.scope) : f.targetName), esc(waiverKindLabel(f.waiver.kind)),
                  esc(ReportText::waiverState(f.waiver.state)), esc(f.waiver.justification), esc(f.waiver.reviewer),
                  esc(f.waiver.expiresAt.isValid() ? ReportText::time(f.waiver.expiresAt) : tr("never"))});
    }
    tableEnd();
}

void HtmlBuilder::review()
{
    heading(1, tr("Review decisions"), true);
    if (!m_data.review) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("This scan has not been reviewed.")));
        return;
    }
    const Review &r = *m_data.review;
    keyValueTable({{tr("Reviewer"), r.reviewer},
                   {tr("Started"), ReportText::time(r.startedAt)},
                   {tr("Finished"), r.finishedAt.isValid() ? ReportText::time(r.finishedAt) : tr("still open")},
                   {tr("Decisions"), QString::number(r.decisions.size())},
                   {tr("Notes"), r.notes}});
    if (r.decisions.isEmpty())
        return;
    tableStart({tr("Finding"), tr("Target"), tr("Decision"), tr("Details"), tr("Decided")});
    for (const ReviewDecision &d : r.decisions) {
        QStringList details;
        switch (d.kind) {
        case DecisionKind::Fix:
            details << tr("owner %1").arg(d.owner) << tr("due %1").arg(ReportText::date(d.dueDate));
            break;
        case DecisionKind::AcceptRisk:
        case DecisionKind::FalsePositive:
            details << d.justification;
            if (d.expiresAt.isValid())
                details << tr("expires %1").arg(ReportText::time(d.expiresAt));
            break;
        }
        if (!d.notes.isEmpty())
            details << d.notes;
        tableRow({QStringLiteral("%1 %2 %3").arg(severityBadge(d.severity), esc(d.ruleId), esc(d.title)), esc(d.targetName),
                  esc(decisionKindLabel(d.kind)), esc(details.join(QStringLiteral("; "))), esc(ReportText::time(d.decidedAt))});
    }
    tableEnd();
}

void HtmlBuilder::appendix()
{
    heading(1, tr("Appendix: rules"), true);
    m_body += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Every rule Bulwark checks, with its CIS Docker Benchmark v1.6.0 number.")));
    tableStart({tr("Rule"), tr("CIS"), tr("Severity"), tr("Scope"), tr("Title")});
    for (const RuleDefinition &r : m_data.rules) {
        tableRow({esc(r.id), esc(r.cis.isEmpty() ? QStringLiteral("—") : r.cis), severityBadge(r.severity), esc(scopeName(r.scope)),
                  esc(r.title)});
    }
    tableEnd();
}

QString HtmlBuilder::render(QList<ReportHtml::Toc> *tocOut)
{
    summary();
    daemon();
    containers();
    images();
    waivers();
    review();
    appendix();
    if (tocOut)
        *tocOut = m_toc;

    QString out;
    out.reserve(m_body.size() + 8192 + int(m_toc.size()) * 120);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(tr("Bulwark audit report: %1").arg(m_data.scan.hostUrl)));
    if (browser())
        out += QStringLiteral("<style>\n%1</style>\n").arg(ReportHtml::styleSheet(m_flavour));
    out += QStringLiteral("</head><body>\n");
    out += cover();
    out += toc();
    out += m_body;
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace

QString ReportHtml::contentsTitle()
{
    return HtmlBuilder::tr("Contents");
}

QString ReportHtml::styleSheet(Flavour flavour)
{
    QString css = QStringLiteral(
        ".sev-critical { color: #b71c1c; }\n"
        ".sev-high { color: #d84315; }\n"
        ".sev-medium { color: #9a6700; }\n"
        ".sev-low { color: #1565c0; }\n"
        ".sev-info { color: #546e7a; }\n"
        ".waiver-waived { color: #2e7d32; font-weight: bold; }\n"
        ".waiver-expired { color: #b71c1c; font-weight: bold; }\n"
        ".evidence { font-family: 'DejaVu Sans Mono', monospace; }\n"
        "th { background-color: #eceff1; }\n"
        ".title { font-size: 24pt; font-weight: bold; }\n"
        ".toc-title { font-size: 18pt; font-weight: bold; }\n"
        ".subtitle { font-size: 16pt; color: #37474f; }\n"
        ".score { font-size: 16pt; }\n"
        ".caption { color: #546e7a; }\n"
        ".note { color: #546e7a; }\n"
        ".ftitle { margin-top: 6px; margin-bottom: 0px; }\n"
        ".kvline { margin-top: 2px; }\n"
        ".fbody { margin-top: 1px; margin-left: 12px; }\n");
    if (flavour == Flavour::Browser) {
        css += QStringLiteral(
            "body { font-family: 'DejaVu Sans', 'Segoe UI', sans-serif; font-size: 10pt; color: #212121; max-width: 60em; "
            "margin: 2em auto; padding: 0 1em; }\n"
            "table { border-collapse: collapse; margin: 0.4em 0; }\n"
            "table.grid td, table.grid th { border: 1px solid #cfd8dc; padding: 3px 6px; vertical-align: top; }\n"
            "table.kv th { text-align: left; padding-right: 1em; font-weight: 600; }\n"
            "h1 { border-bottom: 2px solid #37474f; padding-bottom: 0.2em; margin-top: 2em; }\n"
            "h2 { border-bottom: 1px solid #cfd8dc; margin-top: 1.5em; }\n"
            ".cover { margin: 3em 0; }\n"
            ".finding { border-left: 3px solid #cfd8dc; padding-left: 0.6em; margin: 0.4em 0; }\n"
            "ul.toc { list-style: none; padding-left: 0; } ul.toc li.l2 { padding-left: 1.5em; }\n"
            "svg.trend { max-width: 100%; height: auto; font-family: sans-serif; }\n"
            "@media print { .page { page-break-before: always; } }\n");
    } else {
        css += QStringLiteral("table.grid { border-color: #cfd8dc; }\n"
                              "h1 { color: #263238; }\n"
                              "h2 { color: #37474f; }\n");
    }
    return css;
}

QString ReportHtml::render(const ReportData &data, Flavour flavour, QList<Toc> *toc)
{
    return HtmlBuilder(data, flavour).render(toc);
}

} // namespace bulwark::report
