#include "EolDatabase.h"
#include "JsonFields.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace bulwark {

QString EolRelease::label() const
{
    return codename.isEmpty() ? QStringLiteral("%1 %2").arg(distribution, version)
                              : QStringLiteral("%1 %2 (%3)").arg(distribution, version, codename);
}

namespace {
using JsonFields::string;

QString keyFor(const QString &versionId, const QString &match)
{
    const QStringList parts = versionId.split(QLatin1Char('.'));
    if (match == QLatin1String("major"))
        return parts.value(0);
    if (match == QLatin1String("major.minor"))
        return parts.size() >= 2 ? parts[0] + QLatin1Char('.') + parts[1] : parts.value(0);
    return versionId;
}
} // namespace

Expected<EolDatabase> EolDatabase::fromJson(const QByteArray &bytes, const QString &origin)
{
    auto invalid = [&](const QString &why) {
        return EngineError::make(ErrorKind::Io,
                                 QCoreApplication::translate("EolDatabase", "The end-of-life table %1 is invalid: %2")
                                     .arg(origin, why));
    };
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("distributions") || !doc["distributions"].is_array())
        return invalid(QStringLiteral("no distributions array"));
    EolDatabase db;
    for (const auto &d : doc["distributions"]) {
        const QString id = string(d, "id");
        if (id.isEmpty() || !d.contains("releases") || !d["releases"].is_array())
            return invalid(QStringLiteral("a distribution lacks id or releases"));
        Distribution dist;
        dist.name = string(d, "name");
        dist.match = string(d, "match");
        if (dist.match.isEmpty())
            dist.match = QStringLiteral("major");
        const QString source = string(d, "source");
        for (const auto &r : d["releases"]) {
            EolRelease rel;
            rel.distribution = dist.name;
            rel.version = string(r, "version");
            rel.codename = string(r, "codename");
            rel.eol = QDate::fromString(string(r, "eol"), Qt::ISODate);
            rel.source = source;
            if (rel.version.isEmpty())
                return invalid(QStringLiteral("%1 has a release without a version").arg(id));
            dist.releases << db.m_releases.size();
            db.m_releases << rel;
        }
        db.m_byId.insert(id, dist);
        if (d.contains("id_like") && d["id_like"].is_array()) {
            for (const auto &alias : d["id_like"]) {
                if (alias.is_string())
                    db.m_byId.insert(QString::fromStdString(alias.get<std::string>()), dist);
            }
        }
    }
    return db;
}

const EolDatabase &EolDatabase::builtin()
{
    static const EolDatabase db = [] {
        QFile file(QStringLiteral(":/bulwark/eol/os-eol.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Bulwark's built-in end-of-life table is missing from the binary");
        Expected<EolDatabase> d = fromJson(file.readAll(), file.fileName());
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return std::move(d).value();
    }();
    return db;
}

const EolRelease *EolDatabase::lookup(const QString &id, const QString &versionId) const
{
    const auto it = m_byId.constFind(id.toLower());
    if (it == m_byId.cend() || versionId.isEmpty())
        return nullptr;
    const QString key = keyFor(versionId, it->match);
    for (qsizetype idx : it->releases) {
        const EolRelease &r = m_releases.at(idx);
        if (keyFor(r.version, it->match) == key)
            return &r;
    }
    return nullptr;
}

} // namespace bulwark
