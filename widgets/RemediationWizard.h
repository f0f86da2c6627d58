#pragma once

#include "Snapshot.h"
#include "remediation/Remediation.h"

#include <QWizard>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace bulwark {

class VerifyJob;
struct VerifyResult;
struct EngineError;

// "Fix this…": walks one finding from what the risk is, through the current
// setting and the concrete change (docker run options, the compose service's
// YAML, Dockerfile lines or daemon.json, each with a copy button), to Verify:
// once the user has re-created the container, Bulwark rescans just that
// container and says whether the finding is gone. Bulwark never changes a
// container itself.
class RemediationWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { RiskPage, CurrentPage, ChangePage, VerifyPage };

    // endpoint: the host to rescan for Verify (the snapshot's host).
    RemediationWizard(const Finding &finding, const HostSnapshot &snapshot, const HostEndpoint &endpoint,
                      QWidget *parent = nullptr);
    ~RemediationWizard() override;

    [[nodiscard]] const Remediation &remediation() const { return m_remediation; }
    // The full `docker run` that recreates the container with the fix; "" for images and the daemon.
    [[nodiscard]] QString runCommandText() const { return m_runCommand; }
    // The texts the copy buttons put on the clipboard, by name: "flags", "run", "compose",
    // "dockerfile", "daemon".
    [[nodiscard]] QString copyText(const QString &name) const;
    void startVerify();
    void cancelVerify();
    [[nodiscard]] QString verifyResultText() const;

Q_SIGNALS:
    // Verify finished; resolved is true when the finding is gone from the container.
    void verified(bool resolved);

private:
    QWizardPage *createRiskPage();
    QWizardPage *createCurrentPage();
    QWizardPage *createChangePage();
    QWizardPage *createVerifyPage();
    QWidget *codeBlock(const QString &title, const QString &name, const QString &text, QWidget *parent);
    void onVerified(const VerifyResult &result);
    void onVerifyFailed(const EngineError &error);
    void setVerifyRunning(bool running);

    Finding m_finding;
    HostEndpoint m_endpoint;
    Remediation m_remediation;
    QString m_runCommand;
    QString m_containerIdentity; // how Verify finds the re-created container
    QString m_containerName;
    QList<Finding> m_containerFindings; // all of them: Verify tells new findings from old ones
    QHash<QString, QString> m_copyTexts;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_verifyProgress = nullptr;
    QTextBrowser *m_verifyResult = nullptr;
    VerifyJob *m_job = nullptr;
};

} // namespace bulwark
