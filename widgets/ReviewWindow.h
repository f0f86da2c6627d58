#pragma once

#include "Snapshot.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace bulwark {

class FindingDetailView;
class ReviewQueueModel;
class ReviewSession;
struct ReviewDecision;

// Review mode: steps a reviewer through the open findings of one scan, worst
// first, taking a decision on each (fix with an owner and due date, accept the
// risk with a justification and an expiry, or mark a false positive), each
// stored as soon as it is taken; ends on a summary. Keyboard first: Ctrl+1/2/3
// pick the decision, Ctrl+Return records it and moves on, Ctrl+Down/Ctrl+Up
// move between findings.
class ReviewWindow : public QDialog {
    Q_OBJECT

public:
    // session: already started (ReviewSession::start).
    ReviewWindow(std::unique_ptr<ReviewSession> session, const HostSnapshot &snapshot, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    [[nodiscard]] ReviewQueueModel *queue() const { return m_queue; }
    [[nodiscard]] ReviewSession *session() const { return m_session.get(); }
    [[nodiscard]] int currentRow() const;
    void selectRow(int row);
    // Records the decision in the form for the current finding; false (and the reason
    // shown in the window) when it is incomplete or could not be stored.
    bool recordCurrent();
    void showSummary();
    void showFindings();
    [[nodiscard]] bool summaryShown() const;
    // The summary as HTML: counts by decision, fixes with owners and dates, waivers. Pure.
    static QString summaryHtml(const ReviewQueueModel &queue);

Q_SIGNALS:
    // The review was finished (stored); the caller may rescan to see waivers applied.
    void reviewFinished();

private:
    void buildFindingsPage(QWidget *page);
    void buildSummaryPage(QWidget *page);
    void createShortcuts();
    void onCurrentRowChanged();
    void onKindChanged();
    void onProgress(int decided, int total);
    void finishReview();
    void setError(const QString &text);
    [[nodiscard]] ReviewDecision formDecision(int row) const;
    void loadForm(int row);

    std::unique_ptr<ReviewSession> m_session;
    ReviewQueueModel *m_queue;
    QLabel *m_header;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QStackedWidget *m_pages;
    QTableView *m_table;
    FindingDetailView *m_detail;
    QButtonGroup *m_kinds;
    QRadioButton *m_fix;
    QRadioButton *m_accept;
    QRadioButton *m_falsePositive;
    QLineEdit *m_owner;
    QDateEdit *m_due;
    QPlainTextEdit *m_justification;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QPushButton *m_record;
    QTextBrowser *m_summary;
    QPlainTextEdit *m_reviewNotes;
    QPushButton *m_finish;
};

} // namespace bulwark
