#pragma once

#include "DetailTree.h"
#include "Snapshot.h"

#include <QCoreApplication>
#include <QList>

namespace bulwark {

// What a container may do (its computed Permissions) and how its risk score
// came about, as detail trees for people. Pure: no I/O, no model.
class PermissionsTree {
    Q_DECLARE_TR_FUNCTIONS(bulwark::PermissionsTree)

public:
    static QList<DetailNode> permissions(const ContainerInfo &container);
    static QList<DetailNode> scoreBreakdown(const ContainerInfo &container);

private:
    static DetailNode capabilities(const Permissions &p);
    static DetailNode identity(const Permissions &p);
    static DetailNode namespaces(const Permissions &p);
    static DetailNode mounts(const Permissions &p);
    static DetailNode confinement(const Permissions &p);
    static DetailNode limits(const Permissions &p);
};

} // namespace bulwark
