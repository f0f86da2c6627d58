#pragma once

#include "ScanDatabase.h"
#include "StoredScan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace bulwark {
struct HostSnapshot;
}

namespace bulwark::store {

struct PrunePolicy {
    std::optional<int> olderThanDays;  // drop scans started before now - N days
    std::optional<int> keepPerHost;    // keep only the newest N scans of each host
    std::optional<qint64> hostId;      // limit to one host
    QDateTime now;                     // default: current UTC time
};

struct PruneResult {
    int scansRemoved = 0;
    int hostsRemoved = 0;  // hosts left without any scan or journaled event
};

// Reads and writes scans. Every write is one transaction: a scan is either
// wholly in the database or not at all.
class ScanStore {
    Q_DECLARE_TR_FUNCTIONS(ScanStore)
public:
    explicit ScanStore(ScanDatabase &db);

    // Stores an assessed snapshot; returns the new scan id.
    StoreExpected<qint64> save(const HostSnapshot &snapshot);

    StoreExpected<QList<HostRecord>> hosts() const;
    // Finds a host by URL (as stored, or as the user typed it: normalised the
    // same way). NotFound when absent; InvalidArgument when the URL is
    // ambiguous (several engine ids).
    StoreExpected<HostRecord> hostByUrl(const QString &url) const;

    // Newest first. hostId 0: every host. limit <= 0: all.
    StoreExpected<QList<ScanSummary>> scans(qint64 hostId = 0, int limit = 0) const;
    StoreExpected<ScanSummary> summary(qint64 scanId) const;
    StoreExpected<StoredScan> load(qint64 scanId) const;

    StoreExpected<PruneResult> prune(const PrunePolicy &policy);

    // Called inside save()'s transaction after each container is written, with
    // the number written so far. A seam for the crash test (a writer killed
    // mid-transaction); production code leaves it unset.
    void setProgressHook(std::function<void(int)> hook) { m_progressHook = std::move(hook); }

private:
    // Every host, or (url given) those stored under url or its normalised form.
    StoreExpected<QList<HostRecord>> queryHosts(const QString *url, const QString *normalised) const;
    StoreExpected<QList<ScanSummary>> querySummaries(qint64 scanId, qint64 hostId, int limit) const;

    ScanDatabase &m_db;
    std::function<void(int)> m_progressHook;
};

} // namespace bulwark::store
