#include "RecordingProxy.h"

#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>

#include <cstring>
#include <list>
#include <vector>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace bulwark::test {

namespace {

bool fillAddress(sockaddr_un &addr, const QString &path)
{
    addr = {};
    addr.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof addr.sun_path)
        return false;
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    return true;
}

bool sendAll(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

struct RecordingProxy::Pair {
    int client = -1;
    int upstream = -1;
    QByteArray pending; // client bytes not yet split into lines
};

RecordingProxy::RecordingProxy(QString upstreamSocket, QString listenSocket)
    : m_upstreamPath(std::move(upstreamSocket))
    , m_listenPath(std::move(listenSocket))
{ }

RecordingProxy::~RecordingProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    QFile::remove(m_listenPath);
}

bool RecordingProxy::start()
{
    sockaddr_un addr;
    if (!fillAddress(addr, m_listenPath))
        return false;
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_listenFd, 64) != 0)
        return false;
    m_thread = std::thread([this] { serve(); });
    return true;
}

QList<QByteArray> RecordingProxy::requestLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestLines;
}

void RecordingProxy::record(QByteArray &pending, const char *data, qsizetype size)
{
    // Request lines are found in the client's byte stream; bodies (there should be
    // none) could only add lines that do not look like "METHOD /path HTTP/1.x".
    static const QRegularExpression requestLine(QStringLiteral("^[A-Z]+ /\\S* HTTP/1\\.[01]$"));
    pending.append(data, size);
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        QByteArray line = pending.left(newline);
        pending.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (requestLine.match(QString::fromLatin1(line)).hasMatch()) {
            QMutexLocker lock(&m_mutex);
            m_requestLines.append(line);
        }
    }
    if (pending.size() > 64 * 1024) // a body without newlines: keep only the tail
        pending = pending.right(1024);
}

void RecordingProxy::serve()
{
    std::list<Pair> pairs;
    char buf[64 * 1024];
    while (!m_stop) {
        std::vector<pollfd> fds;
        fds.push_back({m_listenFd, POLLIN, 0});
        for (const Pair &p : pairs) {
            fds.push_back({p.client, POLLIN, 0});
            fds.push_back({p.upstream, POLLIN, 0});
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 50) <= 0)
            continue;

        size_t i = 1;
        for (auto it = pairs.begin(); it != pairs.end(); i += 2) {
            bool closed = false;
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(it->client, buf, sizeof buf, 0);
                if (n <= 0) {
                    closed = true;
                } else {
                    record(it->pending, buf, n);
                    closed = !sendAll(it->upstream, buf, n);
                }
            }
            if (!closed && (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::recv(it->upstream, buf, sizeof buf, 0);
                closed = n <= 0 || !sendAll(it->client, buf, n);
            }
            if (closed) {
                ::close(it->client);
                ::close(it->upstream);
                it = pairs.erase(it);
            } else {
                ++it;
            }
        }

        if (fds[0].revents & POLLIN) {
            const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            sockaddr_un addr;
            const int upstream = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (upstream < 0 || !fillAddress(addr, m_upstreamPath)
                || ::connect(upstream, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
                ::close(client);
                if (upstream >= 0)
                    ::close(upstream);
                continue;
            }
            pairs.push_back(Pair{client, upstream, {}});
        }
    }
    for (const Pair &p : pairs) {
        ::close(p.client);
        ::close(p.upstream);
    }
}

} // namespace bulwark::test
