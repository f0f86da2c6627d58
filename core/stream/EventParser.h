#pragma once

#include "EngineEvent.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark {

// Pure parsers for what the daemon says about events, execs and containers.
// They accept unknown fields, the legacy fields of API < 1.22 (status, id, from)
// and non-string attribute values, and never throw.
class EventParser {
    Q_DECLARE_TR_FUNCTIONS(EventParser)
public:
    // One line of GET /events.
    static Expected<EngineEvent> parse(QByteArrayView line);
    // GET /exec/{id}/json.
    static ExecDetails exec(const nlohmann::json &doc);
    // GET /containers/{id}/json: the fields events are classified by.
    static EventContainerDetails container(const nlohmann::json &doc);
    // Is this host path a container engine's control socket?
    static bool isDaemonSocket(const QString &hostPath);
};

} // namespace bulwark
