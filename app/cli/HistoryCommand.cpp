#include "HistoryCommand.h"

#include "TextTable.h"
#include "store/ScanDiff.h"
#include "store/ScanStore.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace bulwark::cli {

using json = nlohmann::ordered_json;

QString HistoryCommand::description() const
{
    return tr("List the stored scans, newest first, with the host score and the findings by severity. "
              "\"bulwark-cli history prune --help\" explains retention.");
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    m_host.setDescription(tr("Only the scans of this Docker host (the URL scanned)."));
    m_limit.setDescription(tr("At most N scans (0: all)."));
    m_format.setDescription(tr("Output format: table or json (schema bulwark.history/1)."));
    m_storeOptions.addTo(parser);
    parser.addOptions({m_host, m_limit, m_format});
}

int HistoryCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError(io, tr("unknown format \"%1\" (use table or json)").arg(format));
    bool ok = false;
    const int limit = parser.value(m_limit).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(io, tr("--limit needs a number of scans (0 for all)"));

    const QString path = m_storeOptions.path(parser, m_env);
    QList<store::ScanSummary> scans;
    // No database yet is an empty history, not an error.
    if (QFileInfo::exists(path)) {
        std::unique_ptr<store::ScanDatabase> db = m_storeOptions.open(path, store::ScanDatabase::Mode::ReadOnly, io);
        if (!db)
            return ExitError;
        store::ScanStore store(*db);
        qint64 hostId = 0;
        if (parser.isSet(m_host)) {
            store::StoreExpected<store::HostRecord> host = store.hostByUrl(parser.value(m_host));
            if (!host) {
                StoreOptions::printError(host.error(), io);
                return ExitError;
            }
            hostId = host->id;
        }
        store::StoreExpected<QList<store::ScanSummary>> found = store.scans(hostId, limit);
        if (!found) {
            StoreOptions::printError(found.error(), io);
            return ExitError;
        }
        scans = std::move(found).value();
    } else if (parser.isSet(m_host)) {
        io.err << tr("bulwark-cli: no scan of %1 is stored: there is no scan database at %2 yet.")
                      .arg(parser.value(m_host), path)
               << '\n';
        io.err.flush();
        return ExitError;
    }

    if (format == QLatin1String("json")) {
        json list = json::array();
        for (const store::ScanSummary &s : std::as_const(scans))
            list.push_back(store::summaryToJson(s, /*withHost=*/true));
        const json doc = {{"schema", "bulwark.history/1"}, {"database", path.toStdString()}, {"scans", std::move(list)}};
        io.out << QString::fromStdString(doc.dump(2)) << '\n';
        io.out.flush();
        return ExitOk;
    }
    if (scans.isEmpty()) {
        io.out << tr("No scans stored in %1 yet.").arg(path) << '\n';
        io.out.flush();
        return ExitOk;
    }
    const QStringList header{tr("ID"), tr("STARTED (UTC)"), tr("HOST"), tr("SCORE"), tr("CRIT"), tr("HIGH"),
                             tr("MED"), tr("LOW"), tr("INFO"), tr("CONTAINERS")};
    QList<QStringList> rows;
    for (const store::ScanSummary &s : std::as_const(scans)) {
        QStringList row{QString::number(s.id), s.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        s.hostUrl, QString::number(s.hostScore)};
        for (int i = 4; i >= 0; --i)
            row << QString::number(s.severityCounts[size_t(i)]);
        row << QString::number(s.containerCount);
        rows << row;
    }
    io.out << TextTable::render(header, rows);
    io.out.flush();
    return ExitOk;
}

} // namespace bulwark::cli
