#include "ComposeChange.h"

#include <QRegularExpression>

namespace bulwark {

void ComposeChange::setScalar(const QString &key, const QString &value)
{
    removeKey(key);
    remove.removeAll(key);
    set.append(ComposeSetting{key, value, {}});
}

void ComposeChange::setBlock(const QString &key, const QStringList &lines)
{
    removeKey(key);
    remove.removeAll(key);
    set.append(ComposeSetting{key, {}, lines});
}

void ComposeChange::setList(const QString &key, const QStringList &items)
{
    if (items.isEmpty()) {
        removeKey(key);
        return;
    }
    QStringList lines;
    for (const QString &item : items)
        lines << QStringLiteral("- ") + quote(item);
    setBlock(key, lines);
}

void ComposeChange::removeKey(const QString &key)
{
    set.removeIf([&](const ComposeSetting &s) { return s.key == key; });
    if (!remove.contains(key))
        remove << key;
}

QString ComposeChange::yaml() const
{
    if (isEmpty())
        return {};
    QString out;
    const QString file = configFiles.isEmpty() ? tr("your compose file") : configFiles.join(QStringLiteral(", "));
    out += QStringLiteral("# %1\n").arg(project.isEmpty() ? tr("In %1").arg(file) : tr("In %1 (project %2)").arg(file, project));
    out += QStringLiteral("services:\n  %1:\n").arg(service.isEmpty() ? QStringLiteral("<service>") : service);
    for (const QString &key : remove)
        out += QStringLiteral("    # %1\n").arg(tr("delete the line \"%1:\" (and its entries)").arg(key));
    for (const ComposeSetting &s : set) {
        if (s.block.isEmpty()) {
            out += QStringLiteral("    %1: %2\n").arg(s.key, s.scalar);
            continue;
        }
        out += QStringLiteral("    %1:\n").arg(s.key);
        for (const QString &line : s.block)
            out += QStringLiteral("      %1\n").arg(line);
    }
    return out;
}

QString ComposeChange::quote(const QString &value)
{
    // YAML 1.1 (which compose's parser speaks) reads yes/no/on/off as booleans and
    // a:b digits as base-60 numbers: anything beyond a plain word is quoted.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_./=-]*$"));
    static const QRegularExpression keyword(
        QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$"));
    if (plain.match(value).hasMatch() && !keyword.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace bulwark
