#pragma once
// Builds streams in the Engine's multiplexed log format (see core/stream/LogDemuxer.h)
// for the demultiplexer's tests and benchmark.

#include <QByteArray>

namespace bulwark::test {

// Stream byte, three zero bytes, the payload length big-endian.
inline QByteArray frameHeader(int stream, quint32 length)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    h[4] = char(length >> 24);
    h[5] = char(length >> 16);
    h[6] = char(length >> 8);
    h[7] = char(length);
    return h;
}

inline QByteArray frame(int stream, const QByteArray &payload)
{
    return frameHeader(stream, quint32(payload.size())) + payload;
}

} // namespace bulwark::test
