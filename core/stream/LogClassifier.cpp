#include "LogClassifier.h"

#include <QStringList>

#include <cstring>

namespace bulwark::LogClassifier {

namespace {

inline unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c | 0x20 : c; }
inline bool isWordChar(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Does text at i start with the lower-case keyword (case-insensitively)?
// wholeWord: the keyword must not be followed by a letter or digit.
bool matchAt(const unsigned char *s, qsizetype n, qsizetype i, const char *keyword, bool wholeWord)
{
    const qsizetype k = qsizetype(std::strlen(keyword));
    if (n - i < k)
        return false;
    for (qsizetype j = 0; j < k; ++j) {
        if (lower(s[i + j]) != static_cast<unsigned char>(keyword[j]))
            return false;
    }
    return !wholeWord || i + k == n || !isWordChar(s[i + k]);
}

struct Keyword {
    const char *text;
    bool wholeWord;
    LogSeverity severity;
    quint8 security;
};

// Grouped by first letter so a word start costs one switch.
constexpr Keyword kA[] = {{"authentication failure", false, LogSeverity::None, AuthenticationFailure},
                          {"authentication failed", false, LogSeverity::None, AuthenticationFailure}};
constexpr Keyword kE[] = {{"error", false, LogSeverity::Error, 0},
                          {"err", true, LogSeverity::Error, 0},
                          {"exception", false, LogSeverity::Error, 0}};
constexpr Keyword kF[] = {{"fatal", false, LogSeverity::Fatal, 0}};
constexpr Keyword kO[] = {{"out of memory", false, LogSeverity::None, OutOfMemory},
                          {"oom", true, LogSeverity::None, OutOfMemory},
                          {"oom-kill", false, LogSeverity::None, OutOfMemory},
                          {"oomkill", false, LogSeverity::None, OutOfMemory}};
constexpr Keyword kP[] = {{"permission denied", false, LogSeverity::None, PermissionDenied},
                          {"panic", false, LogSeverity::Fatal, 0}};
constexpr Keyword kS[] = {{"segfault", false, LogSeverity::None, Segfault},
                          {"segmentation fault", false, LogSeverity::None, Segfault},
                          {"sigsegv", false, LogSeverity::None, Segfault}};
constexpr Keyword kU[] = {{"unauthorized", false, LogSeverity::None, Unauthorized},
                          {"unauthorised", false, LogSeverity::None, Unauthorized}};
constexpr Keyword kW[] = {{"warn", false, LogSeverity::Warning, 0}};

template <size_t N>
void check(const Keyword (&list)[N], const unsigned char *s, qsizetype n, qsizetype i, Result &r)
{
    for (const Keyword &k : list) {
        if (matchAt(s, n, i, k.text, k.wholeWord)) {
            if (k.severity > r.severity)
                r.severity = k.severity;
            r.security |= k.security;
        }
    }
}

} // namespace

Result classify(QByteArrayView text)
{
    Result r;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    bool prevWord = false;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        const bool word = isWordChar(c);
        if (word && !prevWord) {
            switch (lower(c)) {
            case 'a':
                check(kA, s, n, i, r);
                break;
            case 'e':
                check(kE, s, n, i, r);
                break;
            case 'f':
                check(kF, s, n, i, r);
                break;
            case 'o':
                check(kO, s, n, i, r);
                break;
            case 'p':
                check(kP, s, n, i, r);
                break;
            case 's':
                check(kS, s, n, i, r);
                break;
            case 'u':
                check(kU, s, n, i, r);
                break;
            case 'w':
                check(kW, s, n, i, r);
                break;
            default:
                break;
            }
        }
        prevWord = word;
    }
    return r;
}

void classify(LogBatch &batch)
{
    for (LogLine &line : batch.lines()) {
        const Result r = classify(batch.text(line));
        line.severity = r.severity;
        line.security = r.security;
    }
}

QString severityName(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::None:
        return {};
    case LogSeverity::Warning:
        return QStringLiteral("warning");
    case LogSeverity::Error:
        return QStringLiteral("error");
    case LogSeverity::Fatal:
        return QStringLiteral("fatal");
    }
    return {};
}

QStringList securityNames(quint8 security)
{
    QStringList names;
    if (security & PermissionDenied)
        names << QStringLiteral("permission_denied");
    if (security & Unauthorized)
        names << QStringLiteral("unauthorized");
    if (security & AuthenticationFailure)
        names << QStringLiteral("authentication_failure");
    if (security & Segfault)
        names << QStringLiteral("segfault");
    if (security & OutOfMemory)
        names << QStringLiteral("out_of_memory");
    return names;
}

} // namespace bulwark::LogClassifier
