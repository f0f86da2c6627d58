#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <atomic>
#include <thread>

namespace bulwark::test {

// A deliberately broken "Docker Engine" on 127.0.0.1 written with POSIX sockets:
// /_ping answers like a 20.10 daemon, every other request gets the misbehaviour
// chosen by Mode. One connection at a time, Connection: close after each answer.
class RawHttpServer {
public:
    enum class Mode {
        MalformedJson, // 200, Content-Type: application/json, body is not JSON
        WrongShape,    // 200, valid JSON of the wrong type (an array where objects belong)
        TruncatedBody, // Content-Length promises more than is sent, then the socket closes
        ServerError,   // 500 {"message":"boom"}
        Silent,        // accepts and reads the request, never answers
    };

    explicit RawHttpServer(Mode mode);
    ~RawHttpServer();
    RawHttpServer(const RawHttpServer &) = delete;
    RawHttpServer &operator=(const RawHttpServer &) = delete;

    bool start(); // listen on 127.0.0.1:<ephemeral> and serve in a thread
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QList<QByteArray> requestLines() const; // "GET /v1.41/version HTTP/1.1", in order

private:
    void serve();
    void handle(int fd);
    QByteArray responseFor(const QByteArray &method, const QByteArray &path) const;

    Mode m_mode;
    int m_listenFd = -1;
    int m_port = 0;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QList<QByteArray> m_requestLines;
};

} // namespace bulwark::test
