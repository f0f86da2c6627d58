// Error mapping against real failure conditions: each broken endpoint is built for
// real (missing socket, stale socket, closed port, unreadable socket, misbehaving
// HTTP server) and the scan must name the matching ErrorKind. Needs no daemon.

#include "EngineError.h"
#include "HostEndpoint.h"
#include "HostScanner.h"
#include "RawHttpServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using bulwark::ErrorKind;
using bulwark::test::RawHttpServer;

Q_DECLARE_METATYPE(bulwark::ErrorKind)
Q_DECLARE_METATYPE(RawHttpServer::Mode)

namespace {

QString kindName(ErrorKind kind) { return bulwark::EngineError::kindName(kind); }

bulwark::Expected<bulwark::HostSnapshot> scanUrl(const QString &url, const bulwark::ScanOptions &options = {})
{
    const auto endpoint = bulwark::HostEndpoint::parse(url);
    if (!endpoint)
        return endpoint.error();
    bulwark::HostScanner scanner(options);
    return scanner.scan(*endpoint);
}

QString describe(const bulwark::EngineError &e)
{
    return u"%1: %2 | hint: %3 | endpoint: %4 | http %5"_s.arg(kindName(e.kind), e.message, e.hint, e.endpoint)
        .arg(e.httpStatus);
}

// Creates a unix socket at path; listens when asked, otherwise binds and closes it again,
// which leaves a socket file nobody accepts on. Returns the fd (or -1 when closed/failed).
int unixSocketAt(const QString &path, bool listening)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof addr.sun_path) {
        ::close(fd);
        return -1;
    }
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    if (!listening) {
        ::close(fd);
        return -1;
    }
    ::listen(fd, 4);
    return fd;
}

int closedTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd); // never listened on: connecting is refused
    return ntohs(addr.sin_port);
}

} // namespace

class TestConnectionErrorsIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void socketMissing();
    void plainFileAtSocketPath();
    void staleSocket();
    void closedTcpPort();
    void socketPermissionDenied();
    void misbehavingServer_data();
    void misbehavingServer();

private:
    QString shortTempPath(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir{QDir::tempPath() + u"/bw-err-XXXXXX"_s};
};

void TestConnectionErrorsIntegration::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // Traversable by the unprivileged child of socketPermissionDenied().
    QVERIFY(QFile::setPermissions(m_dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
}

void TestConnectionErrorsIntegration::socketMissing()
{
    const QString path = shortTempPath(u"absent.sock"_s);
    const auto result = scanUrl(u"unix://"_s + path);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.error().kind), kindName(ErrorKind::SocketMissing));
    const QString text = result.error().message + result.error().hint + result.error().endpoint;
    QVERIFY2(text.contains(path), qPrintable(describe(result.error())));
}

void TestConnectionErrorsIntegration::plainFileAtSocketPath()
{
    const QString path = shortTempPath(u"plain-file.sock"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto result = scanUrl(u"unix://"_s + path);
    QVERIFY(!result.ok());
    // connect(2) on something that is not a socket is refused by the kernel.
    QVERIFY2(result.error().kind == ErrorKind::ConnectionRefused, qPrintable(describe(result.error())));
}

void TestConnectionErrorsIntegration::staleSocket()
{
    const QString path = shortTempPath(u"stale.sock"_s);
    QCOMPARE(unixSocketAt(path, false), -1);
    QVERIFY2(QFileInfo::exists(path), "bind() should have left a socket file behind");
    const auto result = scanUrl(u"unix://"_s + path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().kind == ErrorKind::ConnectionRefused, qPrintable(describe(result.error())));
}

void TestConnectionErrorsIntegration::closedTcpPort()
{
    const int port = ::closedTcpPort();
    QVERIFY(port > 0);
    const auto result = scanUrl(u"tcp://127.0.0.1:%1"_s.arg(port));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().kind == ErrorKind::ConnectionRefused, qPrintable(describe(result.error())));
}

void TestConnectionErrorsIntegration::socketPermissionDenied()
{
    // A listening socket with mode 000. root ignores file modes, so as root the scan
    // runs in a child process that has dropped to nobody (65534).
    const QString path = shortTempPath(u"locked.sock"_s);
    const int listener = unixSocketAt(path, true);
    QVERIFY2(listener >= 0, "could not create the listening socket");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);

    ErrorKind kind = ErrorKind::None;
    QString detail;
    if (::geteuid() != 0) {
        const auto result = scanUrl(u"unix://"_s + path);
        QVERIFY(!result.ok());
        kind = result.error().kind;
        detail = describe(result.error());
    } else {
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            int code = -1;
            if (::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0) {
                const auto result = scanUrl(u"unix://"_s + path);
                code = result.ok() ? int(ErrorKind::None) : int(result.error().kind);
            }
            [[maybe_unused]] const ssize_t written = ::write(fds[1], &code, sizeof code);
            ::_exit(0);
        }
        ::close(fds[1]);
        int code = -2;
        const ssize_t got = ::read(fds[0], &code, sizeof code);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        QCOMPARE(got, ssize_t(sizeof code));
        QVERIFY2(code >= 0, "the child could not drop to uid 65534");
        kind = ErrorKind(code);
        detail = u"(as uid 65534) kind %1"_s.arg(kindName(kind));
    }
    ::close(listener);
    QVERIFY2(kind == ErrorKind::PermissionDenied, qPrintable(detail));
}

void TestConnectionErrorsIntegration::misbehavingServer_data()
{
    QTest::addColumn<RawHttpServer::Mode>("mode");
    QTest::addColumn<ErrorKind>("expectedKind");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedText");

    QTest::addRow("malformed JSON") << RawHttpServer::Mode::MalformedJson << ErrorKind::MalformedResponse << 0
                                    << QString();
    QTest::addRow("JSON of the wrong shape")
        << RawHttpServer::Mode::WrongShape << ErrorKind::MalformedResponse << 0 << QString();
    QTest::addRow("truncated body") << RawHttpServer::Mode::TruncatedBody << ErrorKind::MalformedResponse << 0
                                    << QString();
    QTest::addRow("HTTP 500 with a message")
        << RawHttpServer::Mode::ServerError << ErrorKind::HttpError << 500 << u"boom"_s;
    QTest::addRow("no answer") << RawHttpServer::Mode::Silent << ErrorKind::Timeout << 0 << QString();
}

void TestConnectionErrorsIntegration::misbehavingServer()
{
    QFETCH(RawHttpServer::Mode, mode);
    QFETCH(ErrorKind, expectedKind);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedText);

    RawHttpServer server(mode);
    QVERIFY(server.start());
    bulwark::ScanOptions options;
    options.limits.connectTimeoutMs = 2000;
    options.limits.requestTimeoutMs = 2000;
    QElapsedTimer timer;
    timer.start();
    const auto result = scanUrl(u"tcp://127.0.0.1:%1"_s.arg(server.port()), options);
    QVERIFY2(!result.ok(), "a scan of a broken server must fail");
    const bulwark::EngineError &error = result.error();
    QVERIFY2(error.kind == expectedKind,
             qPrintable(u"expected %1, got %2"_s.arg(kindName(expectedKind), describe(error))));
    if (expectedStatus != 0)
        QCOMPARE(error.httpStatus, expectedStatus);
    if (!expectedText.isEmpty())
        QVERIFY2(error.message.contains(expectedText), qPrintable(describe(error)));
    if (mode == RawHttpServer::Mode::Silent)
        QVERIFY2(timer.elapsed() < 20000, "the request timeout was not honoured");

    // The client got as far as a versioned request, and only ever read.
    const QList<QByteArray> requests = server.requestLines();
    QVERIFY2(requests.size() >= 2, requests.join(" | ").constData());
    for (const QByteArray &line : requests)
        QVERIFY2(line.startsWith("GET ") || line.startsWith("HEAD "), line.constData());
}

QTEST_GUILESS_MAIN(TestConnectionErrorsIntegration)
#include "tst_connection_errors_integration.moc"
