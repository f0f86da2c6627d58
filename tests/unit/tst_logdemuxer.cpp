#include "LogFrames.h"
#include "RecordedData.h"
#include "Sanitizers.h"
#include "stream/LogDemuxer.h"
#include "stream/LogTimestamp.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bulwark;

namespace {

using test::frame;

// One delivered line as readable text: "stream|flags|time|text", text with \xNN escapes.
QString describe(const LogBatch &b, const LogLine &l)
{
    QString stream = l.stream == LogStreamKind::Stderr ? QStringLiteral("err")
        : l.stream == LogStreamKind::Daemon            ? QStringLiteral("daemon")
                                                       : QStringLiteral("out");
    QStringList flags;
    if (l.has(NoNewline))
        flags << QStringLiteral("nonl");
    if (l.has(CrLf))
        flags << QStringLiteral("crlf");
    if (l.has(InvalidUtf8))
        flags << QStringLiteral("badutf8");
    if (l.has(NoTimestamp))
        flags << QStringLiteral("nots");
    const QString time = l.hasTime() ? QString::fromLatin1(LogTimestamp::formatUtc(l.timeNs)) : QString();
    QString text;
    for (char c : b.text(l)) {
        const auto u = static_cast<unsigned char>(c);
        text += (u >= 0x20 && u < 0x7f && u != '\\') ? QString(QLatin1Char(c))
                                                     : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("%1|%2|%3|%4").arg(stream, flags.join(QLatin1Char(',')), time, text);
}

QStringList describeAll(const LogBatch &b)
{
    QStringList out;
    for (const LogLine &l : b.lines())
        out << describe(b, l);
    return out;
}

struct Fed {
    QStringList lines;
    bool ok = true;
    LogDemuxer::Error error = LogDemuxer::Error::None;
};

// Feeds input cut at the given offsets, then finishes.
Fed feedSplit(LogDemuxer::Framing framing, bool timestamps, const QByteArray &input, const QList<qsizetype> &cuts,
              qsizetype maxLine = LogDemuxer::DefaultMaxLineLength)
{
    LogDemuxer d(framing, timestamps, maxLine);
    Fed f;
    qsizetype at = 0;
    QList<qsizetype> points = cuts;
    points << input.size();
    for (qsizetype cut : points) {
        LogBatch b;
        f.ok = d.feed(input.constData() + at, cut - at, b) && f.ok;
        f.lines += describeAll(b);
        at = cut;
    }
    LogBatch b;
    f.ok = d.finish(b) && f.ok;
    f.lines += describeAll(b);
    f.error = d.error();
    return f;
}

const QByteArray T1 = "2026-11-28T09:50:58.932555942Z ";
const QByteArray T2 = "2026-11-28T09:50:58.932558517Z ";

} // namespace

class TestLogDemuxer : public QObject {
    Q_OBJECT
private slots:
    void lines_data();
    void lines();
    void everySplitPoint_data() { lines_data(); }
    void everySplitPoint();
    void byteByByte_data() { lines_data(); }
    void byteByByte();
    void oversizeHeader_data();
    void oversizeHeader();
    void badHeader_data();
    void badHeader();
    void truncated_data();
    void truncated();
    void lineCap_data();
    void lineCap();
    void recorded_data();
    void recorded();
    void resetClearsState();
    void reconstructsBytes_data();
    void reconstructsBytes();
};

void TestLogDemuxer::lines_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("interleaved streams") << false << false
                                         << frame(1, "a\nb\n") + frame(2, "x\n") + frame(1, "c\n")
            + frame(2, "y\nz\n") << QStringList{"out|||a", "out|||b", "err|||x", "out|||c", "err|||y", "err|||z"};
    QTest::addRow("line across frames, other stream between")
        << false << false << frame(1, "ab") + frame(2, "x\n") + frame(1, "c\n") << QStringList{"err|||x", "out|||abc"};
    QTest::addRow("partial lines on both streams")
        << false << false << frame(1, "o1") + frame(2, "e1") + frame(1, "o2\n") + frame(2, "e2\n")
        << QStringList{"out|||o1o2", "err|||e1e2"};
    QTest::addRow("zero-length frames") << false << false
                                        << frame(1, {}) + frame(1, "a\n") + frame(2, {}) + frame(1, {})
            + frame(2, "b\n") + frame(2, {})
                                        << QStringList{"out|||a", "err|||b"};
    QTest::addRow("empty lines") << false << false << frame(1, "\n\n") << QStringList{"out|||", "out|||"};
    QTest::addRow("crlf") << false << false << frame(1, "a\r\nb\r\r\n")
                          << QStringList{"out|crlf||a", "out|crlf||b\\x0d"};
    QTest::addRow("stdin frame goes to stdout") << false << false << frame(0, "in\n") << QStringList{"out|||in"};
    QTest::addRow("no newline at the end")
        << false << false << frame(1, "a\ntail") << QStringList{"out|||a", "out|nonl||tail"};
    QTest::addRow("invalid utf-8") << false << false << frame(1, "ok\xff\n\xc3\x28\n\xed\xa0\x80\n\xf0\x82\x82\xac\n")
                                   << QStringList{"out|badutf8||ok\\xff", "out|badutf8||\\xc3(",
                                                  "out|badutf8||\\xed\\xa0\\x80", "out|badutf8||\\xf0\\x82\\x82\\xac"};
    QTest::addRow("valid multibyte utf-8") << false << false << frame(1, "h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\xb3\n")
                                           << QStringList{"out|||h\\xc3\\xa9 \\xe2\\x82\\xac \\xf0\\x9f\\x90\\xb3"};
    QTest::addRow("utf-8 split across frames")
        << false << false << frame(1, "\xe2\x82") + frame(1, "\xac\n") << QStringList{"out|||\\xe2\\x82\\xac"};
    QTest::addRow("daemon error frame") << false << false << frame(1, "a\n") + frame(3, "Error grabbing logs: boom\n")
                                        << QStringList{"out|||a", "daemon|||Error grabbing logs: boom"};
    QTest::addRow("long line in one frame") << false << false << frame(1, QByteArray(40000, 'x') + "\n")
                                            << QStringList{"out|||" + QString(40000, QLatin1Char('x'))};

    QTest::addRow("timestamps") << false << true << frame(1, T1 + "a\n") + frame(2, T2 + "b\n")
                                << QStringList{"out||2026-11-28T09:50:58.932555942Z|a",
                                               "err||2026-11-28T09:50:58.932558517Z|b"};
    QTest::addRow("timestamps, empty line")
        << false << true << frame(1, T1 + "\n") << QStringList{"out||2026-11-28T09:50:58.932555942Z|"};
    // The daemon cuts lines longer than 16 KiB into messages of one frame each, with the same time.
    QTest::addRow("timestamps, 16 KiB pieces")
        << false << true << frame(1, T1 + QByteArray(16384, 'x')) + frame(2, T2 + "e\n") + frame(1, T1 + "yy\n")
        << QStringList{"out|nonl|2026-11-28T09:50:58.932555942Z|" + QString(16384, QLatin1Char('x')),
                       "err||2026-11-28T09:50:58.932558517Z|e", "out||2026-11-28T09:50:58.932555942Z|yy"};
    QTest::addRow("timestamps, no newline at the end")
        << false << true << frame(1, T1 + "prompt: ")
        << QStringList{"out|nonl|2026-11-28T09:50:58.932555942Z|prompt: "};
    QTest::addRow("timestamps missing") << false << true
                                        << frame(1, "plain\n") + frame(1, T1 + "a\n") + frame(1, "again\n")
                                        << QStringList{"out|nots||plain", "out||2026-11-28T09:50:58.932555942Z|a",
                                                       "out|nots|2026-11-28T09:50:58.932555942Z|again"};
    QTest::addRow("timestamps, several lines in one frame")
        << false << true << frame(1, T1 + "a\n" + T2 + "b\n")
        << QStringList{"out||2026-11-28T09:50:58.932555942Z|a", "out||2026-11-28T09:50:58.932558517Z|b"};

    QTest::addRow("raw tty") << true << false << QByteArray("out1\r\nerr1\r\nout2\r\n")
                             << QStringList{"out|crlf||out1", "out|crlf||err1", "out|crlf||out2"};
    QTest::addRow("raw looks like a header") << true << false << QByteArray("\x01\x00\x00\x00\x00\x00\x00\x02hi\n", 11)
                                             << QStringList{"out|||\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x02hi"};
    QTest::addRow("raw tty, timestamps, 16 KiB pieces")
        << true << true << T1 + QByteArray(16384, 'x') + T1 + "yy\r\n" + T2 + "z\r\n"
        << QStringList{"out|nonl|2026-11-28T09:50:58.932555942Z|" + QString(16384, QLatin1Char('x')),
                       "out|crlf|2026-11-28T09:50:58.932555942Z|yy", "out|crlf|2026-11-28T09:50:58.932558517Z|z"};
    QTest::addRow("raw, no newline at the end")
        << true << false << QByteArray("a\nb") << QStringList{"out|||a", "out|nonl||b"};
}

void TestLogDemuxer::lines()
{
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const Fed f = feedSplit(raw ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed, timestamps, input, {});
    QVERIFY(f.ok);
    QCOMPARE(f.lines, expected);
}

void TestLogDemuxer::everySplitPoint()
{
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const auto framing = raw ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed;
    // Long inputs: every split near the frame and line boundaries, a stride elsewhere.
    const qsizetype step = input.size() > 2000 ? (test::sanitizedBuild ? 997 : 97) : 1;
    for (qsizetype cut = 0; cut <= input.size(); cut += (cut < 64 || input.size() - cut < 64) ? 1 : step) {
        const Fed f = feedSplit(framing, timestamps, input, {cut});
        QVERIFY2(f.ok, qPrintable(QStringLiteral("split at %1").arg(cut)));
        QVERIFY2(f.lines == expected,
                 qPrintable(QStringLiteral("split at %1: %2").arg(cut).arg(f.lines.join(QLatin1Char('\n')))));
    }
    // And in three pieces, around every frame header.
    for (qsizetype a = 0; a + 9 <= input.size() && a < 64; ++a) {
        const Fed f = feedSplit(framing, timestamps, input, {a, a + 9});
        QVERIFY2(f.lines == expected, qPrintable(QStringLiteral("splits at %1, %2").arg(a).arg(a + 9)));
    }
}

void TestLogDemuxer::byteByByte()
{
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    if (input.size() > 20000)
        QSKIP("covered by everySplitPoint");
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts << i;
    const Fed f = feedSplit(raw ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed, timestamps, input, cuts);
    QVERIFY(f.ok);
    QCOMPARE(f.lines, expected);
}

void TestLogDemuxer::oversizeHeader_data()
{
    QTest::addColumn<quint32>("length");
    QTest::addRow("cap + 1") << quint32(LogDemuxer::MaxFrameLength + 1);
    QTest::addRow("2 GiB") << quint32(0x80000000u);
    QTest::addRow("4 GiB - 1") << quint32(0xffffffffu);
}

void TestLogDemuxer::oversizeHeader()
{
    QFETCH(quint32, length);
    LogDemuxer d(LogDemuxer::Framing::Multiplexed, false);
    LogBatch b;
    // The frame announces far more than follows: only its header arrives.
    const QByteArray input = frame(1, "before\n") + test::frameHeader(2, length) + QByteArray("after\n");
    QVERIFY(!d.feed(input, b));
    QCOMPARE(d.error(), LogDemuxer::Error::FrameTooLarge);
    QVERIFY(d.errorString().contains(QString::number(length)));
    QCOMPARE(describeAll(b), QStringList{"out|||before"});
    QVERIFY(b.byteSize() < 64); // nothing was reserved for the announced length
    LogBatch more;
    QVERIFY(!d.feed(frame(1, "x\n"), more)); // a failed demuxer accepts nothing more
    QVERIFY(more.isEmpty());
    // The largest legitimate frame passes.
    LogDemuxer ok(LogDemuxer::Framing::Multiplexed, false);
    LogBatch big;
    QVERIFY(ok.feed(frame(1, QByteArray(int(LogDemuxer::MaxFrameLength - 1), 'y') + "\n"), big));
    QCOMPARE(big.size(), 1);
    QCOMPARE(big.text(big.at(0)).size(), qsizetype(LogDemuxer::MaxFrameLength - 1));
}

void TestLogDemuxer::badHeader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("padding not zero") << QByteArray("\x01\x00\x01\x00\x00\x00\x00\x01x", 9);
    QTest::addRow("stream 4") << QByteArray("\x04\x00\x00\x00\x00\x00\x00\x01x", 9);
    QTest::addRow("tty bytes read as multiplexed") << QByteArray("out1\r\nerr1\r\n");
    QTest::addRow("http error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
}

void TestLogDemuxer::badHeader()
{
    QFETCH(QByteArray, input);
    LogDemuxer d(LogDemuxer::Framing::Multiplexed, true);
    LogBatch b;
    QVERIFY(!d.feed(frame(1, T1 + "first\n") + input, b));
    QCOMPARE(d.error(), LogDemuxer::Error::BadHeader);
    QVERIFY(!d.errorString().isEmpty());
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.text(b.at(0)), QByteArrayView("first"));
}

void TestLogDemuxer::truncated_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    const QByteArray whole = frame(1, "a\n") + frame(2, "partial line\n");
    QTest::addRow("inside a header") << whole.left(2 + 8 + 3) << QStringList{"out|||a"};
    QTest::addRow("inside a payload") << whole.left(2 + 8 + 8 + 7) << QStringList{"out|||a", "err|nonl||partial"};
}

void TestLogDemuxer::truncated()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const Fed f = feedSplit(LogDemuxer::Framing::Multiplexed, false, input, {});
    QVERIFY(!f.ok);
    QCOMPARE(f.error, LogDemuxer::Error::Truncated);
    QCOMPARE(f.lines, expected);
}

void TestLogDemuxer::lineCap_data()
{
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("cut in pieces") << false << frame(1, "0123456789abcdefghijXY\n")
                                   << QStringList{"out|nonl||0123456789", "out|nonl||abcdefghij", "out|||XY"};
    QTest::addRow("exactly the cap") << false << frame(1, "0123456789\n") << QStringList{"out|||0123456789"};
    QTest::addRow("with timestamps") << true << frame(1, T1 + "0123456789abc\n")
                                     << QStringList{"out|nonl|2026-11-28T09:50:58.932555942Z|0123456789",
                                                    "out|nots|2026-11-28T09:50:58.932555942Z|abc"};
}

void TestLogDemuxer::lineCap()
{
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const Fed f = feedSplit(LogDemuxer::Framing::Multiplexed, timestamps, input, {cut}, 10);
        QVERIFY(f.ok);
        QVERIFY2(f.lines == expected,
                 qPrintable(QStringLiteral("split at %1: %2").arg(cut).arg(f.lines.join(QLatin1Char('\n')))));
    }
}

void TestLogDemuxer::recorded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("multiplexed") << "logs-multiplexed-stdout-stderr.bin" << false << false
                                 << QStringList{"out|||out1", "err|||err1", "out|||out2"};
    const QString text = QStringLiteral("line of text 0123456789 abcdefghij");
    QTest::addRow("tail 3 with timestamps")
        << "logs-multiplexed-tail3-timestamps.bin" << false << true
        << QStringList{"out||2026-11-28T09:50:58.932555942Z|" + text, "out||2026-11-28T09:50:58.932558517Z|" + text,
                       "out||2026-11-28T09:50:58.932561172Z|" + text};
    QTest::addRow("tty") << "logs-tty-raw.bin" << true << false
                         << QStringList{"out|crlf||out1", "out|crlf||err1", "out|crlf||out2"};
}

void TestLogDemuxer::recorded()
{
    QFETCH(QString, file);
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(QStringList, expected);
    const QByteArray input = test::readRecorded(file);
    const Fed f = feedSplit(raw ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed, timestamps, input, {});
    QVERIFY(f.ok);
    QCOMPARE(f.lines, expected);
}

void TestLogDemuxer::resetClearsState()
{
    LogDemuxer d(LogDemuxer::Framing::Multiplexed, false);
    LogBatch b;
    QVERIFY(d.feed(frame(1, "half a li"), b));
    QVERIFY(!d.feed(QByteArray("\x09\x00\x00\x00", 4) + QByteArray(4, '\0'), b));
    d.reset();
    LogBatch after;
    QVERIFY(d.feed(frame(1, "fresh\n"), after));
    QVERIFY(d.finish(after));
    QCOMPARE(describeAll(after), QStringList{"out|||fresh"});
}

void TestLogDemuxer::reconstructsBytes_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<qsizetype>("maxLine");
    QTest::addRow("multiplexed") << false << false << LogDemuxer::DefaultMaxLineLength;
    QTest::addRow("multiplexed, timestamps") << false << true << LogDemuxer::DefaultMaxLineLength;
    QTest::addRow("multiplexed, small cap") << false << false << qsizetype(7);
    QTest::addRow("multiplexed, timestamps, small cap") << false << true << qsizetype(7);
    QTest::addRow("raw") << true << false << LogDemuxer::DefaultMaxLineLength;
    QTest::addRow("raw, timestamps") << true << true << LogDemuxer::DefaultMaxLineLength;
    QTest::addRow("raw, small cap") << true << false << qsizetype(5);
}

// Random streams (fixed seed) cut at random places: writing each line's prefix and text,
// "\r" for CrLf and "\n" unless NoNewline gives back every byte each stream carried,
// in order. This is what makes `bulwark-cli logs` equal `docker logs`.
void TestLogDemuxer::reconstructsBytes()
{
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(qsizetype, maxLine);
    QRandomGenerator rng(20261128);
    const QByteArray alphabet("ab \t\r\n\n\xc3\xa9\xff\x00", 11);
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        QByteArray expected[2];
        const int frames = int(rng.bounded(1, 12));
        for (int f = 0; f < frames; ++f) {
            QByteArray payload;
            const int lines = int(rng.bounded(0, 4));
            for (int l = 0; l < lines; ++l) {
                if (timestamps && rng.bounded(4) != 0)
                    payload += LogTimestamp::formatUtc(qint64(rng.bounded(1'000'000)) * 1'000'000'007) + ' ';
                const int n = int(rng.bounded(0, 40));
                for (int i = 0; i < n; ++i)
                    payload += alphabet[int(rng.bounded(alphabet.size()))];
                if (rng.bounded(3) != 0)
                    payload += '\n';
            }
            const int stream = int(rng.bounded(1, 3));
            if (raw) {
                input += payload;
                expected[0] += payload;
            } else {
                input += frame(stream, payload);
                expected[stream - 1] += payload;
            }
        }
        QList<qsizetype> cuts;
        for (int c = int(rng.bounded(0, 6)); c > 0; --c)
            cuts << qsizetype(rng.bounded(input.size() + 1));
        std::sort(cuts.begin(), cuts.end());

        LogDemuxer d(raw ? LogDemuxer::Framing::Raw : LogDemuxer::Framing::Multiplexed, timestamps, maxLine);
        QByteArray got[2];
        qsizetype at = 0;
        cuts << input.size();
        LogBatch b;
        auto collect = [&] {
            for (const LogLine &l : b.lines()) {
                QByteArray &g = got[l.stream == LogStreamKind::Stderr ? 1 : 0];
                g += b.prefixedText(l).toByteArray();
                if (l.has(CrLf))
                    g += '\r';
                if (!l.has(NoNewline))
                    g += '\n';
            }
            b.clear();
        };
        for (qsizetype cut : std::as_const(cuts)) {
            QVERIFY(d.feed(input.constData() + at, cut - at, b));
            collect();
            at = cut;
        }
        QVERIFY(d.finish(b));
        collect();
        QVERIFY2(got[0] == expected[0], qPrintable(QStringLiteral("round %1 stdout").arg(round)));
        QVERIFY2(got[1] == expected[1], qPrintable(QStringLiteral("round %1 stderr").arg(round)));
    }
}

QTEST_GUILESS_MAIN(TestLogDemuxer)
#include "tst_logdemuxer.moc"
