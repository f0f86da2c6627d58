#include "Snapshot.h"

namespace bulwark {

QString PortBinding::toString() const
{
    const QString target = QStringLiteral("%1/%2").arg(containerPort).arg(protocol);
    if (!published())
        return target;
    const QString ip = hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : hostIp;
    const QString host = ip.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(ip) : ip;
    return QStringLiteral("%1:%2→%3").arg(host).arg(hostPort).arg(target);
}

const ContainerInfo *HostSnapshot::container(const QString &id) const
{
    for (const ContainerInfo &c : containers) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const ImageInfo *HostSnapshot::image(const QString &id) const
{
    for (const ImageInfo &i : images) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace bulwark
