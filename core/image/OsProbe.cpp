#include "OsProbe.h"

#include "EngineClient.h"
#include "EolDatabase.h"
#include "OsReleaseParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace bulwark::OsProbe {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct OsProbeText {
    Q_DECLARE_TR_FUNCTIONS(OsProbe)
};

QString archivePath(const QString &id, const QString &path)
{
    return QStringLiteral("/containers/%1/archive?path=%2")
        .arg(apiPathSegment(id), QString::fromLatin1(QUrl::toPercentEncoding(path)));
}
} // namespace

OsRelease probe(EngineClient &client, const QString &containerId)
{
    OsRelease os;
    os.fromContainer = containerId;
    QStringList candidates{QStringLiteral("/etc/os-release"), QStringLiteral("/usr/lib/os-release")};
    for (int hops = 0; hops < 6 && !candidates.isEmpty(); ++hops) {
        const QString path = candidates.takeFirst();
        Expected<HttpResponse> r = client.get(archivePath(containerId, path));
        if (!r) {
            if (r.error().httpStatus == 404)
                continue;
            os.problem = r.error().message;
            return os;
        }
        const auto entry = OsReleaseParser::firstTarEntry(r->body);
        if (!entry) {
            os.problem = OsProbeText::tr("The archive of %1 could not be read.").arg(path);
            return os;
        }
        if (entry->type == '2') {
            const QString target = entry->linkTarget.startsWith(QLatin1Char('/'))
                ? entry->linkTarget
                : QDir::cleanPath(QFileInfo(path).path() + QLatin1Char('/') + entry->linkTarget);
            candidates.prepend(target);
            continue;
        }
        const QHash<QString, QString> fields = OsReleaseParser::parse(entry->content);
        os.id = fields.value(QStringLiteral("ID"));
        os.versionId = fields.value(QStringLiteral("VERSION_ID"));
        os.codename = fields.value(QStringLiteral("VERSION_CODENAME"));
        os.prettyName = fields.value(QStringLiteral("PRETTY_NAME"), fields.value(QStringLiteral("NAME")));
        os.detected = !os.id.isEmpty();
        if (!os.detected)
            os.problem = OsProbeText::tr("%1 has no ID field.").arg(path);
        applyEol(os);
        return os;
    }
    os.problem = OsProbeText::tr("The image has no /etc/os-release (a scratch or distroless image?).");
    return os;
}

void applyEol(OsRelease &os)
{
    if (!os.detected)
        return;
    const EolRelease *rel = EolDatabase::builtin().lookup(os.id, os.versionId);
    if (!rel) {
        os.releaseLabel = os.prettyName;
        return;
    }
    os.eolKnown = rel->eol.isValid();
    os.eolDate = rel->eol;
    os.eolSource = rel->source;
    os.releaseLabel = rel->label();
}

} // namespace bulwark::OsProbe
