#pragma once

#include "store/EventJournal.h"
#include "store/HistorySeries.h"
#include "store/ScanDiff.h"
#include "store/StoreError.h"
#include "store/StoredScan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <array>

namespace bulwark {

// What the History panel shows for one host and time range. The charts' series
// come bucketed from SQL; the scan list is capped at the newest scanLimit.
struct HostHistory {
    qint64 hostId = 0;
    QDateTime from;                      // invalid: since the first scan
    QList<store::ScanSummary> scans;     // newest first
    int totalScans = 0;                  // of the host, all time
    QList<store::ScorePoint> score;
    QList<store::SeverityPoint> severity;
    QList<store::FixDuration> fixes;
    qint64 latestScanId = 0;             // 0 when the host has no scan in the range
    QList<int> imageAges;                // of latestScanId
};

// The journaled events of one host in a time range (EventJournal), newest first.
struct JournaledEvents {
    qint64 hostId = 0;
    store::EventTimeRange range;
    QList<EngineEvent> events; // at most the limit asked for
    qint64 total = 0;          // in the range, however many were read
    qint64 securityRelevant = 0;
};

// Reads the scan database for the GUI, off the UI thread: every request runs
// on the global thread pool with its own read-only connection (SQLite
// connections belong to one thread) and answers through a signal on the
// loader's thread. A newer request of the same kind supersedes an older one,
// whose answer is dropped, so a fast-clicking user only sees the last.
class HistoryLoader : public QObject {
    Q_OBJECT

public:
    enum class Request { Hosts, Host, ImageAges, Scan, Diff, Sparklines, Events, Count };
    Q_ENUM(Request)

    static constexpr int scanLimit = 1000;

    explicit HistoryLoader(QObject *parent = nullptr);

    // Empty: no database; every request then answers with empty results.
    void setDatabasePath(const QString &path) { m_path = path; }
    [[nodiscard]] QString databasePath() const { return m_path; }

    // Each returns the request's generation; the answer carries nothing else
    // because stale answers never reach the signals.
    quint64 loadHosts();
    quint64 loadHost(qint64 hostId, const QDateTime &from, int maxPoints);
    quint64 loadImageAges(qint64 scanId);
    quint64 loadScan(qint64 scanId);
    // from and to in either order: the older scan is always the diff's "from".
    quint64 loadDiff(qint64 fromScanId, qint64 toScanId);
    // Every container identity of the host with its score over the host's last `scans` scans.
    quint64 loadSparklines(qint64 hostId, int scans = 20);
    // The host's journaled events in range, newest first, at most limit.
    quint64 loadEvents(qint64 hostId, const store::EventTimeRange &range, int limit = 5000);

    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

signals:
    void hostsLoaded(const QList<bulwark::store::HostRecord> &hosts);
    void hostLoaded(const bulwark::HostHistory &history);
    void imageAgesLoaded(qint64 scanId, const QList<int> &ages);
    void scanLoaded(const bulwark::store::StoredScan &scan);
    void diffLoaded(const bulwark::store::ScanDiff &diff);
    void sparklinesLoaded(qint64 hostId, const QHash<QString, QList<int>> &sparklines);
    void eventsLoaded(const bulwark::JournaledEvents &events);
    void failed(bulwark::HistoryLoader::Request request, const bulwark::store::StoreError &error);
    void loadingChanged(bool loading);

private:
    template <typename Result, typename Work, typename Deliver>
    quint64 run(Request request, Result empty, Work work, Deliver deliver);
    void setPending(int pending);

    QString m_path;
    std::array<quint64, std::size_t(Request::Count)> m_generation{};
    int m_pending = 0;
};

} // namespace bulwark

Q_DECLARE_METATYPE(bulwark::HostHistory)
