#include "SecretDetector.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace bulwark::SecretDetector {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct SecretDetectorText {
    Q_DECLARE_TR_FUNCTIONS(SecretDetector)
};

struct ValuePattern {
    QRegularExpression re;
    const char *kind;
};

const QList<ValuePattern> &valuePatterns()
{
    static const QList<ValuePattern> patterns{
        {QRegularExpression(QStringLiteral("-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----")), QT_TRANSLATE_NOOP("SecretDetector", "private key")},
        {QRegularExpression(QStringLiteral("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")), QT_TRANSLATE_NOOP("SecretDetector", "AWS access key id")},
        {QRegularExpression(QStringLiteral("\\bgh[pousr]_[A-Za-z0-9]{30,}")), QT_TRANSLATE_NOOP("SecretDetector", "GitHub token")},
        {QRegularExpression(QStringLiteral("\\bglpat-[A-Za-z0-9_-]{20,}")), QT_TRANSLATE_NOOP("SecretDetector", "GitLab token")},
        {QRegularExpression(QStringLiteral("\\bxox[abprs]-[A-Za-z0-9-]{10,}")), QT_TRANSLATE_NOOP("SecretDetector", "Slack token")},
        {QRegularExpression(QStringLiteral("\\bAIza[0-9A-Za-z_-]{35}\\b")), QT_TRANSLATE_NOOP("SecretDetector", "Google API key")},
        {QRegularExpression(QStringLiteral("\\b[rs]k_live_[0-9A-Za-z]{16,}")), QT_TRANSLATE_NOOP("SecretDetector", "Stripe secret key")},
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+")), QT_TRANSLATE_NOOP("SecretDetector", "JSON web token")},
        {QRegularExpression(QStringLiteral("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@")), QT_TRANSLATE_NOOP("SecretDetector", "connection string with credentials")},
    };
    return patterns;
}

// Names that hold credentials by convention. *_FILE variables point at a secret, the recommended practice.
const QRegularExpression &secretName()
{
    static const QRegularExpression re(
        QStringLiteral("(PASSWORD|PASSWD|(^|_)PWD$|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|"
                       "(^|_)AUTH$|SESSION_KEY|ENCRYPTION_KEY|SIGNING_KEY|CLIENT_KEY|MASTER_KEY|(^|_)DSN$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Every pattern above needs one of these words, in any case: text with none of them cannot
// match, and skips a dozen regular expressions (most commands and variables hold no secret).
// Only ASCII text takes the shortcut: elsewhere Unicode case folding (ſ for s, the Kelvin
// sign for k) could match what a plain ASCII test misses.
bool mayMatch(QStringView text, std::initializer_list<std::string_view> lowerWords)
{
    QVarLengthArray<char, 256> lower(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return true;
        lower[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    const std::string_view haystack(lower.constData(), size_t(lower.size()));
    return std::any_of(lowerWords.begin(), lowerWords.end(),
                       [&](std::string_view word) { return haystack.find(word) != std::string_view::npos; });
}

// For valuePatterns().
bool mayHoldSecretValue(QStringView text)
{
    return mayMatch(text, {"private key", "akia", "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "glpat-", "xox", "aiza",
                           "k_live_", "eyj", "://"});
}

// For secretName().
bool mayNameSecret(QStringView name)
{
    return mayMatch(name, {"passw", "pwd", "secret", "token", "api", "access", "private", "credential", "auth",
                           "session_key", "encryption_key", "signing_key", "client_key", "master_key", "dsn"});
}

// For the assignment pattern of redactText().
bool mayAssignSecret(QStringView text)
{
    return mayMatch(text, {"passw", "secret", "token", "api", "access", "private", "credential"});
}

bool isPlaceholder(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^(\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?|<[^>]*>|\\*+|x+|changeme|"
                                                      "true|false|yes|no|none|null|0|1)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch();
}
} // namespace

QString redact(const QString &value)
{
    const qsizetype n = value.size();
    if (value.contains(QLatin1String("PRIVATE KEY")) || n < 16)
        return QCoreApplication::translate("SecretDetector", "[redacted, %n chars]", nullptr, int(n));
    return QCoreApplication::translate("SecretDetector", "%1…%2 [redacted, %n chars]", nullptr, int(n))
        .arg(value.left(2), value.right(2));
}

std::optional<SecretMatch> classifyEnv(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (mayHoldSecretValue(value)) {
        for (const ValuePattern &p : valuePatterns()) {
            if (p.re.match(value).hasMatch())
                return SecretMatch{SecretDetectorText::tr(p.kind), redact(value)};
        }
    }
    if (name.endsWith(QLatin1String("_FILE"), Qt::CaseInsensitive) || name.endsWith(QLatin1String("_PATH"), Qt::CaseInsensitive))
        return std::nullopt;
    if (mayNameSecret(name) && secretName().match(name).hasMatch() && !isPlaceholder(value))
        return SecretMatch{SecretDetectorText::tr("credential in a variable named like a secret"), redact(value)};
    return std::nullopt;
}

QString redactText(const QString &text, bool *found, QString *kind)
{
    if (!mayHoldSecretValue(text) && !mayAssignSecret(text)) {
        if (found)
            *found = false;
        return text;
    }
    QString out = text;
    bool any = false;
    auto note = [&](const char *k) {
        if (!any && kind)
            *kind = SecretDetectorText::tr(k);
        any = true;
    };
    for (const ValuePattern &p : valuePatterns()) {
        QRegularExpressionMatchIterator it = p.re.globalMatch(out);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.prepend(it.next()); // replace back to front so offsets stay valid
        for (const auto &m : matches) {
            out.replace(m.capturedStart(), m.capturedLength(), redact(m.captured()));
            note(p.kind);
        }
    }
    // NAME=value and --flag=value / --flag value where the name says "secret".
    static const QRegularExpression assign(
        QStringLiteral("((?:^|[\\s;'\"])(?:--?)?[A-Za-z0-9_.-]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|"
                       "PRIVATE[_-]?KEY|CREDENTIAL)[A-Za-z0-9_.-]*(?:=|\\s+))([^\\s'\";|&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = assign.globalMatch(out);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const auto &m : matches) {
        const QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('[')) || isPlaceholder(value) || value.startsWith(QLatin1Char('-'))
            || value.startsWith(QLatin1Char('/')))
            continue; // already redacted, a placeholder, another flag, or a file path
        out.replace(m.capturedStart(2), m.capturedLength(2), redact(value));
        note(QT_TRANSLATE_NOOP("SecretDetector", "credential assigned to a name like a secret"));
    }
    if (found)
        *found = any;
    return out;
}

} // namespace bulwark::SecretDetector
