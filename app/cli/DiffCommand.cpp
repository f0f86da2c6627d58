#include "DiffCommand.h"

#include "store/ScanDiff.h"
#include "store/ScanStore.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace bulwark::cli {

QString DiffCommand::description() const
{
    return tr("Compare two stored scans of a host: findings new, resolved and unchanged, containers added and "
              "removed, score changes. By default the two most recent scans of the host (or of the only host "
              "in the database).");
}

void DiffCommand::addOptions(QCommandLineParser &parser)
{
    m_host.setDescription(tr("The Docker host (the URL scanned); needed when the database holds several."));
    m_from.setDescription(tr("The older scan (an id from bulwark-cli history); default: the scan before --to."));
    m_to.setDescription(tr("The newer scan; default: the host's most recent scan."));
    m_format.setDescription(tr("Output format: table or json (schema bulwark.diff/1)."));
    m_storeOptions.addTo(parser);
    parser.addOptions({m_host, m_from, m_to, m_format});
}

DiffCommand::Pair DiffCommand::choose(const QCommandLineParser &parser, const store::ScanStore &store, CliIo &io,
                                      bool *failed) const
{
    Pair pair;
    auto storeFailure = [&](const store::StoreError &e) {
        StoreOptions::printError(e, io);
        *failed = true;
        return pair;
    };
    auto idOption = [&](const QCommandLineOption &option, qint64 *id) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *id = parser.value(option).toLongLong(&ok);
        return ok && *id > 0;
    };
    if (!idOption(m_from, &pair.from) || !idOption(m_to, &pair.to)) {
        pair.error = tr("--from and --to take scan ids (bulwark-cli history lists them)");
        return pair;
    }

    // The host: named, implied by a given scan, or the only one stored.
    qint64 hostId = 0;
    QString hostUrl;
    if (parser.isSet(m_host)) {
        store::StoreExpected<store::HostRecord> host = store.hostByUrl(parser.value(m_host));
        if (!host)
            return storeFailure(host.error());
        hostId = host->id;
        hostUrl = host->url;
    }
    for (qint64 id : {pair.to, pair.from}) {
        if (id == 0)
            continue;
        store::StoreExpected<store::ScanSummary> s = store.summary(id);
        if (!s)
            return storeFailure(s.error());
        if (hostId != 0 && s->hostId != hostId) {
            pair.error = tr("scan %1 is of %2, not of %3").arg(id).arg(s->hostUrl, hostUrl);
            return pair;
        }
        hostId = s->hostId;
        hostUrl = s->hostUrl;
    }
    if (hostId == 0) {
        store::StoreExpected<QList<store::HostRecord>> hosts = store.hosts();
        if (!hosts)
            return storeFailure(hosts.error());
        if (hosts->isEmpty()) {
            pair.error = tr("no scans are stored yet: run bulwark-cli scan twice, then compare");
            return pair;
        }
        if (hosts->size() > 1) {
            QStringList urls;
            for (const store::HostRecord &h : std::as_const(*hosts))
                urls << h.url;
            urls.removeDuplicates();
            pair.error = tr("the database holds scans of several hosts (%1): choose one with --host, or scans "
                            "with --from and --to")
                             .arg(urls.join(QStringLiteral(", ")));
            return pair;
        }
        hostId = hosts->first().id;
        hostUrl = hosts->first().url;
    }

    if (pair.to == 0 || pair.from == 0) {
        // Newest first: without --to the two newest scans are all it takes; the scan
        // before a given --to needs the list down to it.
        store::StoreExpected<QList<store::ScanSummary>> scans = store.scans(hostId, pair.to == 0 ? 2 : 0);
        if (!scans)
            return storeFailure(scans.error());
        if (pair.to == 0) {
            if (scans->isEmpty()) {
                pair.error = tr("no scan of %1 is stored").arg(hostUrl);
                return pair;
            }
            pair.to = scans->first().id;
        }
        if (pair.from == 0) {
            // The scan just before `to` in time.
            qsizetype at = -1;
            for (qsizetype i = 0; i < scans->size(); ++i) {
                if (scans->at(i).id == pair.to)
                    at = i;
            }
            if (at < 0 || at + 1 >= scans->size()) {
                pair.error = scans->size() < 2
                    ? tr("only one scan of %1 is stored: run another scan to have something to compare").arg(hostUrl)
                    : tr("scan %1 is the oldest stored scan of %2: there is nothing before it")
                          .arg(pair.to)
                          .arg(hostUrl);
                return pair;
            }
            pair.from = scans->at(at + 1).id;
        }
    }
    if (pair.from == pair.to)
        pair.error = tr("--from and --to name the same scan");
    return pair;
}

int DiffCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError(io, tr("unknown format \"%1\" (use table or json)").arg(format));

    const QString path = m_storeOptions.path(parser, m_env);
    if (!QFileInfo::exists(path)) {
        io.err << tr("bulwark-cli: there is no scan database at %1 yet.").arg(path) << '\n'
               << tr("  what to do: store two scans (bulwark-cli scan), or name the database with --db FILE.") << '\n';
        io.err.flush();
        return ExitError;
    }
    std::unique_ptr<store::ScanDatabase> db = m_storeOptions.open(path, store::ScanDatabase::Mode::ReadOnly, io);
    if (!db)
        return ExitError;
    const store::ScanStore store(*db);
    bool failed = false;
    const Pair pair = choose(parser, store, io, &failed);
    if (failed)
        return ExitError;
    if (!pair.error.isEmpty()) {
        io.err << tr("bulwark-cli diff: %1").arg(pair.error) << '\n';
        io.err.flush();
        return ExitError;
    }
    store::StoreExpected<store::StoredScan> from = store.load(pair.from);
    if (!from) {
        StoreOptions::printError(from.error(), io);
        return ExitError;
    }
    store::StoreExpected<store::StoredScan> to = store.load(pair.to);
    if (!to) {
        StoreOptions::printError(to.error(), io);
        return ExitError;
    }
    const store::ScanDiff diff = store::ScanDiff::compute(*from, *to);
    if (format == QLatin1String("json"))
        io.out << QString::fromStdString(store::diffToJson(diff).dump(2)) << '\n';
    else
        io.out << store::diffToTable(diff);
    io.out.flush();
    return ExitOk;
}

} // namespace bulwark::cli
