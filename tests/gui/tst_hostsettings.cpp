#include "HostSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using bulwark::HostEndpoint;
using bulwark::HostSettings;

class TestHostSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void keyContentsNeverStored();
    void invalidEntriesAreSkipped();
    void savingReplacesPreviousList();

private:
    [[nodiscard]] std::unique_ptr<QSettings> openSettings() const;
    [[nodiscard]] QByteArray iniBytes() const;
    [[nodiscard]] HostEndpoint tlsHost() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyFile;
};

void TestHostSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keyFile = m_dir->filePath(QStringLiteral("key.pem"));
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("-----BEGIN PRIVATE KEY-----\nTOPSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n");
}

std::unique_ptr<QSettings> TestHostSettings::openSettings() const
{
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("bulwark.ini")), QSettings::IniFormat);
}

QByteArray TestHostSettings::iniBytes() const
{
    QFile file(m_dir->filePath(QStringLiteral("bulwark.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

HostEndpoint TestHostSettings::tlsHost() const
{
    HostEndpoint host = HostEndpoint::parse(QStringLiteral("tcp://docker.example.com:2376"), true).value();
    host.tls = true;
    host.tlsFiles.caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    host.tlsFiles.certFile = m_dir->filePath(QStringLiteral("cert.pem"));
    host.tlsFiles.keyFile = m_keyFile;
    host.tlsFiles.verify = false;
    host.source = HostSettings::userSource();
    return host;
}

void TestHostSettings::roundTrip()
{
    const HostEndpoint tls = tlsHost();
    HostEndpoint socket = HostEndpoint::parse(QStringLiteral("unix:///srv/docker/docker.sock")).value();
    socket.source = HostSettings::userSource();
    {
        auto settings = openSettings();
        HostSettings(settings.get()).saveHosts({tls, socket});
    }
    auto settings = openSettings();
    const QList<HostEndpoint> loaded = HostSettings(settings.get()).loadHosts();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).url, QStringLiteral("tcp://docker.example.com:2376"));
    QCOMPARE(loaded.at(0).tls, true);
    QCOMPARE(loaded.at(0).tlsFiles, tls.tlsFiles);
    QCOMPARE(loaded.at(0).tlsFiles.verify, false);
    QCOMPARE(loaded.at(0).source, QStringLiteral("added by you"));
    QCOMPARE(loaded.at(1).url, QStringLiteral("unix:///srv/docker/docker.sock"));
    QCOMPARE(loaded.at(1).transport, bulwark::Transport::Unix);
    QCOMPARE(loaded.at(1).tls, false);
    QVERIFY(loaded.at(1).tlsFiles.isEmpty());
}

void TestHostSettings::keyContentsNeverStored()
{
    {
        auto settings = openSettings();
        HostSettings(settings.get()).saveHosts({tlsHost()});
    }
    const QByteArray ini = iniBytes();
    QVERIFY(!ini.isEmpty());
    QVERIFY2(ini.contains(m_keyFile.toUtf8()), "the key path should be stored");
    QVERIFY(!ini.contains("TOPSECRETKEYMATERIAL"));
    QVERIFY(!ini.contains("PRIVATE KEY"));

    // Only these keys per host, nothing else.
    auto settings = openSettings();
    settings->beginReadArray(QStringLiteral("hosts"));
    settings->setArrayIndex(0);
    QStringList keys = settings->childKeys();
    keys.sort();
    settings->endArray();
    QCOMPARE(keys, (QStringList{"tls", "tlsCaFile", "tlsCertFile", "tlsKeyFile", "tlsVerify", "url"}));
}

void TestHostSettings::invalidEntriesAreSkipped()
{
    {
        auto settings = openSettings();
        settings->beginWriteArray(QStringLiteral("hosts"), 2);
        settings->setArrayIndex(0);
        settings->setValue(QStringLiteral("url"), QStringLiteral("bogus://nowhere"));
        settings->setArrayIndex(1);
        settings->setValue(QStringLiteral("url"), QStringLiteral("tcp://ok.example.com:2375"));
        settings->endArray();
    }
    auto settings = openSettings();
    const QList<HostEndpoint> loaded = HostSettings(settings.get()).loadHosts();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).url, QStringLiteral("tcp://ok.example.com:2375"));
    QVERIFY(loaded.at(0).isInsecure());
    QCOMPARE(loaded.at(0).tlsFiles.verify, true); // the default when the key is absent
}

void TestHostSettings::savingReplacesPreviousList()
{
    auto settings = openSettings();
    HostSettings hosts(settings.get());
    hosts.saveHosts({tlsHost(), tlsHost(), tlsHost()});
    hosts.saveHosts({HostEndpoint::parse(QStringLiteral("tcp://one.example.com:2376"), true).value()});
    QCOMPARE(hosts.loadHosts().size(), 1);
    hosts.saveHosts({});
    QCOMPARE(hosts.loadHosts().size(), 0);
    QVERIFY(!iniBytes().contains("docker.example.com"));
}

QTEST_GUILESS_MAIN(TestHostSettings)
#include "tst_hostsettings.moc"
