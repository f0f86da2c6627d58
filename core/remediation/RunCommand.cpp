#include "RunCommand.h"

#include "JsonFields.h"
#include "RunOptions.h"
#include "ShellQuote.h"

#include <QSet>

namespace bulwark {

namespace {
using JsonFields::member;

QStringList runStrings(const nlohmann::json &array)
{
    QStringList out;
    if (array.is_array()) {
        for (const auto &item : array) {
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
        }
    }
    return out;
}

qint64 runInt(const nlohmann::json &value) { return value.is_number_integer() ? value.get<qint64>() : 0; }

// Nanoseconds as docker's duration flags take them: 30000000000 -> "30s".
QString runDuration(qint64 ns)
{
    if (ns % 1000000000LL == 0)
        return QStringLiteral("%1s").arg(ns / 1000000000LL);
    return QStringLiteral("%1ms").arg(ns / 1000000LL);
}

// "1.5" from 1500000000 nano-CPUs, without trailing zeros.
QString runCpus(qint64 nanoCpus)
{
    QString text = QString::number(double(nanoCpus) / 1e9, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

bool runOptionStartsWith(const RunOption &option, const RunOption &prefix)
{
    if (prefix.isEmpty() || prefix.size() > option.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (option.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

bool secretIn(const ContainerInfo &c, QLatin1String location)
{
    for (const SecretEvidence &s : c.secrets) {
        if (s.location == location)
            return true;
    }
    return false;
}
} // namespace

RunCommand RunCommand::reconstruct(const ContainerInfo &c, const ImageInfo *image)
{
    RunCommand run;
    const nlohmann::json &config = member(c.inspect, "Config");
    const nlohmann::json &host = member(c.inspect, "HostConfig");
    const nlohmann::json &imageConfig = image ? member(image->inspect, "Config") : nlohmann::json();

    if (!c.name.isEmpty())
        run.addOption({QStringLiteral("--name"), c.name});
    // A service runs detached; only an interactive terminal session (-it) is meant to be attached.
    const nlohmann::json &stdinOpen = member(config, "OpenStdin");
    const bool interactive = stdinOpen.is_boolean() && stdinOpen.get<bool>();
    if (!(interactive && c.tty))
        run.addOption({QStringLiteral("--detach")});
    if (interactive)
        run.addOption({QStringLiteral("--interactive")});
    if (c.tty)
        run.addOption({QStringLiteral("--tty")});

    const QString hostname = JsonFields::string(config, "Hostname");
    if (!hostname.isEmpty() && hostname != c.id.left(12) && c.namespaces.network != QLatin1String("host")
        && !c.namespaces.network.startsWith(QLatin1String("container:")))
        run.addOption({QStringLiteral("--hostname"), hostname});
    if (!c.user.isEmpty())
        run.addOption({QStringLiteral("--user"), c.user});
    const QString workdir = JsonFields::string(config, "WorkingDir");
    if (!workdir.isEmpty() && (!image || workdir != JsonFields::string(imageConfig, "WorkingDir")))
        run.addOption({QStringLiteral("--workdir"), workdir});

    // Environment: names only. Those the image sets come from the image again.
    QSet<QString> imageEnv;
    if (image) {
        for (const QString &name : image->envNames)
            imageEnv.insert(name);
    } else {
        imageEnv.insert(QStringLiteral("PATH"));
    }
    QStringList passed;
    for (const QString &name : c.envNames) {
        if (!imageEnv.contains(name) && !passed.contains(name)) {
            run.addOption({QStringLiteral("--env"), name});
            passed << name;
        }
    }
    if (!passed.isEmpty())
        run.m_notes << tr("Environment variables are passed by name only (%1): --env NAME takes the value from the shell "
                          "that runs the command, so export each one first. Bulwark never shows their values.")
                           .arg(passed.join(QStringLiteral(", ")));
    if (!image && c.envNames.contains(QStringLiteral("PATH")))
        run.m_notes << tr("PATH is left to the image.");

    // Labels the image does not set. A label holding a credential was redacted: left out.
    QSet<QString> secretLabels;
    for (const SecretEvidence &s : c.secrets) {
        if (s.location == QLatin1String("Config.Labels"))
            secretLabels.insert(s.name);
    }
    const nlohmann::json &imageLabels = member(imageConfig, "Labels");
    QStringList labelNames = c.labels.keys();
    labelNames.sort();
    for (const QString &name : std::as_const(labelNames)) {
        const QString value = c.labels.value(name);
        const std::string key = name.toStdString();
        if (imageLabels.is_object() && imageLabels.contains(key) && imageLabels[key].is_string()
            && QString::fromStdString(imageLabels[key].get<std::string>()) == value)
            continue;
        if (secretLabels.contains(name)) {
            run.m_notes << tr("Label %1 holds a credential; it is left out: add it back without putting the secret on a command line.")
                               .arg(name);
            continue;
        }
        run.addOption({QStringLiteral("--label"), name + QLatin1Char('=') + value});
    }

    if (c.privileged)
        run.addOption({QStringLiteral("--privileged")});
    for (const QString &cap : c.capDrop)
        run.addOption({QStringLiteral("--cap-drop"), cap});
    for (const QString &cap : c.capAdd)
        run.addOption({QStringLiteral("--cap-add"), cap});
    for (const QString &opt : c.securityOpt)
        run.addOption({QStringLiteral("--security-opt"), opt});
    if (c.readonlyRootfs)
        run.addOption({QStringLiteral("--read-only")});
    if (const nlohmann::json &tmpfs = member(host, "Tmpfs"); tmpfs.is_object()) {
        for (auto it = tmpfs.begin(); it != tmpfs.end(); ++it) {
            QString spec = QString::fromStdString(it.key());
            if (it.value().is_string() && !it.value().get<std::string>().empty())
                spec += QLatin1Char(':') + QString::fromStdString(it.value().get<std::string>());
            run.addOption({QStringLiteral("--tmpfs"), spec});
        }
    }
    for (const MountInfo &m : c.mounts) {
        const RunOption option = RunOptions::mount(m);
        if (!option.isEmpty())
            run.addOption(option);
    }

    if (c.publishAllPorts)
        run.addOption({QStringLiteral("--publish-all")});
    const nlohmann::json &imageExposed = member(imageConfig, "ExposedPorts");
    for (const PortBinding &p : c.ports) {
        if (p.published()) {
            run.addOption(RunOptions::port(p));
        } else if (image && !c.publishAllPorts) {
            const QString key = QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
            if (!(imageExposed.is_object() && imageExposed.contains(key.toStdString())))
                run.addOption({QStringLiteral("--expose"), key});
        }
    }
    for (const DeviceMapping &d : c.devices)
        run.addOption(RunOptions::device(d));

    const QString &network = c.namespaces.network;
    if (!network.isEmpty() && network != QLatin1String("default") && network != QLatin1String("bridge"))
        run.addOption({QStringLiteral("--network"), network});
    QStringList otherNetworks;
    for (const QString &n : c.networks) {
        if (n != network && !(network == QLatin1String("default") && n == QLatin1String("bridge")))
            otherNetworks << n;
    }
    if (!otherNetworks.isEmpty())
        run.m_notes << tr("The container is also attached to %1: after it starts, run docker network connect NETWORK %2 for each.")
                           .arg(otherNetworks.join(QStringLiteral(", ")), c.name);
    if (c.namespaces.pid == QLatin1String("host") || c.namespaces.pid.startsWith(QLatin1String("container:")))
        run.addOption({QStringLiteral("--pid"), c.namespaces.pid});
    if (c.namespaces.ipc == QLatin1String("host") || c.namespaces.ipc.startsWith(QLatin1String("container:")))
        run.addOption({QStringLiteral("--ipc"), c.namespaces.ipc});
    if (c.namespaces.uts == QLatin1String("host"))
        run.addOption({QStringLiteral("--uts"), c.namespaces.uts});
    if (c.namespaces.userns == QLatin1String("host"))
        run.addOption({QStringLiteral("--userns"), c.namespaces.userns});
    if (c.namespaces.cgroupns == QLatin1String("host"))
        run.addOption({QStringLiteral("--cgroupns"), c.namespaces.cgroupns});

    if (c.restartPolicy == QLatin1String("on-failure") && c.restartMaxRetries > 0)
        run.addOption({QStringLiteral("--restart"), QStringLiteral("on-failure:%1").arg(c.restartMaxRetries)});
    else if (!c.restartPolicy.isEmpty() && c.restartPolicy != QLatin1String("no"))
        run.addOption({QStringLiteral("--restart"), c.restartPolicy});

    const ResourceLimits &l = c.limits;
    if (l.memoryBytes > 0)
        run.addOption({QStringLiteral("--memory"), RunOptions::bytes(l.memoryBytes)});
    if (l.memorySwapBytes > 0 || l.memorySwapBytes == -1)
        run.addOption({QStringLiteral("--memory-swap"), l.memorySwapBytes < 0 ? QStringLiteral("-1") : RunOptions::bytes(l.memorySwapBytes)});
    if (l.nanoCpus > 0)
        run.addOption({QStringLiteral("--cpus"), runCpus(l.nanoCpus)});
    if (l.cpuShares > 0)
        run.addOption({QStringLiteral("--cpu-shares"), QString::number(l.cpuShares)});
    if (l.cpuPeriod > 0)
        run.addOption({QStringLiteral("--cpu-period"), QString::number(l.cpuPeriod)});
    if (l.cpuQuota > 0)
        run.addOption({QStringLiteral("--cpu-quota"), QString::number(l.cpuQuota)});
    if (l.pidsLimit > 0)
        run.addOption({QStringLiteral("--pids-limit"), QString::number(l.pidsLimit)});
    for (const Ulimit &u : l.ulimits)
        run.addOption({QStringLiteral("--ulimit"), QStringLiteral("%1=%2:%3").arg(u.name).arg(u.soft).arg(u.hard)});
    if (const qint64 shm = runInt(member(host, "ShmSize")); shm > 0 && shm != 64LL * 1024 * 1024)
        run.addOption({QStringLiteral("--shm-size"), RunOptions::bytes(shm)});
    for (const QString &g : runStrings(member(host, "GroupAdd")))
        run.addOption({QStringLiteral("--group-add"), g});
    for (const QString &h : runStrings(member(host, "ExtraHosts")))
        run.addOption({QStringLiteral("--add-host"), h});
    for (const QString &d : runStrings(member(host, "Dns")))
        run.addOption({QStringLiteral("--dns"), d});
    if (member(host, "Init").is_boolean() && member(host, "Init").get<bool>())
        run.addOption({QStringLiteral("--init")});
    if (!c.runtime.isEmpty() && c.runtime != QLatin1String("runc"))
        run.addOption({QStringLiteral("--runtime"), c.runtime});

    const nlohmann::json &logConfig = member(host, "LogConfig");
    if (!c.logDriver.isEmpty())
        run.addOption({QStringLiteral("--log-driver"), c.logDriver});
    if (const nlohmann::json &logOpts = member(logConfig, "Config"); logOpts.is_object()) {
        for (auto it = logOpts.begin(); it != logOpts.end(); ++it) {
            if (it.value().is_string())
                run.addOption({QStringLiteral("--log-opt"),
                               QString::fromStdString(it.key()) + QLatin1Char('=') + QString::fromStdString(it.value().get<std::string>())});
        }
    }

    const nlohmann::json &health = member(config, "Healthcheck");
    const QStringList test = runStrings(member(health, "Test"));
    if (test.value(0) == QLatin1String("NONE")) {
        run.addOption({QStringLiteral("--no-healthcheck")});
    } else if (test.size() > 1 && (!image || member(imageConfig, "Healthcheck") != health)) {
        const QString cmd = test.first() == QLatin1String("CMD-SHELL") ? test.value(1) : ShellQuote::join(test.mid(1));
        run.addOption({QStringLiteral("--health-cmd"), cmd});
        if (const qint64 v = runInt(member(health, "Interval")); v > 0)
            run.addOption({QStringLiteral("--health-interval"), runDuration(v)});
        if (const qint64 v = runInt(member(health, "Timeout")); v > 0)
            run.addOption({QStringLiteral("--health-timeout"), runDuration(v)});
        if (const qint64 v = runInt(member(health, "Retries")); v > 0)
            run.addOption({QStringLiteral("--health-retries"), QString::number(v)});
        if (const qint64 v = runInt(member(health, "StartPeriod")); v > 0)
            run.addOption({QStringLiteral("--health-start-period"), runDuration(v)});
    }
    const QString stopSignal = JsonFields::string(config, "StopSignal");
    if (!stopSignal.isEmpty() && (!image || stopSignal != JsonFields::string(imageConfig, "StopSignal")))
        run.addOption({QStringLiteral("--stop-signal"), stopSignal});

    // The entrypoint takes one word on the command line; the rest of it goes before the command.
    const QStringList entrypoint = runStrings(member(config, "Entrypoint"));
    const QStringList cmd = runStrings(member(config, "Cmd"));
    const bool ownEntrypoint = !entrypoint.isEmpty() && (!image || member(config, "Entrypoint") != member(imageConfig, "Entrypoint"));
    if (ownEntrypoint) {
        run.addOption({QStringLiteral("--entrypoint"), entrypoint.first()});
        run.m_command = entrypoint.mid(1) + cmd;
    } else if (!image || member(config, "Cmd") != member(imageConfig, "Cmd")) {
        run.m_command = cmd;
    }
    if (secretIn(c, QLatin1String("Config.Cmd")) || secretIn(c, QLatin1String("Config.Entrypoint")))
        run.m_notes << tr("The command held a credential and shows it redacted: do not pass secrets on the command line; "
                          "read them from a file or a secret instead.");
    if (secretIn(c, QLatin1String("Config.Healthcheck")))
        run.m_notes << tr("The health check held a credential and shows it redacted.");

    if (c.state == QLatin1String("created"))
        run.m_notes << tr("The container was never started: docker create with the same arguments (without --detach) "
                          "recreates it without starting it.");
    run.m_image = c.image.isEmpty() ? c.imageId : c.image;
    return run;
}

void RunCommand::apply(const Remediation &r)
{
    for (const RunOption &prefix : r.runRemove)
        removeOptions(prefix);
    for (const RunOption &option : r.runAdd)
        addOption(option);
    if (!r.imageReplacement.isEmpty())
        m_image = r.imageReplacement;
}

bool RunCommand::has(const RunOption &prefix) const
{
    for (const RunOption &o : m_options) {
        if (runOptionStartsWith(o, prefix))
            return true;
    }
    return false;
}

void RunCommand::addOption(const RunOption &option)
{
    if (!option.isEmpty() && !m_options.contains(option))
        m_options.append(option);
}

void RunCommand::removeOptions(const RunOption &prefix)
{
    m_options.removeIf([&](const RunOption &o) { return runOptionStartsWith(o, prefix); });
}

QStringList RunCommand::arguments() const
{
    QStringList args{QStringLiteral("docker"), QStringLiteral("run")};
    for (const RunOption &o : m_options)
        args += o;
    args << m_image;
    args += m_command;
    return args;
}

QString RunCommand::shellText(bool multiline) const
{
    QStringList parts{QStringLiteral("docker run")};
    for (const RunOption &o : m_options)
        parts << ShellQuote::join(o);
    QStringList tail{m_image};
    tail += m_command;
    parts << ShellQuote::join(tail);
    return parts.join(multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

} // namespace bulwark
