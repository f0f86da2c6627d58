#pragma once

#include "ScanDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>

namespace bulwark::store {

// One point of a trend chart. With more scans in the range than maxPoints,
// scans are bucketed by time in SQL and a point stands for its bucket: the
// value is the bucket's last scan, scanId the scan it came from (clicking a
// point opens that scan).
struct ScorePoint {
    QDateTime at;      // UTC, the represented scan's start
    qint64 scanId = 0;
    int score = 0;
    int scansInBucket = 1;
    int minScore = 0;  // over the bucket
    int maxScore = 0;
};

struct SeverityPoint {
    QDateTime at;
    qint64 scanId = 0;
    std::array<int, 5> counts{}; // indexed by int(Severity)
};

// How long a finding stayed open: from the first scan that saw it to the
// first scan that no longer did.
struct FixDuration {
    QString ruleId;
    QString targetName;
    int severity = 0;
    QDateTime firstSeen;
    QDateTime resolvedAt;
    [[nodiscard]] qint64 seconds() const { return firstSeen.secsTo(resolvedAt); }
};

// Aggregated reads for the charts. All queries aggregate in SQL so a year of
// hourly scans loads in milliseconds.
class HistorySeries {
    Q_DECLARE_TR_FUNCTIONS(HistorySeries)
public:
    explicit HistorySeries(const ScanDatabase &db);

    // from/to invalid: unbounded. maxPoints <= 0: one point per scan.
    StoreExpected<QList<ScorePoint>> hostScore(qint64 hostId, const QDateTime &from = {}, const QDateTime &to = {},
                                               int maxPoints = 500) const;
    StoreExpected<QList<SeverityPoint>> severityCounts(qint64 hostId, const QDateTime &from = {},
                                                       const QDateTime &to = {}, int maxPoints = 500) const;
    // Score of each container identity over the host's last `scans` scans, oldest
    // first; a container absent from a scan has no point for it.
    StoreExpected<QHash<QString, QList<int>>> containerSparklines(qint64 hostId, int scans = 20) const;
    // Age in days of every image in one scan (unknown ages left out).
    StoreExpected<QList<int>> imageAges(qint64 scanId) const;
    // Findings of the host that were resolved, within the range.
    StoreExpected<QList<FixDuration>> timeToFix(qint64 hostId, const QDateTime &from = {}, const QDateTime &to = {}) const;

private:
    const ScanDatabase &m_db;
};

} // namespace bulwark::store
