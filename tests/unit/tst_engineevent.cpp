#include "stream/EngineEvent.h"
#include "stream/EventParser.h"

#include <QTest>

#include <ctime>

using namespace bulwark;

class TestEngineEvent : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dockerText_data();
    void dockerText();
    void jsonRoundTrip();
    void fromJsonRejects();
};

void TestEngineEvent::initTestCase()
{
    // dockerText() prints local time, as `docker events` does; pin the zone.
    qputenv("TZ", "UTC");
    tzset();
}

void TestEngineEvent::dockerText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("text");
    // Pairs recorded from dockerd 20.10 and `docker events` (CLI 28.2.2) with TZ=UTC.
    QTest::addRow("image tag") << QByteArray(
        R"({"status":"tag","id":"sha256:6ffa","Type":"image","Action":"tag","Actor":{"ID":"sha256:6ffa",)"
        R"("Attributes":{"name":"local/busybox:1"}},"scope":"local","time":1795872558,"timeNano":1795872558802609243})")
                               << QByteArray(
                                      "2026-11-28T13:29:18.802609243Z image tag sha256:6ffa (name=local/busybox:1)\n");
    QTest::addRow("network connect, attributes sorted")
        << QByteArray(
               R"({"Type":"network","Action":"connect","Actor":{"ID":"69b7","Attributes":{"type":"null","name":"none",)"
               R"("container":"e3e1"}},"scope":"local","time":1795872561,"timeNano":1795872561901354609})")
        << QByteArray("2026-11-28T13:29:21.901354609Z network connect 69b7 (container=e3e1, name=none, type=null)\n");
    QTest::addRow("exec_create keeps its trailing space")
        << QByteArray(
               R"({"Type":"container","Action":"exec_create: id ","Actor":{"ID":"e3e1","Attributes":{"execID":"ac11",)"
               R"("image":"local/busybox:1","name":"t1"}},"time":1795872562,"timeNano":1795872562415195462})")
        << QByteArray("2026-11-28T13:29:22.415195462Z container exec_create: id  e3e1 (execID=ac11, "
                      "image=local/busybox:1, name=t1)\n");
    QTest::addRow("no attributes") << QByteArray(
        R"({"Type":"daemon","Action":"reload","Actor":{"ID":"abc"},"timeNano":1795872562000000000})")
                                   << QByteArray("2026-11-28T13:29:22.000000000Z daemon reload abc\n");
}

void TestEngineEvent::dockerText()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, text);
    Expected<EngineEvent> e = EventParser::parse(json);
    QVERIFY(e);
    QCOMPARE(e->dockerText(), text);
}

void TestEngineEvent::jsonRoundTrip()
{
    EngineEvent e;
    e.timeNs = 1795872562415195462;
    e.type = QStringLiteral("container");
    e.action = QStringLiteral("exec_start: sh -c id");
    e.actorId = QStringLiteral("e3e1");
    e.attributes = {{QStringLiteral("execID"), QStringLiteral("ac11")}, {QStringLiteral("name"), QStringLiteral("t1")}};
    e.scope = QStringLiteral("local");
    e.exec = {true, QStringLiteral("ac11"), QStringLiteral("root"), true, false, QStringLiteral("sh -c id")};
    e.container = {true, QStringLiteral("t1"), QString(), false, {QStringLiteral("/var/run/docker.sock")}};
    e.severity = Severity::Critical;
    e.securityFlags = PrivilegedExec | RootExec;
    e.reasons = {QStringLiteral("Privileged exec into t1: sh -c id")};

    const nlohmann::json doc = e.toJson();
    QCOMPARE(doc["schema"].get<std::string>(), std::string("bulwark.event/1"));
    QCOMPARE(doc["time"].get<std::string>(), std::string("2026-11-28T13:29:22.415195462Z"));
    QCOMPARE(doc["action_name"].get<std::string>(), std::string("exec_start"));
    QCOMPARE(doc["security"]["flags"].size(), size_t(2));

    Expected<EngineEvent> back = EngineEvent::fromJson(nlohmann::json::parse(doc.dump()));
    QVERIFY(back);
    QCOMPARE(back->timeNs, e.timeNs);
    QCOMPARE(back->type, e.type);
    QCOMPARE(back->action, e.action);
    QCOMPARE(back->actorId, e.actorId);
    QCOMPARE(back->attributes, e.attributes);
    QCOMPARE(back->scope, e.scope);
    QCOMPARE(back->exec.user, e.exec.user);
    QCOMPARE(back->exec.privileged, true);
    QCOMPARE(back->exec.command, e.exec.command);
    QCOMPARE(back->container.daemonSockets, e.container.daemonSockets);
    QCOMPARE(back->severity, Severity::Critical);
    QCOMPARE(back->securityFlags, e.securityFlags);
    QCOMPARE(back->reasons, e.reasons);
}

void TestEngineEvent::fromJsonRejects()
{
    QVERIFY(!EngineEvent::fromJson(nlohmann::json::array()));
    QVERIFY(!EngineEvent::fromJson(nlohmann::json{{"schema", "other/1"}}));
}

QTEST_GUILESS_MAIN(TestEngineEvent)
#include "tst_engineevent.moc"
