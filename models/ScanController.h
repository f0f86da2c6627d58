#pragma once

#include "EngineError.h"
#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"
#include "store/StoreError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace bulwark {

// Scans Docker hosts on a worker thread and reports back through signals on
// the thread that owns the controller. One scan is current at a time: starting
// another cancels the previous one, and a job id makes sure results of an
// older scan are never reported.
class ScanController : public QObject {
    Q_OBJECT

public:
    explicit ScanController(QObject *parent = nullptr);
    // Cancels a running scan and waits for its thread, which ends promptly
    // because every transfer checks the cancel flag.
    ~ScanController() override;

    void setScanOptions(const ScanOptions &options) { m_options = options; }
    [[nodiscard]] ScanOptions scanOptions() const { return m_options; }
    // Where successful scans are stored; empty (the default) stores nothing.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }

    // Starts scanning the first reachable of candidates (in order); returns the job id.
    quint64 start(const QList<HostEndpoint> &candidates);
    // Cancels the current scan; emits cancelled() if one was running.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] quint64 currentJob() const { return m_jobId; }
    // The candidates of the current or last scan.
    [[nodiscard]] QList<HostEndpoint> candidates() const { return m_candidates; }

signals:
    void started(quint64 jobId);
    void progressChanged(int done, int total, const QString &text);
    void finished(const bulwark::HostSnapshot &snapshot);
    void failed(const bulwark::EngineError &error, const QList<bulwark::ConnectAttempt> &attempts);
    void cancelled();
    void runningChanged(bool running);
    // After finished(), once the scan is in the database (or could not be put there).
    void stored(qint64 scanId, qint64 hostId);
    void storeFailed(const bulwark::store::StoreError &error);

private:
    void onProgress(quint64 jobId, int done, int total, const QString &text);
    void onSucceeded(quint64 jobId, const bulwark::HostSnapshot &snapshot);
    void onFailed(quint64 jobId, const bulwark::EngineError &error, const QList<bulwark::ConnectAttempt> &attempts);
    void onStored(quint64 jobId, qint64 scanId, qint64 hostId);
    void onStoreFailed(quint64 jobId, const bulwark::store::StoreError &error);
    void setRunning(bool running);

    ScanOptions m_options;
    QString m_databasePath;
    QList<HostEndpoint> m_candidates;
    quint64 m_jobId = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads; // threads not yet finished, including cancelled ones
};

} // namespace bulwark
