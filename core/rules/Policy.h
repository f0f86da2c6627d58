#pragma once

#include "EngineError.h"
#include "Severity.h"
#include "review/Waiver.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bulwark {

// Weights and thresholds of the risk model and the rules. The defaults are the
// shipped policy; a JSON policy file (--policy FILE, schema bulwark.policy/1)
// overrides any of them. Documented in docs/risk-model.md.
struct Policy {
    QHash<Severity, double> severityPoints{{Severity::Critical, 40}, {Severity::High, 20}, {Severity::Medium, 8},
                                           {Severity::Low, 3}, {Severity::Info, 0}};
    double exposureMultiplier = 1.5;  // in-container weaknesses of a container reachable from outside
    double saturation = 60;           // raw points at which the score reaches 1 - 1/e of 100
    int hostEquivalentFloor = 90;     // privileged or docker socket: at least this
    int hostEquivalentBothFloor = 98; // privileged and docker socket together
    int imageAgeMediumDays = 90;      // BW-I005 medium above this build age
    int imageAgeHighDays = 365;       // BW-I005 high above this build age
    QString minimumEngineVersion = QStringLiteral("25.0"); // BW-D009: older engines are out of upstream support
    QHash<QString, Severity> severityOverrides;
    QSet<QString> disabledRules;
    // Accepted risks and false positives (docs/review.md): matching findings are shown as waived and do not
    // score. From the file's "waivers" array, plus the host's stored waivers when a scan is stored.
    QList<Waiver> waivers;

    [[nodiscard]] bool enabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }
    [[nodiscard]] double points(Severity s) const { return severityPoints.value(s, 0); }

    static Expected<Policy> fromJson(const QByteArray &json, const QString &origin);
    static Expected<Policy> fromFile(const QString &path);
};

} // namespace bulwark
