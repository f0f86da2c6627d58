#include "OsReleaseParser.h"

#include <QList>

namespace bulwark::OsReleaseParser {

QHash<QString, QString> parse(const QByteArray &text)
{
    QHash<QString, QString> out;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq)).trimmed();
        QByteArray value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
            const char quote = value.front();
            value = value.mid(1, value.size() - 2);
            if (quote == '"') {
                QByteArray unescaped;
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (value[i] == '\\' && i + 1 < value.size())
                        ++i;
                    unescaped.append(value[i]);
                }
                value = unescaped;
            }
        }
        out.insert(key, QString::fromUtf8(value));
    }
    return out;
}

namespace {
qint64 octal(const char *p, int len)
{
    qint64 v = 0;
    for (int i = 0; i < len && p[i]; ++i) {
        if (p[i] == ' ')
            continue;
        if (p[i] < '0' || p[i] > '7')
            return -1;
        v = v * 8 + (p[i] - '0');
        if (v > (qint64(1) << 40))
            return -1;
    }
    return v;
}

QString field(const char *p, int len)
{
    int n = 0;
    while (n < len && p[n])
        ++n;
    return QString::fromUtf8(p, n);
}
} // namespace

std::optional<TarEntry> firstTarEntry(const QByteArray &tar, qint64 maxBytes)
{
    qsizetype offset = 0;
    // Skip pax/GNU extension headers ('x', 'g', 'L', 'K') to the first real entry.
    for (int guard = 0; guard < 8; ++guard) {
        if (tar.size() < offset + 512)
            return std::nullopt;
        const char *h = tar.constData() + offset;
        const qint64 size = octal(h + 124, 12);
        if (size < 0)
            return std::nullopt;
        const char type = h[156] ? h[156] : '0';
        const qint64 padded = (size + 511) / 512 * 512;
        if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
            if (size > maxBytes || tar.size() < offset + 512 + padded)
                return std::nullopt;
            offset += 512 + padded;
            continue;
        }
        TarEntry e;
        e.type = type;
        e.name = field(h, 100);
        e.linkTarget = field(h + 157, 100);
        if (type == '0' || type == '7') {
            if (size > maxBytes || tar.size() < offset + 512 + size)
                return std::nullopt;
            e.content = tar.mid(offset + 512, size);
        }
        return e;
    }
    return std::nullopt;
}

} // namespace bulwark::OsReleaseParser
