#include "RecordedData.h"
#include "stream/EventParser.h"

#include <QTest>

using namespace bulwark;

class TestEventParser : public QObject {
    Q_OBJECT
private slots:
    void recordedFeed();
    void execEvent();
    void legacyFields();
    void malformed_data();
    void malformed();
    void execInspect_data();
    void execInspect();
    void containerInspect_data();
    void containerInspect();
    void daemonSockets_data();
    void daemonSockets();
};

void TestEventParser::recordedFeed()
{
    const QList<QByteArray> lines = test::readRecorded(QStringLiteral("events-logger2.ndjson")).split('\n');
    QStringList actions;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        Expected<EngineEvent> e = EventParser::parse(line);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->type, QStringLiteral("container"));
        QCOMPARE(e->actorName(), QStringLiteral("logger2"));
        actions << e->action;
    }
    QCOMPARE(actions.mid(0, 4), (QStringList{"create", "start", "die", "destroy"}));
    const Expected<EngineEvent> first = EventParser::parse(lines.first());
    QCOMPARE(first->timeNs, qint64(1795860046978456904));
    QCOMPARE(first->actorId, QStringLiteral("71ae95ac280139b4099f5dacb74c15ab4247d90ff9897e84ba6007afa2f01553"));
    QCOMPARE(first->attributes.value(QStringLiteral("image")), QStringLiteral("local/busybox:1"));
    QCOMPARE(first->scope, QStringLiteral("local"));
}

void TestEventParser::execEvent()
{
    // As dockerd 20.10 sends it: the command after the action, the exec id in Attributes.execID.
    const QByteArray line =
        R"({"status":"exec_create: id ","id":"e3e1","from":"local/busybox:1","Type":"container",)"
        R"("Action":"exec_create: id ","Actor":{"ID":"e3e1","Attributes":{"execID":"ac11","image":)"
        R"("local/busybox:1","name":"t1"}},"scope":"local","time":1795872562,"timeNano":1795872562415195462})";
    Expected<EngineEvent> e = EventParser::parse(line);
    QVERIFY(e);
    QCOMPARE(e->action, QStringLiteral("exec_create: id "));
    QCOMPARE(e->actionName(), QStringLiteral("exec_create"));
    QCOMPARE(e->attributes.value(QStringLiteral("execID")), QStringLiteral("ac11"));
    QCOMPARE(e->timeNs, qint64(1795872562415195462));
}

void TestEventParser::legacyFields()
{
    Expected<EngineEvent> e =
        EventParser::parse(R"({"status":"start","id":"abc","from":"busybox","time":1700000000,"extra":[1]})");
    QVERIFY(e);
    QCOMPARE(e->type, QStringLiteral("container"));
    QCOMPARE(e->action, QStringLiteral("start"));
    QCOMPARE(e->actorId, QStringLiteral("abc"));
    QCOMPARE(e->timeNs, qint64(1700000000) * 1'000'000'000);
    // Attribute values that are not strings are kept as JSON text.
    Expected<EngineEvent> n =
        EventParser::parse(R"({"Type":"x","Action":"y","Actor":{"ID":"i","Attributes":{"n":3}}})");
    QVERIFY(n);
    QCOMPARE(n->attributes.value(QStringLiteral("n")), QStringLiteral("3"));
}

void TestEventParser::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("not json") << QByteArray("<html>");
    QTest::addRow("array") << QByteArray("[1,2]");
    QTest::addRow("truncated") << QByteArray(R"({"Type":"container","Action":"st)");
    QTest::addRow("no action") << QByteArray(R"({"Type":"container"})");
    QTest::addRow("empty") << QByteArray();
}

void TestEventParser::malformed()
{
    QFETCH(QByteArray, line);
    Expected<EngineEvent> e = EventParser::parse(line);
    QVERIFY(!e);
    QCOMPARE(e.error().kind, ErrorKind::MalformedResponse);
}

void TestEventParser::execInspect_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("privileged");
    QTest::addColumn<QString>("command");
    // Recorded from dockerd 20.10: `docker exec t1 id`, `-u nobody`, `--privileged`.
    QTest::addRow("default user") << QByteArray(
        R"({"ID":"ac11","Running":false,"ExitCode":0,"ProcessConfig":{"tty":false,)"
        R"("entrypoint":"id","arguments":[],"privileged":false},"ContainerID":"e3e1"})")
                                  << QString() << false << QStringLiteral("id");
    QTest::addRow("nobody") << QByteArray(
        R"({"ID":"7844","ProcessConfig":{"tty":false,"entrypoint":"id","arguments":[],)"
        R"("privileged":false,"user":"nobody"}})")
                            << QStringLiteral("nobody") << false << QStringLiteral("id");
    QTest::addRow("privileged with arguments") << QByteArray(
        R"({"ID":"4f84","ProcessConfig":{"entrypoint":"sh","arguments":["-c","cat /etc/shadow"],"privileged":true}})")
                                               << QString() << true << QStringLiteral("sh -c cat /etc/shadow");
}

void TestEventParser::execInspect()
{
    QFETCH(QByteArray, doc);
    QFETCH(QString, user);
    QFETCH(bool, privileged);
    QFETCH(QString, command);
    const ExecDetails x = EventParser::exec(nlohmann::json::parse(doc.constBegin(), doc.constEnd()));
    QVERIFY(x.known);
    QCOMPARE(x.user, user);
    QCOMPARE(x.privileged, privileged);
    QCOMPARE(x.command, command);
    QVERIFY(!EventParser::exec(nlohmann::json::array()).known);
}

void TestEventParser::containerInspect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("privileged");
    QTest::addRow("plain") << "container-inspect-c0.json"
                           << "c0"
                           << "" << false;
    QTest::addRow("user set") << "container-inspect-c1.json"
                              << "c1"
                              << "1000:1000" << false;
    QTest::addRow("privileged") << "container-inspect-c2.json"
                                << "c2"
                                << "" << true;
}

void TestEventParser::containerInspect()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(bool, privileged);
    const EventContainerDetails c = EventParser::container(test::recordedJson(file));
    QVERIFY(c.known);
    QCOMPARE(c.name, name);
    QCOMPARE(c.user, user);
    QCOMPARE(c.privileged, privileged);
    QVERIFY(c.daemonSockets.isEmpty());
    const EventContainerDetails s = EventParser::container(nlohmann::json::parse(
        R"({"Name":"/dind","Config":{"User":""},"HostConfig":{"Privileged":false},)"
        R"("Mounts":[{"Type":"bind","Source":"/var/run/docker.sock","Destination":"/var/run/docker.sock"},)"
        R"({"Type":"bind","Source":"/srv/data","Destination":"/data"}]})"));
    QCOMPARE(s.daemonSockets, QStringList{QStringLiteral("/var/run/docker.sock")});
}

void TestEventParser::daemonSockets_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("socket");
    QTest::addRow("docker") << "/var/run/docker.sock" << true;
    QTest::addRow("run docker") << "/run/docker.sock" << true;
    QTest::addRow("containerd") << "/run/containerd/containerd.sock" << true;
    QTest::addRow("podman") << "/run/podman/podman.sock" << true;
    QTest::addRow("data dir") << "/srv/docker.sockets" << false;
    QTest::addRow("other socket") << "/run/dbus/system_bus_socket" << false;
}

void TestEventParser::daemonSockets()
{
    QFETCH(QString, path);
    QFETCH(bool, socket);
    QCOMPARE(EventParser::isDaemonSocket(path), socket);
}

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
