#include "PdfReport.h"

#include "ReportHtml.h"
#include "TrendChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace bulwark::report {

namespace {

constexpr int PdfResolution = 300;
constexpr double FooterMillimetres = 9;

void insertChart(QTextDocument &doc, const ReportData &data, double widthPixels)
{
    QTextCursor cursor = doc.find(ReportHtml::chartPlaceholder());
    if (cursor.isNull())
        return;
    auto *chart = new TrendChartObject(
        TrendChart::layout(data.trend, QSizeF(ReportHtml::ChartWidth, ReportHtml::ChartHeight)), widthPixels, &doc);
    doc.documentLayout()->registerHandler(TrendChartObject::ObjectType, chart);
    QTextCharFormat format;
    format.setObjectType(TrendChartObject::ObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

// A page number of the table of contents: where to paint it, and what.
struct ContentsNumber {
    QRectF rect; // in document coordinates
    int page = 0;
};

// The page of every <h1>/<h2> (document order), placed in the contents' empty
// number column. Painting them keeps the layout as it is: editing them into
// the laid-out document would re-lay out everything after the contents.
QList<ContentsNumber> contentsNumbers(QTextDocument &doc, qsizetype entries, double pageHeight)
{
    QList<int> pages;
    pages.reserve(entries);
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QTextTable *table = nullptr;
    const QString title = ReportHtml::contentsTitle();
    for (QTextBlock block = doc.begin(); block.isValid() && pages.size() < entries; block = block.next()) {
        if (!table && block.text() == title) {
            table = QTextCursor(block.next()).currentTable();
            continue;
        }
        const int level = block.blockFormat().headingLevel();
        if (table && (level == 1 || level == 2))
            pages << int(layout->blockBoundingRect(block).top() / pageHeight) + 1;
    }
    QList<ContentsNumber> numbers;
    if (!table)
        return numbers;
    for (int row = 0; row < table->rows() && row < pages.size(); ++row) {
        const QTextBlock cell = table->cellAt(row, 1).firstCursorPosition().block();
        numbers << ContentsNumber{layout->blockBoundingRect(cell), pages.at(row)};
    }
    return numbers;
}

} // namespace

QByteArray PdfReport::render(const ReportData &data, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("a PDF report needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen when there is no display)");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PdfResolution);
    writer.setCreator(QStringLiteral("Bulwark %1").arg(data.bulwarkVersion));
    writer.setTitle(tr("Bulwark audit report: %1").arg(data.scan.hostUrl));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                                     QPageLayout::Millimeter));

    const QRectF paintRect = writer.pageLayout().paintRectPixels(PdfResolution);
    const double footer = FooterMillimetres / 25.4 * PdfResolution;
    const QSizeF pageSize(paintRect.width(), paintRect.height() - footer);

    QList<ReportHtml::Toc> toc;
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    // No ligatures: with them "filesystem" is stored as "ﬁlesystem", which search,
    // copy and pdftotext in an auditor's tooling do not find.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(ReportHtml::styleSheet(ReportHtml::Flavour::TextDocument));
    doc.setDocumentMargin(0);
    doc.setHtml(ReportHtml::render(data, ReportHtml::Flavour::TextDocument, &toc));
    insertChart(doc, data, pageSize.width() * 0.95);
    // Paginate only now, in one pass over the finished document: an edit after
    // pagination (the chart) leaves the layout's drawing checkpoints stale, and
    // whole paragraphs are then skipped when a page is painted.
    doc.setPageSize(pageSize);
    const QList<ContentsNumber> numbers = contentsNumbers(doc, toc.size(), pageSize.height());

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot start the PDF writer");
        return {};
    }
    const int pages = doc.pageCount();
    const double straddle = QFontMetricsF(doc.defaultFont(), &writer).height() / 4;
    QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    const QString footerLeft = tr("Bulwark audit report — %1 — scan #%2").arg(data.scan.hostUrl).arg(data.scan.id);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout draws every line that touches the clip, and the last line of a page may
        // reach a little past its bottom: the painter's clip hides that copy on the next page,
        // but the PDF still holds its text, so pdftotext and copy-paste read the line twice.
        // A clip a quarter of a line inside the page keeps each line on its own page (a line
        // that belongs to a page lies at least a whole line height inside it).
        context.clip = clip.adjusted(0, straddle, 0, -straddle);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.setFont(doc.defaultFont());
        for (const ContentsNumber &n : numbers) {
            if (clip.intersects(n.rect))
                painter.drawText(n.rect, Qt::AlignRight | Qt::AlignVCenter, QString::number(n.page));
        }
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x54, 0x6e, 0x7a));
        const QRectF footerRect(0, pageSize.height(), pageSize.width(), footer);
        painter.drawLine(QPointF(0, footerRect.top() + footer * 0.25), QPointF(pageSize.width(), footerRect.top() + footer * 0.25));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    return bytes;
}

} // namespace bulwark::report
