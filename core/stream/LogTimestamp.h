#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace bulwark::LogTimestamp {

// Times are nanoseconds since the Unix epoch (UTC) in a qint64: exact for the
// daemon's nanosecond timestamps, and cheap to compare and hash on every line.

// Parses an RFC 3339 time followed by one space at the start of s, as the daemon
// prefixes each line with timestamps=1 ("2026-11-28T09:50:58.932558517Z ").
// Accepts 0-9 fraction digits and Z or a ±hh:mm offset. Returns the bytes
// consumed including the space, or 0 when s does not start with one.
qsizetype parsePrefix(const char *s, qsizetype size, qint64 *ns);

// The same for a whole string without the trailing space.
std::optional<qint64> parse(QByteArrayView text);

// RFC3339Nano with nine fraction digits, as the daemon writes it: "2026-11-28T09:50:58.932558517Z".
QByteArray formatUtc(qint64 ns);
// The same in the local time zone ("...+01:00", or "Z" when local time is UTC), as
// `docker events` prints event times.
QByteArray formatLocal(qint64 ns);

// "1795872561.828660874": the form the Engine accepts for since/until with
// nanosecond precision.
QString apiParameter(qint64 ns);

// A --since/--until value as docker accepts it: a Unix time ("1795872561",
// "1795872561.5"), an RFC 3339 time (with or without fraction or zone; without a
// zone it is local time), a date ("2026-11-28", local midnight), or a duration
// before now ("10m", "1h30m", "1.5h", "300ms").
std::optional<qint64> parseUserTime(const QString &value, qint64 nowNs);

qint64 nowNs();

} // namespace bulwark::LogTimestamp
