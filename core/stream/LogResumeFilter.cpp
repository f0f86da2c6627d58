#include "LogResumeFilter.h"

#include <QHashFunctions>

#include <algorithm>

namespace bulwark {

void LogResumeFilter::setStreams(bool stdoutOn, bool stderrOn)
{
    m_streams[0].enabled = stdoutOn;
    m_streams[1].enabled = stderrOn;
}

bool LogResumeFilter::replaying() const
{
    return std::any_of(m_streams.begin(), m_streams.end(), [](const PerStream &s) { return s.replaying; });
}

qint64 LogResumeFilter::lastTime() const
{
    qint64 t = LogLine::NoTime;
    for (const PerStream &s : m_streams)
        t = std::max(t, s.last);
    return t;
}

qint64 LogResumeFilter::resumeSince() const
{
    const qint64 latest = lastTime();
    if (latest == LogLine::NoTime)
        return LogLine::NoTime;
    qint64 since = latest;
    for (const PerStream &s : m_streams) {
        if (!s.enabled)
            continue;
        const qint64 bound = latest - m_margin;
        since = std::min(since, s.last == LogLine::NoTime ? bound : std::max(s.last, bound));
    }
    if (m_floor != LogLine::NoTime)
        since = std::max(since, m_floor);
    return since;
}

void LogResumeFilter::beginReplay()
{
    for (PerStream &s : m_streams) {
        s.replaying = s.enabled;
        s.replayBoundary = s.boundary;
        s.lastDropped = false;
    }
}

void LogResumeFilter::record(PerStream &st, const LogLine &line, size_t hash)
{
    st.lastDropped = false;
    if (!line.hasTime() || line.has(NoTimestamp))
        return; // a continuation: its head is already recorded
    if (m_first == LogLine::NoTime || line.timeNs < m_first)
        m_first = line.timeNs;
    if (st.last == LogLine::NoTime || line.timeNs > st.last) {
        st.last = line.timeNs;
        st.boundary.clear();
        st.boundary.push_back(hash);
    } else if (line.timeNs == st.last) {
        st.boundary.push_back(hash);
    }
    // An earlier time means the clock went back; keeping the later one errs on the side of not repeating.
}

bool LogResumeFilter::keep(PerStream &st, const LogLine &line, size_t hash)
{
    if (!st.replaying)
        return true;
    if (!line.hasTime() || line.has(NoTimestamp))
        return !st.lastDropped;
    const qint64 t = line.timeNs;
    if (st.last == LogLine::NoTime) {
        if (m_floor != LogLine::NoTime && t < m_floor)
            return false;
        st.replaying = false;
        return true;
    }
    if (t < st.last)
        return false;
    if (t == st.last) {
        const auto it = std::find(st.replayBoundary.begin(), st.replayBoundary.end(), hash);
        if (it != st.replayBoundary.end()) {
            st.replayBoundary.erase(it);
            return false;
        }
    }
    // Past what was delivered: from here on everything is new.
    st.replaying = false;
    st.replayBoundary.clear();
    return true;
}

qsizetype LogResumeFilter::filter(LogBatch &batch)
{
    std::vector<LogLine> &lines = batch.lines();
    size_t out = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const LogLine &line = lines[i];
        if (line.stream == LogStreamKind::Daemon) {
            lines[out++] = line;
            continue;
        }
        PerStream &st = m_streams[line.stream == LogStreamKind::Stderr ? 1 : 0];
        const size_t hash = qHash(batch.text(line), size_t(line.timeNs));
        if (keep(st, line, hash)) {
            record(st, line, hash);
            lines[out++] = line;
        } else {
            st.lastDropped = true;
        }
    }
    const qsizetype removed = qsizetype(lines.size() - out);
    lines.resize(out);
    return removed;
}

} // namespace bulwark
