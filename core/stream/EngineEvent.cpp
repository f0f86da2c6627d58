#include "EngineEvent.h"
#include "JsonFields.h"

#include "LogTimestamp.h"

#include <QCoreApplication>

namespace bulwark {

namespace {
struct EngineEventText {
    Q_DECLARE_TR_FUNCTIONS(EngineEvent)
};

constexpr struct {
    EventSecurityFlag flag;
    const char *name;
} FlagNames[] = {
    {PrivilegedExec, "privileged_exec"},
    {RootExec, "root_exec"},
    {PrivilegedContainerStarted, "privileged_container_started"},
    {DaemonSocketContainerStarted, "daemon_socket_container_started"},
    {ImageDeleted, "image_deleted"},
};

using JsonFields::string;

std::string utf8(const QString &s) { return s.toStdString(); }
} // namespace

QString EngineEvent::actionName() const
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.left(colon);
}

QByteArray EngineEvent::dockerText() const
{
    // docker/cli cli/command/system/events.go printOutput().
    QByteArray line = LogTimestamp::formatLocal(timeNs);
    line += ' ';
    line += type.toUtf8();
    line += ' ';
    line += action.toUtf8();
    line += ' ';
    line += actorId.toUtf8();
    if (!attributes.isEmpty()) {
        line += " (";
        bool first = true;
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            if (!first)
                line += ", ";
            first = false;
            line += it.key().toUtf8();
            line += '=';
            line += it.value().toUtf8();
        }
        line += ')';
    }
    line += '\n';
    return line;
}

QStringList EngineEvent::securityFlagNames(quint32 flags)
{
    QStringList names;
    for (const auto &f : FlagNames) {
        if (flags & f.flag)
            names << QString::fromLatin1(f.name);
    }
    return names;
}

nlohmann::json EngineEvent::toJson() const
{
    nlohmann::json attrs = nlohmann::json::object();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        attrs[utf8(it.key())] = utf8(it.value());
    nlohmann::json doc = {
        {"schema", "bulwark.event/1"},
        {"time", LogTimestamp::formatUtc(timeNs).toStdString()},
        {"time_nano", timeNs},
        {"type", utf8(type)},
        {"action", utf8(action)},
        {"action_name", utf8(actionName())},
        {"actor", {{"id", utf8(actorId)}, {"attributes", attrs}}},
        {"scope", utf8(scope)},
    };
    if (exec.known) {
        doc["exec"] = {{"id", utf8(exec.id)},
                       {"user", utf8(exec.user)},
                       {"privileged", exec.privileged},
                       {"tty", exec.tty},
                       {"command", utf8(exec.command)}};
    }
    if (container.known) {
        nlohmann::json sockets = nlohmann::json::array();
        for (const QString &s : container.daemonSockets)
            sockets.push_back(utf8(s));
        doc["container"] = {{"name", utf8(container.name)},
                            {"user", utf8(container.user)},
                            {"privileged", container.privileged},
                            {"daemon_sockets", sockets}};
    }
    nlohmann::json flags = nlohmann::json::array();
    for (const QString &f : securityFlagNames(securityFlags))
        flags.push_back(utf8(f));
    nlohmann::json reasonList = nlohmann::json::array();
    for (const QString &r : reasons)
        reasonList.push_back(utf8(r));
    doc["security"] = {{"severity", utf8(severityName(severity))}, {"flags", flags}, {"reasons", reasonList}};
    return doc;
}

Expected<EngineEvent> EngineEvent::fromJson(const nlohmann::json &doc)
{
    if (!doc.is_object() || string(doc, "schema") != QLatin1String("bulwark.event/1")) {
        return EngineError::make(ErrorKind::MalformedResponse,
                                 EngineEventText::tr("The stored event is not a bulwark.event/1 document."));
    }
    EngineEvent e;
    e.timeNs = doc.value("time_nano", qint64(0));
    e.type = string(doc, "type");
    e.action = string(doc, "action");
    e.scope = string(doc, "scope");
    if (auto actor = doc.find("actor"); actor != doc.end() && actor->is_object()) {
        e.actorId = string(*actor, "id");
        if (auto attrs = actor->find("attributes"); attrs != actor->end() && attrs->is_object()) {
            for (auto it = attrs->begin(); it != attrs->end(); ++it) {
                if (it->is_string())
                    e.attributes.insert(QString::fromStdString(it.key()),
                                        QString::fromStdString(it->get<std::string>()));
            }
        }
    }
    if (auto x = doc.find("exec"); x != doc.end() && x->is_object()) {
        e.exec.known = true;
        e.exec.id = string(*x, "id");
        e.exec.user = string(*x, "user");
        e.exec.privileged = x->value("privileged", false);
        e.exec.tty = x->value("tty", false);
        e.exec.command = string(*x, "command");
    }
    if (auto c = doc.find("container"); c != doc.end() && c->is_object()) {
        e.container.known = true;
        e.container.name = string(*c, "name");
        e.container.user = string(*c, "user");
        e.container.privileged = c->value("privileged", false);
        if (auto s = c->find("daemon_sockets"); s != c->end() && s->is_array()) {
            for (const auto &v : *s) {
                if (v.is_string())
                    e.container.daemonSockets << QString::fromStdString(v.get<std::string>());
            }
        }
    }
    if (auto sec = doc.find("security"); sec != doc.end() && sec->is_object()) {
        e.severity = parseSeverity(string(*sec, "severity")).value_or(Severity::Info);
        if (auto flags = sec->find("flags"); flags != sec->end() && flags->is_array()) {
            for (const auto &f : *flags) {
                for (const auto &known : FlagNames) {
                    if (f.is_string() && f.get<std::string>() == known.name)
                        e.securityFlags |= known.flag;
                }
            }
        }
        if (auto rs = sec->find("reasons"); rs != sec->end() && rs->is_array()) {
            for (const auto &r : *rs) {
                if (r.is_string())
                    e.reasons << QString::fromStdString(r.get<std::string>());
            }
        }
    }
    return e;
}

} // namespace bulwark
