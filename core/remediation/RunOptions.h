#pragma once

#include "Remediation.h"
#include "Snapshot.h"

namespace bulwark::RunOptions {

// The `docker run` option that creates each setting, in the one spelling the
// advisor and the command reconstruction share, so a change can name an option
// of the reconstructed command exactly.

// -v SOURCE:DESTINATION[:ro,…] for binds and volumes, --tmpfs DESTINATION; empty for other types.
// withPropagation false leaves a non-default propagation out (the fix for shared propagation).
RunOption mount(const MountInfo &m, bool withPropagation = true);
// -p [IP:]HOSTPORT:PORT[/udp]; empty for a port that is exposed only.
RunOption port(const PortBinding &p);
// The same binding limited to one host address.
PortBinding boundTo(PortBinding p, const QString &hostIp);
// --device HOST:CONTAINER[:PERMISSIONS]
RunOption device(const DeviceMapping &d);
// A byte count in docker's units: 536870912 -> "512m".
QString bytes(qint64 value);

} // namespace bulwark::RunOptions
