#include "RuleCatalogue.h"
#include "JsonFields.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace bulwark {

namespace {
using JsonFields::string;

EngineError invalidCatalogue(const QString &origin, const QString &why)
{
    return EngineError::make(ErrorKind::Io,
                             QCoreApplication::translate("RuleCatalogue", "The rule catalogue %1 is invalid: %2")
                                 .arg(origin, why),
                             QCoreApplication::translate("RuleCatalogue", "Fix the file; see docs/rules.md."));
}
} // namespace

Expected<RuleCatalogue> RuleCatalogue::fromJson(const QByteArray &bytes, const QString &origin)
{
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return invalidCatalogue(origin, QStringLiteral("not a JSON object"));
    if (string(doc, "schema") != QLatin1String("bulwark.rules/1"))
        return invalidCatalogue(origin, QStringLiteral("schema is not bulwark.rules/1"));
    const auto rules = doc.find("rules");
    if (rules == doc.end() || !rules->is_array())
        return invalidCatalogue(origin, QStringLiteral("no rules array"));

    static const QRegularExpression idPattern(QStringLiteral("^BW-[CID]\\d{3}$"));
    RuleCatalogue cat;
    for (const nlohmann::json &r : *rules) {
        if (!r.is_object())
            return invalidCatalogue(origin, QStringLiteral("a rule is not an object"));
        RuleDefinition d;
        d.id = string(r, "id");
        if (!idPattern.match(d.id).hasMatch())
            return invalidCatalogue(origin, QStringLiteral("bad rule id \"%1\"").arg(d.id));
        if (cat.m_index.contains(d.id))
            return invalidCatalogue(origin, QStringLiteral("duplicate rule id %1").arg(d.id));
        const QString scope = string(r, "scope");
        if (scope == QLatin1String("container"))
            d.scope = RuleScope::Container;
        else if (scope == QLatin1String("image"))
            d.scope = RuleScope::Image;
        else if (scope == QLatin1String("daemon"))
            d.scope = RuleScope::Daemon;
        else
            return invalidCatalogue(origin, QStringLiteral("%1 has an unknown scope \"%2\"").arg(d.id, scope));
        d.cis = string(r, "cis");
        const std::optional<Severity> sev = parseSeverity(string(r, "severity"));
        if (!sev)
            return invalidCatalogue(origin, QStringLiteral("%1 has an unknown severity").arg(d.id));
        d.severity = *sev;
        d.title = string(r, "title");
        d.rationale = string(r, "rationale");
        if (d.title.isEmpty() || d.rationale.isEmpty())
            return invalidCatalogue(origin, QStringLiteral("%1 needs a title and a rationale").arg(d.id));
        if (const auto rem = r.find("remediation"); rem != r.end() && rem->is_object()) {
            d.remediationRun = string(*rem, "docker_run");
            d.remediationCompose = string(*rem, "compose");
            d.remediationDockerfile = string(*rem, "dockerfile");
        }
        if (d.remediationRun.isEmpty() && d.remediationDockerfile.isEmpty() && d.scope != RuleScope::Daemon
            && d.remediationCompose.isEmpty())
            return invalidCatalogue(origin, QStringLiteral("%1 has no remediation").arg(d.id));
        if (const auto refs = r.find("references"); refs != r.end() && refs->is_array()) {
            for (const auto &ref : *refs) {
                if (ref.is_string())
                    d.references << QString::fromStdString(ref.get<std::string>());
            }
        }
        cat.m_index.insert(d.id, cat.m_rules.size());
        cat.m_rules.append(std::move(d));
    }
    return cat;
}

const RuleCatalogue &RuleCatalogue::builtin()
{
    static const RuleCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/bulwark/rules/catalogue.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Bulwark's built-in rule catalogue is missing from the binary");
        Expected<RuleCatalogue> c = fromJson(file.readAll(), file.fileName());
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return std::move(c).value();
    }();
    return catalogue;
}

const RuleDefinition *RuleCatalogue::rule(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_rules.at(*it);
}

} // namespace bulwark
