#include "RunOptions.h"

namespace bulwark::RunOptions {

RunOption mount(const MountInfo &m, bool withPropagation)
{
    if (m.type == QLatin1String("tmpfs"))
        return {QStringLiteral("--tmpfs"), m.destination};
    if (m.type != QLatin1String("bind") && m.type != QLatin1String("volume"))
        return {};
    QStringList opts;
    if (!m.readWrite)
        opts << QStringLiteral("ro");
    // SELinux relabelling travels in Mode ("z", "Z", "ro,Z").
    for (const QString &mode : m.mode.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (mode == QLatin1String("z") || mode == QLatin1String("Z"))
            opts << mode;
    }
    if (withPropagation && m.type == QLatin1String("bind") && !m.propagation.isEmpty()
        && m.propagation != QLatin1String("rprivate"))
        opts << m.propagation;
    QString spec = m.source + QLatin1Char(':') + m.destination;
    if (!opts.isEmpty())
        spec += QLatin1Char(':') + opts.join(QLatin1Char(','));
    return {QStringLiteral("-v"), spec};
}

RunOption port(const PortBinding &p)
{
    if (!p.published())
        return {};
    QString spec;
    if (!p.hostIp.isEmpty() && p.hostIp != QLatin1String("0.0.0.0"))
        spec = (p.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.hostIp) : p.hostIp) + QLatin1Char(':');
    spec += QStringLiteral("%1:%2").arg(p.hostPort).arg(p.containerPort);
    if (!p.protocol.isEmpty() && p.protocol != QLatin1String("tcp"))
        spec += QLatin1Char('/') + p.protocol;
    return {QStringLiteral("-p"), spec};
}

PortBinding boundTo(PortBinding p, const QString &hostIp)
{
    p.hostIp = hostIp;
    return p;
}

RunOption device(const DeviceMapping &d)
{
    QString spec = d.pathOnHost;
    if (!d.pathInContainer.isEmpty())
        spec += QLatin1Char(':') + d.pathInContainer;
    if (!d.permissions.isEmpty() && d.permissions != QLatin1String("rwm"))
        spec += QLatin1Char(':') + d.permissions;
    return {QStringLiteral("--device"), spec};
}

QString bytes(qint64 value)
{
    const qint64 units[] = {1024LL * 1024 * 1024, 1024LL * 1024, 1024};
    const char *names[] = {"g", "m", "k"};
    for (int i = 0; i < 3; ++i) {
        if (value >= units[i] && value % units[i] == 0)
            return QString::number(value / units[i]) + QLatin1String(names[i]);
    }
    return QString::number(value);
}

} // namespace bulwark::RunOptions
