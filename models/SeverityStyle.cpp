#include "SeverityStyle.h"

#include <QStringList>

namespace bulwark {

std::optional<Severity> SeverityStyle::riskBand(int score)
{
    if (score >= 90)
        return Severity::Critical;
    if (score >= 60)
        return Severity::High;
    if (score >= 30)
        return Severity::Medium;
    if (score > 0)
        return Severity::Low;
    return std::nullopt;
}

QString SeverityStyle::riskBandLabel(int score)
{
    const std::optional<Severity> band = riskBand(score);
    return band ? severityLabel(*band) : tr("None");
}

QColor SeverityStyle::color(Severity severity)
{
    // Distinct in lightness as well as hue, so the bands stay apart for colour-blind readers.
    switch (severity) {
    case Severity::Critical:
        return QColor(0x8e, 0x1b, 0x1b);
    case Severity::High:
        return QColor(0xd3, 0x3f, 0x2f);
    case Severity::Medium:
        return QColor(0xe0, 0x8e, 0x0b);
    case Severity::Low:
        return QColor(0x3b, 0x82, 0xc4);
    case Severity::Info:
        return QColor(0x7a, 0x84, 0x8e);
    }
    return noneColor();
}

QColor SeverityStyle::noneColor()
{
    return QColor(0x2e, 0x8b, 0x57);
}

QColor SeverityStyle::riskColor(int score)
{
    const std::optional<Severity> band = riskBand(score);
    return band ? color(*band) : noneColor();
}

QString SeverityStyle::shortLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("crit");
    case Severity::High:
        return tr("high");
    case Severity::Medium:
        return tr("med");
    case Severity::Low:
        return tr("low");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

QString SeverityStyle::countsText(const std::array<int, 5> &counts)
{
    QStringList parts;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        if (counts.at(s) > 0)
            parts << tr("%1 %2").arg(counts.at(s)).arg(shortLabel(Severity(s)));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
}

qint64 SeverityStyle::countsSortKey(const std::array<int, 5> &counts)
{
    qint64 key = 0;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s)
        key = key * 1000 + qMin(counts.at(s), 999);
    return key;
}

} // namespace bulwark
