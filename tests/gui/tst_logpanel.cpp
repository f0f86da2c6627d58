// LogPanel offscreen: a 100,000 lines/s flood from a source thread while the
// event loop's longest stall is measured; pause and resume; filters, search,
// copy and save driven through the panel's widgets.
#include "ContainersPanel.h"
#include "LogFilterProxyModel.h"
#include "LogFollower.h"
#include "LogHighlightDelegate.h"
#include "LogIngestQueue.h"
#include "LogModel.h"
#include "LogPanel.h"
#include "LogSamples.h"
#include "MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <thread>

using namespace bulwark;
using namespace bulwark::test;

class TestLogPanel : public QObject {
    Q_OBJECT

private slots:
    void floodKeepsEventLoopResponsive_data();
    void floodKeepsEventLoopResponsive();
    void pauseFreezesViewAndResumeCatchesUp();
    void filterControls();
    void searchHighlightsAndFinds();
    void copySelectedLines();
    void saveVisibleLines();
    void saveFailureIsReported();
    void followWithoutHostExplains();
    void mainWindowHasLogsTab();
};

namespace {

// Feeds the queue from its own thread at linesPerSecond for durationMs, in 10 ms batches.
class FloodSource {
public:
    FloodSource(std::shared_ptr<LogIngestQueue> queue, int linesPerSecond, int durationMs)
        : m_thread([this, queue, linesPerSecond, durationMs] {
            using Clock = std::chrono::steady_clock;
            const int perBatch = linesPerSecond / 100;
            const int batches = durationMs / 10;
            const auto start = Clock::now();
            for (int i = 0; i < batches && !m_stop; ++i) {
                queue->push(numberedBatch(QStringLiteral("flood"), QStringLiteral("flood"), i * perBatch, perBatch,
                                          "GET /api/items?page=42 200 0.003s user-agent=curl/8.0 request"));
                m_sent += perBatch;
                std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * (i + 1)));
            }
        })
    { }
    ~FloodSource()
    {
        m_stop = true;
        join();
    }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    [[nodiscard]] int sent() const { return m_sent; }

private:
    std::atomic_bool m_stop{false};
    std::atomic_int m_sent{0};
    std::thread m_thread;
};

// The longest gap between the ticks of a 5 ms timer while the event loop runs for ms.
qint64 longestStall(int ms, const std::function<bool()> &done = {})
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - last);
        last = now;
    });
    tick.start();
    while (clock.elapsed() < ms && !(done && done()))
        QTest::qWait(5);
    return qMax(worst, clock.elapsed() - last);
}

} // namespace

void TestLogPanel::floodKeepsEventLoopResponsive_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addRow("all lines kept") << 1'000'000;
    QTest::addRow("evicting at the cap") << 50'000;
}

void TestLogPanel::floodKeepsEventLoopResponsive()
{
    QFETCH(int, capacity);
    LogPanel panel(nullptr);
    panel.resize(1200, 700);
    panel.model()->setCapacity(capacity);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    constexpr int Rate = 100'000;
    constexpr int DurationMs = 2000;
    qint64 stall = 0;
    int sent = 0;
    {
        FloodSource source(panel.model()->queue(), Rate, DurationMs);
        stall = longestStall(DurationMs + 200);
        source.join();
        sent = source.sent();
    }
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->pendingLines(), 0, 30000);
    QTest::qWait(100);
    qInfo("flood: %d lines sent, longest event loop stall %lld ms, %d rows", sent, stall, panel.model()->rowCount());
    QCOMPARE(sent, Rate / 1000 * DurationMs);
    QCOMPARE(panel.model()->receivedLines(), qint64(sent));
    QCOMPARE(panel.model()->rowCount(), qMin(sent, capacity));
    // The newest line is the last row, whatever was evicted.
    QVERIFY(panel.model()
                ->index(panel.model()->rowCount() - 1, LogModel::TextColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(" %1").arg(sent - 1)));
    // What this catches is a panel that takes the flood on the UI thread: the loop would then
    // stall for about the whole two seconds of it. The bound stays well below that and well
    // above what a loaded two-core CI machine's scheduler adds (600 ms seen with the test suite
    // running beside it); the benchmark reports the real figure (target 50 ms). An unoptimised
    // sanitizer build is several times slower at everything.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 StallBoundMs = 1500;
#else
    constexpr qint64 StallBoundMs = 1000;
#endif
    QVERIFY2(stall < StallBoundMs, qPrintable(QStringLiteral("longest stall %1 ms").arg(stall)));
    // Following the tail: the last row is in view.
    QTableView *view = panel.view();
    QCOMPARE(view->rowAt(view->viewport()->height() - 2) >= panel.proxy()->rowCount() - 3, true);
}

void TestLogPanel::pauseFreezesViewAndResumeCatchesUp()
{
    LogPanel panel(nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *pause = panel.findChild<QToolButton *>(QStringLiteral("logPauseButton"));
    QVERIFY(pause);
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("c"), 0, 100));
    QTRY_COMPARE(panel.model()->rowCount(), 100);
    pause->click();
    QVERIFY(panel.isPaused());
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("c"), 100, 100));
    QTest::qWait(200);
    QCOMPARE(panel.model()->rowCount(), 100);
    QCOMPARE(panel.model()->pendingLines(), 100);
    pause->click();
    QVERIFY(!panel.isPaused());
    QCOMPARE(panel.model()->rowCount(), 200);
}

void TestLogPanel::filterControls()
{
    LogPanel panel(nullptr);
    panel.model()->queue()->push(makeBatch(QStringLiteral("c1"), QStringLiteral("web"),
                                           {{"GET / 200", LogStreamKind::Stdout},
                                            {"error: disk full", LogStreamKind::Stderr},
                                            {"login: permission denied", LogStreamKind::Stdout}}));
    panel.model()->drain();
    auto *stream = panel.findChild<QComboBox *>(QStringLiteral("logStreamFilter"));
    auto *text = panel.findChild<QLineEdit *>(QStringLiteral("logTextFilter"));
    auto *regex = panel.findChild<QCheckBox *>(QStringLiteral("logRegexCheck"));
    auto *security = panel.findChild<QCheckBox *>(QStringLiteral("logSecurityOnly"));
    QVERIFY(stream && text && regex && security);
    stream->setCurrentIndex(2);
    QCOMPARE(panel.proxy()->rowCount(), 1);
    stream->setCurrentIndex(0);
    security->setChecked(true);
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(panel.proxy()->index(0, LogModel::TextColumn).data().toString(),
             QStringLiteral("login: permission denied"));
    security->setChecked(false);
    regex->setChecked(true);
    text->setText(QStringLiteral("^(GET|error)"));
    QCOMPARE(panel.proxy()->rowCount(), 2);
    text->setText(QStringLiteral("(broken"));
    QVERIFY(panel.statusText().contains(QStringLiteral("regular expression")));
    QCOMPARE(panel.proxy()->rowCount(), 3);
}

void TestLogPanel::searchHighlightsAndFinds()
{
    LogPanel panel(nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("c"), 0, 50));
    panel.model()->drain();
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("LINE 4"));
    auto *delegate = qobject_cast<LogHighlightDelegate *>(panel.view()->itemDelegateForColumn(LogModel::TextColumn));
    QVERIFY(delegate);
    QCOMPARE(delegate->pattern(), QStringLiteral("LINE 4"));
    QVERIFY(panel.findNext());
    QCOMPARE(panel.view()->currentIndex().row(), 4);
    QVERIFY(!panel.followsTail()); // a match stays in view
    QVERIFY(panel.findNext());
    QCOMPARE(panel.view()->currentIndex().row(), 40);
    QVERIFY(panel.findNext(true));
    QCOMPARE(panel.view()->currentIndex().row(), 4);
    QVERIFY(panel.findNext(true)); // wraps to the last match
    QCOMPARE(panel.view()->currentIndex().row(), 49);
    QTest::qWait(20); // painted with the highlight without trouble
    search->setText(QStringLiteral("absent"));
    QVERIFY(!panel.findNext());
    QVERIFY(panel.statusText().contains(QStringLiteral("absent")));
}

void TestLogPanel::copySelectedLines()
{
    LogPanel panel(nullptr);
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("web"), 0, 10));
    panel.model()->drain();
    QTableView *view = panel.view();
    view->selectionModel()->select(panel.proxy()->index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(panel.proxy()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = panel.selectedLinesText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("\tweb\tstdout\tline 2")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("\tline 7")));
}

void TestLogPanel::saveVisibleLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogPanel panel(nullptr);
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("web"), 0, 1000));
    panel.model()->drain();
    panel.findChild<QLineEdit *>(QStringLiteral("logTextFilter"))->setText(QStringLiteral("line 9"));
    const int shown = panel.proxy()->rowCount();
    QCOMPARE(shown, 111); // 9, 90-99, 900-999
    QSignalSpy finished(&panel, &LogPanel::saveFinished);
    const QString path = dir.filePath(QStringLiteral("out.log"));
    panel.saveVisibleLinesTo(path);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 1); // the last line ends in '\n' too
    QCOMPARE(lines.at(0), panel.model()->lineText(9).toUtf8());
    QVERIFY(lines.at(shown - 1).endsWith("\tline 999"));
}

void TestLogPanel::saveFailureIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogPanel panel(nullptr);
    panel.model()->queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("web"), 0, 3));
    panel.model()->drain();
    QSignalSpy finished(&panel, &LogPanel::saveFinished);
    const QString path = dir.filePath(QStringLiteral("missing/dir/out.log"));
    panel.saveVisibleLinesTo(path);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("out.log")));
    QVERIFY(panel.statusText().startsWith(QStringLiteral("Could not save")));
}

void TestLogPanel::followWithoutHostExplains()
{
    LogPanel panel(nullptr);
    QVERIFY(!panel.follow(QStringLiteral("web")));
    QVERIFY(panel.statusText().contains(QStringLiteral("Connect")));
    QVERIFY(panel.follower()->followed().isEmpty());
}

void TestLogPanel::mainWindowHasLogsTab()
{
    MainWindowOptions options;
    options.autoScan = false;
    MainWindow window(options);
    LogPanel *panel = window.logPanel();
    QVERIFY(panel);
    const int tab = window.tabs()->indexOf(panel);
    QVERIFY(tab >= 0);
    QCOMPARE(window.tabs()->tabText(tab), QStringLiteral("Logs"));
    // The containers table offers "Follow Logs" in its context menu.
    QAction *action = window.findChild<QAction *>(QStringLiteral("followLogsAction"));
    QVERIFY(action);
    QVERIFY(window.findChild<ContainersPanel *>()->view()->actions().contains(action));
    // Not connected: the Logs tab comes up and says what to do.
    window.followLogs(QStringLiteral("web"));
    QCOMPARE(window.tabs()->currentWidget(), panel);
    QVERIFY(panel->statusText().contains(QStringLiteral("Connect")));
}

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
