#pragma once

#include <QtGlobal>

#include <algorithm>

namespace bulwark {

// Exponential back-off between reconnection attempts: initial, initial×factor, …,
// capped at maximum; reset() after a connection that worked.
class Backoff {
public:
    constexpr Backoff(int initialMs = 250, int maximumMs = 8000, int factor = 2)
        : m_initial(std::max(1, initialMs))
        , m_maximum(std::max(m_initial, maximumMs))
        , m_factor(std::max(1, factor))
        , m_next(m_initial)
    { }

    // The delay before the next attempt, in milliseconds; each call lengthens the one after.
    int next()
    {
        const int delay = m_next;
        m_next = int(std::min<qint64>(qint64(m_next) * m_factor, m_maximum));
        ++m_attempts;
        return delay;
    }
    void reset()
    {
        m_next = m_initial;
        m_attempts = 0;
    }
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] int initialMs() const { return m_initial; }
    [[nodiscard]] int maximumMs() const { return m_maximum; }

private:
    int m_initial;
    int m_maximum;
    int m_factor;
    int m_next;
    int m_attempts = 0;
};

} // namespace bulwark
