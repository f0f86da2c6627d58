#include "RulesCommand.h"

#include "rules/Policy.h"
#include "rules/RuleCatalogue.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace bulwark::cli {

namespace {
} // namespace

QString RulesCommand::description() const
{
    return tr("List Bulwark's security rules with their CIS Docker Benchmark numbers, severities and remediation.");
}

void RulesCommand::addOptions(QCommandLineParser &parser)
{
    m_format.setDescription(tr("Output format: table or json."));
    m_policy.setDescription(tr("Show severities and enabled state as this policy file sets them."));
    parser.addOptions({m_format, m_policy});
}

int RulesCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError(io, tr("unknown format \"%1\" (use table or json)").arg(format));
    Policy policy;
    if (parser.isSet(m_policy)) {
        Expected<Policy> p = Policy::fromFile(parser.value(m_policy));
        if (!p) {
            io.err << tr("bulwark-cli: %1").arg(p.error().toString()) << '\n';
            io.err.flush();
            return ExitError;
        }
        policy = std::move(p).value();
    }
    const RuleCatalogue &cat = RuleCatalogue::builtin();
    if (format == QLatin1String("json")) {
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const RuleDefinition &r : cat.rules()) {
            nlohmann::ordered_json refs = nlohmann::ordered_json::array();
            for (const QString &ref : r.references)
                refs.push_back(ref.toStdString());
            rules.push_back({{"id", r.id.toStdString()},
                             {"scope", scopeName(r.scope).toStdString()},
                             {"cis", r.cis.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.cis.toStdString())},
                             {"severity", severityName(policy.severityOverrides.value(r.id, r.severity)).toStdString()},
                             {"enabled", policy.enabled(r.id)},
                             {"title", r.title.toStdString()},
                             {"rationale", r.rationale.toStdString()},
                             {"remediation",
                              {{"docker_run", r.remediationRun.toStdString()},
                               {"compose", r.remediationCompose.toStdString()},
                               {"dockerfile", r.remediationDockerfile.isEmpty() ? nlohmann::ordered_json(nullptr)
                                                                                : nlohmann::ordered_json(r.remediationDockerfile.toStdString())}}},
                             {"references", refs}});
        }
        io.out << QString::fromStdString(nlohmann::ordered_json{{"schema", "bulwark.rules/1"}, {"rules", rules}}.dump(2)) << '\n';
    } else {
        io.out << QStringLiteral("%1 %2 %3 %4\n").arg(tr("ID").leftJustified(8), tr("CIS").leftJustified(6),
                                                     tr("SEVERITY").leftJustified(9), tr("TITLE"));
        for (const RuleDefinition &r : cat.rules()) {
            QString sev = severityName(policy.severityOverrides.value(r.id, r.severity));
            if (!policy.enabled(r.id))
                sev = tr("off");
            io.out << QStringLiteral("%1 %2 %3 %4\n")
                          .arg(r.id.leftJustified(8), (r.cis.isEmpty() ? QStringLiteral("-") : r.cis).leftJustified(6),
                               sev.leftJustified(9), r.title);
        }
    }
    io.out.flush();
    return ExitOk;
}

} // namespace bulwark::cli
