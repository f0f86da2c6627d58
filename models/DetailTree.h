#pragma once

#include "Snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bulwark {

// One line of the container detail tree: a setting, its value, and children.
struct DetailNode {
    QString setting;
    QString value;
    bool risk = false; // worth a second look: privileged, host namespaces, docker socket, ...
    QList<DetailNode> children;
    QString toolTip;   // longer explanation; the value itself when empty

    static DetailNode leaf(const QString &setting, const QString &value, bool risk = false, const QString &toolTip = {})
    {
        return DetailNode{setting, value, risk, {}, toolTip};
    }
};

// Describes a container's security-relevant settings as a tree, for people.
// Pure: no I/O, no model; ContainerDetailModel turns it into items.
class DetailTree {
    Q_DECLARE_TR_FUNCTIONS(bulwark::DetailTree)

public:
    static QList<DetailNode> build(const ContainerInfo &container);

private:
    static DetailNode general(const ContainerInfo &container);
    static DetailNode capabilities(const ContainerInfo &container);
    static DetailNode namespaces(const NamespaceModes &modes);
    static DetailNode mounts(const QList<MountInfo> &mounts);
    static DetailNode ports(const ContainerInfo &container);
    static DetailNode devices(const QList<DeviceMapping> &devices);
    static DetailNode security(const ContainerInfo &container);
    static DetailNode limits(const ResourceLimits &limits);
    static DetailNode health(const HealthCheck &health);
    static DetailNode listNode(const QString &setting, const QStringList &items);
    static DetailNode labels(const QHash<QString, QString> &labels);
};

} // namespace bulwark
