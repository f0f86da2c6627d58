#pragma once

#include <QtGlobal>

#include <limits>

namespace bulwark {

// Which output of the container a line came from. The values are the stream
// byte of the Engine's 8-byte frame header; Daemon (3) carries the daemon's own
// in-band error ("Error grabbing logs: ...") and never container output.
enum class LogStreamKind : quint8 {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
    Daemon = 3
};

// How the text of a line relates to the bytes the container wrote.
enum LogLineFlag : quint8 {
    // No newline followed the text: the daemon split a long line into 16 KiB messages,
    // the line was longer than the demultiplexer's line cap, or the stream ended mid-line.
    // Writing text + (NoNewline ? "" : "\n") reproduces the container's bytes exactly.
    NoNewline = 0x01,
    // The line ended in "\r\n" (TTY containers); the '\r' is not part of the text.
    CrLf = 0x02,
    // The text is not valid UTF-8; show it with replacement characters.
    InvalidUtf8 = 0x04,
    // Timestamps were requested but this line carried none (a continuation of an
    // over-long line): time is inherited from the line before it.
    NoTimestamp = 0x08,
};

// Keyword classes found in a line by LogClassifier.
enum class LogSeverity : quint8 {
    None = 0,
    Warning = 1,
    Error = 2,
    Fatal = 3
};

enum LogSecurityFlag : quint8 {
    PermissionDenied = 0x01,
    Unauthorized = 0x02,
    AuthenticationFailure = 0x04,
    Segfault = 0x08,
    OutOfMemory = 0x10,
};

// One log line inside a LogBatch. It holds no bytes of its own: the prefix (the
// daemon's timestamp and its space) and the text live back to back in the batch's
// buffer, so a batch of thousands of lines costs two allocations, not thousands.
struct LogLine {
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 timeNs = NoTime;  // nanoseconds since the Unix epoch, UTC
    quint32 offset = 0;      // start of the prefix in the batch's buffer
    quint32 length = 0;      // bytes of text after the prefix (no '\n', no '\r' of CrLf)
    quint8 prefixLength = 0; // bytes of "2026-11-28T09:50:58.932558517Z " before the text
    LogStreamKind stream = LogStreamKind::Stdout;
    quint8 flags = 0; // LogLineFlag
    LogSeverity severity = LogSeverity::None;
    quint8 security = 0; // LogSecurityFlag, filled by LogClassifier

    [[nodiscard]] bool has(LogLineFlag f) const { return (flags & f) != 0; }
    [[nodiscard]] bool hasTime() const { return timeNs != NoTime; }
};

} // namespace bulwark
