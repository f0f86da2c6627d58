#include "CurlErrorMapper.h"

#include <QTest>

#include <curl/curl.h>

#include <cerrno>

using namespace bulwark;
Q_DECLARE_METATYPE(bulwark::HostEndpoint)

class TestCurlErrorMapper : public QObject {
    Q_OBJECT
private slots:
    void curlFailures_data();
    void curlFailures();
    void httpStatus_data();
    void httpStatus();
    void permissionHintExplainsRootEquivalence();
};

namespace {
HostEndpoint unixEp() { return *HostEndpoint::parse(QStringLiteral("unix:///run/docker.sock")); }
HostEndpoint tcpEp() { return *HostEndpoint::parse(QStringLiteral("tcp://10.1.2.3:2375")); }
HostEndpoint tlsEp(bool withCert)
{
    HostEndpoint ep = *HostEndpoint::parse(QStringLiteral("tcp://10.1.2.3:2376"), true);
    ep.tlsFiles.caFile = QStringLiteral("/certs/ca.pem");
    if (withCert) {
        ep.tlsFiles.certFile = QStringLiteral("/certs/cert.pem");
        ep.tlsFiles.keyFile = QStringLiteral("/certs/key.pem");
    }
    return ep;
}
} // namespace

void TestCurlErrorMapper::curlFailures_data()
{
    QTest::addColumn<HostEndpoint>("endpoint");
    QTest::addColumn<int>("curlCode");
    QTest::addColumn<int>("osErrno");
    QTest::addColumn<QString>("curlMessage");
    QTest::addColumn<bool>("tooLarge");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messageContains");

    QTest::addRow("socket missing") << unixEp() << int(CURLE_COULDNT_CONNECT) << ENOENT << "" << false
                                    << int(ErrorKind::SocketMissing) << "/run/docker.sock";
    QTest::addRow("socket permission") << unixEp() << int(CURLE_COULDNT_CONNECT) << EACCES << "" << false
                                       << int(ErrorKind::PermissionDenied) << "Permission denied";
    QTest::addRow("stale socket") << unixEp() << int(CURLE_COULDNT_CONNECT) << ECONNREFUSED << "" << false
                                  << int(ErrorKind::ConnectionRefused) << "Nothing is listening";
    QTest::addRow("tcp refused") << tcpEp() << int(CURLE_COULDNT_CONNECT) << ECONNREFUSED << "" << false
                                 << int(ErrorKind::ConnectionRefused) << "10.1.2.3:2375";
    QTest::addRow("unreachable") << tcpEp() << int(CURLE_COULDNT_CONNECT) << EHOSTUNREACH << "" << false
                                 << int(ErrorKind::HostUnreachable) << "unreachable";
    QTest::addRow("dns") << tcpEp() << int(CURLE_COULDNT_RESOLVE_HOST) << 0 << "" << false
                         << int(ErrorKind::HostUnreachable) << "10.1.2.3";
    QTest::addRow("timeout") << tcpEp() << int(CURLE_OPERATION_TIMEDOUT) << 0 << "Operation timed out" << false
                             << int(ErrorKind::Timeout) << "in time";
    QTest::addRow("cancelled") << tcpEp() << int(CURLE_ABORTED_BY_CALLBACK) << 0 << "" << false
                               << int(ErrorKind::Cancelled) << "cancelled";
    QTest::addRow("too large") << unixEp() << int(CURLE_WRITE_ERROR) << 0 << "" << true
                               << int(ErrorKind::ResponseTooLarge) << "larger than";
    QTest::addRow("truncated") << unixEp() << int(CURLE_PARTIAL_FILE) << 0 << "transfer closed" << false
                               << int(ErrorKind::MalformedResponse) << "closed before";
    QTest::addRow("verify failed") << tlsEp(true) << int(CURLE_PEER_FAILED_VERIFICATION) << 0
                                   << "SSL certificate problem: unable to get local issuer certificate" << false
                                   << int(ErrorKind::TlsFailure) << "/certs/ca.pem";
    QTest::addRow("client cert required") << tlsEp(false) << int(CURLE_RECV_ERROR) << 0
                                          << "OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0"
                                          << false << int(ErrorKind::TlsFailure) << "requires a TLS client certificate";
    QTest::addRow("client cert rejected") << tlsEp(true) << int(CURLE_SSL_CONNECT_ERROR) << 0
                                          << "error:0A000418:SSL routines::tlsv1 alert unknown ca" << false
                                          << int(ErrorKind::TlsFailure) << "/certs/cert.pem";
    QTest::addRow("not tls") << tlsEp(true) << int(CURLE_SSL_CONNECT_ERROR) << 0
                             << "error:0A00010B:SSL routines::wrong version number" << false
                             << int(ErrorKind::TlsFailure) << "does not speak TLS";
    QTest::addRow("bad key") << tlsEp(true) << int(CURLE_SSL_CERTPROBLEM) << 0 << "unable to set private key file"
                             << false << int(ErrorKind::TlsFailure) << "/certs/key.pem";
}

void TestCurlErrorMapper::curlFailures()
{
    QFETCH(HostEndpoint, endpoint);
    QFETCH(int, curlCode);
    QFETCH(int, osErrno);
    QFETCH(QString, curlMessage);
    QFETCH(bool, tooLarge);
    const EngineError e = CurlErrorMapper::fromCurl(endpoint, QStringLiteral("/v1.41/info"),
                                                    {curlCode, osErrno, curlMessage, tooLarge, 64 << 20});
    QTEST(int(e.kind), "kind");
    QFETCH(QString, messageContains);
    QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
    if (e.kind != ErrorKind::Cancelled)
        QVERIFY2(!e.hint.isEmpty(), "every error says what to do");
    QCOMPARE(e.endpoint, endpoint.url);
}

void TestCurlErrorMapper::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messageContains");
    QTest::addRow("daemon json message") << 500 << QByteArray(R"({"message":"boom"})") << int(ErrorKind::HttpError)
                                         << "HTTP 500: boom";
    QTest::addRow("podman shape") << 404 << QByteArray(R"({"cause":"x","message":"no such container","response":404})")
                                  << int(ErrorKind::HttpError) << "no such container";
    QTest::addRow("plain text") << 400 << QByteArray("client version 1.11 is too old. Minimum supported API version is 1.12")
                                << int(ErrorKind::ApiVersionUnsupported) << "too old";
    QTest::addRow("http to https") << 400 << QByteArray("Client sent an HTTP request to an HTTPS server.\n")
                                   << int(ErrorKind::TlsFailure) << "requires TLS";
    QTest::addRow("empty body") << 503 << QByteArray() << int(ErrorKind::HttpError) << "HTTP 503";
}

void TestCurlErrorMapper::httpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpResponse r;
    r.status = status;
    r.body = body;
    const EngineError e = CurlErrorMapper::fromHttpStatus(tcpEp(), QStringLiteral("/v1.41/containers/x/json"), r);
    QTEST(int(e.kind), "kind");
    QCOMPARE(e.httpStatus, status);
    QFETCH(QString, messageContains);
    QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
}

void TestCurlErrorMapper::permissionHintExplainsRootEquivalence()
{
    const EngineError e = CurlErrorMapper::fromCurl(unixEp(), QStringLiteral("/_ping"),
                                                    {int(CURLE_COULDNT_CONNECT), EACCES, {}, false, 0});
    QVERIFY(e.hint.contains(QStringLiteral("root")));
    QVERIFY(e.hint.contains(QStringLiteral("docker group")));
}

QTEST_GUILESS_MAIN(TestCurlErrorMapper)
#include "tst_curlerrormapper.moc"
