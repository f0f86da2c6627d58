#include "StreamStatus.h"

namespace bulwark {

QString StreamStatus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connected:
        return QStringLiteral("connected");
    case Kind::Disconnected:
        return QStringLiteral("disconnected");
    case Kind::Reconnecting:
        return QStringLiteral("reconnecting");
    case Kind::Resumed:
        return QStringLiteral("resumed");
    case Kind::ContainerStopped:
        return QStringLiteral("container_stopped");
    case Kind::ContainerRestarted:
        return QStringLiteral("container_restarted");
    case Kind::ContainerRemoved:
        return QStringLiteral("container_removed");
    case Kind::DaemonMessage:
        return QStringLiteral("daemon_message");
    case Kind::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace bulwark
