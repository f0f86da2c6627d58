#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace bulwark {

struct HostSnapshot;
struct Policy;

// The host's remediation plan: every change worth making, biggest score reduction
// first ("dropping capabilities on these 4 containers removes 38 points"), then
// each container's list. Saved as Markdown for a ticket or a wiki page.
class RemediationPlanDialog : public QDialog {
    Q_OBJECT

public:
    RemediationPlanDialog(const HostSnapshot &snapshot, const Policy &policy, QWidget *parent = nullptr);

    [[nodiscard]] QString markdown() const { return m_markdown; }
    // Writes the Markdown; returns what went wrong, or "".
    QString saveTo(const QString &path) const;

private:
    void save();

    QString m_markdown;
    QTextBrowser *m_view;
    QLabel *m_status;
};

} // namespace bulwark
