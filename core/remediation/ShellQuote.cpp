#include "ShellQuote.h"

namespace bulwark::ShellQuote {

namespace {
bool isShellSafe(QChar ch)
{
    if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
        || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
        return true;
    // '=' only matters before the command word, ':' and ',' never; '~' and '#' are special at a word's start.
    static const QString safe = QStringLiteral("_-./:,=@%+");
    return safe.contains(ch);
}
} // namespace

QString quote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool bare = true;
    for (QChar ch : argument) {
        if (!isShellSafe(ch)) {
            bare = false;
            break;
        }
    }
    if (bare)
        return argument;
    QString out = argument;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString join(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &a : arguments)
        quoted << quote(a);
    return quoted.join(QLatin1Char(' '));
}

} // namespace bulwark::ShellQuote
