#include "LogsCommand.h"

#include "LogOutput.h"
#include "ReachableHost.h"
#include "stream/LogStream.h"
#include "stream/LogTimestamp.h"

#include <QCoreApplication>

#include <memory>
#include <thread>
#include <vector>

namespace bulwark::cli {

QString LogsCommand::description() const
{
    return tr("Show the logs of containers, like docker logs: stdout lines on stdout, stderr lines on stderr. "
              "With several containers each line is prefixed with its container's name.");
}

void LogsCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_follow.setDescription(tr("Keep following the log until the container stops (or Ctrl-C)."));
    m_tail.setDescription(tr("Start with the last N lines (default: all)."));
    m_since.setDescription(tr("Only lines since TIME: a Unix time, an RFC 3339 time or date, or a duration before "
                              "now such as 10m or 1h30m."));
    m_until.setDescription(tr("Only lines before TIME (same forms as --since)."));
    m_timestamps.setDescription(tr("Show the daemon's timestamp at the start of each line."));
    m_format.setDescription(tr("Output: text (as docker logs) or jsonl (one {time, container, stream, line} object "
                               "per line)."));
    m_reconnect.setDescription(tr("With --follow: survive daemon restarts, network cuts and container restarts; "
                                  "resume without losing or repeating a line. Runs until Ctrl-C or the container "
                                  "is removed."));
    parser.addOptions({m_follow, m_tail, m_since, m_until, m_timestamps, m_format, m_reconnect});
    parser.addPositionalArgument(QStringLiteral("container"), tr("Container names or ids."),
                                 QStringLiteral("CONTAINER..."));
}

int LogsCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList containers = parser.positionalArguments();
    if (containers.isEmpty())
        return usageError(io, tr("give at least one container"));
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return usageError(io, tr("unknown format \"%1\" (use text or jsonl)").arg(format));
    int tail = -1;
    if (const QString t = parser.value(m_tail); t != QLatin1String("all")) {
        bool ok = false;
        tail = t.toInt(&ok);
        if (!ok || tail < 0)
            return usageError(io, tr("--tail takes a number of lines or \"all\""));
    }
    const qint64 now = LogTimestamp::nowNs();
    qint64 since = LogLine::NoTime;
    qint64 until = LogLine::NoTime;
    if (parser.isSet(m_since)) {
        const auto t = LogTimestamp::parseUserTime(parser.value(m_since), now);
        if (!t)
            return usageError(io, tr("--since: cannot read the time \"%1\"").arg(parser.value(m_since)));
        since = *t;
    }
    if (parser.isSet(m_until)) {
        const auto t = LogTimestamp::parseUserTime(parser.value(m_until), now);
        if (!t)
            return usageError(io, tr("--until: cannot read the time \"%1\"").arg(parser.value(m_until)));
        until = *t;
    }
    if (parser.isSet(m_reconnect) && !parser.isSet(m_follow))
        return usageError(io, tr("--reconnect needs --follow"));

    int noHost = ExitError;
    const std::optional<HostEndpoint> host = reachableHost(m_env, m_hostOptions.request(parser), io, &noHost);
    if (!host)
        return noHost;

    LogOutput output(io, format == QLatin1String("jsonl") ? LogOutput::Format::Jsonl : LogOutput::Format::Text,
                     parser.isSet(m_timestamps), containers.size() > 1);
    const bool reconnect = parser.isSet(m_reconnect);

    struct Job {
        std::unique_ptr<LogStream> stream;
        std::optional<Expected<LogStreamEnd>> result;
    };
    std::vector<Job> jobs(size_t(containers.size()));
    for (qsizetype i = 0; i < containers.size(); ++i) {
        LogStreamOptions options;
        options.container = containers.at(i);
        options.follow = parser.isSet(m_follow);
        options.tail = tail;
        options.sinceNs = since;
        options.untilNs = until;
        options.reconnect =
            reconnect ? LogStreamOptions::Reconnect::AcrossRestarts : LogStreamOptions::Reconnect::Never;
        options.classify = false;
        auto stream = std::make_unique<LogStream>(*host, options);
        stream->setCancelFlag(io.cancel);
        stream->setBatchSink([&output](const LogBatch &batch) { output.write(batch); });
        stream->setStatusSink([&output](const StreamStatus &s) {
            if (s.kind != StreamStatus::Kind::Connected)
                output.note(s.message);
        });
        jobs[size_t(i)].stream = std::move(stream);
    }

    auto runJob = [&output](Job &job) {
        job.result = job.stream->run();
        output.finish(job.stream->containerName());
    };
    if (jobs.size() == 1) {
        runJob(jobs.front());
    } else {
        std::vector<std::thread> threads;
        threads.reserve(jobs.size());
        for (Job &job : jobs)
            threads.emplace_back(runJob, std::ref(job));
        for (std::thread &t : threads)
            t.join();
    }

    int exitCode = ExitOk;
    for (const Job &job : jobs) {
        if (!*job.result) {
            printEngineError(io.err, job.result->error());
            exitCode = ExitError;
        }
    }
    return exitCode;
}

} // namespace bulwark::cli
