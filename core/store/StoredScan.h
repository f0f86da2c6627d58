#pragma once

#include "rules/Finding.h"
#include "rules/Permissions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace bulwark::store {

// A Docker host as the database knows it: the URL we connected to plus the
// engine's own id from /info, so two daemons behind one URL stay apart.
struct HostRecord {
    qint64 id = 0;
    QString url;
    QString engineId;
    QString name;          // /info Name at the latest scan
    int scanCount = 0;
    QDateTime lastScanAt;  // UTC
};

// One row of `bulwark-cli history`: a scan without its containers.
struct ScanSummary {
    qint64 id = 0;
    qint64 hostId = 0;
    QString hostUrl;
    QString engineId;
    QString hostName;
    QDateTime startedAt;   // UTC
    QDateTime finishedAt;  // UTC
    QString engineVersion;
    int hostScore = 0;
    int containerCount = 0;
    int imageCount = 0;
    std::array<int, 5> severityCounts{}; // every finding of the scan, indexed by int(Severity)
};

// A finding as stored: evidence is the already-redacted text from the rule engine.
struct StoredFinding {
    QString ruleId;
    QString cis;
    Severity severity = Severity::Info;
    QString title;
    QString evidence;
    RuleScope scope = RuleScope::Container;
    QString targetKey;   // container identity, image key or "" for the daemon
    QString targetName;  // container name, image tag, engine name
    FindingWaiver waiver; // as recorded when the scan was saved

    // What makes two findings in two scans "the same finding" for diffs and
    // time-to-fix: rule and target, not the evidence wording.
    [[nodiscard]] QString key() const;
    // The finding as a scan reports it, for code that compares a stored scan with a new
    // one (verifying a fix). What the store does not keep stays empty: the target's id,
    // the remediation text (the catalogue has it) and the score contribution.
    [[nodiscard]] Finding toFinding() const;
};

struct StoredContainer {
    QString identity;     // stable across re-creation: see containerIdentity()
    QString id;
    QString name;
    QString image;
    QString imageId;
    QString state;
    int score = 0;
    QList<ScoreContribution> breakdown;
    Permissions permissions; // schema 3 on; default-constructed for scans stored before
};

struct StoredImage {
    QString key;          // see imageKey()
    QString id;
    QStringList tags;
    QDateTime created;    // build time, UTC
    int ageDays = -1;     // at scan time, -1 unknown
    QString osLabel;      // "Debian 9 (stretch)", "" when not detected
    QDate eolDate;        // invalid when unknown
    bool pastEol = false;
};

// Everything the database holds about one scan.
struct StoredScan {
    ScanSummary summary;
    QList<StoredContainer> containers;
    QList<StoredImage> images;
    QList<StoredFinding> findings; // container, image and daemon findings
};

} // namespace bulwark::store
