#include "PruneCommand.h"

#include "store/ScanStore.h"

#include <QFileInfo>

namespace bulwark::cli {

QString PruneCommand::description() const
{
    return tr("Remove stored scans older than DAYS or beyond the newest N of each host, in one transaction; "
              "--vacuum then gives the space back to the file system.");
}

void PruneCommand::addOptions(QCommandLineParser &parser)
{
    m_olderThan.setDescription(tr("Remove scans started more than DAYS days ago."));
    m_keep.setDescription(tr("Keep only the newest N scans of each host."));
    m_host.setDescription(tr("Only prune the scans of this Docker host."));
    m_vacuum.setDescription(tr("Compact the database file afterwards (VACUUM; needs free space about its size)."));
    m_storeOptions.addTo(parser);
    parser.addOptions({m_olderThan, m_keep, m_host, m_vacuum});
}

int PruneCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(m_olderThan) && !parser.isSet(m_keep) && !parser.isSet(m_vacuum))
        return usageError(io, tr("say what to remove: --older-than DAYS, --keep N, or only --vacuum"));
    store::PrunePolicy policy;
    bool ok = false;
    if (parser.isSet(m_olderThan)) {
        const int days = parser.value(m_olderThan).toInt(&ok);
        if (!ok || days < 0)
            return usageError(io, tr("--older-than needs a number of days"));
        policy.olderThanDays = days;
    }
    if (parser.isSet(m_keep)) {
        const int keep = parser.value(m_keep).toInt(&ok);
        if (!ok || keep < 0)
            return usageError(io, tr("--keep needs a number of scans"));
        policy.keepPerHost = keep;
    }

    const QString path = m_storeOptions.path(parser, m_env);
    if (!QFileInfo::exists(path)) {
        io.err << tr("bulwark-cli: there is no scan database at %1: nothing to prune.").arg(path) << '\n'
               << tr("  what to do: name the database with --db FILE or BULWARK_DB.") << '\n';
        io.err.flush();
        return ExitError;
    }
    std::unique_ptr<store::ScanDatabase> db = m_storeOptions.open(path, store::ScanDatabase::Mode::ReadWrite, io);
    if (!db)
        return ExitError;
    store::ScanStore store(*db);
    if (parser.isSet(m_host)) {
        store::StoreExpected<store::HostRecord> host = store.hostByUrl(parser.value(m_host));
        if (!host) {
            StoreOptions::printError(host.error(), io);
            return ExitError;
        }
        policy.hostId = host->id;
    }
    if (policy.olderThanDays || policy.keepPerHost) {
        store::StoreExpected<store::PruneResult> result = store.prune(policy);
        if (!result) {
            StoreOptions::printError(result.error(), io);
            return ExitError;
        }
        io.out << tr("Removed %n scan(s) from %1", nullptr, result->scansRemoved).arg(path);
        if (result->hostsRemoved > 0)
            io.out << tr(" and %n host(s) left without scans", nullptr, result->hostsRemoved);
        io.out << ".\n";
    }
    if (parser.isSet(m_vacuum)) {
        store::StoreExpected<qint64> freed = db->vacuum();
        if (!freed) {
            StoreOptions::printError(freed.error(), io);
            return ExitError;
        }
        io.out << tr("Compacted %1: %2 KiB freed.").arg(path).arg(*freed / 1024) << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace bulwark::cli
