#pragma once

#include "Policy.h"
#include "Snapshot.h"
#include "TranslationCache.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace bulwark::Checks {

// The checks' translations, cached (rule evaluation is hot). One context for all
// check files, the one lupdate assigns to tr() calls in this namespace.
inline const QString &tr(const char *sourceText) { return cachedTranslate("bulwark::Checks", sourceText); }

// What the checks may look at besides their target. Built once per scan.
struct Context {
    const HostSnapshot &snapshot;
    const Policy &policy;
    QDateTime now;                        // injectable clock
    QHash<QString, QString> tagToImageId; // "repo:tag" -> image id, from the image list
    QStringList hostSecurityOptions;      // /info SecurityOptions
    QString cgroupVersion;                // /info CgroupVersion
    // Derived from hostSecurityOptions once, not per container.
    bool hostSelinux = false;
    bool daemonNoNewPrivileges = false;
};

// A check reports each rule that fires with its evidence, and a severity when
// the rule's severity depends on what was seen (e.g. a read-write mount).
using Emit = std::function<void(const char *ruleId, const QString &evidence, std::optional<Severity> severity)>;

void container(const ContainerInfo &c, const ImageInfo *image, const Context &ctx, const Emit &report);
void image(const ImageInfo &img, const Context &ctx, const Emit &report);
void daemon(const Context &ctx, const Emit &report);

// The capabilities BW-C003 calls dangerous when added.
const QStringList &dangerousCapabilities();
// A bind-mount source that is a container runtime's API socket or the directory holding it (BW-C002).
bool isDaemonSocket(const QString &source);

// Image references: "busybox" -> "busybox:latest"; "" when the reference is an id or digest.
QString normaliseImageRef(const QString &ref);

} // namespace bulwark::Checks
