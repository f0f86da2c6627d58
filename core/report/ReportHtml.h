#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QString>

namespace bulwark::report {

// The report as HTML, in two flavours from one generator so the PDF and the
// HTML file never drift apart:
//  * Browser: a self-contained page (inline CSS, the trend chart as inline SVG,
//    a linked table of contents);
//  * TextDocument: the subset QTextDocument lays out for the PDF, with page
//    breaks, a placeholder for the chart (drawn by QPainter) and an empty
//    page-number column in the table of contents (painted after layout).
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    enum class Flavour { Browser, TextDocument };

    struct Toc {
        int level = 1;    // 1: section, 2: container or image
        QString title;
    };

    // The text standing in for the chart in the TextDocument flavour.
    static QString chartPlaceholder() { return QStringLiteral("[[bulwark-trend-chart]]"); }
    // The title above the contents; in the TextDocument flavour the contents are the
    // table right after it, whose second column the PDF writer fills with page numbers.
    static QString contentsTitle();
    static constexpr double ChartWidth = 640;
    static constexpr double ChartHeight = 220;

    // The document; toc (if given) receives the headings in document order,
    // one per <h1>/<h2>, which the PDF writer matches to laid-out blocks.
    static QString render(const ReportData &data, Flavour flavour, QList<Toc> *toc = nullptr);
    // Inline CSS of the browser flavour and the QTextDocument default style sheet.
    static QString styleSheet(Flavour flavour);
};

} // namespace bulwark::report
