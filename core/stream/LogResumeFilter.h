#pragma once

#include "LogBatch.h"

#include <array>
#include <vector>

namespace bulwark {

// Lets a log stream that reconnects continue exactly where it stopped, with no line
// lost or repeated.
//
// The daemon filters since= by "not before", so a resumed request repeats the lines
// at the resume time, and the two streams need more care: each stream's lines reach
// the log file in time order, but stdout and stderr are timestamped by two readers
// and can reach the file slightly out of order with each other. So the resume time
// is the earliest of each stream's last time, at most `margin` before the latest,
// and each stream then drops what it already delivered: lines before its own last
// time, and at that time those in the set of (time, text hash) delivered there.
// A stream never seen before drops only lines before the floor (the first request's
// since, or the start of its --tail window).
//
// The assumption is the daemon's: a stream's timestamps do not go backwards, which
// a host clock stepped back during a gap would break.
class LogResumeFilter {
public:
    void setStreams(bool stdoutOn, bool stderrOn);
    void setFloor(qint64 ns) { m_floor = ns; }
    void setMargin(qint64 ns) { m_margin = ns; }

    // Removes from batch the lines delivered before the reconnection and records the
    // rest as delivered. Daemon lines pass untouched. Returns how many were removed.
    qsizetype filter(LogBatch &batch);

    // since= for the next request; NoTime while nothing has been delivered.
    [[nodiscard]] qint64 resumeSince() const;
    // Call before reading the answer to a resumed request.
    void beginReplay();

    [[nodiscard]] qint64 lastTime() const; // latest time delivered, NoTime if none
    [[nodiscard]] qint64 firstTime() const { return m_first; }
    [[nodiscard]] bool replaying() const;

private:
    struct PerStream {
        qint64 last = LogLine::NoTime;
        std::vector<size_t> boundary;       // hashes of lines delivered at `last`
        std::vector<size_t> replayBoundary; // what the replay still has to drop at `last`
        bool replaying = false;
        bool lastDropped = false; // for continuation lines, which follow their head
        bool enabled = true;
    };

    bool keep(PerStream &st, const LogLine &line, size_t hash);
    void record(PerStream &st, const LogLine &line, size_t hash);

    std::array<PerStream, 2> m_streams;
    qint64 m_floor = LogLine::NoTime;
    qint64 m_margin = 1'000'000'000;
    qint64 m_first = LogLine::NoTime;
};

} // namespace bulwark
