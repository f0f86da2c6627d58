#include "InspectParser.h"
#include "RecordedData.h"
#include "rules/Permissions.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleEngine.h"

#include <QTest>

using namespace bulwark;
using bulwark::test::recordedJson;
Q_DECLARE_METATYPE(nlohmann::json)

namespace {
// A snapshot holding one container (from a recorded or hand-written inspect document) and its image.
HostSnapshot snapshotWith(nlohmann::json inspect, const nlohmann::json &infoPatch = nlohmann::json::object(),
                          const QStringList &processes = {}, const QString &imageUser = {})
{
    HostSnapshot s;
    nlohmann::json info = recordedJson(QStringLiteral("info.json"));
    info.merge_patch(infoPatch);
    s.engine = *InspectParser::engine(recordedJson(QStringLiteral("version.json")), info);
    s.engine.url = QStringLiteral("unix:///var/run/docker.sock");
    s.engine.transport = QStringLiteral("unix");
    s.finishedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    ContainerInfo c = *InspectParser::container(std::move(inspect));
    c.processes = processes;
    ImageInfo img;
    img.id = c.imageId;
    img.tags = {c.image};
    img.user = imageUser;
    img.created = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    s.containers << c;
    s.images << img;
    return s;
}

// The minimal document the Engine returns for `docker create busybox`, to patch per case.
nlohmann::json plain()
{
    return nlohmann::json::parse(R"({
      "Id": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "Name": "/case", "Image": "sha256:aaaa", "Created": "2026-11-28T10:00:00Z",
      "State": {"Status": "created"},
      "Config": {"Image": "local/busybox:1", "User": "", "Env": ["PATH=/usr/bin"]},
      "HostConfig": {"NetworkMode": "none", "CapAdd": null, "CapDrop": null, "SecurityOpt": null,
                     "LogConfig": {"Type": "json-file", "Config": {}}, "RestartPolicy": {"Name": "no"}},
      "Mounts": []})");
}

nlohmann::json patched(const char *patch)
{
    nlohmann::json doc = plain();
    doc.merge_patch(nlohmann::json::parse(patch));
    return doc;
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.ruleId;
    return ids;
}
} // namespace

class TestRuleEngine : public QObject {
    Q_OBJECT
private slots:
    void containerRules_data();
    void containerRules();
    void everyFindingHasCatalogueText();
    void defaultCapabilitiesEvidence_data();
    void defaultCapabilitiesEvidence();
    void hardenedContainerHasNoWeaknesses();
    void policyOverridesAndDisables();
    void staleContainer();
    void imageRules();
    void daemonRules();
    void secretsAreReportedRedacted();
};

void TestRuleEngine::containerRules_data()
{
    QTest::addColumn<nlohmann::json>("inspect");
    QTest::addColumn<QString>("infoPatch");
    QTest::addColumn<QStringList>("processes");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QStringList none;
    // Recorded from a real daemon.
    QTest::addRow("c2 privileged host network") << recordedJson(QStringLiteral("container-inspect-c2.json")) << "{}" << none
                                                << QStringList{"BW-C001", "BW-C007", "BW-C005"} << QStringList{"BW-C003", "BW-C004"};
    QTest::addRow("c1 hardened") << recordedJson(QStringLiteral("container-inspect-c1.json")) << "{}" << none
                                 << QStringList{"BW-C027"} << QStringList{"BW-C001", "BW-C004", "BW-C005", "BW-C018", "BW-C003"};
    QTest::addRow("c4 sys_admin seccomp") << recordedJson(QStringLiteral("container-inspect-c4.json")) << "{}" << none
                                          << QStringList{"BW-C003", "BW-C014"} << QStringList{"BW-C017"};
    QTest::addRow("c5 rshared bind") << recordedJson(QStringLiteral("container-inspect-c5.json")) << "{}" << none
                                     << QStringList{"BW-C012"} << QStringList{"BW-C002", "BW-C006"};
    QTest::addRow("c6 restart healthcheck") << recordedJson(QStringLiteral("container-inspect-c6.json")) << "{}" << none
                                            << QStringList{"BW-C026"} << QStringList{"BW-C027"};
    QTest::addRow("c7 host namespaces") << recordedJson(QStringLiteral("container-inspect-c7.json")) << "{}" << none
                                        << QStringList{"BW-C007", "BW-C008", "BW-C009", "BW-C010"} << QStringList{"BW-C001"};
    QTest::addRow("c8 ulimit device") << recordedJson(QStringLiteral("container-inspect-c8.json")) << "{}" << none
                                      << QStringList{"BW-C013", "BW-C028"} << QStringList{"BW-C001"};
    QTest::addRow("c9 cpu shares exposed") << recordedJson(QStringLiteral("container-inspect-c9.json")) << "{}" << none
                                           << QStringList{} << QStringList{"BW-C020", "BW-C022", "BW-C033"};
    QTest::addRow("c3 secrets limits") << recordedJson(QStringLiteral("container-inspect-c3.json")) << "{}" << none
                                       << QStringList{"BW-C032"} << QStringList{"BW-C019", "BW-C021"};
    // Hand-written for what the test daemon cannot produce.
    QTest::addRow("docker socket") << patched(R"({"Mounts":[{"Type":"bind","Source":"/var/run/docker.sock","Destination":"/var/run/docker.sock","RW":true}]})")
                                   << "{}" << none << QStringList{"BW-C002"} << QStringList{"BW-C006"};
    QTest::addRow("root fs rw") << patched(R"({"Mounts":[{"Type":"bind","Source":"/","Destination":"/host","RW":true}]})")
                                << "{}" << none << QStringList{"BW-C006"} << QStringList{"BW-C002"};
    QTest::addRow("apparmor unconfined") << patched(R"({"AppArmorProfile":"unconfined","HostConfig":{"SecurityOpt":["apparmor=unconfined"]}})")
                                         << R"({"SecurityOptions":["name=apparmor","name=seccomp,profile=default"]})" << none
                                         << QStringList{"BW-C015"} << QStringList{"BW-C016"};
    QTest::addRow("selinux disabled on selinux host") << patched(R"({"HostConfig":{"SecurityOpt":["label=disable"]}})")
                                                      << R"({"SecurityOptions":["name=selinux"]})" << none
                                                      << QStringList{"BW-C016"} << QStringList{};
    QTest::addRow("selinux option without selinux") << patched(R"({"HostConfig":{"SecurityOpt":["label=disable"]}})")
                                                    << "{}" << none << QStringList{} << QStringList{"BW-C016"};
    QTest::addRow("daemon-wide nnp") << plain() << R"({"SecurityOptions":["name=seccomp,profile=default","name=no-new-privileges"]})"
                                     << none << QStringList{} << QStringList{"BW-C017"};
    QTest::addRow("userns host") << patched(R"({"HostConfig":{"UsernsMode":"host"}})") << "{}" << none
                                 << QStringList{"BW-C011"} << QStringList{};
    QTest::addRow("cgroupns host on v2") << patched(R"({"HostConfig":{"CgroupnsMode":"host"}})") << R"({"CgroupVersion":"2"})"
                                         << none << QStringList{"BW-C033"} << QStringList{};
    QTest::addRow("cgroupns host on v1") << patched(R"({"HostConfig":{"CgroupnsMode":"host"}})") << R"({"CgroupVersion":"1"})"
                                         << none << QStringList{} << QStringList{"BW-C033"};
    QTest::addRow("joined namespace") << patched(R"({"HostConfig":{"NetworkMode":"container:abcdef0123456789"}})") << "{}"
                                      << none << QStringList{"BW-C034"} << QStringList{"BW-C007"};
    QTest::addRow("ports everywhere, low, ssh")
        << patched(R"({"HostConfig":{"PortBindings":{"22/tcp":[{"HostIp":"","HostPort":"2222"}],"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"80"}]}}})")
        << "{}" << none << QStringList{"BW-C022", "BW-C023", "BW-C024"} << QStringList{};
    QTest::addRow("port on loopback") << patched(R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]}}})")
                                      << "{}" << none << QStringList{} << QStringList{"BW-C022", "BW-C023", "BW-C024"};
    QTest::addRow("sshd running") << patched(R"({"State":{"Status":"running"}})") << "{}"
                                  << QStringList{"/usr/sbin/sshd -D", "nginx: master process"} << QStringList{"BW-C025"}
                                  << QStringList{};
    QTest::addRow("no sshd") << patched(R"({"State":{"Status":"running"}})") << "{}" << QStringList{"nginx: worker", "sshd-helper-not"}
                             << QStringList{} << QStringList{"BW-C025"};
    QTest::addRow("logging none, latest") << patched(R"({"Config":{"Image":"nginx"},"HostConfig":{"LogConfig":{"Type":"none"}}})")
                                          << "{}" << none << QStringList{"BW-C030", "BW-C031"} << QStringList{};
    QTest::addRow("by id") << patched(R"({"Config":{"Image":"sha256:0123456789abcdef0123"}})") << "{}" << none
                           << QStringList{"BW-C031"} << QStringList{};
    QTest::addRow("on-failure capped") << patched(R"({"HostConfig":{"RestartPolicy":{"Name":"on-failure","MaximumRetryCount":5}}})")
                                       << "{}" << none << QStringList{} << QStringList{"BW-C026"};
    QTest::addRow("on-failure uncapped") << patched(R"({"HostConfig":{"RestartPolicy":{"Name":"on-failure","MaximumRetryCount":0}}})")
                                         << "{}" << none << QStringList{"BW-C026"} << QStringList{};
    QTest::addRow("cap add ALL") << patched(R"({"HostConfig":{"CapAdd":["ALL"]}})") << "{}" << none << QStringList{"BW-C003"} << QStringList{};
    QTest::addRow("cap add NET_RAW is default") << patched(R"({"HostConfig":{"CapAdd":["CAP_NET_RAW"]}})") << "{}" << none
                                                << QStringList{"BW-C004"} << QStringList{"BW-C003"};
    QTest::addRow("default bridge") << patched(R"({"HostConfig":{"NetworkMode":"default"}})") << "{}" << none
                                    << QStringList{"BW-C029"} << QStringList{};
    QTest::addRow("healthcheck NONE") << patched(R"({"Config":{"Healthcheck":{"Test":["NONE"]}}})") << "{}" << none
                                      << QStringList{"BW-C027"} << QStringList{};
}

void TestRuleEngine::containerRules()
{
    QFETCH(nlohmann::json, inspect);
    QFETCH(QString, infoPatch);
    QFETCH(QStringList, processes);
    HostSnapshot s = snapshotWith(inspect, nlohmann::json::parse(infoPatch.toStdString()), processes);
    RuleEngine().assess(s);
    const QStringList ids = ruleIds(s.containers.first().findings);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    for (const QString &id : present)
        QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("%1 missing from %2").arg(id, ids.join(QLatin1Char(',')))));
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("%1 unexpected in %2").arg(id, ids.join(QLatin1Char(',')))));
}

void TestRuleEngine::defaultCapabilitiesEvidence_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QStringList>("dropped"); // defaults the container no longer holds
    QTest::addColumn<QStringList>("added");   // what it holds beyond the defaults
    QStringList beyondDefaults;
    for (const QString &cap : PermissionCalculator::allCapabilities()) {
        if (!PermissionCalculator::defaultCapabilities().contains(cap))
            beyondDefaults << cap;
    }
    QTest::addRow("nothing added or dropped") << "{}" << QStringList{} << QStringList{};
    QTest::addRow("added NET_ADMIN") << R"({"HostConfig":{"CapAdd":["NET_ADMIN"]}})" << QStringList{} << QStringList{"NET_ADMIN"};
    QTest::addRow("added a default") << R"({"HostConfig":{"CapAdd":["CAP_NET_RAW"]}})" << QStringList{} << QStringList{};
    QTest::addRow("added ALL") << R"({"HostConfig":{"CapAdd":["ALL"]}})" << QStringList{} << beyondDefaults;
    QTest::addRow("dropped one") << R"({"HostConfig":{"CapDrop":["MKNOD"]}})" << QStringList{"MKNOD"} << QStringList{};
    QTest::addRow("dropped one, added two") << R"({"HostConfig":{"CapAdd":["SYS_PTRACE","IPC_LOCK"],"CapDrop":["NET_RAW"]}})"
                                            << QStringList{"NET_RAW"} << QStringList{"IPC_LOCK", "SYS_PTRACE"};
}

// BW-C004 is about the engine's default capabilities: its list names the defaults still held,
// never an added capability, and the count matches the list.
void TestRuleEngine::defaultCapabilitiesEvidence()
{
    QFETCH(QString, patch);
    QFETCH(QStringList, dropped);
    QFETCH(QStringList, added);
    HostSnapshot s = snapshotWith(patched(patch.toUtf8().constData()));
    RuleEngine().assess(s);
    QString evidence;
    for (const Finding &f : s.containers.first().findings) {
        if (f.ruleId == QLatin1String("BW-C004"))
            evidence = f.evidence;
    }
    QVERIFY2(!evidence.isEmpty(), "BW-C004 did not fire");

    QStringList kept = PermissionCalculator::defaultCapabilities();
    for (const QString &cap : dropped)
        kept.removeAll(cap);
    const qsizetype open = evidence.indexOf(QLatin1Char('('));
    const qsizetype close = evidence.indexOf(QLatin1Char(')'), open);
    QVERIFY2(open > 0 && close > open, qPrintable(evidence));
    QCOMPARE(evidence.mid(open + 1, close - open - 1).split(QStringLiteral(", ")), kept);
    QVERIFY2(evidence.contains(QStringLiteral(" %1 default capabilities ").arg(kept.size())), qPrintable(evidence));
    if (dropped.isEmpty())
        QVERIFY2(evidence.startsWith(QStringLiteral("No --cap-drop")), qPrintable(evidence));
    else
        QVERIFY2(evidence.startsWith(QStringLiteral("Only %1 dropped").arg(dropped.join(QStringLiteral(", ")))), qPrintable(evidence));
    if (added.isEmpty())
        QVERIFY2(!evidence.contains(QStringLiteral("--cap-add")), qPrintable(evidence));
    else
        QCOMPARE(evidence.mid(close + 1), QStringLiteral("; --cap-add adds %1").arg(added.join(QStringLiteral(", "))));
}

void TestRuleEngine::everyFindingHasCatalogueText()
{
    const RuleCatalogue &cat = RuleCatalogue::builtin();
    QVERIFY(cat.rules().size() >= 50);
    for (int i = 0; i < 10; ++i) {
        HostSnapshot s = snapshotWith(recordedJson(QStringLiteral("container-inspect-c%1.json").arg(i)));
        RuleEngine().assess(s);
        for (const Finding &f : s.containers.first().findings + s.daemonFindings + s.images.first().findings) {
            const RuleDefinition *def = cat.rule(f.ruleId);
            QVERIFY2(def, qPrintable(f.ruleId));
            QCOMPARE(f.title, def->title);
            QCOMPARE(f.cis, def->cis);
            QVERIFY(!f.evidence.isEmpty());
            QVERIFY(!f.remediation.isEmpty());
        }
    }
    QCOMPARE(cat.rule(QStringLiteral("BW-C001"))->cis, QStringLiteral("5.5"));
    QCOMPARE(cat.rule(QStringLiteral("BW-C007"))->cis, QStringLiteral("5.10"));
    QCOMPARE(cat.rule(QStringLiteral("BW-C002"))->cis, QStringLiteral("5.32"));
}

void TestRuleEngine::hardenedContainerHasNoWeaknesses()
{
    HostSnapshot s = snapshotWith(patched(R"({"Config":{"User":"10001:10001","Image":"local/app:1.2","Healthcheck":{"Test":["CMD","true"]}},
        "HostConfig":{"CapDrop":["ALL"],"ReadonlyRootfs":true,"SecurityOpt":["no-new-privileges"],"Memory":67108864,
                      "NanoCpus":500000000,"PidsLimit":64}})"));
    RuleEngine().assess(s);
    QCOMPARE(ruleIds(s.containers.first().findings), QStringList{});
    QCOMPARE(s.containers.first().risk.score, 0);
    QVERIFY(!s.containers.first().permissions.runsAsRoot);
    QVERIFY(s.containers.first().permissions.effectiveCapabilities.isEmpty());
}

void TestRuleEngine::policyOverridesAndDisables()
{
    Expected<Policy> p = Policy::fromJson(R"({"schema":"bulwark.policy/1","rules":{"BW-C019":{"severity":"critical"},"BW-C027":{"enabled":false}}})",
                                          QStringLiteral("test"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    HostSnapshot s = snapshotWith(plain());
    RuleEngine(*p).assess(s);
    const QList<Finding> &f = s.containers.first().findings;
    QVERIFY(!ruleIds(f).contains(QStringLiteral("BW-C027")));
    for (const Finding &x : f) {
        if (x.ruleId == QLatin1String("BW-C019"))
            QCOMPARE(x.severity, Severity::Critical);
    }
    QVERIFY(!Policy::fromJson(R"({"schema":"bulwark.policy/1","rules":{"BW-X999":{}}})", QStringLiteral("t")).ok());
    QVERIFY(!Policy::fromJson(R"({"schema":"bulwark.policy/1","image_age_days":{"medium":400,"high":100}})", QStringLiteral("t")).ok());
    QVERIFY(!Policy::fromJson("{", QStringLiteral("t")).ok());
    QVERIFY(!Policy::fromJson(R"({"schema":"other"})", QStringLiteral("t")).ok());
}

void TestRuleEngine::staleContainer()
{
    HostSnapshot s = snapshotWith(plain());
    ImageInfo newer;
    newer.id = QStringLiteral("sha256:bbbb");
    newer.tags = {QStringLiteral("local/busybox:1")};
    s.images.first().tags.clear(); // the old image lost its tag to the newer build
    s.images << newer;
    RuleEngine().assess(s);
    QVERIFY(ruleIds(s.containers.first().findings).contains(QStringLiteral("BW-I007")));
    HostSnapshot fresh = snapshotWith(plain());
    RuleEngine().assess(fresh);
    QVERIFY(!ruleIds(fresh.containers.first().findings).contains(QStringLiteral("BW-I007")));
}

void TestRuleEngine::imageRules()
{
    HostSnapshot s = snapshotWith(plain());
    ImageInfo &img = s.images.first();
    img.created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC); // > 365 days before the scan
    img.history = nlohmann::json::parse(R"([{"CreatedBy":"ADD app.tar.gz /app # buildkit"},
                                             {"CreatedBy":"/bin/sh -c #(nop) ADD file:4b03b5f5 in / "}])");
    img.baseOs.detected = true;
    img.baseOs.eolKnown = true;
    img.baseOs.eolDate = QDate(2022, 6, 30);
    img.baseOs.releaseLabel = QStringLiteral("Debian 9 (stretch)");
    RuleEngine().assess(s);
    const QStringList ids = ruleIds(img.findings);
    QVERIFY(ids.contains(QStringLiteral("BW-I001")));
    QVERIFY(ids.contains(QStringLiteral("BW-I002")));
    QVERIFY(ids.contains(QStringLiteral("BW-I003")));
    QVERIFY(ids.contains(QStringLiteral("BW-I005")));
    QVERIFY(ids.contains(QStringLiteral("BW-I006")));
    for (const Finding &f : img.findings) {
        if (f.ruleId == QLatin1String("BW-I005"))
            QCOMPARE(f.severity, Severity::High);
        if (f.ruleId == QLatin1String("BW-I006"))
            QVERIFY(f.evidence.contains(QStringLiteral("Debian 9 (stretch) — end of life since 2022-06-30")));
        if (f.ruleId == QLatin1String("BW-I003"))
            QVERIFY2(f.evidence.contains(QStringLiteral("step 1")) && !f.evidence.contains(QStringLiteral("step 2")), qPrintable(f.evidence));
    }
    // The container inherits its image's patch age and end of life.
    QVERIFY(ruleIds(s.containers.first().findings).contains(QStringLiteral("BW-I006")));

    HostSnapshot young = snapshotWith(plain(), nlohmann::json::object(), {}, QStringLiteral("10001"));
    RuleEngine().assess(young);
    QVERIFY(!ruleIds(young.images.first().findings).contains(QStringLiteral("BW-I005")));
    QVERIFY(!ruleIds(young.images.first().findings).contains(QStringLiteral("BW-I001")));
    QVERIFY(!ruleIds(young.containers.first().findings).contains(QStringLiteral("BW-C005"))); // image USER 10001
}

void TestRuleEngine::daemonRules()
{
    HostSnapshot s = snapshotWith(plain(), nlohmann::json::parse(R"({"ExperimentalBuild":true,"Driver":"aufs","LiveRestoreEnabled":false,
        "RegistryConfig":{"InsecureRegistryCIDRs":["127.0.0.0/8","10.0.0.0/8"],"IndexConfigs":{}}})"));
    s.engine.transport = QStringLiteral("tcp");
    // The default bridge as /networks lists it when the daemon runs with the default --icc=true.
    const auto bridge = [](const char *options) {
        NetworkInfo n;
        n.name = n.driver = QStringLiteral("bridge");
        n.raw = nlohmann::json::parse(options);
        return n;
    };
    s.networks << bridge(R"({"Name":"bridge","Driver":"bridge","Options":{"com.docker.network.bridge.enable_icc":"true"}})");
    RuleEngine().assess(s);
    const QStringList ids = ruleIds(s.daemonFindings);
    for (const char *id : {"BW-D001", "BW-D002", "BW-D003", "BW-D004", "BW-D005", "BW-D006", "BW-D007", "BW-D008", "BW-D009",
                           "BW-D010", "BW-D011"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(s.daemonRisk.score >= 90); // unauthenticated API
    QCOMPARE(s.hostScore, std::max(s.daemonRisk.score, s.containers.first().risk.score));

    HostSnapshot good = snapshotWith(plain(), nlohmann::json::parse(R"({"SecurityOptions":["name=seccomp,profile=default","name=userns","name=rootless","name=no-new-privileges"],
        "LiveRestoreEnabled":true,"Driver":"overlay2","RegistryConfig":{"InsecureRegistryCIDRs":["127.0.0.0/8"]}})"));
    good.engine.engineVersion = QStringLiteral("27.3.1");
    good.networks << bridge(R"({"Name":"bridge","Driver":"bridge","Options":{"com.docker.network.bridge.enable_icc":"false"}})");
    RuleEngine().assess(good);
    const QStringList goodIds = ruleIds(good.daemonFindings);
    QVERIFY2(goodIds == QStringList{QStringLiteral("BW-D008")}, qPrintable(goodIds.join(QLatin1Char(','))));
}

void TestRuleEngine::secretsAreReportedRedacted()
{
    HostSnapshot s = snapshotWith(patched(R"({"Config":{"Env":["AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE","DATABASE_URL=postgres://app:s3cr3tpass@db:5432/app","HOME=/root","DB_PASSWORD_FILE=/run/secrets/db"]}})"));
    RuleEngine().assess(s);
    const ContainerInfo &c = s.containers.first();
    QCOMPARE(c.secrets.size(), 3);
    const std::string dump = c.inspect.dump();
    for (const char *secret : {"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE", "s3cr3tpass"}) {
        QVERIFY2(dump.find(secret) == std::string::npos, secret);
        for (const Finding &f : c.findings)
            QVERIFY2(!f.evidence.contains(QLatin1String(secret)), secret);
    }
    QVERIFY(ruleIds(c.findings).contains(QStringLiteral("BW-C032")));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
