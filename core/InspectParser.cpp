#include "InspectParser.h"
#include "JsonFields.h"

#include "rules/SecretDetector.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace bulwark::InspectParser {

using nlohmann::json;

namespace {

using JsonFields::member;
using JsonFields::string;

bool boolean(const json &obj, const char *key)
{
    const json &v = member(obj, key);
    return v.is_boolean() && v.get<bool>();
}

qint64 int64(const json &obj, const char *key)
{
    const json &v = member(obj, key);
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_number_float())
        return qint64(v.get<double>());
    return 0;
}

// Accepts null, [] and arrays with non-string entries (skipped).
QStringList strings(const json &obj, const char *key)
{
    QStringList out;
    const json &v = member(obj, key);
    if (!v.is_array())
        return out;
    for (const json &item : v) {
        if (item.is_string())
            out.append(QString::fromStdString(item.get_ref<const std::string &>()));
    }
    return out;
}

EngineError shapeError(const char *what, const QString &detail)
{
    return EngineError::make(
        ErrorKind::MalformedResponse,
        QCoreApplication::translate("InspectParser", "The daemon returned a %1 document of an unexpected shape: %2")
            .arg(QCoreApplication::translate("InspectParser", what), detail),
        QCoreApplication::translate("InspectParser", "Bulwark expects a Docker Engine API (1.30 or newer); check "
                                                     "what serves this address."));
}

QStringList capabilities(const json &obj, const char *key)
{
    QStringList caps = strings(obj, key);
    for (QString &c : caps)
        c = normaliseCapability(c);
    return caps;
}

void parsePorts(ContainerInfo &c, const json &hostConfig, const json &config)
{
    // Published bindings from HostConfig.PortBindings; exposed-only ports from Config.ExposedPorts.
    QSet<QString> seen;
    const json &bindings = member(hostConfig, "PortBindings");
    if (bindings.is_object()) {
        for (auto it = bindings.begin(); it != bindings.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QStringList parts = key.split(QLatin1Char('/'));
            const int containerPort = parts.value(0).toInt();
            const QString proto = parts.value(1, QStringLiteral("tcp"));
            seen.insert(key);
            if (!it.value().is_array() || it.value().empty()) {
                c.ports.append(PortBinding{containerPort, proto, {}, 0});
                continue;
            }
            for (const json &b : it.value()) {
                PortBinding p;
                p.containerPort = containerPort;
                p.protocol = proto;
                p.hostIp = string(b, "HostIp");
                p.hostPort = string(b, "HostPort").toInt();
                c.ports.append(p);
            }
        }
    }
    const json &exposed = member(config, "ExposedPorts");
    if (exposed.is_object()) {
        for (auto it = exposed.begin(); it != exposed.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (seen.contains(key))
                continue;
            const QStringList parts = key.split(QLatin1Char('/'));
            c.ports.append(PortBinding{parts.value(0).toInt(), parts.value(1, QStringLiteral("tcp")), {}, 0});
        }
    }
    std::sort(c.ports.begin(), c.ports.end(), [](const PortBinding &a, const PortBinding &b) {
        return std::tie(a.containerPort, a.protocol, a.hostIp, a.hostPort)
            < std::tie(b.containerPort, b.protocol, b.hostIp, b.hostPort);
    });
}

// Detects credentials in a NAME=VALUE array and replaces each value in place, so
// no later code (rules, JSON output, a store) can ever see it.
void scrubEnv(json &env, const QString &location, QList<SecretEvidence> &found)
{
    if (!env.is_array())
        return;
    for (json &item : env) {
        if (!item.is_string())
            continue;
        const QString entry = QString::fromStdString(item.get<std::string>());
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString name = entry.left(eq);
        const QString value = entry.mid(eq + 1);
        if (auto m = SecretDetector::classifyEnv(name, value)) {
            found.append(SecretEvidence{location, name, m->kind, m->hint});
            item = (name + QLatin1Char('=') + m->hint).toStdString();
        }
    }
}

void scrubText(json &text, const QString &location, QList<SecretEvidence> &found)
{
    if (!text.is_string())
        return;
    bool hit = false;
    QString kind;
    const QString redacted = SecretDetector::redactText(QString::fromStdString(text.get<std::string>()), &hit, &kind);
    if (hit) {
        found.append(SecretEvidence{location, QString(), kind, redacted.left(200)});
        text = redacted.toStdString();
    }
}

void scrubTextArray(json &arr, const QString &location, QList<SecretEvidence> &found)
{
    if (!arr.is_array())
        return;
    for (json &item : arr)
        scrubText(item, location, found);
}

void scrubLabels(json &labels, QList<SecretEvidence> &found)
{
    if (!labels.is_object())
        return;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!it.value().is_string())
            continue;
        const QString name = QString::fromStdString(it.key());
        if (auto m = SecretDetector::classifyEnv(name, QString::fromStdString(it.value().get<std::string>()))) {
            found.append(SecretEvidence{QStringLiteral("Config.Labels"), name, m->kind, m->hint});
            it.value() = m->hint.toStdString();
        }
    }
}

// Scrubs every place of a container document that may carry a credential.
QList<SecretEvidence> scrubContainer(json &doc)
{
    QList<SecretEvidence> found;
    if (!doc.is_object())
        return found;
    if (auto cfg = doc.find("Config"); cfg != doc.end() && cfg->is_object()) {
        if (auto env = cfg->find("Env"); env != cfg->end())
            scrubEnv(*env, QStringLiteral("Config.Env"), found);
        if (auto labels = cfg->find("Labels"); labels != cfg->end())
            scrubLabels(*labels, found);
        if (auto cmd = cfg->find("Cmd"); cmd != cfg->end())
            scrubTextArray(*cmd, QStringLiteral("Config.Cmd"), found);
        if (auto ep = cfg->find("Entrypoint"); ep != cfg->end())
            scrubTextArray(*ep, QStringLiteral("Config.Entrypoint"), found);
        if (auto hc = cfg->find("Healthcheck"); hc != cfg->end() && hc->is_object()) {
            if (auto test = hc->find("Test"); test != hc->end())
                scrubTextArray(*test, QStringLiteral("Config.Healthcheck"), found);
        }
    }
    if (auto args = doc.find("Args"); args != doc.end()) {
        QList<SecretEvidence> dup; // Args repeats Cmd: scrub without reporting twice
        scrubTextArray(*args, QStringLiteral("Args"), dup);
    }
    return found;
}

} // namespace

QString normaliseCapability(const QString &cap)
{
    QString c = cap.trimmed().toUpper();
    if (c.startsWith(QLatin1String("CAP_")))
        c = c.mid(4);
    return c;
}

QDateTime parseTimestamp(const std::string &text)
{
    if (text.empty() || text.rfind("0001-01-01", 0) == 0)
        return {};
    QDateTime t = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Nanosecond precision is more than Qt parses: cut the fraction to milliseconds.
        QString s = QString::fromStdString(text);
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < s.size() && s.at(end).isDigit())
                ++end;
            s = s.left(std::min(end, dot + 4)) + s.mid(end);
            t = QDateTime::fromString(s, Qt::ISODateWithMs);
        }
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

Expected<ContainerInfo> container(json doc)
{
    if (!doc.is_object())
        return shapeError("container", QStringLiteral("not a JSON object"));
    ContainerInfo c;
    c.secrets = scrubContainer(doc); // first, so nothing below ever reads a secret value
    c.id = string(doc, "Id");
    if (c.id.isEmpty())
        return shapeError("container", QStringLiteral("no Id"));
    c.name = string(doc, "Name");
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    c.imageId = string(doc, "Image");
    c.created = parseTimestamp(member(doc, "Created").is_string() ? member(doc, "Created").get<std::string>() : "");
    c.appArmorProfile = string(doc, "AppArmorProfile");

    const json &state = member(doc, "State");
    c.state = string(state, "Status");
    if (c.state.isEmpty())
        c.state = boolean(state, "Running") ? QStringLiteral("running") : QStringLiteral("unknown");
    if (const json &s = member(state, "StartedAt"); s.is_string())
        c.startedAt = parseTimestamp(s.get<std::string>());
    c.health.status = string(member(state, "Health"), "Status");

    const json &config = member(doc, "Config");
    c.image = string(config, "Image");
    c.user = string(config, "User");
    c.tty = boolean(config, "Tty");
    QStringList cmd;
    if (const json &path = member(doc, "Path"); path.is_string())
        cmd.append(QString::fromStdString(path.get<std::string>()));
    cmd += strings(doc, "Args");
    c.command = cmd.join(QLatin1Char(' '));
    for (const QString &e : strings(config, "Env"))
        c.envNames.append(e.section(QLatin1Char('='), 0, 0));
    if (const json &labels = member(config, "Labels"); labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.value().is_string())
                c.labels.insert(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
        }
    }
    if (const json &hc = member(config, "Healthcheck"); hc.is_object()) {
        c.health.test = strings(hc, "Test");
        c.health.defined = !c.health.test.isEmpty() && c.health.test.first() != QLatin1String("NONE");
    }

    const json &host = member(doc, "HostConfig");
    if (!host.is_null() && !host.is_object())
        return shapeError("container", QStringLiteral("HostConfig is not an object"));
    c.privileged = boolean(host, "Privileged");
    c.capAdd = capabilities(host, "CapAdd");
    c.capDrop = capabilities(host, "CapDrop");
    c.securityOpt = strings(host, "SecurityOpt");
    c.readonlyRootfs = boolean(host, "ReadonlyRootfs");
    c.publishAllPorts = boolean(host, "PublishAllPorts");
    c.runtime = string(host, "Runtime");
    c.namespaces.network = string(host, "NetworkMode");
    c.namespaces.pid = string(host, "PidMode");
    c.namespaces.ipc = string(host, "IpcMode");
    c.namespaces.uts = string(host, "UTSMode");
    c.namespaces.userns = string(host, "UsernsMode");
    c.namespaces.cgroupns = string(host, "CgroupnsMode");
    c.limits.memoryBytes = int64(host, "Memory");
    c.limits.memorySwapBytes = int64(host, "MemorySwap");
    c.limits.nanoCpus = int64(host, "NanoCpus");
    c.limits.cpuShares = int64(host, "CpuShares");
    c.limits.cpuQuota = int64(host, "CpuQuota");
    c.limits.cpuPeriod = int64(host, "CpuPeriod");
    c.limits.pidsLimit = int64(host, "PidsLimit");
    if (const json &ul = member(host, "Ulimits"); ul.is_array()) {
        for (const json &u : ul)
            c.limits.ulimits.append(Ulimit{string(u, "Name"), int64(u, "Soft"), int64(u, "Hard")});
    }
    if (const json &devs = member(host, "Devices"); devs.is_array()) {
        for (const json &d : devs)
            c.devices.append(DeviceMapping{string(d, "PathOnHost"), string(d, "PathInContainer"), string(d, "CgroupPermissions")});
    }
    const json &restart = member(host, "RestartPolicy");
    c.restartPolicy = string(restart, "Name");
    c.restartMaxRetries = int(int64(restart, "MaximumRetryCount"));
    c.logDriver = string(member(host, "LogConfig"), "Type");
    parsePorts(c, host, config);

    if (const json &mounts = member(doc, "Mounts"); mounts.is_array()) {
        for (const json &m : mounts) {
            MountInfo mi;
            mi.type = string(m, "Type");
            mi.source = mi.type == QLatin1String("volume") && !string(m, "Name").isEmpty() ? string(m, "Name")
                                                                                        : string(m, "Source");
            mi.destination = string(m, "Destination");
            mi.readWrite = member(m, "RW").is_boolean() ? member(m, "RW").get<bool>() : true;
            mi.mode = string(m, "Mode");
            mi.propagation = string(m, "Propagation");
            c.mounts.append(mi);
        }
    }
    if (const json &nets = member(member(doc, "NetworkSettings"), "Networks"); nets.is_object()) {
        for (auto it = nets.begin(); it != nets.end(); ++it)
            c.networks.append(QString::fromStdString(it.key()));
    }
    c.inspect = std::move(doc);
    return c;
}

Expected<ImageInfo> image(json doc, json history)
{
    if (!doc.is_object())
        return shapeError("image", QStringLiteral("not a JSON object"));
    ImageInfo img;
    for (const char *cfgKey : {"Config", "ContainerConfig"}) {
        if (auto cfg = doc.find(cfgKey); cfg != doc.end() && cfg->is_object()) {
            QList<SecretEvidence> found;
            if (auto env = cfg->find("Env"); env != cfg->end())
                scrubEnv(*env, QStringLiteral("%1.Env").arg(QLatin1String(cfgKey)), found);
            if (auto cmd = cfg->find("Cmd"); cmd != cfg->end())
                scrubTextArray(*cmd, QStringLiteral("%1.Cmd").arg(QLatin1String(cfgKey)), found);
            if (qstrcmp(cfgKey, "Config") == 0) // ContainerConfig repeats the build container's Config
                img.secrets += found;
        }
    }
    if (history.is_array()) {
        int step = 0;
        for (json &layer : history) {
            ++step;
            if (auto createdBy = layer.find("CreatedBy"); createdBy != layer.end())
                scrubText(*createdBy, QStringLiteral("history step %1").arg(step), img.secrets);
        }
    }
    img.id = string(doc, "Id");
    if (img.id.isEmpty())
        return shapeError("image", QStringLiteral("no Id"));
    img.tags = strings(doc, "RepoTags");
    img.digests = strings(doc, "RepoDigests");
    if (const json &created = member(doc, "Created"); created.is_string())
        img.created = parseTimestamp(created.get<std::string>());
    img.sizeBytes = int64(doc, "Size");
    img.os = string(doc, "Os");
    img.architecture = string(doc, "Architecture");
    const json &config = member(doc, "Config");
    img.user = string(config, "User");
    if (const json &hc = member(config, "Healthcheck"); hc.is_object()) {
        const QStringList test = strings(hc, "Test");
        img.hasHealthcheck = !test.isEmpty() && test.first() != QLatin1String("NONE");
    }
    for (const QString &e : strings(config, "Env"))
        img.envNames.append(e.section(QLatin1Char('='), 0, 0));
    img.inspect = std::move(doc);
    img.history = history.is_array() ? std::move(history) : json::array();
    return img;
}

Expected<NetworkInfo> network(const json &doc)
{
    if (!doc.is_object())
        return shapeError("network", QStringLiteral("not a JSON object"));
    NetworkInfo n;
    n.id = string(doc, "Id");
    n.name = string(doc, "Name");
    n.driver = string(doc, "Driver");
    n.scope = string(doc, "Scope");
    n.internal = boolean(doc, "Internal");
    n.raw = doc;
    return n;
}

Expected<VolumeInfo> volume(const json &doc)
{
    if (!doc.is_object())
        return shapeError("volume", QStringLiteral("not a JSON object"));
    VolumeInfo v;
    v.name = string(doc, "Name");
    v.driver = string(doc, "Driver");
    v.mountpoint = string(doc, "Mountpoint");
    v.raw = doc;
    return v;
}

Expected<EngineInfo> engine(const json &version, const json &info)
{
    if (!version.is_object())
        return shapeError("version", QStringLiteral("not a JSON object"));
    if (!info.is_object())
        return shapeError("info", QStringLiteral("not a JSON object"));
    EngineInfo e;
    e.engineVersion = string(version, "Version");
    e.maxApiVersion = string(version, "ApiVersion");
    e.osType = string(version, "Os");
    e.kernelVersion = string(version, "KernelVersion");
    e.architecture = string(version, "Arch");
    e.os = string(info, "OperatingSystem");
    e.name = string(info, "Name");
    e.engineId = string(info, "ID");
    if (e.kernelVersion.isEmpty())
        e.kernelVersion = string(info, "KernelVersion");
    e.version = version;
    e.info = info;
    return e;
}

} // namespace bulwark::InspectParser
