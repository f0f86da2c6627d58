#include "EventsCommand.h"

#include "LogOutput.h"
#include "ReachableHost.h"
#include "stream/EventStream.h"
#include "stream/LogTimestamp.h"

#include <QSet>

namespace bulwark::cli {

QString EventsCommand::description() const
{
    return tr("Follow the daemon's events, like docker events. Security-relevant events (privileged exec, exec as "
              "root, privileged or daemon-socket containers started, images deleted) are also reported on "
              "standard error, or flagged in the jsonl objects.");
}

void EventsCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_since.setDescription(tr("Start with the events since TIME (the daemon keeps the last few hundred): a Unix "
                              "time, an RFC 3339 time or date, or a duration before now such as 10m."));
    m_until.setDescription(tr("Stop at TIME (same forms as --since); without it the feed is followed until Ctrl-C."));
    m_format.setDescription(tr("Output: text (as docker events) or jsonl (one bulwark.event/1 object per event)."));
    m_filter.setDescription(tr("Only events matching KEY=VALUE, as docker events --filter (type, event, container, "
                               "image, label, network, volume, daemon). Repeatable."));
    m_reconnect.setDescription(tr("Survive daemon restarts and network cuts, resuming without repeating an event."));
    parser.addOptions({m_since, m_until, m_format, m_filter, m_reconnect});
}

int EventsCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return usageError(io, tr("unknown format \"%1\" (use text or jsonl)").arg(format));
    EventStreamOptions options;
    const qint64 now = LogTimestamp::nowNs();
    if (parser.isSet(m_since)) {
        const auto t = LogTimestamp::parseUserTime(parser.value(m_since), now);
        if (!t)
            return usageError(io, tr("--since: cannot read the time \"%1\"").arg(parser.value(m_since)));
        options.sinceNs = *t;
    }
    if (parser.isSet(m_until)) {
        const auto t = LogTimestamp::parseUserTime(parser.value(m_until), now);
        if (!t)
            return usageError(io, tr("--until: cannot read the time \"%1\"").arg(parser.value(m_until)));
        options.untilNs = *t;
    }
    for (const QString &f : parser.values(m_filter)) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(io, tr("--filter takes KEY=VALUE, not \"%1\"").arg(f));
        options.filters[f.left(eq)].append(f.mid(eq + 1));
    }
    options.reconnect = parser.isSet(m_reconnect);

    int noHost = ExitError;
    const std::optional<HostEndpoint> host = reachableHost(m_env, m_hostOptions.request(parser), io, &noHost);
    if (!host)
        return noHost;

    const bool jsonl = format == QLatin1String("jsonl");
    QSet<QString> reportedExecs;
    EventStream stream(*host, options);
    stream.setCancelFlag(io.cancel);
    stream.setEventSink([&](const EngineEvent &e) {
        if (jsonl) {
            QByteArray line =
                QByteArray::fromStdString(e.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            line += '\n';
            LogOutput::writeRaw(io.out, line);
            return;
        }
        LogOutput::writeRaw(io.out, e.dockerText());
        // exec_create and exec_start of one exec carry the same findings: say them once.
        const QString execId = e.attributes.value(QStringLiteral("execID"));
        if (!execId.isEmpty() && e.securityRelevant()) {
            if (reportedExecs.contains(execId))
                return;
            reportedExecs.insert(execId);
        }
        for (const QString &reason : e.reasons) {
            io.err << tr("bulwark-cli: security (%1): %2").arg(severityName(e.severity), reason) << '\n';
            io.err.flush();
        }
    });
    stream.setStatusSink([&](const StreamStatus &s) {
        if (s.kind == StreamStatus::Kind::Connected)
            return;
        io.err << tr("bulwark-cli: %1").arg(s.message) << '\n';
        io.err.flush();
    });
    Expected<EventStreamEnd> end = stream.run();
    if (!end) {
        printEngineError(io.err, end.error());
        return ExitError;
    }
    return ExitOk;
}

} // namespace bulwark::cli
