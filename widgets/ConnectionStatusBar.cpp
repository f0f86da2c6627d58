#include "ConnectionStatusBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace bulwark {

ConnectionStatusBar::ConnectionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(fontMetrics().height() + 4);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running scan"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &ConnectionStatusBar::cancelRequested);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);

    m_url = addField(QStringLiteral("connectionLabel"));
    m_transport = addField(QStringLiteral("transportLabel"));
    m_engine = addField(QStringLiteral("engineLabel"));
    m_count = addField(QStringLiteral("containerCountLabel"));

    hideProgress();
    setDisconnected();
}

QLabel *ConnectionStatusBar::addField(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addPermanentWidget(label);
    return label;
}

void ConnectionStatusBar::setConnection(const HostEndpoint &endpoint, const EngineInfo &engine)
{
    m_url->setText(endpoint.url);
    m_url->setToolTip(endpoint.source.isEmpty() ? endpoint.url : tr("%1\nSource: %2").arg(endpoint.url, endpoint.source));

    if (endpoint.isInsecure()) {
        m_transport->setText(tr("⚠ Plain TCP: unencrypted, unauthenticated"));
        m_transport->setToolTip(tr("Anyone who can reach this port controls the Docker host as root. Use TLS or SSH."));
        m_transport->setStyleSheet(QStringLiteral("QLabel { color: white; background-color: #b3261e; border-radius: 3px; font-weight: bold; }"));
    } else {
        QString transport = transportName(endpoint.transport);
        if (endpoint.tls)
            transport = endpoint.tlsFiles.verify ? tr("TCP + TLS (verified)") : tr("TCP + TLS (NOT verified)");
        else if (endpoint.transport == Transport::Unix)
            transport = tr("Unix socket");
        m_transport->setText(transport);
        m_transport->setToolTip({});
        m_transport->setStyleSheet({});
    }
    m_transport->show();

    m_engine->setText(tr("Engine %1 · API %2").arg(engine.engineVersion, engine.apiVersion));
    m_engine->setToolTip(tr("%1 on %2 (%3)").arg(engine.os, engine.name, engine.architecture));
    m_engine->show();
}

void ConnectionStatusBar::setDisconnected()
{
    m_url->setText(tr("Not connected"));
    m_url->setToolTip({});
    m_transport->hide();
    m_engine->hide();
    m_count->hide();
}

void ConnectionStatusBar::setContainerCount(int shown, int total)
{
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 container") : tr("%1 containers").arg(total));
    else
        m_count->setText(tr("%1 of %2 containers shown").arg(shown).arg(total));
    m_count->show();
}

void ConnectionStatusBar::showProgress(int done, int total, const QString &text)
{
    // total 0: the stage has no known size yet, show a busy indicator.
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(qBound(0, done, qMax(total, 0)));
    m_progress->show();
    m_cancel->show();
    if (!text.isEmpty())
        showMessage(text);
}

void ConnectionStatusBar::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
    m_progress->reset();
}

} // namespace bulwark
