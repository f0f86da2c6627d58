#include "Policy.h"

#include "RuleCatalogue.h"
#include "review/WaiverFile.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace bulwark {

namespace {
EngineError invalidPolicy(const QString &origin, const QString &why)
{
    return EngineError::make(ErrorKind::Io,
                             QCoreApplication::translate("Policy", "The policy file %1 is invalid: %2").arg(origin, why),
                             QCoreApplication::translate("Policy", "See docs/risk-model.md for the policy format."),
                             origin);
}

bool readNumber(const nlohmann::json &o, const char *key, double &out, double min, double max)
{
    const auto it = o.find(key);
    if (it == o.end())
        return true;
    if (!it->is_number())
        return false;
    const double v = it->get<double>();
    if (v < min || v > max)
        return false;
    out = v;
    return true;
}
} // namespace

Expected<Policy> Policy::fromJson(const QByteArray &bytes, const QString &origin)
{
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return invalidPolicy(origin, QStringLiteral("not a JSON object"));
    if (const auto s = doc.find("schema"); s == doc.end() || *s != "bulwark.policy/1")
        return invalidPolicy(origin, QStringLiteral("\"schema\" must be \"bulwark.policy/1\""));

    Policy p;
    if (const auto w = doc.find("severity_points"); w != doc.end()) {
        if (!w->is_object())
            return invalidPolicy(origin, QStringLiteral("severity_points must be an object"));
        for (auto it = w->begin(); it != w->end(); ++it) {
            const auto sev = parseSeverity(QString::fromStdString(it.key()));
            if (!sev || !it->is_number() || it->get<double>() < 0 || it->get<double>() > 1000)
                return invalidPolicy(origin, QStringLiteral("severity_points.%1 must be a severity with 0..1000")
                                           .arg(QString::fromStdString(it.key())));
            p.severityPoints[*sev] = it->get<double>();
        }
    }
    double ageMedium = p.imageAgeMediumDays;
    double ageHigh = p.imageAgeHighDays;
    double floor = p.hostEquivalentFloor;
    double floorBoth = p.hostEquivalentBothFloor;
    if (!readNumber(doc, "exposure_multiplier", p.exposureMultiplier, 1, 10)
        || !readNumber(doc, "saturation", p.saturation, 1, 10000)
        || !readNumber(doc, "host_equivalent_floor", floor, 0, 100)
        || !readNumber(doc, "host_equivalent_both_floor", floorBoth, 0, 100))
        return invalidPolicy(origin, QStringLiteral("a number is out of range"));
    if (const auto a = doc.find("image_age_days"); a != doc.end()) {
        if (!a->is_object() || !readNumber(*a, "medium", ageMedium, 1, 36500) || !readNumber(*a, "high", ageHigh, 1, 36500))
            return invalidPolicy(origin, QStringLiteral("image_age_days needs medium and high in days"));
    }
    if (ageHigh < ageMedium)
        return invalidPolicy(origin, QStringLiteral("image_age_days.high must not be below medium"));
    p.imageAgeMediumDays = int(ageMedium);
    p.imageAgeHighDays = int(ageHigh);
    p.hostEquivalentFloor = int(floor);
    p.hostEquivalentBothFloor = int(floorBoth);
    if (const auto v = doc.find("minimum_engine_version"); v != doc.end()) {
        if (!v->is_string())
            return invalidPolicy(origin, QStringLiteral("minimum_engine_version must be a string like \"25.0\""));
        p.minimumEngineVersion = QString::fromStdString(v->get<std::string>());
    }
    if (const auto rules = doc.find("rules"); rules != doc.end()) {
        if (!rules->is_object())
            return invalidPolicy(origin, QStringLiteral("rules must be an object keyed by rule id"));
        for (auto it = rules->begin(); it != rules->end(); ++it) {
            const QString id = QString::fromStdString(it.key());
            if (!RuleCatalogue::builtin().rule(id))
                return invalidPolicy(origin, QStringLiteral("unknown rule %1 (bulwark-cli rules lists them)").arg(id));
            if (!it->is_object())
                return invalidPolicy(origin, QStringLiteral("rules.%1 must be an object").arg(id));
            if (const auto en = it->find("enabled"); en != it->end()) {
                if (!en->is_boolean())
                    return invalidPolicy(origin, QStringLiteral("rules.%1.enabled must be true or false").arg(id));
                if (!en->get<bool>())
                    p.disabledRules.insert(id);
            }
            if (const auto sev = it->find("severity"); sev != it->end()) {
                const auto s = sev->is_string() ? parseSeverity(QString::fromStdString(sev->get<std::string>()))
                                                : std::nullopt;
                if (!s)
                    return invalidPolicy(origin, QStringLiteral("rules.%1.severity must be critical, high, medium, low or info").arg(id));
                p.severityOverrides.insert(id, *s);
            }
        }
    }
    if (const auto w = doc.find("waivers"); w != doc.end()) {
        Expected<QList<Waiver>> waivers = WaiverFile::fromJson(*w, origin);
        if (!waivers)
            return waivers.error();
        p.waivers = std::move(waivers).value();
    }
    return p;
}

Expected<Policy> Policy::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return EngineError::make(ErrorKind::Io,
                                 QCoreApplication::translate("Policy", "Cannot read the policy file %1: %2")
                                     .arg(path, f.errorString()),
                                 QCoreApplication::translate("Policy", "Check the path given to --policy."), path);
    }
    return fromJson(f.read(4 * 1024 * 1024), path);
}

} // namespace bulwark
