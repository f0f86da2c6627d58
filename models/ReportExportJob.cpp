#include "ReportExportJob.h"

#include "report/ReportBuilder.h"
#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace bulwark {

ReportExportJob::ReportExportJob(QObject *parent)
    : QObject(parent)
{
}

ReportExportJob::~ReportExportJob()
{
    cancel();
    m_future.waitForFinished();
}

bool ReportExportJob::isRunning() const
{
    return m_future.isRunning();
}

void ReportExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportExportJob::start(const ReportRequest &request)
{
    cancel();
    m_future.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_future = QtConcurrent::run([this, request, cancel = m_cancel, generation] { run(request, cancel, generation); });
}

void ReportExportJob::post(quint64 generation, std::function<void()> emitter)
{
    // Queued to this object's thread, and dropped when a newer start() has replaced the
    // run: a preview restarted while the previous one was rendering reports only once.
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter = std::move(emitter)] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void ReportExportJob::run(const ReportRequest &request, const std::shared_ptr<std::atomic_bool> &cancel,
                          quint64 generation)
{
    const auto step = [this, generation](int percent, const QString &stage) {
        post(generation, [this, percent, stage] { Q_EMIT this->progress(percent, stage); });
    };
    const auto fail = [this, generation](const QString &message) {
        post(generation, [this, message] { Q_EMIT this->failed(message); });
    };
    const auto stopped = [this, &cancel, generation] {
        if (!cancel->load())
            return false;
        post(generation, [this] { Q_EMIT cancelled(); });
        return true;
    };
    step(5, tr("Reading the scan…"));
    store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db
        = store::ScanDatabase::open(request.databasePath, store::ScanDatabase::Mode::ReadOnly);
    if (!db) {
        fail(db.error().toString());
        return;
    }
    report::ReportOptions options;
    options.reviewer = request.reviewer;
    store::StoreExpected<std::optional<Review>> review = store::ReviewStore(*db.value()).reviewForScan(request.scanId);
    if (!review) {
        fail(review.error().toString());
        return;
    }
    options.review = review.value();
    store::StoreExpected<report::ReportData> data = report::ReportBuilder::build(*db.value(), request.scanId, options);
    if (!data) {
        fail(data.error().toString());
        return;
    }
    if (stopped())
        return;
    step(35, tr("Laying out the report…"));
    QString error;
    const QByteArray bytes = report::ReportWriter::render(data.value(), request.format, &error);
    if (bytes.isEmpty()) {
        fail(error.isEmpty() ? tr("The report came out empty.") : error);
        return;
    }
    if (stopped())
        return;
    if (!request.outputPath.isEmpty()) {
        step(90, tr("Writing %1…").arg(request.outputPath));
        QSaveFile file(request.outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            fail(tr("Could not write %1: %2. Choose another folder or free some space.")
                              .arg(request.outputPath, file.errorString()));
            return;
        }
    }
    step(100, tr("Done."));
    post(generation, [this, bytes, path = request.outputPath] { Q_EMIT finished(bytes, path); });
}

} // namespace bulwark
