#include "Checks.h"
#include "JsonFields.h"

#include "TranslationCache.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVersionNumber>

namespace bulwark::Checks {

namespace {
using JsonFields::member;
} // namespace

void daemon(const Context &ctx, const Emit &report)
{
    const EngineInfo &e = ctx.snapshot.engine;
    const nlohmann::json &info = e.info;
    const QString opts = ctx.hostSecurityOptions.join(QLatin1Char(','));

    if (e.transport == QLatin1String("tcp"))
        report("BW-D001", tr("Connected to %1 over plain TCP without TLS: anyone who reaches the port controls the daemon")
                            .arg(e.url),
             {});
    if (!opts.contains(QLatin1String("name=userns")))
        report("BW-D002", tr("/info SecurityOptions has no name=userns: root in a container is root on the host"), {});
    if (!opts.contains(QLatin1String("name=rootless")))
        report("BW-D003", tr("/info SecurityOptions has no name=rootless: the daemon runs as root"), {});

    if (!opts.contains(QLatin1String("name=no-new-privileges")))
        report("BW-D011", tr("/info SecurityOptions has no name=no-new-privileges: containers may gain privileges through setuid binaries unless each sets it"), {});

    const bool swarm = member(member(info, "Swarm"), "LocalNodeState") == "active";
    if (member(info, "LiveRestoreEnabled").is_boolean() && !member(info, "LiveRestoreEnabled").get<bool>() && !swarm)
        report("BW-D004", tr("LiveRestoreEnabled is false: restarting the daemon stops every container"), {});

    for (const NetworkInfo &n : ctx.snapshot.networks) {
        if (n.name != QLatin1String("bridge") || n.driver != QLatin1String("bridge"))
            continue;
        const nlohmann::json &icc = member(member(n.raw, "Options"), "com.docker.network.bridge.enable_icc");
        if (!(icc.is_string() && icc.get<std::string>() == "false"))
            report("BW-D005", tr("The default bridge network allows traffic between all its containers (enable_icc is not false)"), {});
    }

    QStringList insecure;
    const nlohmann::json &registry = member(info, "RegistryConfig");
    if (member(registry, "InsecureRegistryCIDRs").is_array()) {
        for (const auto &cidr : member(registry, "InsecureRegistryCIDRs")) {
            if (cidr.is_string() && cidr != "127.0.0.0/8" && cidr != "::1/128")
                insecure << QString::fromStdString(cidr.get<std::string>());
        }
    }
    if (member(registry, "IndexConfigs").is_object()) {
        for (const auto &[name, cfg] : member(registry, "IndexConfigs").items()) {
            if (member(cfg, "Secure").is_boolean() && !member(cfg, "Secure").get<bool>())
                insecure << QString::fromStdString(name);
        }
    }
    if (!insecure.isEmpty())
        report("BW-D006", tr("Insecure registries: %1").arg(insecure.join(QStringLiteral(", "))), {});

    if (member(info, "ExperimentalBuild").is_boolean() && member(info, "ExperimentalBuild").get<bool>())
        report("BW-D007", tr("ExperimentalBuild is true"), {});

    // The daemon's default log options are not in /info; its containers show them.
    if (member(info, "LoggingDriver") == "json-file") {
        int jsonFile = 0;
        int unbounded = 0;
        for (const ContainerInfo &c : ctx.snapshot.containers) {
            if (c.logDriver != QLatin1String("json-file"))
                continue;
            ++jsonFile;
            const nlohmann::json &cfg = member(member(member(c.inspect, "HostConfig"), "LogConfig"), "Config");
            if (!member(cfg, "max-size").is_string())
                ++unbounded;
        }
        if (jsonFile > 0 && unbounded == jsonFile)
            report("BW-D008", tr("Default logging driver json-file without max-size: none of the %1 containers using it rotates its log")
                                .arg(jsonFile),
                 {});
    }

    QString version = e.engineVersion;
    const qsizetype cut = version.indexOf(QRegularExpression(QStringLiteral("[^0-9.]")));
    if (cut > 0)
        version.truncate(cut);
    const QVersionNumber have = QVersionNumber::fromString(version);
    const QVersionNumber want = QVersionNumber::fromString(ctx.policy.minimumEngineVersion);
    if (!have.isNull() && !want.isNull() && have < want)
        report("BW-D009", tr("Docker Engine %1 is older than %2, the oldest release the policy accepts")
                            .arg(e.engineVersion, ctx.policy.minimumEngineVersion),
             {});

    const nlohmann::json &driver = member(info, "Driver");
    if (driver == "aufs" || driver == "overlay" || driver == "devicemapper")
        report("BW-D010", tr("Storage driver %1 is deprecated").arg(QString::fromStdString(driver.get<std::string>())), {});
}

} // namespace bulwark::Checks
