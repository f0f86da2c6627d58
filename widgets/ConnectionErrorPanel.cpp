#include "ConnectionErrorPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bulwark {

ConnectionErrorPanel::ConnectionErrorPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_connect(new QPushButton(tr("Connect to &another host…"), this))
{
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    // Fixed colours (not the palette) so the banner reads the same in light and dark themes.
    setStyleSheet(QStringLiteral("#errorPanel { background-color: #fdeded; border: 1px solid #e8a3a3; border-radius: 6px; }"
                                 "#errorPanel QLabel { color: #5f2120; background: transparent; }"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_title->setObjectName(QStringLiteral("errorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectionErrorPanel::retryRequested);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionErrorPanel::connectRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_connect);
    buttons->addStretch();

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_details);
    text->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    hide();
}

void ConnectionErrorPanel::showError(const EngineError &error, const QList<ConnectAttempt> &attempts)
{
    m_error = error;
    m_attempts = attempts;

    if (error.kind == ErrorKind::Cancelled)
        m_title->setText(tr("The scan was cancelled"));
    else if (attempts.size() > 1)
        m_title->setText(tr("Could not connect to any of %1 Docker hosts").arg(attempts.size()));
    else
        m_title->setText(tr("Could not connect to Docker"));

    QString html;
    if (attempts.isEmpty()) {
        HostEndpoint endpoint;
        endpoint.url = error.endpoint;
        html = attemptHtml(endpoint, error);
    } else {
        html = tr("<p>Hosts tried, in order:</p>");
        html += QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
        for (const ConnectAttempt &attempt : attempts)
            html += QStringLiteral("<li>%1</li>").arg(attemptHtml(attempt.endpoint, attempt.error));
        html += QStringLiteral("</ol>");
    }
    m_details->setText(html);
    show();
}

QString ConnectionErrorPanel::attemptHtml(const HostEndpoint &endpoint, const EngineError &error)
{
    QString html;
    const QString url = endpoint.url.isEmpty() ? error.endpoint : endpoint.url;
    if (!url.isEmpty()) {
        html += QStringLiteral("<b>%1</b>").arg(url.toHtmlEscaped());
        if (!endpoint.source.isEmpty())
            html += QStringLiteral(" <span style=\"color:#8a4a48\">— %1</span>").arg(endpoint.source.toHtmlEscaped());
        html += QStringLiteral("<br/>");
    }
    html += error.message.toHtmlEscaped();
    if (!error.hint.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(error.hint.toHtmlEscaped());
    return html;
}

void ConnectionErrorPanel::clearError()
{
    m_error = {};
    m_attempts.clear();
    m_details->clear();
    hide();
}

QString ConnectionErrorPanel::detailText() const
{
    QTextDocument document;
    document.setHtml(m_details->text());
    return m_title->text() + QLatin1Char('\n') + document.toPlainText();
}

} // namespace bulwark
