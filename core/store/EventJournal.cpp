#include "EventJournal.h"

#include "SqlTransaction.h"

#include <algorithm>

namespace bulwark::store {

EventJournal::EventJournal(ScanDatabase &db)
    : m_db(db)
{ }

StoreExpected<qint64> EventJournal::hostId(const QString &url, const QString &engineId, const QString &name)
{
    const QString doing = tr("Recording the host %1 for its events").arg(url);
    if (url.isEmpty()) {
        return StoreError::make(StoreErrorKind::InvalidArgument, tr("Events need the URL of their host."),
                                tr("Connect to the host before following its events."), m_db.path());
    }
    // INSERT OR IGNORE: a scan of the same host being stored at the same moment
    // may create the row first; either way both end up on one row.
    {
        SqlQuery q = m_db.query("INSERT OR IGNORE INTO hosts (url, engine_id, name) VALUES (?1, ?2, ?3)");
        q.bindText(1, url);
        q.bindText(2, engineId);
        q.bindText(3, name);
        if (!q.exec())
            return m_db.lastError(doing);
    }
    SqlQuery q = m_db.query("SELECT id FROM hosts WHERE url = ?1 AND engine_id = ?2");
    q.bindText(1, url);
    q.bindText(2, engineId);
    if (q.next())
        return q.columnInt64(0);
    if (q.failed())
        return m_db.lastError(doing);
    return StoreError::make(StoreErrorKind::Io,
                            tr("The host %1 vanished from %2 while it was recorded.").arg(url, m_db.path()),
                            tr("Try again; another Bulwark may have pruned the history at that moment."), m_db.path());
}

StoreExpected<int> EventJournal::append(qint64 hostId, const QList<EngineEvent> &events)
{
    if (events.isEmpty())
        return 0;
    const QString doing = tr("Journaling %n event(s)", nullptr, int(events.size()));
    SqlTransaction transaction(m_db);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun.error();
    {
        SqlQuery exists = m_db.query("SELECT 1 FROM hosts WHERE id = ?1");
        exists.bindInt64(1, hostId);
        if (!exists.next()) {
            if (exists.failed())
                return m_db.lastError(doing);
            return StoreError::make(
                StoreErrorKind::NotFound,
                tr("Host #%1 is not in %2; its events cannot be journaled.").arg(hostId).arg(m_db.path()),
                tr("It may have been pruned; reconnect to the host."), m_db.path());
        }
    }
    for (const EngineEvent &e : events) {
        SqlQuery q = m_db.query("INSERT INTO events (host_id, time_ns, type, action, actor_id, actor_name, severity, "
                                "security_flags, exec_user, exec_privileged, document) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        q.bindInt64(1, hostId);
        q.bindInt64(2, e.timeNs);
        q.bindText(3, e.type);
        q.bindText(4, e.action);
        q.bindText(5, e.actorId);
        q.bindText(6, e.actorName());
        q.bindInt(7, int(e.severity));
        q.bindInt64(8, qint64(e.securityFlags));
        if (e.exec.known) {
            q.bindText(9, e.exec.user);
            q.bindInt(10, e.exec.privileged ? 1 : 0);
        } else {
            q.bindNull(9);
            q.bindNull(10);
        }
        q.bindText(11, QString::fromStdString(e.toJson().dump()));
        if (!q.exec())
            return m_db.lastError(doing);
    }
    if (StoreExpected<Done> committed = transaction.commit(doing); !committed)
        return committed.error();
    return int(events.size());
}

StoreExpected<QList<EngineEvent>> EventJournal::events(qint64 hostId, const EventTimeRange &range, int limit) const
{
    const QString doing = tr("Reading the journaled events");
    SqlQuery q = m_db.query("SELECT document, time_ns, severity, security_flags FROM events "
                            "WHERE host_id = ?1 AND time_ns >= ?2 AND time_ns < ?3 "
                            "ORDER BY time_ns DESC, id DESC LIMIT ?4");
    q.bindInt64(1, hostId);
    q.bindInt64(2, range.fromNs);
    q.bindInt64(3, range.toNs);
    q.bindInt64(4, limit > 0 ? limit : -1);
    QList<EngineEvent> out;
    while (q.next()) {
        const QByteArray text = q.columnText(0).toUtf8();
        const nlohmann::json doc = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
        Expected<EngineEvent> e = EngineEvent::fromJson(doc);
        if (!e) {
            return StoreError::make(
                StoreErrorKind::Corrupt,
                tr("A journaled event in %1 cannot be read: %2").arg(m_db.path(), e.error().message),
                tr("The database may be damaged: restore it from a backup or move it aside."), m_db.path());
        }
        // The columns are what filters and counts used: they win over the document.
        e->timeNs = q.columnInt64(1);
        e->severity = Severity(std::clamp(q.columnInt(2), 0, 4));
        e->securityFlags = quint32(q.columnInt64(3));
        out.append(std::move(e).value());
    }
    if (q.failed())
        return m_db.lastError(doing);
    return out;
}

StoreExpected<qint64> EventJournal::countWhere(qint64 hostId, const EventTimeRange &range, bool securityOnly) const
{
    SqlQuery q = m_db.query(securityOnly ? "SELECT count(*) FROM events WHERE host_id = ?1 AND time_ns >= ?2 "
                                           "AND time_ns < ?3 AND security_flags <> 0"
                                         : "SELECT count(*) FROM events WHERE host_id = ?1 AND time_ns >= ?2 "
                                           "AND time_ns < ?3");
    q.bindInt64(1, hostId);
    q.bindInt64(2, range.fromNs);
    q.bindInt64(3, range.toNs);
    if (q.next())
        return q.columnInt64(0);
    return m_db.lastError(tr("Counting the journaled events"));
}

StoreExpected<qint64> EventJournal::count(qint64 hostId, const EventTimeRange &range) const
{
    return countWhere(hostId, range, false);
}

StoreExpected<qint64> EventJournal::countSecurityRelevant(qint64 hostId, const EventTimeRange &range) const
{
    return countWhere(hostId, range, true);
}

} // namespace bulwark::store
