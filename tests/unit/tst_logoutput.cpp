#include "LogOutput.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::cli;

namespace {
struct Line {
    LogStreamKind stream;
    QByteArray prefix;
    QByteArray text;
    quint8 flags = 0;
    qint64 time = LogLine::NoTime;
};

LogBatch batchOf(const QString &container, const QList<Line> &lines)
{
    LogBatch b;
    b.containerName = container;
    for (const Line &l : lines) {
        const QByteArray bytes = l.prefix + l.text;
        LogLine &line = b.append(bytes.constData(), bytes.size());
        line.stream = l.stream;
        line.prefixLength = quint8(l.prefix.size());
        line.length = quint32(l.text.size());
        line.flags = l.flags;
        line.timeNs = l.time;
    }
    return b;
}

struct Captured {
    QString out;
    QString err;
};

constexpr auto Out = LogStreamKind::Stdout;
constexpr auto Err = LogStreamKind::Stderr;
const QByteArray Ts = "2026-11-28T09:50:58.932555942Z ";
constexpr qint64 T = 1795859458932555942;
} // namespace

class TestLogOutput : public QObject {
    Q_OBJECT
private slots:
    void jsonString_data();
    void jsonString();
    void textLikeDockerLogs();
    void textWithTimestamps();
    void severalContainersArePrefixed();
    void jsonLines();
    void finishFlushesAPartialLine();
};

void TestLogOutput::jsonString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("plain") << QByteArray("hello") << true << QByteArray("\"hello\"");
    QTest::addRow("quotes and backslash") << QByteArray("a\"b\\c") << true << QByteArray("\"a\\\"b\\\\c\"");
    QTest::addRow("controls") << QByteArray("t\tn\nr\rbell\x07", 11) << true
                              << QByteArray("\"t\\tn\\nr\\rbell\\u0007\"");
    QTest::addRow("nul") << QByteArray("a\0b", 3) << true << QByteArray("\"a\\u0000b\"");
    QTest::addRow("utf-8 kept") << QByteArray("caf\xc3\xa9") << true << QByteArray("\"caf\xc3\xa9\"");
    QTest::addRow("invalid replaced") << QByteArray("x\xffy") << false << QByteArray("\"x\xef\xbf\xbdy\"");
    QTest::addRow("empty") << QByteArray() << true << QByteArray("\"\"");
}

void TestLogOutput::jsonString()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, json);
    QByteArray out;
    LogOutput::appendJsonString(out, text, valid);
    QCOMPARE(out, json);
}

void TestLogOutput::textLikeDockerLogs()
{
    Captured c;
    QTextStream out(&c.out);
    QTextStream err(&c.err);
    CliIo io{out, err, nullptr};
    LogOutput o(io, LogOutput::Format::Text, false, false);
    o.write(batchOf(
        QStringLiteral("web"),
        {{Out, Ts, "a"}, {Err, Ts, "b"}, {Out, Ts, "piece ", NoNewline}, {Out, Ts, "rest", CrLf}, {Out, Ts, "", 0}}));
    o.finish(QStringLiteral("web"));
    QCOMPARE(c.out, QStringLiteral("a\npiece rest\r\n\n"));
    QCOMPARE(c.err, QStringLiteral("b\n"));
}

void TestLogOutput::textWithTimestamps()
{
    Captured c;
    QTextStream out(&c.out);
    QTextStream err(&c.err);
    CliIo io{out, err, nullptr};
    LogOutput o(io, LogOutput::Format::Text, true, false);
    o.write(batchOf(QStringLiteral("web"), {{Out, Ts, "a"}, {Out, Ts, "x", NoNewline}, {Out, Ts, "y"}}));
    QCOMPARE(c.out, QString::fromLatin1(Ts + "a\n" + Ts + "x" + Ts + "y\n"));
}

void TestLogOutput::severalContainersArePrefixed()
{
    Captured c;
    QTextStream out(&c.out);
    QTextStream err(&c.err);
    CliIo io{out, err, nullptr};
    LogOutput o(io, LogOutput::Format::Text, false, true);
    o.write(batchOf(QStringLiteral("web"), {{Out, Ts, "long ", NoNewline, T}}));
    o.write(batchOf(QStringLiteral("db"), {{Out, Ts, "ready", 0, T}, {Err, Ts, "warn", 0, T}}));
    o.write(batchOf(QStringLiteral("web"), {{Out, Ts, "line", 0, T}}));
    // Pieces are joined before the line is written, so other containers cannot cut into it.
    QCOMPARE(c.out, QStringLiteral("db | ready\nweb | long line\n"));
    QCOMPARE(c.err, QStringLiteral("db | warn\n"));
}

void TestLogOutput::jsonLines()
{
    Captured c;
    QTextStream out(&c.out);
    QTextStream err(&c.err);
    CliIo io{out, err, nullptr};
    LogOutput o(io, LogOutput::Format::Jsonl, false, false);
    o.write(batchOf(QStringLiteral("web"), {{Out, Ts, "say \"hi\"", 0, T}, {Err, {}, "no time", NoTimestamp}}));
    QCOMPARE(c.out,
             QStringLiteral("{\"time\":\"2026-11-28T09:50:58.932555942Z\",\"container\":\"web\",\"stream\":\"stdout\","
                            "\"line\":\"say \\\"hi\\\"\"}\n"
                            "{\"time\":null,\"container\":\"web\",\"stream\":\"stderr\",\"line\":\"no time\"}\n"));
    QVERIFY(c.err.isEmpty());
}

void TestLogOutput::finishFlushesAPartialLine()
{
    Captured c;
    QTextStream out(&c.out);
    QTextStream err(&c.err);
    CliIo io{out, err, nullptr};
    LogOutput o(io, LogOutput::Format::Jsonl, false, false);
    o.write(batchOf(QStringLiteral("web"), {{Out, Ts, "prompt> ", NoNewline, T}}));
    QVERIFY(c.out.isEmpty());
    o.finish(QStringLiteral("web"));
    QVERIFY(c.out.contains(QStringLiteral("\"line\":\"prompt> \"")));
}

QTEST_GUILESS_MAIN(TestLogOutput)
#include "tst_logoutput.moc"
