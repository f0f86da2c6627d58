#pragma once

#include "LogLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace bulwark {

// Lines delivered together, with their bytes in one buffer. A LogStream reuses
// one batch for every network read, so following a flood allocates nothing per
// line; a consumer that keeps lines copies what it needs before returning.
class LogBatch {
public:
    QString containerId;
    QString containerName;

    [[nodiscard]] qsizetype size() const { return qsizetype(m_lines.size()); }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }
    [[nodiscard]] const LogLine &at(qsizetype i) const { return m_lines[size_t(i)]; }
    [[nodiscard]] const std::vector<LogLine> &lines() const { return m_lines; }
    std::vector<LogLine> &lines() { return m_lines; }

    // The text of a line, without timestamp, '\n' or the '\r' of a CrLf line.
    [[nodiscard]] QByteArrayView text(const LogLine &line) const
    {
        return {m_bytes.constData() + line.offset + line.prefixLength, line.length};
    }
    // The daemon's timestamp prefix and the text: what `docker logs -t` prints before the newline.
    [[nodiscard]] QByteArrayView prefixedText(const LogLine &line) const
    {
        return {m_bytes.constData() + line.offset, qsizetype(line.prefixLength) + line.length};
    }
    // The text for display; invalid UTF-8 becomes U+FFFD.
    [[nodiscard]] QString textString(const LogLine &line) const { return QString::fromUtf8(text(line)); }

    // Keeps the buffers' capacity for the next read.
    void clear()
    {
        m_lines.clear();
        m_bytes.resize(0);
    }

    // For producers: appends prefix + text bytes and returns the line to fill in.
    LogLine &append(const char *bytes, qsizetype size)
    {
        LogLine &line = m_lines.emplace_back();
        line.offset = quint32(m_bytes.size());
        m_bytes.append(bytes, size);
        return line;
    }
    [[nodiscard]] qsizetype byteSize() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
    std::vector<LogLine> m_lines;
};

} // namespace bulwark
