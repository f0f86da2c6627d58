#include "LogOutput.h"

#include "stream/LogTimestamp.h"
#include "stream/Utf8.h"

#include <QFileDevice>

namespace bulwark::cli {

LogOutput::LogOutput(CliIo &io, Format format, bool timestamps, bool prefixNames)
    : m_io(io)
    , m_format(format)
    , m_timestamps(timestamps)
    , m_prefixNames(prefixNames)
{ }

void LogOutput::writeRaw(QTextStream &stream, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // The bytes go to the device untouched: a QTextStream would re-encode invalid UTF-8.
    if (QIODevice *device = stream.device()) {
        stream.flush();
        device->write(bytes);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else {
        stream << QString::fromUtf8(bytes);
        stream.flush();
    }
}

void LogOutput::appendJsonString(QByteArray &out, QByteArrayView text, bool validUtf8)
{
    QByteArray repaired;
    if (!validUtf8 && !Utf8::isValid(text.data(), text.size())) {
        repaired = QString::fromUtf8(text).toUtf8();
        text = repaired;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *p = text.data();
    const qsizetype n = text.size();
    qsizetype run = 0; // start of the current run of bytes that need no escaping
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(p + run, n - run);
    out += '"';
}

void LogOutput::emitJoined(const QByteArray &container, int stream, const Joined &line)
{
    if (m_format == Format::Jsonl) {
        m_out += "{\"time\":";
        if (line.time == LogLine::NoTime)
            m_out += "null";
        else
            m_out += '"' + LogTimestamp::formatUtc(line.time) + '"';
        m_out += ",\"container\":";
        appendJsonString(m_out, container, true);
        m_out += stream == 1 ? ",\"stream\":\"stderr\",\"line\":" : ",\"stream\":\"stdout\",\"line\":";
        appendJsonString(m_out, line.text, false);
        m_out += "}\n";
        return;
    }
    QByteArray &target = stream == 1 ? m_err : m_out;
    target += container;
    target += " | ";
    if (m_timestamps && line.time != LogLine::NoTime) {
        target += LogTimestamp::formatUtc(line.time);
        target += ' ';
    }
    target += line.text;
    target += '\n';
}

void LogOutput::write(const LogBatch &batch)
{
    std::lock_guard lock(m_mutex);
    if (m_format == Format::Text && !m_prefixNames) {
        // Switch buffers only when the stream changes, so a terminal showing both keeps their order.
        int current = -1;
        for (const LogLine &line : batch.lines()) {
            const int stream = line.stream == LogStreamKind::Stderr ? 1 : 0;
            if (stream != current && current != -1) {
                writeRaw(current == 1 ? m_io.err : m_io.out, current == 1 ? m_err : m_out);
                (current == 1 ? m_err : m_out).resize(0);
            }
            current = stream;
            QByteArray &target = stream == 1 ? m_err : m_out;
            target += m_timestamps ? batch.prefixedText(line) : batch.text(line);
            if (line.has(CrLf))
                target += '\r';
            if (!line.has(NoNewline))
                target += '\n';
        }
    } else {
        std::array<Joined, 2> &joined = m_joined[batch.containerName];
        const QByteArray container = batch.containerName.toUtf8();
        for (const LogLine &line : batch.lines()) {
            const int stream = line.stream == LogStreamKind::Stderr ? 1 : 0;
            Joined &j = joined[size_t(stream)];
            if (!j.active) {
                j.active = true;
                j.time = line.timeNs;
                j.text.resize(0);
            }
            j.text += batch.text(line);
            if (line.has(NoNewline))
                continue;
            emitJoined(container, stream, j);
            j.active = false;
        }
    }
    flush();
}

void LogOutput::finish(const QString &containerName)
{
    std::lock_guard lock(m_mutex);
    auto it = m_joined.find(containerName);
    if (it == m_joined.end())
        return;
    const QByteArray container = containerName.toUtf8();
    for (int stream = 0; stream < 2; ++stream) {
        Joined &j = (*it)[size_t(stream)];
        if (j.active)
            emitJoined(container, stream, j);
        j.active = false;
    }
    flush();
}

void LogOutput::flush()
{
    writeRaw(m_io.out, m_out);
    writeRaw(m_io.err, m_err);
    m_out.resize(0);
    m_err.resize(0);
}

void LogOutput::note(const QString &message)
{
    std::lock_guard lock(m_mutex);
    m_io.err << tr("bulwark-cli: %1").arg(message) << '\n';
    m_io.err.flush();
}

} // namespace bulwark::cli
