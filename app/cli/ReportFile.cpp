#include "ReportFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace bulwark::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct ReportFileText {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

// As many links as Linux follows before ELOOP.
constexpr int MaxSymlinkHops = 40;
} // namespace

QString writeReportFile(const QString &path, const QByteArray &bytes)
{
    // Renaming the temporary file over a link would replace the link: resolve it first.
    // QFileInfo::isFile() follows links, so it cannot tell a link to a file from the file.
    QString target = path;
    QFileInfo info(target);
    for (int hops = 0; info.isSymLink() && hops < MaxSymlinkHops; ++hops) {
        target = info.symLinkTarget();
        info = QFileInfo(target);
    }
    if (info.isSymLink())
        return ReportFileText::tr("too many levels of symbolic links; point --output at a file");

    if (info.exists() && !info.isFile()) {
        // A pipe or device (/dev/null, a FIFO): write in place, never replace it with a file.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return file.errorString();
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace bulwark::cli
