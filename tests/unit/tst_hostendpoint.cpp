#include "HostEndpoint.h"

#include <QTest>

using namespace bulwark;

class TestHostEndpoint : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void requestUrl();
};

void TestHostEndpoint::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");

    const int unixSock = int(Transport::Unix);
    const int tcp = int(Transport::Tcp);
    QTest::addRow("unix") << "unix:///var/run/docker.sock" << false << "unix:///var/run/docker.sock" << unixSock << "" << 0
                          << "/var/run/docker.sock";
    QTest::addRow("unix default path") << "unix://" << false << "unix:///var/run/docker.sock" << unixSock << "" << 0
                                       << "/var/run/docker.sock";
    QTest::addRow("unix ignores tls") << "unix:///run/user/1000/docker.sock" << true
                                      << "unix:///run/user/1000/docker.sock" << unixSock << "" << 0
                                      << "/run/user/1000/docker.sock";
    QTest::addRow("tcp explicit port") << "tcp://10.0.0.5:2376" << true << "tcp://10.0.0.5:2376" << tcp << "10.0.0.5"
                                       << 2376 << "";
    QTest::addRow("tcp default plain port") << "tcp://docker.example" << false << "tcp://docker.example:2375" << tcp
                                            << "docker.example" << 2375 << "";
    QTest::addRow("tcp default tls port") << "tcp://docker.example" << true << "tcp://docker.example:2376" << tcp
                                          << "docker.example" << 2376 << "";
    QTest::addRow("bare host:port is tcp") << "127.0.0.1:2375" << false << "tcp://127.0.0.1:2375" << tcp
                                           << "127.0.0.1" << 2375 << "";
    QTest::addRow("empty host is localhost") << "tcp://:2375" << false << "tcp://localhost:2375" << tcp
                                             << "localhost" << 2375 << "";
    QTest::addRow("ipv6") << "tcp://[::1]:2376" << true << "tcp://[::1]:2376" << tcp << "::1" << 2376 << "";
    QTest::addRow("path prefix") << "tcp://h:2375/docker/" << false << "tcp://h:2375/docker" << tcp << "h" << 2375
                                 << "";
    QTest::addRow("spaces trimmed") << "  unix:///tmp/d.sock " << false << "unix:///tmp/d.sock" << unixSock << "" << 0
                                    << "/tmp/d.sock";
}

void TestHostEndpoint::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, tls);
    const Expected<HostEndpoint> ep = HostEndpoint::parse(input, tls);
    QVERIFY2(ep.ok(), qPrintable(ep.ok() ? QString() : ep.error().message));
    QTEST(ep->url, "url");
    QTEST(int(ep->transport), "transport");
    QTEST(ep->hostName, "host");
    QTEST(ep->port, "port");
    QTEST(ep->socketPath, "socket");
    QCOMPARE(ep->tls, tls && ep->transport == Transport::Tcp);
}

void TestHostEndpoint::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addRow("empty") << "" << int(ErrorKind::InvalidHost);
    QTest::addRow("relative socket") << "unix://docker.sock" << int(ErrorKind::InvalidHost);
    QTest::addRow("unknown scheme") << "http://h:2375" << int(ErrorKind::InvalidHost);
    QTest::addRow("bad port") << "tcp://h:99999" << int(ErrorKind::InvalidHost);
    QTest::addRow("credentials") << "tcp://user:pw@h:2375" << int(ErrorKind::InvalidHost);
    QTest::addRow("ssh") << "ssh://me@host" << int(ErrorKind::Unsupported);
    QTest::addRow("npipe") << "npipe:////./pipe/docker_engine" << int(ErrorKind::Unsupported);
}

void TestHostEndpoint::rejects()
{
    QFETCH(QString, input);
    const Expected<HostEndpoint> ep = HostEndpoint::parse(input);
    QVERIFY(!ep.ok());
    QTEST(int(ep.error().kind), "kind");
    QVERIFY(!ep.error().message.isEmpty());
    QVERIFY(!ep.error().hint.isEmpty());
}

void TestHostEndpoint::requestUrl()
{
    QCOMPARE(HostEndpoint::parse(QStringLiteral("unix:///x.sock"))->requestUrl(QStringLiteral("/_ping")),
             QStringLiteral("http://localhost/_ping"));
    QCOMPARE(HostEndpoint::parse(QStringLiteral("tcp://h:2376"), true)->requestUrl(QStringLiteral("/v1.41/info")),
             QStringLiteral("https://h:2376/v1.41/info"));
    QCOMPARE(HostEndpoint::parse(QStringLiteral("tcp://[::1]:2375/p"))->requestUrl(QStringLiteral("/info")),
             QStringLiteral("http://[::1]:2375/p/info"));
    QVERIFY(HostEndpoint::parse(QStringLiteral("tcp://h:2375"))->isInsecure());
    QVERIFY(!HostEndpoint::parse(QStringLiteral("tcp://h:2376"), true)->isInsecure());
}

QTEST_GUILESS_MAIN(TestHostEndpoint)
#include "tst_hostendpoint.moc"
