#include "StoreOptions.h"

namespace bulwark::cli {

void StoreOptions::addTo(QCommandLineParser &parser)
{
    m_db.setDescription(tr("Scan history database (default: $BULWARK_DB, else %1).").arg(store::ScanDatabase::defaultPath()));
    parser.addOption(m_db);
}

QString StoreOptions::path(const QCommandLineParser &parser, const Environment &env) const
{
    return store::ScanDatabase::resolvePath(parser.value(m_db), env);
}

std::unique_ptr<store::ScanDatabase> StoreOptions::open(const QString &path, store::ScanDatabase::Mode mode,
                                                        CliIo &io) const
{
    auto db = store::ScanDatabase::open(path, mode);
    if (!db) {
        printError(db.error(), io);
        return nullptr;
    }
    return std::move(db).value();
}

void StoreOptions::printError(const store::StoreError &error, CliIo &io)
{
    io.err << tr("bulwark-cli: %1").arg(error.message) << '\n';
    if (!error.hint.isEmpty())
        io.err << tr("  what to do: %1").arg(error.hint) << '\n';
    io.err.flush();
}

} // namespace bulwark::cli
