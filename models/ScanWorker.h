#pragma once

#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"
#include "store/StoreError.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace bulwark::store {
class ScanDatabase;
}

namespace bulwark {

// One scan, run() on a scan thread. Owns copies of everything it needs; the
// cancel flag is shared with the ScanController that started it, so either
// may go away first. Results leave only through (queued) signals.
// With a database path, a successful scan is then stored from the same thread
// through its own connection; the snapshot is reported first, so a store
// failure never costs the user the scan on screen.
class ScanWorker : public QObject {
    Q_OBJECT

public:
    ScanWorker(quint64 jobId, QList<HostEndpoint> candidates, ScanOptions options,
               std::shared_ptr<std::atomic_bool> cancel, QString databasePath = {});

    void run();

signals:
    void progress(quint64 jobId, int done, int total, const QString &text);
    void succeeded(quint64 jobId, const bulwark::HostSnapshot &snapshot);
    void failed(quint64 jobId, const bulwark::EngineError &error, const QList<bulwark::ConnectAttempt> &attempts);
    void stored(quint64 jobId, qint64 scanId, qint64 hostId);
    void storeFailed(quint64 jobId, const bulwark::store::StoreError &error);

private:
    void saveToDatabase(const store::StoreExpected<std::unique_ptr<store::ScanDatabase>> &db, const HostSnapshot &snapshot);

    quint64 m_jobId;
    QList<HostEndpoint> m_candidates;
    ScanOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_databasePath;
};

} // namespace bulwark
