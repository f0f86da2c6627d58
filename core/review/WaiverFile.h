#pragma once

#include "EngineError.h"
#include "Waiver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <nlohmann/json_fwd.hpp>

namespace bulwark {

// The "waivers" array of a bulwark.policy/1 file (docs/review.md), so a team
// keeps its accepted risks in version control. Written for people and diffs:
// one waiver per object, fields in a fixed order, waivers sorted, 2-space
// indent, ISO dates. Reading what write() wrote gives the same waivers back, and
// writing them again the same bytes.
class WaiverFile {
    Q_DECLARE_TR_FUNCTIONS(WaiverFile)
public:
    // `waivers` is the value of the "waivers" key; `origin` the file's path, named in errors.
    static Expected<QList<Waiver>> fromJson(const nlohmann::json &waivers, const QString &origin);
    // A whole policy document holding only the schema and the waivers.
    static QByteArray write(QList<Waiver> waivers);

    // "web" → "name:web", "compose:shop/web" unchanged: what a person may write for a container.
    static QString containerKey(const QString &value);
    // "nginx:1.25" → "tag:nginx:1.25", "tag:…" and "id:…" unchanged.
    static QString imageKey(const QString &value);
    // The order write() uses.
    static void sort(QList<Waiver> &waivers);
};

} // namespace bulwark
