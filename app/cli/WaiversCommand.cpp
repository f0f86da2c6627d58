#include "WaiversCommand.h"

#include "ReportFile.h"
#include "TextTable.h"
#include "review/WaiverFile.h"
#include "rules/Policy.h"
#include "store/ReviewStore.h"
#include "store/ScanStore.h"

#include <QFileInfo>

#include <optional>

namespace bulwark::cli {

QString WaiversCommand::description() const
{
    return tr("Manage the waivers (accepted risks, false positives) stored with the scan history.\n"
              "  waivers list [--host URL] [--all]      the waivers in force (--all: expired ones too)\n"
              "  waivers export [--host URL] [FILE]     as a policy file (bulwark.policy/1), for version control\n"
              "  waivers import [--host URL] FILE       from a policy file's \"waivers\" array\n"
              "  waivers revoke ID                      withdraw one waiver\n"
              "Later scans of the host show waived findings as waived and score without them.");
}

void WaiversCommand::addOptions(QCommandLineParser &parser)
{
    m_host.setDescription(tr("The Docker host (the URL scanned); needed when the history holds several hosts."));
    m_all.setDescription(tr("list: include expired waivers."));
    m_output.setDescription(tr("export: write to FILE instead of standard output."));
    m_storeOptions.addTo(parser);
    parser.addOptions({m_host, m_all, m_output});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, export, import or revoke"));
}

int WaiversCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("import"),
                                     QStringLiteral("revoke")};
    if (!actions.contains(action))
        return usageError(io, action.isEmpty() ? tr("say what to do: list, export, import or revoke")
                                               : tr("unknown action \"%1\" (use list, export, import or revoke)").arg(action));
    const bool writes = action == QLatin1String("import") || action == QLatin1String("revoke");
    const qsizetype maxArgs = action == QLatin1String("list") ? 1 : 2;
    if (args.size() > maxArgs)
        return usageError(io, tr("unexpected argument \"%1\"").arg(args.value(maxArgs)));
    if (writes && args.size() < 2)
        return usageError(io, action == QLatin1String("import") ? tr("import needs the policy FILE to read")
                                                                : tr("revoke needs the waiver's ID (waivers list shows it)"));

    const QString path = m_storeOptions.path(parser, m_env);
    if (!writes && !QFileInfo::exists(path)) {
        io.err << tr("bulwark-cli: there is no scan database at %1 yet, so no waivers.").arg(path) << '\n'
               << tr("  what to do: scan a host (bulwark-cli scan) and review it, or import a policy file.") << '\n';
        io.err.flush();
        return ExitError;
    }
    std::unique_ptr<store::ScanDatabase> db = m_storeOptions.open(
        path, writes ? store::ScanDatabase::Mode::ReadWrite : store::ScanDatabase::Mode::ReadOnly, io);
    if (!db)
        return ExitError;
    if (action == QLatin1String("list"))
        return list(parser, *db, io);
    if (action == QLatin1String("export"))
        return exportFile(parser, *db, io);
    if (action == QLatin1String("import"))
        return importFile(parser, *db, io);
    return revoke(parser, *db, io);
}

std::optional<qint64> WaiversCommand::hostId(const QCommandLineParser &parser, store::ScanDatabase &db, bool anyHost,
                                             CliIo &io)
{
    store::ScanStore scans(db);
    if (parser.isSet(m_host)) {
        store::StoreExpected<store::HostRecord> host = scans.hostByUrl(parser.value(m_host));
        if (!host) {
            StoreOptions::printError(host.error(), io);
            return std::nullopt;
        }
        return host->id;
    }
    if (anyHost)
        return 0;
    store::StoreExpected<QList<store::HostRecord>> hosts = scans.hosts();
    if (!hosts) {
        StoreOptions::printError(hosts.error(), io);
        return std::nullopt;
    }
    if (hosts->size() == 1)
        return hosts->first().id;
    QStringList urls;
    for (const store::HostRecord &h : std::as_const(*hosts))
        urls << h.url;
    io.err << (hosts->isEmpty() ? tr("bulwark-cli: no host is stored in %1 yet.").arg(db.path())
                                : tr("bulwark-cli: %1 holds several hosts (%2).").arg(db.path(), urls.join(QStringLiteral(", "))))
           << '\n'
           << (hosts->isEmpty() ? tr("  what to do: scan the host once (bulwark-cli scan), then import its waivers.")
                                : tr("  what to do: choose one with --host URL."))
           << '\n';
    io.err.flush();
    return std::nullopt;
}

namespace {
// Every host's waivers (host 0), or one host's.
store::StoreExpected<QList<Waiver>> storedWaivers(store::ScanDatabase &db, qint64 host, bool includeExpired)
{
    store::ReviewStore reviews(db);
    if (host != 0)
        return reviews.waivers(host, includeExpired);
    store::StoreExpected<QList<store::HostRecord>> hosts = store::ScanStore(db).hosts();
    if (!hosts)
        return hosts.error();
    QList<Waiver> all;
    for (const store::HostRecord &h : std::as_const(*hosts)) {
        store::StoreExpected<QList<Waiver>> some = reviews.waivers(h.id, includeExpired);
        if (!some)
            return some.error();
        all += *some;
    }
    WaiverFile::sort(all);
    return all;
}
} // namespace

int WaiversCommand::list(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io)
{
    const std::optional<qint64> host = hostId(parser, db, true, io);
    if (!host)
        return ExitError;
    store::StoreExpected<QList<Waiver>> waivers = storedWaivers(db, *host, parser.isSet(m_all));
    if (!waivers) {
        StoreOptions::printError(waivers.error(), io);
        return ExitError;
    }
    if (waivers->isEmpty()) {
        io.out << tr("No waivers.") << '\n';
        io.out.flush();
        return ExitOk;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    for (const Waiver &w : std::as_const(*waivers)) {
        rows.append({QString::number(w.id), w.hostEngineId.left(14), w.ruleId,
                     w.targetKey.isEmpty() ? tr("(daemon)") : w.targetKey, waiverKindName(w.kind),
                     w.expiredAt(now) ? tr("expired") : tr("active"),
                     w.expiresAt.isValid() ? w.expiresAt.toUTC().toString(Qt::ISODate) : tr("never"), w.reviewer,
                     w.justification.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    }
    io.out << TextTable::render({tr("ID"), tr("HOST"), tr("RULE"), tr("TARGET"), tr("KIND"), tr("STATE"), tr("EXPIRES"),
                                 tr("REVIEWER"), tr("JUSTIFICATION")},
                                rows);
    io.out.flush();
    return ExitOk;
}

int WaiversCommand::exportFile(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io)
{
    const std::optional<qint64> host = hostId(parser, db, true, io);
    if (!host)
        return ExitError;
    // Expired waivers are exported too: dropping them from the file is the team's decision, in a diff.
    store::StoreExpected<QList<Waiver>> waivers = storedWaivers(db, *host, true);
    if (!waivers) {
        StoreOptions::printError(waivers.error(), io);
        return ExitError;
    }
    const QByteArray bytes = WaiverFile::write(*waivers);
    const QString target = parser.isSet(m_output) ? parser.value(m_output) : parser.positionalArguments().value(1);
    if (!target.isEmpty() && target != QLatin1String("-")) {
        if (const QString error = writeReportFile(target, bytes); !error.isEmpty()) {
            io.err << tr("bulwark-cli: cannot write %1: %2").arg(target, error) << '\n';
            io.err.flush();
            return ExitError;
        }
        io.err << tr("Exported %n waiver(s) to %1.", nullptr, int(waivers->size())).arg(target) << '\n';
        io.err.flush();
        return ExitOk;
    }
    io.out << QString::fromUtf8(bytes);
    io.out.flush();
    return ExitOk;
}

int WaiversCommand::importFile(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io)
{
    const QString file = parser.positionalArguments().value(1);
    Expected<Policy> policy = Policy::fromFile(file);
    if (!policy) {
        io.err << tr("bulwark-cli: %1").arg(policy.error().toString()) << '\n';
        io.err.flush();
        return ExitError;
    }
    const std::optional<qint64> host = hostId(parser, db, false, io);
    if (!host)
        return ExitError;
    store::StoreExpected<store::HostRecord> record = [&]() -> store::StoreExpected<store::HostRecord> {
        store::StoreExpected<QList<store::HostRecord>> hosts = store::ScanStore(db).hosts();
        if (!hosts)
            return hosts.error();
        for (const store::HostRecord &h : std::as_const(*hosts)) {
            if (h.id == *host)
                return h;
        }
        return store::StoreError::make(store::StoreErrorKind::NotFound, tr("The host vanished from %1.").arg(db.path()));
    }();
    if (!record) {
        StoreOptions::printError(record.error(), io);
        return ExitError;
    }
    // A waiver written for another daemon must not silently apply to this one.
    for (const Waiver &w : std::as_const(policy->waivers)) {
        if (!w.hostEngineId.isEmpty() && w.hostEngineId != record->engineId) {
            io.err << tr("bulwark-cli: %1: the waiver of %2 on %3 is for the engine %4, not %5 (%6).")
                          .arg(file, w.ruleId, w.targetKey.isEmpty() ? tr("the daemon") : w.targetKey, w.hostEngineId,
                               record->url, record->engineId)
                   << '\n'
                   << tr("  what to do: choose that host with --host, or remove \"host\" from the entry to apply it "
                         "to any host.")
                   << '\n';
            io.err.flush();
            return ExitError;
        }
    }
    store::StoreExpected<int> imported = store::ReviewStore(db).importWaivers(*host, policy->waivers);
    if (!imported) {
        StoreOptions::printError(imported.error(), io);
        return ExitError;
    }
    io.err << tr("Imported %n waiver(s) for %1; the next scan of the host applies them.", nullptr, *imported)
                  .arg(record->url)
           << '\n';
    io.err.flush();
    return ExitOk;
}

int WaiversCommand::revoke(const QCommandLineParser &parser, store::ScanDatabase &db, CliIo &io)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(io, tr("revoke needs the waiver's ID, a number (waivers list shows it)"));
    store::StoreExpected<store::Done> done = store::ReviewStore(db).revokeWaiver(id);
    if (!done) {
        StoreOptions::printError(done.error(), io);
        return ExitError;
    }
    io.err << tr("Revoked waiver %1; the next scan counts its finding again.").arg(id) << '\n';
    io.err.flush();
    return ExitOk;
}

} // namespace bulwark::cli
