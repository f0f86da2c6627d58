#pragma once

#include "EngineClient.h"
#include "Snapshot.h"

namespace bulwark::OsProbe {

// Reads /etc/os-release (or /usr/lib/os-release) of a container through the
// Engine's archive endpoint: read-only, works on created containers, starts nothing.
// Symlinks are followed by hand, as the archive endpoint returns them unresolved.
OsRelease probe(EngineClient &client, const QString &containerId);

// Fills eolKnown/eolDate/releaseLabel from the end-of-life table.
void applyEol(OsRelease &os);

} // namespace bulwark::OsProbe
