#pragma once

#include "report/ReportWriter.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace bulwark {

struct ReportRequest {
    QString databasePath;
    qint64 scanId = 0;
    report::ReportFormat format = report::ReportFormat::Pdf;
    QString reviewer;     // "" → the scan's review's reviewer, if any
    QString outputPath;   // "" → render only (a preview): finished() carries the bytes
};

// Renders an audit report from a stored scan off the UI thread: reads the scan,
// its host's history and its review from the database, lays the report out and
// writes the file atomically (a failed or cancelled export never leaves half a
// file). Progress arrives in stages; cancel() stops at the next stage.
class ReportExportJob : public QObject {
    Q_OBJECT

public:
    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override; // cancels and waits for the worker

    void start(const ReportRequest &request);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void finished(const QByteArray &bytes, const QString &writtenPath);
    void failed(const QString &message);
    void cancelled();

private:
    void run(const ReportRequest &request, const std::shared_ptr<std::atomic_bool> &cancel, quint64 generation);
    void post(quint64 generation, std::function<void()> emitter);

    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0; // UI thread only
};

} // namespace bulwark
