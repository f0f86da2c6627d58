#pragma once
// Runs a program as a user's shell would, for tests that drive bulwark-cli as an
// executable: its exit code, stdout and stderr, or a clear "timed out".

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace bulwark::test {

struct ProcessRun {
    int code = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
};

// UNSET names environment variables the program must not see: BULWARK_DB when every call
// names its own database, DISPLAY and QT_QPA_PLATFORM for a run as headless as CI's.
inline ProcessRun runProcess(const QString &program, const QStringList &args, const QStringList &unset = {},
                             int timeoutMs = 120000)
{
    QProcess p;
    if (!unset.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &var : unset)
            env.remove(var);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace bulwark::test
