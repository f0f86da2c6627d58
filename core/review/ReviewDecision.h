#pragma once

#include "rules/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bulwark {

// A reviewer's verdict on one finding during a review session.
enum class DecisionKind {
    Fix,           // owner and due date required
    AcceptRisk,    // justification and expiry required; becomes a waiver
    FalsePositive, // justification required; becomes a waiver
};

struct ReviewDecision {
    QString ruleId;
    RuleScope scope = RuleScope::Container;
    QString targetKey;       // as Waiver::targetKey
    QString targetName;
    QString title;           // the finding's title when decided
    Severity severity = Severity::Info;
    DecisionKind kind = DecisionKind::Fix;
    QString owner;           // Fix
    QDate dueDate;           // Fix
    QString justification;   // AcceptRisk, FalsePositive
    QDateTime expiresAt;     // AcceptRisk (required), FalsePositive (optional)
    QString notes;
    QDateTime decidedAt;     // UTC

    // "" when complete; otherwise what is missing, for people (translated).
    [[nodiscard]] QString validationError() const;

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(ReviewDecision)
};

// One review meeting: a reviewer going through one scan of one host.
struct Review {
    qint64 id = 0;
    qint64 hostId = 0;
    qint64 scanId = 0;
    QString reviewer;
    QDateTime startedAt;     // UTC
    QDateTime finishedAt;    // UTC; invalid while the review is open
    QString notes;
    QList<ReviewDecision> decisions;
};

QString decisionKindName(DecisionKind kind);       // "fix", "accept-risk", "false-positive"
std::optional<DecisionKind> decisionKindFromName(const QString &name);
QString decisionKindLabel(DecisionKind kind);      // translated, for people

} // namespace bulwark
