#include "ReviewWindow.h"

#include "FindingDetailView.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "TableStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bulwark {

namespace {

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

// An expiry date means "until the end of that day" for people; stored as the UTC instant.
QDateTime endOfDayUtc(const QDate &date)
{
    return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
}

} // namespace

ReviewWindow::ReviewWindow(std::unique_ptr<ReviewSession> session, const HostSnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_queue(new ReviewQueueModel(this))
    , m_header(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("Review — %1").arg(snapshot.engine.name.isEmpty() ? snapshot.engine.url : snapshot.engine.name));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1200, 780);

    m_header->setTextFormat(Qt::RichText);
    m_header->setText(tr("<b>Security review</b> of %1 — scan of %2 — reviewer: %3")
                          .arg(snapshot.engine.url.toHtmlEscaped(),
                               QLocale().toString(snapshot.finishedAt.toLocalTime(), QLocale::ShortFormat),
                               m_session->review().reviewer.toHtmlEscaped()));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_progressText->setObjectName(QStringLiteral("reviewProgress"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_progress);
    top->addWidget(m_progressText);

    auto *findingsPage = new QWidget(this);
    buildFindingsPage(findingsPage);
    auto *summaryPage = new QWidget(this);
    buildSummaryPage(summaryPage);
    m_pages->addWidget(findingsPage);
    m_pages->addWidget(summaryPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_queue, &ReviewQueueModel::progressChanged, this, &ReviewWindow::onProgress);
    m_queue->setSnapshot(snapshot, m_session->review().decisions);
    createShortcuts();

    const int first = m_queue->nextUndecided(-1);
    if (m_queue->total() == 0)
        showSummary();
    else
        selectRow(first >= 0 ? first : 0);
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::buildFindingsPage(QWidget *page)
{
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("reviewQueue"));
    m_table->setModel(m_queue);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::TargetColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    TableStyle::apply(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWindow::onCurrentRowChanged);

    m_detail = new FindingDetailView(page);

    m_kinds = new QButtonGroup(page);
    m_fix = new QRadioButton(tr("&Fix it (Ctrl+1)"), page);
    m_accept = new QRadioButton(tr("&Accept the risk (Ctrl+2)"), page);
    m_falsePositive = new QRadioButton(tr("Fa&lse positive (Ctrl+3)"), page);
    m_kinds->addButton(m_fix, int(DecisionKind::Fix));
    m_kinds->addButton(m_accept, int(DecisionKind::AcceptRisk));
    m_kinds->addButton(m_falsePositive, int(DecisionKind::FalsePositive));
    m_fix->setChecked(true);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onKindChanged();
    });

    m_owner = new QLineEdit(page);
    m_owner->setObjectName(QStringLiteral("reviewOwner"));
    m_owner->setPlaceholderText(tr("Who fixes it"));
    m_due = new QDateEdit(page);
    m_due->setObjectName(QStringLiteral("reviewDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_justification = new QPlainTextEdit(page);
    m_justification->setObjectName(QStringLiteral("reviewJustification"));
    m_justification->setPlaceholderText(tr("Why this risk is acceptable, or why the rule is wrong here"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(90);
    m_expires = new QCheckBox(tr("Expires"), page);
    m_expires->setObjectName(QStringLiteral("reviewExpires"));
    m_expiry = new QDateEdit(page);
    m_expiry->setObjectName(QStringLiteral("reviewExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setPlaceholderText(tr("Notes (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_fix);
    kinds->addWidget(m_accept);
    kinds->addWidget(m_falsePositive);
    kinds->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Justification:"), m_justification);
    form->addRow(tr("Waiver:"), expiryRow);
    form->addRow(tr("Notes:"), m_notes);

    m_record = new QPushButton(tr("Record and next (Ctrl+Return)"), page);
    m_record->setObjectName(QStringLiteral("reviewRecord"));
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, [this] { recordCurrent(); });
    auto *previous = new QPushButton(tr("Previous (Ctrl+Up)"), page);
    connect(previous, &QPushButton::clicked, this, [this] { selectRow(currentRow() - 1); });
    auto *next = new QPushButton(tr("Skip (Ctrl+Down)"), page);
    connect(next, &QPushButton::clicked, this, [this] { selectRow(currentRow() + 1); });
    auto *summary = new QPushButton(tr("Summary…"), page);
    connect(summary, &QPushButton::clicked, this, &ReviewWindow::showSummary);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addStretch(1);
    buttons->addWidget(summary);
    buttons->addWidget(m_record);

    auto *decision = new QWidget(page);
    auto *decisionLayout = new QVBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addLayout(kinds);
    decisionLayout->addLayout(form);
    decisionLayout->addWidget(m_error);
    decisionLayout->addLayout(buttons);

    auto *right = new QSplitter(Qt::Vertical, page);
    right->addWidget(m_detail);
    right->addWidget(decision);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The queue needs room for the finding and its target; the form fits in the rest.
    split->setSizes({560, 640});

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ReviewWindow::buildSummaryPage(QWidget *page)
{
    m_summary = new QTextBrowser(page);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_reviewNotes = new QPlainTextEdit(page);
    m_reviewNotes->setObjectName(QStringLiteral("reviewSessionNotes"));
    m_reviewNotes->setPlaceholderText(tr("Notes on the whole review (optional)"));
    m_reviewNotes->setMaximumHeight(90);
    auto *back = new QPushButton(tr("Back to the findings"), page);
    connect(back, &QPushButton::clicked, this, &ReviewWindow::showFindings);
    m_finish = new QPushButton(tr("Finish review"), page);
    m_finish->setObjectName(QStringLiteral("reviewFinish"));
    connect(m_finish, &QPushButton::clicked, this, &ReviewWindow::finishReview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(new QLabel(tr("Review notes:"), page));
    layout->addWidget(m_reviewNotes);
    layout->addLayout(buttons);
}

void ReviewWindow::createShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_fix->setChecked(true); });
    add(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_accept->setChecked(true); });
    add(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_falsePositive->setChecked(true); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { recordCurrent(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { recordCurrent(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { selectRow(currentRow() + 1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { selectRow(currentRow() - 1); });
}

int ReviewWindow::currentRow() const
{
    return m_table->selectionModel()->currentIndex().row();
}

void ReviewWindow::selectRow(int row)
{
    if (m_queue->total() == 0)
        return;
    row = std::clamp(row, 0, m_queue->total() - 1);
    showFindings();
    m_table->selectionModel()->setCurrentIndex(m_queue->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_queue->index(row, 0));
}

void ReviewWindow::onCurrentRowChanged()
{
    const int row = currentRow();
    setError({});
    if (row < 0) {
        m_detail->clearFinding();
        return;
    }
    m_detail->showFinding(m_queue->item(row).finding);
    loadForm(row);
}

void ReviewWindow::loadForm(int row)
{
    const ReviewItem &item = m_queue->item(row);
    const QDate today = todayUtc();
    if (item.decision) {
        const ReviewDecision &d = *item.decision;
        m_kinds->button(int(d.kind))->setChecked(true);
        m_owner->setText(d.owner);
        m_due->setDate(d.dueDate.isValid() ? d.dueDate : today.addDays(30));
        m_justification->setPlainText(d.justification);
        m_expires->setChecked(d.expiresAt.isValid());
        m_expiry->setDate(d.expiresAt.isValid() ? d.expiresAt.date() : today.addDays(90));
        m_notes->setPlainText(d.notes);
    } else {
        // Keep the kind and owner of the previous decision: reviews tend to run in streaks.
        m_due->setDate(today.addDays(30));
        m_justification->clear();
        m_expiry->setDate(today.addDays(90));
        m_notes->clear();
    }
    onKindChanged();
}

void ReviewWindow::onKindChanged()
{
    const auto kind = DecisionKind(m_kinds->checkedId());
    const bool fix = kind == DecisionKind::Fix;
    m_owner->setEnabled(fix);
    m_due->setEnabled(fix);
    m_justification->setEnabled(!fix);
    // Accepted risks always expire; a false positive may stand for good.
    m_expires->setEnabled(kind == DecisionKind::FalsePositive);
    if (kind == DecisionKind::AcceptRisk)
        m_expires->setChecked(true);
    else if (fix)
        m_expires->setChecked(false);
    m_expiry->setEnabled(!fix && m_expires->isChecked());
}

ReviewDecision ReviewWindow::formDecision(int row) const
{
    ReviewDecision decision = m_queue->decisionTemplate(row);
    decision.kind = DecisionKind(m_kinds->checkedId());
    if (decision.kind == DecisionKind::Fix) {
        decision.owner = m_owner->text().trimmed();
        decision.dueDate = m_due->date();
    } else {
        decision.justification = m_justification->toPlainText().trimmed();
        if (m_expires->isChecked())
            decision.expiresAt = endOfDayUtc(m_expiry->date());
    }
    decision.notes = m_notes->toPlainText().trimmed();
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    return decision;
}

bool ReviewWindow::recordCurrent()
{
    const int row = currentRow();
    if (row < 0 || summaryShown())
        return false;
    const ReviewDecision decision = formDecision(row);
    if (const QString problem = decision.validationError(); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    QString error;
    if (!m_session->record(decision, &error)) {
        setError(tr("The decision could not be stored: %1").arg(error));
        return false;
    }
    m_queue->setDecision(row, decision);
    setError({});
    const int next = m_queue->nextUndecided(row);
    if (next < 0)
        showSummary();
    else
        selectRow(next);
    return true;
}

void ReviewWindow::onProgress(int decided, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(decided);
    m_progressText->setText(tr("%1 of %2 decided").arg(decided).arg(total));
}

void ReviewWindow::showSummary()
{
    m_summary->setHtml(summaryHtml(*m_queue));
    m_pages->setCurrentIndex(1);
    m_finish->setFocus();
}

void ReviewWindow::showFindings()
{
    m_pages->setCurrentIndex(0);
}

bool ReviewWindow::summaryShown() const
{
    return m_pages->currentIndex() == 1;
}

void ReviewWindow::finishReview()
{
    QString error;
    if (!m_session->finish(m_reviewNotes->toPlainText().trimmed(), &error)) {
        m_summary->append(QStringLiteral("<p style='color:#b3261e'>%1</p>")
                              .arg(tr("The review could not be finished: %1").arg(error).toHtmlEscaped()));
        return;
    }
    Q_EMIT reviewFinished();
    accept();
}

void ReviewWindow::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ReviewWindow::summaryHtml(const ReviewQueueModel &queue)
{
    int counts[3] = {0, 0, 0};
    QString fixes, waivers, open;
    for (int row = 0; row < queue.total(); ++row) {
        const ReviewItem &item = queue.item(row);
        const QString what = QStringLiteral("<b>%1</b> — %2 <i>(%3)</i>")
                                 .arg(item.finding.title.toHtmlEscaped(), item.finding.targetName.toHtmlEscaped(),
                                      item.finding.ruleId);
        if (!item.decision) {
            open += QStringLiteral("<li>%1</li>").arg(what);
            continue;
        }
        const ReviewDecision &d = *item.decision;
        ++counts[int(d.kind)];
        if (d.kind == DecisionKind::Fix) {
            fixes += QStringLiteral("<li>%1<br>%2</li>")
                         .arg(what, tr("Owner: %1 · due %2")
                                        .arg(d.owner.toHtmlEscaped(), QLocale().toString(d.dueDate, QLocale::ShortFormat)));
        } else {
            const QString expiry = d.expiresAt.isValid()
                ? tr("expires %1").arg(QLocale().toString(d.expiresAt.date(), QLocale::ShortFormat))
                : tr("no expiry");
            waivers += QStringLiteral("<li>%1<br>%2 · %3<br>%4</li>")
                           .arg(what, decisionKindLabel(d.kind), expiry, d.justification.toHtmlEscaped());
        }
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Review summary"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 of %2 findings decided: %3 to fix, %4 risks accepted, %5 false positives.")
                         .arg(queue.decidedCount())
                         .arg(queue.total())
                         .arg(counts[int(DecisionKind::Fix)])
                         .arg(counts[int(DecisionKind::AcceptRisk)])
                         .arg(counts[int(DecisionKind::FalsePositive)]));
    if (!fixes.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("To fix"), fixes);
    if (!waivers.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>%3</ul>")
                    .arg(tr("Waived"),
                         tr("These findings stay visible, marked as waived, and stop counting towards the score "
                            "until their waiver expires."),
                         waivers);
    if (!open.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Still undecided"), open);
    return html;
}

} // namespace bulwark
