#pragma once

#include "CliIo.h"
#include "EngineError.h"
#include "HostEndpoint.h"
#include "HostResolver.h"

#include <QTextStream>

#include <optional>

namespace bulwark::cli {

// For commands that hold one connection open (logs, events): resolves the host options
// like the docker CLI and returns the first candidate whose daemon answers /_ping.
// Without one it prints why (every candidate tried) to io.err and sets *exitCode:
// ExitError, or ExitOk after Ctrl-C.
std::optional<HostEndpoint> reachableHost(const Environment &env, const HostRequest &request, CliIo &io,
                                          int *exitCode);

// Prints "bulwark-cli: <message>" and the hint to err.
void printEngineError(QTextStream &err, const EngineError &error);

} // namespace bulwark::cli
