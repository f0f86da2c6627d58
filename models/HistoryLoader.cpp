#include "HistoryLoader.h"

#include "MetaTypes.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace bulwark {

namespace {

// QFuture wants a default-constructible result; Expected is not.
template <typename T>
struct Outcome {
    T value{};
    store::StoreError error;
};

template <typename T>
Outcome<T> outcome(store::StoreExpected<T> &&expected)
{
    if (!expected)
        return {T{}, expected.error()};
    return {std::move(expected).value(), {}};
}

} // namespace

HistoryLoader::HistoryLoader(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
    qRegisterMetaType<HostHistory>();
}

template <typename Result, typename Work, typename Deliver>
quint64 HistoryLoader::run(Request request, Result empty, Work work, Deliver deliver)
{
    const quint64 generation = ++m_generation.at(std::size_t(request));
    setPending(m_pending + 1);
    // A watcher owned by the loader delivers on the loader's thread, and not
    // at all once the loader is gone. It is connected before it gets the
    // future, so a task that finishes at once is not missed.
    auto *watcher = new QFutureWatcher<Outcome<Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, generation, deliver = std::move(deliver)] {
        watcher->deleteLater();
        setPending(m_pending - 1);
        if (generation != m_generation.at(std::size_t(request)))
            return; // superseded by a newer request of the same kind
        Outcome<Result> result = watcher->result();
        if (result.error.isError())
            emit failed(request, result.error);
        else
            deliver(std::move(result.value));
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, empty = std::move(empty), work = std::move(work)]() -> Outcome<Result> {
        // No file yet means nothing was stored yet: not an error. Opening
        // read-only never creates the file nor migrates it.
        if (path.isEmpty() || !QFileInfo::exists(path))
            return {empty, {}};
        store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db
            = store::ScanDatabase::open(path, store::ScanDatabase::Mode::ReadOnly);
        if (!db)
            return {empty, db.error()};
        return outcome(work(**db));
    }));
    return generation;
}

void HistoryLoader::setPending(int pending)
{
    const bool wasLoading = m_pending > 0;
    m_pending = pending;
    if (wasLoading != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

quint64 HistoryLoader::loadHosts()
{
    return run(
        Request::Hosts, QList<store::HostRecord>{},
        [](store::ScanDatabase &db) { return store::ScanStore(db).hosts(); },
        [this](QList<store::HostRecord> hosts) { emit hostsLoaded(hosts); });
}

quint64 HistoryLoader::loadHost(qint64 hostId, const QDateTime &from, int maxPoints)
{
    HostHistory empty;
    empty.hostId = hostId;
    empty.from = from;
    return run(
        Request::Host, empty,
        [hostId, from, maxPoints](store::ScanDatabase &db) -> store::StoreExpected<HostHistory> {
            const store::ScanStore scans(db);
            const store::HistorySeries series(db);
            HostHistory history;
            history.hostId = hostId;
            history.from = from;
            auto list = scans.scans(hostId, scanLimit);
            if (!list)
                return list.error();
            history.scans = std::move(list).value();
            // Only a list cut at scanLimit needs the host's count of every scan.
            history.totalScans = int(history.scans.size());
            if (history.totalScans >= scanLimit) {
                auto hosts = scans.hosts();
                if (!hosts)
                    return hosts.error();
                for (const store::HostRecord &host : hosts.value()) {
                    if (host.id == hostId)
                        history.totalScans = host.scanCount;
                }
            }
            auto score = series.hostScore(hostId, from, {}, maxPoints);
            if (!score)
                return score.error();
            history.score = std::move(score).value();
            auto severity = series.severityCounts(hostId, from, {}, maxPoints);
            if (!severity)
                return severity.error();
            history.severity = std::move(severity).value();
            auto fixes = series.timeToFix(hostId, from, {});
            if (!fixes)
                return fixes.error();
            history.fixes = std::move(fixes).value();
            if (!history.scans.isEmpty()) {
                history.latestScanId = history.scans.constFirst().id;
                auto ages = series.imageAges(history.latestScanId);
                if (!ages)
                    return ages.error();
                history.imageAges = std::move(ages).value();
            }
            return history;
        },
        [this](HostHistory history) { emit hostLoaded(history); });
}

quint64 HistoryLoader::loadImageAges(qint64 scanId)
{
    return run(
        Request::ImageAges, QList<int>{},
        [scanId](store::ScanDatabase &db) { return store::HistorySeries(db).imageAges(scanId); },
        [this, scanId](QList<int> ages) { emit imageAgesLoaded(scanId, ages); });
}

quint64 HistoryLoader::loadScan(qint64 scanId)
{
    store::StoredScan empty;
    empty.summary.id = scanId;
    return run(
        Request::Scan, empty,
        [scanId](store::ScanDatabase &db) { return store::ScanStore(db).load(scanId); },
        [this](store::StoredScan scan) {
            // Without a database there is no scan to show; say so instead of an empty view.
            if (scan.summary.hostId == 0) {
                emit failed(Request::Scan, store::StoreError::make(store::StoreErrorKind::NotFound,
                                                                   tr("Scan #%1 is not in the database.").arg(scan.summary.id),
                                                                   tr("It may have been pruned; reload the history.")));
                return;
            }
            emit scanLoaded(scan);
        });
}

quint64 HistoryLoader::loadDiff(qint64 fromScanId, qint64 toScanId)
{
    return run(
        Request::Diff, store::ScanDiff{},
        [fromScanId, toScanId](store::ScanDatabase &db) -> store::StoreExpected<store::ScanDiff> {
            const store::ScanStore scans(db);
            auto from = scans.load(fromScanId);
            if (!from)
                return from.error();
            auto to = scans.load(toScanId);
            if (!to)
                return to.error();
            // Diffs read forwards in time whichever row the user picked first.
            const bool swapped = to->summary.startedAt < from->summary.startedAt
                || (to->summary.startedAt == from->summary.startedAt && to->summary.id < from->summary.id);
            return swapped ? store::ScanDiff::compute(*to, *from) : store::ScanDiff::compute(*from, *to);
        },
        [this](store::ScanDiff diff) { emit diffLoaded(diff); });
}

quint64 HistoryLoader::loadEvents(qint64 hostId, const store::EventTimeRange &range, int limit)
{
    JournaledEvents empty;
    empty.hostId = hostId;
    empty.range = range;
    return run(
        Request::Events, empty,
        [hostId, range, limit](store::ScanDatabase &db) -> store::StoreExpected<JournaledEvents> {
            const store::EventJournal journal(db);
            JournaledEvents result;
            result.hostId = hostId;
            result.range = range;
            auto events = journal.events(hostId, range, limit);
            if (!events)
                return events.error();
            result.events = std::move(events).value();
            auto total = journal.count(hostId, range);
            if (!total)
                return total.error();
            result.total = *total;
            auto security = journal.countSecurityRelevant(hostId, range);
            if (!security)
                return security.error();
            result.securityRelevant = *security;
            return result;
        },
        [this](JournaledEvents events) { emit eventsLoaded(events); });
}

quint64 HistoryLoader::loadSparklines(qint64 hostId, int scans)
{
    return run(
        Request::Sparklines, QHash<QString, QList<int>>{},
        [hostId, scans](store::ScanDatabase &db) { return store::HistorySeries(db).containerSparklines(hostId, scans); },
        [this, hostId](QHash<QString, QList<int>> sparklines) { emit sparklinesLoaded(hostId, sparklines); });
}

} // namespace bulwark
