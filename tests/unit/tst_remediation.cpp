#include "InspectParser.h"
#include "RecordedData.h"
#include "remediation/ContainerVerifier.h"
#include "remediation/RemediationAdvisor.h"
#include "remediation/RemediationPlan.h"
#include "remediation/RunCommand.h"
#include "remediation/ShellQuote.h"
#include "rules/RiskModel.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleEngine.h"

#include <QProcess>
#include <QTest>

using namespace bulwark;
using bulwark::test::recordedJson;

namespace {
const char *const SecretValue = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

// `docker create` of a plain container, with compose labels unless told otherwise.
nlohmann::json plainInspect(bool compose)
{
    nlohmann::json doc = nlohmann::json::parse(R"({
      "Id": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "Name": "/case", "Image": "sha256:aaaa", "Created": "2026-11-28T10:00:00Z",
      "State": {"Status": "created"},
      "Config": {"Image": "local/busybox:1", "User": "", "Env": ["PATH=/usr/bin", "APP_MODE=prod"],
                 "Cmd": ["sleep", "3600"], "Labels": {}},
      "HostConfig": {"NetworkMode": "none", "CapAdd": null, "CapDrop": null, "SecurityOpt": null,
                     "LogConfig": {"Type": "json-file", "Config": {}}, "RestartPolicy": {"Name": "no"}},
      "Mounts": []})");
    if (compose) {
        doc["Config"]["Labels"] = {{"com.docker.compose.project", "shop"},
                                   {"com.docker.compose.service", "web"},
                                   {"com.docker.compose.container-number", "1"},
                                   {"com.docker.compose.project.config_files", "/srv/shop/compose.yaml"},
                                   {"com.docker.compose.project.working_dir", "/srv/shop"}};
    }
    return doc;
}

// What each rule needs to fire: an inspect patch, an /info patch, processes, and image or host tweaks.
struct RuleFixture {
    RuleFixture(const char *p = "{}", const char *info = "{}", QStringList procs = {}, std::function<void(HostSnapshot &)> t = {})
        : patch(p)
        , infoPatch(info)
        , processes(std::move(procs))
        , tweak(std::move(t))
    {
    }
    const char *patch;
    const char *infoPatch;
    QStringList processes;
    std::function<void(HostSnapshot &)> tweak;
};

const QHash<QString, RuleFixture> &fixtures()
{
    static const QHash<QString, RuleFixture> map = [] {
        QHash<QString, RuleFixture> m;
        auto set = [&](const char *id, RuleFixture f) { m.insert(QLatin1String(id), std::move(f)); };
        set("BW-C001", {R"({"HostConfig":{"Privileged":true}})"});
        set("BW-C002", {R"({"Mounts":[{"Type":"bind","Source":"/var/run/docker.sock","Destination":"/var/run/docker.sock","RW":true},
                                      {"Type":"volume","Name":"shop_data","Source":"/var/lib/docker/volumes/shop_data/_data","Destination":"/data","RW":true},
                                      {"Type":"volume","Name":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","Source":"/x","Destination":"/cache","RW":true}]})"});
        set("BW-C003", {R"({"HostConfig":{"CapAdd":["SYS_ADMIN","NET_ADMIN","CHOWN"]}})"});
        set("BW-C004", {R"({"HostConfig":{"CapDrop":["NET_RAW"]}})"});
        set("BW-C005", {R"({"Config":{"User":"root"}})"});
        set("BW-C006", {R"({"Mounts":[{"Type":"bind","Source":"/etc","Destination":"/host/etc","RW":true}]})"});
        set("BW-C007", {R"({"HostConfig":{"NetworkMode":"host"}})"});
        set("BW-C008", {R"({"HostConfig":{"PidMode":"host"}})"});
        set("BW-C009", {R"({"HostConfig":{"IpcMode":"host"}})"});
        set("BW-C010", {R"({"HostConfig":{"UTSMode":"host"}})"});
        set("BW-C011", {R"({"HostConfig":{"UsernsMode":"host"}})"});
        set("BW-C012", {R"({"Mounts":[{"Type":"bind","Source":"/srv/data","Destination":"/data","RW":true,"Propagation":"rshared"}]})"});
        set("BW-C013", {R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/fuse","PathInContainer":"/dev/fuse","CgroupPermissions":"rwm"}]}})"});
        set("BW-C014", {R"({"HostConfig":{"SecurityOpt":["seccomp=unconfined","label=level:s0"]}})"});
        set("BW-C015", {R"({"HostConfig":{"SecurityOpt":["apparmor=unconfined"]}})"});
        set("BW-C016", {R"({"HostConfig":{"SecurityOpt":["label=disable"]}})", R"({"SecurityOptions":["name=seccomp,profile=default","name=selinux"]})"});
        set("BW-C017", {});
        set("BW-C018", {});
        set("BW-C019", {});
        set("BW-C020", {});
        set("BW-C021", {});
        set("BW-C022", {R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"","HostPort":"8080"}],"53/udp":[{"HostIp":"127.0.0.1","HostPort":"5353"}]}}})"});
        set("BW-C023", {R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"80"}]}}})"});
        set("BW-C024", {R"({"HostConfig":{"PortBindings":{"22/tcp":[{"HostIp":"127.0.0.1","HostPort":"2222"}],"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]}}})"});
        set("BW-C025", {"{}", "{}", {QStringLiteral("/usr/sbin/sshd -D")}});
        set("BW-C026", {R"({"HostConfig":{"RestartPolicy":{"Name":"always"}}})"});
        set("BW-C027", {R"({"Config":{"Healthcheck":{"Test":["NONE"]}}})"});
        set("BW-C028", {R"({"HostConfig":{"Ulimits":[{"Name":"nofile","Soft":1024,"Hard":2048}]}})"});
        set("BW-C029", {R"({"HostConfig":{"NetworkMode":"bridge"}})"});
        set("BW-C030", {R"({"HostConfig":{"LogConfig":{"Type":"none","Config":{}}}})"});
        set("BW-C031", {R"({"Config":{"Image":"local/busybox:latest"}})", "{}", {}, [](HostSnapshot &s) {
                            s.images.first().tags = {QStringLiteral("local/busybox:latest"), QStringLiteral("local/busybox:1.36")};
                        }});
        set("BW-C032", {R"({"Config":{"Env":["PATH=/usr/bin","AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]}})"});
        set("BW-C033", {R"({"HostConfig":{"CgroupnsMode":"host"}})", R"({"CgroupVersion":"2"})"});
        set("BW-C034", {R"({"HostConfig":{"NetworkMode":"container:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"}})"});
        auto image = [&](const char *id, std::function<void(ImageInfo &)> f) {
            set(id, {"{}", "{}", {}, [f](HostSnapshot &s) { f(s.images.first()); }});
        };
        image("BW-I001", [](ImageInfo &) {});
        image("BW-I002", [](ImageInfo &) {});
        image("BW-I003", [](ImageInfo &img) {
            img.history = nlohmann::json::parse(R"([{"CreatedBy":"/bin/sh -c #(nop) ADD file:4b03b5f5 in / "},
                                                    {"CreatedBy":"/bin/sh -c #(nop) ADD file:9c1e2fd0aa in /app "}])");
        });
        image("BW-I004", [](ImageInfo &img) {
            img.secrets << SecretEvidence{QStringLiteral("Config.Env"), QStringLiteral("API_TOKEN"), QStringLiteral("token"),
                                          QStringLiteral("ab…yz [redacted, 40 chars]")};
        });
        image("BW-I005", [](ImageInfo &img) { img.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC); });
        image("BW-I006", [](ImageInfo &img) {
            img.baseOs.detected = true;
            img.baseOs.id = QStringLiteral("debian");
            img.baseOs.eolKnown = true;
            img.baseOs.eolDate = QDate(2022, 6, 30);
            img.baseOs.releaseLabel = QStringLiteral("Debian 9 (stretch)");
        });
        set("BW-I007", {"{}", "{}", {}, [](HostSnapshot &s) {
                            ImageInfo newer;
                            newer.id = QStringLiteral("sha256:bbbb");
                            newer.tags = {QStringLiteral("local/busybox:1")};
                            s.images.first().tags.clear();
                            s.images << newer;
                        }});
        const char *daemonInfo = R"({"ExperimentalBuild":true,"Driver":"aufs","LiveRestoreEnabled":false,"LoggingDriver":"json-file",
                                     "RegistryConfig":{"InsecureRegistryCIDRs":["127.0.0.0/8","10.0.0.0/8"],"IndexConfigs":{}}})";
        for (const char *id : {"BW-D001", "BW-D002", "BW-D003", "BW-D004", "BW-D005", "BW-D006", "BW-D007", "BW-D008", "BW-D009",
                               "BW-D010", "BW-D011"}) {
            set(id, {"{}", daemonInfo, {}, [](HostSnapshot &s) {
                         s.engine.transport = QStringLiteral("tcp");
                         s.engine.url = QStringLiteral("tcp://10.0.0.2:2375");
                         s.engine.engineVersion = QStringLiteral("20.10.24");
                         NetworkInfo bridge;
                         bridge.name = QStringLiteral("bridge");
                         bridge.driver = QStringLiteral("bridge");
                         bridge.raw = nlohmann::json::parse(R"({"Options":{}})");
                         s.networks << bridge;
                     }});
        }
        return m;
    }();
    return map;
}

HostSnapshot assessed(const QString &ruleId, bool compose = true)
{
    const RuleFixture fixture = fixtures().value(ruleId);
    HostSnapshot s;
    nlohmann::json info = recordedJson(QStringLiteral("info.json"));
    info.merge_patch(nlohmann::json::parse(fixture.infoPatch));
    s.engine = *InspectParser::engine(recordedJson(QStringLiteral("version.json")), info);
    s.engine.url = QStringLiteral("unix:///var/run/docker.sock");
    s.engine.transport = QStringLiteral("unix");
    s.engine.engineVersion = QStringLiteral("27.3.1");
    s.finishedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    nlohmann::json doc = plainInspect(compose);
    doc.merge_patch(nlohmann::json::parse(fixture.patch));
    ContainerInfo c = *InspectParser::container(std::move(doc));
    c.processes = fixture.processes;
    ImageInfo img;
    img.id = c.imageId;
    img.tags = {c.image};
    img.created = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    img.envNames = {QStringLiteral("PATH")};
    img.inspect = nlohmann::json::parse(R"({"Config":{"Env":["PATH=/usr/bin"],"Cmd":["sh"]}})");
    s.containers << c;
    s.images << img;
    if (fixture.tweak)
        fixture.tweak(s);
    RuleEngine().assess(s);
    return s;
}

const Finding *findingOf(const HostSnapshot &s, const QString &ruleId)
{
    for (const ContainerInfo &c : s.containers) {
        for (const Finding &f : c.findings) {
            if (f.ruleId == ruleId)
                return &f;
        }
    }
    for (const ImageInfo &img : s.images) {
        for (const Finding &f : img.findings) {
            if (f.ruleId == ruleId)
                return &f;
        }
    }
    for (const Finding &f : s.daemonFindings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

QStringList spelled(const QList<RunOption> &options)
{
    QStringList out;
    for (const RunOption &o : options)
        out << o.join(QLatin1Char(' '));
    return out;
}

QString everything(const Remediation &r)
{
    return QStringList{r.title, r.risk, r.currentSetting, r.summary, spelled(r.runRemove).join(QLatin1Char('\n')),
                       spelled(r.runAdd).join(QLatin1Char('\n')), r.imageReplacement, r.compose.yaml(),
                       r.dockerfileLines.join(QLatin1Char('\n')), r.daemonJson, r.manualSteps, r.notes.join(QLatin1Char('\n'))}
        .join(QLatin1Char('\n'));
}
} // namespace

class TestRemediation : public QObject {
    Q_OBJECT
private slots:
    void everyRuleHasAnAnswer_data();
    void everyRuleHasAnAnswer();
    void containerChanges_data();
    void containerChanges();
    void composeYamlForService();
    void noComposeWithoutLabels();
    void imageUserOverride();
    void shellQuoting_data();
    void shellQuoting();
    void shellQuotingThroughSh();
    void reconstruction();
    void reconstructionWithoutImage();
    void planOrderingAndScores();
    void planMarkdownAndJson();
    void planSkipsWaivedFindings();
    void verifyComparison();
};

void TestRemediation::everyRuleHasAnAnswer_data()
{
    QTest::addColumn<QString>("ruleId");
    for (const RuleDefinition &r : RuleCatalogue::builtin().rules())
        QTest::newRow(qPrintable(r.id)) << r.id;
}

void TestRemediation::everyRuleHasAnAnswer()
{
    QFETCH(QString, ruleId);
    QVERIFY2(fixtures().contains(ruleId), "every catalogue rule needs a fixture here");
    const HostSnapshot s = assessed(ruleId);
    const Finding *f = findingOf(s, ruleId);
    QVERIFY2(f, "the fixture must make the rule fire");
    const Remediation r = RemediationAdvisor().advise(*f, s);
    QCOMPARE(r.ruleId, ruleId);
    QCOMPARE(r.risk, RuleCatalogue::builtin().rule(ruleId)->rationale);
    QCOMPARE(r.cis, RuleCatalogue::builtin().rule(ruleId)->cis);
    QVERIFY2(!r.summary.isEmpty(), "what to do, in one sentence");
    QVERIFY2(!r.currentSetting.isEmpty(), "the current setting");
    switch (r.kind) {
    case RemediationKind::RunFlags:
        QVERIFY2(r.hasRunChanges(), "run-flag remediations change the command");
        QVERIFY2(!r.compose.isEmpty(), "a compose container gets its YAML");
        QVERIFY(r.compose.yaml().contains(QStringLiteral("services:\n  web:\n")));
        break;
    case RemediationKind::Recreate:
        QVERIFY(!r.hasRunChanges());
        QVERIFY(!r.manualSteps.isEmpty());
        break;
    case RemediationKind::Dockerfile:
        QVERIFY(!r.dockerfileLines.isEmpty());
        break;
    case RemediationKind::Daemon: {
        QVERIFY(!r.manualSteps.isEmpty());
        const nlohmann::json doc = nlohmann::json::parse(r.daemonJson.toStdString(), nullptr, false);
        QVERIFY2(doc.is_object() && !doc.empty(), qPrintable(r.daemonJson));
        break;
    }
    case RemediationKind::Manual:
        QVERIFY2(!r.manualSteps.isEmpty(), "a manual remediation says what to do");
        QVERIFY(!r.hasRunChanges());
        break;
    }
    QVERIFY2(!everything(r).contains(QLatin1String(SecretValue)), "no secret value in any remediation text");
}

void TestRemediation::containerChanges_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("yamlLines");
    auto row = [](const char *id, QStringList remove, QStringList add, QStringList yaml) {
        QTest::newRow(id) << QString::fromLatin1(id) << remove << add << yaml;
    };
    const QString del = QStringLiteral("    # delete the line \"%1:\" (and its entries)");
    row("BW-C001", {"--privileged", "--cap-drop"}, {"--cap-drop ALL"}, {del.arg("privileged"), "    cap_drop:", "      - ALL"});
    row("BW-C002", {"-v /var/run/docker.sock:/var/run/docker.sock"}, {}, {"    volumes:", "      - \"data:/data\"", "      - /cache"});
    row("BW-C003", {"--cap-add SYS_ADMIN", "--cap-add NET_ADMIN"}, {}, {"    cap_add:", "      - CHOWN"});
    row("BW-C004", {"--cap-drop"}, {"--cap-drop ALL"}, {"    cap_drop:", "      - ALL"});
    row("BW-C005", {"--user"}, {"--user 1000:1000"}, {"    user: \"1000:1000\""});
    row("BW-C006", {"-v /etc:/host/etc"}, {}, {del.arg("volumes")});
    row("BW-C007", {"--network"}, {"--network shop_default"}, {del.arg("network_mode")});
    row("BW-C008", {"--pid"}, {}, {del.arg("pid")});
    row("BW-C009", {"--ipc"}, {}, {del.arg("ipc")});
    row("BW-C010", {"--uts"}, {}, {del.arg("uts")});
    row("BW-C011", {"--userns"}, {}, {del.arg("userns_mode")});
    row("BW-C012", {"-v /srv/data:/data:rshared"}, {"-v /srv/data:/data"}, {"    volumes:", "      - \"/srv/data:/data\""});
    row("BW-C013", {"--device /dev/fuse:/dev/fuse"}, {}, {del.arg("devices")});
    row("BW-C014", {"--security-opt seccomp=unconfined"}, {}, {"    security_opt:", "      - \"label=level:s0\""});
    row("BW-C015", {"--security-opt apparmor=unconfined"}, {}, {del.arg("security_opt")});
    row("BW-C016", {"--security-opt label=disable"}, {}, {del.arg("security_opt")});
    row("BW-C017", {}, {"--security-opt no-new-privileges"}, {"    security_opt:", "      - \"no-new-privileges:true\""});
    row("BW-C018", {}, {"--read-only"}, {"    read_only: true"});
    row("BW-C019", {"--memory"}, {"--memory 512m"}, {"    mem_limit: 512m"});
    row("BW-C020", {"--cpus"}, {"--cpus 1"}, {"    cpus: 1.0"});
    row("BW-C021", {"--pids-limit"}, {"--pids-limit 200"}, {"    pids_limit: 200"});
    row("BW-C022", {"-p 8080:8080"}, {"-p 127.0.0.1:8080:8080"},
        {"    ports:", "      - \"127.0.0.1:5353:53/udp\"", "      - \"127.0.0.1:8080:8080\""});
    row("BW-C023", {"-p 127.0.0.1:80:80"}, {"-p 127.0.0.1:8080:80"}, {"    ports:", "      - \"127.0.0.1:8080:80\""});
    row("BW-C024", {"-p 127.0.0.1:2222:22"}, {}, {"    ports:", "      - \"127.0.0.1:8080:80\""});
    row("BW-C026", {"--restart"}, {"--restart on-failure:5"}, {"    restart: \"on-failure:5\""});
    row("BW-C027", {"--no-healthcheck"}, {}, {del.arg("healthcheck")});
    row("BW-C028", {"--ulimit"}, {}, {del.arg("ulimits")});
    row("BW-C029", {"--network"}, {"--network shop_default"}, {del.arg("network_mode")});
    row("BW-C030", {"--log-driver", "--log-opt"}, {"--log-driver json-file", "--log-opt max-size=10m", "--log-opt max-file=3"},
        {"    logging:", "      driver: json-file", "        max-size: \"10m\""});
    row("BW-C033", {"--cgroupns"}, {"--cgroupns private"}, {"    cgroup: private"});
    row("BW-C034", {"--network container:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"}, {},
        {del.arg("network_mode")});
}

void TestRemediation::containerChanges()
{
    QFETCH(QString, ruleId);
    QFETCH(QStringList, remove);
    QFETCH(QStringList, add);
    QFETCH(QStringList, yamlLines);
    const HostSnapshot s = assessed(ruleId);
    const ContainerInfo &c = s.containers.first();
    const Finding *f = findingOf(s, ruleId);
    QVERIFY(f);
    const Remediation r = RemediationAdvisor().forContainer(*f, c, &s.images.first());
    QCOMPARE(r.kind, RemediationKind::RunFlags);
    QCOMPARE(spelled(r.runRemove), remove);
    QCOMPARE(spelled(r.runAdd), add);
    const QString yaml = r.compose.yaml();
    QVERIFY2(yaml.startsWith(QStringLiteral("# In /srv/shop/compose.yaml (project shop)\nservices:\n  web:\n")), qPrintable(yaml));
    const QStringList lines = yaml.split(QLatin1Char('\n'));
    for (const QString &expected : yamlLines)
        QVERIFY2(lines.contains(expected), qPrintable(QStringLiteral("%1 not in\n%2").arg(expected, yaml)));

    // The changes name options of the container's own command: what is removed was there
    // (unless it clears a setting the container never had), and is gone afterwards.
    RunCommand run = RunCommand::reconstruct(c, &s.images.first());
    for (const RunOption &o : r.runRemove) {
        if (o.size() > 1)
            QVERIFY2(run.has(o), qPrintable(QStringLiteral("%1 not in %2").arg(o.join(QLatin1Char(' ')), run.shellText(false))));
    }
    run.apply(r);
    for (const RunOption &o : r.runRemove) {
        if (!r.runAdd.contains(o) && !(o.size() == 1 && std::any_of(r.runAdd.cbegin(), r.runAdd.cend(), [&](const RunOption &a) { return a.first() == o.first(); })))
            QVERIFY2(!run.has(o), qPrintable(run.shellText(false)));
    }
    for (const RunOption &o : r.runAdd)
        QVERIFY2(run.options().contains(o), qPrintable(run.shellText(false)));
}

void TestRemediation::composeYamlForService()
{
    const HostSnapshot s = assessed(QStringLiteral("BW-C003"));
    const Remediation r = RemediationAdvisor().forContainer(*findingOf(s, QStringLiteral("BW-C003")), s.containers.first());
    QCOMPARE(r.compose.project, QStringLiteral("shop"));
    QCOMPARE(r.compose.service, QStringLiteral("web"));
    QCOMPARE(r.compose.configFiles, QStringList{QStringLiteral("/srv/shop/compose.yaml")});
    QCOMPARE(r.compose.yaml(), QStringLiteral("# In /srv/shop/compose.yaml (project shop)\n"
                                              "services:\n"
                                              "  web:\n"
                                              "    cap_add:\n"
                                              "      - CHOWN\n"));
    QCOMPARE(r.currentSetting, QStringLiteral("HostConfig.CapAdd = [SYS_ADMIN, NET_ADMIN, CHOWN]"));

    // Only dangerous capabilities: the key goes.
    ComposeChange change;
    change.service = QStringLiteral("api");
    change.setList(QStringLiteral("cap_add"), {});
    QVERIFY(change.yaml().contains(QStringLiteral("    # delete the line \"cap_add:\" (and its entries)\n")));
    QCOMPARE(ComposeChange::quote(QStringLiteral("yes")), QStringLiteral("\"yes\""));
    QCOMPARE(ComposeChange::quote(QStringLiteral("1000:1000")), QStringLiteral("\"1000:1000\""));
    QCOMPARE(ComposeChange::quote(QStringLiteral("a\"b")), QStringLiteral("\"a\\\"b\""));
    QCOMPARE(ComposeChange::quote(QStringLiteral("ALL")), QStringLiteral("ALL"));
}

void TestRemediation::noComposeWithoutLabels()
{
    const HostSnapshot s = assessed(QStringLiteral("BW-C007"), false);
    const Remediation r = RemediationAdvisor().forContainer(*findingOf(s, QStringLiteral("BW-C007")), s.containers.first());
    QVERIFY(!r.compose.fromCompose());
    QVERIFY(r.compose.yaml().isEmpty());
    QCOMPARE(spelled(r.runAdd), QStringList{QStringLiteral("--network case-net")});
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("docker network create case-net")));
}

void TestRemediation::imageUserOverride()
{
    // The image has an unprivileged USER and --user root overrides it: the fix removes the override.
    HostSnapshot s = assessed(QStringLiteral("BW-C005"));
    s.images.first().user = QStringLiteral("app");
    RuleEngine().assess(s);
    const Remediation r = RemediationAdvisor().forContainer(*findingOf(s, QStringLiteral("BW-C005")), s.containers.first(), &s.images.first());
    QCOMPARE(spelled(r.runRemove), QStringList{QStringLiteral("--user")});
    QVERIFY(r.runAdd.isEmpty());
    QVERIFY(r.compose.remove.contains(QStringLiteral("user")));
}

void TestRemediation::shellQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("local/busybox:1") << QStringLiteral("local/busybox:1");
    QTest::newRow("option") << QStringLiteral("--cap-drop") << QStringLiteral("--cap-drop");
    QTest::newRow("key=value") << QStringLiteral("max-size=10m") << QStringLiteral("max-size=10m");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("backtick") << QStringLiteral("`id`") << QStringLiteral("'`id`'");
    QTest::newRow("glob") << QStringLiteral("*.log") << QStringLiteral("'*.log'");
    QTest::newRow("tilde") << QStringLiteral("~root") << QStringLiteral("'~root'");
    QTest::newRow("hash") << QStringLiteral("#x") << QStringLiteral("'#x'");
    QTest::newRow("semicolon") << QStringLiteral("a;rm") << QStringLiteral("'a;rm'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    QTest::newRow("non-ascii") << QStringLiteral("café") << QStringLiteral("'café'");
}

void TestRemediation::shellQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(ShellQuote::quote(argument), quoted);
}

void TestRemediation::shellQuotingThroughSh()
{
    // What the shell makes of the quoted words is exactly the arguments.
    const QStringList args{QStringLiteral("plain"), QString(), QStringLiteral("it's"), QStringLiteral("$HOME `id` $(id)"),
                           QStringLiteral("a\nb"), QStringLiteral("\\back\\slash"), QStringLiteral("\"dq\""), QStringLiteral("*"),
                           QStringLiteral("x;y|z&"), QStringLiteral("~"), QStringLiteral("café")};
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + ShellQuote::join(args)});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QStringList out = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(0));
    QCOMPARE(out.takeLast(), QString()); // after the last terminator
    QCOMPARE(out, args);
}

void TestRemediation::reconstruction()
{
    nlohmann::json doc = plainInspect(false);
    doc.merge_patch(nlohmann::json::parse(R"({
      "Name": "/api",
      "State": {"Status": "running"},
      "Config": {"User": "101:101", "Hostname": "api-host", "WorkingDir": "/srv",
                 "Env": ["PATH=/usr/bin", "APP_MODE=prod", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
                 "Entrypoint": ["/bin/sh", "-c"], "Cmd": ["exec server --port 8080 'quoted arg'"],
                 "Labels": {"team": "payments", "api_token": "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"},
                 "Healthcheck": {"Test": ["CMD-SHELL", "wget -q --spider http://localhost:8080/ || exit 1"], "Interval": 30000000000}},
      "HostConfig": {"CapAdd": ["NET_BIND_SERVICE"], "CapDrop": ["ALL"], "SecurityOpt": ["no-new-privileges"],
                     "ReadonlyRootfs": true, "Tmpfs": {"/tmp": "rw,size=64m"}, "Memory": 536870912, "NanoCpus": 1500000000,
                     "PidsLimit": 200, "NetworkMode": "none", "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3},
                     "PortBindings": {"8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "18080"}]},
                     "LogConfig": {"Type": "json-file", "Config": {"max-size": "10m"}}, "Init": true},
      "Mounts": [{"Type": "volume", "Name": "apidata", "Source": "/var/lib/docker/volumes/apidata/_data", "Destination": "/data", "RW": true},
                 {"Type": "bind", "Source": "/srv/conf dir", "Destination": "/conf", "RW": false, "Mode": "ro"}]})"));
    const ContainerInfo c = *InspectParser::container(std::move(doc));
    ImageInfo img;
    img.id = c.imageId;
    img.envNames = {QStringLiteral("PATH")};
    img.inspect = nlohmann::json::parse(R"({"Config":{"Env":["PATH=/usr/bin"],"Cmd":["sh"],"WorkingDir":"/srv"}})");
    const RunCommand run = RunCommand::reconstruct(c, &img);
    const QStringList args = run.arguments();
    const QString text = run.shellText(false);

    auto hasOption = [&](const QStringList &o) { return run.options().contains(o); };
    QVERIFY(hasOption({QStringLiteral("--name"), QStringLiteral("api")}));
    QVERIFY(hasOption({QStringLiteral("--detach")}));
    QVERIFY(hasOption({QStringLiteral("--user"), QStringLiteral("101:101")}));
    QVERIFY(hasOption({QStringLiteral("--hostname"), QStringLiteral("api-host")}));
    QVERIFY(!run.has({QStringLiteral("--workdir")})); // the image's own
    QVERIFY(hasOption({QStringLiteral("--env"), QStringLiteral("APP_MODE")}));
    QVERIFY(hasOption({QStringLiteral("--env"), QStringLiteral("AWS_SECRET_ACCESS_KEY")}));
    QVERIFY(!run.has({QStringLiteral("--env"), QStringLiteral("PATH")}));
    QVERIFY(hasOption({QStringLiteral("--label"), QStringLiteral("team=payments")}));
    QVERIFY(!run.has({QStringLiteral("--label"), QStringLiteral("api_token")}) || !text.contains(QStringLiteral("ghp_")));
    QVERIFY(hasOption({QStringLiteral("--cap-drop"), QStringLiteral("ALL")}));
    QVERIFY(hasOption({QStringLiteral("--cap-add"), QStringLiteral("NET_BIND_SERVICE")}));
    QVERIFY(hasOption({QStringLiteral("--security-opt"), QStringLiteral("no-new-privileges")}));
    QVERIFY(hasOption({QStringLiteral("--read-only")}));
    QVERIFY(hasOption({QStringLiteral("--tmpfs"), QStringLiteral("/tmp:rw,size=64m")}));
    QVERIFY(hasOption({QStringLiteral("-v"), QStringLiteral("apidata:/data")}));
    QVERIFY(hasOption({QStringLiteral("-v"), QStringLiteral("/srv/conf dir:/conf:ro")}));
    QVERIFY(hasOption({QStringLiteral("-p"), QStringLiteral("127.0.0.1:18080:8080")}));
    QVERIFY(hasOption({QStringLiteral("--network"), QStringLiteral("none")}));
    QVERIFY(hasOption({QStringLiteral("--restart"), QStringLiteral("on-failure:3")}));
    QVERIFY(hasOption({QStringLiteral("--memory"), QStringLiteral("512m")}));
    QVERIFY(hasOption({QStringLiteral("--cpus"), QStringLiteral("1.5")}));
    QVERIFY(hasOption({QStringLiteral("--pids-limit"), QStringLiteral("200")}));
    QVERIFY(hasOption({QStringLiteral("--log-opt"), QStringLiteral("max-size=10m")}));
    QVERIFY(hasOption({QStringLiteral("--init")}));
    QVERIFY(hasOption({QStringLiteral("--health-cmd"), QStringLiteral("wget -q --spider http://localhost:8080/ || exit 1")}));
    QVERIFY(hasOption({QStringLiteral("--health-interval"), QStringLiteral("30s")}));
    // Entrypoint ["/bin/sh", "-c"]: its first word is --entrypoint, the rest precedes the command.
    QVERIFY(hasOption({QStringLiteral("--entrypoint"), QStringLiteral("/bin/sh")}));
    QCOMPARE(run.image(), QStringLiteral("local/busybox:1"));
    QCOMPARE(run.command(), (QStringList{QStringLiteral("-c"), QStringLiteral("exec server --port 8080 'quoted arg'")}));
    QCOMPARE(args.mid(args.size() - 3), (QStringList{QStringLiteral("local/busybox:1"), QStringLiteral("-c"),
                                                      QStringLiteral("exec server --port 8080 'quoted arg'")}));
    QVERIFY(text.contains(QStringLiteral("'/srv/conf dir:/conf:ro'")));
    QVERIFY(text.endsWith(QStringLiteral("local/busybox:1 -c 'exec server --port 8080 '\\''quoted arg'\\'''")));
    // Values never: neither the secret nor the plain one.
    QVERIFY(!text.contains(QLatin1String(SecretValue)));
    QVERIFY(!text.contains(QStringLiteral("prod")));
    QVERIFY(!text.contains(QStringLiteral("ghp_0123456789")));
    QVERIFY(run.notes().join(QLatin1Char('\n')).contains(QStringLiteral("APP_MODE, AWS_SECRET_ACCESS_KEY")));
    QVERIFY(run.notes().join(QLatin1Char('\n')).contains(QStringLiteral("api_token")));
}

void TestRemediation::reconstructionWithoutImage()
{
    const ContainerInfo c = *InspectParser::container(plainInspect(false));
    const RunCommand run = RunCommand::reconstruct(c);
    QCOMPARE(run.arguments(), (QStringList{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("case"),
                                           QStringLiteral("--detach"), QStringLiteral("--env"), QStringLiteral("APP_MODE"),
                                           QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--log-driver"),
                                           QStringLiteral("json-file"), QStringLiteral("local/busybox:1"), QStringLiteral("sleep"),
                                           QStringLiteral("3600")}));
    QCOMPARE(run.shellText(true), QStringLiteral("docker run \\\n  --name case \\\n  --detach \\\n  --env APP_MODE \\\n  --network none \\\n"
                                                 "  --log-driver json-file \\\n  local/busybox:1 sleep 3600"));
}

namespace {
// Three containers: one privileged with the daemon socket (a floor of 98), two with SYS_ADMIN.
HostSnapshot planHost()
{
    HostSnapshot s = assessed(QStringLiteral("BW-C003"), false);
    auto add = [&](const char *name, const char *patch) {
        nlohmann::json doc = plainInspect(false);
        doc.merge_patch(nlohmann::json::parse(patch));
        doc["Name"] = std::string("/") + name;
        doc["Id"] = QString::fromLatin1(name).repeated(64).left(64).toStdString();
        s.containers << *InspectParser::container(std::move(doc));
    };
    s.containers.first().name = QStringLiteral("web");
    add("db", R"({"HostConfig":{"CapAdd":["SYS_ADMIN"],"ReadonlyRootfs":true}})");
    add("ci", R"({"HostConfig":{"Privileged":true},"Mounts":[{"Type":"bind","Source":"/var/run/docker.sock","Destination":"/var/run/docker.sock","RW":true}]})");
    RuleEngine().assess(s);
    return s;
}

int scoreWithout(const ContainerInfo &c, const QString &ruleId)
{
    QList<Finding> kept;
    for (const Finding &f : c.findings) {
        if (f.ruleId != ruleId)
            kept << f;
    }
    return RiskModel::scoreContainer(kept, {}, Policy()).score;
}
} // namespace

void TestRemediation::planOrderingAndScores()
{
    const HostSnapshot s = planHost();
    const RemediationPlan plan = RemediationPlan::build(s);
    QCOMPARE(plan.hostScore, s.hostScore);
    QVERIFY(plan.changes.size() > 5);
    for (qsizetype i = 1; i < plan.changes.size(); ++i)
        QVERIFY2(plan.changes.at(i - 1).pointsRemoved >= plan.changes.at(i).pointsRemoved, qPrintable(plan.changes.at(i).ruleId));

    for (const PlanChange &change : plan.changes) {
        int sum = 0;
        for (const PlanTarget &t : change.targets) {
            sum += t.scoreBefore - t.scoreAfter;
            if (change.scope == RuleScope::Daemon)
                continue;
            const ContainerInfo *c = s.container(t.id);
            QVERIFY(c);
            QCOMPARE(t.scoreBefore, c->risk.score);
            QCOMPARE(t.scoreAfter, scoreWithout(*c, change.ruleId)); // none of these is exposed
        }
        QCOMPARE(change.pointsRemoved, sum);
    }
    // SYS_ADMIN on two containers is one change with two targets.
    const auto caps = std::find_if(plan.changes.cbegin(), plan.changes.cend(), [](const PlanChange &c) { return c.ruleId == QLatin1String("BW-C003"); });
    QVERIFY(caps != plan.changes.cend());
    QCOMPARE(caps->targets.size(), 2);
    // Removing the socket alone leaves the privileged floor: it cannot be worth more than that floor allows.
    const auto socket = std::find_if(plan.changes.cbegin(), plan.changes.cend(), [](const PlanChange &c) { return c.ruleId == QLatin1String("BW-C002"); });
    QVERIFY(socket != plan.changes.cend());
    QCOMPARE(socket->targets.first().scoreAfter, std::max(Policy().hostEquivalentFloor, scoreWithout(*s.container(socket->targets.first().id), QStringLiteral("BW-C002"))));
    // Containers worst first.
    QCOMPARE(plan.containers.first().name, QStringLiteral("ci"));
    QCOMPARE(plan.containers.first().scoreIfAllFixed, 0);
}

void TestRemediation::planMarkdownAndJson()
{
    const RemediationPlan plan = RemediationPlan::build(planHost());
    const QString md = plan.toMarkdown();
    QVERIFY(md.startsWith(QStringLiteral("# Remediation plan for ")));
    qsizetype at = md.indexOf(QStringLiteral("| # |"));
    QVERIFY(at > 0);
    // Table rows in the plan's order, each with its points.
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const PlanChange &c = plan.changes.at(i);
        const QString rowStart = QStringLiteral("| %1 | ").arg(i + 1);
        const qsizetype row = md.indexOf(rowStart, at);
        QVERIFY2(row > at, qPrintable(rowStart));
        const QString line = md.mid(row, md.indexOf(QLatin1Char('\n'), row) - row);
        QVERIFY2(line.contains(c.ruleId) && line.contains(QStringLiteral("| %1 | %2 |").arg(c.pointsRemoved).arg(c.hostScoreAfter)), qPrintable(line));
        at = row;
    }
    const auto caps = std::find_if(plan.changes.cbegin(), plan.changes.cend(), [](const PlanChange &c) { return c.ruleId == QLatin1String("BW-C003"); });
    QVERIFY(md.contains(QStringLiteral("On 2 containers this removes %1 points: ").arg(caps->pointsRemoved)));
    QVERIFY(md.contains(QStringLiteral("remove `--cap-add SYS_ADMIN`")));
    for (const char *name : {"### web", "### db", "### ci"})
        QVERIFY2(md.contains(QLatin1String(name)), name);

    const nlohmann::ordered_json j = plan.toJson();
    QVERIFY(j["schema"] == "bulwark.plan/1");
    QCOMPARE(qsizetype(j["changes"].size()), plan.changes.size());
    QCOMPARE(j["changes"][0]["points_removed"].get<int>(), plan.changes.first().pointsRemoved);
    QCOMPARE(qsizetype(j["containers"].size()), qsizetype(3));
}

void TestRemediation::planSkipsWaivedFindings()
{
    HostSnapshot s = planHost();
    for (ContainerInfo &c : s.containers) {
        for (Finding &f : c.findings) {
            if (f.ruleId == QLatin1String("BW-C003"))
                f.waiver.state = WaiverState::Waived;
        }
    }
    const RemediationPlan plan = RemediationPlan::build(s);
    for (const PlanChange &c : plan.changes)
        QVERIFY(c.ruleId != QLatin1String("BW-C003"));
    for (const PlanContainer &c : plan.containers) {
        for (const Remediation &r : c.remediations)
            QVERIFY(r.ruleId != QLatin1String("BW-C003"));
    }
}

void TestRemediation::verifyComparison()
{
    const HostSnapshot before = assessed(QStringLiteral("BW-C003"), false);
    const QList<Finding> original = before.containers.first().findings;
    HostSnapshot after = assessed(QStringLiteral("BW-C030"), false); // C003 gone, logging off now
    const VerifyResult result = ContainerVerifier::compare(QStringLiteral("name:case"), after.containers.first(), original);
    QCOMPARE(result.identity, QStringLiteral("name:case"));
    QCOMPARE(result.outcomes.size(), original.size());
    bool sawCaps = false;
    bool sawRoot = false;
    for (const FindingOutcome &o : result.outcomes) {
        if (o.original.ruleId == QLatin1String("BW-C003")) {
            sawCaps = true;
            QVERIFY(o.resolved);
        }
        if (o.original.ruleId == QLatin1String("BW-C005")) {
            sawRoot = true;
            QVERIFY(!o.resolved);
            QCOMPARE(o.current.ruleId, QStringLiteral("BW-C005"));
            QVERIFY(!o.current.evidence.isEmpty());
        }
    }
    QVERIFY(sawCaps && sawRoot);
    QCOMPARE(result.newFindings.size(), 1);
    QCOMPARE(result.newFindings.first().ruleId, QStringLiteral("BW-C030"));
    QVERIFY(!result.allResolved());
    QCOMPARE(result.resolvedCount(), 1); // only the capabilities changed

    const VerifyResult same = ContainerVerifier::compare(QStringLiteral("name:case"), before.containers.first(), original);
    QCOMPARE(same.resolvedCount(), 0);
    QVERIFY(same.newFindings.isEmpty());
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
