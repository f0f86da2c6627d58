#pragma once

#include "StoredScan.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QString>

namespace bulwark::store {

struct ScoreChange {
    QString identity;
    QString name;
    int before = 0;
    int after = 0;
    [[nodiscard]] int delta() const { return after - before; }
};

// What changed between two scans of one host. Pure: built from two StoredScans.
struct ScanDiff {
    ScanSummary from;
    ScanSummary to;
    QList<StoredFinding> newFindings;       // in `to`, not in `from` (by StoredFinding::key())
    QList<StoredFinding> resolvedFindings;  // in `from`, not in `to`
    QList<StoredFinding> unchangedFindings; // in both; `to`'s evidence
    QList<StoredContainer> addedContainers;   // by identity
    QList<StoredContainer> removedContainers;
    QList<ScoreChange> scoreChanges;          // containers in both whose score changed, largest change first

    static ScanDiff compute(const StoredScan &from, const StoredScan &to);
};

// A scan's summary as `bulwark-cli history` (withHost) and the diff's "from"
// and "to" show it: id, [host,] times, engine version, score, counts.
nlohmann::ordered_json summaryToJson(const ScanSummary &summary, bool withHost = false);

// JSON document "bulwark.diff/1" with sections new, resolved, unchanged,
// added_containers, removed_containers and score_changes.
nlohmann::ordered_json diffToJson(const ScanDiff &diff);
// Plain text for terminals.
QString diffToTable(const ScanDiff &diff);

} // namespace bulwark::store
