#include "LogPanel.h"

#include "ContainerTableModel.h"
#include "LogFilterProxyModel.h"
#include "LogFollower.h"
#include "LogHighlightDelegate.h"
#include "LogModel.h"
#include "ModelRoles.h"
#include "stream/StreamStatus.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace bulwark {

namespace {

// What saving needs from the buffer, copied on the UI thread in one pass so the
// slow part (formatting times, writing) runs on a worker while the log moves on.
struct LogExport {
    struct Row {
        qint64 timeNs;
        quint32 offset;
        quint32 length;
        quint16 container;
        LogStreamKind stream;
        bool marker;
    };
    std::vector<Row> rows;
    QByteArray text;
    QStringList containers;
};

QString writeExport(const QString &path, const LogExport &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray chunk;
    chunk.reserve(1 << 20);
    for (const LogExport::Row &row : data.rows) {
        chunk += LogModel::formatTime(row.timeNs).toUtf8();
        chunk += '\t';
        chunk += data.containers.value(row.container).toUtf8();
        chunk += '\t';
        chunk += (row.marker ? LogPanel::tr("stream") : LogModel::streamName(row.stream)).toUtf8();
        chunk += '\t';
        chunk.append(data.text.constData() + row.offset, row.length);
        chunk += '\n';
        if (chunk.size() >= (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return file.errorString();
            chunk.resize(0);
        }
    }
    if (file.write(chunk) != chunk.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

LogPanel::LogPanel(ContainerTableModel *containers, QWidget *parent)
    : QWidget(parent)
    , m_containers(containers)
    , m_model(new LogModel(this))
    , m_proxy(new LogFilterProxyModel(this))
    , m_follower(new LogFollower(m_model->queue(), this))
    , m_delegate(new LogHighlightDelegate(this))
    , m_view(new QTableView(this))
    , m_picker(new QComboBox(this))
    , m_followButton(new QPushButton(tr("Follow"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_pauseButton(new QToolButton(this))
    , m_tailButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_saveButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_streamFilter(new QComboBox(this))
    , m_containerFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_securityOnly(new QCheckBox(tr("Security only"), this))
    , m_rateLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_rateTimer(new QTimer(this))
{
    m_model->setSecurityIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(LogModel::TextColumn, m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed row heights and no per-row header work: the table may hold a million rows.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(LogModel::TimeColumn, charWidth * 25);
    m_view->setColumnWidth(LogModel::ContainerColumn, charWidth * 18);
    m_view->setColumnWidth(LogModel::StreamColumn, charWidth * 8);

    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &LogPanel::copySelection);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    buildToolbars();

    m_statusLabel->setObjectName(QStringLiteral("logStatus"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rateLabel->setObjectName(QStringLiteral("logRate"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_statusLabel, 1);
    footer->addWidget(m_rateLabel);

    connect(m_model, &LogModel::drained, this, &LogPanel::onDrained);
    connect(m_follower, &LogFollower::followedChanged, this, &LogPanel::onFollowedChanged);
    connect(m_follower, &LogFollower::statusReported, this, &LogPanel::onStatus);
    connect(m_follower, &LogFollower::ended, this, [this](const QString &, const QString &message) {
        if (!message.isEmpty())
            showStatus(message);
    });
    // Scrolling up by hand stops following the tail; back at the bottom resumes it.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_tailButton->setChecked(bar->sliderPosition() >= bar->maximum());
    });

    m_rateClock.start();
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &LogPanel::updateRate);
    m_rateTimer->start();

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    showStatus(tr("Pick a container and press Follow; or use Follow logs on the Containers tab."));
    updateRate();
}

LogPanel::~LogPanel()
{
    // Join the stream threads before the model and its queue go away with the children.
    m_follower->stopAll();
}

void LogPanel::buildToolbars()
{
    m_picker->setObjectName(QStringLiteral("logContainerPicker"));
    m_picker->setMinimumContentsLength(20);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setToolTip(tr("A container of the connected host"));
    if (m_containers) {
        m_picker->setModel(m_containers);
        m_picker->setModelColumn(ContainerTableModel::NameColumn);
    }
    m_followButton->setObjectName(QStringLiteral("logFollowButton"));
    m_followButton->setToolTip(tr("Follow the picked container's log next to those already followed"));
    connect(m_followButton, &QPushButton::clicked, this, &LogPanel::followPicked);
    m_stopButton->setObjectName(QStringLiteral("logStopButton"));
    m_stopButton->setToolTip(tr("Stop following the container chosen in the container filter, or all"));
    connect(m_stopButton, &QPushButton::clicked, this, &LogPanel::stopPicked);
    m_stopButton->setEnabled(false); // until something is followed

    const auto setUp = [](QToolButton *button, const QString &name, const QString &text, const QString &tip) {
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    };
    setUp(m_pauseButton, QStringLiteral("logPauseButton"), tr("Pause"),
          tr("Hold the view still; lines keep arriving and show up on resume"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, &LogPanel::setPaused);
    setUp(m_tailButton, QStringLiteral("logTailButton"), tr("Follow tail"), tr("Keep the newest line in view"));
    m_tailButton->setCheckable(true);
    m_tailButton->setChecked(true);
    connect(m_tailButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    setUp(m_copyButton, QStringLiteral("logCopyButton"), tr("Copy"), tr("Copy the selected lines"));
    connect(m_copyButton, &QToolButton::clicked, this, &LogPanel::copySelection);
    setUp(m_saveButton, QStringLiteral("logSaveButton"), tr("Save…"), tr("Save the lines the filters show to a file"));
    connect(m_saveButton, &QToolButton::clicked, this, &LogPanel::saveVisibleLines);
    setUp(m_clearButton, QStringLiteral("logClearButton"), tr("Clear"), tr("Forget the buffered lines"));
    connect(m_clearButton, &QToolButton::clicked, m_model, &LogModel::clear);

    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    // The toolbar row is crowded: without a floor the layout squeezes the search box
    // to a few pixels on a 1280-pixel-wide window.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->setPattern(text);
        m_view->viewport()->update();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    setUp(m_previousButton, QStringLiteral("logPreviousButton"), tr("Previous"),
          tr("Previous line with the search text"));
    connect(m_previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    setUp(m_nextButton, QStringLiteral("logNextButton"), tr("Next"), tr("Next line with the search text"));
    connect(m_nextButton, &QToolButton::clicked, this, [this] { findNext(false); });

    using StreamFilter = LogFilterProxyModel::StreamFilter;
    m_streamFilter->setObjectName(QStringLiteral("logStreamFilter"));
    m_streamFilter->addItem(tr("stdout and stderr"), QVariant::fromValue(StreamFilter::All));
    m_streamFilter->addItem(tr("stdout only"), QVariant::fromValue(StreamFilter::Stdout));
    m_streamFilter->addItem(tr("stderr only"), QVariant::fromValue(StreamFilter::Stderr));
    connect(m_streamFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStreamFilter(m_streamFilter->currentData().value<StreamFilter>()); });
    m_containerFilter->setObjectName(QStringLiteral("logContainerFilter"));
    m_containerFilter->addItem(tr("All containers"), QString());
    connect(m_containerFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_containerFilter->currentData().toString();
        m_proxy->setContainerFilter(id.isEmpty() ? QStringList{} : QStringList{id});
    });
    m_textFilter->setObjectName(QStringLiteral("logTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter lines"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, this, &LogPanel::applyTextFilter);
    m_regex->setObjectName(QStringLiteral("logRegexCheck"));
    connect(m_regex, &QCheckBox::toggled, this, &LogPanel::applyTextFilter);
    m_securityOnly->setObjectName(QStringLiteral("logSecurityOnly"));
    m_securityOnly->setToolTip(tr("Only lines about permissions, authentication, crashes or memory"));
    connect(m_securityOnly, &QCheckBox::toggled, m_proxy, &LogFilterProxyModel::setSecurityOnly);

    auto *streams = new QHBoxLayout;
    streams->addWidget(m_picker, 1);
    streams->addWidget(m_followButton);
    streams->addWidget(m_stopButton);
    streams->addSpacing(12);
    streams->addWidget(m_pauseButton);
    streams->addWidget(m_tailButton);
    streams->addWidget(m_clearButton);
    streams->addWidget(m_copyButton);
    streams->addWidget(m_saveButton);
    streams->addSpacing(12);
    streams->addWidget(m_search, 1);
    streams->addWidget(m_previousButton);
    streams->addWidget(m_nextButton);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_containerFilter);
    filters->addWidget(m_streamFilter);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_regex);
    filters->addWidget(m_securityOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(streams);
    layout->addLayout(filters);
}

void LogPanel::setEndpoint(const HostEndpoint &endpoint)
{
    if (endpoint == m_follower->endpoint())
        return;
    const bool wasFollowing = !m_follower->followed().isEmpty();
    m_follower->setEndpoint(endpoint);
    if (wasFollowing)
        showStatus(endpoint.url.isEmpty() ? tr("Not connected: stopped following.")
                                          : tr("Connected to another host: stopped following."));
}

bool LogPanel::follow(const QString &container)
{
    if (m_follower->endpoint().url.isEmpty()) {
        showStatus(tr("Connect to a Docker host first, then follow a container."), true);
        return false;
    }
    if (!m_follower->follow(container)) {
        showStatus(tr("Could not follow %1.").arg(displayName(container)), true);
        return false;
    }
    showStatus(tr("Following %1.").arg(displayName(container)));
    return true;
}

void LogPanel::stopAll() { m_follower->stopAll(); }

void LogPanel::followPicked()
{
    const QString id = m_picker->currentIndex() >= 0 ? m_picker->currentData(ContainerIdRole).toString() : QString();
    if (id.isEmpty()) {
        showStatus(tr("No container to follow: scan a host that has containers."), true);
        return;
    }
    follow(id);
}

void LogPanel::stopPicked()
{
    const QString id = m_containerFilter->currentData().toString();
    if (id.isEmpty())
        m_follower->stopAll();
    else
        m_follower->stop(id);
    showStatus(id.isEmpty() ? tr("Stopped following.") : tr("Stopped following %1.").arg(displayName(id)));
}

QString LogPanel::displayName(const QString &container) const
{
    if (m_containers) {
        const int row = m_containers->rowOf(container);
        if (row >= 0)
            return m_containers->containerAt(row).name;
    }
    const int index = m_model->buffer().containerIndex(container);
    if (index >= 0)
        return m_model->buffer().containerName(quint16(index));
    return container.size() == 64 ? container.left(12) : container;
}

void LogPanel::onFollowedChanged(const QStringList &containers)
{
    // Followed containers join the filter; ones no longer followed stay while their lines are shown.
    for (const QString &id : containers) {
        if (m_containerFilter->findData(id) < 0)
            m_containerFilter->addItem(displayName(id), id);
    }
    m_stopButton->setEnabled(!containers.isEmpty());
}

void LogPanel::onStatus(const StreamStatus &status)
{
    using Kind = StreamStatus::Kind;
    if (status.kind == Kind::Connected && status.message.isEmpty())
        return;
    QString text = status.message.isEmpty() ? StreamStatus::kindName(status.kind) : status.message;
    if (m_follower->reconnects() > 0 || m_follower->gaps() > 0)
        text = tr("%1 — reconnects: %2, gaps: %3").arg(text).arg(m_follower->reconnects()).arg(m_follower->gaps());
    showStatus(text, status.kind == Kind::Disconnected || status.kind == Kind::Reconnecting);
}

void LogPanel::onDrained()
{
    if (m_tailButton->isChecked())
        m_view->scrollToBottom();
}

void LogPanel::applyTextFilter()
{
    m_proxy->setTextFilter(m_textFilter->text(), m_regex->isChecked());
    if (!m_proxy->isTextFilterValid()) {
        m_textFilter->setToolTip(m_proxy->textFilterError());
        showStatus(m_proxy->textFilterError(), true);
    } else {
        m_textFilter->setToolTip(QString());
    }
}

void LogPanel::setPaused(bool paused)
{
    if (m_pauseButton->isChecked() != paused)
        m_pauseButton->setChecked(paused); // comes back here through toggled
    m_model->setPaused(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && m_tailButton->isChecked())
        m_view->scrollToBottom();
    updateRate();
}

bool LogPanel::isPaused() const { return m_model->isPaused(); }

bool LogPanel::followsTail() const { return m_tailButton->isChecked(); }

void LogPanel::updateRate()
{
    const qint64 received = m_model->receivedLines();
    const qint64 elapsed = m_rateClock.restart();
    m_rate = elapsed > 0 ? double(received - m_lastReceived) * 1000.0 / double(elapsed) : 0.0;
    m_lastReceived = received;
    const QLocale locale;
    QString text = tr("%1 lines/s · %2 lines buffered")
                       .arg(locale.toString(qRound64(m_rate)), locale.toString(qint64(m_model->rowCount())));
    if (m_model->isPaused())
        text += tr(" · paused, %1 waiting").arg(locale.toString(qint64(m_model->pendingLines())));
    m_rateLabel->setText(text);
}

bool LogPanel::findNext(bool backwards)
{
    const QString needle = m_search->text();
    const int rows = m_proxy->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() : (backwards ? rows : -1);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((backwards ? start - step : start + step) % rows + rows) % rows;
        const QModelIndex index = m_proxy->index(row, LogModel::TextColumn);
        if (index.data().toString().contains(needle, Qt::CaseInsensitive)) {
            m_tailButton->setChecked(false); // the match must stay in view
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    showStatus(tr("No shown line contains \"%1\".").arg(needle));
    return false;
}

QString LogPanel::selectedLinesText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : std::as_const(rows))
        lines.append(m_model->lineText(row));
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void LogPanel::copySelection()
{
    const QString text = selectedLinesText();
    if (text.isEmpty()) {
        showStatus(tr("Select lines to copy first."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    showStatus(tr("Copied %n line(s).", nullptr, int(text.count(QLatin1Char('\n')))));
}

void LogPanel::saveVisibleLines()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log Lines"),
                                                      QDir::home().filePath(QStringLiteral("bulwark-logs.log")),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveVisibleLinesTo(path);
}

void LogPanel::saveVisibleLinesTo(const QString &path)
{
    if (m_saving) {
        showStatus(tr("A save is still running; try again when it has finished."), true);
        emit saveFinished(false, tr("A save is still running."));
        return;
    }
    auto data = std::make_shared<LogExport>();
    const LogBuffer &buffer = m_model->buffer();
    const int rows = m_proxy->rowCount();
    data->rows.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const LogBuffer::Entry &e = buffer.at(source);
        const QByteArrayView text = buffer.text(source);
        data->rows.push_back({e.timeNs, quint32(data->text.size()), quint32(text.size()), e.container, e.stream,
                              e.kind == LogBuffer::Kind::Marker});
        data->text.append(text);
    }
    for (int i = 0; i < buffer.containerCount(); ++i)
        data->containers.append(buffer.containerName(quint16(i)));

    m_saving = true;
    m_saveButton->setEnabled(false);
    showStatus(tr("Saving %n line(s) to %1…", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    // A watcher rather than QFuture::then(this, ...): its finished signal is reliably delivered on this thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, rows] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_saving = false;
        m_saveButton->setEnabled(true);
        const QString native = QDir::toNativeSeparators(path);
        const QString message = error.isEmpty()
            ? tr("Saved %n line(s) to %1.", nullptr, rows).arg(native)
            : tr("Could not save the log to %1: %2. Choose another folder or check its permissions.")
                  .arg(native, error);
        showStatus(message, !error.isEmpty());
        emit saveFinished(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([path, data] { return writeExport(path, *data); }));
}

QString LogPanel::statusText() const { return m_statusLabel->text(); }

void LogPanel::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

} // namespace bulwark
