#pragma once

#include "ScanDatabase.h"
#include "stream/EngineEvent.h"

#include <QCoreApplication>
#include <QList>

#include <limits>

namespace bulwark::store {

// A range of event times in nanoseconds since the epoch: from inclusive, to exclusive.
struct EventTimeRange {
    qint64 fromNs = std::numeric_limits<qint64>::min();
    qint64 toNs = std::numeric_limits<qint64>::max();
};

// The daemon's events of a host, as the dashboard saw them while it ran, so a
// reviewer can look back at what happened between two scans. Events are stored
// as EngineEvent gave them (its bulwark.event/1 document plus the columns that
// lists and filters need); nothing is added or un-redacted. Not thread-safe,
// like the connection it uses.
class EventJournal {
    Q_DECLARE_TR_FUNCTIONS(EventJournal)
public:
    explicit EventJournal(ScanDatabase &db);

    // The host row for url and engine id, created when no scan or event of
    // the host was stored yet (a scan stored later finds the same row).
    StoreExpected<qint64> hostId(const QString &url, const QString &engineId, const QString &name = {});

    // Appends the events in one transaction: all of them or, on error, none.
    StoreExpected<int> append(qint64 hostId, const QList<EngineEvent> &events);

    // The host's events in range, newest first, at most limit (<= 0: all).
    StoreExpected<QList<EngineEvent>> events(qint64 hostId, const EventTimeRange &range = {}, int limit = 0) const;
    [[nodiscard]] StoreExpected<qint64> count(qint64 hostId, const EventTimeRange &range = {}) const;
    // Only events with a security flag.
    [[nodiscard]] StoreExpected<qint64> countSecurityRelevant(qint64 hostId, const EventTimeRange &range = {}) const;

private:
    StoreExpected<qint64> countWhere(qint64 hostId, const EventTimeRange &range, bool securityOnly) const;

    ScanDatabase &m_db;
};

} // namespace bulwark::store
