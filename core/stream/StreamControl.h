#pragma once

#include "Backoff.h"
#include "StreamStatus.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace bulwark {

// What LogStream and EventStream share around their connection: a stop that comes
// from any thread or from an external flag, waits that a stop cuts short, which
// failures are worth another attempt, and the announced wait before one.
class StreamControl {
    Q_DECLARE_TR_FUNCTIONS(StreamControl)
public:
    using StatusSink = std::function<void(const StreamStatus &)>;

    // An external flag (SIGINT in the CLI) that stops the stream like stop().
    void setCancelFlag(const std::atomic_bool *cancel) { m_external = cancel; }
    [[nodiscard]] const std::atomic_bool *cancelFlag() const { return m_external; }
    void stop();
    [[nodiscard]] bool stopRequested() const;

    // false when a stop came first.
    bool sleepFor(int ms);
    // Takes the next back-off delay, reports it to sink as a Reconnecting status
    // (status brings source, container and last time seen) and waits it out.
    // false when a stop came first.
    bool waitToReconnect(Backoff &backoff, StreamStatus status, const QString &url, const StatusSink &sink);

    // Failures that a later attempt can get past: the daemon restarting, a network cut.
    static bool retryable(const EngineError &error);

private:
    const std::atomic_bool *m_external = nullptr;
    std::atomic_bool m_stop{false};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;
};

} // namespace bulwark
