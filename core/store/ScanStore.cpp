#include "ScanStore.h"

#include "BreakdownJson.h"
#include "HostEndpoint.h"
#include "ScanJson.h"
#include "ScanWriter.h"
#include "Snapshot.h"
#include "SqlTransaction.h"

#include "review/Waiver.h"

#include <QMap>

#include <sqlite3.h>

#include <tuple>

namespace bulwark::store {

namespace {

constexpr const char *HostColumns =
    "SELECT h.id, h.url, h.engine_id, h.name, count(s.id), max(s.started_at) "
    "FROM hosts h LEFT JOIN scans s ON s.host_id = h.id ";

constexpr const char *SummaryColumns =
    "SELECT s.id, s.host_id, h.url, h.engine_id, s.host_name, s.started_at, s.finished_at, s.engine_version, "
    "s.host_score, s.container_count, s.image_count, s.info, s.low, s.medium, s.high, s.critical "
    "FROM scans s JOIN hosts h ON h.id = s.host_id ";

HostRecord readHost(const SqlQuery &q)
{
    HostRecord h;
    h.id = q.columnInt64(0);
    h.url = q.columnText(1);
    h.engineId = q.columnText(2);
    h.name = q.columnText(3);
    h.scanCount = q.columnInt(4);
    h.lastScanAt = q.columnTime(5);
    return h;
}

ScanSummary readSummary(const SqlQuery &q)
{
    ScanSummary s;
    s.id = q.columnInt64(0);
    s.hostId = q.columnInt64(1);
    s.hostUrl = q.columnText(2);
    s.engineId = q.columnText(3);
    s.hostName = q.columnText(4);
    s.startedAt = q.columnTime(5);
    s.finishedAt = q.columnTime(6);
    s.engineVersion = q.columnText(7);
    s.hostScore = q.columnInt(8);
    s.containerCount = q.columnInt(9);
    s.imageCount = q.columnInt(10);
    for (int i = 0; i < 5; ++i)
        s.severityCounts[size_t(i)] = q.columnInt(11 + i);
    return s;
}

Severity toSeverity(int value)
{
    return Severity(qBound(0, value, 4));
}

RuleScope toScope(const QString &name)
{
    if (name == QLatin1String("image"))
        return RuleScope::Image;
    if (name == QLatin1String("daemon"))
        return RuleScope::Daemon;
    return RuleScope::Container;
}

StoredFinding readFinding(const SqlQuery &q, int first)
{
    StoredFinding f;
    f.ruleId = q.columnText(first);
    f.cis = q.columnText(first + 1);
    f.title = q.columnText(first + 2);
    f.scope = toScope(q.columnText(first + 3));
    f.severity = toSeverity(q.columnInt(first + 4));
    f.evidence = q.columnText(first + 5);
    return f;
}

// scan_finding_waivers' key: place (0 container, 1 image, 2 daemon), owner ord, finding ord.
using WaiverPlace = std::tuple<int, qint64, qint64>;

} // namespace

ScanStore::ScanStore(ScanDatabase &db)
    : m_db(db)
{
}

StoreExpected<qint64> ScanStore::save(const HostSnapshot &snapshot)
{
    return ScanWriter(m_db, m_progressHook).write(snapshot);
}

StoreExpected<QList<HostRecord>> ScanStore::queryHosts(const QString *url, const QString *normalised) const
{
    // Counting a host's scans walks its index entries: a lookup by URL counts only the hosts it asks for.
    static const std::string all = std::string(HostColumns) + "GROUP BY h.id ORDER BY h.url, h.id";
    static const std::string byUrl =
        std::string(HostColumns) + "WHERE h.url IN (?1, ?2) GROUP BY h.id ORDER BY h.url, h.id";
    SqlQuery q = m_db.query(url ? byUrl : all);
    if (url) {
        q.bindText(1, *url);
        q.bindText(2, *normalised);
    }
    QList<HostRecord> out;
    while (q.next())
        out.append(readHost(q));
    if (q.failed())
        return m_db.lastError(tr("Listing the stored hosts"));
    return out;
}

StoreExpected<QList<HostRecord>> ScanStore::hosts() const
{
    return queryHosts(nullptr, nullptr);
}

StoreExpected<HostRecord> ScanStore::hostByUrl(const QString &url) const
{
    QString normalised = url.trimmed();
    if (Expected<HostEndpoint> parsed = HostEndpoint::parse(normalised); parsed)
        normalised = parsed->url;
    StoreExpected<QList<HostRecord>> found = queryHosts(&url, &normalised);
    if (!found)
        return found.error();
    const QList<HostRecord> &matches = *found;
    if (matches.isEmpty()) {
        return StoreError::make(StoreErrorKind::NotFound,
                                tr("No scan of %1 is stored in %2.").arg(url, m_db.path()),
                                tr("bulwark-cli history lists the hosts that have stored scans."), m_db.path());
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (const HostRecord &h : std::as_const(matches))
            ids << h.engineId;
        return StoreError::make(StoreErrorKind::InvalidArgument,
                                tr("%1 answered as %n different Docker engines (ids %2).", nullptr, int(matches.size()))
                                    .arg(url, ids.join(QStringLiteral(", "))),
                                tr("Choose the scans by id (--from and --to)."), m_db.path());
    }
    return matches.first();
}

StoreExpected<QList<ScanSummary>> ScanStore::querySummaries(qint64 scanId, qint64 hostId, int limit) const
{
    static const std::string byScan = std::string(SummaryColumns) + "WHERE s.id = ?1";
    static const std::string byHost = std::string(SummaryColumns)
                                    + "WHERE (?1 = 0 OR s.host_id = ?1) ORDER BY s.started_at DESC, s.id DESC LIMIT ?2";
    SqlQuery q = m_db.query(scanId != 0 ? byScan : byHost);
    if (scanId != 0) {
        q.bindInt64(1, scanId);
    } else {
        q.bindInt64(1, hostId);
        q.bindInt64(2, limit > 0 ? limit : -1);
    }
    QList<ScanSummary> out;
    while (q.next())
        out.append(readSummary(q));
    if (q.failed())
        return m_db.lastError(tr("Reading the stored scans"));
    return out;
}

StoreExpected<QList<ScanSummary>> ScanStore::scans(qint64 hostId, int limit) const
{
    return querySummaries(0, hostId, limit);
}

StoreExpected<ScanSummary> ScanStore::summary(qint64 scanId) const
{
    StoreExpected<QList<ScanSummary>> found = querySummaries(scanId, 0, 0);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StoreError::make(StoreErrorKind::NotFound, tr("There is no scan %1 in %2.").arg(scanId).arg(m_db.path()),
                                tr("bulwark-cli history lists the stored scans and their ids."), m_db.path());
    }
    return found->first();
}

StoreExpected<StoredScan> ScanStore::load(qint64 scanId) const
{
    StoreExpected<ScanSummary> summary = this->summary(scanId);
    if (!summary)
        return summary.error();
    const QString doing = tr("Reading scan %1").arg(scanId);
    StoredScan scan;
    scan.summary = std::move(summary).value();

    // Sparse: only findings a waiver touched have a row.
    QMap<WaiverPlace, FindingWaiver> waivers;
    {
        SqlQuery q = m_db.query("SELECT place, owner_ord, finding_ord, state, kind, justification, reviewer, "
                                "expires_at, origin FROM scan_finding_waivers WHERE scan_id = ?1");
        q.bindInt64(1, scanId);
        while (q.next()) {
            FindingWaiver w;
            w.state = WaiverState(qBound(0, q.columnInt(3), 2));
            w.kind = waiverKindFromName(q.columnText(4)).value_or(WaiverKind::AcceptRisk);
            w.justification = q.columnText(5);
            w.reviewer = q.columnText(6);
            w.expiresAt = q.columnTime(7);
            w.origin = q.columnText(8);
            waivers.insert({q.columnInt(0), q.columnInt64(1), q.columnInt64(2)}, std::move(w));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }
    auto waiverOf = [&waivers](int place, qint64 owner, qint64 finding) {
        return waivers.isEmpty() ? FindingWaiver{} : waivers.value({place, owner, finding});
    };

    // Rows arrive ordered by their place in the scan; `ord` ties findings to their container.
    QHash<qint64, qsizetype> containerAt;
    {
        SqlQuery q = m_db.query(
            "SELECT sc.ord, ti.text, tc.text, tn.text, tim.text, tid.text, ts.text, cv.score, tb.text, tp.text "
            "FROM scan_containers sc JOIN container_versions cv ON cv.id = sc.version_id "
            "JOIN texts ti ON ti.id = cv.identity JOIN texts tc ON tc.id = sc.container_id "
            "JOIN texts tn ON tn.id = cv.name JOIN texts tim ON tim.id = cv.image "
            "JOIN texts tid ON tid.id = cv.image_id JOIN texts ts ON ts.id = sc.state "
            "JOIN texts tb ON tb.id = cv.breakdown LEFT JOIN texts tp ON tp.id = cv.permissions "
            "WHERE sc.scan_id = ?1 ORDER BY sc.ord");
        q.bindInt64(1, scanId);
        while (q.next()) {
            StoredContainer c;
            c.identity = q.columnText(1);
            c.id = q.columnText(2);
            c.name = q.columnText(3);
            c.image = q.columnText(4);
            c.imageId = q.columnText(5);
            c.state = q.columnText(6);
            c.score = q.columnInt(7);
            c.breakdown = BreakdownJson::read(q.columnText(8));
            if (!q.isNull(9)) {
                const QByteArray permissions = q.columnText(9).toUtf8();
                c.permissions = ScanJson::permissionsFromJson(
                    nlohmann::json::parse(permissions.constBegin(), permissions.constEnd(), nullptr, false));
            }
            containerAt.insert(q.columnInt64(0), scan.containers.size());
            scan.containers.append(std::move(c));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }
    {
        SqlQuery q = m_db.query(
            "SELECT sc.ord, r.rule_id, r.cis, r.title, r.scope, f.severity, t.text, f.ord "
            "FROM scan_containers sc JOIN container_findings f ON f.version_id = sc.version_id "
            "JOIN rules r ON r.id = f.rule JOIN texts t ON t.id = f.evidence "
            "WHERE sc.scan_id = ?1 ORDER BY sc.ord, f.ord");
        q.bindInt64(1, scanId);
        while (q.next()) {
            const auto ownerAt = containerAt.constFind(q.columnInt64(0));
            if (ownerAt == containerAt.cend())
                continue; // its container row did not load (a damaged reference)
            StoredFinding f = readFinding(q, 1);
            const StoredContainer &owner = scan.containers.at(*ownerAt);
            f.targetKey = owner.identity;
            f.targetName = owner.name;
            f.waiver = waiverOf(0, q.columnInt64(0), q.columnInt64(7));
            scan.findings.append(std::move(f));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }

    QHash<qint64, qsizetype> imageAt;
    {
        SqlQuery q = m_db.query(
            "SELECT si.ord, tk.text, tid.text, tt.text, iv.created, si.age_days, tos.text, iv.eol_date, iv.past_eol "
            "FROM scan_images si JOIN image_versions iv ON iv.id = si.version_id "
            "JOIN texts tk ON tk.id = iv.key JOIN texts tid ON tid.id = iv.image_id "
            "JOIN texts tt ON tt.id = iv.tags JOIN texts tos ON tos.id = iv.os_label "
            "WHERE si.scan_id = ?1 ORDER BY si.ord");
        q.bindInt64(1, scanId);
        while (q.next()) {
            StoredImage img;
            img.key = q.columnText(1);
            img.id = q.columnText(2);
            const QString tags = q.columnText(3);
            img.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
            img.created = q.columnTime(4);
            img.ageDays = q.columnInt(5);
            img.osLabel = q.columnText(6);
            img.eolDate = q.isNull(7) ? QDate() : QDate::fromString(q.columnText(7), Qt::ISODate);
            img.pastEol = q.columnInt(8) != 0;
            imageAt.insert(q.columnInt64(0), scan.images.size());
            scan.images.append(std::move(img));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }
    {
        SqlQuery q = m_db.query(
            "SELECT si.ord, r.rule_id, r.cis, r.title, r.scope, f.severity, t.text, f.ord "
            "FROM scan_images si JOIN image_findings f ON f.version_id = si.version_id "
            "JOIN rules r ON r.id = f.rule JOIN texts t ON t.id = f.evidence "
            "WHERE si.scan_id = ?1 ORDER BY si.ord, f.ord");
        q.bindInt64(1, scanId);
        while (q.next()) {
            const auto ownerAt = imageAt.constFind(q.columnInt64(0));
            if (ownerAt == imageAt.cend())
                continue;
            StoredFinding f = readFinding(q, 1);
            const StoredImage &owner = scan.images.at(*ownerAt);
            f.targetKey = owner.key;
            f.targetName = owner.tags.value(0, owner.id.left(19));
            f.waiver = waiverOf(1, q.columnInt64(0), q.columnInt64(7));
            scan.findings.append(std::move(f));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }
    {
        SqlQuery q = m_db.query("SELECT 0, r.rule_id, r.cis, r.title, r.scope, f.severity, t.text, f.ord "
                                "FROM daemon_findings f JOIN rules r ON r.id = f.rule JOIN texts t ON t.id = f.evidence "
                                "WHERE f.scan_id = ?1 ORDER BY f.ord");
        q.bindInt64(1, scanId);
        while (q.next()) {
            StoredFinding f = readFinding(q, 1);
            f.targetName = scan.summary.hostName;
            f.waiver = waiverOf(2, 0, q.columnInt64(7));
            scan.findings.append(std::move(f));
        }
        if (q.failed())
            return m_db.lastError(doing);
    }
    return scan;
}

StoreExpected<PruneResult> ScanStore::prune(const PrunePolicy &policy)
{
    if ((policy.olderThanDays && *policy.olderThanDays < 0) || (policy.keepPerHost && *policy.keepPerHost < 0)) {
        return StoreError::make(StoreErrorKind::InvalidArgument, tr("Retention limits cannot be negative."), {},
                                m_db.path());
    }
    const QString doing = tr("Pruning old scans");
    PruneResult result;
    SqlTransaction transaction(m_db);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun.error();
    const qint64 host = policy.hostId.value_or(0);
    sqlite3 *handle = m_db.handle();

    if (policy.olderThanDays) {
        const QDateTime now = policy.now.isValid() ? policy.now : QDateTime::currentDateTimeUtc();
        SqlQuery q = m_db.query("DELETE FROM scans WHERE started_at < ?1 AND (?2 = 0 OR host_id = ?2)");
        q.bindInt64(1, now.addDays(-*policy.olderThanDays).toMSecsSinceEpoch());
        q.bindInt64(2, host);
        if (!q.exec())
            return m_db.lastError(doing);
        result.scansRemoved += sqlite3_changes(handle);
        // The event journal follows the same age limit (its times are nanoseconds).
        SqlQuery events = m_db.query("DELETE FROM events WHERE time_ns < ?1 AND (?2 = 0 OR host_id = ?2)");
        events.bindInt64(1, now.addDays(-*policy.olderThanDays).toMSecsSinceEpoch() * 1'000'000);
        events.bindInt64(2, host);
        if (!events.exec())
            return m_db.lastError(doing);
    }
    if (policy.keepPerHost) {
        SqlQuery q = m_db.query(
            "DELETE FROM scans WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER "
            "(PARTITION BY host_id ORDER BY started_at DESC, id DESC) AS newest FROM scans "
            "WHERE ?1 = 0 OR host_id = ?1) WHERE newest > ?2)");
        q.bindInt64(1, host);
        q.bindInt64(2, *policy.keepPerHost);
        if (!q.exec())
            return m_db.lastError(doing);
        result.scansRemoved += sqlite3_changes(handle);
    }
    {
        SqlQuery q = m_db.query("DELETE FROM hosts WHERE (?1 = 0 OR id = ?1) "
                                "AND NOT EXISTS (SELECT 1 FROM scans WHERE host_id = hosts.id) "
                                "AND NOT EXISTS (SELECT 1 FROM events WHERE host_id = hosts.id) "
                                "AND NOT EXISTS (SELECT 1 FROM waivers WHERE host_id = hosts.id AND revoked_at IS NULL)");
        q.bindInt64(1, host);
        if (!q.exec())
            return m_db.lastError(doing);
        result.hostsRemoved = sqlite3_changes(handle);
    }
    if (result.scansRemoved > 0) {
        // Fixes from before the oldest kept scan leave with it; open findings keep their first sighting.
        static const char *const collect[] = {
            "DELETE FROM finding_spans WHERE resolved_at IS NOT NULL AND resolved_at < "
            "coalesce((SELECT min(started_at) FROM scans WHERE scans.host_id = finding_spans.host_id), "
            "9223372036854775807)",
            "DELETE FROM container_versions WHERE id NOT IN (SELECT version_id FROM scan_containers)",
            "DELETE FROM image_versions WHERE id NOT IN (SELECT version_id FROM scan_images)",
            "DELETE FROM rules WHERE id NOT IN (SELECT rule FROM container_findings UNION SELECT rule FROM "
            "image_findings UNION SELECT rule FROM daemon_findings)",
            "DELETE FROM texts WHERE id NOT IN ("
            "SELECT identity FROM container_versions UNION SELECT container_id FROM scan_containers "
            "UNION SELECT name FROM container_versions UNION SELECT image FROM container_versions "
            "UNION SELECT image_id FROM container_versions UNION SELECT state FROM scan_containers "
            "UNION SELECT breakdown FROM container_versions UNION SELECT evidence FROM container_findings "
            // NULL for versions stored before schema 3; a NULL in a NOT IN list would keep every text.
            "UNION SELECT permissions FROM container_versions WHERE permissions IS NOT NULL "
            "UNION SELECT key FROM image_versions UNION SELECT image_id FROM image_versions "
            "UNION SELECT tags FROM image_versions UNION SELECT os_label FROM image_versions "
            "UNION SELECT evidence FROM image_findings UNION SELECT evidence FROM daemon_findings "
            "UNION SELECT rule_id FROM finding_spans UNION SELECT target FROM finding_spans "
            "UNION SELECT target_name FROM finding_spans)",
            "UPDATE meta SET value = value + 1 WHERE key = 'gc_generation'",
        };
        for (const char *sql : collect) {
            if (!m_db.execute(sql))
                return m_db.lastError(doing);
        }
    }
    if (StoreExpected<Done> committed = transaction.commit(doing); !committed)
        return committed.error();
    if (result.scansRemoved > 0)
        m_db.forgetCachedIds();
    return result;
}

} // namespace bulwark::store
