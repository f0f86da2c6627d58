#pragma once

#include <QByteArray>
#include <QString>

namespace bulwark::cli {

// Writes a report to path (scan --output). A regular file is replaced atomically, so a failed
// write never leaves half a report; a pipe or device (/dev/null, a FIFO) is written in place;
// a symbolic link stays a link and the file it points to receives the report, as a shell's `>`
// would write through it. Returns what went wrong, or an empty string.
QString writeReportFile(const QString &path, const QByteArray &bytes);

} // namespace bulwark::cli
