#include "ScanWorker.h"

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
    emit succeeded(m_jobId, result.value());
    // A cancelled scan is one the user chose not to see; keep it out of the history too.
    if (!m_databasePath.isEmpty() && !m_cancel->load())
        saveToDatabase(result.value());
}

void ScanWorker::saveToDatabase(const HostSnapshot &snapshot)
{
    store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db = store::ScanDatabase::open(m_databasePath);
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
