// Scan history store benchmark (docs/benchmarks.md, "Scan history store").
//
// Seeds a database with a year of hourly scans (365 × 24) of a 200-container
// host — about ten findings per container, a few containers changing at every
// scan — then measures:
//   * writing one 1,000-container scan: all content new (the first scan of a
//     big host) and mostly unchanged (its next hourly scan); target < 100 ms;
//   * loading a year of host-score and severity series, bucketed to 500 points
//     and unbucketed (all 8,760 points); target < 50 ms;
//   * the database size per scan.
//
// BULWARK_BENCH_STORE_DB=FILE keeps the seeded database (and reuses it when it
// already holds the year), so repeated runs skip the seeding.

#include "StoreFixtures.h"
#include "store/HistorySeries.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace bulwark;
using namespace bulwark::store;

namespace {

constexpr int SeedScans = 365 * 24;
constexpr int SeedContainers = 200;

struct Seeded {
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    std::unique_ptr<ScanDatabase> db;
    qint64 hostId = 0;
    qint64 bytesAfterSeed = 0;
    double seedSeconds = 0;
};

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

Seeded &seeded()
{
    static Seeded s = [] {
        Seeded out;
        out.path = qEnvironmentVariable("BULWARK_BENCH_STORE_DB");
        if (out.path.isEmpty()) {
            out.dir = std::make_unique<QTemporaryDir>();
            out.path = out.dir->filePath(QStringLiteral("bench.db"));
        }
        auto db = ScanDatabase::open(out.path);
        if (!db) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(db.error().toString()));
            std::exit(1);
        }
        out.db = std::move(db).value();
        // The hosts' scan counts, not every summary: a seeded file holds a year of scans.
        int existing = 0;
        if (auto hosts = ScanStore(*out.db).hosts(); hosts) {
            for (const HostRecord &h : std::as_const(*hosts))
                existing += h.scanCount;
        }
        QElapsedTimer timer;
        timer.start();
        if (existing < SeedScans) {
            std::fprintf(stderr, "bench_store: seeding %d scans of %d containers into %s ...\n", SeedScans,
                         SeedContainers, qPrintable(out.path));
            ScanStore store(*out.db);
            for (int i = 0; i < SeedScans; ++i) {
                test::SyntheticHost o;
                o.containers = SeedContainers;
                o.scanIndex = i;
                o.at = o.at.addSecs(qint64(3600) * i);
                auto id = store.save(test::syntheticHost(o));
                if (!id) {
                    std::fprintf(stderr, "bench_store: %s\n", qPrintable(id.error().toString()));
                    std::exit(1);
                }
            }
            out.db->execute("PRAGMA wal_checkpoint(TRUNCATE)");
            // Measure as a new bulwark-cli or dashboard process would find the file.
            out.db.reset();
            auto reopened = ScanDatabase::open(out.path);
            if (!reopened) {
                std::fprintf(stderr, "bench_store: %s\n", qPrintable(reopened.error().toString()));
                std::exit(1);
            }
            out.db = std::move(reopened).value();
        }
        out.seedSeconds = timer.elapsed() / 1000.0;
        out.hostId = ScanStore(*out.db).hosts()->first().id;
        out.bytesAfterSeed = databaseBytes(out.path);
        std::fprintf(stderr, "bench_store: seeded in %.1f s; %lld bytes, %.0f bytes per scan\n", out.seedSeconds,
                     static_cast<long long>(out.bytesAfterSeed), double(out.bytesAfterSeed) / SeedScans);
        return out;
    }();
    return s;
}

HostSnapshot bigHost(const QString &prefix, int index)
{
    test::SyntheticHost o;
    o.containers = 1000;
    o.images = 60;
    o.engineId = QStringLiteral("BIG-HOST-") + prefix;
    o.namePrefix = prefix;
    o.scanIndex = index;
    o.at = o.at.addSecs(qint64(3600) * (SeedScans + index));
    return test::syntheticHost(o);
}

// Each iteration writes a 1,000-container scan. "Cold": content never seen
// before (the first scan of a new host). "Warm": the next hourly scan of a
// host already stored, with a few containers changed.
void writeScan(benchmark::State &state, bool cold)
{
    Seeded &s = seeded();
    ScanStore store(*s.db);
    static int coldHosts = 0;
    static int warmIndex = -1;
    // Names unique to this run: a reused database must not already hold the "new" content.
    static const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    for (auto _ : state) {
        state.PauseTiming();
        if (!cold && warmIndex < 0) {
            benchmark::DoNotOptimize(store.save(bigHost(QStringLiteral("warm-") + run, 0)));
            warmIndex = 0;
        }
        const HostSnapshot snap = cold ? bigHost(QStringLiteral("cold%1-%2").arg(run).arg(coldHosts++), 0)
                                       : bigHost(QStringLiteral("warm-") + run, ++warmIndex);
        state.ResumeTiming();
        auto id = store.save(snap);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().toString()));
            break;
        }
    }
}

void BM_WriteScan1000Cold(benchmark::State &state) { writeScan(state, true); }
void BM_WriteScan1000Warm(benchmark::State &state) { writeScan(state, false); }

void BM_LoadYearSeries(benchmark::State &state)
{
    Seeded &s = seeded();
    const int maxPoints = int(state.range(0));
    qsizetype points = 0;
    for (auto _ : state) {
        // A fresh reader each time, as the dashboard opens the History panel.
        HistorySeries series(*s.db);
        auto score = series.hostScore(s.hostId, {}, {}, maxPoints);
        auto severity = series.severityCounts(s.hostId, {}, {}, maxPoints);
        if (!score || !severity) {
            state.SkipWithError("series query failed");
            break;
        }
        points = score->size();
        benchmark::DoNotOptimize(severity->size());
    }
    state.counters["points"] = double(points);
}

void BM_LoadScan(benchmark::State &state)
{
    Seeded &s = seeded();
    ScanStore store(*s.db);
    const qint64 newest = store.scans(s.hostId, 1)->first().id;
    for (auto _ : state)
        benchmark::DoNotOptimize(store.load(newest));
}

void BM_DatabaseSize(benchmark::State &state)
{
    Seeded &s = seeded();
    for (auto _ : state)
        benchmark::DoNotOptimize(databaseBytes(s.path));
    state.counters["bytes"] = double(s.bytesAfterSeed);
    state.counters["bytes_per_scan"] = double(s.bytesAfterSeed) / SeedScans;
    state.counters["seed_seconds"] = s.seedSeconds;
}

} // namespace

BENCHMARK(BM_DatabaseSize)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadYearSeries)->Arg(500)->Arg(0)->Repetitions(5)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteScan1000Cold)->Iterations(3)->Repetitions(3)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteScan1000Warm)->Iterations(3)->Repetitions(3)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
