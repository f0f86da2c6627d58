#include "ReviewStore.h"

#include "SqlTransaction.h"

#include "Snapshot.h"
#include "review/WaiverFile.h"
#include "rules/RuleEngine.h"

#include <sqlite3.h>

namespace bulwark::store {

namespace {

constexpr const char *ReviewColumns =
    "SELECT id, host_id, coalesce(scan_id, 0), reviewer, started_at, finished_at, notes FROM reviews ";

constexpr const char *WaiverColumns =
    "SELECT w.id, w.kind, w.rule_id, w.scope, w.target_key, w.target_name, h.engine_id, w.justification, "
    "w.reviewer, w.created_at, w.expires_at, w.origin FROM waivers w JOIN hosts h ON h.id = w.host_id ";

RuleScope scopeFromName(const QString &name)
{
    if (name == QLatin1String("image"))
        return RuleScope::Image;
    if (name == QLatin1String("daemon"))
        return RuleScope::Daemon;
    return RuleScope::Container;
}

// Stored times have millisecond precision; policy files second precision. Waivers are made at whole
// seconds so an exported and re-imported waiver is the same waiver.
QDateTime wholeSeconds(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC) : t;
}

} // namespace

ReviewStore::ReviewStore(ScanDatabase &db)
    : m_db(db)
{
}

QDateTime ReviewStore::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

StoreExpected<qint64> ReviewStore::startReview(qint64 hostId, qint64 scanId, const QString &reviewer)
{
    const QString doing = tr("Starting a review");
    if (reviewer.trimmed().isEmpty()) {
        return StoreError::make(StoreErrorKind::InvalidArgument, tr("A review needs the reviewer's name."),
                                tr("Enter who is reviewing."), m_db.path());
    }
    {
        SqlQuery q = m_db.query("SELECT 1 FROM hosts WHERE id = ?1 AND (?2 = 0 OR EXISTS "
                                "(SELECT 1 FROM scans WHERE id = ?2 AND host_id = ?1))");
        q.bindInt64(1, hostId);
        q.bindInt64(2, scanId);
        if (!q.next()) {
            if (q.failed())
                return m_db.lastError(doing);
            return StoreError::make(StoreErrorKind::NotFound,
                                    tr("There is no scan %1 of host #%2 in %3.").arg(scanId).arg(hostId).arg(m_db.path()),
                                    tr("bulwark-cli history lists the stored scans and their ids."), m_db.path());
        }
    }
    SqlQuery q = m_db.query("INSERT INTO reviews (host_id, scan_id, reviewer, started_at) VALUES (?1, ?2, ?3, ?4)");
    q.bindInt64(1, hostId);
    if (scanId != 0)
        q.bindInt64(2, scanId);
    else
        q.bindNull(2);
    q.bindText(3, reviewer.trimmed());
    q.bindTime(4, now());
    if (!q.exec())
        return m_db.lastError(doing);
    return sqlite3_last_insert_rowid(m_db.handle());
}

StoreExpected<Done> ReviewStore::recordDecision(qint64 reviewId, const ReviewDecision &input)
{
    const QString doing = tr("Recording a review decision");
    ReviewDecision d = input;
    if (!d.decidedAt.isValid())
        d.decidedAt = now();
    d.decidedAt = wholeSeconds(d.decidedAt.toUTC());
    if (const QString invalid = d.validationError(); !invalid.isEmpty())
        return StoreError::make(StoreErrorKind::InvalidArgument, invalid, {}, m_db.path());

    SqlTransaction transaction(m_db);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun.error();
    qint64 hostId = 0;
    QString reviewer;
    {
        SqlQuery q = m_db.query("SELECT host_id, reviewer, finished_at FROM reviews WHERE id = ?1");
        q.bindInt64(1, reviewId);
        if (!q.next()) {
            if (q.failed())
                return m_db.lastError(doing);
            return StoreError::make(StoreErrorKind::NotFound, tr("There is no review %1 in %2.").arg(reviewId).arg(m_db.path()),
                                    {}, m_db.path());
        }
        if (!q.isNull(2)) {
            return StoreError::make(StoreErrorKind::InvalidArgument, tr("Review %1 is finished; it takes no more decisions.").arg(reviewId),
                                    tr("Start a new review."), m_db.path());
        }
        hostId = q.columnInt64(0);
        reviewer = q.columnText(1);
    }
    {
        SqlQuery q = m_db.query(
            "INSERT INTO review_decisions (review_id, rule_id, scope, target_key, target_name, title, severity, kind, "
            "owner, due_date, justification, expires_at, notes, decided_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
            "ON CONFLICT (review_id, rule_id, target_key) DO UPDATE SET scope = excluded.scope, "
            "target_name = excluded.target_name, title = excluded.title, severity = excluded.severity, "
            "kind = excluded.kind, owner = excluded.owner, due_date = excluded.due_date, "
            "justification = excluded.justification, expires_at = excluded.expires_at, notes = excluded.notes, "
            "decided_at = excluded.decided_at");
        q.bindInt64(1, reviewId);
        q.bindText(2, d.ruleId);
        q.bindText(3, scopeName(d.scope));
        q.bindText(4, d.targetKey);
        q.bindText(5, d.targetName);
        q.bindText(6, d.title);
        q.bindInt(7, int(d.severity));
        q.bindText(8, decisionKindName(d.kind));
        q.bindText(9, d.kind == DecisionKind::Fix ? d.owner : QString());
        if (d.kind == DecisionKind::Fix && d.dueDate.isValid())
            q.bindText(10, d.dueDate.toString(Qt::ISODate));
        else
            q.bindNull(10);
        q.bindText(11, d.kind == DecisionKind::Fix ? QString() : d.justification);
        q.bindTime(12, d.kind == DecisionKind::Fix ? QDateTime() : wholeSeconds(d.expiresAt.toUTC()));
        q.bindText(13, d.notes);
        q.bindTime(14, d.decidedAt);
        if (!q.exec())
            return m_db.lastError(doing);
    }
    if (d.kind == DecisionKind::Fix) {
        if (!replaceWaiver(hostId, d.ruleId, d.targetKey, nullptr, reviewId))
            return m_db.lastError(doing);
    } else {
        Waiver w;
        w.kind = d.kind == DecisionKind::AcceptRisk ? WaiverKind::AcceptRisk : WaiverKind::FalsePositive;
        w.ruleId = d.ruleId;
        w.scope = waiverTargetScope(d.targetKey);
        w.targetKey = d.targetKey;
        w.targetName = d.targetName;
        w.justification = d.justification;
        w.reviewer = reviewer;
        w.createdAt = d.decidedAt;
        w.expiresAt = wholeSeconds(d.expiresAt.toUTC());
        w.origin = tr("review %1").arg(reviewId);
        if (!replaceWaiver(hostId, d.ruleId, d.targetKey, &w, reviewId))
            return m_db.lastError(doing);
    }
    if (StoreExpected<Done> committed = transaction.commit(doing); !committed)
        return committed.error();
    return Done{};
}

bool ReviewStore::replaceWaiver(qint64 hostId, const QString &ruleId, const QString &targetKey, const Waiver *w,
                                qint64 reviewId)
{
    {
        SqlQuery q = m_db.query("UPDATE waivers SET revoked_at = ?4 WHERE host_id = ?1 AND rule_id = ?2 "
                                "AND target_key = ?3 AND revoked_at IS NULL");
        q.bindInt64(1, hostId);
        q.bindText(2, ruleId);
        q.bindText(3, targetKey);
        q.bindTime(4, now());
        if (!q.exec())
            return false;
    }
    if (!w)
        return true;
    SqlQuery q = m_db.query("INSERT INTO waivers (host_id, rule_id, scope, target_key, target_name, kind, justification, "
                            "reviewer, created_at, expires_at, origin, review_id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    q.bindInt64(1, hostId);
    q.bindText(2, w->ruleId);
    q.bindText(3, scopeName(w->scope));
    q.bindText(4, w->targetKey);
    q.bindText(5, w->targetName);
    q.bindText(6, waiverKindName(w->kind));
    q.bindText(7, w->justification);
    q.bindText(8, w->reviewer);
    q.bindTime(9, w->createdAt.isValid() ? w->createdAt : wholeSeconds(now()));
    q.bindTime(10, w->expiresAt);
    q.bindText(11, w->origin);
    if (reviewId != 0)
        q.bindInt64(12, reviewId);
    else
        q.bindNull(12);
    return q.exec();
}

StoreExpected<Done> ReviewStore::finishReview(qint64 reviewId, const QString &notes)
{
    SqlQuery q = m_db.query("UPDATE reviews SET finished_at = ?2, notes = ?3 WHERE id = ?1 AND finished_at IS NULL");
    q.bindInt64(1, reviewId);
    q.bindTime(2, now());
    q.bindText(3, notes);
    if (!q.exec())
        return m_db.lastError(tr("Finishing review %1").arg(reviewId));
    if (sqlite3_changes(m_db.handle()) == 0) {
        return StoreError::make(StoreErrorKind::NotFound,
                                tr("There is no open review %1 in %2.").arg(reviewId).arg(m_db.path()), {}, m_db.path());
    }
    return Done{};
}

StoreExpected<QList<Review>> ReviewStore::queryReviews(const char *where, qint64 value, int limit) const
{
    const std::string sql = std::string(ReviewColumns) + where + " ORDER BY started_at DESC, id DESC LIMIT ?2";
    QList<Review> out;
    {
        SqlQuery q = m_db.query(sql);
        q.bindInt64(1, value);
        q.bindInt64(2, limit > 0 ? limit : -1);
        while (q.next()) {
            Review r;
            r.id = q.columnInt64(0);
            r.hostId = q.columnInt64(1);
            r.scanId = q.columnInt64(2);
            r.reviewer = q.columnText(3);
            r.startedAt = q.columnTime(4);
            r.finishedAt = q.columnTime(5);
            r.notes = q.columnText(6);
            out.append(std::move(r));
        }
        if (q.failed())
            return m_db.lastError(tr("Reading the reviews"));
    }
    for (Review &r : out) {
        if (!loadDecisions(r))
            return m_db.lastError(tr("Reading the decisions of review %1").arg(r.id));
    }
    return out;
}

bool ReviewStore::loadDecisions(Review &review) const
{
    SqlQuery q = m_db.query("SELECT rule_id, scope, target_key, target_name, title, severity, kind, owner, due_date, "
                            "justification, expires_at, notes, decided_at FROM review_decisions "
                            "WHERE review_id = ?1 ORDER BY id");
    q.bindInt64(1, review.id);
    while (q.next()) {
        ReviewDecision d;
        d.ruleId = q.columnText(0);
        d.scope = scopeFromName(q.columnText(1));
        d.targetKey = q.columnText(2);
        d.targetName = q.columnText(3);
        d.title = q.columnText(4);
        d.severity = Severity(qBound(0, q.columnInt(5), 4));
        d.kind = decisionKindFromName(q.columnText(6)).value_or(DecisionKind::Fix);
        d.owner = q.columnText(7);
        d.dueDate = q.isNull(8) ? QDate() : QDate::fromString(q.columnText(8), Qt::ISODate);
        d.justification = q.columnText(9);
        d.expiresAt = q.columnTime(10);
        d.notes = q.columnText(11);
        d.decidedAt = q.columnTime(12);
        review.decisions.append(std::move(d));
    }
    return !q.failed();
}

StoreExpected<Review> ReviewStore::review(qint64 reviewId) const
{
    StoreExpected<QList<Review>> found = queryReviews("WHERE id = ?1", reviewId, 1);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StoreError::make(StoreErrorKind::NotFound, tr("There is no review %1 in %2.").arg(reviewId).arg(m_db.path()),
                                {}, m_db.path());
    }
    return found->first();
}

StoreExpected<QList<Review>> ReviewStore::reviews(qint64 hostId) const
{
    return queryReviews("WHERE host_id = ?1", hostId, 0);
}

StoreExpected<std::optional<Review>> ReviewStore::reviewForScan(qint64 scanId) const
{
    StoreExpected<QList<Review>> found = queryReviews("WHERE scan_id = ?1", scanId, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Review>();
    return std::optional<Review>(found->first());
}

StoreExpected<QList<Waiver>> ReviewStore::queryWaivers(const char *where, const std::function<void(SqlQuery &)> &bind,
                                                       bool includeExpired) const
{
    const std::string sql = std::string(WaiverColumns) + where;
    const QDateTime at = now();
    QList<Waiver> out;
    SqlQuery q = m_db.query(sql);
    bind(q);
    while (q.next()) {
        Waiver w;
        w.id = q.columnInt64(0);
        w.kind = waiverKindFromName(q.columnText(1)).value_or(WaiverKind::AcceptRisk);
        w.ruleId = q.columnText(2);
        w.scope = scopeFromName(q.columnText(3));
        w.targetKey = q.columnText(4);
        w.targetName = q.columnText(5);
        w.hostEngineId = q.columnText(6);
        w.justification = q.columnText(7);
        w.reviewer = q.columnText(8);
        w.createdAt = q.columnTime(9);
        w.expiresAt = q.columnTime(10);
        w.origin = q.columnText(11);
        if (includeExpired || !w.expiredAt(at))
            out.append(std::move(w));
    }
    if (q.failed())
        return m_db.lastError(tr("Reading the waivers"));
    WaiverFile::sort(out);
    return out;
}

StoreExpected<QList<Waiver>> ReviewStore::waivers(qint64 hostId, bool includeExpired) const
{
    return queryWaivers("WHERE w.host_id = ?1 AND w.revoked_at IS NULL",
                        [hostId](SqlQuery &q) { q.bindInt64(1, hostId); }, includeExpired);
}

StoreExpected<QList<Waiver>> ReviewStore::waiversForEngine(const QString &url, const QString &engineId) const
{
    // Two URLs may reach one daemon (its socket, and TCP): the engine id is what names it.
    return queryWaivers("WHERE w.revoked_at IS NULL AND (CASE WHEN ?2 <> '' THEN h.engine_id = ?2 ELSE h.url = ?1 END)",
                        [&](SqlQuery &q) {
                            q.bindText(1, url);
                            q.bindText(2, engineId);
                        },
                        true);
}

StoreExpected<int> ReviewStore::applyStoredWaivers(HostSnapshot &snapshot, const Policy &policy) const
{
    const QString url = snapshot.engine.url.isEmpty() ? snapshot.endpoint.url : snapshot.engine.url;
    StoreExpected<QList<Waiver>> stored = waiversForEngine(url, snapshot.engine.engineId);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return 0;
    Policy merged = policy;
    merged.waivers += *stored;
    // Assessment is pure and cheap next to the scan's requests: running it again beats threading the
    // database into the scanner.
    // Its clock is the scan's own finish time: a waiver counts as expired when the scan saw it expired.
    RuleEngine(std::move(merged)).assess(snapshot);
    return int(stored->size());
}

StoreExpected<Done> ReviewStore::revokeWaiver(qint64 waiverId)
{
    SqlQuery q = m_db.query("UPDATE waivers SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL");
    q.bindInt64(1, waiverId);
    q.bindTime(2, now());
    if (!q.exec())
        return m_db.lastError(tr("Revoking waiver %1").arg(waiverId));
    if (sqlite3_changes(m_db.handle()) == 0) {
        return StoreError::make(StoreErrorKind::NotFound,
                                tr("There is no waiver %1 in force in %2.").arg(waiverId).arg(m_db.path()),
                                tr("bulwark-cli waivers list shows the waivers and their ids."), m_db.path());
    }
    return Done{};
}

StoreExpected<int> ReviewStore::importWaivers(qint64 hostId, const QList<Waiver> &waivers)
{
    const QString doing = tr("Importing %n waiver(s)", nullptr, int(waivers.size()));
    SqlTransaction transaction(m_db);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun.error();
    {
        SqlQuery q = m_db.query("SELECT 1 FROM hosts WHERE id = ?1");
        q.bindInt64(1, hostId);
        if (!q.next()) {
            if (q.failed())
                return m_db.lastError(doing);
            return StoreError::make(StoreErrorKind::NotFound, tr("Host #%1 is not in %2.").arg(hostId).arg(m_db.path()),
                                    tr("Scan the host once (bulwark-cli scan) before importing its waivers."),
                                    m_db.path());
        }
    }
    for (const Waiver &input : waivers) {
        Waiver w = input;
        w.createdAt = wholeSeconds(w.createdAt.isValid() ? w.createdAt : now());
        w.scope = waiverTargetScope(w.targetKey);
        if (!replaceWaiver(hostId, w.ruleId, w.targetKey, &w, 0))
            return m_db.lastError(doing);
    }
    if (StoreExpected<Done> committed = transaction.commit(doing); !committed)
        return committed.error();
    return int(waivers.size());
}

} // namespace bulwark::store
