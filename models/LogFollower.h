#pragma once

#include "HostEndpoint.h"
#include "stream/StreamStatus.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QThread;

namespace bulwark {

class LogIngestQueue;
class LogStream;

// Follows the logs of several containers of one host at once: one thread per
// container runs LogStream::run() and pushes its batches and status into a
// LogModel's queue. Stopping (or destroying the follower) stops every stream
// and joins its thread before returning, so no stream outlives the follower.
class LogFollower : public QObject {
    Q_OBJECT

public:
    explicit LogFollower(std::shared_ptr<LogIngestQueue> queue, QObject *parent = nullptr);
    ~LogFollower() override;

    [[nodiscard]] HostEndpoint endpoint() const { return m_endpoint; }
    // Another host: stops whatever was followed on the previous one.
    void setEndpoint(const HostEndpoint &endpoint);
    // Lines from the end to start with when a container is followed; -1 for all.
    void setTail(int lines) { m_tail = lines; }

    // Starts following the container (id or name) unless it is followed already.
    // False when there is no host to follow it on.
    bool follow(const QString &container);
    void stop(const QString &container);
    void stopAll();
    [[nodiscard]] QStringList followed() const;
    [[nodiscard]] bool isFollowing(const QString &container) const { return m_jobs.count(container) > 0; }
    [[nodiscard]] int reconnects() const { return m_reconnects; }
    [[nodiscard]] int gaps() const { return m_gaps; }

signals:
    void followedChanged(const QStringList &containers);
    // Every status of every stream, on the follower's thread.
    void statusReported(const bulwark::StreamStatus &status);
    // A stream ended on its own (container removed, an error it could not get past).
    void ended(const QString &container, const QString &message);

private:
    struct Job {
        std::unique_ptr<LogStream> stream;
        QThread *thread = nullptr;
        quint64 id = 0;
    };

    void onStatus(const StreamStatus &status);
    void onThreadFinished(const QString &container, quint64 id, const QString &message);
    static void join(Job &job);

    std::shared_ptr<LogIngestQueue> m_queue;
    HostEndpoint m_endpoint;
    int m_tail = 1000;
    std::map<QString, Job> m_jobs;
    int m_reconnects = 0;
    int m_gaps = 0;
    quint64 m_nextJobId = 0;
};

} // namespace bulwark
