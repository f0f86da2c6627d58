#pragma once

#include "CliIo.h"
#include "Environment.h"
#include "store/ScanDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace bulwark::cli {

// The --db option shared by scan, history, history prune and diff, and
// opening the database it names with errors printed the same way everywhere.
class StoreOptions {
    Q_DECLARE_TR_FUNCTIONS(StoreOptions)
public:
    void addTo(QCommandLineParser &parser);
    // --db, else BULWARK_DB, else the default under the application-data directory.
    [[nodiscard]] QString path(const QCommandLineParser &parser, const Environment &env) const;
    // nullptr after printing the error to io.err.
    std::unique_ptr<store::ScanDatabase> open(const QString &path, store::ScanDatabase::Mode mode, CliIo &io) const;

    static void printError(const store::StoreError &error, CliIo &io);

private:
    QCommandLineOption m_db{QStringLiteral("db"), QString(), QStringLiteral("FILE")};
};

} // namespace bulwark::cli
