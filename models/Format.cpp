#include "Format.h"

#include <QLocale>
#include <QStringList>

#include <array>

namespace bulwark {

QString Format::bytes(qint64 bytes)
{
    static const std::array<const char *, 5> units = {
        QT_TRANSLATE_NOOP("bulwark::Format", "B"), QT_TRANSLATE_NOOP("bulwark::Format", "KiB"), QT_TRANSLATE_NOOP("bulwark::Format", "MiB"),
        QT_TRANSLATE_NOOP("bulwark::Format", "GiB"), QT_TRANSLATE_NOOP("bulwark::Format", "TiB")};
    double value = double(bytes);
    std::size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < units.size()) {
        value /= 1024.0;
        ++unit;
    }
    // Whole numbers print without a fraction ("512 MiB"); others with one digit ("1.5 GiB").
    const bool whole = value == double(qint64(value));
    const QString number = whole ? QLocale().toString(qint64(value)) : QLocale().toString(value, 'f', 1);
    return tr("%1 %2", "number and unit").arg(number, tr(units[unit]));
}

QString Format::memoryLimit(qint64 bytes)
{
    return bytes > 0 ? Format::bytes(bytes) : tr("unlimited");
}

QString Format::cpus(qint64 nanoCpus)
{
    if (nanoCpus <= 0)
        return tr("unlimited");
    if (nanoCpus == 1000000000)
        return tr("1 CPU");
    return tr("%1 CPUs").arg(QLocale().toString(double(nanoCpus) / 1e9, 'g', 6));
}

QString Format::pidsLimit(qint64 limit)
{
    return limit > 0 ? QLocale().toString(limit) : tr("unlimited");
}

QString Format::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("never");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Format::dateTimeShort(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("never");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Format::user(const QString &user)
{
    return user.isEmpty() ? tr("image default") : user;
}

QString Format::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Format::restartPolicy(const QString &name, int maxRetries)
{
    if (name.isEmpty() || name == QLatin1String("no"))
        return tr("no");
    if (name == QLatin1String("on-failure") && maxRetries > 0)
        return tr("on-failure (retry limit %1)").arg(maxRetries);
    return name;
}

QString Format::list(const QStringList &items)
{
    return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
}

QString Format::signedNumber(int value)
{
    // U+2212 MINUS SIGN is as wide as "+", so the numbers line up.
    return value > 0 ? QStringLiteral("+%1").arg(value)
                     : value < 0 ? QStringLiteral("\u2212%1").arg(-value) : QStringLiteral("±0");
}

} // namespace bulwark
