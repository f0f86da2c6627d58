#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

struct ContainerInfo;
struct ImageInfo;

enum class MountSensitivity { Normal, Sensitive, Critical };

struct MountPermission {
    QString type;
    QString source;
    QString destination;
    bool readWrite = true;
    QString propagation;
    MountSensitivity sensitivity = MountSensitivity::Normal;
    QString why; // for Sensitive/Critical: what the host path gives access to
};

struct NamespacePermission {
    QString name;    // network, pid, ipc, uts, user, cgroup
    QString mode;    // as the daemon reports it, "" = default
    bool sharedWithHost = false;
    QString sharedWithContainer; // "container:<id>" target, if any
};

// What a container may do, computed from its configuration (not just copied):
// the capability set is the engine default + added − dropped, or everything
// when privileged.
struct Permissions {
    QStringList effectiveCapabilities; // sorted
    QStringList addedBeyondDefault;    // effective ones the default set lacks
    QStringList droppedFromDefault;    // default ones no longer effective
    bool privileged = false;
    QString user;                      // effective user spec ("root" when unset everywhere)
    QString userSource;                // "container", "image" or "default"
    bool runsAsRoot = true;
    QString group;                     // from user "uid:gid", else ""
    QList<NamespacePermission> namespaces;
    QList<MountPermission> mounts;
    QStringList devices;               // "host → container (rwm)"
    QString seccomp;                   // "default", "unconfined", "custom (<profile>)", "disabled (privileged)"
    QString apparmor;                  // profile name, "unconfined", or "not available on this host"
    QString selinux;                   // "labels disabled", "label options: …", "not enforced on this host"
    bool noNewPrivileges = false;
    bool readOnlyRootfs = false;
    qint64 memoryBytes = 0;
    double cpus = 0;                   // 0 = unlimited
    qint64 pidsLimit = 0;              // <= 0 = unlimited
    QStringList publishedPorts;        // "0.0.0.0:8080 → 80/tcp (all interfaces)"
};

namespace PermissionCalculator {
// hostSecurityOptions: /info SecurityOptions, to tell "unconfined" from "not available".
Permissions compute(const ContainerInfo &c, const ImageInfo *image, const QStringList &hostSecurityOptions);
const QStringList &defaultCapabilities(); // Docker Engine's default set
const QStringList &allCapabilities();     // every Linux capability, as granted by --privileged
MountSensitivity classifyHostPath(const QString &source, QString *why = nullptr);
bool isRootUser(const QString &user);
} // namespace PermissionCalculator

QString mountSensitivityName(MountSensitivity s);

} // namespace bulwark
