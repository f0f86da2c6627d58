#pragma once
// Recorded Engine API documents under tests/gui/data, parsed by the real core parser.

#include "InspectParser.h"
#include "Snapshot.h"

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

} // namespace bulwark::test
