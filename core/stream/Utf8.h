#pragma once

#include <QtGlobal>

namespace bulwark::Utf8 {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above
// U+10FFFF. Runs of ASCII are checked eight bytes at a time, because log text is
// mostly ASCII and this check runs on every line of every stream.
bool isValid(const char *data, qsizetype size);

} // namespace bulwark::Utf8
