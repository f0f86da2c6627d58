#include "stream/EventClassifier.h"

#include <QTest>

using namespace bulwark;

Q_DECLARE_METATYPE(bulwark::EngineEvent)

namespace {
EngineEvent makeEvent(const QString &type, const QString &action)
{
    EngineEvent e;
    e.type = type;
    e.action = action;
    e.actorId = QStringLiteral("e3e173eedeee1bb3");
    e.attributes.insert(QStringLiteral("name"), QStringLiteral("web"));
    return e;
}
ExecDetails exec(const QString &user, bool privileged)
{
    ExecDetails x;
    x.known = true;
    x.user = user;
    x.privileged = privileged;
    x.command = QStringLiteral("sh");
    return x;
}
EventContainerDetails container(const QString &user, bool privileged = false, const QStringList &sockets = {})
{
    EventContainerDetails c;
    c.known = true;
    c.name = QStringLiteral("web");
    c.user = user;
    c.privileged = privileged;
    c.daemonSockets = sockets;
    return c;
}
} // namespace

class TestEventClassifier : public QObject {
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void rootUser_data();
    void rootUser();
};

void TestEventClassifier::classify_data()
{
    QTest::addColumn<EngineEvent>("input");
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<int>("severity");

    EngineEvent e = makeEvent(QStringLiteral("container"), QStringLiteral("exec_start: sh "));
    e.exec = exec(QString(), false);
    e.container = container(QStringLiteral("1000"));
    QTest::addRow("exec as the container's non-root user") << e << quint32(0) << int(Severity::Info);
    e.container = container(QString());
    QTest::addRow("exec without -u into a root container") << e << quint32(RootExec) << int(Severity::High);
    e.exec = exec(QStringLiteral("root"), false);
    e.container = container(QStringLiteral("1000"));
    QTest::addRow("exec -u root into a non-root container") << e << quint32(RootExec) << int(Severity::High);
    e.exec = exec(QStringLiteral("0:0"), false);
    QTest::addRow("exec -u 0:0") << e << quint32(RootExec) << int(Severity::High);
    e.exec = exec(QStringLiteral("nobody"), true);
    QTest::addRow("privileged exec as nobody") << e << quint32(PrivilegedExec) << int(Severity::Critical);
    e.exec = exec(QString(), true);
    e.container = container(QString());
    QTest::addRow("privileged exec as root") << e << quint32(PrivilegedExec | RootExec) << int(Severity::Critical);
    e.exec = exec(QString(), false);
    e.container = {};
    QTest::addRow("container unknown: no guess") << e << quint32(0) << int(Severity::Info);
    e.exec = {};
    QTest::addRow("exec gone") << e << quint32(0) << int(Severity::Info);
    e = makeEvent(QStringLiteral("container"), QStringLiteral("exec_create: id "));
    e.exec = exec(QStringLiteral("root"), false);
    QTest::addRow("exec_create counts too") << e << quint32(RootExec) << int(Severity::High);
    e = makeEvent(QStringLiteral("container"), QStringLiteral("exec_die"));
    e.exec = exec(QStringLiteral("root"), true);
    QTest::addRow("exec_die does not") << e << quint32(0) << int(Severity::Info);

    e = makeEvent(QStringLiteral("container"), QStringLiteral("start"));
    e.container = container(QString());
    QTest::addRow("ordinary start") << e << quint32(0) << int(Severity::Info);
    e.container = container(QString(), true);
    QTest::addRow("privileged start") << e << quint32(PrivilegedContainerStarted) << int(Severity::High);
    e.container = container(QString(), false, {QStringLiteral("/var/run/docker.sock")});
    QTest::addRow("socket start") << e << quint32(DaemonSocketContainerStarted) << int(Severity::Critical);
    e = makeEvent(QStringLiteral("container"), QStringLiteral("create"));
    e.container = container(QString(), true);
    QTest::addRow("privileged create is not a start") << e << quint32(0) << int(Severity::Info);

    e = makeEvent(QStringLiteral("image"), QStringLiteral("delete"));
    QTest::addRow("image delete") << e << quint32(ImageDeleted) << int(Severity::Medium);
    e = makeEvent(QStringLiteral("image"), QStringLiteral("untag"));
    QTest::addRow("image untag") << e << quint32(0) << int(Severity::Info);
    e = makeEvent(QStringLiteral("network"), QStringLiteral("connect"));
    QTest::addRow("network connect") << e << quint32(0) << int(Severity::Info);
}

void TestEventClassifier::classify()
{
    QFETCH(EngineEvent, input);
    QFETCH(quint32, flags);
    QFETCH(int, severity);
    EventClassifier::classify(input);
    QCOMPARE(input.securityFlags, flags);
    QCOMPARE(int(input.severity), severity);
    QCOMPARE(input.reasons.isEmpty(), flags == 0);
    for (const QString &r : std::as_const(input.reasons))
        QVERIFY2(r.contains(QStringLiteral("web")), qPrintable(r));
    // Classifying twice gives the same answer.
    EventClassifier::classify(input);
    QCOMPARE(input.securityFlags, flags);
}

void TestEventClassifier::rootUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("root");
    QTest::addRow("empty") << "" << true;
    QTest::addRow("root") << "root" << true;
    QTest::addRow("0") << "0" << true;
    QTest::addRow("0:0") << "0:0" << true;
    QTest::addRow("root:wheel") << "root:wheel" << true;
    QTest::addRow("1000") << "1000" << false;
    QTest::addRow("nobody") << "nobody" << false;
    QTest::addRow("0 as group only") << "1000:0" << false;
    QTest::addRow("rootless") << "rootless" << false;
}

void TestEventClassifier::rootUser()
{
    QFETCH(QString, user);
    QFETCH(bool, root);
    QCOMPARE(EventClassifier::isRootUser(user), root);
}

QTEST_GUILESS_MAIN(TestEventClassifier)
#include "tst_eventclassifier.moc"
