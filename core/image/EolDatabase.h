#pragma once

#include "EngineError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

struct EolRelease {
    QString distribution;   // "Debian"
    QString version;        // "9"
    QString codename;       // "stretch"
    QDate eol;
    QString source;
    [[nodiscard]] QString label() const; // "Debian 9 (stretch)"
};

// End-of-life dates of base OS releases (resources/eol/os-eol.json).
class EolDatabase {
public:
    static Expected<EolDatabase> fromJson(const QByteArray &json, const QString &origin);
    static const EolDatabase &builtin();

    // os-release ID and VERSION_ID; nullptr when the release is unknown. ID_LIKE is deliberately not
    // followed: a derivative's version numbers (Mint 21) mean nothing to its parent (Ubuntu 21).
    [[nodiscard]] const EolRelease *lookup(const QString &id, const QString &versionId) const;
    [[nodiscard]] int size() const { return int(m_releases.size()); }

private:
    struct Distribution {
        QString name;
        QString match; // major | major.minor | exact
        QList<qsizetype> releases;
    };
    QHash<QString, Distribution> m_byId; // os-release ID (and id_like aliases)
    QList<EolRelease> m_releases;
};

} // namespace bulwark
