#include "TextTable.h"

#include <algorithm>

namespace bulwark::TextTable {

QString render(const QStringList &header, const QList<QStringList> &rows, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i + 1 == cells.size() ? cells[i] : cells[i].leftJustified(widths[i] + 2);
        return indent + out.trimmed() + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace bulwark::TextTable
