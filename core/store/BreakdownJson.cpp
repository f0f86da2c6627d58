#include "BreakdownJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace bulwark::store::BreakdownJson {

namespace {

void appendJsonString(std::string &out, const QString &value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void appendNumber(std::string &out, double value)
{
    char digits[32];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, std::isfinite(value) ? value : 0.0);
    out.append(digits, ec == std::errc() ? end : digits);
}

} // namespace

// Compact rows rather than objects, [[rule, severity, base, multiplier, points,
// share, reason], …], written by hand: a first scan of a big host writes
// thousands of them, and a JSON library's document tree costs more than the rest.
QString write(const QList<ScoreContribution> &breakdown)
{
    std::string out = "[";
    for (const ScoreContribution &c : breakdown) {
        if (out.size() > 1)
            out += ',';
        out += '[';
        appendJsonString(out, c.ruleId);
        out += ',';
        out += std::to_string(int(c.severity));
        for (double v : {c.basePoints, c.multiplier, c.points, c.share}) {
            out += ',';
            appendNumber(out, v);
        }
        out += ',';
        appendJsonString(out, c.reason);
        out += ']';
    }
    out += ']';
    return QString::fromStdString(out);
}

QList<ScoreContribution> read(const QString &text)
{
    QList<ScoreContribution> out;
    const nlohmann::json rows = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!rows.is_array())
        return out;
    for (const nlohmann::json &row : rows) {
        if (!row.is_array() || row.size() < 7 || !row[0].is_string() || !row[6].is_string())
            continue;
        bool numbers = true;
        for (int i = 1; i <= 5; ++i)
            numbers = numbers && row[size_t(i)].is_number();
        if (!numbers)
            continue;
        ScoreContribution c;
        c.ruleId = QString::fromStdString(row[0].get<std::string>());
        c.severity = Severity(int(std::clamp(row[1].get<double>(), 0.0, 4.0)));
        c.basePoints = row[2].get<double>();
        c.multiplier = row[3].get<double>();
        c.points = row[4].get<double>();
        c.share = row[5].get<double>();
        c.reason = QString::fromStdString(row[6].get<std::string>());
        out.append(std::move(c));
    }
    return out;
}

} // namespace bulwark::store::BreakdownJson
