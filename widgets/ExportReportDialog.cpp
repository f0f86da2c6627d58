#include "ExportReportDialog.h"

#include "ReportExportJob.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bulwark {

ExportReportDialog::ExportReportDialog(QString databasePath, qint64 hostId, qint64 scanId, const QString &reviewer,
                                       QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_scan(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_reviewer(new QLineEdit(reviewer, this))
    , m_path(new QLineEdit(this))
    , m_view(new QPdfView(this))
    , m_document(new QPdfDocument(this))
    , m_previewBuffer(new QBuffer(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_previewJob(new ReportExportJob(this))
    , m_exportJob(new ReportExportJob(this))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export Audit Report"));
    resize(980, 760);

    m_scan->setObjectName(QStringLiteral("reportScan"));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_reviewer->setObjectName(QStringLiteral("reportReviewer"));
    m_reviewer->setPlaceholderText(tr("The review's reviewer, if any"));
    m_format->addItem(tr("PDF audit report"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML (one self-contained file)"), QStringLiteral("html"));
    m_format->addItem(tr("JSON (bulwark.report/1)"), QStringLiteral("json"));
    m_format->addItem(tr("CSV (one row per finding)"), QStringLiteral("csv"));
    m_format->addItem(tr("SARIF 2.1.0"), QStringLiteral("sarif"));
    m_format->addItem(tr("JUnit XML"), QStringLiteral("junit"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Scan:"), m_scan);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Reviewer:"), m_reviewer);
    form->addRow(tr("File:"), pathRow);

    m_view->setObjectName(QStringLiteral("reportPreview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_cancel->setEnabled(false);
    m_export->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::exportReport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportReportDialog::cancel);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_export);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (the PDF report as it will be written):"), this));
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // The preview is always the PDF: the other formats carry the same content.
    connect(m_previewJob, &ReportExportJob::progress, this, [this](int percent, const QString &stage) {
        if (!m_busy)
            setStatus(tr("Preview: %1").arg(stage));
        m_progress->setValue(percent);
    });
    connect(m_previewJob, &ReportExportJob::finished, this, [this](const QByteArray &bytes) {
        m_document->close();
        m_previewBuffer->close();
        m_previewBuffer->setData(bytes);
        m_previewBuffer->open(QIODevice::ReadOnly);
        m_document->load(m_previewBuffer);
        if (!m_busy)
            setStatus(tr("Preview: %n page(s).", nullptr, m_document->pageCount()));
        Q_EMIT previewReady(m_document->pageCount());
    });
    connect(m_previewJob, &ReportExportJob::failed, this, [this](const QString &message) {
        setStatus(tr("The preview failed: %1").arg(message), true);
        Q_EMIT previewReady(0);
    });

    connect(m_exportJob, &ReportExportJob::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        setStatus(stage);
    });
    connect(m_exportJob, &ReportExportJob::finished, this, [this](const QByteArray &bytes, const QString &path) {
        setBusy(false);
        setStatus(tr("Exported %1 (%2).").arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes.size())));
        Q_EMIT exported(path);
    });
    connect(m_exportJob, &ReportExportJob::failed, this, [this](const QString &message) {
        setBusy(false);
        setStatus(tr("Export failed: %1").arg(message), true);
        Q_EMIT exportFailed(message);
    });
    connect(m_exportJob, &ReportExportJob::cancelled, this, [this] {
        setBusy(false);
        setStatus(tr("Export cancelled; no file was written."));
    });

    loadScans(hostId, scanId);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::onFormatChanged);
    connect(m_scan, &QComboBox::currentIndexChanged, this, &ExportReportDialog::refreshPreview);
    connect(m_reviewer, &QLineEdit::editingFinished, this, &ExportReportDialog::refreshPreview);
    onFormatChanged();
    refreshPreview();
}

ExportReportDialog::~ExportReportDialog()
{
    // The jobs wait for their workers in their destructors; the document must not
    // outlive the buffer it reads.
    m_document->close();
}

void ExportReportDialog::loadScans(qint64 hostId, qint64 selected)
{
    // A handful of summary rows: quick enough to read here.
    store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db
        = store::ScanDatabase::open(m_databasePath, store::ScanDatabase::Mode::ReadOnly);
    if (!db) {
        setStatus(tr("Cannot read the scan history: %1").arg(db.error().toString()), true);
        m_export->setEnabled(false);
        return;
    }
    store::StoreExpected<QList<store::ScanSummary>> scans = store::ScanStore(*db.value()).scans(hostId, 200);
    if (!scans) {
        setStatus(tr("Cannot read the scan history: %1").arg(scans.error().toString()), true);
        m_export->setEnabled(false);
        return;
    }
    const QSignalBlocker blocker(m_scan);
    for (const store::ScanSummary &scan : scans.value()) {
        m_scan->addItem(tr("%1 — risk %2, %n container(s)", nullptr, scan.containerCount)
                            .arg(QLocale().toString(scan.startedAt.toLocalTime(), QLocale::ShortFormat))
                            .arg(scan.hostScore),
                        scan.id);
        if (scan.id == selected)
            m_scan->setCurrentIndex(m_scan->count() - 1);
    }
    if (m_scan->count() == 0) {
        setStatus(tr("This host has no stored scan yet: scan it first."), true);
        m_export->setEnabled(false);
    }
}

qint64 ExportReportDialog::selectedScan() const
{
    return m_scan->currentData().toLongLong();
}

void ExportReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ExportReportDialog::setFormat(const QString &name)
{
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportReportDialog::onFormatChanged()
{
    const auto format = report::ReportWriter::formatFromName(m_format->currentData().toString());
    if (!format)
        return;
    const QString suffix = report::ReportWriter::fileSuffix(*format);
    QString path = m_path->text();
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QDir(dir.isEmpty() ? QDir::homePath() : dir)
                   .filePath(QStringLiteral("bulwark-report-%1").arg(QDate::currentDate().toString(Qt::ISODate)));
    } else {
        const QFileInfo info(path);
        path = info.dir().filePath(info.completeBaseName());
    }
    m_path->setText(path + QLatin1Char('.') + suffix);
}

void ExportReportDialog::browse()
{
    const auto format = report::ReportWriter::formatFromName(m_format->currentData().toString());
    const QString suffix = format ? report::ReportWriter::fileSuffix(*format) : QStringLiteral("pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Report"), m_path->text(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportReportDialog::refreshPreview()
{
    if (m_scan->count() == 0)
        return;
    ReportRequest request;
    request.databasePath = m_databasePath;
    request.scanId = selectedScan();
    request.format = report::ReportFormat::Pdf;
    request.reviewer = m_reviewer->text().trimmed();
    m_previewJob->start(request);
}

void ExportReportDialog::exportReport()
{
    const auto format = report::ReportWriter::formatFromName(m_format->currentData().toString());
    const QString path = m_path->text().trimmed();
    if (!format || m_scan->count() == 0)
        return;
    if (path.isEmpty()) {
        setStatus(tr("Choose the file to write first."), true);
        return;
    }
    ReportRequest request;
    request.databasePath = m_databasePath;
    request.scanId = selectedScan();
    request.format = *format;
    request.reviewer = m_reviewer->text().trimmed();
    request.outputPath = path;
    setBusy(true);
    m_exportJob->start(request);
}

void ExportReportDialog::cancel()
{
    m_exportJob->cancel();
}

void ExportReportDialog::setBusy(bool busy, const QString &stage)
{
    m_busy = busy;
    m_export->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
    if (!stage.isEmpty())
        setStatus(stage);
}

void ExportReportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

int ExportReportDialog::previewPageCount() const
{
    return m_document->pageCount();
}

QString ExportReportDialog::statusText() const
{
    return m_status->text();
}

bool ExportReportDialog::busy() const
{
    return m_busy;
}

} // namespace bulwark
