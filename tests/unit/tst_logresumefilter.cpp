#include "stream/LogResumeFilter.h"

#include <QTest>

using namespace bulwark;

namespace {
struct Line {
    LogStreamKind stream;
    qint64 time;
    QByteArray text;
    quint8 flags = 0;
};

LogBatch batchOf(const QList<Line> &lines)
{
    LogBatch b;
    for (const Line &l : lines) {
        LogLine &line = b.append(l.text.constData(), l.text.size());
        line.stream = l.stream;
        line.timeNs = l.time;
        line.length = quint32(l.text.size());
        line.flags = l.flags;
    }
    return b;
}

QStringList texts(const LogBatch &b)
{
    QStringList out;
    for (const LogLine &l : b.lines())
        out << QString::fromUtf8(b.text(l));
    return out;
}

QStringList pass(LogResumeFilter &f, const QList<Line> &lines)
{
    LogBatch b = batchOf(lines);
    f.filter(b);
    return texts(b);
}

constexpr auto Out = LogStreamKind::Stdout;
constexpr auto Err = LogStreamKind::Stderr;
} // namespace

class TestLogResumeFilter : public QObject {
    Q_OBJECT
private slots:
    void passesEverythingBeforeAGap();
    void replayDropsWhatWasDelivered();
    void sameTimeSameTextCountsCopies();
    void streamsOutOfOrderWithEachOther();
    void streamNeverSeen();
    void floorHoldsForUnseenStream();
    void continuationFollowsItsHead();
    void daemonLinesPass();
    void secondGap();
};

void TestLogResumeFilter::passesEverythingBeforeAGap()
{
    LogResumeFilter f;
    QCOMPARE(f.resumeSince(), LogLine::NoTime);
    QCOMPARE(pass(f, {{Out, 10, "a"}, {Out, 20, "b"}, {Out, 20, "b"}, {Out, 15, "clock went back"}}),
             (QStringList{"a", "b", "b", "clock went back"}));
    QCOMPARE(f.lastTime(), 20);
    QCOMPARE(f.firstTime(), 10);
}

void TestLogResumeFilter::replayDropsWhatWasDelivered()
{
    LogResumeFilter f;
    f.setStreams(true, false);
    pass(f, {{Out, 10, "a"}, {Out, 20, "b1"}, {Out, 20, "b2"}});
    QCOMPARE(f.resumeSince(), 20); // one stream: no margin needed
    f.beginReplay();
    QVERIFY(f.replaying());
    // The daemon repeats everything at or after since=20, then what is new.
    QCOMPARE(pass(f, {{Out, 20, "b1"}, {Out, 20, "b2"}, {Out, 20, "b3 new at the same time"}, {Out, 30, "c"}}),
             (QStringList{"b3 new at the same time", "c"}));
    QVERIFY(!f.replaying());
}

void TestLogResumeFilter::sameTimeSameTextCountsCopies()
{
    LogResumeFilter f;
    f.setStreams(true, false);
    pass(f, {{Out, 20, "x"}, {Out, 20, "x"}});
    f.beginReplay();
    QCOMPARE(pass(f, {{Out, 20, "x"}, {Out, 20, "x"}, {Out, 20, "x"}}), QStringList{"x"});
}

void TestLogResumeFilter::streamsOutOfOrderWithEachOther()
{
    LogResumeFilter f;
    f.setMargin(50);
    // stdout reached 100, stderr only 90; a stderr line stamped 95 was still on its way to the file.
    pass(f, {{Err, 90, "e90"}, {Out, 95, "o95"}, {Out, 100, "o100"}});
    QCOMPARE(f.resumeSince(), 90);
    f.beginReplay();
    QCOMPARE(pass(f, {{Err, 90, "e90"}, {Out, 95, "o95"}, {Out, 100, "o100"}, {Err, 95, "e95"}, {Out, 101, "o101"}}),
             (QStringList{"e95", "o101"}));
}

void TestLogResumeFilter::streamNeverSeen()
{
    LogResumeFilter f;
    f.setMargin(50);
    pass(f, {{Out, 1000, "o"}});
    QCOMPARE(f.resumeSince(), 950); // stderr may hold lines up to the margin before
    f.beginReplay();
    QCOMPARE(pass(f, {{Err, 960, "e960"}, {Out, 1000, "o"}, {Out, 1001, "o2"}}), (QStringList{"e960", "o2"}));
    // Margin larger than the distance to the other stream's last line: since stops at that line.
    LogResumeFilter g;
    g.setMargin(500);
    pass(g, {{Err, 900, "e"}, {Out, 1000, "o"}});
    QCOMPARE(g.resumeSince(), 900);
}

void TestLogResumeFilter::floorHoldsForUnseenStream()
{
    LogResumeFilter f;
    f.setMargin(50);
    f.setFloor(980); // --since 980: earlier lines were never asked for
    pass(f, {{Out, 1000, "o"}});
    QCOMPARE(f.resumeSince(), 980);
    f.beginReplay();
    QCOMPARE(pass(f, {{Err, 970, "too early"}, {Err, 990, "e990"}}), QStringList{"e990"});
}

void TestLogResumeFilter::continuationFollowsItsHead()
{
    LogResumeFilter f;
    f.setStreams(true, false);
    pass(f, {{Out, 10, "head", NoNewline}, {Out, 10, "tail", NoTimestamp}});
    f.beginReplay();
    QCOMPARE(pass(f,
                  {{Out, 10, "head", NoNewline},
                   {Out, 10, "tail", NoTimestamp},
                   {Out, 11, "next", NoNewline},
                   {Out, 11, "next tail", NoTimestamp}}),
             (QStringList{"next", "next tail"}));
}

void TestLogResumeFilter::daemonLinesPass()
{
    LogResumeFilter f;
    pass(f, {{Out, 10, "a"}});
    f.beginReplay();
    QCOMPARE(pass(f, {{LogStreamKind::Daemon, LogLine::NoTime, "Error grabbing logs"}, {Out, 10, "a"}}),
             QStringList{"Error grabbing logs"});
}

void TestLogResumeFilter::secondGap()
{
    LogResumeFilter f;
    f.setStreams(true, false);
    pass(f, {{Out, 10, "a"}});
    f.beginReplay();
    QCOMPARE(pass(f, {{Out, 10, "a"}, {Out, 20, "b"}}), QStringList{"b"});
    QCOMPARE(f.resumeSince(), 20);
    f.beginReplay();
    QCOMPARE(pass(f, {{Out, 20, "b"}, {Out, 30, "c"}}), QStringList{"c"});
}

QTEST_GUILESS_MAIN(TestLogResumeFilter)
#include "tst_logresumefilter.moc"
