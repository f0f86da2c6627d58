#include "LogFollower.h"

#include "LogIngestQueue.h"
#include "stream/LogStream.h"

#include <QThread>

namespace bulwark {

LogFollower::LogFollower(std::shared_ptr<LogIngestQueue> queue, QObject *parent)
    : QObject(parent)
    , m_queue(std::move(queue))
{ }

LogFollower::~LogFollower()
{
    for (auto &[container, job] : m_jobs)
        join(job);
}

void LogFollower::setEndpoint(const HostEndpoint &endpoint)
{
    if (endpoint == m_endpoint)
        return;
    stopAll();
    m_endpoint = endpoint;
}

bool LogFollower::follow(const QString &container)
{
    if (m_endpoint.url.isEmpty() || container.isEmpty())
        return false;
    if (isFollowing(container))
        return true;

    LogStreamOptions options;
    options.container = container;
    options.follow = true;
    options.tail = m_tail;
    options.reconnect = LogStreamOptions::Reconnect::AcrossRestarts;
    options.classify = true;
    auto stream = std::make_unique<LogStream>(m_endpoint, options);
    std::shared_ptr<LogIngestQueue> queue = m_queue;
    stream->setBatchSink([queue](const LogBatch &batch) { queue->push(batch); });
    // Status goes to the log (as marker rows) straight away and to the UI through the event loop;
    // a queued call to a deleted follower is dropped by Qt, and the destructor joins first anyway.
    stream->setStatusSink([queue, this](const StreamStatus &status) {
        queue->pushStatus(status);
        QMetaObject::invokeMethod(
            this, [this, status] { onStatus(status); }, Qt::QueuedConnection);
    });

    LogStream *raw = stream.get();
    const quint64 id = ++m_nextJobId;
    QThread *thread = QThread::create([this, raw, container, id] {
        const Expected<LogStreamEnd> end = raw->run();
        if (end && *end == LogStreamEnd::Stopped)
            return; // asked for: nothing to report
        QString message;
        if (!end)
            message = tr("Stopped following %1: %2").arg(container, end.error().toString());
        else if (*end == LogStreamEnd::ContainerRemoved)
            message = tr("Container %1 was removed.").arg(raw->containerName());
        else
            message = tr("Container %1 stopped.").arg(raw->containerName());
        QMetaObject::invokeMethod(
            this, [this, container, message, id] { onThreadFinished(container, id, message); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("logs:") + container.left(12));
    m_jobs[container] = Job{std::move(stream), thread, id};
    thread->start();
    emit followedChanged(followed());
    return true;
}

void LogFollower::join(Job &job)
{
    job.stream->stop();
    job.thread->wait();
    delete job.thread;
    job.thread = nullptr;
}

void LogFollower::stop(const QString &container)
{
    const auto it = m_jobs.find(container);
    if (it == m_jobs.end())
        return;
    join(it->second);
    m_jobs.erase(it);
    emit followedChanged(followed());
}

void LogFollower::stopAll()
{
    if (m_jobs.empty())
        return;
    for (auto &[container, job] : m_jobs)
        join(job);
    m_jobs.clear();
    emit followedChanged(followed());
}

QStringList LogFollower::followed() const
{
    QStringList list;
    for (const auto &[container, job] : m_jobs)
        list.append(container);
    return list;
}

void LogFollower::onStatus(const StreamStatus &status)
{
    if (status.kind == StreamStatus::Kind::Resumed)
        ++m_reconnects;
    if (status.kind == StreamStatus::Kind::Disconnected)
        ++m_gaps;
    emit statusReported(status);
}

void LogFollower::onThreadFinished(const QString &container, quint64 id, const QString &message)
{
    // The job may have been stopped, and the container followed anew, since the thread ended.
    const auto it = m_jobs.find(container);
    if (it == m_jobs.end() || it->second.id != id)
        return;
    it->second.thread->wait();
    delete it->second.thread;
    it->second.thread = nullptr;
    m_jobs.erase(it);
    emit followedChanged(followed());
    emit ended(container, message);
}

} // namespace bulwark
