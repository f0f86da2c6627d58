#include "ScanJson.h"

#include "rules/RuleEngine.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace bulwark::ScanJson {

using json = nlohmann::ordered_json;

namespace {

// The schema is written once, below, against a sink. TreeSink builds the ordered_json tree
// (toJson() and friends); TextSink writes the text ordered_json::dump(2) gives for that tree,
// without building it: for a host with hundreds of containers, building and copying the tree
// cost more than the whole scan.
class TreeSink {
public:
    void beginObject() { open(json::object()); }
    void beginArray() { open(json::array()); }
    void endObject() { m_open.pop_back(); }
    void endArray() { m_open.pop_back(); }
    void key(const char *name) { m_key = name; }
    void key(const QString &name) { m_key = name.toStdString(); }
    void value(const QString &v) { put(v.toStdString()); }
    void value(const char *v) { put(v); }
    void value(bool v) { put(v); }
    void value(int v) { put(v); }
    void value(qint64 v) { put(v); }
    void value(quint64 v) { put(v); }
    void value(double v) { put(v); }
    void null() { put(nullptr); }

    json take() { return std::move(m_root); }

private:
    json *put(json &&v)
    {
        if (m_open.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        json &parent = *m_open.back();
        if (parent.is_object())
            return &(parent[m_key] = std::move(v));
        parent.push_back(std::move(v));
        return &parent.back();
    }
    // Only the innermost open container grows, so pointers to the enclosing ones stay valid.
    void open(json &&empty) { m_open.push_back(put(std::move(empty))); }

    json m_root;
    std::vector<json *> m_open;
    std::string m_key;
};

class TextSink {
public:
    // Appends to out; the text is complete after finish().
    explicit TextSink(std::string &out)
        : m_out(out)
        , m_size(out.size())
    {
    }
    void finish() { m_out.resize(m_size); }

    void beginObject() { open('{'); }
    void beginArray() { open('['); }
    void endObject() { close('}'); }
    void endArray() { close(']'); }
    // The schema's own keys: plain ASCII identifiers, nothing to escape.
    void key(const char *name)
    {
        nextItem();
        const size_t n = std::char_traits<char>::length(name);
        char *out = grow(n + 4);
        *out = '"';
        std::memcpy(out + 1, name, n);
        std::memcpy(out + 1 + n, "\": ", 3);
        m_size += n + 4;
        m_afterKey = true;
    }
    void key(const QString &name)
    {
        nextItem();
        put('"');
        escape(name);
        put("\": ", 3);
        m_afterKey = true;
    }
    void value(const QString &v)
    {
        beginValue();
        put('"');
        escape(v);
        put('"');
    }
    void value(const char *v)
    {
        beginValue();
        put('"');
        escapeUtf8(v, std::char_traits<char>::length(v));
        put('"');
    }
    void value(bool v)
    {
        beginValue();
        if (v)
            put("true", 4);
        else
            put("false", 5);
    }
    void value(int v) { value(qint64(v)); }
    void value(qint64 v) { integer(v); }
    void value(quint64 v) { integer(v); }
    void value(double v)
    {
        beginValue();
        // Exactly as ordered_json prints a number ("3.0", "0.1", "1e+20"): from its own dump(),
        // once per distinct value; scores repeat the same few points and multipliers.
        auto it = m_doubles.find(std::bit_cast<quint64>(v));
        if (it == m_doubles.end())
            it = m_doubles.emplace(std::bit_cast<quint64>(v), json(v).dump()).first;
        put(it->second.data(), it->second.size());
    }
    void null()
    {
        beginValue();
        put("null", 4);
    }

private:
    // Room for n more bytes at the end of the text: the string is sized ahead (first to the
    // capacity reserved for it, then geometrically) and cut to the text by finish().
    char *grow(size_t n)
    {
        if (m_size + n > m_out.size()) [[unlikely]]
            enlarge(n);
        return m_out.data() + m_size;
    }
    Q_NEVER_INLINE void enlarge(size_t n) { m_out.resize(std::max({2 * m_out.size(), m_size + n, m_out.capacity()})); }
    void put(const char *data, size_t n)
    {
        std::memcpy(grow(n), data, n);
        m_size += n;
    }
    void put(char c)
    {
        *grow(1) = c;
        ++m_size;
    }

    // Before a key, or before a value that is an array element: the separator and the indentation.
    void nextItem()
    {
        Level &level = m_levels.back();
        const size_t indent = 2 * m_levels.size();
        char *out = grow(indent + 2);
        if (!level.empty)
            *out++ = ',';
        *out++ = '\n';
        std::memset(out, ' ', indent);
        m_size = size_t(out - m_out.data()) + indent;
        level.empty = false;
    }
    void beginValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_levels.empty())
            nextItem();
    }
    void open(char bracket)
    {
        beginValue();
        put(bracket);
        m_levels.push_back(Level{});
    }
    void close(char bracket)
    {
        const bool empty = m_levels.back().empty;
        m_levels.pop_back();
        if (!empty) {
            const size_t indent = 2 * m_levels.size();
            char *out = grow(indent + 1);
            *out = '\n';
            std::memset(out + 1, ' ', indent);
            m_size += indent + 1;
        }
        put(bracket);
    }
    template <typename Int>
    void integer(Int v)
    {
        beginValue();
        char *out = grow(24);
        m_size = size_t(std::to_chars(out, out + 24, v).ptr - m_out.data());
    }

    // What ordered_json's dump() escapes: the quote, the backslash and control characters;
    // everything else, including non-ASCII text, is copied as UTF-8.
    static bool needsEscape(char16_t c) { return c < 0x20 || c == u'"' || c == u'\\'; }
    void escapeByte(char c)
    {
        switch (c) {
        case '"': put("\\\"", 2); return;
        case '\\': put("\\\\", 2); return;
        case '\b': put("\\b", 2); return;
        case '\f': put("\\f", 2); return;
        case '\n': put("\\n", 2); return;
        case '\r': put("\\r", 2); return;
        case '\t': put("\\t", 2); return;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char code[6] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            put(code, 6);
        }
        }
    }
    void escapeUtf8(const char *data, qsizetype size)
    {
        qsizetype run = 0; // start of the bytes not yet copied
        for (qsizetype i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (byte < 0x80 && needsEscape(byte)) {
                put(data + run, size_t(i - run));
                escapeByte(data[i]);
                run = i + 1;
            }
        }
        put(data + run, size_t(size - run));
    }
    void escape(const QString &s)
    {
        // Mostly plain ASCII: narrowed straight into the text. From the first character that
        // is not, through QString's own UTF-8 encoder, as toStdString() did.
        const QChar *d = s.constData();
        const qsizetype n = s.size();
        char *out = grow(size_t(n));
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = d[i].unicode();
            if (c >= 0x80 || needsEscape(c)) {
                m_size += size_t(i);
                const QByteArray rest = QStringView(s).mid(i).toUtf8();
                escapeUtf8(rest.constData(), rest.size());
                return;
            }
            out[i] = char(c);
        }
        m_size += size_t(n);
    }

    struct Level {
        bool empty = true; // nothing written into this object or array yet
    };

    std::string &m_out;
    size_t m_size; // of the text; m_out beyond it is room to grow
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    std::unordered_map<quint64, std::string> m_doubles;
};

template <class Sink, class T>
void field(Sink &s, const char *key, const T &v)
{
    s.key(key);
    s.value(v);
}

template <class Sink>
void stringList(Sink &s, const char *key, const QStringList &items)
{
    s.key(key);
    s.beginArray();
    for (const QString &i : items)
        s.value(i);
    s.endArray();
}

template <class Sink>
void writeTime(Sink &s, const char *key, const QDateTime &t)
{
    s.key(key);
    if (t.isValid())
        s.value(t.toUTC().toString(Qt::ISODate));
    else
        s.null();
}

template <class Sink>
void writeFinding(Sink &s, const Finding &f)
{
    s.beginObject();
    field(s, "rule_id", f.ruleId);
    s.key("cis");
    if (f.cis.isEmpty())
        s.null();
    else
        s.value(f.cis);
    field(s, "severity", severityName(f.severity));
    field(s, "title", f.title);
    field(s, "evidence", f.evidence);
    field(s, "remediation", f.remediation);
    s.key("waiver");
    if (f.waiver.state == WaiverState::None) {
        s.null();
    } else {
        s.beginObject();
        field(s, "state", waiverStateName(f.waiver.state));
        field(s, "kind", waiverKindName(f.waiver.kind));
        field(s, "justification", f.waiver.justification);
        field(s, "reviewer", f.waiver.reviewer);
        writeTime(s, "expires", f.waiver.expiresAt);
        field(s, "origin", f.waiver.origin);
        s.endObject();
    }
    s.endObject();
}

template <class Sink>
void writeFindings(Sink &s, const char *key, const QList<Finding> &findings)
{
    s.key(key);
    s.beginArray();
    for (const Finding &f : findings)
        writeFinding(s, f);
    s.endArray();
}

template <class Sink>
void writeRisk(Sink &s, const RiskScore &r)
{
    s.beginObject();
    field(s, "raw_points", r.rawPoints);
    field(s, "floor", r.floor);
    field(s, "floor_reason", r.floorReason);
    s.key("contributions");
    s.beginArray();
    for (const ScoreContribution &c : r.breakdown) {
        s.beginObject();
        field(s, "rule_id", c.ruleId);
        field(s, "severity", severityName(c.severity));
        field(s, "base_points", c.basePoints);
        field(s, "multiplier", c.multiplier);
        field(s, "points", c.points);
        field(s, "share", std::round(c.share * 10) / 10);
        field(s, "reason", c.reason);
        s.endObject();
    }
    s.endArray();
    s.endObject();
}

template <class Sink>
void writePermissions(Sink &s, const Permissions &p)
{
    s.beginObject();
    stringList(s, "effective_capabilities", p.effectiveCapabilities);
    stringList(s, "added_beyond_default", p.addedBeyondDefault);
    stringList(s, "dropped_from_default", p.droppedFromDefault);
    field(s, "privileged", p.privileged);
    field(s, "user", p.user);
    field(s, "user_source", p.userSource);
    field(s, "group", p.group);
    field(s, "runs_as_root", p.runsAsRoot);
    s.key("namespaces");
    s.beginArray();
    for (const NamespacePermission &n : p.namespaces) {
        s.beginObject();
        field(s, "name", n.name);
        field(s, "mode", n.mode);
        field(s, "shared_with_host", n.sharedWithHost);
        field(s, "shared_with_container", n.sharedWithContainer);
        s.endObject();
    }
    s.endArray();
    s.key("mounts");
    s.beginArray();
    for (const MountPermission &m : p.mounts) {
        s.beginObject();
        field(s, "type", m.type);
        field(s, "source", m.source);
        field(s, "destination", m.destination);
        field(s, "rw", m.readWrite);
        field(s, "propagation", m.propagation);
        field(s, "sensitivity", mountSensitivityName(m.sensitivity));
        field(s, "why", m.why);
        s.endObject();
    }
    s.endArray();
    stringList(s, "devices", p.devices);
    field(s, "seccomp", p.seccomp);
    field(s, "apparmor", p.apparmor);
    field(s, "selinux", p.selinux);
    field(s, "no_new_privileges", p.noNewPrivileges);
    field(s, "read_only_rootfs", p.readOnlyRootfs);
    field(s, "memory_bytes", p.memoryBytes);
    field(s, "cpus", p.cpus);
    field(s, "pids_limit", p.pidsLimit);
    stringList(s, "published_ports", p.publishedPorts);
    s.endObject();
}

template <class Sink>
void writeContainer(Sink &s, const ContainerInfo &c)
{
    s.beginObject();
    field(s, "id", c.id);
    field(s, "name", c.name);
    field(s, "image", c.image);
    field(s, "image_id", c.imageId);
    field(s, "state", c.state);
    writeTime(s, "created", c.created);
    writeTime(s, "started_at", c.startedAt);
    field(s, "command", c.command);
    field(s, "user", c.user);
    field(s, "privileged", c.privileged);
    stringList(s, "cap_add", c.capAdd);
    stringList(s, "cap_drop", c.capDrop);
    s.key("namespaces");
    s.beginObject();
    field(s, "network", c.namespaces.network);
    field(s, "pid", c.namespaces.pid);
    field(s, "ipc", c.namespaces.ipc);
    field(s, "uts", c.namespaces.uts);
    field(s, "userns", c.namespaces.userns);
    field(s, "cgroupns", c.namespaces.cgroupns);
    s.endObject();
    s.key("mounts");
    s.beginArray();
    for (const MountInfo &m : c.mounts) {
        s.beginObject();
        field(s, "type", m.type);
        field(s, "source", m.source);
        field(s, "destination", m.destination);
        field(s, "rw", m.readWrite);
        field(s, "mode", m.mode);
        field(s, "propagation", m.propagation);
        s.endObject();
    }
    s.endArray();
    s.key("ports");
    s.beginArray();
    for (const PortBinding &p : c.ports) {
        s.beginObject();
        field(s, "container_port", p.containerPort);
        field(s, "protocol", p.protocol);
        s.key("host_ip");
        if (p.published())
            s.value(p.hostIp);
        else
            s.null();
        s.key("host_port");
        if (p.published())
            s.value(p.hostPort);
        else
            s.null();
        s.endObject();
    }
    s.endArray();
    field(s, "publish_all_ports", c.publishAllPorts);
    s.key("devices");
    s.beginArray();
    for (const DeviceMapping &d : c.devices) {
        s.beginObject();
        field(s, "path_on_host", d.pathOnHost);
        field(s, "path_in_container", d.pathInContainer);
        field(s, "permissions", d.permissions);
        s.endObject();
    }
    s.endArray();
    stringList(s, "security_opt", c.securityOpt);
    field(s, "apparmor_profile", c.appArmorProfile);
    field(s, "read_only_rootfs", c.readonlyRootfs);
    s.key("limits");
    s.beginObject();
    field(s, "memory_bytes", c.limits.memoryBytes);
    field(s, "memory_swap_bytes", c.limits.memorySwapBytes);
    field(s, "nano_cpus", c.limits.nanoCpus);
    field(s, "cpu_shares", c.limits.cpuShares);
    field(s, "cpu_quota", c.limits.cpuQuota);
    field(s, "cpu_period", c.limits.cpuPeriod);
    field(s, "pids_limit", c.limits.pidsLimit);
    s.key("ulimits");
    s.beginArray();
    for (const Ulimit &u : c.limits.ulimits) {
        s.beginObject();
        field(s, "name", u.name);
        field(s, "soft", u.soft);
        field(s, "hard", u.hard);
        s.endObject();
    }
    s.endArray();
    s.endObject();
    s.key("restart_policy");
    s.beginObject();
    field(s, "name", c.restartPolicy);
    field(s, "max_retries", c.restartMaxRetries);
    s.endObject();
    field(s, "log_driver", c.logDriver);
    stringList(s, "networks", c.networks);
    stringList(s, "env_names", c.envNames);
    // Sorted by name: a hash's order changes from run to run, and outputs must diff well.
    s.key("labels");
    s.beginObject();
    QStringList labelNames = c.labels.keys();
    labelNames.sort();
    for (const QString &name : std::as_const(labelNames)) {
        s.key(name);
        s.value(c.labels.value(name));
    }
    s.endObject();
    s.key("healthcheck");
    s.beginObject();
    field(s, "defined", c.health.defined);
    stringList(s, "test", c.health.test);
    field(s, "status", c.health.status);
    s.endObject();
    field(s, "tty", c.tty);
    field(s, "runtime", c.runtime);
    s.key("secrets");
    s.beginArray();
    for (const SecretEvidence &e : c.secrets) {
        s.beginObject();
        field(s, "location", e.location);
        field(s, "name", e.name);
        field(s, "kind", e.kind);
        field(s, "hint", e.hint);
        s.endObject();
    }
    s.endArray();
    s.key("permissions");
    writePermissions(s, c.permissions);
    field(s, "risk_score", c.risk.score);
    s.key("score_breakdown");
    writeRisk(s, c.risk);
    writeFindings(s, "findings", c.findings);
    s.endObject();
}

template <class Sink>
void writeImage(Sink &s, const ImageInfo &img, const QDateTime &now)
{
    const OsRelease &os = img.baseOs;
    s.beginObject();
    field(s, "id", img.id);
    stringList(s, "tags", img.tags);
    stringList(s, "digests", img.digests);
    writeTime(s, "created", img.created);
    field(s, "size_bytes", img.sizeBytes);
    field(s, "os", img.os);
    field(s, "architecture", img.architecture);
    field(s, "user", img.user);
    field(s, "healthcheck", img.hasHealthcheck);
    field(s, "layers", quint64(img.history.is_array() ? img.history.size() : 0));
    s.key("build_age_days");
    if (img.created.isValid() && img.created.date().year() >= 2000)
        s.value(img.created.daysTo(now));
    else
        s.null();
    s.key("base_os");
    s.beginObject();
    field(s, "detected", os.detected);
    field(s, "id", os.id);
    field(s, "version_id", os.versionId);
    field(s, "codename", os.codename);
    field(s, "pretty_name", os.prettyName);
    field(s, "release", os.releaseLabel);
    s.key("eol_date");
    if (os.eolDate.isValid())
        s.value(os.eolDate.toString(Qt::ISODate));
    else
        s.null();
    field(s, "end_of_life", os.pastEol(now.date()));
    field(s, "eol_source", os.eolSource);
    field(s, "problem", os.problem);
    s.endObject();
    stringList(s, "used_by", img.usedBy);
    writeFindings(s, "findings", img.findings);
    s.endObject();
}

template <class Sink>
void writeSnapshot(Sink &s, const HostSnapshot &snap)
{
    const EngineInfo &e = snap.engine;
    s.beginObject();
    field(s, "schema", SchemaId);
    field(s, "bulwark_version", BULWARK_VERSION);
    s.key("host");
    s.beginObject();
    field(s, "url", e.url);
    field(s, "transport", e.transport);
    field(s, "tls", e.tls);
    field(s, "engine_version", e.engineVersion);
    field(s, "api_version", e.apiVersion);
    field(s, "os", e.os);
    field(s, "os_type", e.osType);
    field(s, "kernel_version", e.kernelVersion);
    field(s, "architecture", e.architecture);
    field(s, "name", e.name);
    field(s, "engine_id", e.engineId);
    field(s, "score", snap.hostScore);
    s.endObject();
    writeTime(s, "started_at", snap.startedAt);
    writeTime(s, "finished_at", snap.finishedAt);
    s.key("containers");
    s.beginArray();
    for (const ContainerInfo &c : snap.containers)
        writeContainer(s, c);
    s.endArray();
    s.key("images");
    s.beginArray();
    const QDateTime now = snap.finishedAt.isValid() ? snap.finishedAt : QDateTime::currentDateTimeUtc();
    for (const ImageInfo &i : snap.images)
        writeImage(s, i, now);
    s.endArray();
    s.key("networks");
    s.beginArray();
    for (const NetworkInfo &n : snap.networks) {
        s.beginObject();
        field(s, "id", n.id);
        field(s, "name", n.name);
        field(s, "driver", n.driver);
        field(s, "scope", n.scope);
        field(s, "internal", n.internal);
        s.endObject();
    }
    s.endArray();
    s.key("volumes");
    s.beginArray();
    for (const VolumeInfo &v : snap.volumes) {
        s.beginObject();
        field(s, "name", v.name);
        field(s, "driver", v.driver);
        s.endObject();
    }
    s.endArray();

    std::array<int, 5> counts{};
    int waived = 0;
    int expired = 0;
    auto add = [&](const QList<Finding> &findings) {
        const std::array<int, 5> more = countBySeverity(findings);
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += more[i];
        for (const Finding &f : findings) {
            waived += f.waiver.state == WaiverState::Waived ? 1 : 0;
            expired += f.waiver.state == WaiverState::Expired ? 1 : 0;
        }
    };
    add(snap.daemonFindings);
    for (const ContainerInfo &c : snap.containers)
        add(c.findings);
    for (const ImageInfo &i : snap.images)
        add(i.findings);
    s.key("summary");
    s.beginObject();
    field(s, "assessed", snap.assessed);
    field(s, "host_score", snap.hostScore);
    s.key("findings");
    s.beginObject();
    field(s, "critical", counts[4]);
    field(s, "high", counts[3]);
    field(s, "medium", counts[2]);
    field(s, "low", counts[1]);
    field(s, "info", counts[0]);
    s.endObject();
    field(s, "waived", waived);
    field(s, "waiver_expired", expired);
    s.endObject();
    s.key("daemon");
    s.beginObject();
    field(s, "score", snap.daemonRisk.score);
    s.key("score_breakdown");
    writeRisk(s, snap.daemonRisk);
    writeFindings(s, "findings", snap.daemonFindings);
    s.endObject();
    stringList(s, "warnings", snap.warnings);
    s.endObject();
}

template <typename Write>
json tree(Write &&write)
{
    TreeSink sink;
    write(sink);
    return sink.take();
}
} // namespace

json findingToJson(const Finding &f)
{
    return tree([&](TreeSink &s) { writeFinding(s, f); });
}

json riskToJson(const RiskScore &r)
{
    return tree([&](TreeSink &s) { writeRisk(s, r); });
}

json permissionsToJson(const Permissions &p)
{
    return tree([&](TreeSink &s) { writePermissions(s, p); });
}

namespace {
QString textOf(const nlohmann::json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList listOf(const nlohmann::json &o, const char *key)
{
    QStringList out;
    const auto it = o.find(key);
    if (it == o.end() || !it->is_array())
        return out;
    for (const auto &v : *it) {
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>());
    }
    return out;
}

template <typename T>
T valueOf(const nlohmann::json &o, const char *key, T fallback)
{
    const auto it = o.find(key);
    if (it == o.end())
        return fallback;
    if constexpr (std::is_same_v<T, bool>)
        return it->is_boolean() ? it->get<bool>() : fallback;
    else
        return it->is_number() ? it->get<T>() : fallback;
}
} // namespace

Permissions permissionsFromJson(const nlohmann::json &o)
{
    Permissions p;
    if (!o.is_object())
        return p;
    p.effectiveCapabilities = listOf(o, "effective_capabilities");
    p.addedBeyondDefault = listOf(o, "added_beyond_default");
    p.droppedFromDefault = listOf(o, "dropped_from_default");
    p.privileged = valueOf(o, "privileged", false);
    p.user = textOf(o, "user");
    p.userSource = textOf(o, "user_source");
    p.group = textOf(o, "group");
    p.runsAsRoot = valueOf(o, "runs_as_root", true);
    if (const auto ns = o.find("namespaces"); ns != o.end() && ns->is_array()) {
        for (const auto &n : *ns) {
            if (!n.is_object())
                continue;
            p.namespaces.append({textOf(n, "name"), textOf(n, "mode"), valueOf(n, "shared_with_host", false),
                                 textOf(n, "shared_with_container")});
        }
    }
    if (const auto ms = o.find("mounts"); ms != o.end() && ms->is_array()) {
        for (const auto &m : *ms) {
            if (!m.is_object())
                continue;
            const QString sensitivity = textOf(m, "sensitivity");
            p.mounts.append({textOf(m, "type"), textOf(m, "source"), textOf(m, "destination"),
                             valueOf(m, "rw", true), textOf(m, "propagation"),
                             sensitivity == QLatin1String("critical")    ? MountSensitivity::Critical
                             : sensitivity == QLatin1String("sensitive") ? MountSensitivity::Sensitive
                                                                         : MountSensitivity::Normal,
                             textOf(m, "why")});
        }
    }
    p.devices = listOf(o, "devices");
    p.seccomp = textOf(o, "seccomp");
    p.apparmor = textOf(o, "apparmor");
    p.selinux = textOf(o, "selinux");
    p.noNewPrivileges = valueOf(o, "no_new_privileges", false);
    p.readOnlyRootfs = valueOf(o, "read_only_rootfs", false);
    p.memoryBytes = valueOf<qint64>(o, "memory_bytes", 0);
    p.cpus = valueOf<double>(o, "cpus", 0);
    p.pidsLimit = valueOf<qint64>(o, "pids_limit", 0);
    p.publishedPorts = listOf(o, "published_ports");
    return p;
}

json timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return nullptr;
    return time.toUTC().toString(Qt::ISODate).toStdString();
}

json containerToJson(const ContainerInfo &c)
{
    return tree([&](TreeSink &s) { writeContainer(s, c); });
}

json imageToJson(const ImageInfo &img, const QDateTime &now)
{
    return tree([&](TreeSink &s) { writeImage(s, img, now); });
}

json toJson(const HostSnapshot &snap)
{
    return tree([&](TreeSink &s) { writeSnapshot(s, snap); });
}

std::string toJsonText(const HostSnapshot &snap)
{
    std::string out;
    // About 9 KB per container in practice: room for that up front instead of a dozen regrowths.
    out.reserve(size_t(16384 + 10240 * snap.containers.size()));
    TextSink sink(out);
    writeSnapshot(sink, snap);
    sink.finish();
    return out;
}

} // namespace bulwark::ScanJson
