#include "ScanWriter.h"

#include "ContainerIdentity.h"
#include "InternCache.h"
#include "ScanDatabase.h"
#include "Snapshot.h"
#include "BreakdownJson.h"
#include "ContentDigest.h"
#include "ScanJson.h"
#include "SqlTransaction.h"

#include <QSet>

#include <sqlite3.h>

#include <string>

namespace bulwark::store {

namespace {

constexpr int RowsPerInsert = 32;

// "INSERT INTO <into> VALUES (?, …), …" for `rows` rows of `columns` values.
std::string insertSql(const char *into, int columns, int rows)
{
    std::string row = "(?";
    for (int c = 1; c < columns; ++c)
        row += ",?";
    row += ')';
    std::string sql = std::string("INSERT INTO ") + into + " VALUES " + row;
    for (int r = 1; r < rows; ++r)
        sql += ',' + row;
    return sql;
}

QString osLabel(const OsRelease &os)
{
    if (!os.releaseLabel.isEmpty())
        return os.releaseLabel;
    return os.detected ? os.prettyName : QString();
}

} // namespace

ScanWriter::ScanWriter(const ScanDatabase &db, std::function<void(int)> progress)
    : m_db(db)
    , m_cache(db.internCache())
    , m_progress(std::move(progress))
{
}

bool ScanWriter::fail()
{
    if (!m_error)
        m_error = m_db.lastError(tr("Saving the scan"));
    return false;
}

qint64 ScanWriter::failedId()
{
    fail();
    return 0;
}

StoreError ScanWriter::failure()
{
    fail();
    return *m_error;
}

StoreExpected<qint64> ScanWriter::write(const HostSnapshot &snapshot)
{
    if (!snapshot.assessed) {
        return StoreError::make(StoreErrorKind::InvalidArgument,
                                tr("The scan of %1 was not assessed by the rule engine, so it has no findings or "
                                   "scores to store.")
                                    .arg(snapshot.engine.url),
                                {}, m_db.path());
    }
    const QString doing = tr("Saving the scan");
    SqlTransaction transaction(m_db);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun.error();
    StoreExpected<qint64> id = writeInTransaction(snapshot);
    if (!id)
        return id; // the transaction rolls back and forgets the cached ids
    if (StoreExpected<Done> committed = transaction.commit(doing); !committed)
        return committed.error();
    return id;
}

StoreExpected<qint64> ScanWriter::writeInTransaction(const HostSnapshot &snap)
{
    {
        // A prune in any process may have collected rows whose ids we cached.
        SqlQuery q = m_db.query("SELECT value FROM meta WHERE key = 'gc_generation'");
        if (!q.next())
            return failure();
        const qint64 generation = q.columnInt64(0);
        if (generation != m_cache.generation || m_cache.oversized()) {
            m_cache.clear();
            m_cache.generation = generation;
        }
    }

    const QDateTime started = snap.startedAt.isValid()    ? snap.startedAt
                            : snap.finishedAt.isValid() ? snap.finishedAt
                                                        : QDateTime::currentDateTimeUtc();
    const QDateTime finished = snap.finishedAt.isValid() ? snap.finishedAt : started;
    const qint64 startedMs = started.toMSecsSinceEpoch();
    const QString url = snap.engine.url.isEmpty() ? snap.endpoint.url : snap.engine.url;

    // Time-to-fix spans only follow the newest scan: storing an older scan afterwards must not reopen them.
    bool newest = true;
    qint64 host = 0;
    {
        SqlQuery q = m_db.query("SELECT h.id, (SELECT max(started_at) FROM scans WHERE host_id = h.id) "
                                "FROM hosts h WHERE h.url = ?1 AND h.engine_id = ?2");
        q.bindText(1, url);
        q.bindText(2, snap.engine.engineId);
        if (q.next()) {
            host = q.columnInt64(0);
            newest = q.isNull(1) || q.columnInt64(1) <= startedMs;
        } else if (q.failed()) {
            return failure();
        }
    }
    if (host == 0) {
        SqlQuery q = m_db.query("INSERT INTO hosts (url, engine_id, name) VALUES (?1, ?2, ?3)");
        q.bindText(1, url);
        q.bindText(2, snap.engine.engineId);
        q.bindText(3, snap.engine.name);
        if (!q.exec())
            return failure();
        host = sqlite3_last_insert_rowid(m_db.handle());
    } else if (newest) {
        SqlQuery q = m_db.query("UPDATE hosts SET name = ?2 WHERE id = ?1 AND name <> ?2");
        q.bindInt64(1, host);
        q.bindText(2, snap.engine.name);
        if (!q.exec())
            return failure();
    }

    if (!m_cache.warmedHosts.contains(host) && !warmCache(host))
        return *m_error;

    std::array<int, 5> counts{};
    auto count = [&counts](const QList<Finding> &findings) {
        for (const Finding &f : findings)
            ++counts[size_t(qBound(0, int(f.severity), 4))];
    };
    count(snap.daemonFindings);
    for (const ContainerInfo &c : snap.containers)
        count(c.findings);
    for (const ImageInfo &i : snap.images)
        count(i.findings);

    qint64 scanId = 0;
    {
        SqlQuery q = m_db.query(
            "INSERT INTO scans (host_id, started_at, finished_at, engine_version, host_name, host_score, "
            "container_count, image_count, info, low, medium, high, critical) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        q.bindInt64(1, host);
        q.bindInt64(2, startedMs);
        q.bindInt64(3, finished.toMSecsSinceEpoch());
        q.bindText(4, snap.engine.engineVersion);
        q.bindText(5, snap.engine.name);
        q.bindInt(6, snap.hostScore);
        q.bindInt(7, int(snap.containers.size()));
        q.bindInt(8, int(snap.images.size()));
        for (int s = 0; s < 5; ++s)
            q.bindInt(9 + s, counts[size_t(s)]);
        if (!q.exec())
            return failure();
        scanId = sqlite3_last_insert_rowid(m_db.handle());
    }

    QList<Span> spans;
    if (newest)
        spans.reserve(counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);

    for (qsizetype i = 0; i < snap.containers.size(); ++i) {
        const ContainerInfo &c = snap.containers.at(i);
        const QString identity = containerIdentity(c);
        const qint64 version = containerVersion(c, identity);
        const qint64 containerId = text(c.id);
        const qint64 state = text(c.state);
        if (version == 0 || containerId == 0 || state == 0)
            return *m_error;
        SqlQuery q = m_db.query("INSERT INTO scan_containers (scan_id, ord, version_id, container_id, state) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
        q.bindInt64(1, scanId);
        q.bindInt64(2, i);
        q.bindInt64(3, version);
        q.bindInt64(4, containerId);
        q.bindInt64(5, state);
        if (!q.exec())
            return failure();
        if (!recordWaivers(scanId, 0, i, c.findings))
            return *m_error;
        if (newest && !collectSpans(c.findings, text(identity), text(c.name), spans))
            return *m_error;
        if (m_progress)
            m_progress(int(i + 1));
    }

    const QDateTime reference = snap.finishedAt.isValid() ? snap.finishedAt : started;
    for (qsizetype i = 0; i < snap.images.size(); ++i) {
        const ImageInfo &img = snap.images.at(i);
        const QString key = imageKey(img);
        const qint64 version = imageVersion(img, key, img.baseOs.pastEol(reference.date()));
        if (version == 0)
            return *m_error;
        // Same rule as the scan JSON: a zero or pre-2000 build time means "unknown".
        const bool ageKnown = img.created.isValid() && img.created.date().year() >= 2000;
        SqlQuery q = m_db.query(
            "INSERT INTO scan_images (scan_id, ord, version_id, age_days) VALUES (?1, ?2, ?3, ?4)");
        q.bindInt64(1, scanId);
        q.bindInt64(2, i);
        q.bindInt64(3, version);
        q.bindInt64(4, ageKnown ? qMax<qint64>(0, img.created.daysTo(reference)) : -1);
        if (!q.exec())
            return failure();
        if (!recordWaivers(scanId, 1, i, img.findings))
            return *m_error;
        if (newest && !img.findings.isEmpty()) {
            const QString name = img.findings.first().targetName.isEmpty() ? img.tags.value(0, img.id)
                                                                           : img.findings.first().targetName;
            if (!collectSpans(img.findings, text(key), text(name), spans))
                return *m_error;
        }
    }

    QList<qint64> daemonRules;
    if (!ruleRefs(snap.daemonFindings, daemonRules)
        || !insertFindings("daemon_findings (scan_id, ord, rule, severity, evidence)", scanId, snap.daemonFindings,
                           daemonRules)
        || !recordWaivers(scanId, 2, 0, snap.daemonFindings))
        return *m_error;
    if (newest) {
        if (!collectSpans(snap.daemonFindings, text(QString()), text(snap.engine.name), spans))
            return *m_error;
        if (!updateSpans(host, startedMs, spans))
            return *m_error;
    }
    return scanId;
}

bool ScanWriter::warmCache(qint64 host)
{
    // A new process knows no ids yet. The host's latest scan is the best guess
    // of what this one holds: reading its versions and texts in three queries
    // saves a lookup per container, which is most of an unchanged scan's cost.
    m_cache.warmedHosts.insert(host);
    qint64 latest = 0;
    {
        SqlQuery q = m_db.query("SELECT id FROM scans WHERE host_id = ?1 ORDER BY started_at DESC, id DESC LIMIT 1");
        q.bindInt64(1, host);
        if (q.next())
            latest = q.columnInt64(0);
        else if (q.failed())
            return fail();
    }
    if (latest == 0)
        return true;
    const std::pair<const char *, QHash<QByteArray, qint64> *> versions[] = {
        {"SELECT cv.digest, cv.id FROM scan_containers sc "
         "JOIN container_versions cv ON cv.id = sc.version_id WHERE sc.scan_id = ?1",
         &m_cache.containerVersions},
        {"SELECT iv.digest, iv.id FROM scan_images si "
         "JOIN image_versions iv ON iv.id = si.version_id WHERE si.scan_id = ?1",
         &m_cache.imageVersions},
    };
    for (const auto &[sql, byDigest] : versions) {
        SqlQuery q = m_db.query(sql);
        q.bindInt64(1, latest);
        while (q.next())
            byDigest->insert(q.columnBlob(0), q.columnInt64(1));
        if (q.failed())
            return fail();
    }
    {
        SqlQuery q = m_db.query(
            "SELECT id, text FROM texts WHERE id IN ("
            "SELECT container_id FROM scan_containers WHERE scan_id = ?1 "
            "UNION SELECT state FROM scan_containers WHERE scan_id = ?1 "
            "UNION SELECT cv.identity FROM scan_containers sc JOIN container_versions cv ON cv.id = sc.version_id "
            "WHERE sc.scan_id = ?1 "
            "UNION SELECT cv.name FROM scan_containers sc JOIN container_versions cv ON cv.id = sc.version_id "
            "WHERE sc.scan_id = ?1 "
            "UNION SELECT iv.key FROM scan_images si JOIN image_versions iv ON iv.id = si.version_id "
            "WHERE si.scan_id = ?1)");
        q.bindInt64(1, latest);
        while (q.next())
            m_cache.texts.insert(q.columnText(1), q.columnInt64(0));
        if (q.failed())
            return fail();
    }
    return true;
}

qint64 ScanWriter::text(const QString &value)
{
    if (const auto it = m_cache.texts.constFind(value); it != m_cache.texts.cend())
        return *it;
    // Insert first: a text missing from the cache is usually new (a first scan,
    // a new container); one already stored costs the SELECT after all.
    qint64 id = 0;
    {
        SqlQuery q = m_db.query("INSERT INTO texts (text) VALUES (?1) ON CONFLICT (text) DO NOTHING");
        q.bindText(1, value);
        if (!q.exec())
            return failedId();
        if (sqlite3_changes(m_db.handle()) > 0)
            id = sqlite3_last_insert_rowid(m_db.handle());
    }
    if (id == 0) {
        SqlQuery q = m_db.query("SELECT id FROM texts WHERE text = ?1");
        q.bindText(1, value);
        if (!q.next())
            return failedId();
        id = q.columnInt64(0);
    }
    m_cache.texts.insert(value, id);
    return id;
}

qint64 ScanWriter::rule(const Finding &f)
{
    QList<InternCache::Rule> &variants = m_cache.rules[f.ruleId];
    for (const InternCache::Rule &r : std::as_const(variants)) {
        if (r.scope == f.scope && r.cis == f.cis && r.title == f.title)
            return r.id;
    }
    const QString scope = scopeName(f.scope);
    qint64 id = 0;
    {
        SqlQuery q = m_db.query("SELECT id FROM rules WHERE rule_id = ?1 AND cis = ?2 AND title = ?3 AND scope = ?4");
        q.bindText(1, f.ruleId);
        q.bindText(2, f.cis);
        q.bindText(3, f.title);
        q.bindText(4, scope);
        if (q.next())
            id = q.columnInt64(0);
        else if (q.failed())
            return failedId();
    }
    if (id == 0) {
        SqlQuery q = m_db.query("INSERT INTO rules (rule_id, cis, title, scope) VALUES (?1, ?2, ?3, ?4)");
        q.bindText(1, f.ruleId);
        q.bindText(2, f.cis);
        q.bindText(3, f.title);
        q.bindText(4, scope);
        if (!q.exec())
            return failedId();
        id = sqlite3_last_insert_rowid(m_db.handle());
    }
    variants.append({f.cis, f.title, f.scope, id});
    return id;
}

template <typename Insert>
qint64 ScanWriter::version(QHash<QByteArray, qint64> &byDigest, const char *select, const char *findingsInto,
                           const QByteArray &digest, const QList<Finding> &findings, const QList<qint64> &rules,
                           Insert insert)
{
    if (const auto it = byDigest.constFind(digest); it != byDigest.cend())
        return *it;
    qint64 id = 0;
    {
        SqlQuery q = m_db.query(select);
        q.bindBlob(1, digest);
        if (q.next())
            id = q.columnInt64(0);
        else if (q.failed())
            return failedId();
    }
    if (id == 0) {
        id = insert(digest);
        if (id == 0 || !insertFindings(findingsInto, id, findings, rules))
            return 0;
    }
    byDigest.insert(digest, id);
    return id;
}

qint64 ScanWriter::containerVersion(const ContainerInfo &c, const QString &identity)
{
    QList<qint64> rules;
    if (!ruleRefs(c.findings, rules))
        return 0;
    ContentDigest input;
    for (const QString *field : {&identity, &c.name, &c.image, &c.imageId})
        input.add(*field);
    input.add(c.permissions);
    input.add(qint64(c.risk.score));
    input.add(c.risk.breakdown);
    input.add(c.findings, rules);
    return version(m_cache.containerVersions, "SELECT id FROM container_versions WHERE digest = ?1",
                   "container_findings (version_id, ord, rule, severity, evidence)", input.digest(), c.findings, rules,
                   [&](const QByteArray &digest) -> qint64 {
                       // Breakdowns are interned too: versions that differ only in evidence share one.
                       // Compact JSON, built only for a new version: the text is interned, and rarely read back.
                       const QString permissions = QString::fromStdString(ScanJson::permissionsToJson(c.permissions).dump());
                       const qint64 texts[] = {text(identity), text(c.name), text(c.image), text(c.imageId),
                                               text(BreakdownJson::write(c.risk.breakdown)), text(permissions)};
                       for (qint64 t : texts) {
                           if (t == 0)
                               return 0;
                       }
                       SqlQuery q = m_db.query("INSERT INTO container_versions (digest, identity, name, image, "
                                               "image_id, score, breakdown, permissions) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
                       q.bindBlob(1, digest);
                       for (int i = 0; i < 4; ++i)
                           q.bindInt64(2 + i, texts[i]);
                       q.bindInt(6, c.risk.score);
                       q.bindInt64(7, texts[4]);
                       q.bindInt64(8, texts[5]);
                       return q.exec() ? sqlite3_last_insert_rowid(m_db.handle()) : failedId();
                   });
}

qint64 ScanWriter::imageVersion(const ImageInfo &img, const QString &key, bool pastEol)
{
    QList<qint64> rules;
    if (!ruleRefs(img.findings, rules))
        return 0;
    const QString tags = img.tags.join(QLatin1Char('\n'));
    const QString label = osLabel(img.baseOs);
    const QString eol = img.baseOs.eolDate.isValid() ? img.baseOs.eolDate.toString(Qt::ISODate) : QString();
    ContentDigest input;
    for (const QString *field : {&key, &img.id, &tags, &label, &eol})
        input.add(*field);
    input.add(img.created.isValid() ? img.created.toMSecsSinceEpoch() : qint64(-1));
    input.add(qint64(pastEol));
    input.add(img.findings, rules);
    return version(m_cache.imageVersions, "SELECT id FROM image_versions WHERE digest = ?1",
                   "image_findings (version_id, ord, rule, severity, evidence)", input.digest(), img.findings, rules,
                   [&](const QByteArray &digest) -> qint64 {
                       const qint64 texts[] = {text(key), text(img.id), text(tags), text(label)};
                       for (qint64 t : texts) {
                           if (t == 0)
                               return 0;
                       }
                       SqlQuery q = m_db.query("INSERT INTO image_versions (digest, key, image_id, tags, created, "
                                               "os_label, eol_date, past_eol) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
                       q.bindBlob(1, digest);
                       for (int i = 0; i < 3; ++i)
                           q.bindInt64(2 + i, texts[i]);
                       q.bindTime(5, img.created);
                       q.bindInt64(6, texts[3]);
                       if (eol.isEmpty())
                           q.bindNull(7);
                       else
                           q.bindText(7, eol);
                       q.bindInt(8, pastEol ? 1 : 0);
                       return q.exec() ? sqlite3_last_insert_rowid(m_db.handle()) : failedId();
                   });
}

bool ScanWriter::ruleRefs(const QList<Finding> &findings, QList<qint64> &refs)
{
    refs.clear();
    refs.reserve(findings.size());
    for (const Finding &f : findings) {
        const qint64 ref = rule(f);
        if (ref == 0)
            return false;
        refs.append(ref);
    }
    return true;
}

bool ScanWriter::insertFindings(const char *into, qint64 ownerId, const QList<Finding> &findings,
                                const QList<qint64> &rules)
{
    // Several rows per statement: most of the cost of a small INSERT is the statement, not the row.
    for (qsizetype start = 0; start < findings.size(); start += RowsPerInsert) {
        const int rows = int(qMin<qsizetype>(RowsPerInsert, findings.size() - start));
        SqlQuery q = m_db.query(insertSql(into, 5, rows));
        for (int r = 0; r < rows; ++r) {
            const Finding &f = findings.at(start + r);
            const qint64 evidence = text(f.evidence);
            if (evidence == 0)
                return false;
            q.bindInt64(r * 5 + 1, ownerId);
            q.bindInt64(r * 5 + 2, start + r);
            q.bindInt64(r * 5 + 3, rules.at(start + r));
            q.bindInt(r * 5 + 4, int(f.severity));
            q.bindInt64(r * 5 + 5, evidence);
        }
        if (!q.exec())
            return fail();
    }
    return true;
}

bool ScanWriter::recordWaivers(qint64 scanId, int place, qint64 ownerOrd, const QList<Finding> &findings)
{
    // Shared versions hold the findings; what a waiver did to them is the scan's own fact.
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const FindingWaiver &w = findings.at(i).waiver;
        if (w.state == WaiverState::None)
            continue;
        SqlQuery q = m_db.query("INSERT INTO scan_finding_waivers (scan_id, place, owner_ord, finding_ord, state, kind, "
                                "justification, reviewer, expires_at, origin) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        q.bindInt64(1, scanId);
        q.bindInt(2, place);
        q.bindInt64(3, ownerOrd);
        q.bindInt64(4, i);
        q.bindInt(5, int(w.state));
        q.bindText(6, waiverKindName(w.kind));
        q.bindText(7, w.justification);
        q.bindText(8, w.reviewer);
        q.bindTime(9, w.expiresAt);
        q.bindText(10, w.origin);
        if (!q.exec())
            return fail();
    }
    return true;
}

bool ScanWriter::collectSpans(const QList<Finding> &findings, qint64 target, qint64 targetName, QList<Span> &spans)
{
    if (target == 0 || targetName == 0)
        return false;
    for (const Finding &f : findings) {
        const qint64 ruleText = text(f.ruleId);
        if (ruleText == 0)
            return false;
        spans.append({ruleText, target, targetName, int(f.severity)});
    }
    return true;
}

bool ScanWriter::updateSpans(qint64 host, qint64 at, const QList<Span> &current)
{
    QHash<QPair<qint64, qint64>, qint64> open;
    {
        SqlQuery q = m_db.query("SELECT id, rule_id, target FROM finding_spans WHERE host_id = ?1 AND resolved_at IS NULL");
        q.bindInt64(1, host);
        while (q.next())
            open.insert({q.columnInt64(1), q.columnInt64(2)}, q.columnInt64(0));
        if (q.failed())
            return fail();
    }
    QSet<QPair<qint64, qint64>> seen;
    seen.reserve(current.size());
    QList<const Span *> opened;
    for (const Span &span : current) {
        const QPair<qint64, qint64> key{span.rule, span.target};
        if (seen.contains(key))
            continue; // the same rule twice on one target is one finding for time-to-fix
        seen.insert(key);
        if (open.remove(key) == 0)
            opened.append(&span);
    }
    for (qsizetype start = 0; start < opened.size(); start += RowsPerInsert) {
        const int rows = int(qMin<qsizetype>(RowsPerInsert, opened.size() - start));
        SqlQuery q = m_db.query(
            insertSql("finding_spans (host_id, rule_id, target, target_name, severity, first_seen_at)", 6, rows));
        for (int r = 0; r < rows; ++r) {
            const Span &span = *opened.at(start + r);
            q.bindInt64(r * 6 + 1, host);
            q.bindInt64(r * 6 + 2, span.rule);
            q.bindInt64(r * 6 + 3, span.target);
            q.bindInt64(r * 6 + 4, span.targetName);
            q.bindInt(r * 6 + 5, span.severity);
            q.bindInt64(r * 6 + 6, at);
        }
        if (!q.exec())
            return fail();
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        SqlQuery q = m_db.query("UPDATE finding_spans SET resolved_at = ?2 WHERE id = ?1");
        q.bindInt64(1, it.value());
        q.bindInt64(2, at);
        if (!q.exec())
            return fail();
    }
    return true;
}

} // namespace bulwark::store
