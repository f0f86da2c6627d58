#include "stream/LogTimestamp.h"

#include <QDateTime>
#include <QTest>

using namespace bulwark;

class TestLogTimestamp : public QObject {
    Q_OBJECT
private slots:
    void parsePrefix_data();
    void parsePrefix();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void apiParameter_data();
    void apiParameter();
    void userTime_data();
    void userTime();
};

void TestLogTimestamp::parsePrefix_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("used");
    QTest::addColumn<qint64>("ns");
    // 2026-11-28T09:50:58Z is 1795859458 s after the epoch.
    QTest::addRow("daemon format") << QByteArray("2026-11-28T09:50:58.932555942Z line") << qsizetype(31)
                                   << qint64(1795859458932555942);
    QTest::addRow("no fraction") << QByteArray("2026-11-28T09:50:58Z x") << qsizetype(21)
                                 << qint64(1795859458000000000);
    QTest::addRow("short fraction") << QByteArray("2026-11-28T09:50:58.5Z x") << qsizetype(23)
                                    << qint64(1795859458500000000);
    QTest::addRow("offset") << QByteArray("2026-11-28T10:50:58.000000001+01:00 x") << qsizetype(36)
                            << qint64(1795859458000000001);
    QTest::addRow("negative offset") << QByteArray("2026-11-28T04:20:58-05:30 x") << qsizetype(26)
                                     << qint64(1795859458000000000);
    QTest::addRow("epoch") << QByteArray("1970-01-01T00:00:00Z x") << qsizetype(21) << qint64(0);
    QTest::addRow("leap day") << QByteArray("2024-02-29T00:00:00Z x") << qsizetype(21) << qint64(1709164800000000000);
    QTest::addRow("empty text after space")
        << QByteArray("2026-11-28T09:50:58Z ") << qsizetype(21) << qint64(1795859458000000000);
    QTest::addRow("no space") << QByteArray("2026-11-28T09:50:58Zx") << qsizetype(0) << qint64(0);
    QTest::addRow("ten fraction digits") << QByteArray("2026-11-28T09:50:58.1234567890Z x") << qsizetype(0)
                                         << qint64(0);
    QTest::addRow("no zone") << QByteArray("2026-11-28T09:50:58 x") << qsizetype(0) << qint64(0);
    QTest::addRow("month 13") << QByteArray("2026-13-28T09:50:58Z x") << qsizetype(0) << qint64(0);
    QTest::addRow("30 February") << QByteArray("2026-02-30T09:50:58Z x") << qsizetype(0) << qint64(0);
    QTest::addRow("29 February, not leap") << QByteArray("2026-02-29T09:50:58Z x") << qsizetype(0) << qint64(0);
    QTest::addRow("letters") << QByteArray("line of text that is long enough") << qsizetype(0) << qint64(0);
    QTest::addRow("truncated") << QByteArray("2026-11-28T09:5") << qsizetype(0) << qint64(0);
    QTest::addRow("empty") << QByteArray() << qsizetype(0) << qint64(0);
}

void TestLogTimestamp::parsePrefix()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, used);
    QFETCH(qint64, ns);
    qint64 t = -1;
    QCOMPARE(LogTimestamp::parsePrefix(text.constData(), text.size(), &t), used);
    if (used > 0)
        QCOMPARE(t, ns);
}

void TestLogTimestamp::formatRoundTrip_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("daemon") << qint64(1795859458932555942) << QByteArray("2026-11-28T09:50:58.932555942Z");
    QTest::addRow("zero fraction") << qint64(1795859458000000000) << QByteArray("2026-11-28T09:50:58.000000000Z");
    QTest::addRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000000000Z");
    QTest::addRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999999999Z");
    QTest::addRow("2100") << qint64(4102444800000000000) << QByteArray("2100-01-01T00:00:00.000000000Z");
}

void TestLogTimestamp::formatRoundTrip()
{
    QFETCH(qint64, ns);
    QFETCH(QByteArray, text);
    QCOMPARE(LogTimestamp::formatUtc(ns), text);
    QCOMPARE(LogTimestamp::parse(text), std::optional<qint64>(ns));
    // The local form names the same instant.
    QCOMPARE(LogTimestamp::parse(LogTimestamp::formatLocal(ns)), std::optional<qint64>(ns));
}

void TestLogTimestamp::apiParameter_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<QString>("text");
    QTest::addRow("nanoseconds") << qint64(1795872561828660874) << QStringLiteral("1795872561.828660874");
    QTest::addRow("leading zeros") << qint64(1795872561000000005) << QStringLiteral("1795872561.000000005");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0.000000000");
}

void TestLogTimestamp::apiParameter()
{
    QFETCH(qint64, ns);
    QFETCH(QString, text);
    QCOMPARE(LogTimestamp::apiParameter(ns), text);
}

void TestLogTimestamp::userTime_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ns");
    const qint64 now = 1795859458000000000;
    QTest::addRow("unix seconds") << QStringLiteral("1795859000") << true << qint64(1795859000000000000);
    QTest::addRow("unix fraction") << QStringLiteral("1795859000.25") << true << qint64(1795859000250000000);
    QTest::addRow("rfc3339") << QStringLiteral("2026-11-28T09:50:58Z") << true << now;
    QTest::addRow("rfc3339 nano") << QStringLiteral("2026-11-28T09:50:58.000000007Z") << true << now + 7;
    QTest::addRow("minutes") << QStringLiteral("10m") << true << now - 600'000'000'000;
    QTest::addRow("hours and minutes") << QStringLiteral("1h30m") << true << now - 5400'000'000'000;
    QTest::addRow("fractional hours") << QStringLiteral("1.5h") << true << now - 5400'000'000'000;
    QTest::addRow("milliseconds") << QStringLiteral("250ms") << true << now - 250'000'000;
    const qint64 localMidnight =
        QDateTime::fromString(QStringLiteral("2026-11-28"), QStringLiteral("yyyy-MM-dd")).toMSecsSinceEpoch()
        * 1'000'000;
    QTest::addRow("date, local") << QStringLiteral("2026-11-28") << true << localMidnight;
    QTest::addRow("local time") << QStringLiteral("2026-11-28T00:00:01") << true << localMidnight + 1'000'000'000;
    QTest::addRow("empty") << QString() << false << qint64(0);
    QTest::addRow("words") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::addRow("unit only") << QStringLiteral("m") << false << qint64(0);
    QTest::addRow("negative duration") << QStringLiteral("-5m") << false << qint64(0);
}

void TestLogTimestamp::userTime()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(qint64, ns);
    const auto t = LogTimestamp::parseUserTime(value, 1795859458000000000);
    QCOMPARE(t.has_value(), valid);
    if (valid)
        QCOMPARE(*t, ns);
}

QTEST_GUILESS_MAIN(TestLogTimestamp)
#include "tst_logtimestamp.moc"
