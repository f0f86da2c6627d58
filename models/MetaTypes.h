#pragma once

#include "EngineError.h"
#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"
#include "store/ScanDiff.h"
#include "store/StoreError.h"
#include "store/StoredScan.h"

#include <QList>
#include <QMetaType>

Q_DECLARE_METATYPE(bulwark::ContainerInfo)
Q_DECLARE_METATYPE(bulwark::ImageInfo)
Q_DECLARE_METATYPE(bulwark::Finding)
Q_DECLARE_METATYPE(bulwark::HostEndpoint)
Q_DECLARE_METATYPE(bulwark::HostSnapshot)
Q_DECLARE_METATYPE(bulwark::EngineError)
Q_DECLARE_METATYPE(bulwark::ConnectAttempt)
Q_DECLARE_METATYPE(bulwark::store::StoreError)
Q_DECLARE_METATYPE(bulwark::store::HostRecord)
Q_DECLARE_METATYPE(bulwark::store::StoredScan)
Q_DECLARE_METATYPE(bulwark::store::ScanDiff)

namespace bulwark {

// Registers the core structs that cross threads in queued signals. Idempotent.
void registerMetaTypes();

} // namespace bulwark
