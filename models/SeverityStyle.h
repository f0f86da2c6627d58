#pragma once

#include "rules/Severity.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace bulwark {

// How severities and risk scores look: one palette and one wording for every
// table, badge and chip, so "high" reads the same everywhere. Colour is never
// the only cue: each badge also carries a number or a label.
class SeverityStyle {
    Q_DECLARE_TR_FUNCTIONS(bulwark::SeverityStyle)

public:
    // The band of a 0–100 risk score: critical ≥ 90, high ≥ 60, medium ≥ 30, low > 0; none for 0.
    static std::optional<Severity> riskBand(int score);
    // "Critical", ..., "None".
    static QString riskBandLabel(int score);
    static QColor color(Severity severity);
    static QColor noneColor();
    static QColor riskColor(int score);
    // "crit", "high", "med", "low", "info": for compact chips.
    static QString shortLabel(Severity severity);
    // "2 high · 5 med · 3 low"; "none" when all counts are zero. Worst first.
    static QString countsText(const std::array<int, 5> &counts);
    // Sorts by the worst severity first, then by how many: numbers, for SortRole.
    static qint64 countsSortKey(const std::array<int, 5> &counts);
};

} // namespace bulwark
