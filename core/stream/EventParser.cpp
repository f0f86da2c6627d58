#include "EventParser.h"
#include "JsonFields.h"

#include <QRegularExpression>

namespace bulwark {

namespace {
using JsonFields::string;
} // namespace

Expected<EngineEvent> EventParser::parse(QByteArrayView line)
{
    const nlohmann::json doc = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return EngineError::make(ErrorKind::MalformedResponse,
                                 tr("An event from the daemon is not a JSON object (%1 bytes).").arg(line.size()),
                                 tr("Check that the host is a Docker Engine."));
    }
    EngineEvent e;
    e.type = string(doc, "Type");
    e.action = string(doc, "Action");
    e.scope = string(doc, "scope");
    if (auto actor = doc.find("Actor"); actor != doc.end() && actor->is_object()) {
        e.actorId = string(*actor, "ID");
        if (auto attrs = actor->find("Attributes"); attrs != actor->end() && attrs->is_object()) {
            for (auto it = attrs->begin(); it != attrs->end(); ++it) {
                const QString value = it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                      : QString::fromStdString(it->dump());
                e.attributes.insert(QString::fromStdString(it.key()), value);
            }
        }
    }
    // API < 1.22 sent only status/id/from, and only for containers.
    if (e.type.isEmpty())
        e.type = QStringLiteral("container");
    if (e.action.isEmpty())
        e.action = string(doc, "status");
    if (e.actorId.isEmpty())
        e.actorId = string(doc, "id");
    if (auto t = doc.find("timeNano"); t != doc.end() && t->is_number_integer())
        e.timeNs = t->get<qint64>();
    else if (auto s = doc.find("time"); s != doc.end() && s->is_number_integer())
        e.timeNs = s->get<qint64>() * 1'000'000'000;
    if (e.action.isEmpty()) {
        return EngineError::make(ErrorKind::MalformedResponse, tr("An event from the daemon has no Action."),
                                 tr("Check that the host is a Docker Engine."));
    }
    return e;
}

ExecDetails EventParser::exec(const nlohmann::json &doc)
{
    ExecDetails x;
    if (!doc.is_object())
        return x;
    x.known = true;
    x.id = string(doc, "ID");
    if (auto pc = doc.find("ProcessConfig"); pc != doc.end() && pc->is_object()) {
        x.user = string(*pc, "user");
        x.privileged = pc->value("privileged", false);
        x.tty = pc->value("tty", false);
        QStringList parts{string(*pc, "entrypoint")};
        if (auto args = pc->find("arguments"); args != pc->end() && args->is_array()) {
            for (const auto &a : *args) {
                if (a.is_string())
                    parts << QString::fromStdString(a.get<std::string>());
            }
        }
        x.command = parts.join(QLatin1Char(' ')).trimmed();
    }
    return x;
}

bool EventParser::isDaemonSocket(const QString &hostPath)
{
    static const QRegularExpression re(QStringLiteral("(docker|containerd|podman|crio|cri-dockerd)\\.sock$"));
    return re.match(hostPath).hasMatch();
}

EventContainerDetails EventParser::container(const nlohmann::json &doc)
{
    EventContainerDetails c;
    if (!doc.is_object())
        return c;
    c.known = true;
    c.name = string(doc, "Name");
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    if (auto cfg = doc.find("Config"); cfg != doc.end() && cfg->is_object())
        c.user = string(*cfg, "User");
    if (auto hc = doc.find("HostConfig"); hc != doc.end() && hc->is_object())
        c.privileged = hc->value("Privileged", false);
    if (auto mounts = doc.find("Mounts"); mounts != doc.end() && mounts->is_array()) {
        for (const auto &m : *mounts) {
            if (!m.is_object())
                continue;
            const QString source = string(m, "Source");
            if (isDaemonSocket(source))
                c.daemonSockets << source;
        }
    }
    return c;
}

} // namespace bulwark
