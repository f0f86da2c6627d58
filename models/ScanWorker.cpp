#include "ScanWorker.h"

namespace bulwark {

ScanWorker::ScanWorker(quint64 jobId, QList<HostEndpoint> candidates, ScanOptions options,
                       std::shared_ptr<std::atomic_bool> cancel)
    : m_jobId(jobId)
    , m_candidates(std::move(candidates))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
{
}

void ScanWorker::run()
{
    HostScanner scanner(m_options);
    scanner.setCancelFlag(m_cancel.get());
    scanner.setProgressCallback([this](const ScanProgress &p) { emit progress(m_jobId, p.done, p.total, p.text); });

    QList<ConnectAttempt> attempts;
    Expected<HostSnapshot> result = scanner.scanFirstReachable(m_candidates, &attempts);
    if (result.ok())
        emit succeeded(m_jobId, result.value());
    else
        emit failed(m_jobId, result.error(), attempts);
}

} // namespace bulwark
