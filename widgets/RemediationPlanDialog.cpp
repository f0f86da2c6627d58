#include "RemediationPlanDialog.h"

#include "remediation/RemediationPlan.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bulwark {

RemediationPlanDialog::RemediationPlanDialog(const HostSnapshot &snapshot, const Policy &policy, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("remediationPlanDialog"));
    setWindowTitle(tr("Remediation Plan"));
    resize(900, 700);
    // Re-scoring a few hundred containers once per change takes milliseconds: no worker needed.
    m_markdown = RemediationPlan::build(snapshot, policy).toMarkdown();
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setOpenExternalLinks(true);
    m_view->setMarkdown(m_markdown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("Save as Markdown…"), QDialogButtonBox::ActionRole);
    connect(saveButton, &QPushButton::clicked, this, &RemediationPlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Bulwark never changes a container itself: this is a plan for people."), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QString RemediationPlanDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = m_markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void RemediationPlanDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Remediation Plan"),
                                                      QDir::home().filePath(QStringLiteral("remediation-plan.md")),
                                                      tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    m_status->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace bulwark
