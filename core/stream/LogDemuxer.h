#pragma once

#include "LogBatch.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>

namespace bulwark {

// Turns the body of GET /containers/{id}/logs into lines. A pure function of the
// bytes fed in, however the network split them: no I/O, no clock.
//
// Multiplexed (Config.Tty false): 8-byte frame headers — stream byte 0/1/2 (3 is
// the daemon's in-band error), three zero bytes, a big-endian uint32 length — each
// followed by that many payload bytes. Raw (TTY): the bytes as the pty wrote them.
//
// The daemon writes one frame per log message: a line, or a 16 KiB piece of a
// longer one (which then has no newline). With timestamps every message starts
// with its own timestamp, so a frame end is a line end and a piece becomes a line
// flagged NoNewline; writing text + "\n" unless NoNewline reproduces `docker logs`
// byte for byte, with or without -t. Without timestamps the pieces of a line are
// joined per stream until its newline. In raw mode with timestamps, where no frame
// tells where a piece ends, the daemon's 16 KiB piece size does.
//
// A header with non-zero padding, an unknown stream or a length over
// MaxFrameLength is an error and the demuxer stops there: the stream is not what
// it claims to be (a TTY stream read as multiplexed, a proxy's error page), and
// nothing is ever allocated from a length the peer sent. Lines longer than the
// line cap are delivered in pieces flagged NoNewline.
class LogDemuxer {
    Q_DECLARE_TR_FUNCTIONS(LogDemuxer)
public:
    enum class Framing {
        Multiplexed,
        Raw
    };
    enum class Error {
        None,
        BadHeader,
        FrameTooLarge,
        Truncated
    };

    // The json-file and local drivers cut messages at 16 KiB, and the largest buffer
    // any built-in logging driver declares is awslogs' 256 KiB; --details adds the
    // container's attributes. 1 MiB is four times the largest legitimate message,
    // and small enough that a corrupt header fails at once instead of swallowing
    // the rest of the stream as one frame.
    static constexpr quint32 MaxFrameLength = 1024 * 1024;
    static constexpr qsizetype DefaultMaxLineLength = 1024 * 1024;
    static constexpr qsizetype DaemonPieceSize = 16 * 1024;

    LogDemuxer(Framing framing, bool timestamps, qsizetype maxLineLength = DefaultMaxLineLength);

    // Appends every line completed by data to out. false after a framing error:
    // the lines before it are in out, and nothing more is accepted.
    bool feed(const char *data, qsizetype size, LogBatch &out);
    bool feed(QByteArrayView data, LogBatch &out) { return feed(data.data(), data.size(), out); }

    // End of the stream: delivers lines still waiting for a newline (NoNewline).
    // false with Error::Truncated when the stream stopped inside a frame.
    bool finish(LogBatch &out);

    // Forget all state, e.g. before reading a new connection.
    void reset();
    void setFraming(Framing framing) { m_framing = framing; }
    [[nodiscard]] Framing framing() const { return m_framing; }

    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] qint64 bytesFed() const { return m_bytesFed; }

private:
    struct Pending {
        QByteArray bytes;          // the line so far, timestamp prefix included
        bool continuation = false; // the line before was cut at the cap: no timestamp to expect
        qint64 lastTime = LogLine::NoTime;
    };

    void consume(int slot, const char *p, qsizetype n, LogBatch &out);
    void emitLine(int slot, const char *bytes, qsizetype size, bool newline, bool nextIsContinuation, LogBatch &out);
    struct Limit {
        qsizetype bytes;
        bool piece;
    };
    Limit lineLimit(const Pending &st, const char *head, qsizetype headSize) const;
    void endFrame(LogBatch &out);
    bool fail(Error error);

    Framing m_framing;
    bool m_timestamps;
    qsizetype m_maxLine;
    Error m_error = Error::None;
    qint64 m_bytesFed = 0;

    // Frame state (multiplexed).
    std::array<unsigned char, 8> m_header{};
    int m_headerFill = 0;
    bool m_inFrame = false;
    quint32 m_frameLeft = 0;
    int m_frameSlot = 0;
    quint32 m_badHeaderLength = 0;

    // Per stream: stdout (and stdin), stderr, daemon errors.
    std::array<Pending, 3> m_pending;
};

} // namespace bulwark
