#include "LogDemuxer.h"

#include "LogTimestamp.h"
#include "Utf8.h"

#include <algorithm>
#include <cstring>

namespace bulwark {

namespace {
constexpr int StdoutSlot = 0;
constexpr int DaemonSlot = 2;
// Enough bytes to read any timestamp prefix before deciding where a long line is cut.
constexpr qsizetype PrefixProbe = 64;

LogStreamKind kindOf(int slot)
{
    return slot == 1 ? LogStreamKind::Stderr : slot == DaemonSlot ? LogStreamKind::Daemon : LogStreamKind::Stdout;
}
} // namespace

LogDemuxer::LogDemuxer(Framing framing, bool timestamps, qsizetype maxLineLength)
    : m_framing(framing)
    , m_timestamps(timestamps)
    , m_maxLine(std::max<qsizetype>(1, maxLineLength))
{ }

void LogDemuxer::reset()
{
    m_error = Error::None;
    m_bytesFed = 0;
    m_headerFill = 0;
    m_inFrame = false;
    m_frameLeft = 0;
    m_frameSlot = StdoutSlot;
    m_badHeaderLength = 0;
    for (Pending &p : m_pending) {
        p.bytes.resize(0);
        p.continuation = false;
        p.lastTime = LogLine::NoTime;
    }
}

bool LogDemuxer::fail(Error error)
{
    m_error = error;
    return false;
}

QString LogDemuxer::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::BadHeader:
        return tr("The log stream is not in the Docker Engine's multiplexed format (frame header %1).")
            .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(m_header.data()), 8).toHex(' ')));
    case Error::FrameTooLarge:
        return tr("A log frame announces %1 bytes, more than the %2 bytes any Docker logging driver writes at once; "
                  "the stream is corrupt.")
            .arg(m_badHeaderLength)
            .arg(MaxFrameLength);
    case Error::Truncated:
        return tr("The log stream ended in the middle of a frame.");
    }
    return {};
}

// Where a line starting with head must be cut when no newline comes, prefix included.
// A cut at the daemon's 16 KiB piece boundary (piece) means the next line brings its
// own timestamp; a cut at our line cap means the next bytes continue the line.
LogDemuxer::Limit LogDemuxer::lineLimit(const Pending &st, const char *head, qsizetype headSize) const
{
    if (!m_timestamps || st.continuation)
        return {m_maxLine, false};
    qint64 t = 0;
    const qsizetype prefix = LogTimestamp::parsePrefix(head, headSize, &t);
    if (prefix == 0 && headSize < PrefixProbe)
        return {m_maxLine + PrefixProbe, false}; // too short to tell yet: never cut before the prefix is known
    if (m_framing == Framing::Raw && prefix > 0 && DaemonPieceSize <= m_maxLine)
        return {prefix + DaemonPieceSize, true};
    return {prefix + m_maxLine, false};
}

void LogDemuxer::emitLine(int slot, const char *bytes, qsizetype size, bool newline, bool nextIsContinuation,
                          LogBatch &out)
{
    Pending &st = m_pending[size_t(slot)];
    qsizetype prefix = 0;
    qint64 time = LogLine::NoTime;
    quint8 flags = newline ? 0 : NoNewline;
    if (m_timestamps && slot != DaemonSlot) {
        if (!st.continuation)
            prefix = LogTimestamp::parsePrefix(bytes, size, &time);
        if (prefix == 0) {
            flags |= NoTimestamp;
            time = st.lastTime;
        } else {
            st.lastTime = time;
        }
    }
    qsizetype textLength = size - prefix;
    if (newline && textLength > 0 && bytes[size - 1] == '\r') {
        flags |= CrLf;
        --textLength;
    }
    if (!Utf8::isValid(bytes + prefix, textLength))
        flags |= InvalidUtf8;
    LogLine &line = out.append(bytes, prefix + textLength);
    line.timeNs = time;
    line.length = quint32(textLength);
    line.prefixLength = quint8(prefix);
    line.stream = kindOf(slot);
    line.flags = flags;
    st.continuation = nextIsContinuation;
}

void LogDemuxer::consume(int slot, const char *p, qsizetype n, LogBatch &out)
{
    Pending &st = m_pending[size_t(slot)];
    // No line shorter than this can need cutting, so most lines skip the limit check.
    const qsizetype fastLimit = std::min(m_maxLine, DaemonPieceSize);
    while (n > 0) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(n)));
        const qsizetype upto = nl ? nl - p : n; // bytes before the newline, or all of them
        if (st.bytes.isEmpty()) {
            if (nl && upto <= fastLimit) {
                emitLine(slot, p, upto, true, false, out);
                p += upto + 1;
                n -= upto + 1;
                continue;
            }
            const Limit limit = lineLimit(st, p, upto);
            if (upto <= limit.bytes) {
                if (nl) {
                    emitLine(slot, p, upto, true, false, out);
                    p += upto + 1;
                    n -= upto + 1;
                } else {
                    st.bytes.append(p, upto); // at the limit, the next byte decides
                    n = 0;
                }
            } else {
                emitLine(slot, p, limit.bytes, false, !limit.piece, out);
                p += limit.bytes;
                n -= limit.bytes;
            }
            continue;
        }
        if (m_timestamps && !st.continuation && st.bytes.size() < PrefixProbe && upto > 0) {
            // Too little to read the timestamp yet, and with it where the line may be cut.
            const qsizetype take = std::min(PrefixProbe - st.bytes.size(), upto);
            st.bytes.append(p, take);
            p += take;
            n -= take;
            continue;
        }
        const Limit limit = lineLimit(st, st.bytes.constData(), st.bytes.size());
        if (st.bytes.size() > limit.bytes) {
            // Only with a line cap shorter than the probe above.
            emitLine(slot, st.bytes.constData(), limit.bytes, false, !limit.piece, out);
            st.bytes.remove(0, limit.bytes);
            continue;
        }
        const qsizetype room = std::max<qsizetype>(0, limit.bytes - st.bytes.size());
        if (upto <= room) {
            st.bytes.append(p, upto);
            if (nl) {
                emitLine(slot, st.bytes.constData(), st.bytes.size(), true, false, out);
                st.bytes.resize(0);
                p += upto + 1;
                n -= upto + 1;
            } else {
                n = 0;
            }
        } else {
            st.bytes.append(p, room);
            emitLine(slot, st.bytes.constData(), st.bytes.size(), false, !limit.piece, out);
            st.bytes.resize(0);
            p += room;
            n -= room;
        }
    }
}

void LogDemuxer::endFrame(LogBatch &out)
{
    m_inFrame = false;
    // With timestamps every frame is one whole message: a frame end is a line end.
    if (!m_timestamps || m_frameSlot == DaemonSlot)
        return;
    Pending &st = m_pending[size_t(m_frameSlot)];
    if (!st.bytes.isEmpty()) {
        emitLine(m_frameSlot, st.bytes.constData(), st.bytes.size(), false, false, out);
        st.bytes.resize(0);
    }
}

bool LogDemuxer::feed(const char *p, qsizetype n, LogBatch &out)
{
    if (m_error != Error::None)
        return false;
    m_bytesFed += n;
    if (m_framing == Framing::Raw) {
        consume(StdoutSlot, p, n, out);
        return true;
    }
    while (n > 0) {
        if (!m_inFrame) {
            const unsigned char *h;
            if (m_headerFill == 0 && n >= 8) {
                std::memcpy(m_header.data(), p, 8);
                p += 8;
                n -= 8;
            } else {
                const qsizetype take = std::min<qsizetype>(8 - m_headerFill, n);
                std::memcpy(m_header.data() + m_headerFill, p, size_t(take));
                m_headerFill += int(take);
                p += take;
                n -= take;
                if (m_headerFill < 8)
                    return true;
            }
            h = m_header.data();
            m_headerFill = 0;
            if (h[0] > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0)
                return fail(Error::BadHeader);
            const quint32 length = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | h[7];
            if (length > MaxFrameLength) {
                m_badHeaderLength = length;
                return fail(Error::FrameTooLarge);
            }
            m_frameSlot = h[0] == 2 ? 1 : h[0] == 3 ? DaemonSlot : StdoutSlot;
            m_frameLeft = length;
            m_inFrame = true;
            if (length == 0) {
                endFrame(out);
                continue;
            }
        }
        const qsizetype take = std::min<qsizetype>(m_frameLeft, n);
        consume(m_frameSlot, p, take, out);
        p += take;
        n -= take;
        m_frameLeft -= quint32(take);
        if (m_frameLeft == 0)
            endFrame(out);
    }
    return true;
}

bool LogDemuxer::finish(LogBatch &out)
{
    if (m_error != Error::None)
        return false;
    for (int slot = 0; slot < int(m_pending.size()); ++slot) {
        Pending &st = m_pending[size_t(slot)];
        if (!st.bytes.isEmpty()) {
            emitLine(slot, st.bytes.constData(), st.bytes.size(), false, false, out);
            st.bytes.resize(0);
        }
    }
    if (m_inFrame || m_headerFill > 0)
        return fail(Error::Truncated);
    return true;
}

} // namespace bulwark
