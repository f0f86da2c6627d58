#include "ContainerIdentity.h"

#include "Snapshot.h"

namespace bulwark::store {

QString containerIdentity(const ContainerInfo &container)
{
    const QString project = container.labels.value(QStringLiteral("com.docker.compose.project"));
    const QString service = container.labels.value(QStringLiteral("com.docker.compose.service"));
    if (!project.isEmpty() && !service.isEmpty()) {
        QString identity = QStringLiteral("compose:") + project + QLatin1Char('/') + service;
        const QString number = container.labels.value(QStringLiteral("com.docker.compose.container-number"));
        if (!number.isEmpty())
            identity += QLatin1Char('#') + number;
        return identity;
    }
    return QStringLiteral("name:") + container.name;
}

QString imageKey(const ImageInfo &image)
{
    for (const QString &tag : image.tags) {
        // Old engines list dangling images with this placeholder: it names nothing.
        if (tag != QLatin1String("<none>:<none>") && !tag.isEmpty())
            return QStringLiteral("tag:") + tag;
    }
    return QStringLiteral("id:") + image.id;
}

} // namespace bulwark::store
