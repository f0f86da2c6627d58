#pragma once

#include "ContainerVerifier.h"

#include <QObject>

#include <memory>
#include <thread>

namespace bulwark {

// One verification on a thread of its own, for the GUI: results come back through
// queued signals, cancel() (or destroying the job) stops the requests in flight.
class VerifyJob : public QObject {
    Q_OBJECT

public:
    VerifyJob(HostEndpoint endpoint, QString identity, QList<Finding> original, ScanOptions options = {},
              QObject *parent = nullptr);
    ~VerifyJob() override; // cancels and waits for the thread

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread.joinable() && !m_done->load(); }

signals:
    void finished(const bulwark::VerifyResult &result);
    void failed(const bulwark::EngineError &error);

private:
    HostEndpoint m_endpoint;
    QString m_identity;
    QList<Finding> m_original;
    ScanOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_done = std::make_shared<std::atomic_bool>(false);
    std::jthread m_thread;
};

} // namespace bulwark
