#include "WaiverFile.h"

#include "rules/RuleCatalogue.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulwark {

namespace {

EngineError invalidWaiver(const QString &origin, const QString &why)
{
    return EngineError::make(ErrorKind::Io, WaiverFile::tr("The policy file %1 is invalid: %2").arg(origin, why),
                             WaiverFile::tr("See docs/review.md for the format of waivers."), origin);
}

// "2027-03-01" is midnight UTC at the start of that day; a date and time keeps its offset, converted to UTC.
QDateTime parseWaiverTime(const std::string &text)
{
    const QString s = QString::fromStdString(text).trimmed();
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::string writeWaiverTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    if (utc.time() == QTime(0, 0))
        return utc.date().toString(Qt::ISODate).toStdString();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate).toStdString();
}

} // namespace

QString WaiverFile::containerKey(const QString &value)
{
    if (value.startsWith(QLatin1String("compose:")) || value.startsWith(QLatin1String("name:")))
        return value;
    return QStringLiteral("name:") + value;
}

QString WaiverFile::imageKey(const QString &value)
{
    if (value.startsWith(QLatin1String("tag:")) || value.startsWith(QLatin1String("id:")))
        return value;
    return QStringLiteral("tag:") + value;
}

void WaiverFile::sort(QList<Waiver> &waivers)
{
    std::stable_sort(waivers.begin(), waivers.end(), [](const Waiver &a, const Waiver &b) {
        return std::tie(a.hostEngineId, a.ruleId, a.targetKey, a.createdAt, a.kind)
             < std::tie(b.hostEngineId, b.ruleId, b.targetKey, b.createdAt, b.kind);
    });
}

Expected<QList<Waiver>> WaiverFile::fromJson(const nlohmann::json &array, const QString &origin)
{
    if (!array.is_array())
        return invalidWaiver(origin, tr("\"waivers\" must be an array of objects."));
    static const QStringList known{QStringLiteral("rule"),    QStringLiteral("container"), QStringLiteral("image"),
                                   QStringLiteral("daemon"),  QStringLiteral("host"),      QStringLiteral("kind"),
                                   QStringLiteral("justification"), QStringLiteral("reviewer"),
                                   QStringLiteral("created"), QStringLiteral("expires")};
    const QString source = tr("policy %1").arg(QFileInfo(origin).fileName());
    QList<Waiver> out;
    out.reserve(qsizetype(array.size()));
    for (size_t i = 0; i < array.size(); ++i) {
        const nlohmann::json &o = array[i];
        // Every message names the entry: its index, and its rule once known.
        QString entry = QStringLiteral("waivers[%1]").arg(i);
        if (!o.is_object())
            return invalidWaiver(origin, tr("%1 must be an object.").arg(entry));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(QString::fromStdString(it.key())))
                return invalidWaiver(origin, tr("%1 has an unknown field \"%2\" (known: %3).")
                                                 .arg(entry, QString::fromStdString(it.key()),
                                                      known.join(QStringLiteral(", "))));
        }
        auto text = [&o](const char *key) -> std::optional<QString> {
            const auto it = o.find(key);
            if (it == o.end())
                return QString();
            if (!it->is_string())
                return std::nullopt;
            return QString::fromStdString(it->get<std::string>());
        };
        Waiver w;
        w.origin = source;
        const std::optional<QString> rule = text("rule");
        if (!rule || rule->isEmpty())
            return invalidWaiver(origin, tr("%1 needs a \"rule\", e.g. \"BW-C001\".").arg(entry));
        const RuleDefinition *def = RuleCatalogue::builtin().rule(*rule);
        if (!def)
            return invalidWaiver(origin, tr("%1 names an unknown rule %2 (bulwark-cli rules lists them).")
                                             .arg(entry, *rule));
        w.ruleId = *rule;
        entry = QStringLiteral("waivers[%1] (%2)").arg(i).arg(w.ruleId);

        const bool hasContainer = o.contains("container");
        const bool hasImage = o.contains("image");
        const bool hasDaemon = o.contains("daemon");
        if (int(hasContainer) + int(hasImage) + int(hasDaemon) != 1)
            return invalidWaiver(origin, tr("%1 needs exactly one target: \"container\", \"image\" or "
                                            "\"daemon\": true.").arg(entry));
        if (hasDaemon) {
            if (!o["daemon"].is_boolean() || !o["daemon"].get<bool>())
                return invalidWaiver(origin, tr("%1: \"daemon\" can only be true.").arg(entry));
            w.scope = RuleScope::Daemon;
        } else {
            const std::optional<QString> target = text(hasContainer ? "container" : "image");
            if (!target || target->trimmed().isEmpty())
                return invalidWaiver(origin, tr("%1: \"%2\" must name the %2, e.g. %3.")
                                                 .arg(entry, hasContainer ? QStringLiteral("container")
                                                                          : QStringLiteral("image"),
                                                      hasContainer ? QStringLiteral("\"compose:shop/web\" or \"db\"")
                                                                   : QStringLiteral("\"nginx:1.25\"")));
            w.scope = hasContainer ? RuleScope::Container : RuleScope::Image;
            w.targetKey = hasContainer ? containerKey(*target) : imageKey(*target);
            w.targetName = w.targetKey.mid(w.targetKey.indexOf(QLatin1Char(':')) + 1);
        }
        const std::optional<QString> host = text("host");
        if (!host)
            return invalidWaiver(origin, tr("%1: \"host\" must be a Docker engine id (docker info).").arg(entry));
        w.hostEngineId = *host;

        const std::optional<QString> kindName = text("kind");
        const std::optional<WaiverKind> kind = kindName ? waiverKindFromName(*kindName) : std::nullopt;
        if (!kind)
            return invalidWaiver(origin, tr("%1: \"kind\" must be \"accept-risk\" or \"false-positive\".").arg(entry));
        w.kind = *kind;
        const std::optional<QString> justification = text("justification");
        if (!justification || justification->trimmed().isEmpty())
            return invalidWaiver(origin, tr("%1 needs a \"justification\": why the finding does not count.").arg(entry));
        w.justification = *justification;
        const std::optional<QString> reviewer = text("reviewer");
        if (!reviewer)
            return invalidWaiver(origin, tr("%1: \"reviewer\" must be a name.").arg(entry));
        w.reviewer = *reviewer;

        for (const auto &[key, target] : {std::pair{"created", &w.createdAt}, std::pair{"expires", &w.expiresAt}}) {
            const auto it = o.find(key);
            if (it == o.end())
                continue;
            *target = it->is_string() ? parseWaiverTime(it->get<std::string>()) : QDateTime();
            if (!target->isValid())
                return invalidWaiver(origin, tr("%1: \"%2\" must be an ISO date such as \"2027-03-01\" or "
                                                "\"2027-03-01T12:00:00Z\".").arg(entry, QLatin1String(key)));
        }
        if (w.kind == WaiverKind::AcceptRisk && !w.expiresAt.isValid())
            return invalidWaiver(origin, tr("%1: an accepted risk needs an \"expires\" date.").arg(entry));
        if (w.createdAt.isValid() && w.expiresAt.isValid() && w.expiresAt <= w.createdAt)
            return invalidWaiver(origin, tr("%1 expires before it was created.").arg(entry));
        out.append(std::move(w));
    }
    return out;
}

QByteArray WaiverFile::write(QList<Waiver> waivers)
{
    sort(waivers);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Waiver &w : std::as_const(waivers)) {
        nlohmann::ordered_json o;
        o["rule"] = w.ruleId.toStdString();
        switch (waiverTargetScope(w.targetKey)) {
        case RuleScope::Container: o["container"] = w.targetKey.toStdString(); break;
        case RuleScope::Image: o["image"] = w.targetKey.toStdString(); break;
        case RuleScope::Daemon: o["daemon"] = true; break;
        }
        if (!w.hostEngineId.isEmpty())
            o["host"] = w.hostEngineId.toStdString();
        o["kind"] = waiverKindName(w.kind).toStdString();
        o["justification"] = w.justification.toStdString();
        if (!w.reviewer.isEmpty())
            o["reviewer"] = w.reviewer.toStdString();
        if (w.createdAt.isValid())
            o["created"] = writeWaiverTime(w.createdAt);
        if (w.expiresAt.isValid())
            o["expires"] = writeWaiverTime(w.expiresAt);
        list.push_back(std::move(o));
    }
    nlohmann::ordered_json doc;
    doc["schema"] = "bulwark.policy/1";
    doc["waivers"] = std::move(list);
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace bulwark
