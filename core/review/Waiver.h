#pragma once

#include "rules/Finding.h"
#include "rules/FindingWaiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bulwark {

// A reviewer's decision that one rule on one target does not count towards the
// score. It matches exactly one (host, rule, target) triple: never another rule,
// never another container. Targets are named the way the store names them across
// re-creations: store::containerIdentity() for containers, store::imageKey() for
// images, "" for the daemon.
struct Waiver {
    qint64 id = 0;             // database id; 0 for a waiver read from a policy file
    WaiverKind kind = WaiverKind::AcceptRisk;
    QString ruleId;            // BW-C001
    RuleScope scope = RuleScope::Container;
    QString targetKey;         // "compose:shop/web", "name:db", "tag:nginx:1.25", ""
    QString targetName;        // for people: the container name or image tag when decided
    QString hostEngineId;      // /info ID of the host; "" matches any host (policy files)
    QString justification;     // required for both kinds
    QString reviewer;
    QDateTime createdAt;       // UTC
    QDateTime expiresAt;       // UTC; required for AcceptRisk, invalid = never (FalsePositive only)
    QString origin;            // where it came from, for people: "review 12", "policy team.json"

    // In force at `now` (created and not yet expired).
    [[nodiscard]] bool activeAt(const QDateTime &now) const;
    [[nodiscard]] bool expiredAt(const QDateTime &now) const;
    // What this waiver does to a matching finding at `now`: Waived while active, Expired after.
    [[nodiscard]] FindingWaiver findingWaiver(const QDateTime &now) const;
    // The matching key, as WaiverMatcher indexes it.
    [[nodiscard]] bool sameTarget(const Waiver &other) const;

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Waiver)
};

QString waiverKindName(WaiverKind kind);           // "accept-risk", "false-positive" (file and JSON form)
std::optional<WaiverKind> waiverKindFromName(const QString &name);
QString waiverKindLabel(WaiverKind kind);          // translated, for people
QString waiverStateName(WaiverState state);        // "none", "waived", "expired"
// What a target key names, from its prefix: "compose:"/"name:" a container, "tag:"/"id:" an image,
// "" the daemon. Image findings a container inherits (BW-I005, BW-I006) are keyed by the container.
RuleScope waiverTargetScope(const QString &targetKey);

} // namespace bulwark
