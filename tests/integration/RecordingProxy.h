#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>

namespace bulwark::test {

// A unix-socket proxy in front of a real Docker Engine that records the request
// line of every HTTP request passing through ("GET /v1.41/containers/json?all=1 HTTP/1.1"),
// so a test can prove what a client sent. Bytes are forwarded unchanged both ways.
class RecordingProxy {
public:
    RecordingProxy(QString upstreamSocket, QString listenSocket);
    ~RecordingProxy();
    RecordingProxy(const RecordingProxy &) = delete;
    RecordingProxy &operator=(const RecordingProxy &) = delete;

    bool start();
    [[nodiscard]] QString url() const { return QStringLiteral("unix://") + m_listenPath; }
    [[nodiscard]] QList<QByteArray> requestLines() const;

private:
    struct Pair;
    void serve();
    void record(QByteArray &pending, const char *data, qsizetype size);

    QString m_upstreamPath;
    QString m_listenPath;
    int m_listenFd = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QList<QByteArray> m_requestLines;
};

} // namespace bulwark::test
