#pragma once

#include "EngineError.h"
#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace bulwark {

// What became of one finding after the user recreated the container.
struct FindingOutcome {
    Finding original;
    bool resolved = false;
    Finding current;       // when still present: the finding as the rescan sees it (current evidence)
};

struct VerifyResult {
    QString identity;              // store::containerIdentity of the container looked for
    ContainerInfo container;       // as found now, assessed (new id after re-creation)
    QList<FindingOutcome> outcomes; // one per rule of the original findings, in their order
    QList<Finding> newFindings;    // fired now, not among the original findings

    [[nodiscard]] bool allResolved() const;
    [[nodiscard]] int resolvedCount() const;
};

// Rescans one container, found by its identity (compose labels or name, as stored in the
// history) because re-creating it gave it a new id, and compares its findings with the
// ones it had. Reads only what that container needs: the engine, the container lists, its
// inspect, its image and history, its processes. Synchronous and cancellable through the
// flag: run it off the UI thread (VerifyJob does).
class ContainerVerifier {
    Q_DECLARE_TR_FUNCTIONS(ContainerVerifier)

public:
    // limits, policy, readProcesses and detectBaseOs are honoured; the other options are not used.
    explicit ContainerVerifier(ScanOptions options = {});

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // reference: a container identity (store::containerIdentity: "compose:shop/web#1", "name:web"),
    // a container name, or the start of an id (6 characters or more).
    // A snapshot holding that one container (assessed) and its image. When several containers
    // match, the newest. HttpError 404 when none does.
    Expected<HostSnapshot> rescan(const HostEndpoint &endpoint, const QString &reference);

    Expected<VerifyResult> verify(const HostEndpoint &endpoint, const QString &reference, const QList<Finding> &original);

    // The comparison alone, for findings read elsewhere. Findings match by rule.
    static VerifyResult compare(const QString &identity, const ContainerInfo &now, const QList<Finding> &original);

private:
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }

    ScanOptions m_options;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace bulwark
