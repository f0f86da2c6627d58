// Guided remediation on a real daemon (fixture docker_daemon): a container with known
// weaknesses is recreated with the docker run command Bulwark reconstructs with its advice
// applied, and the verification finds the findings resolved; recreated unchanged, they are
// still present. Also `bulwark-cli fix` and `bulwark-cli plan` end to end.

#include "CliProcess.h"
#include "TestDaemon.h"

#include "HostScanner.h"
#include "remediation/ContainerVerifier.h"
#include "remediation/RemediationAdvisor.h"
#include "remediation/RemediationPlan.h"
#include "remediation/RunCommand.h"
#include "remediation/VerifyJob.h"
#include "store/ContainerIdentity.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using bulwark::test::docker;

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

namespace {
const QString Prefix = QStringLiteral("it-fix-");
const QString Image = QStringLiteral("local/busybox:1");

HostEndpoint endpoint() { return *HostEndpoint::parse(test::testDockerHost()); }

HostSnapshot scanHost()
{
    HostScanner scanner;
    Expected<HostSnapshot> snap = scanner.scan(endpoint());
    if (!snap)
        qWarning("scan failed: %s", qPrintable(snap.error().message));
    return snap ? std::move(snap).value() : HostSnapshot();
}

const ContainerInfo *named(const HostSnapshot &snap, const QString &name)
{
    for (const ContainerInfo &c : snap.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.ruleId;
    return ids;
}

test::ProcessRun cli(const QStringList &args) { return test::runProcess(QStringLiteral(BULWARK_CLI_PATH), args, {}); }
} // namespace

class TestRemediationIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void adviceAppliedIsResolved();
    void recreatedUnchangedIsStillPresent();
    void cliFixAndVerify();
    void cliPlan();
    void verifyUnknownContainerAndCancel();

private:
    void run(const QStringList &args);
    QTemporaryDir m_dir;
};

void TestRemediationIntegration::run(const QStringList &args)
{
    int code = -1;
    QString err;
    docker(args, &code, &err);
    QVERIFY2(code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + err));
}

void TestRemediationIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY(m_dir.isValid());
    test::removeContainersNamed(Prefix);
}

void TestRemediationIntegration::cleanupTestCase()
{
    if (test::daemonUnavailableReason().isEmpty())
        test::removeContainersNamed(Prefix);
}

void TestRemediationIntegration::adviceAppliedIsResolved()
{
    // A compose-labelled container, so it is found again by its service after re-creation under another name.
    const QString name = Prefix + QStringLiteral("weak");
    run({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN"), QStringLiteral("--restart"), QStringLiteral("always"),
         QStringLiteral("--ulimit"), QStringLiteral("nofile=1024:2048"), QStringLiteral("--env"), QStringLiteral("APP_MODE=prod"),
         QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=itfix"),
         QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=web"),
         QStringLiteral("--label"), QStringLiteral("com.docker.compose.container-number=1"), Image, QStringLiteral("sleep"),
         QStringLiteral("600")});
    const HostSnapshot before = scanHost();
    const ContainerInfo *c = named(before, name);
    QVERIFY(c);
    const QStringList fixed{QStringLiteral("BW-C003"), QStringLiteral("BW-C004"), QStringLiteral("BW-C005"), QStringLiteral("BW-C017"),
                            QStringLiteral("BW-C018"), QStringLiteral("BW-C019"), QStringLiteral("BW-C021"), QStringLiteral("BW-C026"),
                            QStringLiteral("BW-C028")};
    for (const QString &id : fixed)
        QVERIFY2(ruleIds(c->findings).contains(id), qPrintable(id));
    QVERIFY(ruleIds(c->findings).contains(QStringLiteral("BW-C020"))); // left alone: stays

    const ImageInfo *image = before.image(c->imageId);
    QVERIFY(image);
    RunCommand command = RunCommand::reconstruct(*c, image);
    const RemediationAdvisor advisor;
    QList<Finding> original;
    for (const Finding &f : c->findings) {
        original << f;
        if (fixed.contains(f.ruleId)) {
            const Remediation r = advisor.forContainer(f, *c, image);
            QCOMPARE(r.kind, RemediationKind::RunFlags);
            QCOMPARE(r.compose.service, QStringLiteral("web"));
            command.apply(r);
        }
    }
    // Re-created under another name: the compose labels carry the identity.
    command.removeOptions({QStringLiteral("--name")});
    command.addOption({QStringLiteral("--name"), Prefix + QStringLiteral("weak-2")});
    QStringList args = command.arguments().mid(1); // without "docker"
    QVERIFY2(!args.join(QLatin1Char(' ')).contains(QStringLiteral("prod")), "environment values never appear");
    run({QStringLiteral("rm"), QStringLiteral("-f"), name});
    run(args);

    const QString identity = store::containerIdentity(*c);
    QCOMPARE(identity, QStringLiteral("compose:itfix/web#1"));
    VerifyJob job(endpoint(), identity, original);
    QSignalSpy finished(&job, &VerifyJob::finished);
    QSignalSpy failed(&job, &VerifyJob::failed);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 60000);
    QCOMPARE(failed.size(), 0);
    const VerifyResult result = finished.first().first().value<VerifyResult>();
    QCOMPARE(result.identity, identity);
    QVERIFY(result.container.id != c->id);
    QCOMPARE(result.container.name, Prefix + QStringLiteral("weak-2"));
    for (const FindingOutcome &o : result.outcomes) {
        if (fixed.contains(o.original.ruleId))
            QVERIFY2(o.resolved, qPrintable(o.original.ruleId + QStringLiteral(": ") + o.current.evidence));
        else
            QVERIFY2(!o.resolved, qPrintable(o.original.ruleId)); // nothing else changed
    }
    QVERIFY2(result.newFindings.isEmpty(), qPrintable(ruleIds(result.newFindings).join(QLatin1Char(','))));
    QCOMPARE(result.resolvedCount(), int(fixed.size()));
    QVERIFY(!result.allResolved()); // BW-C020 and others were left
}

void TestRemediationIntegration::recreatedUnchangedIsStillPresent()
{
    const QString name = Prefix + QStringLiteral("same");
    run({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN"), Image, QStringLiteral("sleep"), QStringLiteral("600")});
    const HostSnapshot before = scanHost();
    const ContainerInfo *c = named(before, name);
    QVERIFY(c);
    const QList<Finding> original = c->findings;
    const QStringList args = RunCommand::reconstruct(*c, before.image(c->imageId)).arguments().mid(1);
    run({QStringLiteral("rm"), QStringLiteral("-f"), name});
    run(args);

    ContainerVerifier verifier;
    Expected<VerifyResult> result = verifier.verify(endpoint(), name, original);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->container.id != c->id);
    QCOMPARE(result->resolvedCount(), 0);
    bool sawCaps = false;
    for (const FindingOutcome &o : result->outcomes) {
        if (o.original.ruleId == QLatin1String("BW-C003")) {
            sawCaps = true;
            QVERIFY(!o.resolved);
            QVERIFY2(o.current.evidence.contains(QStringLiteral("SYS_ADMIN")), qPrintable(o.current.evidence));
        }
    }
    QVERIFY(sawCaps);
    // The reconstructed command recreates the same settings: the same rules fire, no other.
    QVERIFY2(result->newFindings.isEmpty(), qPrintable(ruleIds(result->newFindings).join(QLatin1Char(','))));
}

void TestRemediationIntegration::cliFixAndVerify()
{
    const QString name = Prefix + QStringLiteral("cli");
    const QString db = m_dir.filePath(QStringLiteral("none.db")); // no history: judged by the rule firing now
    run({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--cap-add"), QStringLiteral("NET_ADMIN"), Image});
    const QStringList host{QStringLiteral("-H"), test::testDockerHost(), QStringLiteral("--db"), db};

    const test::ProcessRun advice = cli(QStringList{QStringLiteral("fix"), name, QStringLiteral("--rule"), QStringLiteral("BW-C003")} + host);
    QVERIFY2(advice.code == 0, qPrintable(advice.errText()));
    QVERIFY2(advice.outText().contains(QStringLiteral("docker run, remove: --cap-add NET_ADMIN")), qPrintable(advice.outText()));
    QVERIFY(advice.outText().contains(QStringLiteral("docker run \\\n")));
    QVERIFY(!advice.outText().contains(QStringLiteral("--cap-add NET_ADMIN \\")));

    const test::ProcessRun still = cli(QStringList{QStringLiteral("fix"), name, QStringLiteral("--verify"), QStringLiteral("--rule"), QStringLiteral("BW-C003")} + host);
    QVERIFY2(still.code == 1, qPrintable(still.outText() + still.errText()));
    QVERIFY2(still.outText().contains(QStringLiteral("still present")) && still.outText().contains(QStringLiteral("NET_ADMIN")), qPrintable(still.outText()));

    run({QStringLiteral("rm"), QStringLiteral("-f"), name});
    run({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"), Image});
    const test::ProcessRun resolved = cli(QStringList{QStringLiteral("fix"), name, QStringLiteral("--verify"), QStringLiteral("--rule"), QStringLiteral("BW-C003")} + host);
    QVERIFY2(resolved.code == 0, qPrintable(resolved.outText() + resolved.errText()));
    QVERIFY2(resolved.outText().contains(QStringLiteral("resolved")) && resolved.outText().contains(QStringLiteral("1 of 1 resolved")), qPrintable(resolved.outText()));

    const test::ProcessRun unknown = cli(QStringList{QStringLiteral("fix"), name, QStringLiteral("--rule"), QStringLiteral("BW-X999")} + host);
    QCOMPARE(unknown.code, 2);
    // With a stored scan, the container's findings there are what --verify checks.
    const QString historyName = Prefix + QStringLiteral("hist");
    const QString history = m_dir.filePath(QStringLiteral("history.db"));
    run({QStringLiteral("create"), QStringLiteral("--name"), historyName, QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN"), Image});
    const test::ProcessRun scan = cli({QStringLiteral("scan"), QStringLiteral("-H"), test::testDockerHost(), QStringLiteral("--db"), history,
                             QStringLiteral("--quiet"), QStringLiteral("--output"), QStringLiteral("/dev/null")});
    QVERIFY2(scan.code == 0, qPrintable(scan.errText()));
    run({QStringLiteral("rm"), QStringLiteral("-f"), historyName});
    run({QStringLiteral("create"), QStringLiteral("--name"), historyName, QStringLiteral("--network"), QStringLiteral("none"), Image});
    const QStringList stored{QStringLiteral("-H"), test::testDockerHost(), QStringLiteral("--db"), history};
    const test::ProcessRun all = cli(QStringList{QStringLiteral("fix"), historyName, QStringLiteral("--verify")} + stored);
    QVERIFY2(all.code == 1, qPrintable(all.outText() + all.errText())); // the other findings of the stored scan are still there
    QVERIFY2(all.outText().contains(QStringLiteral(", against scan ")), qPrintable(all.outText()));
    QVERIFY2(all.outText().contains(QStringLiteral("resolved      BW-C003")), qPrintable(all.outText()));
    QVERIFY2(all.outText().contains(QStringLiteral("still present BW-C018")), qPrintable(all.outText()));
    const test::ProcessRun one = cli(QStringList{QStringLiteral("fix"), historyName, QStringLiteral("--verify"), QStringLiteral("--rule"), QStringLiteral("BW-C003")} + stored);
    QVERIFY2(one.code == 0, qPrintable(one.outText() + one.errText()));
    QVERIFY2(one.outText().contains(QStringLiteral(", against scan ")) && one.outText().contains(QStringLiteral("1 of 1 resolved")), qPrintable(one.outText()));
}

void TestRemediationIntegration::cliPlan()
{
    run({QStringLiteral("create"), QStringLiteral("--name"), Prefix + QStringLiteral("plan-a"), QStringLiteral("--network"), QStringLiteral("none"),
         QStringLiteral("--cap-add"), QStringLiteral("SYS_PTRACE"), Image});
    const QString file = m_dir.filePath(QStringLiteral("plan.json"));
    const test::ProcessRun json = cli({QStringLiteral("plan"), QStringLiteral("-H"), test::testDockerHost(), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--output"), file});
    QVERIFY2(json.code == 0, qPrintable(json.errText()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    QVERIFY(doc["schema"] == "bulwark.plan/1");
    const HostSnapshot snap = scanHost();
    QCOMPARE(doc["host_score"].get<int>(), snap.hostScore);
    int previous = 1000;
    bool sawPtrace = false;
    for (const auto &change : doc["changes"]) {
        QVERIFY(change["points_removed"].get<int>() <= previous);
        previous = change["points_removed"].get<int>();
        if (change["rule"] == "BW-C003") {
            for (const auto &t : change["targets"])
                sawPtrace |= t["name"] == (Prefix + QStringLiteral("plan-a")).toStdString();
        }
    }
    QVERIFY(sawPtrace);

    const test::ProcessRun md = cli({QStringLiteral("plan"), QStringLiteral("-H"), test::testDockerHost()});
    QVERIFY2(md.code == 0, qPrintable(md.errText()));
    QVERIFY(md.outText().startsWith(QStringLiteral("# Remediation plan for ")));
    QVERIFY(md.outText().contains(QStringLiteral("### ") + Prefix + QStringLiteral("plan-a")));
    QVERIFY(md.outText().contains(QStringLiteral("`--cap-add SYS_PTRACE`")));
}

void TestRemediationIntegration::verifyUnknownContainerAndCancel()
{
    ContainerVerifier verifier;
    Expected<VerifyResult> missing = verifier.verify(endpoint(), QStringLiteral("name:") + Prefix + QStringLiteral("nobody"), {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);

    std::atomic_bool cancel{true};
    verifier.setCancelFlag(&cancel);
    Expected<VerifyResult> cancelled = verifier.verify(endpoint(), Prefix + QStringLiteral("same"), {});
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestRemediationIntegration)
#include "tst_remediation_integration.moc"
