#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace bulwark::OsReleaseParser {

// os-release(5): KEY=value lines, values optionally quoted with shell escapes.
QHash<QString, QString> parse(const QByteArray &text);

struct TarEntry {
    QString name;
    char type = '0';      // '0' file, '2' symlink, '5' directory, ...
    QString linkTarget;   // for symlinks
    QByteArray content;   // for regular files
};

// The first entry of a tar stream, as GET /containers/{id}/archive returns it.
// Bounded: a header announcing more than maxBytes, or a truncated stream, is an error (nullopt).
std::optional<TarEntry> firstTarEntry(const QByteArray &tar, qint64 maxBytes = 64 * 1024);

} // namespace bulwark::OsReleaseParser
