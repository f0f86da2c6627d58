#pragma once

#include "EngineError.h"
#include "HostScanner.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace bulwark {

// A banner shown in the window when no host could be scanned: each host that
// was tried, what went wrong there and what the user can do about it.
class ConnectionErrorPanel : public QFrame {
    Q_OBJECT

public:
    explicit ConnectionErrorPanel(QWidget *parent = nullptr);

    void showError(const EngineError &error, const QList<ConnectAttempt> &attempts);
    void clearError();

    [[nodiscard]] EngineError error() const { return m_error; }
    [[nodiscard]] QList<ConnectAttempt> attempts() const { return m_attempts; }
    // The explanation as plain text, as shown.
    [[nodiscard]] QString detailText() const;

signals:
    void retryRequested();
    void connectRequested();

private:
    static QString attemptHtml(const HostEndpoint &endpoint, const EngineError &error);

    EngineError m_error;
    QList<ConnectAttempt> m_attempts;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_connect;
};

} // namespace bulwark
