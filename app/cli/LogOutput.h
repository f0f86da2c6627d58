#pragma once

#include "CliIo.h"
#include "stream/LogBatch.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <mutex>

namespace bulwark::cli {

// Where `bulwark-cli logs` writes, shared by the threads following each container.
//   text, one container: the container's bytes as they are, stdout lines on stdout
//     and stderr lines on stderr, so the output equals `docker logs` byte for byte;
//   text, several containers: whole lines prefixed "name | ", like `docker compose logs`;
//   jsonl: one object per line {"time","container","stream","line"} on stdout.
// Pieces of a long line (NoNewline) are joined except in the first mode, where
// writing them as they come is what reproduces the bytes.
class LogOutput {
    Q_DECLARE_TR_FUNCTIONS(LogOutput)
public:
    enum class Format {
        Text,
        Jsonl
    };

    LogOutput(CliIo &io, Format format, bool timestamps, bool prefixNames);

    void write(const LogBatch &batch);         // any thread
    void finish(const QString &containerName); // the container's stream ended: flush what is joined
    void note(const QString &message);         // "bulwark-cli: message" on stderr

    // Writes bytes to the stream's device untouched (a QTextStream would re-encode
    // invalid UTF-8); through the stream itself when it has none (tests).
    static void writeRaw(QTextStream &stream, const QByteArray &bytes);

    // JSON string literal of bytes; invalid UTF-8 becomes U+FFFD. validUtf8: known to be
    // valid, so not checked again.
    static void appendJsonString(QByteArray &out, QByteArrayView text, bool validUtf8);

private:
    struct Joined {
        QByteArray text;
        qint64 time = 0;
        bool active = false;
    };

    void emitJoined(const QByteArray &container, int stream, const Joined &line); // container in UTF-8
    void flush(); // with m_mutex held

    CliIo &m_io;
    Format m_format;
    bool m_timestamps;
    bool m_prefixNames;
    std::mutex m_mutex;
    QHash<QString, std::array<Joined, 2>> m_joined; // per container: stdout, stderr
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace bulwark::cli
