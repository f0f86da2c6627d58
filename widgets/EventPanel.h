#pragma once

#include "EngineError.h"
#include "store/StoreError.h"
#include "stream/EngineEvent.h"
#include "stream/StreamStatus.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSystemTrayIcon;
class QTableView;

namespace bulwark {

class EventFeed;
class EventFilterProxyModel;
class EventModel;

// The "Events" tab: the connected host's /events as they arrive, newest at the
// bottom (the view follows the tail unless scrolled up), filtered by type,
// security relevance and text. Security-relevant events are highlighted and,
// when "Notify on security events" is on and the desktop has a system tray,
// raise a notification (one per batch). The status line says whether the feed
// is connected, reconnecting or stopped.
class EventPanel : public QWidget {
    Q_OBJECT

public:
    using Notifier = std::function<void(const QString &title, const QString &message)>;

    explicit EventPanel(EventFeed *feed, QWidget *parent = nullptr);
    ~EventPanel() override;

    // Clears the table for a new host (or none, with an empty name).
    void setHost(const QString &displayName);
    // Replaces the system tray notification, for tests.
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }
    [[nodiscard]] int notificationCount() const { return m_notifications; }

    [[nodiscard]] EventModel *model() const { return m_model; }
    [[nodiscard]] EventFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QCheckBox *notifyCheck() const { return m_notify; }

private:
    void onEvents(const QList<EngineEvent> &events);
    void onStatus(const StreamStatus &status);
    void onFailed(const EngineError &error);
    void onJournalFailed(const store::StoreError &error);
    void notifySecurity(const QList<EngineEvent> &events);
    void updateCounts();

    EventFeed *m_feed;
    EventModel *m_model;
    EventFilterProxyModel *m_proxy;
    QComboBox *m_type;
    QCheckBox *m_securityOnly;
    QLineEdit *m_filter;
    QCheckBox *m_notify;
    QLabel *m_status;
    QLabel *m_counts;
    QTableView *m_view;
    QSystemTrayIcon *m_tray = nullptr;
    Notifier m_notifier;
    QString m_host;
    QString m_journalProblem;
    int m_notifications = 0;
};

} // namespace bulwark
