#pragma once

#include "rules/Finding.h"

#include <QList>
#include <QString>

// A container's score breakdown as stored with its version: compact JSON rows
// [[rule, severity, base points, multiplier, points, share, reason], …].
namespace bulwark::store::BreakdownJson {

QString write(const QList<ScoreContribution> &breakdown);
// Rows of the wrong shape (a file edited by hand) are skipped; never throws.
QList<ScoreContribution> read(const QString &text);

} // namespace bulwark::store::BreakdownJson
