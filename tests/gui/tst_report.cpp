// Audit reports (core/report, bulwark-cli report) from scans stored through the
// real ScanStore: assessed by the real rule engine, one container carrying
// credentials in its environment that must never reach a report.

#include "InspectParser.h"
#include "JsonSchemaCheck.h"
#include "StoreFixtures.h"

#include "CliApplication.h"
#include "PdfReport.h"
#include "ReportBuilder.h"
#include "ReportCommand.h"
#include "ReportCsv.h"
#include "ReportHtml.h"
#include "ReportJson.h"
#include "ReportWriter.h"
#include "store/HistorySeries.h"
#include "store/ReviewStore.h"
#include "store/ScanStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

using namespace bulwark;
using namespace bulwark::report;
using json = nlohmann::json;

Q_DECLARE_METATYPE(bulwark::report::ReportFormat)

namespace {

const char *const SecretValues[] = {"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE", "s3cr3tpass"};
const QDateTime ScanTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

// realisticHost() plus a container whose environment holds credentials, parsed from
// an inspect document the way a scan parses it (the parser redacts them).
HostSnapshot hostWithSecrets(const QDateTime &at)
{
    HostSnapshot snap = test::realisticHost(at);
    // One raw string per line: moc mis-lexes a raw string literal that spans lines.
    json inspect = json::parse(
        R"({)"
        R"("Id": "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7",)"
        R"("Name": "/billing-worker", "Image": "sha256:aaaa", "Created": "2024-02-01T10:00:00Z",)"
        R"("State": {"Status": "running"},)"
        R"("Config": {"Image": "legacy/app:2019", "User": "",)"
        R"("Env": ["AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",)"
        R"("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",)"
        R"("DATABASE_URL=postgres://app:s3cr3tpass@db:5432/app", "PATH=/usr/bin"]},)"
        R"("HostConfig": {"NetworkMode": "none", "CapAdd": ["SYS_ADMIN"], "CapDrop": null, "SecurityOpt": null,)"
        R"("LogConfig": {"Type": "json-file", "Config": {}}, "RestartPolicy": {"Name": "no"}},)"
        R"("Mounts": []})");
    Expected<ContainerInfo> billing = InspectParser::container(std::move(inspect));
    if (!billing)
        qFatal("cannot parse the fixture container");
    billing->imageId = snap.images.at(1).id;
    snap.containers << *billing;
    RuleEngine engine;
    engine.setClock(snap.finishedAt);
    engine.assess(snap);
    return snap;
}

QString normalised(const QString &text)
{
    return text.simplified();
}

int junitCount(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader reader(xml);
    int n = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            ++n;
    }
    return reader.hasError() ? -1 : n;
}

// RFC 4180 reader for the test: rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trendSinceFirstScan();
    void buildMatchesLoadedScan();
    void pdfShowsEveryContainerAndFinding();
    void pdfContentsPageNumbers();
    void pdfPaintsEveryWordInsideItsPage();
    void htmlIsSelfContained();
    void jsonMatchesSchema();
    void schemaCheckCatchesErrors();
    void csvHasOneRowPerFinding();
    void csvField_data();
    void csvField();
    void sarifCountsResultsAndSuppressions();
    void junitCountsCases();
    void noSecretInAnyOutput_data();
    void noSecretInAnyOutput();
    void permissionsNotRecorded();
    void needsGuiApplication_data();
    void needsGuiApplication();
    void cliWritesEveryFormat_data();
    void cliWritesEveryFormat();
    void cliErrors_data();
    void cliErrors();
    void cliHeadlessPdf();

private:
    QString pdfText(const QByteArray &pdf, int firstPage = 0, int lastPage = 0);
    int runCli(const QStringList &args, QString *err = nullptr);

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_twoHostsDb;
    QList<qint64> m_scanIds;
    HostSnapshot m_snapshot;
    ReportData m_data; // the latest scan, with one waived and one expired finding
    QString m_waivedRule;
    QString m_expiredRule;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("history.db"));
    auto db = store::ScanDatabase::open(m_dbPath);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    store::ScanStore scans(**db);
    for (int daysBefore : {60, 30, 0}) {
        HostSnapshot snap = hostWithSecrets(ScanTime.addDays(-daysBefore));
        auto id = scans.save(snap);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        m_scanIds << *id;
        m_snapshot = snap;
    }

    auto loaded = scans.load(m_scanIds.last());
    QVERIFY(loaded);

    // A finished review of the latest scan, stored as the review mode stores it: the CLI reports it.
    store::ReviewStore reviews(**db);
    reviews.setClock(ScanTime.addSecs(3600));
    auto reviewId = reviews.startReview(loaded->summary.hostId, m_scanIds.last(), QStringLiteral("Robin Reviewer"));
    QVERIFY2(reviewId, qPrintable(reviewId ? QString() : reviewId.error().toString()));
    for (const store::StoredFinding &f : std::as_const(loaded->findings)) {
        if (f.targetName != QLatin1String("api") || f.scope != RuleScope::Container)
            continue;
        ReviewDecision accept;
        accept.ruleId = f.ruleId;
        accept.scope = f.scope;
        accept.targetKey = f.targetKey;
        accept.targetName = f.targetName;
        accept.title = f.title;
        accept.severity = f.severity;
        accept.kind = DecisionKind::AcceptRisk;
        accept.justification = QStringLiteral("Internal API, no ingress");
        accept.expiresAt = ScanTime.addDays(30);
        accept.decidedAt = ScanTime.addSecs(3700);
        auto recorded = reviews.recordDecision(*reviewId, accept);
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().toString()));
        break;
    }
    QVERIFY(reviews.finishReview(*reviewId, QStringLiteral("All decided")));

    // Waivers and permissions as a schema-3 store records them, set here so the
    // test does not depend on which of them the store persists.
    store::StoredScan scan = *loaded;
    for (store::StoredContainer &c : scan.containers) {
        for (const ContainerInfo &live : std::as_const(m_snapshot.containers)) {
            if (live.name == c.name)
                c.permissions = live.permissions;
        }
    }
    int set = 0;
    for (store::StoredFinding &f : scan.findings) {
        if (f.scope != RuleScope::Container || f.targetName != QLatin1String("shop-web-1") || set >= 2)
            continue;
        f.waiver.state = set == 0 ? WaiverState::Waived : WaiverState::Expired;
        f.waiver.kind = WaiverKind::AcceptRisk;
        f.waiver.justification = QStringLiteral("Legacy shop front, replaced in Q3");
        f.waiver.reviewer = QStringLiteral("Dana Auditor");
        f.waiver.expiresAt = set == 0 ? ScanTime.addDays(90) : ScanTime.addDays(-1);
        (set == 0 ? m_waivedRule : m_expiredRule) = f.ruleId;
        ++set;
    }
    QCOMPARE(set, 2);
    auto trend = store::HistorySeries(**db).hostScore(scan.summary.hostId, {}, scan.summary.startedAt);
    QVERIFY(trend);

    Review review;
    review.id = 7;
    review.hostId = scan.summary.hostId;
    review.scanId = scan.summary.id;
    review.reviewer = QStringLiteral("Dana Auditor");
    review.startedAt = ScanTime.addSecs(3600);
    review.finishedAt = ScanTime.addSecs(7200);
    review.notes = QStringLiteral("Quarterly review");
    ReviewDecision fix;
    fix.ruleId = QStringLiteral("BW-C001");
    fix.targetName = QStringLiteral("admin-shell");
    fix.title = QStringLiteral("Container runs privileged");
    fix.severity = Severity::Critical;
    fix.kind = DecisionKind::Fix;
    fix.owner = QStringLiteral("platform-team");
    fix.dueDate = QDate(2024, 3, 15);
    fix.decidedAt = ScanTime.addSecs(4000);
    review.decisions << fix;

    ReportOptions options;
    options.generatedAt = ScanTime.addDays(1);
    options.review = review;
    m_data = ReportBuilder::fromScan(scan, *trend, options);
    QCOMPARE(m_data.reviewer, QStringLiteral("Dana Auditor"));
    QCOMPARE(m_data.waivedCount, 1);
    QCOMPARE(m_data.expiredCount, 1);
    QCOMPARE(m_data.findingCount, scan.findings.size());
    QVERIFY(m_data.findingCount > 10);

    // A second database with two hosts, for the CLI's "which host?" error.
    m_twoHostsDb = m_dir.filePath(QStringLiteral("two-hosts.db"));
    auto db2 = store::ScanDatabase::open(m_twoHostsDb);
    QVERIFY(db2);
    store::ScanStore two(**db2);
    QVERIFY(two.save(test::realisticHost()));
    HostSnapshot other = test::realisticHost();
    other.engine.url = other.endpoint.url = QStringLiteral("tcp://10.0.0.2:2376");
    other.engine.engineId = QStringLiteral("OTHER:ENGINE");
    QVERIFY(two.save(other));
}

QString TestReport::pdfText(const QByteArray &pdf, int firstPage, int lastPage)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    const QString path = m_dir.filePath(QStringLiteral("text-%1.pdf").arg(qHash(pdf)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QStringList args;
    if (firstPage > 0)
        args << QStringLiteral("-layout") << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestReport::runCli(const QStringList &args, QString *err)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream errStream(&errText);
    cli::CliIo io{out, errStream, nullptr};
    const int code = cli::CliApplication(Environment({}, m_dir.path())).run(QStringList{QStringLiteral("bulwark-cli")} + args, io);
    if (err)
        *err = errText;
    return code;
}

void TestReport::trendSinceFirstScan()
{
    QCOMPARE(m_data.trend.size(), 3);
    QCOMPARE(m_data.trend.first().at, ScanTime.addDays(-60));
    QCOMPARE(m_data.trend.last().scanId, m_scanIds.last());
    // A report on an older scan shows the history as it was then.
    auto db = store::ScanDatabase::open(m_dbPath, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    auto middle = ReportBuilder::build(**db, m_scanIds.at(1), {});
    QVERIFY(middle);
    QCOMPARE(middle->trend.size(), 2);
    QCOMPARE(middle->scan.id, m_scanIds.at(1));
}

void TestReport::buildMatchesLoadedScan()
{
    auto db = store::ScanDatabase::open(m_dbPath, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    ReportOptions options;
    options.generatedAt = ScanTime;
    auto built = ReportBuilder::build(**db, m_scanIds.last(), options);
    QVERIFY(built);
    QCOMPARE(built->scan.hostUrl, m_snapshot.engine.url);
    QCOMPARE(built->containers.size(), m_snapshot.containers.size());
    int findings = int(m_snapshot.daemonFindings.size());
    for (const ContainerInfo &c : std::as_const(m_snapshot.containers))
        findings += int(c.findings.size());
    for (const ImageInfo &i : std::as_const(m_snapshot.images))
        findings += int(i.findings.size());
    QCOMPARE(built->findingCount, findings);
    QCOMPARE(built->allFindings().size(), findings);
    // Worst container first, and every finding filed under its own container.
    QVERIFY(built->containers.first().container.score >= built->containers.last().container.score);
    for (const ReportContainer &c : std::as_const(built->containers)) {
        for (const store::StoredFinding &f : c.findings)
            QCOMPARE(f.targetName, c.container.name);
    }
    QCOMPARE(built->rules.size(), RuleCatalogue::builtin().rules().size());
}

void TestReport::pdfShowsEveryContainerAndFinding()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    const QByteArray pdf = PdfReport::render(m_data, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = normalised(pdfText(pdf));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(m_data.scan.hostUrl));
    QVERIFY(text.contains(QStringLiteral("Dana Auditor")));
    QVERIFY(text.contains(m_data.scan.engineVersion));
    QVERIFY(text.contains(QStringLiteral("Bulwark version %1").arg(QStringLiteral(BULWARK_VERSION))));
    for (const ReportContainer &c : std::as_const(m_data.containers))
        QVERIFY2(text.contains(c.container.name), qPrintable(c.container.name));
    const QList<store::StoredFinding> findings = m_data.allFindings();
    for (const store::StoredFinding &f : findings)
        QVERIFY2(text.contains(normalised(f.title)), qPrintable(f.title));
    QVERIFY(text.contains(QStringLiteral("Legacy shop front, replaced in Q3")));
    QVERIFY(text.contains(QStringLiteral("platform-team")));
    for (const RuleDefinition &r : m_data.rules)
        QVERIFY2(text.contains(r.id), qPrintable(r.id));

    // Page count: cover, contents, summary, daemon, containers, images, waivers,
    // review and appendix — at least one page each, and not one per line.
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
    QVERIFY(m.hasMatch());
    const int pages = m.captured(1).toInt();
    QVERIFY2(pages >= 9 && pages <= 40, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("info.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        QProcess p;
        p.start(pdfinfo, {path});
        QVERIFY(p.waitForFinished(30000));
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("A4")));
    }
}

void TestReport::pdfContentsPageNumbers()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QByteArray pdf = PdfReport::render(m_data);
    const QString contents = normalised(pdfText(pdf, 2, 2));
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    // Every section's number in the contents is the page its heading is on.
    for (const QString &section : {QStringLiteral("Executive summary"), QStringLiteral("Images"), QStringLiteral("Waivers"),
                                   QStringLiteral("Review decisions"), QStringLiteral("Appendix: rules")}) {
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(section) + QStringLiteral(" (\\d+)")).match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(section + QStringLiteral(" in: ") + contents.left(400)));
        const int page = m.captured(1).toInt();
        QVERIFY(page > 2);
        const QString onPage = normalised(pdfText(pdf, page, page));
        QVERIFY2(onPage.startsWith(section), qPrintable(section + QStringLiteral(" on page ") + QString::number(page)
                                                        + QStringLiteral(": ") + onPage.left(80)));
    }
}

void TestReport::pdfPaintsEveryWordInsideItsPage()
{
    // A host big enough for a long PDF: a layout gone stale skips whole
    // paragraphs when a page is painted. Count what is visible, inside each
    // page's body: one "Evidence:" per finding, and no two words overlapping.
    // (A paragraph split across two pages is also painted, clipped away, above
    // the second page's body; that copy is invisible and not counted.)
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString dbPath = m_dir.filePath(QStringLiteral("big.db"));
    auto db = store::ScanDatabase::open(dbPath);
    QVERIFY(db);
    test::SyntheticHost o;
    o.containers = 60;
    o.images = 8;
    auto id = store::ScanStore(**db).save(test::syntheticHost(o));
    QVERIFY(id);
    auto data = ReportBuilder::build(**db, *id, {});
    QVERIFY(data);
    const QByteArray pdf = PdfReport::render(*data);
    const QString path = m_dir.filePath(QStringLiteral("big.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    const QString xml = QString::fromUtf8(p.readAllStandardOutput());
    // A4 in points; margins 15 mm above, 12 mm + a 9 mm footer below (PdfReport).
    const double top = 15 / 25.4 * 72 - 0.5;
    const double bottom = 842 - 21 / 25.4 * 72 + 0.5;
    const QRegularExpression page(QStringLiteral("<page [^>]*>(.*?)</page>"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    int pages = 0;
    int evidence = 0;
    for (auto pit = page.globalMatch(xml); pit.hasNext(); ++pages) {
        const QString body = pit.next().captured(1);
        QList<QRectF> boxes;
        for (auto wit = word.globalMatch(body); wit.hasNext();) {
            const QRegularExpressionMatch w = wit.next();
            const QRectF box(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                             QPointF(w.captured(3).toDouble(), w.captured(4).toDouble()));
            if (box.top() < top || box.bottom() > bottom)
                continue;
            evidence += w.captured(5) == QLatin1String("Evidence:") ? 1 : 0;
            // Shrunk: neighbouring words of one line may touch.
            const QRectF inner = box.adjusted(0.5, 1.5, -0.5, -1.5);
            // QVERIFY2 would build its message for every pair, whether or not it fails.
            for (const QRectF &other : std::as_const(boxes)) {
                if (inner.intersects(other))
                    QFAIL(qPrintable(QStringLiteral("page %1: \"%2\" overlaps").arg(pages + 1).arg(w.captured(5))));
            }
            boxes << inner;
        }
    }
    QVERIFY2(pages > 30, qPrintable(QString::number(pages)));
    QCOMPARE(evidence, data->findingCount);
}

void TestReport::htmlIsSelfContained()
{
    const QString html = ReportHtml::render(m_data, ReportHtml::Flavour::Browser);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("<svg ")));
    QVERIFY(html.contains(QStringLiteral("<path d=\"M")));
    for (const char *external : {"<script", "<link", "src=\"http", "url(http", "<img"})
        QVERIFY2(!html.contains(QLatin1String(external)), external);
    for (const ReportContainer &c : std::as_const(m_data.containers))
        QVERIFY(html.contains(c.container.name.toHtmlEscaped()));
    const QList<store::StoredFinding> findings = m_data.allFindings();
    for (const store::StoredFinding &f : findings)
        QVERIFY2(html.contains(f.title.toHtmlEscaped()), qPrintable(f.title));
    // Every contents entry links to a heading that exists.
    const QRegularExpression link(QStringLiteral("href=\"#(s\\d+)\""));
    int links = 0;
    for (auto it = link.globalMatch(html); it.hasNext(); ++links)
        QVERIFY(html.contains(QStringLiteral("id=\"%1\"").arg(it.next().captured(1))));
    qsizetype imagesWithFindings = 0;
    for (const ReportImage &i : std::as_const(m_data.images))
        imagesWithFindings += i.findings.isEmpty() ? 0 : 1;
    QVERIFY(imagesWithFindings > 0);
    QCOMPARE(links, 7 + m_data.containers.size() + imagesWithFindings); // sections, containers, images with findings
}

void TestReport::jsonMatchesSchema()
{
    QFile file(QStringLiteral(BULWARK_SOURCE_DIR "/resources/schema/report-1.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const test::JsonSchemaCheck schema(json::parse(file.readAll().toStdString()));
    const json doc = json::parse(ReportWriter::render(m_data, ReportFormat::Json).toStdString());
    const QStringList errors = schema.validate(doc);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY(doc["schema"] == "bulwark.report/1");
    QCOMPARE(int(doc["containers"].size()), int(m_data.containers.size()));
    QCOMPARE(int(doc["waivers"].size()), 2);
    QVERIFY(doc["summary"]["waived"] == 1);
    QCOMPARE(int(doc["review"]["decisions"].size()), 1);
    size_t findings = doc["daemon_findings"].size();
    for (const auto &c : doc["containers"])
        findings += c["findings"].size();
    for (const auto &i : doc["images"])
        findings += i["findings"].size();
    QCOMPARE(int(findings), m_data.findingCount);
    QVERIFY(doc["summary"]["findings"] == m_data.findingCount);
    // A container's inherited image finding (patch age) is that container's risk.
    QSet<std::string> containerNames;
    for (const auto &c : doc["containers"])
        containerNames.insert(c["name"].get<std::string>());
    int inherited = 0;
    for (const auto &r : doc["top_risks"]) {
        if (containerNames.contains(r["target_name"].get<std::string>())) {
            QVERIFY(r["target_kind"] == "container");
            inherited += r["scope"] == "image" ? 1 : 0;
        }
    }
    QVERIFY(inherited > 0);
}

void TestReport::schemaCheckCatchesErrors()
{
    QFile file(QStringLiteral(BULWARK_SOURCE_DIR "/resources/schema/report-1.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const test::JsonSchemaCheck schema(json::parse(file.readAll().toStdString()));
    const json good = ReportJson::toJson(m_data);
    json bad = good;
    bad.erase("scan");
    QVERIFY(!schema.validate(bad).isEmpty());
    bad = good;
    bad["containers"][0]["findings"][0]["severity"] = "severe";
    QVERIFY(!schema.validate(bad).isEmpty());
    bad = good;
    bad["scan"]["host_score"] = 101;
    QVERIFY(!schema.validate(bad).isEmpty());
    bad = good;
    bad["containers"][0]["surprise"] = true;
    QVERIFY(!schema.validate(bad).isEmpty());
    bad = good;
    bad["generated_at"] = "yesterday";
    QVERIFY(!schema.validate(bad).isEmpty());
}

void TestReport::csvHasOneRowPerFinding()
{
    const QString csv = QString::fromUtf8(ReportWriter::render(m_data, ReportFormat::Csv));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), m_data.findingCount + 1);
    const QStringList header = rows.first();
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const qsizetype rule = header.indexOf(QStringLiteral("rule_id"));
    const qsizetype state = header.indexOf(QStringLiteral("waiver_state"));
    const qsizetype evidence = header.indexOf(QStringLiteral("evidence"));
    QVERIFY(rule >= 0 && state >= 0 && evidence >= 0);
    int waived = 0;
    for (const QStringList &row : rows)
        waived += row.at(state) == QLatin1String("waived") ? 1 : 0;
    QCOMPARE(waived, 1);
    // Evidence comes back exactly as stored, commas and quotes included.
    const QList<store::StoredFinding> findings = m_data.allFindings();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QCOMPARE(rows.at(i + 1).at(rule), findings.at(i).ruleId);
        QString expected = findings.at(i).evidence;
        if (expected.startsWith(QLatin1Char('=')) || expected.startsWith(QLatin1Char('+')) || expected.startsWith(QLatin1Char('-'))
            || expected.startsWith(QLatin1Char('@')))
            expected.prepend(QLatin1Char('\''));
        QCOMPARE(rows.at(i + 1).at(evidence), expected);
    }
}

void TestReport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("web") << QStringLiteral("web");
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::addRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("empty") << QString() << QString();
}

void TestReport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ReportCsv::field(value), expected);
}

void TestReport::sarifCountsResultsAndSuppressions()
{
    const json sarif = json::parse(ReportWriter::render(m_data, ReportFormat::Sarif).toStdString());
    QVERIFY(sarif["version"] == "2.1.0");
    const json &run = sarif["runs"][0];
    QCOMPARE(int(run["results"].size()), m_data.findingCount);
    QCOMPARE(int(run["tool"]["driver"]["rules"].size()), int(m_data.rules.size()));
    int suppressed = 0;
    for (const auto &r : run["results"]) {
        QVERIFY(r.contains("ruleId") && r.contains("message") && r.contains("locations"));
        const int index = r["ruleIndex"];
        QVERIFY(run["tool"]["driver"]["rules"][size_t(index)]["id"] == r["ruleId"]);
        if (r.contains("suppressions")) {
            ++suppressed;
            QVERIFY(r["ruleId"].get<std::string>() == m_waivedRule.toStdString());
            QVERIFY(r["suppressions"][0]["status"] == "accepted");
            QVERIFY(r["suppressions"][0]["justification"] == "Legacy shop front, replaced in Q3");
        }
        if (r["properties"]["waiver_state"] == "expired")
            QVERIFY(!r.contains("suppressions"));
    }
    QCOMPARE(suppressed, 1);
}

void TestReport::junitCountsCases()
{
    const QByteArray xml = ReportWriter::render(m_data, ReportFormat::Junit);
    int perScope[3] = {0, 0, 0};
    for (const RuleDefinition &r : m_data.rules)
        ++perScope[int(r.scope)];
    const int expected = int(m_data.containers.size()) * perScope[int(RuleScope::Container)]
        + int(m_data.images.size()) * perScope[int(RuleScope::Image)] + perScope[int(RuleScope::Daemon)];
    QCOMPARE(junitCount(xml, QStringLiteral("testcase")), expected);
    QCOMPARE(junitCount(xml, QStringLiteral("testsuite")), int(m_data.containers.size() + m_data.images.size()) + 1);

    // Failures: distinct (target, rule) pairs with a finding that counts; skipped: pairs only waived.
    QSet<QString> open;
    QSet<QString> waived;
    // A container's test cases are the container rules: an image finding it inherits
    // (patch age, end of life) is the image's test case.
    for (const store::StoredFinding &f : m_data.allFindings()) {
        bool ownScope = f.scope == RuleScope::Daemon;
        for (const ReportContainer &c : std::as_const(m_data.containers))
            ownScope = ownScope || (f.scope == RuleScope::Container && f.targetKey == c.container.identity);
        for (const ReportImage &i : std::as_const(m_data.images))
            ownScope = ownScope || (f.scope == RuleScope::Image && f.targetKey == i.image.key);
        if (!ownScope)
            continue;
        const QString key = f.targetKey + QLatin1Char('/') + f.ruleId;
        (f.waiver.state == WaiverState::Waived ? waived : open).insert(key);
    }
    waived.subtract(open);
    QCOMPARE(junitCount(xml, QStringLiteral("failure")), int(open.size()));
    QCOMPARE(junitCount(xml, QStringLiteral("skipped")), int(waived.size()));
    QCOMPARE(waived.size(), 1);

    QXmlStreamReader reader(xml);
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name(), QStringLiteral("testsuites"));
    QCOMPARE(reader.attributes().value(QStringLiteral("tests")).toInt(), expected);
    QCOMPARE(reader.attributes().value(QStringLiteral("failures")).toInt(), int(open.size()));
}

void TestReport::noSecretInAnyOutput_data()
{
    QTest::addColumn<ReportFormat>("format");
    for (const QString &name : ReportWriter::formatNames())
        QTest::addRow("%s", qPrintable(name)) << *ReportWriter::formatFromName(name);
}

void TestReport::noSecretInAnyOutput()
{
    QFETCH(ReportFormat, format);
    QString error;
    const QByteArray bytes = ReportWriter::render(m_data, format, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QString text = QString::fromUtf8(bytes);
    if (format == ReportFormat::Pdf) {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        text = pdfText(bytes);
    }
    // The finding is there (the report is not silently missing it) …
    QVERIFY(text.contains(QStringLiteral("BW-C032")));
    QVERIFY(text.contains(QStringLiteral("billing-worker")));
    // … but only redacted.
    for (const char *secret : SecretValues)
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
}

void TestReport::permissionsNotRecorded()
{
    ReportData data = m_data;
    QVERIFY(data.containers.size() >= 2);
    data.containers[0].container.permissions = Permissions{};
    data.containers[0].permissionsKnown = false;
    const QString html = ReportHtml::render(data, ReportHtml::Flavour::Browser);
    QCOMPARE(html.count(QStringLiteral("Not recorded for this scan")), 1);
    QCOMPARE(html.count(QStringLiteral("Capabilities added")), int(data.containers.size()) - 1);
    QVERIFY(html.contains(QStringLiteral("SYS_ADMIN")));
    const json doc = ReportJson::toJson(data);
    QVERIFY(doc["containers"][0]["permissions"].is_null());
    QVERIFY(doc["containers"][1]["permissions"].is_object());
}

void TestReport::needsGuiApplication_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("expected");
    QTest::addRow("pdf") << QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")} << true;
    QTest::addRow("pdf=") << QStringList{QStringLiteral("report"), QStringLiteral("--format=PDF")} << true;
    QTest::addRow("suffix") << QStringList{QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("a.pdf")} << true;
    QTest::addRow("json") << QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--output"), QStringLiteral("a.pdf")}
                          << false;
    QTest::addRow("html") << QStringList{QStringLiteral("report"), QStringLiteral("--output"), QStringLiteral("r.html")} << false;
    QTest::addRow("scan") << QStringList{QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("pdf")} << false;
    QTest::addRow("bare") << QStringList{QStringLiteral("report")} << false;
}

void TestReport::needsGuiApplication()
{
    QFETCH(QStringList, args);
    QFETCH(bool, expected);
    QList<QByteArray> storage{QByteArrayLiteral("bulwark-cli")};
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    QList<const char *> argv;
    for (const QByteArray &a : storage)
        argv << a.constData();
    QCOMPARE(cli::ReportCommand::needsGuiApplication(int(argv.size()), argv.constData()), expected);
}

void TestReport::cliWritesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("pdf") << QStringLiteral("pdf") << QByteArrayLiteral("%PDF-");
    QTest::addRow("html") << QStringLiteral("html") << QByteArrayLiteral("<!DOCTYPE html>");
    QTest::addRow("json") << QStringLiteral("json") << QByteArrayLiteral("{\n  \"schema\": \"bulwark.report/1\"");
    QTest::addRow("csv") << QStringLiteral("csv") << QByteArrayLiteral("scan_id,host,");
    QTest::addRow("sarif") << QStringLiteral("sarif") << QByteArrayLiteral("{\n  \"$schema\"");
    QTest::addRow("junit") << QStringLiteral("junit") << QByteArrayLiteral("<?xml");
}

void TestReport::cliWritesEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString output = m_dir.filePath(QStringLiteral("cli-report.") + format);
    QString err;
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--format"), format,
                     QStringLiteral("--output"), output, QStringLiteral("--reviewer"), QStringLiteral("Kim CLI")},
                    &err),
             0);
    QVERIFY(err.contains(QStringLiteral("scan %1").arg(m_scanIds.last())));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(60).constData());
    if (format == QLatin1String("json")) {
        const json doc = json::parse(bytes.toStdString());
        QVERIFY(doc["reviewer"] == "Kim CLI");
        QVERIFY(doc["scan"]["id"] == m_scanIds.last());
        QVERIFY(doc["review"]["reviewer"] == "Robin Reviewer");
        QCOMPARE(int(doc["review"]["decisions"].size()), 1);
        QVERIFY(doc["review"]["decisions"][0]["decision"] == "accept-risk");
        QVERIFY(doc["review"]["decisions"][0]["justification"] == "Internal API, no ingress");
        // Without --reviewer, the cover names the review's reviewer.
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), m_dbPath, QStringLiteral("-o"), output}), 0);
        QFile again(output);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(json::parse(again.readAll().toStdString())["reviewer"] == "Robin Reviewer");
    }
    // An explicit older scan.
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--format"), format,
                     QStringLiteral("--output"), output, QStringLiteral("--scan"), QString::number(m_scanIds.first()),
                     QStringLiteral("--host"), m_snapshot.engine.url}),
             0);
}

void TestReport::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/unused-report.json");
    QTest::addRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 2 << QStringLiteral("--output");
    QTest::addRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), out} << 2
                                    << QStringLiteral("docx");
    QTest::addRow("suffix unknown") << QStringList{QStringLiteral("-o"), QStringLiteral("/tmp/report.txt")} << 2 << QStringLiteral("--format");
    QTest::addRow("scan and latest") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--scan"), QStringLiteral("1"),
                                                    QStringLiteral("--latest")}
                                     << 2 << QStringLiteral("exclude");
    QTest::addRow("bad scan id") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--scan"), QStringLiteral("x")} << 2
                                 << QStringLiteral("--scan");
    QTest::addRow("unknown scan") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--scan"), QStringLiteral("999")} << 1
                                  << QStringLiteral("999");
    QTest::addRow("unknown host") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--host"), QStringLiteral("tcp://nowhere:2375")}
                                  << 1 << QStringLiteral("nowhere");
    QTest::addRow("no database") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db")}
                                 << 1 << QStringLiteral("/nonexistent/x.db");
    QTest::addRow("several hosts") << QStringList{QStringLiteral("-o"), out, QStringLiteral("--db"), QStringLiteral("@two")} << 1
                                   << QStringLiteral("--host");
    QTest::addRow("unwritable") << QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/r.json")} << 1
                                << QStringLiteral("/nonexistent/dir/r.json");
}

void TestReport::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (args.contains(QStringLiteral("@two")))
        args.replace(args.indexOf(QStringLiteral("@two")), m_twoHostsDb);
    if (!args.contains(QStringLiteral("--db")))
        args << QStringLiteral("--db") << m_dbPath;
    QString err;
    QCOMPARE(runCli(QStringList{QStringLiteral("report")} + args, &err), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/unused-report.json")));
}

void TestReport::cliHeadlessPdf()
{
    // The installed program, as CI or cron runs it: no display, no platform chosen, no
    // session runtime directory.
    const QString output = m_dir.filePath(QStringLiteral("headless.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(var));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BULWARK_CLI_PATH), {QStringLiteral("report"), QStringLiteral("--db"), m_dbPath,
                                               QStringLiteral("--output"), output});
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
    // Only what bulwark-cli itself says: no platform noise in a script's output.
    QVERIFY2(err.startsWith("Wrote the pdf report") && err.count('\n') == 1, err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
