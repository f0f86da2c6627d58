#pragma once

#include "EngineError.h"
#include "rules/Severity.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace bulwark {

// What exec inspect (GET /exec/{id}/json) says about an exec.
struct ExecDetails {
    bool known = false; // the daemon answered
    QString id;
    QString user; // as given to `docker exec -u`; "" runs as the container's user
    bool privileged = false;
    bool tty = false;
    QString command; // entrypoint and arguments
};

// What container inspect says about the container an event is about.
struct EventContainerDetails {
    bool known = false;
    QString name;
    QString user; // Config.User; "" is root unless the image says otherwise (Config has it merged)
    bool privileged = false;
    QStringList daemonSockets; // host paths of mounted docker/containerd/podman sockets
};

enum EventSecurityFlag : quint32 {
    PrivilegedExec = 0x01,
    RootExec = 0x02,
    PrivilegedContainerStarted = 0x04,
    DaemonSocketContainerStarted = 0x08,
    ImageDeleted = 0x10,
};

// One message of the daemon's /events feed, with what Bulwark looked up about it
// and how it classified it. Plain values with a JSON form (schema bulwark.event/1)
// so events can be journaled and reloaded as they are.
struct EngineEvent {
    qint64 timeNs = 0; // timeNano
    QString type;      // container, image, network, volume, daemon, plugin, ...
    QString action;    // as sent: "exec_create: sh -c id", "health_status: healthy", "start"
    QString actorId;
    QMap<QString, QString> attributes; // Actor.Attributes, sorted like `docker events` prints them
    QString scope;

    ExecDetails exec;
    EventContainerDetails container;

    Severity severity = Severity::Info;
    quint32 securityFlags = 0; // EventSecurityFlag
    QStringList reasons;       // why it is security-relevant, for people

    // "exec_create" for "exec_create: sh -c id": the action without its details.
    [[nodiscard]] QString actionName() const;
    [[nodiscard]] QString actorName() const { return attributes.value(QStringLiteral("name")); }
    [[nodiscard]] bool securityRelevant() const { return securityFlags != 0; }

    // The line `docker events` prints for this event, time in the local zone, with '\n'.
    [[nodiscard]] QByteArray dockerText() const;

    [[nodiscard]] nlohmann::json toJson() const;
    static Expected<EngineEvent> fromJson(const nlohmann::json &doc);
    static QStringList securityFlagNames(quint32 flags); // "privileged_exec", ...
};

} // namespace bulwark
