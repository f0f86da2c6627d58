#include "ScanController.h"

#include "MetaTypes.h"
#include "ScanWorker.h"

#include <QThread>

namespace bulwark {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

ScanController::~ScanController()
{
    if (m_cancel)
        m_cancel->store(true);
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

quint64 ScanController::start(const QList<HostEndpoint> &candidates)
{
    if (m_cancel)
        m_cancel->store(true); // the previous scan's results will be ignored anyway; stop wasting work

    const quint64 jobId = ++m_jobId;
    m_candidates = candidates;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    // The worker stays on this thread and only emits from the scan thread, so
    // its signals reach us queued; it dies after the thread function returns.
    auto *worker = new ScanWorker(jobId, candidates, m_options, m_cancel, m_databasePath);
    QThread *thread = QThread::create([worker] { worker->run(); });
    thread->setObjectName(QStringLiteral("bulwark-scan-%1").arg(jobId));

    connect(worker, &ScanWorker::progress, this, &ScanController::onProgress, Qt::QueuedConnection);
    connect(worker, &ScanWorker::succeeded, this, &ScanController::onSucceeded, Qt::QueuedConnection);
    connect(worker, &ScanWorker::failed, this, &ScanController::onFailed, Qt::QueuedConnection);
    connect(worker, &ScanWorker::stored, this, &ScanController::onStored, Qt::QueuedConnection);
    connect(worker, &ScanWorker::storeFailed, this, &ScanController::onStoreFailed, Qt::QueuedConnection);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();

    emit started(jobId);
    setRunning(true);
    return jobId;
}

void ScanController::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    setRunning(false);
    emit cancelled();
}

void ScanController::onProgress(quint64 jobId, int done, int total, const QString &text)
{
    if (jobId == m_jobId && m_running)
        emit progressChanged(done, total, text);
}

void ScanController::onSucceeded(quint64 jobId, const HostSnapshot &snapshot)
{
    if (jobId != m_jobId || !m_running)
        return; // superseded or cancelled
    setRunning(false);
    emit finished(snapshot);
}

void ScanController::onFailed(quint64 jobId, const EngineError &error, const QList<ConnectAttempt> &attempts)
{
    if (jobId != m_jobId || !m_running)
        return;
    setRunning(false);
    emit failed(error, attempts);
}

void ScanController::onStored(quint64 jobId, qint64 scanId, qint64 hostId)
{
    // Not guarded by m_running: finished() has already cleared it.
    if (jobId == m_jobId)
        emit stored(scanId, hostId);
}

void ScanController::onStoreFailed(quint64 jobId, const store::StoreError &error)
{
    if (jobId == m_jobId)
        emit storeFailed(error);
}

void ScanController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace bulwark
