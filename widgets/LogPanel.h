#pragma once

#include "HostEndpoint.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace bulwark {

class ContainerTableModel;
class LogFilterProxyModel;
class LogFollower;
class LogHighlightDelegate;
class LogModel;
struct StreamStatus;

// Live logs of one or several containers of the connected host, side by side in
// one table: follow and stop, pause (the buffer keeps filling, the view holds
// still), follow the tail, search with highlight, filters by stream, container,
// text or regular expression and security flag, copy and save, and the rate and
// the stream's reconnects and gaps underneath.
class LogPanel : public QWidget {
    Q_OBJECT

public:
    // containers offers the scanned host's containers to follow; may be null.
    explicit LogPanel(ContainerTableModel *containers, QWidget *parent = nullptr);
    ~LogPanel() override;

    [[nodiscard]] LogModel *model() const { return m_model; }
    [[nodiscard]] LogFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] LogFollower *follower() const { return m_follower; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    // The host to follow containers on; another host stops what was followed.
    void setEndpoint(const HostEndpoint &endpoint);
    // Follows the container (full id, or a name) on the current host; false without one.
    bool follow(const QString &container);
    void stopAll();

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const;
    [[nodiscard]] bool followsTail() const;

    // Moves to the next (or previous) shown line containing the search text; false when none does.
    bool findNext(bool backwards = false);
    // The selected rows, one line each: time, container, stream, text separated by tabs.
    [[nodiscard]] QString selectedLinesText() const;
    void copySelection();
    // Writes the lines the filters show to path on a worker thread; saveFinished reports the outcome.
    void saveVisibleLinesTo(const QString &path);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] double linesPerSecond() const { return m_rate; }

signals:
    void saveFinished(bool ok, const QString &message);

private:
    void buildToolbars();
    void followPicked();
    void stopPicked();
    void onFollowedChanged(const QStringList &containers);
    void onStatus(const StreamStatus &status);
    void onDrained();
    void applyTextFilter();
    void updateRate();
    void saveVisibleLines();
    void showStatus(const QString &text, bool error = false);
    [[nodiscard]] QString displayName(const QString &container) const;

    ContainerTableModel *m_containers;
    LogModel *m_model;
    LogFilterProxyModel *m_proxy;
    LogFollower *m_follower;
    LogHighlightDelegate *m_delegate;
    QTableView *m_view;
    QComboBox *m_picker;
    QPushButton *m_followButton;
    QPushButton *m_stopButton;
    QToolButton *m_pauseButton;
    QToolButton *m_tailButton;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
    QToolButton *m_clearButton;
    QLineEdit *m_search;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QComboBox *m_streamFilter;
    QComboBox *m_containerFilter;
    QLineEdit *m_textFilter;
    QCheckBox *m_regex;
    QCheckBox *m_securityOnly;
    QLabel *m_rateLabel;
    QLabel *m_statusLabel;
    QTimer *m_rateTimer;
    QElapsedTimer m_rateClock;
    qint64 m_lastReceived = 0;
    double m_rate = 0;
    bool m_saving = false;
};

} // namespace bulwark
