// A second Bulwark process for tst_storeprocesses: writes, reads, or dies in
// the middle of a write, on the database file given on the command line.
//
//   store_writer write DB ENGINE COUNT     saves COUNT scans of host ENGINE
//   store_writer read DB MILLISECONDS      lists and loads scans until the time is up
//   store_writer crash DB CONTAINERS AT    starts saving a scan, prints "inside" after
//                                          AT containers and waits to be killed

#include "StoreFixtures.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace bulwark;
using namespace bulwark::store;

namespace {

int fail(const StoreError &e)
{
    std::fprintf(stderr, "store_writer: %s\n", qPrintable(e.toString()));
    return 1;
}

int write(ScanStore &store, const QString &engine, int count)
{
    for (int i = 0; i < count; ++i) {
        test::SyntheticHost o;
        o.containers = 30;
        o.images = 5;
        o.engineId = engine;
        o.scanIndex = i;
        o.at = o.at.addSecs(3600 * i);
        auto id = store.save(test::syntheticHost(o));
        if (!id)
            return fail(id.error());
        std::printf("saved %lld\n", static_cast<long long>(*id));
    }
    return 0;
}

int read(ScanStore &store, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    int loads = 0;
    while (timer.elapsed() < milliseconds) {
        auto scans = store.scans(0, 5);
        if (!scans)
            return fail(scans.error());
        for (const ScanSummary &s : std::as_const(*scans)) {
            auto scan = store.load(s.id);
            if (!scan)
                return fail(scan.error());
            if (scan->containers.size() != s.containerCount) {
                std::fprintf(stderr, "store_writer: scan %lld has %lld containers, its summary says %d\n",
                             static_cast<long long>(s.id), static_cast<long long>(scan->containers.size()),
                             s.containerCount);
                return 1;
            }
            ++loads;
        }
    }
    std::printf("loaded %d\n", loads);
    return 0;
}

int crash(ScanDatabase &db, ScanStore &store, int containers, int at)
{
    // A tiny page cache makes SQLite spill uncommitted pages into the WAL, so
    // the kill finds half a scan on disk, not only in memory.
    db.execute("PRAGMA cache_size = 8");
    store.setProgressHook([at](int written) {
        if (written != at)
            return;
        std::printf("inside\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    });
    test::SyntheticHost o;
    o.containers = containers;
    o.namePrefix = QStringLiteral("crash");
    o.engineId = QStringLiteral("ENGINE-A");
    o.at = o.at.addDays(30);
    auto id = store.save(test::syntheticHost(o));
    return id ? 2 : fail(id.error()); // reaching here means the hook never fired
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_writer write|read|crash DB ...\n");
        return 2;
    }
    auto db = ScanDatabase::open(args.at(2));
    if (!db)
        return fail(db.error());
    ScanStore store(**db);
    const QString mode = args.at(1);
    if (mode == QLatin1String("write"))
        return write(store, args.at(3), args.value(4).toInt());
    if (mode == QLatin1String("read"))
        return read(store, args.at(3).toInt());
    if (mode == QLatin1String("crash") && args.size() >= 5)
        return crash(**db, store, args.at(3).toInt(), args.at(4).toInt());
    return 2;
}
