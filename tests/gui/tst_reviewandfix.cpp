// Issue 6 in the GUI, offscreen: Review mode driven by its keyboard shortcuts over a
// real scan database, the "Fix this…" wizard's pages and copy texts, the remediation
// plan, and File → Export report… rendering a PDF preview and writing files.
#include "ExportReportDialog.h"
#include "ModelRoles.h"
#include "RemediationPlanDialog.h"
#include "RemediationWizard.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "ReviewWindow.h"
#include "StoreFixtures.h"
#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class TestReviewAndFix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queueOrderAndWaivers();
    void reviewByKeyboard();
    void incompleteDecisionsAreRefused();
    void wizardForPrivilegedContainer();
    void wizardForComposeService();
    void wizardVerifyReportsUnreachableHost();
    void remediationPlanSaves();
    void exportDialogPreviewsAndWrites();

private:
    // Stores the snapshot in a fresh database; returns {hostId, scanId}.
    std::pair<qint64, qint64> store(const HostSnapshot &snapshot);
    void key(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);

    QTemporaryDir m_dir;
    QString m_path;
    HostSnapshot m_snapshot;
};

void TestReviewAndFix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_snapshot = test::realisticHost(QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(m_snapshot.assessed);
}

std::pair<qint64, qint64> TestReviewAndFix::store(const HostSnapshot &snapshot)
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("review-%1.db").arg(++n));
    auto db = store::ScanDatabase::open(m_path);
    if (!db)
        return {0, 0};
    store::ScanStore scans(*db.value());
    auto id = scans.save(snapshot);
    if (!id)
        return {0, 0};
    auto summary = scans.summary(id.value());
    return {summary ? summary.value().hostId : 0, id.value()};
}

void TestReviewAndFix::key(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

void TestReviewAndFix::queueOrderAndWaivers()
{
    ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(m_snapshot);
    const QList<ReviewItem> all = ReviewQueueModel::itemsOf(m_snapshot);
    QCOMPARE(model.rowCount(), all.size());
    QVERIFY(model.rowCount() > 3);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.item(row - 1).finding.severity >= model.item(row).finding.severity);
    QCOMPARE(model.item(0).finding.severity, Severity::Critical);
    QCOMPARE(model.data(model.index(0, ReviewQueueModel::DecisionColumn)).toString(), QStringLiteral("undecided"));

    // A waived finding was decided before: not in the queue. An expired one is, flagged.
    HostSnapshot waived = m_snapshot;
    waived.containers[0].findings[0].waiver.state = WaiverState::Waived;
    waived.containers[0].findings[1].waiver.state = WaiverState::Expired;
    model.setSnapshot(waived);
    QCOMPARE(model.rowCount(), all.size() - 1);
    bool flagged = false;
    for (int row = 0; row < model.rowCount(); ++row)
        flagged |= model.data(model.index(row, ReviewQueueModel::TitleColumn)).toString().endsWith(QStringLiteral("(waiver expired)"));
    QVERIFY(flagged);
}

void TestReviewAndFix::reviewByKeyboard()
{
    const auto [hostId, scanId] = store(m_snapshot);
    QVERIFY(hostId > 0 && scanId > 0);
    auto session = std::make_unique<ReviewSession>(m_path);
    QString error;
    QVERIFY2(session->start(hostId, scanId, QStringLiteral("alice"), &error), qPrintable(error));
    ReviewWindow window(std::move(session), m_snapshot);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *progress = window.findChild<QLabel *>(QStringLiteral("reviewProgress"));
    const int total = window.queue()->total();
    QCOMPARE(progress->text(), QStringLiteral("0 of %1 decided").arg(total));
    QCOMPARE(window.currentRow(), 0);
    const ReviewItem first = window.queue()->item(0);

    // Ctrl+2: accept the risk; a justification, then Ctrl+Return records it and moves on.
    key(&window, Qt::Key_2);
    auto *justification = window.findChild<QPlainTextEdit *>(QStringLiteral("reviewJustification"));
    QVERIFY(justification->isEnabled());
    justification->setFocus();
    QTest::keyClicks(justification, QStringLiteral("Break-glass admin shell, removed after the migration"));
    key(&window, Qt::Key_Return);
    QCOMPARE(progress->text(), QStringLiteral("1 of %1 decided").arg(total));
    QCOMPARE(window.currentRow(), 1);

    // Ctrl+1: fix, with an owner.
    key(&window, Qt::Key_1);
    auto *owner = window.findChild<QLineEdit *>(QStringLiteral("reviewOwner"));
    owner->setFocus();
    QTest::keyClicks(owner, QStringLiteral("bob"));
    key(&window, Qt::Key_Return);
    QCOMPARE(progress->text(), QStringLiteral("2 of %1 decided").arg(total));

    // Ctrl+Down skips, Ctrl+Up goes back.
    const int at = window.currentRow();
    key(&window, Qt::Key_Down);
    QCOMPARE(window.currentRow(), at + 1);
    key(&window, Qt::Key_Up);
    QCOMPARE(window.currentRow(), at);

    // Stored as taken: the accepted risk is now the host's waiver, with its expiry.
    {
        auto db = store::ScanDatabase::open(m_path);
        QVERIFY(db);
        auto waivers = store::ReviewStore(*db.value()).waivers(hostId);
        QVERIFY2(waivers, qPrintable(waivers ? QString() : waivers.error().toString()));
        QCOMPARE(waivers.value().size(), 1);
        const Waiver &w = waivers.value().first();
        QCOMPARE(w.ruleId, first.finding.ruleId);
        QCOMPARE(w.targetKey, first.targetKey);
        QCOMPARE(w.kind, WaiverKind::AcceptRisk);
        QCOMPARE(w.reviewer, QStringLiteral("alice"));
        QVERIFY(w.justification.startsWith(QStringLiteral("Break-glass")));
        QVERIFY(w.expiresAt > QDateTime::currentDateTimeUtc().addDays(80));
    }

    // The summary lists both decisions; finishing stores the end of the review.
    window.showSummary();
    QVERIFY(window.summaryShown());
    const QString summary = ReviewWindow::summaryHtml(*window.queue());
    QVERIFY(summary.contains(QStringLiteral("bob")));
    QVERIFY(summary.contains(QStringLiteral("Break-glass")));
    QSignalSpy finished(&window, &ReviewWindow::reviewFinished);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("reviewFinish")), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    auto db = store::ScanDatabase::open(m_path);
    QVERIFY(db);
    auto review = store::ReviewStore(*db.value()).reviewForScan(scanId);
    QVERIFY(review && review.value());
    QVERIFY(review.value()->finishedAt.isValid());
    QCOMPARE(review.value()->decisions.size(), 2);
}

void TestReviewAndFix::incompleteDecisionsAreRefused()
{
    const auto [hostId, scanId] = store(m_snapshot);
    auto session = std::make_unique<ReviewSession>(m_path);
    QString error;
    QVERIFY2(session->start(hostId, scanId, QStringLiteral("carol"), &error), qPrintable(error));
    ReviewWindow window(std::move(session), m_snapshot);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *problem = window.findChild<QLabel *>(QStringLiteral("reviewError"));
    // Accepting a risk without saying why, and a fix without an owner, are refused.
    key(&window, Qt::Key_2);
    QVERIFY(!window.recordCurrent());
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    key(&window, Qt::Key_1);
    QVERIFY(!window.recordCurrent());
    QCOMPARE(window.queue()->decidedCount(), 0);
    auto db = store::ScanDatabase::open(m_path);
    QVERIFY(db);
    auto waivers = store::ReviewStore(*db.value()).waivers(hostId);
    QVERIFY(waivers);
    QVERIFY(waivers.value().isEmpty());
}

namespace {

Finding findingOf(const HostSnapshot &snapshot, const QString &container, const QString &ruleId)
{
    for (const ContainerInfo &c : snapshot.containers)
        if (c.name == container)
            for (const Finding &f : c.findings)
                if (f.ruleId == ruleId)
                    return f;
    return {};
}

} // namespace

void TestReviewAndFix::wizardForPrivilegedContainer()
{
    const Finding privileged = findingOf(m_snapshot, QStringLiteral("admin-shell"), QStringLiteral("BW-C001"));
    QCOMPARE(privileged.ruleId, QStringLiteral("BW-C001"));
    RemediationWizard wizard(privileged, m_snapshot, m_snapshot.endpoint);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(RemediationWizard::RiskPage));
    for (int page : {RemediationWizard::CurrentPage, RemediationWizard::ChangePage, RemediationWizard::VerifyPage}) {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), page);
    }
    QVERIFY(wizard.copyText(QStringLiteral("current")).contains(QStringLiteral("Privileged")));
    QVERIFY(wizard.copyText(QStringLiteral("flags")).contains(QStringLiteral("remove: --privileged")));
    const QString run = wizard.copyText(QStringLiteral("run"));
    QVERIFY(run.startsWith(QStringLiteral("docker run")));
    QVERIFY(!run.contains(QStringLiteral("--privileged")));
    QVERIFY(run.contains(QStringLiteral("--name admin-shell")));
    // The copy button puts exactly that text on the clipboard.
    wizard.back();
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("copy_run")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), run);
}

void TestReviewAndFix::wizardForComposeService()
{
    const ContainerInfo *web = nullptr;
    for (const ContainerInfo &c : m_snapshot.containers)
        if (c.name == QStringLiteral("shop-web-1"))
            web = &c;
    QVERIFY(web);
    // The first finding with a setting to change on the compose service.
    bool checked = false;
    for (const Finding &finding : web->findings) {
        RemediationWizard wizard(finding, m_snapshot, m_snapshot.endpoint);
        if (!wizard.remediation().compose.fromCompose() || wizard.remediation().compose.isEmpty())
            continue;
        const QString yaml = wizard.copyText(QStringLiteral("compose"));
        QVERIFY2(yaml.contains(QStringLiteral("services:\n  web:")), qPrintable(yaml));
        checked = true;
        break;
    }
    QVERIFY(checked);
    // Image findings are verified by the next full scan: no Verify page.
    const ImageInfo &image = m_snapshot.images.at(1);
    QVERIFY(!image.findings.isEmpty());
    RemediationWizard imageWizard(image.findings.first(), m_snapshot, m_snapshot.endpoint);
    QVERIFY(!imageWizard.pageIds().contains(RemediationWizard::VerifyPage));
}

void TestReviewAndFix::wizardVerifyReportsUnreachableHost()
{
    const Finding privileged = findingOf(m_snapshot, QStringLiteral("admin-shell"), QStringLiteral("BW-C001"));
    const HostEndpoint nowhere = HostEndpoint::parse(m_dir.filePath(QStringLiteral("absent.sock")).prepend(QStringLiteral("unix://"))).value();
    RemediationWizard wizard(privileged, m_snapshot, nowhere);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy verified(&wizard, &RemediationWizard::verified);
    wizard.startVerify();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.verifyResultText().startsWith(QStringLiteral("Could not verify")), 20000);
    QCOMPARE(verified.size(), 0);
}

void TestReviewAndFix::remediationPlanSaves()
{
    RemediationPlanDialog dialog(m_snapshot, Policy{});
    QVERIFY(dialog.markdown().contains(QStringLiteral("admin-shell")));
    const QString path = m_dir.filePath(QStringLiteral("plan.md"));
    QCOMPARE(dialog.saveTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), dialog.markdown());
    QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("no/such/dir/plan.md"))).isEmpty());
}

void TestReviewAndFix::exportDialogPreviewsAndWrites()
{
    const auto [hostId, scanId] = store(m_snapshot);
    ExportReportDialog dialog(m_path, hostId, scanId, QStringLiteral("dana"));
    QSignalSpy preview(&dialog, &ExportReportDialog::previewReady);
    dialog.show();
    QVERIFY(preview.wait(30000));
    QVERIFY2(dialog.previewPageCount() >= 3, qPrintable(dialog.statusText()));
    QCOMPARE(dialog.selectedScan(), scanId);

    QSignalSpy exported(&dialog, &ExportReportDialog::exported);
    dialog.setFormat(QStringLiteral("json"));
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    dialog.setOutputPath(json);
    dialog.exportReport();
    QVERIFY(exported.wait(30000));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bulwark.report/1"));

    QSignalSpy failed(&dialog, &ExportReportDialog::exportFailed);
    dialog.setFormat(QStringLiteral("pdf"));
    dialog.setOutputPath(m_dir.filePath(QStringLiteral("missing-dir/report.pdf")));
    dialog.exportReport();
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("missing-dir")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing-dir/report.pdf"))));
}

QTEST_MAIN(TestReviewAndFix)
#include "tst_reviewandfix.moc"
