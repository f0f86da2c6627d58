#include "HistorySeries.h"

#include <limits>

namespace bulwark::store {

namespace {

QString seriesError() { return HistorySeries::tr("Reading the history series"); }

struct Range {
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
};

Range toRange(const QDateTime &from, const QDateTime &to)
{
    Range r;
    if (from.isValid())
        r.from = from.toMSecsSinceEpoch();
    if (to.isValid())
        r.to = to.toMSecsSinceEpoch();
    return r;
}

struct Buckets {
    qint64 origin = 0;
    qint64 width = 0; // 0: one point per scan
};

// The parameters every series query shares: ?1 the host, ?2 and ?3 the range,
// and for bucketed queries ?4 and ?5 the buckets' origin and width.
void bindSeries(SqlQuery &q, qint64 hostId, Range range, const Buckets &buckets = {})
{
    q.bindInt64(1, hostId);
    q.bindInt64(2, range.from);
    q.bindInt64(3, range.to);
    if (buckets.width != 0) {
        q.bindInt64(4, buckets.origin);
        q.bindInt64(5, buckets.width);
    }
}

// Buckets of equal time width so that at most maxPoints of them hold scans.
StoreExpected<Buckets> bucketsFor(const ScanDatabase &db, qint64 hostId, Range range, int maxPoints)
{
    if (maxPoints <= 0)
        return Buckets{};
    SqlQuery q = db.query("SELECT count(*), min(started_at), max(started_at) FROM scans "
                          "WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3");
    bindSeries(q, hostId, range);
    if (!q.next())
        return db.lastError(seriesError());
    if (q.columnInt64(0) <= maxPoints)
        return Buckets{};
    const qint64 first = q.columnInt64(1);
    const qint64 last = q.columnInt64(2);
    return Buckets{first, (last - first) / maxPoints + 1};
}

} // namespace

HistorySeries::HistorySeries(const ScanDatabase &db)
    : m_db(db)
{
}

// Both series group scans into time buckets in SQL, so SQLite returns one row
// per point whatever the number of scans.
StoreExpected<QList<ScorePoint>> HistorySeries::hostScore(qint64 hostId, const QDateTime &from, const QDateTime &to,
                                                          int maxPoints) const
{
    const Range range = toRange(from, to);
    StoreExpected<Buckets> buckets = bucketsFor(m_db, hostId, range, maxPoints);
    if (!buckets)
        return buckets.error();
    QList<ScorePoint> points;
    if (buckets->width == 0) {
        SqlQuery q = m_db.query("SELECT id, started_at, host_score FROM scans "
                                "WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3 ORDER BY started_at, id");
        bindSeries(q, hostId, range);
        while (q.next()) {
            ScorePoint p;
            p.scanId = q.columnInt64(0);
            p.at = q.columnTime(1);
            p.score = p.minScore = p.maxScore = q.columnInt(2);
            points.append(p);
        }
        if (q.failed())
            return m_db.lastError(seriesError());
        return points;
    }
    // The bucket's last scan: with max() as the only min/max aggregate, SQLite
    // takes the bare columns from the row holding the maximum.
    {
        SqlQuery q = m_db.query("SELECT (started_at - ?4) / ?5 AS bucket, id, max(started_at), host_score FROM scans "
                                "WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3 GROUP BY bucket ORDER BY bucket");
        bindSeries(q, hostId, range, *buckets);
        while (q.next()) {
            ScorePoint p;
            p.scanId = q.columnInt64(1);
            p.at = q.columnTime(2);
            p.score = q.columnInt(3);
            points.append(p);
        }
        if (q.failed())
            return m_db.lastError(seriesError());
    }
    {
        SqlQuery q = m_db.query("SELECT (started_at - ?4) / ?5 AS bucket, count(*), min(host_score), max(host_score) "
                                "FROM scans WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3 "
                                "GROUP BY bucket ORDER BY bucket");
        bindSeries(q, hostId, range, *buckets);
        qsizetype i = 0;
        while (q.next() && i < points.size()) {
            ScorePoint &p = points[i++];
            p.scansInBucket = q.columnInt(1);
            p.minScore = q.columnInt(2);
            p.maxScore = q.columnInt(3);
        }
        if (q.failed())
            return m_db.lastError(seriesError());
    }
    return points;
}

StoreExpected<QList<SeverityPoint>> HistorySeries::severityCounts(qint64 hostId, const QDateTime &from,
                                                                  const QDateTime &to, int maxPoints) const
{
    const Range range = toRange(from, to);
    StoreExpected<Buckets> buckets = bucketsFor(m_db, hostId, range, maxPoints);
    if (!buckets)
        return buckets.error();
    const bool all = buckets->width == 0;
    SqlQuery q = all ? m_db.query("SELECT id, started_at, info, low, medium, high, critical FROM scans "
                                  "WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3 ORDER BY started_at, id")
                     : m_db.query("SELECT id, max(started_at), info, low, medium, high, critical FROM scans "
                                  "WHERE host_id = ?1 AND started_at BETWEEN ?2 AND ?3 "
                                  "GROUP BY (started_at - ?4) / ?5 ORDER BY (started_at - ?4) / ?5");
    bindSeries(q, hostId, range, *buckets);
    QList<SeverityPoint> points;
    while (q.next()) {
        SeverityPoint p;
        p.scanId = q.columnInt64(0);
        p.at = q.columnTime(1);
        for (int i = 0; i < 5; ++i)
            p.counts[size_t(i)] = q.columnInt(2 + i);
        points.append(p);
    }
    if (q.failed())
        return m_db.lastError(seriesError());
    return points;
}

StoreExpected<QHash<QString, QList<int>>> HistorySeries::containerSparklines(qint64 hostId, int scans) const
{
    SqlQuery q = m_db.query(
        "SELECT t.text, cv.score FROM (SELECT id, started_at FROM scans WHERE host_id = ?1 "
        " ORDER BY started_at DESC, id DESC LIMIT ?2) s "
        "JOIN scan_containers sc ON sc.scan_id = s.id JOIN container_versions cv ON cv.id = sc.version_id "
        "JOIN texts t ON t.id = cv.identity ORDER BY s.started_at, s.id, sc.ord");
    q.bindInt64(1, hostId);
    q.bindInt64(2, scans > 0 ? scans : 20);
    QHash<QString, QList<int>> out;
    while (q.next())
        out[q.columnText(0)].append(q.columnInt(1));
    if (q.failed())
        return m_db.lastError(seriesError());
    return out;
}

StoreExpected<QList<int>> HistorySeries::imageAges(qint64 scanId) const
{
    SqlQuery q = m_db.query("SELECT age_days FROM scan_images WHERE scan_id = ?1 AND age_days >= 0 ORDER BY ord");
    q.bindInt64(1, scanId);
    QList<int> out;
    while (q.next())
        out.append(q.columnInt(0));
    if (q.failed())
        return m_db.lastError(seriesError());
    return out;
}

StoreExpected<QList<FixDuration>> HistorySeries::timeToFix(qint64 hostId, const QDateTime &from,
                                                           const QDateTime &to) const
{
    const Range range = toRange(from, to);
    SqlQuery q = m_db.query(
        "SELECT tr.text, tn.text, f.severity, f.first_seen_at, f.resolved_at FROM finding_spans f "
        "JOIN texts tr ON tr.id = f.rule_id JOIN texts tn ON tn.id = f.target_name "
        "WHERE f.host_id = ?1 AND f.resolved_at IS NOT NULL AND f.resolved_at BETWEEN ?2 AND ?3 "
        "ORDER BY f.resolved_at, f.id");
    q.bindInt64(1, hostId);
    q.bindInt64(2, range.from);
    q.bindInt64(3, range.to);
    QList<FixDuration> out;
    while (q.next()) {
        FixDuration d;
        d.ruleId = q.columnText(0);
        d.targetName = q.columnText(1);
        d.severity = q.columnInt(2);
        d.firstSeen = q.columnTime(3);
        d.resolvedAt = q.columnTime(4);
        out.append(std::move(d));
    }
    if (q.failed())
        return m_db.lastError(seriesError());
    return out;
}

} // namespace bulwark::store
