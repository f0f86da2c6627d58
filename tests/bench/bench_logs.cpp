// The log parser alone: demultiplexing, line splitting, timestamp parsing and the
// UTF-8 check on a multiplexed stream held in memory, fed in the 256 KiB reads the
// Engine client asks libcurl for. No I/O.
//
//   build/release/tests/bench/bench_logs --benchmark_repetitions=5
//   BULWARK_BENCH_LOG_FILE=logs.bin build/release/tests/bench/bench_logs   # a stream recorded with curl
//
// The built-in stream repeats the frames recorded from dockerd 20.10
// (tests/data/dockerd-20.10/logs-multiplexed-tail3-timestamps.bin, 66-byte lines
// with timestamps), one million lines on stdout and stderr, each with its own time.
// Reports lines/s (items_per_second) and bytes_per_second on one core.

#include "LogFrames.h"
#include "stream/LogClassifier.h"
#include "stream/LogDemuxer.h"
#include "stream/LogResumeFilter.h"
#include "stream/LogTimestamp.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace bulwark;

namespace {

constexpr qsizetype ReadSize = 256 * 1024;
constexpr int Lines = 1'000'000;

// The recorded line, re-stamped: a stream of `Lines` frames alternating stdout and stderr.
const QByteArray &multiplexed()
{
    static const QByteArray stream = [] {
        if (const QByteArray file = qgetenv("BULWARK_BENCH_LOG_FILE"); !file.isEmpty()) {
            QFile f(QString::fromLocal8Bit(file));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", file.constData());
            return f.readAll();
        }
        QFile f(QStringLiteral(BULWARK_TEST_DATA "/dockerd-20.10/logs-multiplexed-tail3-timestamps.bin"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing recorded log");
        const QByteArray recorded = f.readAll();
        const QByteArray firstPayload = recorded.mid(8, (uchar(recorded[6]) << 8) | uchar(recorded[7]));
        const qsizetype space = firstPayload.indexOf(' ');
        qint64 t = 0;
        LogTimestamp::parsePrefix(firstPayload.constData(), firstPayload.size(), &t);
        const QByteArray text = firstPayload.mid(space + 1);
        QByteArray out;
        out.reserve(qsizetype(Lines) * (8 + firstPayload.size()));
        for (int i = 0; i < Lines; ++i)
            out += test::frame(1 + (i & 1), LogTimestamp::formatUtc(t + i * 1000) + ' ' + text);
        return out;
    }();
    return stream;
}

const QByteArray &raw()
{
    static const QByteArray stream = [] {
        QByteArray out;
        const QByteArray line = "2026-11-28T09:50:58.932555942Z line of text 0123456789 abcdefghij\r\n";
        out.reserve(qsizetype(Lines) * line.size());
        for (int i = 0; i < Lines; ++i)
            out += line;
        return out;
    }();
    return stream;
}

template <typename PerRead>
void run(benchmark::State &state, const QByteArray &input, LogDemuxer::Framing framing, PerRead perRead)
{
    qint64 lines = 0;
    for (auto _ : state) {
        LogDemuxer demux(framing, true);
        LogBatch batch;
        for (qsizetype at = 0; at < input.size(); at += ReadSize) {
            batch.clear();
            demux.feed(input.constData() + at, std::min(ReadSize, input.size() - at), batch);
            perRead(batch);
            lines += batch.size();
        }
        batch.clear();
        demux.finish(batch);
        lines += batch.size();
        benchmark::DoNotOptimize(batch);
    }
    state.SetItemsProcessed(lines);
    state.SetBytesProcessed(qint64(state.iterations()) * input.size());
}

} // namespace

// Demultiplex + line split + timestamp + UTF-8 check: what every stream pays.
static void BM_Demultiplex(benchmark::State &state)
{
    run(state, multiplexed(), LogDemuxer::Framing::Multiplexed, [](LogBatch &) {});
}
BENCHMARK(BM_Demultiplex)->Unit(benchmark::kMillisecond);

// The same on a TTY container's raw stream.
static void BM_RawTty(benchmark::State &state)
{
    run(state, raw(), LogDemuxer::Framing::Raw, [](LogBatch &) {});
}
BENCHMARK(BM_RawTty)->Unit(benchmark::kMillisecond);

// What LogStream adds for the GUI: resume bookkeeping and the keyword classifier.
static void BM_DemultiplexResumeClassify(benchmark::State &state)
{
    LogResumeFilter filter;
    run(state, multiplexed(), LogDemuxer::Framing::Multiplexed, [&](LogBatch &b) {
        filter.filter(b);
        LogClassifier::classify(b);
    });
}
BENCHMARK(BM_DemultiplexResumeClassify)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
