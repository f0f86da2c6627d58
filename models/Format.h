#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace bulwark {

// Turns raw engine values into text for people. Shared by the table and the
// detail tree so the same value reads the same everywhere.
class Format {
    Q_DECLARE_TR_FUNCTIONS(bulwark::Format)

public:
    // 536870912 -> "512 MiB", 1610612736 -> "1.5 GiB".
    static QString bytes(qint64 bytes);
    // 0 or less -> "unlimited", otherwise bytes().
    static QString memoryLimit(qint64 bytes);
    // NanoCpus: 0 -> "unlimited", 500000000 -> "0.5 CPUs".
    static QString cpus(qint64 nanoCpus);
    // PidsLimit: 0 or negative -> "unlimited".
    static QString pidsLimit(qint64 limit);
    // Local time, unambiguous: "2026-11-28 10:34:58"; invalid -> "never".
    static QString dateTime(const QDateTime &utc);
    // The same to the minute, for tables: "2026-11-28 10:34".
    static QString dateTimeShort(const QDateTime &utc);
    // Config.User; empty means the image decides (root unless the image sets USER).
    static QString user(const QString &user);
    static QString yesNo(bool value);
    // "no", "always", "on-failure (retry limit 3)".
    static QString restartPolicy(const QString &name, int maxRetries);
    // Empty list -> "none", otherwise comma-separated.
    static QString list(const QStringList &items);
    // A change: "+12", "−5", "±0".
    static QString signedNumber(int value);
};

} // namespace bulwark
