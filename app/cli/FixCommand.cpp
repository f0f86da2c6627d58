#include "FixCommand.h"

#include "HostScanner.h"
#include "ReachableHost.h"
#include "remediation/RemediationAdvisor.h"
#include "remediation/RunCommand.h"
#include "remediation/ShellQuote.h"
#include "rules/RuleCatalogue.h"
#include "store/ContainerIdentity.h"
#include "store/ScanStore.h"

#include <QFileInfo>

namespace bulwark::cli {

namespace {
const ContainerInfo *findContainer(const HostSnapshot &snap, const QString &reference)
{
    const ContainerInfo *best = nullptr;
    for (const ContainerInfo &c : snap.containers) {
        const bool match = c.name == reference || store::containerIdentity(c) == reference
                        || (reference.size() >= 6 && c.id.startsWith(reference));
        if (match && (!best || c.created > best->created))
            best = &c;
    }
    return best;
}

QString fixOptions(const QList<RunOption> &options)
{
    QStringList parts;
    for (const RunOption &o : options)
        parts << ShellQuote::join(o);
    return parts.join(QStringLiteral("  "));
}

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

QString FixCommand::description() const
{
    return tr("Show how to fix a container's findings: the docker run flags to remove and add, the compose YAML, "
              "Dockerfile lines, and the full docker run command that recreates it fixed. With --verify, rescan it "
              "after you recreated it: exit 0 when its findings (or the --rule one) are resolved, 1 otherwise. "
              "Bulwark changes nothing.");
}

void FixCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_rule.setDescription(tr("Only this rule (e.g. BW-C003)."));
    m_verify.setDescription(tr("Rescan the container and report each finding resolved or still present."));
    m_policy.setDescription(tr("Policy file (bulwark.policy/1): severities, weights, thresholds and waivers."));
    m_timeout.setDescription(tr("Timeout for each request to the daemon, in seconds."));
    parser.addOptions({m_rule, m_verify, m_policy, m_timeout});
    m_storeOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("CONTAINER"), tr("Container name, compose identity or id."));
}

int FixCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(io, positional.isEmpty() ? tr("name the container to fix") : tr("one container at a time"));
    const QString reference = positional.first();
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString rule = parser.value(m_rule).trimmed().toUpper();
    if (!rule.isEmpty() && !RuleCatalogue::builtin().rule(rule))
        return usageError(io, tr("unknown rule \"%1\" (bulwark-cli rules lists them)").arg(parser.value(m_rule)));
    bool ok = false;
    const int timeout = parser.value(m_timeout).toInt(&ok);
    if (!ok || timeout <= 0)
        return usageError(io, tr("--timeout needs a positive number of seconds"));

    ScanOptions options;
    options.includeVolumes = false;
    options.limits.requestTimeoutMs = timeout * 1000;
    if (!loadPolicy(parser, m_policy, io, &options.policy))
        return ExitError;
    return parser.isSet(m_verify) ? verify(parser, io, reference, rule, options) : advise(parser, io, reference, rule, options);
}

int FixCommand::advise(const QCommandLineParser &parser, CliIo &io, const QString &reference, const QString &rule,
                       const ScanOptions &options)
{
    Expected<HostResolution> resolution = HostResolver(m_env).resolve(m_hostOptions.request(parser));
    if (!resolution) {
        printEngineError(io.err, resolution.error());
        return ExitError;
    }
    HostScanner scanner(options);
    scanner.setCancelFlag(io.cancel);
    Expected<HostSnapshot> snap = scanner.scanFirstReachable(resolution->candidates);
    if (!snap) {
        printEngineError(io.err, snap.error());
        return ExitError;
    }
    const ContainerInfo *c = findContainer(*snap, reference);
    if (!c) {
        io.err << tr("bulwark-cli: no container on %1 is \"%2\".").arg(snap->engine.url, reference) << '\n'
               << tr("  what to do: give its name, its compose identity (compose:PROJECT/SERVICE#N) or the start of its id; "
                     "docker ps -a lists them.")
               << '\n';
        io.err.flush();
        return ExitError;
    }
    const ImageInfo *image = snap->image(c->imageId);
    const RemediationAdvisor advisor;
    QList<Remediation> remediations;
    for (const Finding &f : c->findings) {
        if (rule.isEmpty() || f.ruleId == rule)
            remediations << advisor.forContainer(f, *c, image);
    }
    QTextStream &out = io.out;
    out << tr("%1 (%2), risk score %3").arg(c->name, store::containerIdentity(*c)).arg(c->risk.score) << "\n\n";
    if (remediations.isEmpty()) {
        out << (rule.isEmpty() ? tr("No findings: nothing to fix.") : tr("%1 does not fire on %2: nothing to fix.").arg(rule, c->name))
            << '\n';
        out.flush();
        return ExitOk;
    }
    RunCommand run = RunCommand::reconstruct(*c, image);
    bool changed = false;
    for (const Remediation &r : std::as_const(remediations)) {
        printRemediation(out, r);
        if (r.kind == RemediationKind::RunFlags || r.kind == RemediationKind::Recreate) {
            run.apply(r);
            changed = true;
        }
    }
    if (changed) {
        out << tr("Recreate the container with these changes (Bulwark does not do it for you):") << '\n';
        out << QStringLiteral("  docker rm -f %1\n").arg(ShellQuote::quote(c->name));
        out << indented(run.shellText(true), QStringLiteral("  "));
        for (const QString &note : run.notes())
            out << QStringLiteral("  # ") << note << '\n';
        const ComposeChange service = RemediationAdvisor::composeServiceOf(*c);
        if (service.fromCompose())
            out << tr("  # It comes from compose: prefer editing %1 as shown above and running docker compose up -d %2.")
                       .arg(service.configFiles.join(QStringLiteral(", ")), service.service)
                << '\n';
        out << '\n';
    }
    out << tr("Then check: bulwark-cli fix %1 --verify%2")
               .arg(ShellQuote::quote(c->name), rule.isEmpty() ? QString() : QStringLiteral(" --rule ") + rule)
        << '\n';
    out.flush();
    return ExitOk;
}

void FixCommand::printRemediation(QTextStream &out, const Remediation &r)
{
    out << QStringLiteral("== %1 %2 (%3%4)\n")
               .arg(r.ruleId, r.title, severityName(r.severity), r.cis.isEmpty() ? QString() : tr(", CIS %1").arg(r.cis));
    out << tr("Risk: %1").arg(r.risk) << '\n';
    out << tr("Now: %1").arg(r.currentSetting) << '\n';
    out << tr("Fix: %1").arg(r.summary) << '\n';
    if (!r.runRemove.isEmpty())
        out << tr("  docker run, remove: %1").arg(fixOptions(r.runRemove)) << '\n';
    if (!r.runAdd.isEmpty())
        out << tr("  docker run, add:    %1").arg(fixOptions(r.runAdd)) << '\n';
    if (!r.imageReplacement.isEmpty())
        out << tr("  image:              %1").arg(r.imageReplacement) << '\n';
    if (r.compose.fromCompose() && !r.compose.isEmpty())
        out << tr("  compose:") << '\n' << indented(r.compose.yaml(), QStringLiteral("    "));
    if (!r.dockerfileLines.isEmpty())
        out << tr("  Dockerfile:") << '\n' << indented(r.dockerfileLines.join(QLatin1Char('\n')), QStringLiteral("    "));
    if (!r.daemonJson.isEmpty())
        out << tr("  daemon.json:") << '\n' << indented(r.daemonJson, QStringLiteral("    "));
    if (!r.manualSteps.isEmpty() && (r.kind == RemediationKind::Manual || r.kind == RemediationKind::Daemon
                                     || r.kind == RemediationKind::Recreate || r.kind == RemediationKind::Dockerfile))
        out << indented(r.manualSteps, QStringLiteral("  "));
    for (const QString &note : r.notes)
        out << QStringLiteral("  - ") << note << '\n';
    out << '\n';
}

QList<Finding> FixCommand::storedFindings(const QCommandLineParser &parser, const QString &hostUrl, const QString &identity,
                                          QString *scanLabel) const
{
    const QString path = m_storeOptions.path(parser, m_env);
    if (!QFileInfo::exists(path))
        return {};
    auto db = store::ScanDatabase::open(path, store::ScanDatabase::Mode::ReadOnly);
    if (!db)
        return {};
    store::ScanStore scans(**db);
    const auto host = scans.hostByUrl(hostUrl);
    if (!host)
        return {};
    const auto summaries = scans.scans(host->id, 20);
    if (!summaries)
        return {};
    for (const store::ScanSummary &summary : *summaries) {
        const auto scan = scans.load(summary.id);
        if (!scan)
            continue;
        const bool has = std::any_of(scan->containers.cbegin(), scan->containers.cend(),
                                     [&](const store::StoredContainer &c) { return c.identity == identity; });
        if (!has)
            continue;
        QList<Finding> found;
        for (const store::StoredFinding &s : scan->findings) {
            if (s.targetKey != identity || s.scope == RuleScope::Daemon)
                continue;
            found << s.toFinding();
        }
        *scanLabel = tr("scan %1 of %2").arg(summary.id).arg(summary.startedAt.toString(Qt::ISODate));
        return found;
    }
    return {};
}

int FixCommand::verify(const QCommandLineParser &parser, CliIo &io, const QString &reference, const QString &rule,
                       const ScanOptions &options)
{
    int exitCode = ExitOk;
    const std::optional<HostEndpoint> endpoint = reachableHost(m_env, m_hostOptions.request(parser), io, &exitCode);
    if (!endpoint)
        return exitCode == ExitOk ? ExitError : exitCode;
    ContainerVerifier verifier(options);
    verifier.setCancelFlag(io.cancel);
    Expected<HostSnapshot> snap = verifier.rescan(*endpoint, reference);
    if (!snap) {
        printEngineError(io.err, snap.error());
        return ExitError;
    }
    const ContainerInfo &now = snap->containers.first();
    const QString identity = store::containerIdentity(now);
    QString scanLabel;
    QList<Finding> original = storedFindings(parser, snap->engine.url, identity, &scanLabel);
    QTextStream &out = io.out;
    if (!rule.isEmpty()) {
        original.removeIf([&](const Finding &f) { return f.ruleId != rule; });
        if (original.isEmpty()) {
            // Not in the history: judge by whether the rule fires now.
            const RuleDefinition *def = RuleCatalogue::builtin().rule(rule);
            Finding f;
            f.ruleId = rule;
            f.title = def->title;
            f.severity = def->severity;
            f.cis = def->cis;
            original << f;
        }
    } else if (original.isEmpty()) {
        out << tr("No stored scan has %1 (%2): every finding it has now counts as open.").arg(now.name, identity) << '\n';
        original = now.findings;
    }
    VerifyResult result = ContainerVerifier::compare(identity, now, original);
    out << tr("Verifying %1 (%2), now container %3").arg(now.name, identity, now.id.left(12));
    if (!scanLabel.isEmpty())
        out << tr(", against %1").arg(scanLabel);
    out << ":\n";
    for (const FindingOutcome &o : std::as_const(result.outcomes)) {
        if (o.resolved)
            out << QStringLiteral("  %1 %2 %3\n").arg(tr("resolved     "), o.original.ruleId, o.original.title);
        else
            out << QStringLiteral("  %1 %2 %3: %4\n").arg(tr("still present"), o.original.ruleId, o.original.title, o.current.evidence);
    }
    if (rule.isEmpty()) {
        for (const Finding &f : std::as_const(result.newFindings))
            out << QStringLiteral("  %1 %2 %3: %4\n").arg(tr("new          "), f.ruleId, f.title, f.evidence);
    }
    out << tr("%1 of %2 resolved.").arg(result.resolvedCount()).arg(result.outcomes.size()) << '\n';
    out.flush();
    return result.allResolved() ? ExitOk : ExitError;
}

} // namespace bulwark::cli
