#pragma once

#include <QTextStream>

#include <atomic>

namespace bulwark::cli {

// Where a command writes, and the flag that cancels it; injectable for tests.
struct CliIo {
    QTextStream &out;
    QTextStream &err;
    const std::atomic_bool *cancel = nullptr;
};

enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitFindings = 3 };

} // namespace bulwark::cli
