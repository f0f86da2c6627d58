#include "Checks.h"
#include "Permissions.h"

#include "TranslationCache.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bulwark::Checks {

namespace {
QString imageName(const ImageInfo &img) { return img.tags.isEmpty() ? img.id.left(19) : img.tags.first(); }
} // namespace

void image(const ImageInfo &img, const Context &ctx, const Emit &report)
{
    if (PermissionCalculator::isRootUser(img.user))
        report("BW-I001", img.user.isEmpty() ? tr("%1 sets no USER: containers run as root unless started with --user").arg(imageName(img))
                                           : tr("%1 sets USER %2 (root)").arg(imageName(img), img.user),
             {});
    if (!img.hasHealthcheck)
        report("BW-I002", tr("%1 defines no HEALTHCHECK").arg(imageName(img)), {});

    // ADD of the base image's root filesystem ("ADD file:<hash> in /") is how every base image starts; any
    // other ADD fetches or unpacks something COPY would copy plainly.
    static const QRegularExpression add(QStringLiteral("(?:#\\(nop\\)\\s*|^)ADD\\s+(.*)$"));
    static const QRegularExpression baseRootfs(QStringLiteral("^file:[0-9a-f]+ in /\\s*$"));
    QStringList adds;
    if (img.history.is_array()) {
        int step = 0;
        for (const auto &layer : img.history) {
            ++step;
            const auto it = layer.find("CreatedBy");
            if (it == layer.end() || !it->is_string())
                continue;
            const QString createdBy = QString::fromStdString(it->get<std::string>()).trimmed();
            const QRegularExpressionMatch m = add.match(createdBy);
            if (m.hasMatch() && !baseRootfs.match(m.captured(1).trimmed()).hasMatch())
                adds << tr("step %1: ADD %2").arg(step).arg(m.captured(1).left(100));
        }
    }
    if (!adds.isEmpty())
        report("BW-I003", adds.join(QStringLiteral("; ")), {});

    if (!img.secrets.isEmpty()) {
        QStringList items;
        for (const SecretEvidence &s : img.secrets)
            items << (s.name.isEmpty() ? QStringLiteral("%1: %2 (%3)").arg(s.location, s.hint, s.kind)
                                       : QStringLiteral("%1 in %2: %3 (%4)").arg(s.name, s.location, s.hint, s.kind));
        report("BW-I004", items.join(QStringLiteral("; ")), {});
    }

    // Reproducible builds stamp 1970 or omit the time: no age can be told then.
    if (img.created.isValid() && img.created.date().year() >= 2000) {
        const qint64 days = img.created.daysTo(ctx.now);
        if (days > ctx.policy.imageAgeMediumDays) {
            const bool high = days > ctx.policy.imageAgeHighDays;
            report("BW-I005",
                 tr("%1 was built %2 days ago (%3); the policy allows %4 days")
                     .arg(imageName(img))
                     .arg(days)
                     .arg(img.created.date().toString(Qt::ISODate))
                     .arg(high ? ctx.policy.imageAgeHighDays : ctx.policy.imageAgeMediumDays),
                 high ? Severity::High : Severity::Medium);
        }
    }

    if (img.baseOs.pastEol(ctx.now.date()))
        report("BW-I006", tr("%1 — end of life since %2 (%3)")
                            .arg(img.baseOs.releaseLabel, img.baseOs.eolDate.toString(Qt::ISODate), img.baseOs.eolSource),
             {});
}

} // namespace bulwark::Checks
