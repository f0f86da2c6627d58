#pragma once

#include "TrendChart.h"

#include <QObject>
#include <QTextObjectInterface>

class QPainter;

namespace bulwark::report {

// Draws the trend chart inside a QTextDocument (as a custom inline object) with
// QPainter paths, so the PDF gets vector graphics instead of a bitmap.
class TrendChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    TrendChartObject(TrendChartLayout layout, double widthPixels, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Paints the layout scaled into rect; also usable outside a document (a preview).
    static void paint(QPainter &painter, const TrendChartLayout &layout, const QRectF &rect);

private:
    TrendChartLayout m_layout;
    double m_width = 0;
};

} // namespace bulwark::report
