#include "ContainerVerifier.h"

#include "EngineClient.h"
#include "InspectParser.h"
#include "JsonFields.h"
#include "image/OsProbe.h"
#include "rules/Checks.h"
#include "rules/RuleEngine.h"
#include "store/ContainerIdentity.h"

#include <QSet>

namespace bulwark {

namespace {
// The name and labels of a /containers/json entry, enough for its identity.
ContainerInfo listedContainer(const nlohmann::json &entry)
{
    ContainerInfo c;
    const nlohmann::json &names = JsonFields::member(entry, "Names");
    if (names.is_array() && !names.empty() && names[0].is_string())
        c.name = QString::fromStdString(names[0].get<std::string>());
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    const nlohmann::json &labels = JsonFields::member(entry, "Labels");
    if (labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.value().is_string())
                c.labels.insert(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
        }
    }
    return c;
}
} // namespace

bool VerifyResult::allResolved() const
{
    return resolvedCount() == outcomes.size();
}

int VerifyResult::resolvedCount() const
{
    int n = 0;
    for (const FindingOutcome &o : outcomes)
        n += o.resolved ? 1 : 0;
    return n;
}

ContainerVerifier::ContainerVerifier(ScanOptions options)
    : m_options(std::move(options))
{
}

Expected<HostSnapshot> ContainerVerifier::rescan(const HostEndpoint &endpoint, const QString &reference)
{
    auto cancelledError = [&] { return EngineError::make(ErrorKind::Cancelled, tr("The verification was cancelled."), {}, endpoint.url); };
    HostSnapshot snap;
    snap.endpoint = endpoint;
    snap.startedAt = QDateTime::currentDateTimeUtc();

    EngineClient client(endpoint, m_options.limits);
    client.setCancelFlag(m_cancel);
    Expected<PingInfo> ping = client.ping();
    if (!ping)
        return ping.error();
    if (cancelled())
        return cancelledError();

    std::vector<Expected<nlohmann::json>> listed = client.getJsonMany(
        {QStringLiteral("/version"), QStringLiteral("/info"), QStringLiteral("/containers/json?all=1"), QStringLiteral("/images/json")});
    for (const auto &r : listed) {
        if (!r)
            return r.error();
    }
    Expected<EngineInfo> engine = HostScanner::describeEngine(*listed[0], *listed[1], endpoint, client, *ping);
    if (!engine)
        return engine.error();
    snap.engine = std::move(engine).value();

    // The newest container with that identity: a re-created one may sit next to its stopped predecessor.
    QString id;
    QString state;
    qint64 newest = -1;
    if (listed[2]->is_array()) {
        for (const nlohmann::json &entry : *listed[2]) {
            const ContainerInfo listedOne = listedContainer(entry);
            const QString entryId = JsonFields::string(entry, "Id");
            if (store::containerIdentity(listedOne) != reference && listedOne.name != reference
                && !(reference.size() >= 6 && entryId.startsWith(reference)))
                continue;
            const nlohmann::json &created = JsonFields::member(entry, "Created");
            const qint64 at = created.is_number_integer() ? created.get<qint64>() : 0;
            if (at > newest) {
                newest = at;
                id = entryId;
                state = JsonFields::string(entry, "State");
            }
        }
    }
    if (id.isEmpty()) {
        EngineError e = EngineError::make(ErrorKind::HttpError, tr("No container on %1 is \"%2\".").arg(endpoint.url, reference),
                                          tr("Check that the container was recreated with the same name (or compose service), "
                                             "and is on this host."),
                                          endpoint.url);
        e.httpStatus = 404;
        return e;
    }

    const nlohmann::json *imageEntry = nullptr;
    QStringList paths{QStringLiteral("/containers/%1/json").arg(apiPathSegment(id))};
    const bool running = m_options.readProcesses && state == QLatin1String("running");
    if (running)
        paths << QStringLiteral("/containers/%1/top").arg(apiPathSegment(id));
    std::vector<Expected<nlohmann::json>> docs = client.getJsonMany(paths);
    if (cancelled())
        return cancelledError();
    if (!docs[0])
        return docs[0].error();
    Expected<ContainerInfo> parsed = InspectParser::container(std::move(*docs[0]));
    if (!parsed)
        return parsed.error();
    ContainerInfo c = std::move(parsed).value();
    if (running && docs[1] && docs[1]->is_object()) {
        const nlohmann::json &titles = JsonFields::member(*docs[1], "Titles");
        const nlohmann::json &procs = JsonFields::member(*docs[1], "Processes");
        int cmd = -1;
        for (size_t t = 0; titles.is_array() && t < titles.size(); ++t) {
            if (titles[t] == "CMD" || titles[t] == "COMMAND")
                cmd = int(t);
        }
        if (cmd >= 0 && procs.is_array()) {
            for (const auto &proc : procs) {
                if (proc.is_array() && size_t(cmd) < proc.size() && proc[size_t(cmd)].is_string())
                    c.processes << QString::fromStdString(proc[size_t(cmd)].get<std::string>());
            }
        }
    }

    // Its image, and the image its tag names now when that is another one (the stale-container rule).
    const QString tag = Checks::normaliseImageRef(c.image);
    QString taggedNow;
    if (listed[3]->is_array()) {
        for (const nlohmann::json &entry : *listed[3]) {
            const QString imageId = JsonFields::string(entry, "Id");
            if (imageId == c.imageId)
                imageEntry = &entry;
            const nlohmann::json &tags = JsonFields::member(entry, "RepoTags");
            if (!tag.isEmpty() && tags.is_array()) {
                for (const auto &t : tags) {
                    if (t.is_string() && Checks::normaliseImageRef(QString::fromStdString(t.get<std::string>())) == tag)
                        taggedNow = imageId;
                }
            }
        }
    }
    if (imageEntry) {
        std::vector<Expected<nlohmann::json>> imageDocs = client.getJsonMany(
            {QStringLiteral("/images/%1/json").arg(apiPathSegment(c.imageId)), QStringLiteral("/images/%1/history").arg(apiPathSegment(c.imageId))});
        if (cancelled())
            return cancelledError();
        if (imageDocs[0]) {
            Expected<ImageInfo> img = InspectParser::image(std::move(*imageDocs[0]),
                                                           imageDocs[1] ? std::move(*imageDocs[1]) : nlohmann::json::array());
            if (img) {
                if (m_options.detectBaseOs)
                    img->baseOs = OsProbe::probe(client, c.id);
                snap.images << std::move(img).value();
            } else {
                snap.warnings << tr("Image %1 could not be read: %2").arg(c.imageId, img.error().message);
            }
        } else {
            snap.warnings << tr("Image %1 could not be read: %2").arg(c.imageId, imageDocs[0].error().message);
        }
    }
    if (!taggedNow.isEmpty() && taggedNow != c.imageId) {
        ImageInfo current; // enough for the rule engine to know where the tag points
        current.id = taggedNow;
        current.tags << tag;
        snap.images << current;
    }
    snap.containers << std::move(c);
    snap.finishedAt = QDateTime::currentDateTimeUtc();
    RuleEngine(m_options.policy).assess(snap);
    return snap;
}

Expected<VerifyResult> ContainerVerifier::verify(const HostEndpoint &endpoint, const QString &reference,
                                                 const QList<Finding> &original)
{
    Expected<HostSnapshot> snap = rescan(endpoint, reference);
    if (!snap)
        return snap.error();
    return compare(store::containerIdentity(snap->containers.first()), snap->containers.first(), original);
}

VerifyResult ContainerVerifier::compare(const QString &identity, const ContainerInfo &now, const QList<Finding> &original)
{
    VerifyResult result;
    result.identity = identity;
    result.container = now;
    QSet<QString> before;
    for (const Finding &f : original) {
        if (before.contains(f.ruleId))
            continue;
        before.insert(f.ruleId);
        FindingOutcome outcome{f, true, {}};
        for (const Finding &current : now.findings) {
            if (current.ruleId == f.ruleId) {
                outcome.resolved = false;
                outcome.current = current;
                break;
            }
        }
        result.outcomes << outcome;
    }
    for (const Finding &f : now.findings) {
        if (!before.contains(f.ruleId))
            result.newFindings << f;
    }
    return result;
}

} // namespace bulwark
