#include "ReportJunit.h"

#include "ReportText.h"
#include "review/Waiver.h"

#include <QXmlStreamWriter>

namespace bulwark::report::ReportJunit {

namespace {

struct JunitSuite {
    QString name;
    QString classPrefix;
    RuleScope scope = RuleScope::Container;
    const QList<store::StoredFinding> *findings = nullptr;
};

struct JunitCounts {
    int tests = 0;
    int failures = 0;
    int skipped = 0;
};

JunitCounts countSuite(const JunitSuite &suite, const ReportData &data)
{
    JunitCounts c;
    for (const RuleDefinition &r : data.rules) {
        if (r.scope != suite.scope)
            continue;
        ++c.tests;
        bool open = false;
        bool waived = false;
        for (const store::StoredFinding &f : *suite.findings) {
            if (f.ruleId != r.id)
                continue;
            (f.waiver.state == WaiverState::Waived ? waived : open) = true;
        }
        if (open)
            ++c.failures;
        else if (waived)
            ++c.skipped;
    }
    return c;
}

void writeSuite(QXmlStreamWriter &xml, const JunitSuite &suite, const ReportData &data)
{
    const JunitCounts counts = countSuite(suite, data);
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), suite.name);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    if (data.scan.startedAt.isValid())
        xml.writeAttribute(QStringLiteral("timestamp"), data.scan.startedAt.toUTC().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("hostname"), data.scan.hostUrl);
    for (const RuleDefinition &r : data.rules) {
        if (r.scope != suite.scope)
            continue;
        QList<const store::StoredFinding *> open;
        QList<const store::StoredFinding *> waived;
        for (const store::StoredFinding &f : *suite.findings) {
            if (f.ruleId == r.id)
                (f.waiver.state == WaiverState::Waived ? waived : open) << &f;
        }
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), suite.classPrefix);
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1 %2").arg(r.id, r.title));
        if (!open.isEmpty()) {
            const store::StoredFinding &first = *open.first();
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), severityName(first.severity));
            xml.writeAttribute(QStringLiteral("message"), QStringLiteral("%1: %2").arg(first.title, first.evidence));
            QStringList body;
            for (const store::StoredFinding *f : std::as_const(open)) {
                QString line = QStringLiteral("[%1] %2").arg(severityName(f->severity), f->evidence);
                if (f->waiver.state == WaiverState::Expired)
                    line += QStringLiteral(" (%1 %2)").arg(ReportText::waiverState(f->waiver.state), ReportText::time(f->waiver.expiresAt));
                body << line;
            }
            if (!r.remediationRun.isEmpty())
                body << QString() << r.remediationRun;
            xml.writeCharacters(body.join(QLatin1Char('\n')));
            xml.writeEndElement();
        } else if (!waived.isEmpty()) {
            const FindingWaiver &w = waived.first()->waiver;
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"),
                               QStringLiteral("%1 (%2): %3").arg(ReportText::waiverState(w.state), waiverKindName(w.kind), w.justification));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QByteArray toXml(const ReportData &data)
{
    QList<JunitSuite> suites;
    for (const ReportContainer &c : data.containers)
        suites << JunitSuite{QStringLiteral("container %1").arg(c.container.name), QStringLiteral("container.") + c.container.name,
                             RuleScope::Container, &c.findings};
    for (const ReportImage &i : data.images)
        suites << JunitSuite{QStringLiteral("image %1").arg(i.name), QStringLiteral("image.") + i.name, RuleScope::Image, &i.findings};
    suites << JunitSuite{QStringLiteral("daemon %1").arg(data.scan.hostName), QStringLiteral("daemon"), RuleScope::Daemon,
                         &data.daemonFindings};

    JunitCounts total;
    for (const JunitSuite &s : std::as_const(suites)) {
        const JunitCounts c = countSuite(s, data);
        total.tests += c.tests;
        total.failures += c.failures;
        total.skipped += c.skipped;
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Bulwark %1").arg(data.scan.hostUrl));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(total.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(total.failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(total.skipped));
    for (const JunitSuite &s : std::as_const(suites))
        writeSuite(xml, s, data);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace bulwark::report::ReportJunit
