#pragma once

#include <QString>

namespace bulwark {
struct ContainerInfo;
struct ImageInfo;
}

namespace bulwark::store {

// A name for "the same container" across scans even when it was re-created
// with a new id: "compose:<project>/<service>[#<number>]" from the compose
// labels, else "name:<container name>".
QString containerIdentity(const ContainerInfo &container);

// Images are rebuilt under the same tag: "tag:<first repo tag>", else "id:<image id>".
QString imageKey(const ImageInfo &image);

} // namespace bulwark::store
