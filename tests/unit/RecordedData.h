#pragma once
// Loads the Engine API documents recorded from dockerd 20.10 (tests/data/dockerd-20.10).

#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

namespace bulwark::test {

inline QByteArray readRecorded(const QString &name)
{
    QFile f(QStringLiteral(BULWARK_TEST_DATA "/dockerd-20.10/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// `docker inspect` output wraps the document in an array; the API does not.
inline nlohmann::json recordedJson(const QString &name)
{
    const QByteArray bytes = readRecorded(name);
    nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    return doc.is_array() && doc.size() == 1 && doc.at(0).is_object() && doc.at(0).contains("Id") ? doc.at(0) : doc;
}

} // namespace bulwark::test
