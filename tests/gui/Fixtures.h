#pragma once
// Recorded Engine API documents under tests/gui/data, parsed by the real core parser.

#include "InspectParser.h"
#include "Snapshot.h"
#include "rules/RuleEngine.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QString>
#include <QTest>

namespace bulwark::test {

inline QString dataFile(const QString &name)
{
    return QStringLiteral(BULWARK_GUI_TEST_DATA "/") + name;
}

// Loads container-inspect-<name>.json; an unreadable fixture aborts the test run.
inline ContainerInfo fixtureContainer(const QString &name)
{
    QFile file(dataFile(QStringLiteral("container-inspect-%1.json").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    const nlohmann::json document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    Expected<ContainerInfo> container = InspectParser::container(document);
    if (!container)
        qFatal("fixture %s does not parse: %s", qPrintable(file.fileName()), qPrintable(container.error().toString()));
    return std::move(container).value();
}

inline QList<ContainerInfo> allFixtureContainers()
{
    QList<ContainerInfo> containers;
    for (int i = 0; i <= 9; ++i)
        containers.append(fixtureContainer(QStringLiteral("c%1").arg(i)));
    containers.append(fixtureContainer(QStringLiteral("web-ports")));
    return containers;
}

// An image whose base OS went out of support (Debian 9, end of life 2022-06-30), used by c0 … c9.
inline ImageInfo fixtureStretchImage(const QList<ContainerInfo> &containers)
{
    ImageInfo image;
    // The image of c0 … c9, so the rule engine links them.
    image.id = QStringLiteral("sha256:c496efa8d6117de0f64a38bd7f3a45422cea6d97e526862a841f16ac7d059427");
    image.tags = {QStringLiteral("legacy/app:stretch")};
    image.created = QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC);
    image.sizeBytes = 5 * 1024 * 1024;
    image.baseOs.detected = true;
    image.baseOs.id = QStringLiteral("debian");
    image.baseOs.versionId = QStringLiteral("9");
    image.baseOs.codename = QStringLiteral("stretch");
    image.baseOs.prettyName = QStringLiteral("Debian GNU/Linux 9 (stretch)");
    image.baseOs.eolKnown = true;
    image.baseOs.releaseLabel = QStringLiteral("Debian 9 (stretch)");
    image.baseOs.eolDate = QDate(2022, 6, 30);
    for (const ContainerInfo &container : containers) {
        if (container.imageId == image.id)
            image.usedBy << container.id;
    }
    return image;
}

// Every fixture container plus one image, assessed by the real rule engine at a fixed time.
inline HostSnapshot assessedSnapshot()
{
    HostSnapshot snapshot;
    snapshot.engine.url = QStringLiteral("unix:///run/fixture/docker.sock");
    snapshot.engine.engineVersion = QStringLiteral("20.10.24+dfsg1");
    snapshot.engine.apiVersion = QStringLiteral("1.41");
    snapshot.endpoint = HostEndpoint::parse(snapshot.engine.url).value();
    snapshot.startedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    snapshot.finishedAt = snapshot.startedAt.addSecs(2);
    snapshot.containers = allFixtureContainers();
    snapshot.images = {fixtureStretchImage(snapshot.containers)};
    RuleEngine engine;
    engine.setClock(snapshot.finishedAt);
    engine.assess(snapshot);
    return snapshot;
}

} // namespace bulwark::test
