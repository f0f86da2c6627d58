#pragma once

#include "HostEndpoint.h"
#include "Snapshot.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace bulwark {

// Where the window is connected and how: URL, transport (plain TCP flagged),
// engine and API version, container count; plus scan progress with Cancel.
class ConnectionStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit ConnectionStatusBar(QWidget *parent = nullptr);

    void setConnection(const HostEndpoint &endpoint, const EngineInfo &engine);
    void setDisconnected();
    void setContainerCount(int shown, int total);

    void showProgress(int done, int total, const QString &text);
    void hideProgress();

signals:
    void cancelRequested();

private:
    QLabel *addField(const QString &objectName);

    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_url;
    QLabel *m_transport;
    QLabel *m_engine;
    QLabel *m_count;
};

} // namespace bulwark
