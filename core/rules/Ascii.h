#pragma once

#include <QStringView>

#include <cstddef>

namespace bulwark::ascii {

// Comparisons of text with ASCII literals, inline. The rule engine makes dozens per container,
// and Qt's Latin-1 comparisons are out-of-line calls costing more than the comparison itself.
template <std::size_t N>
bool equals(QStringView text, const char (&literal)[N])
{
    if (text.size() != qsizetype(N - 1))
        return false;
    for (std::size_t i = 0; i < N - 1; ++i) {
        if (text[qsizetype(i)].unicode() != char16_t(literal[i]))
            return false;
    }
    return true;
}

template <std::size_t N>
bool startsWith(QStringView text, const char (&literal)[N])
{
    return text.size() >= qsizetype(N - 1) && equals(text.first(qsizetype(N - 1)), literal);
}

} // namespace bulwark::ascii
