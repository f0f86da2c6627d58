#include "StreamControl.h"

#include "LogTimestamp.h"

#include <algorithm>
#include <chrono>

namespace bulwark {

void StreamControl::stop()
{
    m_stop.store(true);
    std::lock_guard lock(m_waitMutex);
    m_wake.notify_all();
}

bool StreamControl::stopRequested() const { return m_stop.load() || (m_external && m_external->load()); }

bool StreamControl::sleepFor(int ms)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    std::unique_lock lock(m_waitMutex);
    while (!stopRequested()) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return true;
        // The external flag is set from a signal handler, which cannot notify: poll it.
        m_wake.wait_for(lock,
                        std::min<std::chrono::steady_clock::duration>(deadline - now, std::chrono::milliseconds(50)));
    }
    return false;
}

bool StreamControl::waitToReconnect(Backoff &backoff, StreamStatus status, const QString &url,
                                    const StatusSink &sink)
{
    const int delay = backoff.next();
    if (sink) {
        status.kind = StreamStatus::Kind::Reconnecting;
        status.atNs = LogTimestamp::nowNs();
        status.attempt = backoff.attempts();
        status.delayMs = delay;
        status.message = tr("Reconnecting to %1 in %2 ms (attempt %3).").arg(url).arg(delay).arg(backoff.attempts());
        sink(status);
    }
    return sleepFor(delay);
}

bool StreamControl::retryable(const EngineError &e)
{
    switch (e.kind) {
    case ErrorKind::SocketMissing:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostUnreachable:
    case ErrorKind::Timeout:
    case ErrorKind::MalformedResponse:
    case ErrorKind::Internal:
        return true;
    case ErrorKind::HttpError:
        // 501: the container's logging driver cannot be read back; retrying will not change that.
        return e.httpStatus >= 500 && e.httpStatus != 501;
    default:
        return false;
    }
}

} // namespace bulwark
