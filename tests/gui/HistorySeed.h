#pragma once
// Scan histories written through the real ScanStore, for the History panel's
// tests and the demo seeding tool. Snapshots are built by hand so every score
// and finding is known: the tests derive what the charts must show from the
// same description that was stored.

#include "Snapshot.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace bulwark::test {

struct SeedFinding {
    QString ruleId;
    Severity severity = Severity::Medium;
};

struct SeedContainer {
    QString name;
    int score = 0;
    QList<SeedFinding> findings;
    QString image = QStringLiteral("registry.example/app:1");
};

struct SeedScan {
    QDateTime at;
    int hostScore = 0;
    QList<SeedContainer> containers;
    QList<QDateTime> imagesBuilt; // one image per entry, tagged img-<i>:1
};

inline HostSnapshot seedSnapshot(const SeedScan &scan, const QString &url = QStringLiteral("unix:///run/seed/docker.sock"),
                                 const QString &engineId = QStringLiteral("SEED:ENGINE:0001"))
{
    HostSnapshot snapshot;
    snapshot.engine.url = url;
    snapshot.endpoint.url = url;
    snapshot.engine.engineId = engineId;
    snapshot.engine.name = QStringLiteral("seed-host");
    snapshot.engine.engineVersion = QStringLiteral("20.10.24");
    snapshot.startedAt = scan.at;
    snapshot.finishedAt = scan.at.addSecs(2);
    for (const SeedContainer &seed : scan.containers) {
        ContainerInfo container;
        container.name = seed.name;
        container.id = QStringLiteral("%1-%2").arg(seed.name).arg(scan.at.toSecsSinceEpoch());
        container.image = seed.image;
        container.imageId = QStringLiteral("sha256:") + seed.image;
        container.state = QStringLiteral("running");
        container.risk.score = seed.score;
        for (const SeedFinding &f : seed.findings) {
            Finding finding;
            finding.ruleId = f.ruleId;
            finding.severity = f.severity;
            finding.title = QStringLiteral("Rule %1").arg(f.ruleId);
            finding.evidence = QStringLiteral("%1 seen on %2").arg(f.ruleId, seed.name);
            finding.scope = RuleScope::Container;
            finding.targetId = container.id;
            finding.targetName = seed.name;
            container.findings << finding;
        }
        snapshot.containers << container;
    }
    for (int i = 0; i < scan.imagesBuilt.size(); ++i) {
        ImageInfo image;
        image.id = QStringLiteral("sha256:img%1").arg(i);
        image.tags = {QStringLiteral("img-%1:1").arg(i)};
        image.created = scan.imagesBuilt.at(i);
        snapshot.images << image;
    }
    snapshot.hostScore = scan.hostScore;
    snapshot.assessed = true;
    return snapshot;
}

// Writes the scans in order; returns their ids, or an empty list after failing the test.
inline QList<qint64> seedDatabase(const QString &path, const QList<SeedScan> &scans,
                                  const QString &url = QStringLiteral("unix:///run/seed/docker.sock"),
                                  const QString &engineId = QStringLiteral("SEED:ENGINE:0001"))
{
    auto db = store::ScanDatabase::open(path);
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
        return {};
    }
    store::ScanStore store(**db);
    QList<qint64> ids;
    for (const SeedScan &scan : scans) {
        auto id = store.save(seedSnapshot(scan, url, engineId));
        if (!id) {
            qWarning("cannot store a seeded scan: %s", qPrintable(id.error().toString()));
            return {};
        }
        ids << *id;
    }
    return ids;
}

// Three scans an hour apart in which the host gets better:
//  1: web (critical C001, medium C010), db (medium C010), cache (low L001); host 70
//  2: web fixes C001 but gains high C020; cache is gone; worker (low L002) arrives; host 50
//  3: web fixes C020; host 20
inline QList<SeedScan> threeScans(const QDateTime &start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC))
{
    const QDateTime built = start.addDays(-100);
    const SeedContainer db{QStringLiteral("db"), 30, {{QStringLiteral("BW-C010"), Severity::Medium}}};
    const SeedContainer worker{QStringLiteral("worker"), 20, {{QStringLiteral("BW-L002"), Severity::Low}}};
    SeedScan first{start, 70,
                   {{QStringLiteral("web"), 70,
                     {{QStringLiteral("BW-C001"), Severity::Critical}, {QStringLiteral("BW-C010"), Severity::Medium}}},
                    db,
                    {QStringLiteral("cache"), 10, {{QStringLiteral("BW-L001"), Severity::Low}}}},
                   {built, built.addDays(-400)}};
    SeedScan second{start.addSecs(3600), 50,
                    {{QStringLiteral("web"), 50,
                      {{QStringLiteral("BW-C010"), Severity::Medium}, {QStringLiteral("BW-C020"), Severity::High}}},
                     db, worker},
                    {built, built.addDays(-400)}};
    SeedScan third{start.addSecs(7200), 20,
                   {{QStringLiteral("web"), 20, {{QStringLiteral("BW-C010"), Severity::Medium}}}, db, worker},
                   {built}};
    return {first, second, third};
}

} // namespace bulwark::test
