#include "stream/LogClassifier.h"

#include <QTest>

using namespace bulwark;

class TestLogClassifier : public QObject {
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void batch();
};

void TestLogClassifier::classify_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("security");
    const int none = int(LogSeverity::None), warn = int(LogSeverity::Warning), error = int(LogSeverity::Error),
              fatal = int(LogSeverity::Fatal);
    QTest::addRow("plain") << QByteArray("GET /index.html 200") << none << 0;
    QTest::addRow("empty") << QByteArray() << none << 0;
    QTest::addRow("error") << QByteArray("ERROR: disk full") << error << 0;
    QTest::addRow("errors plural") << QByteArray("3 errors found") << error << 0;
    QTest::addRow("err word") << QByteArray("npm ERR! code E404") << error << 0;
    QTest::addRow("errno is not err") << QByteArray("errno 5") << none << 0;
    QTest::addRow("terror is not error") << QByteArray("a reign of terror") << none << 0;
    QTest::addRow("exception") << QByteArray("java.lang.NullPointerException at Foo") << none << 0;
    QTest::addRow("exception word") << QByteArray("Unhandled exception in thread") << error << 0;
    QTest::addRow("warning") << QByteArray("[warn] slow query") << warn << 0;
    QTest::addRow("Warning mixed case") << QByteArray("WaRnInG: low memory") << warn << 0;
    QTest::addRow("forewarned is not warn") << QByteArray("forewarned") << none << 0;
    QTest::addRow("fatal beats error") << QByteArray("error then FATAL crash") << fatal << 0;
    QTest::addRow("panic") << QByteArray("panic: runtime error: index out of range") << fatal << 0;
    QTest::addRow("permission denied") << QByteArray("open /etc/shadow: Permission denied") << none
                                       << int(PermissionDenied);
    QTest::addRow("unauthorized") << QByteArray("401 Unauthorized") << none << int(Unauthorized);
    QTest::addRow("unauthorised") << QByteArray("request unauthorised") << none << int(Unauthorized);
    QTest::addRow("pam auth failure") << QByteArray("pam_unix(sshd:auth): authentication failure; rhost=10.0.0.5")
                                      << none << int(AuthenticationFailure);
    QTest::addRow("auth failed") << QByteArray("FATAL: password authentication failed for user \"postgres\"") << fatal
                                 << int(AuthenticationFailure);
    QTest::addRow("segfault") << QByteArray("nginx[42]: segfault at 0 ip 0000 error 4") << error << int(Segfault);
    QTest::addRow("segmentation fault") << QByteArray("Segmentation fault (core dumped)") << none << int(Segfault);
    QTest::addRow("sigsegv") << QByteArray("signal SIGSEGV: segmentation violation") << none << int(Segfault);
    QTest::addRow("out of memory") << QByteArray("Out of memory: Killed process 1234") << none << int(OutOfMemory);
    QTest::addRow("oom word") << QByteArray("container OOM killed") << none << int(OutOfMemory);
    QTest::addRow("oom-killer") << QByteArray("invoked oom-killer: gfp_mask=0x0") << none << int(OutOfMemory);
    QTest::addRow("room is not oom") << QByteArray("zoom room boom") << none << 0;
    QTest::addRow("two flags") << QByteArray("error: permission denied, out of memory") << error
                               << int(PermissionDenied | OutOfMemory);
    QTest::addRow("keyword at the very end") << QByteArray("status=fatal") << fatal << 0;
    QTest::addRow("invalid utf-8 around") << QByteArray("\xff\xfe"
                                                        "error\xff")
                                          << error << 0;
}

void TestLogClassifier::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(int, severity);
    QFETCH(int, security);
    const LogClassifier::Result r = LogClassifier::classify(text);
    QCOMPARE(int(r.severity), severity);
    QCOMPARE(int(r.security), security);
}

void TestLogClassifier::batch()
{
    LogBatch b;
    const QByteArray a = "fine";
    const QByteArray e = "2026-11-28T09:50:58Z Permission denied";
    b.append(a.constData(), a.size()).length = quint32(a.size());
    LogLine &l = b.append(e.constData(), e.size());
    l.prefixLength = 21;
    l.length = quint32(e.size() - 21);
    LogClassifier::classify(b);
    QCOMPARE(b.at(0).security, quint8(0));
    QCOMPARE(b.at(1).security, quint8(PermissionDenied));
    QCOMPARE(LogClassifier::securityNames(PermissionDenied | Segfault),
             (QStringList{QStringLiteral("permission_denied"), QStringLiteral("segfault")}));
}

QTEST_GUILESS_MAIN(TestLogClassifier)
#include "tst_logclassifier.moc"
