// Scans of a dockerd started with --tlsverify (fixture docker_daemon_tls): the right
// CA and client certificate succeed; every wrong combination fails as TlsFailure (or
// TlsFilesMissing) with a message that names the certificate problem.

#include "Environment.h"
#include "HostEndpoint.h"
#include "HostResolver.h"
#include "HostScanner.h"
#include "TestDaemon.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bulwark::ErrorKind;

Q_DECLARE_METATYPE(bulwark::ErrorKind)

namespace {

QString describe(const bulwark::EngineError &e)
{
    return u"%1: %2 | hint: %3"_s.arg(bulwark::EngineError::kindName(e.kind), e.message, e.hint);
}

} // namespace

class TestTlsIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scan_data();
    void scan();
    void plainHttpToTlsPort();
    void resolvedFromDockerEnvironment();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString tlsDocker(const QStringList &args) const;

    QDir m_dir;
    QString m_url;
};

QString TestTlsIntegration::tlsDocker(const QStringList &args) const
{
    QProcess p;
    p.setProgram(u"docker"_s);
    p.setArguments(QStringList{u"--tlsverify"_s, u"--tlscacert"_s, file(u"ca.pem"_s), u"--tlscert"_s,
                               file(u"cert.pem"_s), u"--tlskey"_s, file(u"key.pem"_s), u"-H"_s, m_url}
                   + args);
    p.start();
    p.waitForFinished(60000);
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

void TestTlsIntegration::initTestCase()
{
    const QString dir = qEnvironmentVariable("BULWARK_TEST_TLS_DIR");
    m_dir.setPath(dir);
    QFile portFile(m_dir.filePath(u"port"_s));
    if (dir.isEmpty() || !portFile.open(QIODevice::ReadOnly)) {
        const QString reason =
            u"the TLS test dockerd is not running (no %1); it needs root, docker.io and openssl"_s.arg(
                portFile.fileName());
        if (bulwark::test::underCi())
            QFAIL(qPrintable(u"CI=true and no TLS test daemon: "_s + reason));
        QSKIP(qPrintable(reason));
    }
    const int port = portFile.readAll().trimmed().toInt();
    QVERIFY(port > 0);
    m_url = u"tcp://127.0.0.1:%1"_s.arg(port);
}

void TestTlsIntegration::scan_data()
{
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ErrorKind>("expected");

    QTest::addRow("CA, client certificate and key") << u"ca.pem"_s << u"cert.pem"_s << u"key.pem"_s << ErrorKind::None;
    QTest::addRow("no client certificate") << u"ca.pem"_s << QString() << QString() << ErrorKind::TlsFailure;
    QTest::addRow("wrong CA") << u"wrong-ca.pem"_s << u"cert.pem"_s << u"key.pem"_s << ErrorKind::TlsFailure;
    QTest::addRow("client certificate from an unrelated CA")
        << u"ca.pem"_s << u"wrong-cert.pem"_s << u"wrong-key.pem"_s << ErrorKind::TlsFailure;
    QTest::addRow("CA file missing") << u"no-such-ca.pem"_s << u"cert.pem"_s << u"key.pem"_s
                                     << ErrorKind::TlsFilesMissing;
}

void TestTlsIntegration::scan()
{
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(ErrorKind, expected);

    auto endpoint = bulwark::HostEndpoint::parse(m_url, true);
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().toString()));
    QVERIFY(endpoint->tls);
    endpoint->tlsFiles.caFile = file(ca);
    endpoint->tlsFiles.certFile = cert.isEmpty() ? QString() : file(cert);
    endpoint->tlsFiles.keyFile = key.isEmpty() ? QString() : file(key);
    endpoint->tlsFiles.verify = true;

    bulwark::ScanOptions options;
    options.limits.connectTimeoutMs = 5000;
    options.limits.requestTimeoutMs = 20000;
    bulwark::HostScanner scanner(options);
    const auto result = scanner.scan(*endpoint);

    if (expected == ErrorKind::None) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(describe(result.error())));
        QCOMPARE(result->engine.tls, true);
        QCOMPARE(result->engine.url, m_url);
        QCOMPARE(result->engine.engineVersion, tlsDocker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}));
        QCOMPARE(result->containers.size(), 1);
        QCOMPARE(result->containers.first().name, u"tls-probe"_s);
        return;
    }
    QVERIFY2(!result.ok(), "the scan must not succeed");
    const bulwark::EngineError &error = result.error();
    QVERIFY2(error.kind == expected,
             qPrintable(u"expected %1, got %2"_s.arg(bulwark::EngineError::kindName(expected), describe(error))));
    if (expected == ErrorKind::TlsFailure)
        QVERIFY2((error.message + u' ' + error.hint).contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(describe(error)));
    if (expected == ErrorKind::TlsFilesMissing)
        QVERIFY2((error.message + u' ' + error.hint).contains(u"no-such-ca.pem"_s), qPrintable(describe(error)));
    // Key material never ends up in a message.
    QFile keyFile(file(u"key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyLine = keyFile.readAll().split('\n').value(1);
    QVERIFY(!keyLine.isEmpty());
    QVERIFY(!error.message.toUtf8().contains(keyLine));
}

void TestTlsIntegration::plainHttpToTlsPort()
{
    auto endpoint = bulwark::HostEndpoint::parse(m_url, false);
    QVERIFY(endpoint.ok());
    QVERIFY(!endpoint->tls);
    bulwark::HostScanner scanner;
    const auto result = scanner.scan(*endpoint);
    QVERIFY2(!result.ok(), "plain HTTP to a TLS port must fail");
    // The daemon answers "Client sent an HTTP request to an HTTPS server."; the user must learn that TLS is needed.
    const QString text = result.error().message + u' ' + result.error().hint;
    QVERIFY2(text.contains(u"TLS"_s, Qt::CaseInsensitive) || text.contains(u"HTTPS"_s, Qt::CaseInsensitive),
             qPrintable(describe(result.error())));
}

void TestTlsIntegration::resolvedFromDockerEnvironment()
{
    // DOCKER_HOST + DOCKER_TLS_VERIFY + DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) as the docker CLI reads them.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QHash<QString, QString> vars{{u"DOCKER_HOST"_s, m_url},
                                 {u"DOCKER_TLS_VERIFY"_s, u"1"_s},
                                 {u"DOCKER_CERT_PATH"_s, m_dir.path()},
                                 {u"DOCKER_CONFIG"_s, home.filePath(u".docker"_s)},
                                 {u"HOME"_s, home.path()}};
    const bulwark::HostResolver resolver(bulwark::Environment(vars, home.path()));
    const auto resolution = resolver.resolve();
    QVERIFY2(resolution.ok(), resolution.ok() ? "" : qPrintable(describe(resolution.error())));
    QCOMPARE(resolution->candidates.size(), 1);
    const bulwark::HostEndpoint &endpoint = resolution->candidates.first();
    QCOMPARE(endpoint.url, m_url);
    QCOMPARE(endpoint.tls, true);
    QCOMPARE(endpoint.tlsFiles.caFile, file(u"ca.pem"_s));
    QCOMPARE(endpoint.tlsFiles.certFile, file(u"cert.pem"_s));
    QCOMPARE(endpoint.tlsFiles.keyFile, file(u"key.pem"_s));

    bulwark::HostScanner scanner;
    const auto result = scanner.scan(endpoint);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(describe(result.error())));
    QCOMPARE(result->containers.size(), 1);
}

QTEST_GUILESS_MAIN(TestTlsIntegration)
#include "tst_tls_integration.moc"
