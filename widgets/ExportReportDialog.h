#pragma once

#include <QDialog>

class QBuffer;
class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;

namespace bulwark {

class ReportExportJob;

// File → Export report…: picks a stored scan of the host, a format and a file,
// shows the PDF as it will be written (rendered off the UI thread), and exports
// with progress and a Cancel button.
class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    // scanId: the scan selected at first (usually the latest of the host).
    ExportReportDialog(QString databasePath, qint64 hostId, qint64 scanId, const QString &reviewer,
                       QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    [[nodiscard]] qint64 selectedScan() const;
    void setOutputPath(const QString &path);
    void setFormat(const QString &name); // "pdf", "html", ...
    void refreshPreview();
    void exportReport();
    void cancel();
    [[nodiscard]] int previewPageCount() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool busy() const;

Q_SIGNALS:
    void previewReady(int pages);
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void loadScans(qint64 hostId, qint64 selected);
    void browse();
    void onFormatChanged();
    void setBusy(bool busy, const QString &stage = {});
    void setStatus(const QString &text, bool error = false);

    QString m_databasePath;
    QComboBox *m_scan;
    QComboBox *m_format;
    QLineEdit *m_reviewer;
    QLineEdit *m_path;
    QPdfView *m_view;
    QPdfDocument *m_document;
    QBuffer *m_previewBuffer;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    ReportExportJob *m_previewJob;
    ReportExportJob *m_exportJob;
    bool m_busy = false;
};

} // namespace bulwark
