#include "RuleEngine.h"

#include "Checks.h"
#include "RiskModel.h"

#include <QCoreApplication>

namespace bulwark {

RuleEngine::RuleEngine(Policy policy, const RuleCatalogue &catalogue)
    : m_policy(std::move(policy))
    , m_catalogue(catalogue)
{
    m_idStorage.reserve(size_t(catalogue.rules().size()));
    for (const RuleDefinition &r : catalogue.rules()) {
        m_idStorage.push_back(r.id.toStdString());
        m_byId.emplace(m_idStorage.back(), &r);
    }
}

Finding RuleEngine::makeFinding(const char *ruleId, const QString &evidence, std::optional<Severity> severity,
                                const QString &targetId, const QString &targetName) const
{
    const auto found = m_byId.find(std::string_view(ruleId));
    const RuleDefinition *def = found == m_byId.end() ? nullptr : found->second;
    Finding f;
    f.ruleId = def ? def->id : QString::fromLatin1(ruleId);
    const QString &id = f.ruleId;
    f.evidence = evidence;
    f.targetId = targetId;
    f.targetName = targetName;
    if (def) {
        f.cis = def->cis;
        f.title = def->title;
        f.scope = def->scope;
        f.severity = severity.value_or(def->severity);
        // Image findings are fixed in the Dockerfile; the rest where the container is started.
        const QString primary = def->scope == RuleScope::Image ? def->remediationDockerfile : def->remediationRun;
        f.remediation = !primary.isEmpty() ? primary
                      : !def->remediationRun.isEmpty() ? def->remediationRun
                      : !def->remediationDockerfile.isEmpty() ? def->remediationDockerfile
                                                              : def->remediationCompose;
    } else {
        // A check without catalogue text is a build defect; keep the finding visible rather than drop it.
        f.title = id;
        f.severity = severity.value_or(Severity::Medium);
    }
    if (!m_policy.severityOverrides.isEmpty()) {
        if (const auto it = m_policy.severityOverrides.constFind(id); it != m_policy.severityOverrides.cend())
            f.severity = *it;
    }
    return f;
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

    QList<int> containerScores;
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
            Checks::image(*image, ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
                const QString rid = QLatin1String(id);
                if ((rid == QLatin1String("BW-I005") || rid == QLatin1String("BW-I006")) && m_policy.enabled(rid))
                    c.findings.append(makeFinding(id, evidence, sev, c.id, c.name));
            });
        }
        RiskModel::Exposure exposure;
        if (c.namespaces.network == QLatin1String("host")) {
            exposure = {true, QCoreApplication::translate("RuleEngine", "host network")};
        } else {
            for (const PortBinding &p : std::as_const(c.ports)) {
                if (p.published()) {
                    exposure = {true, QCoreApplication::translate("RuleEngine", "published port %1").arg(p.toString())};
                    break;
                }
            }
        }
        c.risk = RiskModel::scoreContainer(c.findings, exposure, m_policy);
        containerScores << c.risk.score;
    }
    for (ImageInfo &img : snap.images) {
        img.findings.clear();
        Checks::image(img, ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
            if (m_policy.enabled(QLatin1String(id)))
                img.findings.append(makeFinding(id, evidence, sev, img.id, img.tags.value(0, img.id.left(19))));
        });
    }
    snap.daemonFindings.clear();
    Checks::daemon(ctx, [&](const char *id, const QString &evidence, std::optional<Severity> sev) {
        if (m_policy.enabled(QLatin1String(id)))
            snap.daemonFindings.append(makeFinding(id, evidence, sev, snap.engine.engineId, snap.engine.name));
    });
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
