#include "Waiver.h"

namespace bulwark {

bool Waiver::activeAt(const QDateTime &now) const
{
    // A waiver dated in the future (a clock skew, a hand-written file) waits for its date.
    return !expiredAt(now) && (!createdAt.isValid() || createdAt <= now);
}

bool Waiver::expiredAt(const QDateTime &now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

FindingWaiver Waiver::findingWaiver(const QDateTime &now) const
{
    FindingWaiver w;
    w.state = activeAt(now) ? WaiverState::Waived : expiredAt(now) ? WaiverState::Expired : WaiverState::None;
    if (w.state == WaiverState::None)
        return w;
    w.kind = kind;
    w.justification = justification;
    w.reviewer = reviewer;
    w.expiresAt = expiresAt;
    w.origin = origin;
    return w;
}

bool Waiver::sameTarget(const Waiver &other) const
{
    return hostEngineId == other.hostEngineId && ruleId == other.ruleId && scope == other.scope
        && targetKey == other.targetKey;
}

RuleScope waiverTargetScope(const QString &targetKey)
{
    if (targetKey.isEmpty())
        return RuleScope::Daemon;
    if (targetKey.startsWith(QLatin1String("tag:")) || targetKey.startsWith(QLatin1String("id:")))
        return RuleScope::Image;
    return RuleScope::Container;
}

QString waiverKindName(WaiverKind kind)
{
    switch (kind) {
    case WaiverKind::AcceptRisk: return QStringLiteral("accept-risk");
    case WaiverKind::FalsePositive: return QStringLiteral("false-positive");
    }
    return {};
}

std::optional<WaiverKind> waiverKindFromName(const QString &name)
{
    if (name == QLatin1String("accept-risk"))
        return WaiverKind::AcceptRisk;
    if (name == QLatin1String("false-positive"))
        return WaiverKind::FalsePositive;
    return std::nullopt;
}

QString waiverKindLabel(WaiverKind kind)
{
    switch (kind) {
    case WaiverKind::AcceptRisk: return Waiver::tr("Risk accepted");
    case WaiverKind::FalsePositive: return Waiver::tr("False positive");
    }
    return {};
}

QString waiverStateName(WaiverState state)
{
    switch (state) {
    case WaiverState::None: return QStringLiteral("none");
    case WaiverState::Waived: return QStringLiteral("waived");
    case WaiverState::Expired: return QStringLiteral("expired");
    }
    return {};
}

} // namespace bulwark
