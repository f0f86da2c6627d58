#include "HostScanner.h"

#include "EngineClient.h"
#include "InspectParser.h"
#include "image/OsProbe.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QSet>

#include <thread>

namespace bulwark {

namespace {
QString stageText(ScanProgress::Stage stage)
{
    switch (stage) {
    case ScanProgress::Stage::Connecting: return HostScanner::tr("Connecting…");
    case ScanProgress::Stage::Engine: return HostScanner::tr("Reading engine information…");
    case ScanProgress::Stage::Containers: return HostScanner::tr("Inspecting containers and images…");
    case ScanProgress::Stage::Images: return HostScanner::tr("Reading images…");
    case ScanProgress::Stage::Networks: return HostScanner::tr("Reading networks…");
    case ScanProgress::Stage::Volumes: return HostScanner::tr("Reading volumes…");
    case ScanProgress::Stage::BaseOs: return HostScanner::tr("Detecting base operating systems…");
    case ScanProgress::Stage::Rules: return HostScanner::tr("Checking security rules…");
    case ScanProgress::Stage::Done: return HostScanner::tr("Scan complete");
    }
    return {};
}

// Errors that mean "this host is not the one": try the next candidate.
bool isConnectFailure(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::SocketMissing:
    case ErrorKind::PermissionDenied:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostUnreachable:
    case ErrorKind::Timeout:
    case ErrorKind::TlsFailure:
    case ErrorKind::TlsFilesMissing:
    case ErrorKind::Unsupported:
    case ErrorKind::InvalidHost:
        return true;
    default:
        return false;
    }
}
} // namespace

HostScanner::HostScanner(ScanOptions options)
    : m_options(options)
{
}

void HostScanner::report(ScanProgress::Stage stage, int done, int total)
{
    if (m_progress)
        m_progress(ScanProgress{stage, done, total, stageText(stage)});
}

Expected<EngineInfo> HostScanner::describeEngine(const nlohmann::json &version, const nlohmann::json &info,
                                              const HostEndpoint &endpoint, const EngineClient &client,
                                              const PingInfo &ping)
{
    Expected<EngineInfo> parsed = InspectParser::engine(version, info);
    if (!parsed)
        return parsed.error();
    EngineInfo engine = std::move(parsed).value();
    engine.url = endpoint.url;
    engine.tls = endpoint.tls;
    engine.transport = endpoint.transport == Transport::Unix ? QStringLiteral("unix")
                     : endpoint.tls                          ? QStringLiteral("tcp+tls")
                                                             : QStringLiteral("tcp");
    engine.apiVersion = client.apiVersion();
    if (engine.osType.isEmpty())
        engine.osType = ping.osType;
    return engine;
}

Expected<HostSnapshot> HostScanner::scan(const HostEndpoint &endpoint)
{
    HostSnapshot snap;
    snap.endpoint = endpoint;
    snap.startedAt = QDateTime::currentDateTimeUtc();
    report(ScanProgress::Stage::Connecting, 0, 0);

    EngineClient client(endpoint, m_options.limits);
    client.setCancelFlag(m_cancel);
    Expected<PingInfo> ping = client.ping();
    if (!ping)
        return ping.error();
    if (cancelled())
        return EngineError::make(ErrorKind::Cancelled, tr("The scan was cancelled."), {}, endpoint.url);

    // One round trip for every list: they are independent, so fetch them together.
    report(ScanProgress::Stage::Engine, 0, 0);
    QStringList lists{QStringLiteral("/version"), QStringLiteral("/info"), QStringLiteral("/containers/json?all=1")};
    if (m_options.includeImages)
        lists << QStringLiteral("/images/json");
    if (m_options.includeNetworks)
        lists << QStringLiteral("/networks");
    if (m_options.includeVolumes)
        lists << QStringLiteral("/volumes");
    std::vector<Expected<nlohmann::json>> listed = client.getJsonMany(lists);
    for (const auto &r : listed) {
        if (!r)
            return r.error();
    }
    Expected<EngineInfo> engine = HostScanner::describeEngine(*listed[0], *listed[1], endpoint, client, *ping);
    if (!engine)
        return engine.error();
    snap.engine = std::move(engine).value();

    auto requireArray = [&](const nlohmann::json &doc, const QString &what) -> std::optional<EngineError> {
        if (doc.is_array())
            return std::nullopt;
        return EngineError::make(ErrorKind::MalformedResponse,
                                 tr("The daemon's %1 list is not a JSON array.").arg(what),
                                 tr("Check that the host is a Docker Engine."), endpoint.url);
    };

    // Ids to inspect, in the daemon's list order.
    QStringList containerIds;
    QStringList runningIds;
    QHash<QString, QString> listedImageOf; // container id -> image id, as the list gives them
    if (auto e = requireArray(*listed[2], QStringLiteral("container")))
        return *e;
    for (const nlohmann::json &c : *listed[2]) {
        if (c.is_object() && c.contains("Id") && c["Id"].is_string()) {
            containerIds.append(QString::fromStdString(c["Id"].get<std::string>()));
            if (m_options.readProcesses && c.value("State", std::string()) == "running")
                runningIds.append(containerIds.last());
            if (const auto image = c.find("ImageID"); image != c.end() && image->is_string())
                listedImageOf.insert(containerIds.last(), QString::fromStdString(image->get<std::string>()));
        }
    }
    QStringList imageIds;
    size_t next = 3;
    if (m_options.includeImages) {
        if (auto e = requireArray(*listed[next], QStringLiteral("image")))
            return *e;
        for (const nlohmann::json &i : *listed[next]) {
            if (i.is_object() && i.contains("Id") && i["Id"].is_string())
                imageIds.append(QString::fromStdString(i["Id"].get<std::string>()));
        }
        ++next;
    }
    if (m_options.includeNetworks) {
        if (auto e = requireArray(*listed[next], QStringLiteral("network")))
            return *e;
        for (const nlohmann::json &n : *listed[next]) {
            if (Expected<NetworkInfo> net = InspectParser::network(n))
                snap.networks.append(std::move(net).value());
        }
        ++next;
    }
    if (m_options.includeVolumes) {
        const nlohmann::json &vols = *listed[next];
        if (vols.is_object() && vols.contains("Volumes") && vols["Volumes"].is_array()) {
            for (const nlohmann::json &v : vols["Volumes"]) {
                if (Expected<VolumeInfo> vol = InspectParser::volume(v))
                    snap.volumes.append(std::move(vol).value());
            }
        }
    }

    // Base OS detection reads files of one container per image: round trips that need nothing the
    // inspects return (the list names each container's image), so they run on a connection of
    // their own while the inspects are in flight rather than one after another once they are done.
    // Each probe is keyed by the container it read; the choice made below from the inspected
    // containers reuses it when it picks the same one (it does unless a container vanished).
    QHash<QString, OsRelease> probedFrom; // container id -> what its files said
    std::jthread prober;
    if (m_options.detectBaseOs && m_options.includeImages) {
        QStringList probeIds;
        QSet<QString> unprobed(imageIds.cbegin(), imageIds.cend());
        for (const QString &id : std::as_const(containerIds)) {
            if (unprobed.remove(listedImageOf.value(id)))
                probeIds << id;
        }
        if (!probeIds.isEmpty()) {
            prober = std::jthread([this, endpoint, probeIds, &probedFrom] {
                EngineClient probeClient(endpoint, m_options.limits);
                probeClient.setCancelFlag(m_cancel);
                if (!probeClient.ping())
                    return; // the probes are made again below, and report their own errors
                for (const QString &id : probeIds) {
                    if (cancelled())
                        return;
                    probedFrom.insert(id, OsProbe::probe(probeClient, id)); // read only after join()
                }
            });
        }
    }

    // The hot path: every inspect and history in one concurrent batch.
    QStringList paths;
    paths.reserve(containerIds.size() + 2 * imageIds.size());
    for (const QString &id : std::as_const(containerIds))
        paths << QStringLiteral("/containers/%1/json").arg(apiPathSegment(id));
    for (const QString &id : std::as_const(imageIds))
        paths << QStringLiteral("/images/%1/json").arg(apiPathSegment(id)) << QStringLiteral("/images/%1/history").arg(apiPathSegment(id));
    const qsizetype topOffset = paths.size();
    for (const QString &id : std::as_const(runningIds))
        paths << QStringLiteral("/containers/%1/top").arg(apiPathSegment(id));
    report(ScanProgress::Stage::Containers, 0, int(paths.size()));
    // Container inspects are parsed as they arrive, while the daemon is still answering the others.
    struct Inspected {
        std::optional<EngineError> error; // the request failed
        std::optional<Expected<ContainerInfo>> container;
    };
    const qsizetype containerCount = containerIds.size();
    std::vector<Inspected> inspected{size_t(containerCount)};
    std::vector<std::optional<Expected<nlohmann::json>>> docs(size_t(paths.size() - containerCount)); // images, histories, tops
    client.getJsonEach(
        paths,
        [&](int i, Expected<nlohmann::json> &&doc) {
            if (i >= containerCount) {
                docs[size_t(i - containerCount)] = std::move(doc);
            } else if (!doc) {
                inspected[size_t(i)].error = doc.error();
            } else {
                inspected[size_t(i)].container = InspectParser::container(std::move(*doc));
            }
        },
        [this](int done, int total) { report(ScanProgress::Stage::Containers, done, total); });
    if (cancelled())
        return EngineError::make(ErrorKind::Cancelled, tr("The scan was cancelled."), {}, endpoint.url);

    auto gone = [](const EngineError &e) { return e.kind == ErrorKind::HttpError && e.httpStatus == 404; };
    for (qsizetype i = 0; i < containerCount; ++i) {
        Inspected &r = inspected[size_t(i)];
        if (r.error) {
            if (!gone(*r.error))
                return *r.error;
            snap.warnings << tr("Container %1 was removed while the scan ran.").arg(containerIds[i].left(12));
            continue;
        }
        Expected<ContainerInfo> &c = *r.container;
        if (!c) {
            snap.warnings << tr("Container %1 could not be read: %2").arg(containerIds[i].left(12), c.error().message);
            continue;
        }
        snap.containers.append(std::move(c).value());
    }
    for (qsizetype i = 0; i < imageIds.size(); ++i) {
        Expected<nlohmann::json> &inspect = *docs[size_t(2 * i)];
        Expected<nlohmann::json> &history = *docs[size_t(2 * i + 1)];
        if (!inspect && gone(inspect.error())) {
            snap.warnings << tr("Image %1 was removed while the scan ran.").arg(imageIds[i]);
            continue;
        }
        if (!inspect)
            return inspect.error();
        if (!history)
            snap.warnings << tr("The history of image %1 could not be read: %2").arg(imageIds[i], history.error().message);
        Expected<ImageInfo> img = InspectParser::image(std::move(*inspect), history ? std::move(*history) : nlohmann::json::array());
        if (!img) {
            snap.warnings << tr("Image %1 could not be read: %2").arg(imageIds[i], img.error().message);
            continue;
        }
        snap.images.append(std::move(img).value());
    }
    // Process lists (read-only; never an exec): the CMD column of /top.
    QHash<QString, QStringList> processes;
    for (qsizetype i = 0; i < runningIds.size(); ++i) {
        const Expected<nlohmann::json> &top = *docs[size_t(topOffset - containerCount + i)];
        if (!top || !top->is_object() || !top->contains("Titles") || !top->contains("Processes"))
            continue; // the container stopped in between, or is paused: nothing to read
        const auto &titles = (*top)["Titles"];
        int cmd = -1;
        for (size_t t = 0; titles.is_array() && t < titles.size(); ++t) {
            if (titles[t] == "CMD" || titles[t] == "COMMAND")
                cmd = int(t);
        }
        if (cmd < 0 || !(*top)["Processes"].is_array())
            continue;
        for (const auto &proc : (*top)["Processes"]) {
            if (proc.is_array() && size_t(cmd) < proc.size() && proc[size_t(cmd)].is_string())
                processes[runningIds[i]] << QString::fromStdString(proc[size_t(cmd)].get<std::string>());
        }
    }
    for (ContainerInfo &c : snap.containers)
        c.processes = processes.value(c.id);

    if (prober.joinable())
        prober.join();
    if (m_options.detectBaseOs && m_options.includeImages) {
        // One container per image is enough: its filesystem starts as the image's.
        QHash<QString, QString> probeFrom;
        for (const ContainerInfo &c : std::as_const(snap.containers)) {
            if (!probeFrom.contains(c.imageId))
                probeFrom.insert(c.imageId, c.id);
        }
        int done = 0;
        for (ImageInfo &img : snap.images) {
            report(ScanProgress::Stage::BaseOs, done++, int(snap.images.size()));
            if (cancelled())
                return EngineError::make(ErrorKind::Cancelled, tr("The scan was cancelled."), {}, endpoint.url);
            const QString from = probeFrom.value(img.id);
            if (from.isEmpty()) {
                img.baseOs.problem = tr("No container uses this image, so its files cannot be read without creating one.");
                continue;
            }
            const auto early = probedFrom.constFind(from);
            img.baseOs = early != probedFrom.cend() ? *early : OsProbe::probe(client, from);
        }
    }
    snap.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_options.assess) {
        report(ScanProgress::Stage::Rules, 0, 0);
        RuleEngine(m_options.policy).assess(snap);
    }
    report(ScanProgress::Stage::Done, int(paths.size()), int(paths.size()));
    return snap;
}

Expected<HostSnapshot> HostScanner::scanFirstReachable(const QList<HostEndpoint> &candidates,
                                                       QList<ConnectAttempt> *attempts)
{
    QList<ConnectAttempt> tried;
    for (const HostEndpoint &ep : candidates) {
        Expected<HostSnapshot> snap = scan(ep);
        if (snap || !isConnectFailure(snap.error().kind)) {
            if (!snap)
                tried.append(ConnectAttempt{ep, snap.error()});
            if (attempts)
                *attempts = tried;
            return snap;
        }
        tried.append(ConnectAttempt{ep, snap.error()});
        if (cancelled())
            break;
    }
    if (attempts)
        *attempts = tried;
    if (tried.isEmpty())
        return EngineError::make(ErrorKind::InvalidHost, tr("No Docker host to connect to."),
                                 tr("Give one with --host or --context, or set DOCKER_HOST."));
    if (tried.size() == 1)
        return tried.first().error;
    QStringList lines;
    for (const ConnectAttempt &a : std::as_const(tried))
        lines << QStringLiteral("%1: %2").arg(a.endpoint.url, a.error.message);
    EngineError e = tried.first().error;
    e.message = tr("No Docker Engine could be reached; tried %1 hosts:\n%2").arg(tried.size()).arg(lines.join(QLatin1Char('\n')));
    return e;
}

} // namespace bulwark
