#pragma once
// Shared by tests that need the private Docker Engine started by the ctest
// fixture `docker_daemon` (tests/integration/CMakeLists.txt). The fixture
// exports BULWARK_TEST_DOCKER_HOST=unix://<dir>/docker.sock to every test that
// requires it. Under CI a missing daemon fails the test; on a workstation
// without root it skips, saying why.

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace bulwark::test {

inline QString testDockerHost() { return qEnvironmentVariable("BULWARK_TEST_DOCKER_HOST"); }

inline bool underCi()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QLatin1String("false") && ci != QLatin1String("0");
}

// Why the daemon is not usable, or an empty string when it is.
inline QString daemonUnavailableReason()
{
    const QString host = testDockerHost();
    if (host.isEmpty())
        return QStringLiteral("BULWARK_TEST_DOCKER_HOST is not set (run through ctest so the docker_daemon fixture starts a private dockerd)");
    const QString path = host.mid(int(qstrlen("unix://")));
    if (!QFileInfo::exists(path))
        return QStringLiteral("the private test dockerd is not running (no socket at %1); it needs root and the docker.io package — see the fixture log next to it").arg(path);
    return {};
}

// Runs the docker CLI against HOST; returns stdout (trimmed). EXTRA_ENV adds variables
// (e.g. DOCKER_BUILDKIT=0) to the CLI's environment.
inline QString dockerAt(const QString &host, const QStringList &args, int *exitCode = nullptr, QString *stdErr = nullptr,
                        const QStringList &extraEnv = {})
{
    QProcess p;
    p.setProgram(QStringLiteral("docker"));
    p.setArguments(QStringList{QStringLiteral("-H"), host} + args);
    if (!extraEnv.isEmpty())
        p.setEnvironment(QProcess::systemEnvironment() + extraEnv);
    p.start();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (stdErr)
        *stdErr = QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

// Runs the docker CLI against the test daemon.
inline QString docker(const QStringList &args, int *exitCode = nullptr, QString *stdErr = nullptr)
{
    return dockerAt(testDockerHost(), args, exitCode, stdErr);
}

// Removes every container of the test daemon whose name starts with PREFIX (a test's own),
// with its anonymous volumes.
inline void removeContainersNamed(const QString &prefix)
{
    const QString ours = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                 QStringLiteral("name=^/") + prefix});
    if (!ours.isEmpty())
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")}
               + ours.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

} // namespace bulwark::test

// Use at the top of a test function or initTestCase().
#define BULWARK_REQUIRE_DAEMON()                                                                   \
    do {                                                                                           \
        const QString reason_ = bulwark::test::daemonUnavailableReason();                          \
        if (!reason_.isEmpty()) {                                                                  \
            if (bulwark::test::underCi())                                                          \
                QFAIL(qPrintable(QStringLiteral("CI=true and no test daemon: ") + reason_));       \
            QSKIP(qPrintable(reason_));                                                            \
        }                                                                                          \
    } while (false)
