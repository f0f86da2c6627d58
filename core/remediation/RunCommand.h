#pragma once

#include "Remediation.h"
#include "Snapshot.h"

#include <QCoreApplication>

namespace bulwark {

// A `docker run` command line that recreates a container: its options, image and
// command. Environment variables appear by NAME only (`--env NAME` takes the value
// from the shell that runs the command): values never leave the daemon's document,
// and secret ones are redacted there anyway.
class RunCommand {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    // Reads the container's own configuration. With its image, settings the image
    // provides (environment, labels, command, working directory, exposed ports) are
    // left to the image, as `docker run` would; without it they are all spelled out.
    static RunCommand reconstruct(const ContainerInfo &container, const ImageInfo *image = nullptr);

    // Removes the remediation's runRemove options (prefix match), appends its runAdd
    // options that are not there yet, and swaps the image reference when it names one.
    void apply(const Remediation &remediation);

    [[nodiscard]] const QList<RunOption> &options() const { return m_options; }
    [[nodiscard]] const QString &image() const { return m_image; }
    [[nodiscard]] const QStringList &command() const { return m_command; }
    // What the command cannot carry: environment values, redacted parts, extra networks.
    [[nodiscard]] const QStringList &notes() const { return m_notes; }

    // True when an option starts with these arguments.
    [[nodiscard]] bool has(const RunOption &prefix) const;
    // "docker", "run", options…, image, command…
    [[nodiscard]] QStringList arguments() const;
    // The command quoted for a POSIX shell; multiline puts each option on its own line.
    [[nodiscard]] QString shellText(bool multiline = true) const;

    void addOption(const RunOption &option);
    void removeOptions(const RunOption &prefix);
    void setImage(const QString &image) { m_image = image; }

private:
    QList<RunOption> m_options;
    QString m_image;
    QStringList m_command;
    QStringList m_notes;
};

} // namespace bulwark
