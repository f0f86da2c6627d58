#include "RemediationWizard.h"

#include "MetaTypes.h"
#include "remediation/ContainerVerifier.h"
#include "remediation/RemediationAdvisor.h"
#include "remediation/VerifyJob.h"
#include "remediation/RunCommand.h"
#include "remediation/ShellQuote.h"
#include "rules/RuleCatalogue.h"
#include "store/ContainerIdentity.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bulwark {

namespace {

QLabel *wrappedLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    return label;
}

QString optionLines(const QList<RunOption> &options, const QString &prefix)
{
    QStringList lines;
    for (const RunOption &option : options)
        lines << prefix + ShellQuote::join(option);
    return lines.join(QLatin1Char('\n'));
}

const ContainerInfo *findContainer(const HostSnapshot &snapshot, const QString &id)
{
    for (const ContainerInfo &c : snapshot.containers)
        if (c.id == id)
            return &c;
    return nullptr;
}

const ImageInfo *findImage(const HostSnapshot &snapshot, const QString &id)
{
    for (const ImageInfo &i : snapshot.images)
        if (i.id == id)
            return &i;
    return nullptr;
}

} // namespace

RemediationWizard::RemediationWizard(const Finding &finding, const HostSnapshot &snapshot, const HostEndpoint &endpoint,
                                     QWidget *parent)
    : QWizard(parent)
    , m_finding(finding)
    , m_endpoint(endpoint)
{
    setObjectName(QStringLiteral("remediationWizard"));
    setWindowTitle(tr("Fix: %1").arg(finding.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(860, 640);

    const RemediationAdvisor advisor;
    m_remediation = advisor.advise(finding, snapshot);
    if (finding.scope == RuleScope::Container) {
        if (const ContainerInfo *container = findContainer(snapshot, finding.targetId)) {
            m_containerIdentity = store::containerIdentity(*container);
            m_containerName = container->name;
            m_containerFindings = container->findings;
            RunCommand command = RunCommand::reconstruct(*container, findImage(snapshot, container->imageId));
            command.apply(m_remediation);
            m_runCommand = command.shellText(true);
            for (const QString &note : command.notes())
                m_remediation.notes << note;
        }
    }

    setPage(RiskPage, createRiskPage());
    setPage(CurrentPage, createCurrentPage());
    setPage(ChangePage, createChangePage());
    // Verify rescans one container; images and the daemon are verified by the next full scan.
    if (!m_containerIdentity.isEmpty())
        setPage(VerifyPage, createVerifyPage());
}

RemediationWizard::~RemediationWizard() = default;

QWizardPage *RemediationWizard::createRiskPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("1. What the risk is"));
    page->setSubTitle(m_finding.title);
    const QString cis = m_remediation.cis.isEmpty()
        ? tr("No CIS Docker Benchmark recommendation corresponds to this rule.")
        : tr("CIS Docker Benchmark v1.6.0, recommendation %1.").arg(m_remediation.cis);
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(severityLabel(m_finding.severity).toHtmlEscaped(), m_finding.ruleId,
                            (m_finding.scope == RuleScope::Daemon ? tr("Docker daemon") : m_finding.targetName)
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(m_remediation.risk.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(cis.toHtmlEscaped());
    html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(tr("What Bulwark saw:"), m_finding.evidence.toHtmlEscaped());
    if (m_finding.waiver.state == WaiverState::Waived)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This finding is waived (%1): it does not count towards the score.")
                             .arg(m_finding.waiver.justification)
                             .toHtmlEscaped());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(html, page));
    layout->addStretch(1);
    return page;
}

QWizardPage *RemediationWizard::createCurrentPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("2. The current setting"));
    page->setSubTitle(tr("Read from the configuration of %1 as the daemon reports it.")
                          .arg(m_finding.scope == RuleScope::Daemon ? tr("the Docker daemon") : m_finding.targetName));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(codeBlock(tr("Current setting"), QStringLiteral("current"),
                                m_remediation.currentSetting.isEmpty() ? m_finding.evidence : m_remediation.currentSetting,
                                page));
    if (m_remediation.compose.fromCompose()) {
        const ComposeChange &compose = m_remediation.compose;
        layout->addWidget(wrappedLabel(
            tr("This container was created by Docker Compose: project <b>%1</b>, service <b>%2</b>, from %3. "
               "Change the compose file rather than the container, or the next <code>docker compose up</code> "
               "brings the old setting back.")
                .arg(compose.project.toHtmlEscaped(), compose.service.toHtmlEscaped(),
                     compose.configFiles.isEmpty() ? tr("an unknown file")
                                                   : compose.configFiles.join(QStringLiteral(", ")).toHtmlEscaped()),
            page));
    }
    layout->addStretch(1);
    return page;
}

QWizardPage *RemediationWizard::createChangePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("3. The change"));
    page->setSubTitle(m_remediation.summary.isEmpty() ? tr("What to change, concretely.") : m_remediation.summary);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_remediation.hasRunChanges()) {
        QStringList parts;
        if (!m_remediation.runRemove.isEmpty())
            parts << optionLines(m_remediation.runRemove, tr("remove: "));
        if (!m_remediation.runAdd.isEmpty())
            parts << optionLines(m_remediation.runAdd, tr("add:    "));
        if (!m_remediation.imageReplacement.isEmpty())
            parts << tr("image:  %1").arg(m_remediation.imageReplacement);
        layout->addWidget(codeBlock(tr("docker run options"), QStringLiteral("flags"), parts.join(QLatin1Char('\n')),
                                    content));
    }
    if (!m_runCommand.isEmpty() && m_remediation.hasRunChanges())
        layout->addWidget(codeBlock(tr("The whole command, with the change (remove the old container first: "
                                       "docker rm -f %1)")
                                        .arg(m_containerName),
                                    QStringLiteral("run"), m_runCommand, content));
    if (m_remediation.compose.fromCompose() && !m_remediation.compose.isEmpty())
        layout->addWidget(codeBlock(tr("Compose: service %1 (then docker compose up -d %1)").arg(m_remediation.compose.service),
                                    QStringLiteral("compose"), m_remediation.compose.yaml(), content));
    if (!m_remediation.dockerfileLines.isEmpty())
        layout->addWidget(codeBlock(tr("Dockerfile (then rebuild the image and re-create its containers)"),
                                    QStringLiteral("dockerfile"), m_remediation.dockerfileLines.join(QLatin1Char('\n')),
                                    content));
    if (!m_remediation.daemonJson.isEmpty())
        layout->addWidget(codeBlock(tr("/etc/docker/daemon.json (then restart the daemon)"), QStringLiteral("daemon"),
                                    m_remediation.daemonJson, content));
    if (!m_remediation.manualSteps.isEmpty())
        layout->addWidget(wrappedLabel(QStringLiteral("<p>%1</p>").arg(m_remediation.manualSteps.toHtmlEscaped()), content));
    QString notes;
    for (const QString &note : m_remediation.notes)
        notes += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    if (!notes.isEmpty())
        layout->addWidget(wrappedLabel(QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Before you apply it"), notes),
                                       content));
    layout->addWidget(wrappedLabel(
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("Bulwark never changes a container itself: you apply the change, then Verify checks it.")),
        content));
    layout->addStretch(1);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    return page;
}

QWizardPage *RemediationWizard::createVerifyPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("4. Verify"));
    page->setSubTitle(tr("Re-create %1 with the change, then press Verify: Bulwark rescans just that container.")
                          .arg(m_containerName));
    m_verifyButton = new QPushButton(tr("&Verify"), page);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setEnabled(false);
    m_verifyProgress = new QProgressBar(page);
    m_verifyProgress->setRange(0, 0);
    m_verifyProgress->hide();
    m_verifyResult = new QTextBrowser(page);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    connect(m_verifyButton, &QPushButton::clicked, this, &RemediationWizard::startVerify);
    connect(m_cancelButton, &QPushButton::clicked, this, &RemediationWizard::cancelVerify);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_verifyProgress, 1);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_verifyResult, 1);
    return page;
}

QWidget *RemediationWizard::codeBlock(const QString &title, const QString &name, const QString &text, QWidget *parent)
{
    m_copyTexts.insert(name, text);
    auto *box = new QGroupBox(title, parent);
    auto *edit = new QPlainTextEdit(text, box);
    edit->setObjectName(QStringLiteral("code_%1").arg(name));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = std::clamp(int(text.count(QLatin1Char('\n'))) + 2, 2, 14);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    auto *copy = new QPushButton(tr("Copy"), box);
    copy->setObjectName(QStringLiteral("copy_%1").arg(name));
    connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(edit, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
    return box;
}

QString RemediationWizard::copyText(const QString &name) const
{
    return m_copyTexts.value(name);
}

void RemediationWizard::startVerify()
{
    if (m_containerIdentity.isEmpty() || (m_job && m_job->isRunning()))
        return;
    delete m_job;
    m_job = new VerifyJob(m_endpoint, m_containerIdentity, m_containerFindings, {}, this);
    connect(m_job, &VerifyJob::finished, this, &RemediationWizard::onVerified);
    connect(m_job, &VerifyJob::failed, this, &RemediationWizard::onVerifyFailed);
    m_verifyResult->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Rescanning %1…").arg(m_containerName).toHtmlEscaped()));
    setVerifyRunning(true);
    m_job->start();
}

void RemediationWizard::cancelVerify()
{
    if (!m_job)
        return;
    m_job->cancel();
    setVerifyRunning(false);
    m_verifyResult->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Verification cancelled.")));
}

void RemediationWizard::setVerifyRunning(bool running)
{
    m_verifyButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_verifyProgress->setVisible(running);
}

void RemediationWizard::onVerified(const VerifyResult &result)
{
    setVerifyRunning(false);
    // The headline is this wizard's finding; the container's other findings follow,
    // so a fix that traded one weakness for another does not go unnoticed.
    bool resolved = true;
    QString others;
    int othersOpen = 0;
    QString html;
    for (const FindingOutcome &outcome : result.outcomes) {
        if (outcome.original.ruleId != m_finding.ruleId) {
            if (!outcome.resolved)
                ++othersOpen;
            else
                others += QStringLiteral("<li>%1</li>").arg(tr("Resolved too: %1").arg(outcome.original.title).toHtmlEscaped());
            continue;
        }
        resolved = outcome.resolved;
        if (outcome.resolved)
            html += QStringLiteral("<h3 style='color:#1b7f3b'>✔ %1</h3><p>%2</p>")
                        .arg(tr("Resolved"),
                             tr("%1 no longer has “%2”.").arg(result.container.name, outcome.original.title).toHtmlEscaped());
        else
            html += QStringLiteral("<h3 style='color:#b3261e'>✘ %1</h3><p>%2</p><p><code>%3</code></p>")
                        .arg(tr("Still present"),
                             tr("%1 still has “%2”. What is still wrong:")
                                 .arg(result.container.name, outcome.current.title)
                                 .toHtmlEscaped(),
                             outcome.current.evidence.toHtmlEscaped());
    }
    if (!others.isEmpty())
        html += QStringLiteral("<ul>%1</ul>").arg(others);
    if (othersOpen > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n other finding(s) of this container are still open.", nullptr, othersOpen).toHtmlEscaped());
    if (!result.newFindings.isEmpty()) {
        html += QStringLiteral("<p style='color:#b3261e'>%1</p><ul>")
                    .arg(tr("The re-created container has findings it did not have before:").toHtmlEscaped());
        for (const Finding &finding : result.newFindings)
            html += QStringLiteral("<li>%1 — %2</li>").arg(finding.title.toHtmlEscaped(), finding.evidence.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Container %1 now scores %2.").arg(result.container.name).arg(result.container.risk.score).toHtmlEscaped());
    m_verifyResult->setHtml(html);
    Q_EMIT verified(resolved);
}

void RemediationWizard::onVerifyFailed(const EngineError &error)
{
    setVerifyRunning(false);
    m_verifyResult->setHtml(QStringLiteral("<p style='color:#b3261e'>%1</p>")
                                .arg(tr("Could not verify: %1").arg(error.toString()).toHtmlEscaped()));
}

QString RemediationWizard::verifyResultText() const
{
    return m_verifyResult ? m_verifyResult->toPlainText() : QString();
}

} // namespace bulwark
