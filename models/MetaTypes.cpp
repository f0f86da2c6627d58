#include "MetaTypes.h"

namespace bulwark {

void registerMetaTypes()
{
    qRegisterMetaType<ContainerInfo>();
    qRegisterMetaType<ImageInfo>();
    qRegisterMetaType<Finding>();
    qRegisterMetaType<HostEndpoint>();
    qRegisterMetaType<HostSnapshot>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<ConnectAttempt>();
    qRegisterMetaType<QList<ConnectAttempt>>();
    qRegisterMetaType<store::StoreError>();
    qRegisterMetaType<store::HostRecord>();
    qRegisterMetaType<QList<store::HostRecord>>();
    qRegisterMetaType<store::StoredScan>();
    qRegisterMetaType<store::ScanDiff>();
}

} // namespace bulwark
