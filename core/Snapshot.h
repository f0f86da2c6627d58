#pragma once

#include "HostEndpoint.h"
#include "rules/Finding.h"
#include "rules/Permissions.h"

#include <nlohmann/json.hpp>

#include <QDate>
#include <QHash>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

struct MountInfo {
    QString type;          // bind, volume, tmpfs, npipe
    QString source;        // host path or volume name
    QString destination;
    bool readWrite = true;
    QString mode;
    QString propagation;   // rprivate, rshared, ...
};

struct PortBinding {
    int containerPort = 0;
    QString protocol;      // tcp, udp, sctp
    QString hostIp;        // "" or 0.0.0.0 means all interfaces
    int hostPort = 0;      // 0: exposed only, not published
    [[nodiscard]] bool published() const { return hostPort > 0; }
    [[nodiscard]] QString toString() const;
};

struct DeviceMapping {
    QString pathOnHost;
    QString pathInContainer;
    QString permissions;
};

struct Ulimit {
    QString name;
    qint64 soft = 0;
    qint64 hard = 0;
};

struct ResourceLimits {
    qint64 memoryBytes = 0;     // 0: unlimited
    qint64 memorySwapBytes = 0;
    qint64 nanoCpus = 0;
    qint64 cpuShares = 0;
    qint64 cpuQuota = 0;
    qint64 cpuPeriod = 0;
    qint64 pidsLimit = 0;       // 0 or negative: unlimited
    QList<Ulimit> ulimits;
};

struct NamespaceModes {
    QString network;  // default, bridge, none, host, container:<id>, <network>
    QString pid;      // "" (private), host, container:<id>
    QString ipc;      // private, shareable, host, container:<id>
    QString uts;      // "" or host
    QString userns;   // "" or host
    QString cgroupns; // private or host
};

struct HealthCheck {
    bool defined = false;
    QStringList test;
    QString status;   // starting, healthy, unhealthy, "" when never run
};

// A credential seen in the daemon's data. The value itself is never kept: only
// where it was, the variable name, what it looks like and a redacted hint.
struct SecretEvidence {
    QString location;  // "Config.Env", "Config.Labels", "history step 3", ...
    QString name;      // variable or label name, "" for free text
    QString kind;      // "AWS access key id", ...
    QString hint;      // "AK…LE [redacted, 20 chars]"
};

struct ContainerInfo {
    QString id;
    QString name;          // without the leading '/'
    QString image;         // as configured (Config.Image)
    QString imageId;
    QString state;         // created, running, paused, restarting, removing, exited, dead
    QDateTime created;     // UTC
    QDateTime startedAt;   // invalid if never started
    QString command;

    QString user;          // Config.User; "" means the image default (root unless the image sets one)
    bool privileged = false;
    QStringList capAdd;    // normalised: upper case, no CAP_ prefix
    QStringList capDrop;
    QStringList securityOpt;
    bool readonlyRootfs = false;
    QString appArmorProfile;
    NamespaceModes namespaces;
    QList<MountInfo> mounts;
    QList<PortBinding> ports;
    bool publishAllPorts = false;
    QList<DeviceMapping> devices;
    ResourceLimits limits;
    QString restartPolicy;
    int restartMaxRetries = 0;
    QString logDriver;
    QStringList networks;
    QStringList envNames;  // names only
    QList<SecretEvidence> secrets; // credentials found in env, labels, command; values scrubbed everywhere
    QHash<QString, QString> labels;
    HealthCheck health;
    bool tty = false;
    QString runtime;

    nlohmann::json inspect; // the daemon's document with secret values scrubbed, for rules that need more
    QStringList processes;  // command lines from /top, running containers only

    // Filled by the rule engine.
    QList<Finding> findings;
    RiskScore risk;
    Permissions permissions;
};

// The base OS of an image, read from /etc/os-release, and its support status.
struct OsRelease {
    bool detected = false;
    QString id;              // "debian"
    QString versionId;       // "9"
    QString codename;        // "stretch"
    QString prettyName;      // "Debian GNU/Linux 9 (stretch)"
    QString fromContainer;   // the container whose filesystem was read
    QString problem;         // why detection failed, for people
    // End of life, from resources/eol/os-eol.json
    bool eolKnown = false;
    QString releaseLabel;    // "Debian 9 (stretch)"
    QDate eolDate;
    QString eolSource;
    [[nodiscard]] bool pastEol(const QDate &today) const { return eolKnown && eolDate.isValid() && eolDate < today; }
};

struct ImageInfo {
    QString id;
    QStringList tags;
    QStringList digests;
    QDateTime created;
    qint64 sizeBytes = 0;
    QString os;
    QString architecture;
    QString user;           // Config.User
    bool hasHealthcheck = false;
    QStringList envNames;
    QList<SecretEvidence> secrets; // from Config.Env and the build history; scrubbed in inspect/history
    nlohmann::json inspect;
    nlohmann::json history; // array of layers (CreatedBy redacted)
    OsRelease baseOs;
    QStringList usedBy;     // ids of containers created from this image

    QList<Finding> findings; // filled by the rule engine
};

struct NetworkInfo {
    QString id;
    QString name;
    QString driver;
    QString scope;
    bool internal = false;
    nlohmann::json raw;
};

struct VolumeInfo {
    QString name;
    QString driver;
    QString mountpoint;
    nlohmann::json raw;
};

struct EngineInfo {
    QString url;             // where we connected
    QString transport;       // unix, tcp, tcp+tls
    bool tls = false;
    QString engineVersion;   // /version Version
    QString apiVersion;      // negotiated
    QString maxApiVersion;   // /version ApiVersion
    QString os;              // /info OperatingSystem
    QString osType;          // linux/windows
    QString kernelVersion;
    QString architecture;
    QString name;            // /info Name (hostname)
    QString engineId;        // /info ID
    nlohmann::json version;
    nlohmann::json info;
};

// Everything Bulwark read from one host in one scan.
struct HostSnapshot {
    HostEndpoint endpoint;   // the candidate that answered
    EngineInfo engine;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ContainerInfo> containers;
    QList<ImageInfo> images;
    QList<NetworkInfo> networks;
    QList<VolumeInfo> volumes;
    QStringList warnings;    // partial failures that did not stop the scan

    // Filled by the rule engine.
    bool assessed = false;
    QList<Finding> daemonFindings;
    RiskScore daemonRisk;
    int hostScore = 0;

    [[nodiscard]] const ContainerInfo *container(const QString &id) const;
    [[nodiscard]] const ImageInfo *image(const QString &id) const;
};

} // namespace bulwark
