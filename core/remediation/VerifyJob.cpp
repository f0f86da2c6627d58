#include "VerifyJob.h"

#include <QMetaObject>

namespace bulwark {

VerifyJob::VerifyJob(HostEndpoint endpoint, QString identity, QList<Finding> original, ScanOptions options, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_identity(std::move(identity))
    , m_original(std::move(original))
    , m_options(std::move(options))
{
}

VerifyJob::~VerifyJob()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void VerifyJob::start()
{
    if (m_thread.joinable())
        return; // one run per job
    // The thread owns copies; it reaches the job only through queued calls, which Qt drops
    // once the job is gone, and the destructor waits for it anyway.
    m_thread = std::jthread([this, endpoint = m_endpoint, identity = m_identity, original = m_original,
                             options = m_options, cancel = m_cancel, done = m_done] {
        ContainerVerifier verifier(options);
        verifier.setCancelFlag(cancel.get());
        Expected<VerifyResult> result = verifier.verify(endpoint, identity, original);
        done->store(true);
        if (result.ok()) {
            QMetaObject::invokeMethod(this, [this, r = std::move(result).value()] { emit finished(r); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(this, [this, e = result.error()] { emit failed(e); }, Qt::QueuedConnection);
        }
    });
}

void VerifyJob::cancel()
{
    m_cancel->store(true);
}

} // namespace bulwark
