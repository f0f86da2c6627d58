#include "RuleEngine.h"

#include "Ascii.h"
#include "Checks.h"
#include "RiskModel.h"
#include "TranslationCache.h"
#include "store/ContainerIdentity.h"

#include <QCoreApplication>

#include <cstring>

namespace bulwark {

namespace {
// "BW-C012" -> {0, 12}; the catalogue admits only ids of that shape (^BW-[CID]\d{3}$).
std::optional<std::pair<size_t, size_t>> ruleSlot(const char *id)
{
    if (std::strncmp(id, "BW-", 3) != 0)
        return std::nullopt;
    size_t kind = 0;
    switch (id[3]) {
    case 'C': kind = 0; break;
    case 'I': kind = 1; break;
    case 'D': kind = 2; break;
    default: return std::nullopt;
    }
    size_t number = 0;
    for (int i = 4; i < 7; ++i) {
        if (id[i] < '0' || id[i] > '9')
            return std::nullopt;
        number = number * 10 + size_t(id[i] - '0');
    }
    if (id[7] != '\0')
        return std::nullopt;
    return std::pair{kind, number};
}
} // namespace

RuleEngine::RuleEngine(Policy policy, const RuleCatalogue &catalogue)
    : m_policy(std::move(policy))
    , m_catalogue(catalogue)
    , m_waivers(m_policy.waivers)
{
    for (const RuleDefinition &r : catalogue.rules()) {
        const auto slot = ruleSlot(r.id.toLatin1().constData());
        if (!slot)
            continue; // not reachable from a check
        // Image findings are fixed in the Dockerfile; the rest where the container is started.
        const QString &primary = r.scope == RuleScope::Image ? r.remediationDockerfile : r.remediationRun;
        const QString &remediation = !primary.isEmpty() ? primary
                                   : !r.remediationRun.isEmpty() ? r.remediationRun
                                   : !r.remediationDockerfile.isEmpty() ? r.remediationDockerfile
                                                                        : r.remediationCompose;
        std::vector<ResolvedRule> &rules = m_rules[slot->first];
        if (rules.size() <= slot->second)
            rules.resize(slot->second + 1);
        rules[slot->second] = ResolvedRule{&r, remediation};
    }
}

const RuleEngine::ResolvedRule *RuleEngine::resolve(const char *ruleId) const
{
    const auto slot = ruleSlot(ruleId);
    if (!slot || slot->second >= m_rules[slot->first].size())
        return nullptr;
    const ResolvedRule &rule = m_rules[slot->first][slot->second];
    return rule.definition ? &rule : nullptr;
}

Finding RuleEngine::makeFinding(const char *ruleId, const QString &evidence, std::optional<Severity> severity,
                                const QString &targetId, const QString &targetName) const
{
    const ResolvedRule *rule = resolve(ruleId);
    if (!rule) {
        // A check without catalogue text is a build defect; keep the finding visible rather than drop it.
        const QString id = QString::fromLatin1(ruleId);
        return Finding{id, {}, overriddenSeverity(id, severity.value_or(Severity::Medium)), id, evidence, {},
                       RuleScope::Container, targetId, targetName, {}};
    }
    const RuleDefinition &def = *rule->definition;
    return Finding{def.id, def.cis, overriddenSeverity(def.id, severity.value_or(def.severity)), def.title, evidence,
                   rule->remediation, def.scope, targetId, targetName, {}};
}

Severity RuleEngine::overriddenSeverity(const QString &ruleId, Severity severity) const
{
    if (!m_policy.severityOverrides.isEmpty()) {
        if (const auto it = m_policy.severityOverrides.constFind(ruleId); it != m_policy.severityOverrides.cend())
            return *it;
    }
    return severity;
}

void RuleEngine::applyWaivers(QList<Finding> &findings, const QString &engineId, const QString &targetKey,
                              const QDateTime &now) const
{
    for (Finding &f : findings)
        f.waiver = m_waivers.match(engineId, f.ruleId, f.scope, targetKey, now);
}

void RuleEngine::assess(HostSnapshot &snap) const
{
    Checks::Context ctx{snap, m_policy, m_now.isValid() ? m_now : snap.finishedAt, {}, {}, {}, false, false};
    if (!ctx.now.isValid())
        ctx.now = QDateTime::currentDateTimeUtc();
    QHash<QString, qsizetype> imageIndex;
    for (qsizetype i = 0; i < snap.images.size(); ++i) {
        ImageInfo &img = snap.images[i];
        imageIndex.insert(img.id, i);
        img.usedBy.clear();
        for (const QString &tag : std::as_const(img.tags))
            ctx.tagToImageId.insert(Checks::normaliseImageRef(tag), img.id);
    }
    const nlohmann::json &opts = snap.engine.info.is_object() ? snap.engine.info.value("SecurityOptions", nlohmann::json())
                                                              : nlohmann::json();
    if (opts.is_array()) {
        for (const auto &o : opts) {
            if (o.is_string())
                ctx.hostSecurityOptions << QString::fromStdString(o.get<std::string>());
        }
    }
    for (const QString &o : std::as_const(ctx.hostSecurityOptions)) {
        ctx.hostSelinux |= o.startsWith(QLatin1String("name=selinux"));
        ctx.daemonNoNewPrivileges |= o.startsWith(QLatin1String("name=no-new-privileges"));
    }
    if (snap.engine.info.is_object() && snap.engine.info.contains("CgroupVersion") && snap.engine.info["CgroupVersion"].is_string())
        ctx.cgroupVersion = QString::fromStdString(snap.engine.info["CgroupVersion"].get<std::string>());

    // Images first: their containers inherit some of their findings.
    for (ImageInfo &img : snap.images) {
        img.findings.clear();
        Checks::image(img, ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
            if (m_policy.enabled(QLatin1String(id)))
                img.findings.append(makeFinding(id, evidence, sev, img.id, img.tags.value(0, img.id.left(19))));
        });
        if (!m_waivers.isEmpty())
            applyWaivers(img.findings, snap.engine.engineId, store::imageKey(img), ctx.now);
    }

    const QString &hostNetwork = cachedTranslate("RuleEngine", QT_TRANSLATE_NOOP("RuleEngine", "host network"));
    const QString &publishedPort = cachedTranslate("RuleEngine", QT_TRANSLATE_NOOP("RuleEngine", "published port %1"));

    QList<int> containerScores;
    containerScores.reserve(snap.containers.size());
    for (ContainerInfo &c : snap.containers) {
        const qsizetype imgIdx = imageIndex.value(c.imageId, -1);
        ImageInfo *image = imgIdx >= 0 ? &snap.images[imgIdx] : nullptr;
        if (image)
            image->usedBy << c.id;
        c.permissions = PermissionCalculator::compute(c, image, ctx.hostSecurityOptions);
        c.findings.clear();
        c.findings.reserve(16);
        Checks::container(c, image, ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
            if (m_policy.disabledRules.isEmpty() || m_policy.enabled(QLatin1String(id)))
                c.findings.append(makeFinding(id, evidence, sev, c.id, c.name));
        });
        // The image's patch age and base OS are part of what the container runs.
        if (image) {
            for (const Finding &f : std::as_const(image->findings)) {
                if (ascii::equals(f.ruleId, "BW-I005") || ascii::equals(f.ruleId, "BW-I006")) {
                    Finding &inherited = c.findings.emplace_back(f);
                    inherited.targetId = c.id;
                    inherited.targetName = c.name;
                }
            }
        }
        // After inheriting: an inherited image finding is waived for this container, not for the image.
        if (!m_waivers.isEmpty())
            applyWaivers(c.findings, snap.engine.engineId, store::containerIdentity(c), ctx.now);
        RiskModel::Exposure exposure;
        if (c.namespaces.network == QLatin1String("host")) {
            exposure = {true, hostNetwork};
        } else {
            for (const PortBinding &p : std::as_const(c.ports)) {
                if (p.published()) {
                    exposure = {true, publishedPort.arg(p.toString())};
                    break;
                }
            }
        }
        c.risk = RiskModel::scoreContainer(c.findings, exposure, m_policy);
        containerScores << c.risk.score;
    }
    snap.daemonFindings.clear();
    Checks::daemon(ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
        if (m_policy.enabled(QLatin1String(id)))
            snap.daemonFindings.append(makeFinding(id, evidence, sev, snap.engine.engineId, snap.engine.name));
    });
    if (!m_waivers.isEmpty())
        applyWaivers(snap.daemonFindings, snap.engine.engineId, QString(), ctx.now);
    snap.daemonRisk = RiskModel::scoreDaemon(snap.daemonFindings, m_policy);
    snap.hostScore = RiskModel::hostScore(snap.daemonRisk.score, containerScores);
    snap.assessed = true;
}

std::array<int, 5> countBySeverity(const QList<Finding> &findings)
{
    std::array<int, 5> counts{};
    for (const Finding &f : findings)
        ++counts[size_t(f.severity)];
    return counts;
}

} // namespace bulwark
