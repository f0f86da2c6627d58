// Audit reports of a real scan (fixture docker_daemon), end to end through the
// bulwark-cli program as CI runs it: `scan` stores the scan, `report` writes
// every format headless. The PDF's text (pdftotext) names the host, every
// container and every finding; the JSON validates against its schema; SARIF and
// JUnit count the scan's findings; a credential in a container's environment
// appears in no report.

#include "JsonSchemaCheck.h"
#include "CliProcess.h"
#include "TestDaemon.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using bulwark::test::docker;
using json = nlohmann::json;

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

namespace {

const QString Prefix = u"it-report-"_s;
const QString Image = u"local/busybox:1"_s;
const QStringList Secrets{u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s, u"s3cr3tpass"_s};


// The program as CI starts it: no display, no Qt platform chosen, no BULWARK_DB.
bulwark::test::ProcessRun runCli(const QStringList &args)
{
    return bulwark::test::runProcess(QStringLiteral(BULWARK_CLI_PATH), args,
                                     {u"BULWARK_DB"_s, u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pdfNamesHostContainersAndFindings();
    void jsonValidatesAndMatchesTheScan();
    void sarifAndJunitCountTheFindings();
    void noSecretInAnyFormat();

private:
    QString report(const QString &format);

    QTemporaryDir m_dir;
    QString m_db;
    json m_scan; // what `bulwark-cli scan --format json` printed for the stored scan
    QStringList m_titles;
    int m_findings = 0;
};

void TestReportIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"history.db"_s);
    bulwark::test::removeContainersNamed(Prefix);
    for (const QString &args : {u"create --name %1admin --privileged --network none %2"_s,
                                u"create --name %1billing --network none -e AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY "
                                u"-e DATABASE_URL=postgres://app:s3cr3tpass@db:5432/app %2"_s,
                                u"run -d --name %1web --network none --cap-add NET_ADMIN %2 sleep 600"_s}) {
        int code = -1;
        QString err;
        docker(args.arg(Prefix, Image).split(u' ', Qt::SkipEmptyParts), &code, &err);
        QVERIFY2(code == 0, qPrintable(args + u": "_s + err));
    }
    const bulwark::test::ProcessRun scan = runCli({u"scan"_s, u"--host"_s, bulwark::test::testDockerHost(), u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QVERIFY2(scan.code == 0 || scan.code == 3, scan.err.constData());
    m_scan = json::parse(scan.out.toStdString());
    auto collect = [this](const json &findings) {
        for (const auto &f : findings) {
            m_titles << QString::fromStdString(f["title"].get<std::string>());
            ++m_findings;
        }
    };
    collect(m_scan["daemon"]["findings"]);
    for (const auto &c : m_scan["containers"])
        collect(c["findings"]);
    for (const auto &i : m_scan["images"])
        collect(i["findings"]);
    m_titles.removeDuplicates();
    QVERIFY(m_findings > 5);
}

void TestReportIntegration::cleanupTestCase()
{
    if (bulwark::test::daemonUnavailableReason().isEmpty())
        bulwark::test::removeContainersNamed(Prefix);
}

QString TestReportIntegration::report(const QString &format)
{
    const QString path = m_dir.filePath(u"report."_s + format);
    const bulwark::test::ProcessRun r = runCli({u"report"_s, u"--db"_s, m_db, u"--format"_s, format, u"--output"_s, path});
    if (r.code != 0) {
        qWarning("bulwark-cli report --format %s: %s", qPrintable(format), r.err.constData());
        return {};
    }
    return path;
}

void TestReportIntegration::pdfNamesHostContainersAndFindings()
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = report(u"pdf"_s);
    QVERIFY(!pdf.isEmpty());
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(QString::fromStdString(m_scan["host"]["url"].get<std::string>())));
    for (const auto &c : m_scan["containers"]) {
        const QString name = QString::fromStdString(c["name"].get<std::string>());
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    for (const QString &title : std::as_const(m_titles))
        QVERIFY2(text.contains(title.simplified()), qPrintable(title));
    const QRegularExpressionMatch pages = QRegularExpression(u"Page 1 of (\\d+)"_s).match(text);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 9 && pages.captured(1).toInt() <= 60, qPrintable(pages.captured(1)));
}

void TestReportIntegration::jsonValidatesAndMatchesTheScan()
{
    const QString path = report(u"json"_s);
    QVERIFY(!path.isEmpty());
    const json doc = json::parse(readAll(path).toStdString());
    QFile schemaFile(QStringLiteral(BULWARK_SOURCE_DIR "/resources/schema/report-1.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const QStringList errors = bulwark::test::JsonSchemaCheck(json::parse(schemaFile.readAll().toStdString())).validate(doc);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(u'\n')));
    QCOMPARE(int(doc["containers"].size()), int(m_scan["containers"].size()));
    QCOMPARE(doc["summary"]["findings"].get<int>(), m_findings);
    QCOMPARE(doc["scan"]["host_score"].get<int>(), m_scan["summary"]["host_score"].get<int>());
    QCOMPARE(int(doc["trend"].size()), 1);
}

void TestReportIntegration::sarifAndJunitCountTheFindings()
{
    const QString sarifPath = report(u"sarif"_s);
    QVERIFY(!sarifPath.isEmpty());
    const json sarif = json::parse(readAll(sarifPath).toStdString());
    QCOMPARE(int(sarif["runs"][0]["results"].size()), m_findings);

    const QString junitPath = report(u"junit"_s);
    QVERIFY(!junitPath.isEmpty());
    QXmlStreamReader xml(readAll(junitPath));
    int cases = 0;
    int failures = 0;
    int suites = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        cases += xml.name() == u"testcase"_s ? 1 : 0;
        failures += xml.name() == u"failure"_s ? 1 : 0;
        suites += xml.name() == u"testsuite"_s ? 1 : 0;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, int(m_scan["containers"].size() + m_scan["images"].size()) + 1);
    QVERIFY(cases > suites);
    QVERIFY(failures > 0 && failures <= m_findings);
}

void TestReportIntegration::noSecretInAnyFormat()
{
    for (const QString &format : {u"pdf"_s, u"html"_s, u"json"_s, u"csv"_s, u"sarif"_s, u"junit"_s}) {
        const QString path = report(format);
        QVERIFY2(!path.isEmpty(), qPrintable(format));
        QString text = QString::fromUtf8(readAll(path));
        if (format == u"pdf"_s) {
            const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
            if (tool.isEmpty())
                continue;
            QProcess p;
            p.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
            QVERIFY(p.waitForFinished(60000));
            text = QString::fromUtf8(p.readAllStandardOutput());
        }
        QVERIFY2(text.contains(u"BW-C032"_s), qPrintable(format)); // the secrets finding is reported …
        for (const QString &secret : Secrets)
            QVERIFY2(!text.contains(secret), qPrintable(format + u": "_s + secret)); // … redacted
    }
}

QTEST_GUILESS_MAIN(TestReportIntegration)
#include "tst_report_integration.moc"
