#include "ScanWorker.h"

#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

namespace bulwark {

ScanWorker::ScanWorker(quint64 jobId, QList<HostEndpoint> candidates, ScanOptions options,
                       std::shared_ptr<std::atomic_bool> cancel, QString databasePath)
    : m_jobId(jobId)
    , m_candidates(std::move(candidates))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
    , m_databasePath(std::move(databasePath))
{
}

void ScanWorker::run()
{
    HostScanner scanner(m_options);
    scanner.setCancelFlag(m_cancel.get());
    scanner.setProgressCallback([this](const ScanProgress &p) { emit progress(m_jobId, p.done, p.total, p.text); });

    QList<ConnectAttempt> attempts;
    Expected<HostSnapshot> result = scanner.scanFirstReachable(m_candidates, &attempts);
    if (!result.ok()) {
        emit failed(m_jobId, result.error(), attempts);
        return;
    }
    // The host's stored waivers (review decisions) apply before the scan is shown, so the screen, the
    // history and the score agree. Without the database the scan is shown as the policy assessed it.
    std::optional<store::StoreExpected<std::unique_ptr<store::ScanDatabase>>> db;
    if (!m_databasePath.isEmpty()) {
        db.emplace(store::ScanDatabase::open(m_databasePath));
        if (*db)
            (void)store::ReviewStore(***db).applyStoredWaivers(result.value(), m_options.policy);
    }
    emit succeeded(m_jobId, result.value());
    // A cancelled scan is one the user chose not to see; keep it out of the history too.
    if (db && !m_cancel->load())
        saveToDatabase(*db, result.value());
}

void ScanWorker::saveToDatabase(const store::StoreExpected<std::unique_ptr<store::ScanDatabase>> &db,
                                const HostSnapshot &snapshot)
{
    if (!db) {
        emit storeFailed(m_jobId, db.error());
        return;
    }
    store::ScanStore scans(**db);
    const store::StoreExpected<qint64> scanId = scans.save(snapshot);
    if (!scanId) {
        emit storeFailed(m_jobId, scanId.error());
        return;
    }
    const store::StoreExpected<store::ScanSummary> summary = scans.summary(*scanId);
    emit stored(m_jobId, *scanId, summary ? summary->hostId : 0);
}

} // namespace bulwark
