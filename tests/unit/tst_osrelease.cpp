#include "RecordedData.h"
#include "image/EolDatabase.h"
#include "image/OsReleaseParser.h"

#include <QTest>

using namespace bulwark;

class TestOsRelease : public QObject {
    Q_OBJECT
private slots:
    void parseOsRelease();
    void recordedTarFile();
    void recordedTarSymlink();
    void truncatedAndHugeTarsAreRejected();
    void eolLookup_data();
    void eolLookup();
};

void TestOsRelease::parseOsRelease()
{
    const auto f = OsReleaseParser::parse("# comment\nID=alpine\nVERSION_ID=3.18.4\nPRETTY_NAME=\"Alpine Linux v3.18\"\n"
                                          "NAME='x y'\nESCAPED=\"a \\\"b\\\"\"\n\nbroken line\n");
    QCOMPARE(f.value(QStringLiteral("ID")), QStringLiteral("alpine"));
    QCOMPARE(f.value(QStringLiteral("VERSION_ID")), QStringLiteral("3.18.4"));
    QCOMPARE(f.value(QStringLiteral("PRETTY_NAME")), QStringLiteral("Alpine Linux v3.18"));
    QCOMPARE(f.value(QStringLiteral("NAME")), QStringLiteral("x y"));
    QCOMPARE(f.value(QStringLiteral("ESCAPED")), QStringLiteral("a \"b\""));
}

void TestOsRelease::recordedTarFile()
{
    const auto e = OsReleaseParser::firstTarEntry(test::readRecorded(QStringLiteral("archive-etc-os-release.tar")));
    QVERIFY(e.has_value());
    QCOMPARE(e->name, QStringLiteral("os-release"));
    QCOMPARE(e->type, '0');
    const auto f = OsReleaseParser::parse(e->content);
    QCOMPARE(f.value(QStringLiteral("ID")), QStringLiteral("debian"));
    QCOMPARE(f.value(QStringLiteral("VERSION_ID")), QStringLiteral("9"));
}

void TestOsRelease::recordedTarSymlink()
{
    const auto e = OsReleaseParser::firstTarEntry(test::readRecorded(QStringLiteral("archive-etc-os-release-symlink.tar")));
    QVERIFY(e.has_value());
    QCOMPARE(e->type, '2');
    QCOMPARE(e->linkTarget, QStringLiteral("../usr/lib/os-release"));
}

void TestOsRelease::truncatedAndHugeTarsAreRejected()
{
    const QByteArray tar = test::readRecorded(QStringLiteral("archive-etc-os-release.tar"));
    QVERIFY(!OsReleaseParser::firstTarEntry(tar.left(600)).has_value());
    QVERIFY(!OsReleaseParser::firstTarEntry(tar.left(100)).has_value());
    QVERIFY(!OsReleaseParser::firstTarEntry(tar, 10).has_value()); // over the size cap
    QByteArray bad = tar;
    bad.replace(124, 11, "99999999999"); // absurd size
    QVERIFY(!OsReleaseParser::firstTarEntry(bad).has_value());
    QVERIFY(!OsReleaseParser::firstTarEntry(QByteArray(1024, 'x')).has_value());
}

void TestOsRelease::eolLookup_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("eol");
    QTest::addRow("debian 9") << "debian" << "9" << "Debian 9 (stretch)" << QDate(2022, 6, 30);
    QTest::addRow("debian 9.13") << "debian" << "9.13" << "Debian 9 (stretch)" << QDate(2022, 6, 30);
    QTest::addRow("ubuntu 18.04") << "ubuntu" << "18.04" << "" << QDate();
    QTest::addRow("alpine 3.12.4") << "alpine" << "3.12.4" << "" << QDate();
    QTest::addRow("centos 7") << "centos" << "7" << "" << QDate(2024, 6, 30);
}

void TestOsRelease::eolLookup()
{
    QFETCH(QString, id);
    QFETCH(QString, version);
    QFETCH(QString, label);
    QFETCH(QDate, eol);
    const EolRelease *r = EolDatabase::builtin().lookup(id, version);
    QVERIFY2(r, qPrintable(id + QLatin1Char(' ') + version));
    if (!label.isEmpty())
        QCOMPARE(r->label(), label);
    if (eol.isValid())
        QCOMPARE(r->eol, eol);
    QVERIFY(r->eol.isValid());
    QVERIFY(r->eol < QDate(2026, 11, 28)); // every row here is long out of support
    QVERIFY(!r->source.isEmpty());
    QVERIFY(!EolDatabase::builtin().lookup(QStringLiteral("linuxmint"), QStringLiteral("21")));
    QVERIFY(!EolDatabase::builtin().lookup(QStringLiteral("debian"), QStringLiteral("99")));
}

QTEST_GUILESS_MAIN(TestOsRelease)
#include "tst_osrelease.moc"
