#pragma once

#include "Backoff.h"
#include "EngineClient.h"
#include "LogBatch.h"
#include "LogDemuxer.h"
#include "LogResumeFilter.h"
#include "StreamControl.h"

#include <QCoreApplication>

#include <functional>

namespace bulwark {

struct LogStreamOptions {
    enum class Reconnect {
        Never,          // like docker logs: an error when the connection breaks, the end when the container stops
        OnDrop,         // reconnect after a broken connection; end when the container stops
        AcrossRestarts, // also wait for a stopped container to run again
    };

    QString container; // id or name
    bool follow = true;
    int tail = -1;                    // lines from the end on the first request; -1 for all
    qint64 sinceNs = LogLine::NoTime; // only lines at or after this time
    qint64 untilNs = LogLine::NoTime; // only lines before this time
    bool showStdout = true;
    bool showStderr = true;
    Reconnect reconnect = Reconnect::AcrossRestarts;
    Backoff backoff{250, 8000};
    int containerPollMaxMs = 2000;         // how often, at most, a stopped container is checked again
    qint64 replayMarginNs = 1'000'000'000; // see LogResumeFilter
    bool classify = true;                  // fill severity and security flags (LogClassifier)
    qsizetype maxLineLength = LogDemuxer::DefaultMaxLineLength;
    ClientLimits limits;
};

enum class LogStreamEnd {
    Complete,         // follow=false: everything up to now was read
    ContainerStopped, // following, and the container stopped (without AcrossRestarts)
    ContainerRemoved,
    Stopped, // stop() or the cancel flag
};

// Follows the log of one container through the Engine API: demultiplexes it into
// batches of lines, reconnects with back-off when the connection breaks, resumes
// from the last timestamp seen without losing or repeating a line, and reports
// gaps, reconnections and container restarts as StreamStatus.
//
// run() blocks the calling thread until the stream ends, and calls both sinks on
// that thread; a GUI runs it on a worker thread and batches what it receives.
// stop() may be called from any thread.
class LogStream {
    Q_DECLARE_TR_FUNCTIONS(LogStream)
public:
    using BatchSink = std::function<void(const LogBatch &)>;
    using StatusSink = StreamControl::StatusSink;

    LogStream(HostEndpoint endpoint, LogStreamOptions options);

    void setBatchSink(BatchSink sink) { m_batchSink = std::move(sink); }
    void setStatusSink(StatusSink sink) { m_statusSink = std::move(sink); }
    // An external flag (SIGINT in the CLI) that stops the stream like stop().
    void setCancelFlag(const std::atomic_bool *cancel) { m_control.setCancelFlag(cancel); }
    void stop() { m_control.stop(); }

    Expected<LogStreamEnd> run();

    [[nodiscard]] QString containerId() const { return m_id; }
    [[nodiscard]] QString containerName() const { return m_name; }
    [[nodiscard]] bool tty() const { return m_tty; }
    [[nodiscard]] qint64 linesDelivered() const { return m_delivered; }
    [[nodiscard]] qint64 duplicatesSkipped() const { return m_duplicates; }
    [[nodiscard]] int reconnects() const { return m_reconnects; }

    // A batch is delivered after each network read round, or when it reaches either size.
    static constexpr qsizetype MaxBatchLines = 8192;
    static constexpr qsizetype MaxBatchBytes = 1024 * 1024;

private:
    struct ContainerState {
        QString id;
        QString name;
        bool tty = false;
        bool running = false;
        QString startedAt;
    };

    Expected<ContainerState> inspect(EngineClient &client, const QString &ref);
    QString logsPath() const;
    bool onData(const char *data, qsizetype size);
    void deliver();
    void status(StreamStatus::Kind kind, const QString &message, const EngineError &error = {});
    // Reports that the container is gone; the stream ends with that.
    LogStreamEnd removed();
    // Waits with back-off until the daemon answers for the container again.
    Expected<ContainerState> reconnect(EngineClient &client, Backoff &backoff);

    HostEndpoint m_endpoint;
    LogStreamOptions m_options;
    BatchSink m_batchSink;
    StatusSink m_statusSink;
    StreamControl m_control;

    LogDemuxer m_demux;
    LogResumeFilter m_filter;
    LogBatch m_batch;
    QString m_id;
    QString m_name;
    bool m_tty = false;
    bool m_resumed = false; // the current request continues an earlier one
    bool m_demuxFailed = false;
    qint64 m_gapStartNs = 0;
    qint64 m_resumeFrom = LogLine::NoTime;
    qint64 m_delivered = 0;
    qint64 m_duplicates = 0;
    int m_reconnects = 0;
};

} // namespace bulwark
