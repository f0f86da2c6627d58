#include "ReviewDecision.h"

namespace bulwark {

QString ReviewDecision::validationError() const
{
    if (ruleId.isEmpty())
        return tr("The decision names no rule.");
    switch (kind) {
    case DecisionKind::Fix:
        if (owner.trimmed().isEmpty())
            return tr("A fix needs an owner: who will make the change.");
        if (!dueDate.isValid())
            return tr("A fix needs a due date.");
        break;
    case DecisionKind::AcceptRisk:
        if (justification.trimmed().isEmpty())
            return tr("Accepting a risk needs a justification: why it is acceptable here.");
        if (!expiresAt.isValid())
            return tr("Accepting a risk needs an expiry date, so the decision is looked at again.");
        if (decidedAt.isValid() && expiresAt <= decidedAt)
            return tr("The expiry date must lie after the decision.");
        break;
    case DecisionKind::FalsePositive:
        if (justification.trimmed().isEmpty())
            return tr("A false positive needs a justification: why the rule is wrong about this target.");
        if (expiresAt.isValid() && decidedAt.isValid() && expiresAt <= decidedAt)
            return tr("The expiry date must lie after the decision.");
        break;
    }
    return {};
}

QString decisionKindName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Fix: return QStringLiteral("fix");
    case DecisionKind::AcceptRisk: return QStringLiteral("accept-risk");
    case DecisionKind::FalsePositive: return QStringLiteral("false-positive");
    }
    return {};
}

std::optional<DecisionKind> decisionKindFromName(const QString &name)
{
    if (name == QLatin1String("fix"))
        return DecisionKind::Fix;
    if (name == QLatin1String("accept-risk"))
        return DecisionKind::AcceptRisk;
    if (name == QLatin1String("false-positive"))
        return DecisionKind::FalsePositive;
    return std::nullopt;
}

QString decisionKindLabel(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Fix: return ReviewDecision::tr("Fix");
    case DecisionKind::AcceptRisk: return ReviewDecision::tr("Accept risk");
    case DecisionKind::FalsePositive: return ReviewDecision::tr("False positive");
    }
    return {};
}

} // namespace bulwark
