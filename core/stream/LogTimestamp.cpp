#include "LogTimestamp.h"

#include <QDateTime>
#include <QRegularExpression>

#include <chrono>
#include <cstdio>
#include <limits>

namespace bulwark::LogTimestamp {

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct Civil {
    qint64 year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

constexpr unsigned daysInMonth(qint64 y, unsigned m)
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

inline bool digits(const char *s, int count, int *value)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned d = unsigned(s[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + int(d);
    }
    *value = v;
    return true;
}

// Parses "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±hh:mm)" at s; returns the bytes used or 0.
qsizetype parseAt(const char *s, qsizetype n, qint64 *ns)
{
    if (n < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return 0;
    int year, month, day, hour, minute, second;
    if (!digits(s, 4, &year) || !digits(s + 5, 2, &month) || !digits(s + 8, 2, &day) || !digits(s + 11, 2, &hour)
        || !digits(s + 14, 2, &minute) || !digits(s + 17, 2, &second))
        return 0;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23
        || minute > 59 || second > 60)
        return 0;
    qsizetype i = 19;
    qint64 fraction = 0;
    if (i < n && s[i] == '.') {
        ++i;
        int count = 0;
        while (i < n && count < 9 && unsigned(s[i]) - '0' <= 9) {
            fraction = fraction * 10 + (s[i] - '0');
            ++i;
            ++count;
        }
        if (count == 0 || (i < n && unsigned(s[i]) - '0' <= 9))
            return 0; // no digits, or more than nine
        for (; count < 9; ++count)
            fraction *= 10;
    }
    if (i >= n)
        return 0;
    qint64 offsetSeconds = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        int oh, om;
        if (n - i < 6 || s[i + 3] != ':' || !digits(s + i + 1, 2, &oh) || !digits(s + i + 4, 2, &om) || oh > 23
            || om > 59)
            return 0;
        offsetSeconds = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return 0;
    }
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    *ns = secs * NsPerSecond + fraction;
    return i;
}

QByteArray format(qint64 ns, int offsetSeconds)
{
    qint64 secs = ns / NsPerSecond;
    qint64 frac = ns % NsPerSecond;
    if (frac < 0) {
        frac += NsPerSecond;
        --secs;
    }
    secs += offsetSeconds;
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const Civil c = civilFromDays(days);
    char buf[48];
    int len =
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%09lld", static_cast<long long>(c.year),
                      c.month, c.day, int(rem / 3600), int(rem / 60 % 60), int(rem % 60), static_cast<long long>(frac));
    if (offsetSeconds == 0) {
        buf[len++] = 'Z';
    } else {
        const int a = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
        len += std::snprintf(buf + len, sizeof buf - size_t(len), "%c%02d:%02d", offsetSeconds < 0 ? '-' : '+',
                             a / 3600, a / 60 % 60);
    }
    return QByteArray(buf, len);
}

} // namespace

qsizetype parsePrefix(const char *s, qsizetype size, qint64 *ns)
{
    qint64 t = 0;
    const qsizetype used = parseAt(s, size, &t);
    if (used == 0 || used >= size || s[used] != ' ')
        return 0;
    *ns = t;
    return used + 1;
}

std::optional<qint64> parse(QByteArrayView text)
{
    qint64 t = 0;
    const qsizetype used = parseAt(text.data(), text.size(), &t);
    if (used == 0 || used != text.size())
        return std::nullopt;
    return t;
}

QByteArray formatUtc(qint64 ns) { return format(ns, 0); }

QByteArray formatLocal(qint64 ns)
{
    const qint64 secs = ns >= 0 ? ns / NsPerSecond : (ns - NsPerSecond + 1) / NsPerSecond;
    const int offset = QDateTime::fromSecsSinceEpoch(secs).offsetFromUtc();
    return format(ns, offset);
}

QString apiParameter(qint64 ns)
{
    qint64 secs = ns / NsPerSecond;
    qint64 frac = ns % NsPerSecond;
    if (frac < 0) {
        frac += NsPerSecond;
        --secs;
    }
    return QStringLiteral("%1.%2").arg(secs).arg(frac, 9, 10, QLatin1Char('0'));
}

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

std::optional<qint64> parseUserTime(const QString &value, qint64 now)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;

    // Unix seconds with an optional fraction.
    static const QRegularExpression unixRe(QStringLiteral("^(\\d+)(?:\\.(\\d{1,9}))?$"));
    if (const auto m = unixRe.match(v); m.hasMatch()) {
        bool ok = false;
        const qint64 secs = m.captured(1).toLongLong(&ok);
        if (!ok || secs > std::numeric_limits<qint64>::max() / NsPerSecond - 1)
            return std::nullopt;
        qint64 frac = 0;
        if (m.hasCaptured(2)) {
            QString f = m.captured(2);
            f = f.leftJustified(9, QLatin1Char('0'));
            frac = f.toLongLong();
        }
        return secs * NsPerSecond + frac;
    }

    // Go durations: a sequence of <number><unit>, subtracted from now.
    static const QRegularExpression durRe(QStringLiteral("^((?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+)$"));
    if (durRe.match(v).hasMatch()) {
        static const QRegularExpression partRe(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
        long double total = 0;
        for (auto it = partRe.globalMatch(v); it.hasNext();) {
            const auto p = it.next();
            const long double n = p.captured(1).toDouble();
            const QString unit = p.captured(2);
            long double scale = 1;
            if (unit == QLatin1String("us") || unit == QStringLiteral("µs"))
                scale = 1e3L;
            else if (unit == QLatin1String("ms"))
                scale = 1e6L;
            else if (unit == QLatin1String("s"))
                scale = 1e9L;
            else if (unit == QLatin1String("m"))
                scale = 60e9L;
            else if (unit == QLatin1String("h"))
                scale = 3600e9L;
            total += n * scale;
        }
        if (total > 1e18L)
            return std::nullopt;
        return now - qint64(total);
    }

    // RFC 3339 with a zone: exact.
    const QByteArray utf8 = v.toUtf8();
    if (auto t = parse(utf8))
        return t;

    // Without a zone, docker reads the time as local time.
    for (const char *fmt : {"yyyy-MM-ddTHH:mm:ss.zzz", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd"}) {
        QString text = v;
        if (qstrcmp(fmt, "yyyy-MM-ddTHH:mm:ss.zzz") == 0) {
            // Qt parses milliseconds only: cut a longer fraction.
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            if (dot < 0)
                continue;
            text = text.left(dot + 4).leftJustified(dot + 4, QLatin1Char('0'));
        }
        const QDateTime dt = QDateTime::fromString(text, QLatin1String(fmt));
        if (dt.isValid())
            return dt.toMSecsSinceEpoch() * 1'000'000;
    }
    return std::nullopt;
}

} // namespace bulwark::LogTimestamp
