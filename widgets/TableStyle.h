#pragma once

class QTableView;

namespace bulwark {

// What Bulwark's read-only tables share: whole rows selected, nothing
// editable, alternating rows without a grid, one line per row with room for
// the severity pills, headers aligned with the text below them. Selection mode,
// header highlighting and stretching stay each view's own.
class TableStyle {
public:
    static void apply(QTableView *view);

    // Horizontal room around what a cell delegate paints (pills, sparklines).
    static constexpr int CellPadding = 6;
};

} // namespace bulwark
