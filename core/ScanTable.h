#pragma once

#include "Snapshot.h"

#include <QString>

namespace bulwark::ScanTable {

// Human-readable plain-text rendering of a snapshot for `bulwark-cli scan --format table`.
QString render(const HostSnapshot &snapshot);

} // namespace bulwark::ScanTable
