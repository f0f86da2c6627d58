#pragma once
// Assessed host snapshots built in code, for the scan store's tests, its
// process helper and its benchmark. Findings come from the real rule
// catalogue and scores from the real risk model, so what is stored looks like
// what a scan stores.

#include "Snapshot.h"
#include "rules/RiskModel.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleEngine.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace bulwark::test {

struct SyntheticHost {
    int containers = 200;
    int images = 20;
    int scanIndex = 0;           // which scan of a series: drives the variation between scans
    int changingPerScan = 4;     // containers whose findings change at each scan
    QDateTime at = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QString url = QStringLiteral("unix:///var/run/docker.sock");
    QString engineId = QStringLiteral("ENGINE-A");
    QString namePrefix = QStringLiteral("svc");
};

inline QString fakeId(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

inline Finding catalogueFinding(const QString &ruleId, const QString &evidence, const QString &targetId,
                                const QString &targetName)
{
    const RuleDefinition *def = RuleCatalogue::builtin().rule(ruleId);
    Finding f;
    f.ruleId = ruleId;
    f.evidence = evidence;
    f.targetId = targetId;
    f.targetName = targetName;
    if (def) {
        f.cis = def->cis;
        f.severity = def->severity;
        f.title = def->title;
        f.scope = def->scope;
        f.remediation = def->remediationRun;
    }
    return f;
}

// About ten findings per container from the catalogue's container rules; every
// scan, `changingPerScan` containers move to a new state (an extra finding and
// new evidence), so consecutive scans share most but not all of their content.
inline HostSnapshot syntheticHost(const SyntheticHost &o)
{
    static const QStringList containerRules = [] {
        QStringList ids;
        for (const RuleDefinition &r : RuleCatalogue::builtin().rules()) {
            if (r.scope == RuleScope::Container)
                ids << r.id;
        }
        return ids;
    }();
    HostSnapshot snap;
    snap.engine.url = o.url;
    snap.endpoint.url = o.url;
    snap.engine.engineId = o.engineId;
    snap.engine.name = QStringLiteral("host-") + o.engineId.toLower();
    snap.engine.engineVersion = QStringLiteral("20.10.24");
    snap.startedAt = o.at;
    snap.finishedAt = o.at.addMSecs(1500);
    const Policy policy;

    for (int i = 0; i < o.images; ++i) {
        ImageInfo img;
        img.id = QStringLiteral("sha256:") + fakeId(QStringLiteral("image-%1").arg(i));
        img.tags = {QStringLiteral("registry.example/app-%1:1.%2").arg(i).arg(i % 3)};
        img.created = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addDays(i * 7);
        img.baseOs.detected = true;
        img.baseOs.releaseLabel = i % 4 == 0 ? QStringLiteral("Debian 9 (stretch)") : QStringLiteral("Debian 12 (bookworm)");
        img.baseOs.eolKnown = true;
        img.baseOs.eolDate = i % 4 == 0 ? QDate(2022, 6, 30) : QDate(2028, 6, 30);
        const QString name = img.tags.first();
        img.findings << catalogueFinding(QStringLiteral("BW-I001"), QStringLiteral("Config.User is empty"), img.id, name);
        if (i % 2 == 0) {
            img.findings << catalogueFinding(QStringLiteral("BW-I005"),
                                             QStringLiteral("%1 was built %2 days ago").arg(name).arg(img.created.daysTo(o.at)),
                                             img.id, name);
        }
        snap.images << img;
    }

    const int period = qMax(1, o.containers / qMax(1, o.changingPerScan));
    QList<int> scores;
    for (int c = 0; c < o.containers; ++c) {
        ContainerInfo ci;
        ci.name = QStringLiteral("%1-%2").arg(o.namePrefix).arg(c, 4, 10, QLatin1Char('0'));
        ci.id = fakeId(o.engineId + ci.name);
        if (c % 2 == 0) {
            ci.labels.insert(QStringLiteral("com.docker.compose.project"), QStringLiteral("shop"));
            ci.labels.insert(QStringLiteral("com.docker.compose.service"), ci.name);
            ci.labels.insert(QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1"));
        }
        const ImageInfo &img = snap.images.at(c % qMax(1, o.images));
        ci.image = img.tags.first();
        ci.imageId = img.id;
        ci.state = c % 5 == 0 ? QStringLiteral("exited") : QStringLiteral("running");
        const int generation = (o.scanIndex + c) / period;
        QStringList rules;
        for (int j = 0; rules.size() < 8 + c % 5 && j < containerRules.size() * 2; ++j) {
            const QString id = containerRules.at((c * 7 + j * 11) % containerRules.size());
            if (!rules.contains(id))
                rules << id;
        }
        if (generation % 2 == 1 && !rules.contains(QStringLiteral("BW-C018")))
            rules << QStringLiteral("BW-C018");
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QString evidence = j == 0 ? QStringLiteral("seen in state %1 (generation %2)").arg(ci.state).arg(generation)
                                            : QStringLiteral("%1 on %2").arg(rules.at(j), ci.image);
            ci.findings << catalogueFinding(rules.at(j), evidence, ci.id, ci.name);
        }
        RiskModel::Exposure exposure;
        if (c % 3 == 0)
            exposure = {true, QStringLiteral("published port 0.0.0.0:%1->80/tcp").arg(8000 + c)};
        ci.risk = RiskModel::scoreContainer(ci.findings, exposure, policy);
        scores << ci.risk.score;
        snap.containers << ci;
    }
    snap.daemonFindings << catalogueFinding(QStringLiteral("BW-D002"), QStringLiteral("live-restore is off"), o.engineId, snap.engine.name)
                        << catalogueFinding(QStringLiteral("BW-D004"), QStringLiteral("no user namespace remapping"), o.engineId, snap.engine.name)
                        << catalogueFinding(QStringLiteral("BW-D007"), QStringLiteral("icc is on"), o.engineId, snap.engine.name);
    snap.daemonRisk = RiskModel::scoreDaemon(snap.daemonFindings, policy);
    snap.hostScore = RiskModel::hostScore(snap.daemonRisk.score, scores);
    snap.assessed = true;
    return snap;
}

// A small host as a scan would see it, assessed by the real rule engine: a
// privileged container, a hardened one, a compose service and an old image.
inline HostSnapshot realisticHost(const QDateTime &at = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC))
{
    HostSnapshot snap;
    snap.engine.url = QStringLiteral("unix:///var/run/docker.sock");
    snap.endpoint.url = snap.engine.url;
    snap.engine.engineId = QStringLiteral("ABCD:EFGH:IJKL");
    snap.engine.name = QStringLiteral("build-server");
    snap.engine.engineVersion = QStringLiteral("20.10.24");
    snap.engine.transport = QStringLiteral("unix");
    snap.startedAt = at;
    snap.finishedAt = at.addSecs(2);

    ImageInfo busybox;
    busybox.id = QStringLiteral("sha256:") + fakeId(QStringLiteral("busybox"));
    busybox.tags = {QStringLiteral("busybox:1.36")};
    busybox.created = at.addDays(-400);
    ImageInfo stretch;
    stretch.id = QStringLiteral("sha256:") + fakeId(QStringLiteral("stretch"));
    stretch.tags = {QStringLiteral("legacy/app:2019")};
    stretch.created = at.addDays(-1500);
    stretch.baseOs.detected = true;
    stretch.baseOs.id = QStringLiteral("debian");
    stretch.baseOs.versionId = QStringLiteral("9");
    stretch.baseOs.prettyName = QStringLiteral("Debian GNU/Linux 9 (stretch)");
    stretch.baseOs.eolKnown = true;
    stretch.baseOs.releaseLabel = QStringLiteral("Debian 9 (stretch)");
    stretch.baseOs.eolDate = QDate(2022, 6, 30);
    ImageInfo dangling;
    dangling.id = QStringLiteral("sha256:") + fakeId(QStringLiteral("dangling"));
    dangling.created = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // unknown build time
    snap.images << busybox << stretch << dangling;

    ContainerInfo priv;
    priv.id = fakeId(QStringLiteral("priv"));
    priv.name = QStringLiteral("admin-shell");
    priv.image = busybox.tags.first();
    priv.imageId = busybox.id;
    priv.state = QStringLiteral("created");
    priv.privileged = true;
    priv.namespaces.network = QStringLiteral("host");
    priv.mounts << MountInfo{QStringLiteral("bind"), QStringLiteral("/var/run/docker.sock"),
                             QStringLiteral("/var/run/docker.sock"), true, QString(), QStringLiteral("rprivate")};

    ContainerInfo hardened;
    hardened.id = fakeId(QStringLiteral("hardened"));
    hardened.name = QStringLiteral("api");
    hardened.image = busybox.tags.first();
    hardened.imageId = busybox.id;
    hardened.state = QStringLiteral("running");
    hardened.user = QStringLiteral("1000:1000");
    hardened.capDrop = {QStringLiteral("ALL")};
    hardened.securityOpt = {QStringLiteral("no-new-privileges")};
    hardened.readonlyRootfs = true;
    hardened.limits.memoryBytes = 64 << 20;
    hardened.limits.pidsLimit = 100;
    hardened.namespaces.network = QStringLiteral("none");

    ContainerInfo web;
    web.id = fakeId(QStringLiteral("web"));
    web.name = QStringLiteral("shop-web-1");
    web.image = stretch.tags.first();
    web.imageId = stretch.id;
    web.state = QStringLiteral("running");
    web.labels.insert(QStringLiteral("com.docker.compose.project"), QStringLiteral("shop"));
    web.labels.insert(QStringLiteral("com.docker.compose.service"), QStringLiteral("web"));
    web.labels.insert(QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1"));
    web.ports << PortBinding{80, QStringLiteral("tcp"), QString(), 8080};
    snap.containers << priv << hardened << web;

    RuleEngine engine;
    engine.setClock(snap.finishedAt);
    engine.assess(snap);
    return snap;
}

} // namespace bulwark::test

#include "store/StoredScan.h"

namespace bulwark::test {

// Everything a StoredScan holds, one line per item, for comparing two loads.
inline QString dumpStoredScan(const store::StoredScan &scan)
{
    QStringList lines;
    const store::ScanSummary &s = scan.summary;
    lines << QStringLiteral("scan %1 host %2 %3 %4 %5 %6 %7 %8 %9")
                 .arg(s.id)
                 .arg(s.hostId)
                 .arg(s.hostUrl, s.engineId, s.hostName, s.startedAt.toString(Qt::ISODateWithMs),
                      s.finishedAt.toString(Qt::ISODateWithMs), s.engineVersion)
                 .arg(s.hostScore);
    lines << QStringLiteral("counts %1 %2 %3 %4 %5 containers %6 images %7")
                 .arg(s.severityCounts[0])
                 .arg(s.severityCounts[1])
                 .arg(s.severityCounts[2])
                 .arg(s.severityCounts[3])
                 .arg(s.severityCounts[4])
                 .arg(s.containerCount)
                 .arg(s.imageCount);
    for (const store::StoredContainer &c : scan.containers) {
        lines << QStringList{QStringLiteral("container"), c.identity, c.id, c.name, c.image, c.imageId, c.state,
                             QString::number(c.score)}
                     .join(QLatin1Char('|'));
        for (const ScoreContribution &b : c.breakdown) {
            lines << QStringLiteral("  share %1 %2 %3 %4 %5 %6 %7")
                         .arg(b.ruleId)
                         .arg(int(b.severity))
                         .arg(b.basePoints)
                         .arg(b.multiplier)
                         .arg(b.points)
                         .arg(b.share)
                         .arg(b.reason);
        }
    }
    for (const store::StoredImage &i : scan.images) {
        lines << QStringList{QStringLiteral("image"), i.key, i.id, i.tags.join(QLatin1Char(',')),
                             i.created.toString(Qt::ISODateWithMs), QString::number(i.ageDays), i.osLabel,
                             i.eolDate.toString(Qt::ISODate), QString::number(i.pastEol)}
                     .join(QLatin1Char('|'));
    }
    for (const store::StoredFinding &f : scan.findings) {
        lines << QStringList{QStringLiteral("finding"), f.ruleId, f.cis, QString::number(int(f.severity)), f.title,
                             f.evidence, scopeName(f.scope), f.targetKey, f.targetName}
                     .join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace bulwark::test
