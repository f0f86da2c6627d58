#pragma once

#include "EngineClient.h"
#include "EngineError.h"
#include "HostEndpoint.h"
#include "Snapshot.h"
#include "rules/Policy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace bulwark {

struct ScanProgress {
    enum class Stage { Connecting, Engine, Containers, Images, Networks, Volumes, BaseOs, Rules, Done };
    Stage stage = Stage::Connecting;
    int done = 0;
    int total = 0;
    QString text; // translated, for a status line
};

// One failed attempt to reach a candidate host.
struct ConnectAttempt {
    HostEndpoint endpoint;
    EngineError error;
};

struct ScanOptions {
    ClientLimits limits;
    bool includeImages = true;
    bool includeNetworks = true;
    bool includeVolumes = true;
    bool detectBaseOs = true;   // read os-release through the archive endpoint (read-only)
    bool readProcesses = true;  // /top of running containers, for the sshd rule
    bool assess = true;         // run the rule engine on the snapshot
    Policy policy;
};

// Takes a complete, read-only snapshot of one Docker host. Runs synchronously:
// callers put it on a worker thread. Thread-safe in the sense that separate
// instances share nothing.
class HostScanner {
    Q_DECLARE_TR_FUNCTIONS(HostScanner)

public:
    using ProgressFn = std::function<void(const ScanProgress &)>;

    explicit HostScanner(ScanOptions options = {});

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }

    Expected<HostSnapshot> scan(const HostEndpoint &endpoint);

    // The engine part of a snapshot from /version and /info, completed with where and how
    // we connected. Shared with the one-container rescan (ContainerVerifier).
    static Expected<EngineInfo> describeEngine(const nlohmann::json &version, const nlohmann::json &info,
                                               const HostEndpoint &endpoint, const EngineClient &client,
                                               const PingInfo &ping);

    // Tries candidates in order; the first that answers /_ping is scanned.
    // When all fail, the returned error summarises and attempts lists each.
    Expected<HostSnapshot> scanFirstReachable(const QList<HostEndpoint> &candidates,
                                              QList<ConnectAttempt> *attempts = nullptr);

private:
    void report(ScanProgress::Stage stage, int done, int total);
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }

    ScanOptions m_options;
    const std::atomic_bool *m_cancel = nullptr;
    ProgressFn m_progress;
};

} // namespace bulwark
