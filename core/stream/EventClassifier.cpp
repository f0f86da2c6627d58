#include "EventClassifier.h"

#include <algorithm>

namespace bulwark {

bool EventClassifier::isRootUser(const QString &user)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0).trimmed();
    return name.isEmpty() || name == QLatin1String("root") || name == QLatin1String("0");
}

void EventClassifier::classify(EngineEvent &e)
{
    e.securityFlags = 0;
    e.severity = Severity::Info;
    e.reasons.clear();
    auto flag = [&](EventSecurityFlag f, Severity s, const QString &reason) {
        e.securityFlags |= f;
        e.severity = std::max(e.severity, s);
        e.reasons << reason;
    };
    const QString action = e.actionName();
    const QString name = e.container.known && !e.container.name.isEmpty() ? e.container.name
        : !e.actorName().isEmpty()                                        ? e.actorName()
                                                                          : e.actorId.left(12);

    if (e.type == QLatin1String("container")
        && (action == QLatin1String("exec_create") || action == QLatin1String("exec_start"))) {
        if (!e.exec.known)
            return; // the exec is gone; nothing certain to say
        if (e.exec.privileged)
            flag(PrivilegedExec, Severity::Critical, tr("Privileged exec into %1: %2").arg(name, e.exec.command));
        // Without -u the exec runs as the container's user, which the image may set.
        if (!e.exec.user.isEmpty()) {
            if (isRootUser(e.exec.user))
                flag(RootExec, Severity::High,
                     tr("Exec as root (-u %1) into %2: %3").arg(e.exec.user, name, e.exec.command));
        } else if (e.container.known && isRootUser(e.container.user)) {
            flag(RootExec, Severity::High,
                 tr("Exec as root (the container's user) into %1: %2").arg(name, e.exec.command));
        }
        return;
    }
    if (e.type == QLatin1String("container") && action == QLatin1String("start") && e.container.known) {
        if (e.container.privileged)
            flag(PrivilegedContainerStarted, Severity::High, tr("Privileged container %1 started.").arg(name));
        if (!e.container.daemonSockets.isEmpty()) {
            flag(DaemonSocketContainerStarted, Severity::Critical,
                 tr("Container %1 started with the daemon socket %2 mounted: it controls the host.")
                     .arg(name, e.container.daemonSockets.join(QStringLiteral(", "))));
        }
        return;
    }
    if (e.type == QLatin1String("image") && action == QLatin1String("delete")) {
        const QString image = e.actorName().isEmpty() ? e.actorId : e.actorName();
        flag(ImageDeleted, Severity::Medium, tr("Image %1 was deleted.").arg(image));
    }
}

} // namespace bulwark
