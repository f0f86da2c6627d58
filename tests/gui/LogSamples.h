#pragma once

// Synthetic log batches for the log model, proxy, panel tests and the benchmark:
// what a LogStream would deliver, without a daemon.
#include "stream/LogBatch.h"
#include "stream/LogClassifier.h"

#include <QByteArray>
#include <QString>

namespace bulwark::test {

struct SampleLine {
    QByteArray text;
    LogStreamKind stream = LogStreamKind::Stdout;
};

inline LogBatch makeBatch(const QString &id, const QString &name, const QList<SampleLine> &lines,
                          qint64 firstTimeNs = 1'795'872'561'000'000'000)
{
    LogBatch batch;
    batch.containerId = id;
    batch.containerName = name;
    qint64 t = firstTimeNs;
    for (const SampleLine &s : lines) {
        LogLine &line = batch.append(s.text.constData(), s.text.size());
        line.length = quint32(s.text.size());
        line.stream = s.stream;
        line.timeNs = t;
        t += 1000;
    }
    LogClassifier::classify(batch);
    return batch;
}

// count lines "<prefix> <n>" numbered from first, all on stdout.
inline LogBatch numberedBatch(const QString &id, const QString &name, int first, int count,
                              const QByteArray &prefix = "line")
{
    LogBatch batch;
    batch.containerId = id;
    batch.containerName = name;
    for (int i = first; i < first + count; ++i) {
        const QByteArray text = prefix + ' ' + QByteArray::number(i);
        LogLine &line = batch.append(text.constData(), text.size());
        line.length = quint32(text.size());
        line.timeNs = 1'795'872'561'000'000'000 + qint64(i) * 1000;
    }
    return batch;
}

} // namespace bulwark::test
