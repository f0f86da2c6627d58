#pragma once

#include <QTextStream>

#include <atomic>
#include <memory>
#include <type_traits>
#include <vector>

namespace bulwark::cli {

// Where a command writes, and the flag that cancels it; injectable for tests.
struct CliIo {
    QTextStream &out;
    QTextStream &err;
    const std::atomic_bool *cancel = nullptr;
    // Where a command leaves a large result it is done with (a whole scan) instead of
    // freeing it just before the process ends: main() of bulwark-cli lets the operating
    // system reclaim it, which on a 500-container scan saves a twentieth of the run.
    // Tests running commands in-process leave it unset, and the object is freed as usual.
    std::vector<std::shared_ptr<void>> *leftAtExit = nullptr;

    template <typename T>
        requires(!std::is_lvalue_reference_v<T>)
    void leaveAtExit(T &&object)
    {
        if (leftAtExit)
            leftAtExit->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(object)));
    }
};

enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitFindings = 3 };

} // namespace bulwark::cli
