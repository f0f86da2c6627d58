#pragma once

#include "ComposeChange.h"
#include "rules/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

// How far Bulwark can spell a fix out.
enum class RemediationKind {
    RunFlags,   // concrete `docker run` changes (and compose keys) computed from the container
    Recreate,   // no setting changes: recreate the container with the same settings (stale image)
    Dockerfile, // the fix belongs in the image's Dockerfile
    Daemon,     // a daemon.json change on the host
    Manual,     // no safe automatic change: instructions for people
};

// One option of a `docker run` command as it is typed, split into arguments:
// {"--cap-add", "SYS_ADMIN"}, {"--read-only"}, {"-v", "/src:/dst:ro"}.
using RunOption = QStringList;

// What to do about one finding on one target. Every text is already redacted:
// it is built from the finding's evidence and the target's scrubbed configuration.
struct Remediation {
    QString ruleId;
    QString cis;                 // CIS Docker Benchmark v1.6.0 number, "" when none corresponds
    Severity severity = Severity::Info;
    RuleScope scope = RuleScope::Container;
    QString title;
    QString risk;                // why it matters, in plain words (the catalogue's rationale)
    QString targetId;
    QString targetName;

    QString currentSetting;      // read from the target's own configuration: "HostConfig.CapAdd = [SYS_ADMIN]"
    RemediationKind kind = RemediationKind::Manual;
    QString summary;             // one sentence: what the change is

    // docker run: an option to remove matches every option of the command that starts
    // with its arguments, so {"--cap-add"} removes every --cap-add and {"--cap-add", "X"} only X.
    QList<RunOption> runRemove;
    QList<RunOption> runAdd;
    QString imageReplacement;    // a new image reference for the command, "" to keep it

    ComposeChange compose;       // isEmpty() when the container does not come from compose
    QStringList dockerfileLines; // for image findings (and findings an image can fix)
    QString daemonJson;          // a daemon.json fragment, for daemon findings
    QString manualSteps;         // what people must do when no change can be computed
    QStringList notes;           // caveats: what to check before applying the change

    [[nodiscard]] bool hasRunChanges() const { return !runRemove.isEmpty() || !runAdd.isEmpty() || !imageReplacement.isEmpty(); }
};

} // namespace bulwark
