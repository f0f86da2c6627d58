// Log panel benchmark (a plain program, no Google Benchmark): model ingest rate
// with the view attached, the event loop's longest stall while a source thread
// floods the panel at 100,000 lines/s, and the buffer's bytes per line beyond
// the text. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
//
//   bench_logmodel [flood seconds, default 5]
#include "LogFilterProxyModel.h"
#include "LogIngestQueue.h"
#include "LogModel.h"
#include "LogPanel.h"
#include "LogSamples.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace bulwark;

namespace {

const QByteArray Text = "GET /api/v1/items?page=42&size=100 HTTP/1.1 200 1532 0.003s \"curl/8.0\" request";

// Pushes count lines in batches of perBatch; paced to linesPerSecond when that is positive.
void produce(const std::shared_ptr<LogIngestQueue> &queue, qint64 count, int perBatch, int linesPerSecond)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    for (qint64 sent = 0; sent < count; sent += perBatch) {
        queue->push(test::numberedBatch(QStringLiteral("bench"), QStringLiteral("bench"), int(sent), perBatch, Text));
        if (linesPerSecond > 0)
            std::this_thread::sleep_until(start
                                          + std::chrono::microseconds((sent + perBatch) * 1'000'000 / linesPerSecond));
    }
}

void showPanel(LogPanel &panel)
{
    panel.resize(1200, 700);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        std::fprintf(stderr, "warning: the panel was not exposed; the figures may not include painting\n");
}

struct Stall {
    qint64 worstMs = 0;
    std::vector<qint64> gaps;
};

// Runs the event loop until done() while a 5 ms timer records the gaps between its ticks.
Stall measureStalls(const std::function<bool()> &done)
{
    Stall stall;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        stall.gaps.push_back(now - last);
        last = now;
    });
    tick.start();
    while (!done())
        QTest::qWait(5);
    for (qint64 gap : stall.gaps)
        stall.worstMs = std::max(stall.worstMs, gap);
    return stall;
}

qint64 percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(double(v.size() - 1) * p)];
}

void ingest(qint64 lines)
{
    LogPanel panel(nullptr);
    showPanel(panel);
    QElapsedTimer timer;
    timer.start();
    std::thread producer(produce, panel.model()->queue(), lines, 8192, 0);
    const Stall stall = measureStalls([&] { return panel.model()->buffer().totalAppended() >= lines; });
    const qint64 ms = timer.elapsed();
    producer.join();
    std::printf("ingest, panel shown, follow tail: %lld lines in %lld ms = %.0f lines/s (longest stall %lld ms)\n",
                lines, ms, double(lines) * 1000.0 / double(qMax<qint64>(1, ms)), stall.worstMs);

    // The drain alone: a million lines waiting (paused), then one resume with the view attached.
    LogPanel paused(nullptr);
    showPanel(paused);
    paused.setPaused(true);
    produce(paused.model()->queue(), 1'000'000, 8192, 0);
    timer.restart();
    paused.setPaused(false);
    QCoreApplication::processEvents();
    const qint64 drainMs = timer.elapsed();
    std::printf("drain of %d lines into the model with view and proxy attached: %lld ms = %.0f lines/s\n",
                paused.model()->rowCount(), drainMs,
                double(paused.model()->rowCount()) * 1000.0 / double(qMax<qint64>(1, drainMs)));
}

void flood(int seconds, qsizetype capacity)
{
    LogPanel panel(nullptr);
    panel.model()->setCapacity(capacity);
    showPanel(panel);
    const qint64 lines = qint64(100'000) * seconds;
    std::atomic_bool finished{false};
    std::thread producer([&] {
        produce(panel.model()->queue(), lines, 1000, 100'000);
        finished = true;
    });
    const Stall stall = measureStalls([&] { return finished && panel.model()->pendingLines() == 0; });
    producer.join();
    std::printf("flood 100,000 lines/s for %d s, cap %lld: longest stall %lld ms, p99 tick gap %lld ms, "
                "median %lld ms; %d rows held\n",
                seconds, qint64(capacity), stall.worstMs, percentile(stall.gaps, 0.99), percentile(stall.gaps, 0.5),
                panel.model()->rowCount());
}

void memory()
{
    for (qsizetype lines : {qsizetype(1'000'000), qsizetype(2'000'000)}) {
        LogBuffer buffer(1'000'000);
        LogBuffer::Entry entry;
        for (qsizetype i = 0; i < lines; ++i)
            buffer.append(entry, Text + ' ' + QByteArray::number(i));
        const double overhead = double(buffer.memoryBytes() - buffer.textBytes()) / double(buffer.size());
        std::printf("buffer of %lld lines after %lld appended: %.1f bytes per line beyond the text "
                    "(%.1f MB held, %.1f MB of text)\n",
                    qint64(buffer.size()), qint64(lines), overhead, double(buffer.memoryBytes()) / 1e6,
                    double(buffer.textBytes()) / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    memory();
    ingest(2'000'000);
    flood(seconds, LogBuffer::DefaultCapacity);
    flood(seconds, 100'000);
    return 0;
}
