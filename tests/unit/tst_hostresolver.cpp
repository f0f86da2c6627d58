#include "ContextStore.h"
#include "HostResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

// A fake home with a docker config dir and a context store laid out as the docker CLI writes it.
class FakeDockerConfig {
public:
    FakeDockerConfig() { QDir(home()).mkpath(QStringLiteral(".docker")); }
    QString home() const { return m_dir.path(); }
    QString configDir() const { return home() + QStringLiteral("/.docker"); }

    void writeConfig(const QByteArray &json) const { write(configDir() + QStringLiteral("/config.json"), json); }

    void addContext(const QString &name, const QString &host, bool skipVerify = false, bool withTls = false) const
    {
        const QString hash = ContextStore::directoryNameFor(name);
        const QString meta = configDir() + QStringLiteral("/contexts/meta/") + hash;
        QDir().mkpath(meta);
        write(meta + QStringLiteral("/meta.json"),
              QStringLiteral(R"({"Name":"%1","Metadata":{"Description":"test"},"Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":%3}}})")
                  .arg(name, host, skipVerify ? QStringLiteral("true") : QStringLiteral("false"))
                  .toUtf8());
        if (withTls) {
            const QString tls = configDir() + QStringLiteral("/contexts/tls/") + hash + QStringLiteral("/docker");
            QDir().mkpath(tls);
            for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
                write(tls + QLatin1Char('/') + QLatin1String(f), "pem");
        }
    }

    Environment env(QHash<QString, QString> vars = {}) const { return Environment(std::move(vars), home()); }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private:
    QTemporaryDir m_dir;
};

class TestHostResolver : public QObject {
    Q_OBJECT
private slots:
    void precedence_data();
    void precedence();
    void contextDirectoryIsSha256();
    void namedContextTls();
    void skipTlsVerifyContext();
    void tlsVerifyEnvironment();
    void tlsVerifyAnyValue();
    void missingContextIsAnError();
    void hostAndContextConflict();
    void dockerConfigOverridesHome();
    void rootlessSocketIsTriedAfterDefault();
    void malformedConfigIsIgnored();
    void listAllMarksSelected();
};

void TestHostResolver::precedence_data()
{
    QTest::addColumn<QString>("argHost");
    QTest::addColumn<QString>("argContext");
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("dockerContext");
    QTest::addColumn<QString>("currentContext");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("sourceContains");

    QTest::addRow("nothing: default socket") << "" << "" << "" << "" << "" << "unix:///var/run/docker.sock"
                                             << "default" << "default Docker socket";
    QTest::addRow("--host beats everything") << "tcp://arg:2375" << "" << "unix:///env.sock" << "ctx-env"
                                             << "ctx-config" << "tcp://arg:2375" << "default" << "--host";
    QTest::addRow("--context beats env") << "" << "ctx-arg" << "unix:///env.sock" << "ctx-env" << "ctx-config"
                                         << "tcp://ctx-arg:2375" << "ctx-arg" << "--context";
    QTest::addRow("DOCKER_HOST beats DOCKER_CONTEXT") << "" << "" << "unix:///env.sock" << "ctx-env" << "ctx-config"
                                                      << "unix:///env.sock" << "default" << "DOCKER_HOST";
    QTest::addRow("DOCKER_CONTEXT beats config") << "" << "" << "" << "ctx-env" << "ctx-config"
                                                 << "tcp://ctx-env:2375" << "ctx-env" << "DOCKER_CONTEXT";
    QTest::addRow("config currentContext") << "" << "" << "" << "" << "ctx-config" << "tcp://ctx-config:2375"
                                           << "ctx-config" << "currentContext";
    QTest::addRow("DOCKER_CONTEXT=default") << "" << "" << "" << "default" << "ctx-config"
                                            << "unix:///var/run/docker.sock" << "default" << "default Docker socket";
}

void TestHostResolver::precedence()
{
    QFETCH(QString, argHost);
    QFETCH(QString, argContext);
    QFETCH(QString, dockerHost);
    QFETCH(QString, dockerContext);
    QFETCH(QString, currentContext);

    FakeDockerConfig cfg;
    for (const char *name : {"ctx-arg", "ctx-env", "ctx-config"})
        cfg.addContext(QLatin1String(name), QStringLiteral("tcp://%1:2375").arg(QLatin1String(name)));
    if (!currentContext.isEmpty())
        cfg.writeConfig(QStringLiteral(R"({"auths":{},"currentContext":"%1"})").arg(currentContext).toUtf8());
    QHash<QString, QString> vars;
    if (!dockerHost.isEmpty())
        vars.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    if (!dockerContext.isEmpty())
        vars.insert(QStringLiteral("DOCKER_CONTEXT"), dockerContext);

    HostRequest req;
    req.host = argHost;
    req.context = argContext;
    const Expected<HostResolution> res = HostResolver(cfg.env(vars)).resolve(req);
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().message));
    QTEST(res->candidates.first().url, "url");
    QTEST(res->contextName, "context");
    QFETCH(QString, sourceContains);
    QVERIFY2(res->candidates.first().source.contains(sourceContains), qPrintable(res->candidates.first().source));
}

void TestHostResolver::contextDirectoryIsSha256()
{
    // echo -n my-tls-context | sha256sum, as verified against docker CLI 28.2.2
    QCOMPARE(ContextStore::directoryNameFor(QStringLiteral("my-tls-context")),
             QStringLiteral("0ee25ec1e056355f7cd8839c6c1b805d3892163bd50905b38b0dc58a4932d2dc"));
}

void TestHostResolver::namedContextTls()
{
    FakeDockerConfig cfg;
    cfg.addContext(QStringLiteral("remote"), QStringLiteral("tcp://remote.example:2376"), false, true);
    HostRequest req;
    req.context = QStringLiteral("remote");
    const Expected<HostResolution> res = HostResolver(cfg.env()).resolve(req);
    QVERIFY(res.ok());
    const HostEndpoint &ep = res->candidates.first();
    QVERIFY(ep.tls);
    QVERIFY(ep.tlsFiles.verify);
    const QString tlsDir = cfg.configDir() + QStringLiteral("/contexts/tls/")
        + ContextStore::directoryNameFor(QStringLiteral("remote")) + QStringLiteral("/docker/");
    QCOMPARE(ep.tlsFiles.caFile, tlsDir + QStringLiteral("ca.pem"));
    QCOMPARE(ep.tlsFiles.certFile, tlsDir + QStringLiteral("cert.pem"));
    QCOMPARE(ep.tlsFiles.keyFile, tlsDir + QStringLiteral("key.pem"));
    QCOMPARE(res->candidates.size(), 1);
}

void TestHostResolver::skipTlsVerifyContext()
{
    FakeDockerConfig cfg;
    cfg.addContext(QStringLiteral("lax"), QStringLiteral("tcp://lax:2376"), true, false);
    HostRequest req;
    req.context = QStringLiteral("lax");
    const Expected<HostResolution> res = HostResolver(cfg.env()).resolve(req);
    QVERIFY(res.ok());
    QVERIFY(res->candidates.first().tls);
    QVERIFY(!res->candidates.first().tlsFiles.verify);
    // A tcp context without TLS data and without SkipTLSVerify is plain tcp.
    cfg.addContext(QStringLiteral("plain"), QStringLiteral("tcp://plain:2375"));
    req.context = QStringLiteral("plain");
    QVERIFY(HostResolver(cfg.env()).resolve(req)->candidates.first().isInsecure());
}

void TestHostResolver::tlsVerifyEnvironment()
{
    FakeDockerConfig cfg;
    QTemporaryDir certs;
    for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
        FakeDockerConfig::write(certs.filePath(QLatin1String(f)), "pem");
    const Expected<HostResolution> res = HostResolver(cfg.env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h:2376")},
                                                                {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                                                                {QStringLiteral("DOCKER_CERT_PATH"), certs.path()}}))
                                             .resolve();
    QVERIFY(res.ok());
    const HostEndpoint &ep = res->candidates.first();
    QVERIFY(ep.tls);
    QVERIFY(ep.tlsFiles.verify);
    QCOMPARE(ep.tlsFiles.caFile, certs.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(ep.tlsFiles.certFile, certs.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(ep.tlsFiles.keyFile, certs.filePath(QStringLiteral("key.pem")));

    // Without DOCKER_HOST, TLS means tcp://localhost:2376, as in the docker CLI.
    const Expected<HostResolution> local =
        HostResolver(cfg.env({{QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")}})).resolve();
    QCOMPARE(local->candidates.first().url, QStringLiteral("tcp://localhost:2376"));
    QCOMPARE(local->candidates.size(), 1);

    // --tls-* arguments override files one by one.
    HostRequest req;
    req.host = QStringLiteral("tcp://h:2376");
    req.tls.caFile = QStringLiteral("/elsewhere/ca.pem");
    const Expected<HostResolution> arg =
        HostResolver(cfg.env({{QStringLiteral("DOCKER_CERT_PATH"), certs.path()}})).resolve(req);
    QCOMPARE(arg->candidates.first().tlsFiles.caFile, QStringLiteral("/elsewhere/ca.pem"));
    QCOMPARE(arg->candidates.first().tlsFiles.certFile, certs.filePath(QStringLiteral("cert.pem")));
}

void TestHostResolver::tlsVerifyAnyValue()
{
    // docker/cli treats any non-empty DOCKER_TLS_VERIFY, even "0", as on.
    FakeDockerConfig cfg;
    const Expected<HostResolution> res = HostResolver(cfg.env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h")},
                                                                {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("0")}}))
                                             .resolve();
    QVERIFY(res->candidates.first().tls);
    QCOMPARE(res->candidates.first().port, 2376);
    const Expected<HostResolution> insecure =
        HostResolver(cfg.env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h")},
                              {QStringLiteral("DOCKER_TLS"), QStringLiteral("1")}}))
            .resolve();
    QVERIFY(insecure->candidates.first().tls);
    QVERIFY(!insecure->candidates.first().tlsFiles.verify);
}

void TestHostResolver::missingContextIsAnError()
{
    FakeDockerConfig cfg;
    HostRequest req;
    req.context = QStringLiteral("nope");
    const Expected<HostResolution> res = HostResolver(cfg.env()).resolve(req);
    QVERIFY(!res.ok());
    QCOMPARE(res.error().kind, ErrorKind::ContextNotFound);
    QVERIFY(res.error().message.contains(QStringLiteral("nope")));
}

void TestHostResolver::hostAndContextConflict()
{
    FakeDockerConfig cfg;
    HostRequest req;
    req.host = QStringLiteral("unix:///a.sock");
    req.context = QStringLiteral("b");
    QCOMPARE(HostResolver(cfg.env()).resolve(req).error().kind, ErrorKind::InvalidHost);
}

void TestHostResolver::dockerConfigOverridesHome()
{
    FakeDockerConfig home;
    QTemporaryDir other;
    QDir(other.path()).mkpath(QStringLiteral("contexts/meta/") + ContextStore::directoryNameFor(QStringLiteral("elsewhere")));
    FakeDockerConfig::write(other.filePath(QStringLiteral("contexts/meta/") + ContextStore::directoryNameFor(QStringLiteral("elsewhere")) + QStringLiteral("/meta.json")),
                            R"({"Name":"elsewhere","Endpoints":{"docker":{"Host":"unix:///elsewhere.sock"}}})");
    FakeDockerConfig::write(other.filePath(QStringLiteral("config.json")), R"({"currentContext":"elsewhere"})");
    home.writeConfig(R"({"currentContext":"ignored"})");
    const Expected<HostResolution> res =
        HostResolver(home.env({{QStringLiteral("DOCKER_CONFIG"), other.path()}})).resolve();
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().message));
    QCOMPARE(res->candidates.first().url, QStringLiteral("unix:///elsewhere.sock"));
}

void TestHostResolver::rootlessSocketIsTriedAfterDefault()
{
    FakeDockerConfig cfg;
    const Expected<HostResolution> res =
        HostResolver(cfg.env({{QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000")}})).resolve();
    QCOMPARE(res->candidates.size(), 2);
    QCOMPARE(res->candidates.at(0).url, QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(res->candidates.at(1).url, QStringLiteral("unix:///run/user/1000/docker.sock"));
    QVERIFY(res->candidates.at(1).source.contains(QStringLiteral("rootless")));
}

void TestHostResolver::malformedConfigIsIgnored()
{
    FakeDockerConfig cfg;
    cfg.writeConfig("{not json");
    EngineError error;
    QCOMPARE(HostResolver(cfg.env()).currentContextFromConfig(&error), QString());
    QCOMPARE(error.kind, ErrorKind::InvalidHost);
    QCOMPARE(HostResolver(cfg.env()).resolve()->candidates.first().url, QStringLiteral("unix:///var/run/docker.sock"));
}

void TestHostResolver::listAllMarksSelected()
{
    FakeDockerConfig cfg;
    cfg.addContext(QStringLiteral("alpha"), QStringLiteral("tcp://alpha:2376"), false, true);
    cfg.addContext(QStringLiteral("beta"), QStringLiteral("unix:///beta.sock"));
    cfg.writeConfig(R"({"currentContext":"beta"})");
    const QList<HostCandidate> all = HostResolver(cfg.env()).listAll();
    QStringList urls;
    QString selected;
    for (const HostCandidate &c : all) {
        urls << c.endpoint.url;
        if (c.selected)
            selected = c.endpoint.url;
    }
    QVERIFY(urls.contains(QStringLiteral("unix:///var/run/docker.sock")));
    QVERIFY(urls.contains(QStringLiteral("tcp://alpha:2376")));
    QVERIFY(urls.contains(QStringLiteral("unix:///beta.sock")));
    QCOMPARE(selected, QStringLiteral("unix:///beta.sock"));
}

QTEST_GUILESS_MAIN(TestHostResolver)
#include "tst_hostresolver.moc"
