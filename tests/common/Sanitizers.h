#pragma once
// Sanitizer builds run test code several times slower. A test that repeats the same
// work many times for reach (every split point of a long input, hundreds of writes
// racing) does fewer rounds there: the code paths are the same, and the optimised
// build still runs the full count.

#include <algorithm>

namespace bulwark::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool sanitizedBuild = true;
#else
inline constexpr bool sanitizedBuild = false;
#endif

// n in an optimised build, n / divisor (at least 1) under a sanitizer.
inline constexpr int scaledForSanitizers(int n, int divisor = 4) { return sanitizedBuild ? std::max(1, n / divisor) : n; }

} // namespace bulwark::test
