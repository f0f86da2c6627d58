#include "rules/SecretDetector.h"

#include <QTest>

using namespace bulwark;

class TestSecretDetector : public QObject {
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void redactShowsAtMostEnds();
    void redactText_data();
    void redactText();
};

void TestSecretDetector::classify_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");
    QTest::addRow("aws key id") << "SOME_ID" << "AKIAIOSFODNN7EXAMPLE" << true;
    QTest::addRow("aws secret by name") << "AWS_SECRET_ACCESS_KEY" << "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" << true;
    QTest::addRow("password") << "DB_PASSWORD" << "hunter2" << true;
    QTest::addRow("token") << "GITHUB_TOKEN" << "ghp_0123456789abcdefghijklmnopqrstuvwxyz" << true;
    QTest::addRow("private key") << "TLS_KEY_PEM" << "-----BEGIN RSA PRIVATE KEY-----\nMIIE" << true;
    QTest::addRow("connection string") << "DATABASE_URL" << "postgres://app:pw@db/app" << true;
    QTest::addRow("jwt") << "X" << "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc" << true;
    QTest::addRow("secret file path") << "DB_PASSWORD_FILE" << "/run/secrets/db" << false;
    QTest::addRow("empty") << "DB_PASSWORD" << "" << false;
    QTest::addRow("placeholder") << "API_TOKEN" << "${API_TOKEN}" << false;
    QTest::addRow("plain") << "HOME" << "/root" << false;
    QTest::addRow("url without credentials") << "UPSTREAM" << "https://example.com/x" << false;
    QTest::addRow("keyboard layout") << "XKB_LAYOUT" << "us" << false;
}

void TestSecretDetector::classify()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, secret);
    const auto m = SecretDetector::classifyEnv(name, value);
    QCOMPARE(m.has_value(), secret);
    if (m && value.size() > 4) {
        QVERIFY2(!m->hint.contains(value), qPrintable(m->hint));
        QVERIFY(!m->kind.isEmpty());
    }
}

void TestSecretDetector::redactShowsAtMostEnds()
{
    QCOMPARE(SecretDetector::redact(QStringLiteral("hunter2")), QStringLiteral("[redacted, 7 chars]"));
    QCOMPARE(SecretDetector::redact(QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
             QStringLiteral("wJ…EY [redacted, 40 chars]"));
    QVERIFY(!SecretDetector::redact(QStringLiteral("-----BEGIN PRIVATE KEY-----abcdefgh")).contains(QStringLiteral("--")));
}

void TestSecretDetector::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addRow("build arg") << "|1 DB_PASSWORD=supersecretvalue /bin/sh -c make" << "supersecretvalue";
    QTest::addRow("flag") << "/app --api-key=abcd1234efgh5678 --port 80" << "abcd1234efgh5678";
    QTest::addRow("flag separate") << "/app --password hunter2hunter2 --port 80" << "hunter2hunter2";
    QTest::addRow("env in nop") << "/bin/sh -c #(nop)  ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY" << "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY";
    QTest::addRow("aws id anywhere") << "curl -H 'x: AKIAIOSFODNN7EXAMPLE' http://x" << "AKIAIOSFODNN7EXAMPLE";
}

void TestSecretDetector::redactText()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    bool found = false;
    const QString out = SecretDetector::redactText(text, &found);
    QVERIFY(found);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    bool clean = true;
    QCOMPARE(SecretDetector::redactText(QStringLiteral("/bin/sh -c apt-get install -y curl"), &clean),
             QStringLiteral("/bin/sh -c apt-get install -y curl"));
    QVERIFY(!clean);
}

QTEST_GUILESS_MAIN(TestSecretDetector)
#include "tst_secretdetector.moc"
