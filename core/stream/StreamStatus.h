#pragma once

#include "EngineError.h"
#include "LogLine.h"

#include <QString>

namespace bulwark {

// What happened to a log or event stream besides data: connections, gaps,
// container restarts. Plain values so the GUI can show them in the panel and the
// journal can store them next to the events.
struct StreamStatus {
    enum class Kind {
        Connected,          // the stream is open
        Disconnected,       // the connection broke; error says why
        Reconnecting,       // the next attempt starts in delayMs
        Resumed,            // reading again from resumeFromNs after a gap of gapMs
        ContainerStopped,   // the followed container stopped
        ContainerRestarted, // and runs again
        ContainerRemoved,
        DaemonMessage, // the daemon reported an error inside the stream (message)
        Ended,         // nothing more will come
    };

    Kind kind = Kind::Connected;
    QString source; // container name, or "events"
    QString containerId;
    qint64 atNs = 0;                       // local wall clock when this happened
    qint64 lastSeenNs = LogLine::NoTime;   // time of the last line or event delivered before a gap
    qint64 resumeFromNs = LogLine::NoTime; // the since= of the resumed request
    qint64 gapMs = 0;                      // how long there was no connection
    int attempt = 0;
    int delayMs = 0;
    qint64 duplicatesSkipped = 0; // lines or events the daemon sent again and were dropped
    EngineError error;
    QString message; // for people, translated

    // Stable machine name, e.g. "disconnected".
    static QString kindName(Kind kind);
};

} // namespace bulwark
