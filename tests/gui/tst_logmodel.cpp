// LogModel: batched appends, eviction at the cap, marker rows, colours and roles,
// all under QAbstractItemModelTester.
#include "LogIngestQueue.h"
#include "LogModel.h"
#include "LogSamples.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;

class TestLogModel : public QObject {
    Q_OBJECT

private slots:
    void appendsInBatches();
    void evictsAtCap_data();
    void evictsAtCap();
    void oneDrainOverCapKeepsNewest();
    void markerRows_data();
    void markerRows();
    void coloursAndFlags_data();
    void coloursAndFlags();
    void pauseHoldsRowsAndResumeCatchesUp();
    void timerDrainsOnItsOwn();
    void clearEmpties();
    void lineTextHasAllColumns();
};

namespace {
StreamStatus status(StreamStatus::Kind kind, const QString &message)
{
    StreamStatus s;
    s.kind = kind;
    s.source = QStringLiteral("web");
    s.containerId = QStringLiteral("c1");
    s.atNs = 1'795'872'561'000'000'000;
    s.message = message;
    return s;
}
} // namespace

void TestLogModel::appendsInBatches()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 100));
    model.queue()->push(numberedBatch(QStringLiteral("c2"), QStringLiteral("db"), 100, 50));
    QCOMPARE(model.rowCount(), 0); // nothing until the drain
    model.drain();
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(inserted.count(), 1); // one insert for the whole drain
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), QStringLiteral("line 0"));
    QCOMPARE(model.index(149, LogModel::TextColumn).data().toString(), QStringLiteral("line 149"));
    QCOMPARE(model.index(0, LogModel::ContainerColumn).data().toString(), QStringLiteral("web"));
    QCOMPARE(model.index(120, LogModel::ContainerColumn).data().toString(), QStringLiteral("db"));
    QCOMPARE(model.index(120, 0).data(LogContainerIdRole).toString(), QStringLiteral("c2"));
    QCOMPARE(model.index(3, LogModel::StreamColumn).data().toString(), QStringLiteral("stdout"));
    QCOMPARE(model.receivedLines(), 150);
}

void TestLogModel::evictsAtCap_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches");
    QTest::addRow("fills exactly") << 100 << QList<int>{60, 40};
    QTest::addRow("one over") << 100 << QList<int>{100, 1};
    QTest::addRow("wraps") << 100 << QList<int>{70, 70, 70, 70};
    QTest::addRow("single batch over the cap") << 50 << QList<int>{30, 120};
}

void TestLogModel::evictsAtCap()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    LogModel model(nullptr, capacity);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    int total = 0;
    int expectRemoves = 0;
    for (int n : batches) {
        model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), total, n));
        const int before = model.rowCount();
        total += n;
        model.drain();
        if (before + n > capacity)
            ++expectRemoves;
        QCOMPARE(model.rowCount(), qMin(total, capacity));
    }
    QCOMPARE(removed.count(), expectRemoves);
    const int first = total - model.rowCount();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, LogModel::TextColumn).data().toString(), QStringLiteral("line %1").arg(first + row));
}

void TestLogModel::oneDrainOverCapKeepsNewest()
{
    // Several batches together beyond the cap: the oldest never become rows.
    LogModel model(nullptr, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 8));
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 8, 8));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.drain();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 10);
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), QStringLiteral("line 6"));
    QCOMPARE(model.index(9, LogModel::TextColumn).data().toString(), QStringLiteral("line 15"));
}

void TestLogModel::markerRows_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("marker");
    using K = StreamStatus::Kind;
    QTest::addRow("connected") << int(K::Connected) << false;
    QTest::addRow("reconnecting") << int(K::Reconnecting) << false;
    QTest::addRow("disconnected") << int(K::Disconnected) << true;
    QTest::addRow("resumed") << int(K::Resumed) << true;
    QTest::addRow("restarted") << int(K::ContainerRestarted) << true;
    QTest::addRow("stopped") << int(K::ContainerStopped) << true;
    QTest::addRow("removed") << int(K::ContainerRemoved) << true;
    QTest::addRow("daemon message") << int(K::DaemonMessage) << true;
}

void TestLogModel::markerRows()
{
    QFETCH(int, kind);
    QFETCH(bool, marker);
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 2));
    model.queue()->pushStatus(status(StreamStatus::Kind(kind), QStringLiteral("the message")));
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 2, 2));
    model.drain();
    QCOMPARE(model.rowCount(), marker ? 5 : 4);
    const QModelIndex third = model.index(2, LogModel::TextColumn);
    QCOMPARE(third.data(LogMarkerRole).toBool(), marker);
    if (marker) {
        // In place between the lines before and after the gap.
        QCOMPARE(third.data().toString(), QStringLiteral("the message"));
        QCOMPARE(model.index(2, LogModel::ContainerColumn).data().toString(), QStringLiteral("web"));
        QVERIFY(third.data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(third.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(3, LogModel::TextColumn).data().toString(), QStringLiteral("line 2"));
    }
}

void TestLogModel::coloursAndFlags_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("stream");
    QTest::addColumn<bool>("coloured");
    QTest::addColumn<int>("severity");
    QTest::addColumn<bool>("flagged");
    QTest::addRow("plain stdout") << QByteArray("listening on :80") << int(LogStreamKind::Stdout) << false
                                  << int(LogSeverity::None) << false;
    QTest::addRow("plain stderr") << QByteArray("listening on :80") << int(LogStreamKind::Stderr) << true
                                  << int(LogSeverity::None) << false;
    QTest::addRow("warning") << QByteArray("WARN low disk") << int(LogStreamKind::Stdout) << true
                             << int(LogSeverity::Warning) << false;
    QTest::addRow("error") << QByteArray("error: bad request") << int(LogStreamKind::Stdout) << true
                           << int(LogSeverity::Error) << false;
    QTest::addRow("fatal") << QByteArray("FATAL cannot start") << int(LogStreamKind::Stdout) << true
                           << int(LogSeverity::Fatal) << false;
    QTest::addRow("permission denied") << QByteArray("open /etc/shadow: permission denied")
                                       << int(LogStreamKind::Stdout) << false << int(LogSeverity::None) << true;
    QTest::addRow("oom") << QByteArray("Out of memory: killed process 12") << int(LogStreamKind::Stdout) << false
                         << int(LogSeverity::None) << true;
}

void TestLogModel::coloursAndFlags()
{
    QFETCH(QByteArray, text);
    QFETCH(int, stream);
    QFETCH(bool, coloured);
    QFETCH(int, severity);
    QFETCH(bool, flagged);
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(makeBatch(QStringLiteral("c1"), QStringLiteral("web"), {{text, LogStreamKind(stream)}}));
    model.drain();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, LogModel::TextColumn);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>().isValid(), coloured);
    QCOMPARE(index.data(LogSeverityRole).toInt(), severity);
    QCOMPARE(index.data(LogSecurityRole).toInt() != 0, flagged);
    QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>().isValid(), flagged);
    QCOMPARE(index.data(Qt::ToolTipRole).toString().isEmpty(), !flagged);
    QCOMPARE(index.data(LogStreamRole).toInt(), stream);
}

void TestLogModel::pauseHoldsRowsAndResumeCatchesUp()
{
    LogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 10));
    model.drain();
    model.setPaused(true);
    for (int i = 0; i < 30; ++i)
        model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 10 + i * 10, 10));
    QTest::qWait(150); // three drain periods: a paused model must not take them
    QCOMPARE(model.rowCount(), 10);
    // The queue holds no more than the cap: older pending batches were dropped.
    QCOMPARE(model.pendingLines(), 100);
    QCOMPARE(model.queue()->dropped(), 200);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(99, LogModel::TextColumn).data().toString(), QStringLiteral("line 309"));
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), QStringLiteral("line 210"));
}

void TestLogModel::timerDrainsOnItsOwn()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.drainIntervalMs(), 50);
    QSignalSpy drained(&model, &LogModel::drained);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 5));
    QVERIFY(drained.wait(1000));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(drained.at(0).at(0).toInt(), 5);
}

void TestLogModel::clearEmpties()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 0, 5));
    model.drain();
    model.queue()->push(numberedBatch(QStringLiteral("c1"), QStringLiteral("web"), 5, 5));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.drain();
    QCOMPARE(model.rowCount(), 0);
}

void TestLogModel::lineTextHasAllColumns()
{
    LogModel model;
    model.queue()->push(
        makeBatch(QStringLiteral("c1"), QStringLiteral("web"), {{QByteArray("oops"), LogStreamKind::Stderr}}));
    model.drain();
    const QStringList parts = model.lineText(0).split(QLatin1Char('\t'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), model.index(0, LogModel::TimeColumn).data().toString());
    QVERIFY(parts.at(0).startsWith(QStringLiteral("2026-11-28 ")));
    QCOMPARE(parts.at(1), QStringLiteral("web"));
    QCOMPARE(parts.at(2), QStringLiteral("stderr"));
    QCOMPARE(parts.at(3), QStringLiteral("oops"));
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
