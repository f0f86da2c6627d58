#pragma once

#include "EngineEvent.h"

#include <QCoreApplication>

namespace bulwark {

// Decides which events matter for security, from the event and what was looked
// up about it (exec inspect, container inspect). Pure: no I/O.
//   exec_create / exec_start   privileged (critical); as root (high): -u root or 0,
//                              or no -u in a container whose user is root or unset
//   container start            privileged (high); a daemon socket mounted (critical)
//   image delete               (medium): an image and the evidence in it are gone
class EventClassifier {
    Q_DECLARE_TR_FUNCTIONS(EventClassifier)
public:
    static void classify(EngineEvent &event);
    // Is this user (as in Config.User or exec -u: "name", "uid", "uid:gid") root?
    static bool isRootUser(const QString &user);
};

} // namespace bulwark
