// Audit report benchmark (docs/benchmarks.md, "Audit reports").
//
// Seeds a database with a year of daily scans (365) of a 200-container host —
// about ten findings per container from the real rule catalogue, real
// risk-model scores, computed permissions, a few containers changing every
// day — then times, for the latest scan:
//   * gathering the report (ScanStore::load + the year's score trend);
//   * rendering the PDF (target: load + render < 3 s) and its size and pages;
//   * HTML, JSON, CSV, SARIF and JUnit for comparison.
//
//   bench_report [--runs N] [--pdf FILE]
// BULWARK_BENCH_REPORT_DB=FILE keeps the seeded database and reuses it.

#include "StoreFixtures.h"

#include "PdfReport.h"
#include "ReportBuilder.h"
#include "ReportWriter.h"
#include "rules/Permissions.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bulwark;

namespace {

constexpr int SeedScans = 365;
constexpr int SeedContainers = 200;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(what));
    std::exit(1);
}

HostSnapshot dailyScan(int day)
{
    test::SyntheticHost o;
    o.containers = SeedContainers;
    o.scanIndex = day;
    o.at = o.at.addDays(day);
    HostSnapshot snap = test::syntheticHost(o);
    // Synthetic containers carry no permissions; compute them as a scan does, so
    // every container section of the report is full length.
    for (ContainerInfo &c : snap.containers) {
        const ImageInfo *image = nullptr;
        for (const ImageInfo &i : std::as_const(snap.images)) {
            if (i.id == c.imageId)
                image = &i;
        }
        c.permissions = PermissionCalculator::compute(c, image, {});
    }
    return snap;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (median reported)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("Also keep the PDF here."), QStringLiteral("FILE"));
    parser.addOptions({runsOption, pdfOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString path = qEnvironmentVariable("BULWARK_BENCH_REPORT_DB");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench-report.db"));
    auto db = store::ScanDatabase::open(path);
    if (!db)
        fail(db.error().toString());
    store::ScanStore scans(**db);
    auto existing = scans.scans(0, 1);
    if (!existing)
        fail(existing.error().toString());
    if (existing->isEmpty()) {
        std::fprintf(stderr, "bench_report: seeding %d daily scans of %d containers into %s ...\n", SeedScans, SeedContainers,
                     qPrintable(path));
        QElapsedTimer seed;
        seed.start();
        for (int day = 0; day < SeedScans; ++day) {
            auto id = scans.save(dailyScan(day));
            if (!id)
                fail(id.error().toString());
        }
        std::fprintf(stderr, "bench_report: seeded in %.1f s\n", seed.elapsed() / 1000.0);
    }
    auto latest = scans.scans(0, 1);
    if (!latest || latest->isEmpty())
        fail(QStringLiteral("no scan stored"));
    const qint64 scanId = latest->first().id;

    QList<double> buildMs;
    QList<double> pdfMs;
    QByteArray pdf;
    report::ReportData data;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto built = report::ReportBuilder::build(**db, scanId, {});
        if (!built)
            fail(built.error().toString());
        buildMs << t.nsecsElapsed() / 1e6;
        data = std::move(built).value();
        t.restart();
        QString error;
        pdf = report::PdfReport::render(data, &error);
        if (pdf.isEmpty())
            fail(error);
        pdfMs << t.nsecsElapsed() / 1e6;
    }
    const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));

    std::printf("host: %d containers, %d images, %d findings; trend: %lld points since %s\n", int(data.containers.size()),
                int(data.images.size()), data.findingCount, static_cast<long long>(data.trend.size()),
                qPrintable(data.trend.isEmpty() ? QString() : data.trend.first().at.toString(Qt::ISODate)));
    std::printf("gather (load scan + trend): median %.1f ms over %d runs\n", median(buildMs), runs);
    std::printf("PDF render:                 median %.1f ms over %d runs\n", median(pdfMs), runs);
    std::printf("PDF total:                  median %.1f ms (target < 3000 ms)\n", median(buildMs) + median(pdfMs));
    std::printf("PDF size:                   %lld bytes (%.2f MB), %d pages\n", static_cast<long long>(pdf.size()),
                pdf.size() / 1048576.0, pages);
    for (report::ReportFormat format : {report::ReportFormat::Html, report::ReportFormat::Json, report::ReportFormat::Csv,
                                        report::ReportFormat::Sarif, report::ReportFormat::Junit}) {
        QList<double> ms;
        QByteArray bytes;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            bytes = report::ReportWriter::render(data, format);
            ms << t.nsecsElapsed() / 1e6;
        }
        std::printf("%-6s render: median %7.1f ms, %9lld bytes\n", qPrintable(report::ReportWriter::formatName(format)),
                    median(ms), static_cast<long long>(bytes.size()));
    }
    if (parser.isSet(pdfOption)) {
        QFile out(parser.value(pdfOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
            fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}
