#include "MetaTypes.h"

namespace bulwark {

void registerMetaTypes()
{
    qRegisterMetaType<ContainerInfo>();
    qRegisterMetaType<HostEndpoint>();
    qRegisterMetaType<HostSnapshot>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<ConnectAttempt>();
    qRegisterMetaType<QList<ConnectAttempt>>();
}

} // namespace bulwark
