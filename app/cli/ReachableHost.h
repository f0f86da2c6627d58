#pragma once

#include "EngineError.h"
#include "HostEndpoint.h"

#include <QList>
#include <QTextStream>

#include <atomic>

namespace bulwark::cli {

// The first resolved candidate whose daemon answers /_ping, for commands that hold
// one connection open (logs, events); the error lists every candidate tried.
Expected<HostEndpoint> firstReachableHost(const QList<HostEndpoint> &candidates, const std::atomic_bool *cancel);

// Prints "bulwark-cli: <message>" and the hint to err.
void printEngineError(QTextStream &err, const EngineError &error);

} // namespace bulwark::cli
