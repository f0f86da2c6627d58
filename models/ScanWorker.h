#pragma once

#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace bulwark {

// One scan, run() on a scan thread. Owns copies of everything it needs; the
// cancel flag is shared with the ScanController that started it, so either
// may go away first. Results leave only through (queued) signals.
class ScanWorker : public QObject {
    Q_OBJECT

public:
    ScanWorker(quint64 jobId, QList<HostEndpoint> candidates, ScanOptions options,
               std::shared_ptr<std::atomic_bool> cancel);

    void run();

signals:
    void progress(quint64 jobId, int done, int total, const QString &text);
    void succeeded(quint64 jobId, const bulwark::HostSnapshot &snapshot);
    void failed(quint64 jobId, const bulwark::EngineError &error, const QList<bulwark::ConnectAttempt> &attempts);

private:
    quint64 m_jobId;
    QList<HostEndpoint> m_candidates;
    ScanOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bulwark
