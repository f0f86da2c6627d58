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
}

} // namespace bulwark
