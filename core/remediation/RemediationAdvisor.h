#pragma once

#include "Remediation.h"
#include "Snapshot.h"
#include "rules/RuleCatalogue.h"

#include <QCoreApplication>

namespace bulwark {

// Turns a finding into a concrete fix for the target it was found on: the current
// setting read from the target's configuration, the `docker run` options to remove
// and add, the compose keys for the service the container came from, Dockerfile
// lines for image findings and daemon.json for daemon findings. Rules that no
// setting can fix safely get instructions instead. Pure: reads, never changes anything.
class RemediationAdvisor {
    Q_DECLARE_TR_FUNCTIONS(RemediationAdvisor)

public:
    explicit RemediationAdvisor(const RuleCatalogue &catalogue = RuleCatalogue::builtin());

    // image: the container's image when known (pins the image reference, reads its USER).
    [[nodiscard]] Remediation forContainer(const Finding &finding, const ContainerInfo &container,
                                           const ImageInfo *image = nullptr) const;
    [[nodiscard]] Remediation forImage(const Finding &finding, const ImageInfo &image) const;
    [[nodiscard]] Remediation forDaemon(const Finding &finding, const EngineInfo &engine) const;

    // Finds the finding's target in the snapshot (container, then image, then the daemon).
    [[nodiscard]] Remediation advise(const Finding &finding, const HostSnapshot &snapshot) const;

    // Every finding of the container, in its order, each with its remediation.
    [[nodiscard]] QList<Remediation> forContainer(const ContainerInfo &container, const ImageInfo *image = nullptr) const;

    // The compose service of a container, from its com.docker.compose.* labels (empty when none).
    static ComposeChange composeServiceOf(const ContainerInfo &container);

private:
    [[nodiscard]] Remediation base(const Finding &finding) const;
    [[nodiscard]] Remediation finished(Remediation r) const;
    const RuleCatalogue &m_catalogue;
};

} // namespace bulwark
