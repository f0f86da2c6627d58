#include "EventPanel.h"

#include "EventFeed.h"
#include "EventFilterProxyModel.h"
#include "EventModel.h"
#include "TableStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace bulwark {

EventPanel::EventPanel(EventFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_model(new EventModel(this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_type(new QComboBox(this))
    , m_securityOnly(new QCheckBox(tr("Security only"), this))
    , m_filter(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Notify on security events"), this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);

    m_type->setObjectName(QStringLiteral("eventTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    // The daemon's own type names: they are what `docker events --filter type=` takes.
    for (const char *type : {"container", "image", "network", "volume", "daemon", "plugin"})
        m_type->addItem(QString::fromLatin1(type), QString::fromLatin1(type));
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTypeFilter(m_type->currentData().toString()); });

    m_securityOnly->setObjectName(QStringLiteral("eventSecurityOnly"));
    connect(m_securityOnly, &QCheckBox::toggled, m_proxy, &EventFilterProxyModel::setSecurityOnly);

    m_filter->setObjectName(QStringLiteral("eventFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by action, actor or details"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxyModel::setFilterText);

    m_notify->setObjectName(QStringLiteral("eventNotify"));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_notify->setToolTip(tr("This desktop has no system tray: security events are only highlighted here."));

    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("eventCounts"));

    m_view->setObjectName(QStringLiteral("eventView"));
    m_view->setModel(m_proxy);
    TableStyle::apply(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(EventModel::TimeColumn, charWidth * 25);
    m_view->setColumnWidth(EventModel::TypeColumn, charWidth * 11);
    m_view->setColumnWidth(EventModel::ActionColumn, charWidth * 30);
    m_view->setColumnWidth(EventModel::ActorColumn, charWidth * 24);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_type);
    filters->addWidget(m_securityOnly);
    filters->addWidget(m_notify);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_counts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_feed, &EventFeed::eventsReceived, this, &EventPanel::onEvents);
    connect(m_feed, &EventFeed::statusChanged, this, &EventPanel::onStatus);
    connect(m_feed, &EventFeed::failed, this, &EventPanel::onFailed);
    connect(m_feed, &EventFeed::journalFailed, this, &EventPanel::onJournalFailed);
    setHost({});
}

EventPanel::~EventPanel() = default;

void EventPanel::setHost(const QString &displayName)
{
    m_host = displayName;
    m_journalProblem.clear();
    m_model->clear();
    m_status->setText(displayName.isEmpty() ? tr("Not connected: events appear once a host is scanned.")
                                            : tr("Connecting to the event feed of %1…").arg(displayName));
    updateCounts();
}

void EventPanel::onEvents(const QList<EngineEvent> &events)
{
    // Follow the tail only when the user has not scrolled up to read something.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    m_model->appendEvents(events);
    if (atBottom)
        m_view->scrollToBottom();
    updateCounts();
    notifySecurity(events);
}

void EventPanel::notifySecurity(const QList<EngineEvent> &events)
{
    if (!m_notify->isChecked())
        return;
    QList<const EngineEvent *> security;
    for (const EngineEvent &e : events) {
        if (e.securityRelevant())
            security.append(&e);
    }
    if (security.isEmpty())
        return;
    const EngineEvent &first = *security.constFirst();
    const QString actor = first.actorName().isEmpty() ? first.actorId.left(12) : first.actorName();
    QString message = tr("%1 on %2: %3").arg(first.action, actor, EventModel::flagsText(first.securityFlags));
    if (security.size() > 1)
        message += QLatin1Char('\n') + tr("and %n more security event(s)", nullptr, int(security.size() - 1));
    const QString title = m_host.isEmpty() ? tr("Security event") : tr("Security event on %1").arg(m_host);
    if (m_notifier) {
        m_notifier(title, message);
    } else if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Bulwark"));
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    } else {
        return; // nowhere to show it; the highlighted row has to do
    }
    ++m_notifications;
}

void EventPanel::onStatus(const StreamStatus &status)
{
    using Kind = StreamStatus::Kind;
    switch (status.kind) {
    case Kind::Connected:
    case Kind::Resumed:
        m_status->setText(tr("Connected: %1").arg(status.message));
        break;
    case Kind::Disconnected:
    case Kind::Reconnecting:
        m_status->setText(tr("Reconnecting: %1").arg(status.message));
        break;
    case Kind::Ended:
        m_status->setText(tr("The event feed ended."));
        break;
    default:
        if (!status.message.isEmpty())
            m_status->setText(status.message);
        break;
    }
    m_status->setProperty("streamState", StreamStatus::kindName(status.kind));
}

void EventPanel::onFailed(const EngineError &error)
{
    m_status->setText(
        tr("The event feed stopped: %1 Rescan the host to follow its events again.").arg(error.toString()));
    m_status->setProperty("streamState", QStringLiteral("failed"));
}

void EventPanel::onJournalFailed(const store::StoreError &error)
{
    m_journalProblem = tr("Events are not being journaled: %1").arg(error.toString());
    updateCounts();
}

void EventPanel::updateCounts()
{
    QString text = tr("%n event(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%n security-relevant", nullptr, m_model->securityCount());
    if (m_model->evictedCount() > 0)
        text += QStringLiteral(" · ")
            + tr("%n oldest dropped from view", nullptr, int(std::min<qint64>(m_model->evictedCount(), INT_MAX)));
    m_counts->setText(text);
    m_counts->setToolTip(m_journalProblem);
    if (!m_journalProblem.isEmpty())
        m_counts->setText(text + QStringLiteral(" · ") + tr("not journaled"));
}

} // namespace bulwark
