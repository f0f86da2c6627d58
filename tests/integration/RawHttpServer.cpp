#include "RawHttpServer.h"

#include <QMutexLocker>

#include <chrono>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bulwark::test {

namespace {

constexpr int PollIntervalMs = 50;

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
                        qsizetype declaredLength = -1, const QByteArray &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Server: Docker/20.10.24 (linux)\r\n";
    out += "Api-Version: 1.41\r\nOstype: linux\r\nDocker-Experimental: false\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(declaredLength < 0 ? body.size() : declaredLength) + "\r\n";
    out += extraHeaders;
    out += "Connection: close\r\n\r\n";
    return out + body;
}

void sendAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

} // namespace

RawHttpServer::RawHttpServer(Mode mode)
    : m_mode(mode)
{ }

RawHttpServer::~RawHttpServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

bool RawHttpServer::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listenFd, 16) != 0)
        return false;
    socklen_t len = sizeof addr;
    if (::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return false;
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

QList<QByteArray> RawHttpServer::requestLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestLines;
}

void RawHttpServer::serve()
{
    while (!m_stop) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, PollIntervalMs) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        handle(fd);
        ::close(fd);
    }
}

void RawHttpServer::handle(int fd)
{
    // Read the request head (the client sends no body: GET and HEAD only).
    QByteArray head;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!head.contains("\r\n\r\n") && std::chrono::steady_clock::now() < deadline && !m_stop) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, PollIntervalMs) <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return;
        head.append(buf, n);
    }
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    if (requestLine.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_requestLines.append(requestLine);
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray method = parts.value(0);
    const QByteArray path = parts.value(1);

    if (m_mode == Mode::Silent && !path.endsWith("/_ping")) {
        // Hold the connection open until the client gives up or the test ends.
        while (!m_stop) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, PollIntervalMs) > 0) {
                char buf[256];
                if (::recv(fd, buf, sizeof buf, 0) <= 0)
                    return;
            }
        }
        return;
    }

    QByteArray response = responseFor(method, path);
    if (method == "HEAD") // headers only; Content-Length still describes the GET body
        response = response.left(response.indexOf("\r\n\r\n") + 4);
    sendAll(fd, response);
    ::shutdown(fd, SHUT_WR);
}

QByteArray RawHttpServer::responseFor(const QByteArray &method, const QByteArray &path) const
{
    Q_UNUSED(method);
    if (path == "/_ping" || path.endsWith("/_ping"))
        return httpResponse(200, "OK", "text/plain; charset=utf-8", "OK", -1,
                            "Cache-Control: no-cache, no-store, must-revalidate\r\nPragma: no-cache\r\n");
    switch (m_mode) {
    case Mode::MalformedJson:
        return httpResponse(200, "OK", "application/json", "{\"Version\": \"20.10.24\",, \"ApiVersion\": }\n");
    case Mode::WrongShape:
        return httpResponse(200, "OK", "application/json", "[1, 2, 3]\n");
    case Mode::TruncatedBody:
        return httpResponse(200, "OK", "application/json", "{\"Version\":\"20.10.24\",\"ApiVers", 4096);
    case Mode::ServerError:
        return httpResponse(500, "Internal Server Error", "application/json", "{\"message\":\"boom\"}\n");
    case Mode::Silent:
        break;
    }
    return {};
}

} // namespace bulwark::test
