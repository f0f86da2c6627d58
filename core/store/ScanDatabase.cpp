#include "ScanDatabase.h"

#include "Environment.h"
#include "InternCache.h"
#include "SchemaMigrations.h"
#include "SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace bulwark::store {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// A write-ahead log or a rollback journal means another connection may be
// writing: the main file can legitimately lag behind its header meanwhile.
bool hasJournal(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return (wal.exists() && wal.size() > 0) || QFileInfo::exists(path + QStringLiteral("-journal"));
}

StoreError newerSchema(const QString &path, int version)
{
    return StoreError::make(
        StoreErrorKind::NewerSchema,
        ScanDatabase::tr("The scan database %1 was written by a newer Bulwark (schema %2; this version knows "
                         "schema %3 at most).")
            .arg(path)
            .arg(version)
            .arg(ScanDatabase::SchemaVersion),
        ScanDatabase::tr("Bulwark did not change it. Use the newer Bulwark, or choose another database file "
                         "(--db or BULWARK_DB)."),
        path);
}

} // namespace

ScanDatabase::ScanDatabase(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_cache(std::make_unique<InternCache>())
{
}

ScanDatabase::~ScanDatabase()
{
    for (auto &entry : m_statements)
        sqlite3_finalize(entry.second);
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

QString ScanDatabase::defaultPath()
{
    // The CLI and the dashboard have different application names, so their
    // AppDataLocation differs; the history is shared, under the organisation's directory.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/bulwark/bulwark.db");
}

QString ScanDatabase::resolvePath(const QString &optionValue, const Environment &env)
{
    if (!optionValue.trimmed().isEmpty())
        return optionValue;
    const QString fromEnv = env.value(QStringLiteral("BULWARK_DB"));
    if (!fromEnv.trimmed().isEmpty())
        return fromEnv;
    return defaultPath();
}

namespace {

// Reads the 100-byte SQLite header without SQLite: a file we must refuse is
// refused before anything could write to it.
StoreExpected<Done> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return StoreError::make(StoreErrorKind::CannotOpen,
                                ScanDatabase::tr("Cannot read the scan database %1: %2.").arg(path, file.errorString()),
                                ScanDatabase::tr("Check the file's permissions, or choose another database file "
                                                 "(--db or BULWARK_DB)."),
                                path);
    }
    const qint64 size = file.size();
    if (size == 0)
        return Done{}; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    const StoreError corrupt = StoreError::make(
        StoreErrorKind::Corrupt, ScanDatabase::tr("%1 is not a Bulwark scan database, or it is damaged.").arg(path),
        ScanDatabase::tr("Bulwark did not change it. Move it aside to start a new history, or choose another file "
                         "(--db or BULWARK_DB)."),
        path);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return corrupt;
    qint64 pageSize = (qint64(uchar(header[16])) << 8) | uchar(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return corrupt;
    if (!hasJournal(path)) {
        const quint32 changeCounter = bigEndian32(header, 24);
        const quint32 validFor = bigEndian32(header, 92);
        const qint64 pages = bigEndian32(header, 28);
        const bool truncated = size % pageSize != 0 || (validFor == changeCounter && pages * pageSize > size);
        if (truncated) {
            StoreError e = corrupt;
            e.message = ScanDatabase::tr("The scan database %1 is truncated (%2 bytes where its header promises %3).")
                            .arg(path)
                            .arg(size)
                            .arg(pages * pageSize);
            return e;
        }
    }
    const qint32 userVersion = qint32(bigEndian32(header, 60));
    if (userVersion > ScanDatabase::SchemaVersion)
        return newerSchema(path, userVersion);
    return Done{};
}

} // namespace

StoreExpected<std::unique_ptr<ScanDatabase>> ScanDatabase::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    if (path.trimmed().isEmpty())
        return StoreError::make(StoreErrorKind::InvalidArgument, tr("No scan database file was given."));
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && !info.isFile()) {
        return StoreError::make(StoreErrorKind::CannotOpen, tr("%1 is not a file: cannot use it as the scan database.").arg(path),
                                tr("Choose a file path with --db or BULWARK_DB."), path);
    }
    if (!existed && mode == Mode::ReadOnly) {
        return StoreError::make(StoreErrorKind::CannotOpen, tr("There is no scan database at %1 yet.").arg(path),
                                tr("Store a scan first (bulwark-cli scan), or choose the file with --db or BULWARK_DB."),
                                path);
    }
    if (existed) {
        if (StoreExpected<Done> header = checkHeader(path); !header)
            return header.error();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return StoreError::make(StoreErrorKind::CannotOpen,
                                tr("Cannot create the directory %1 for the scan database.").arg(info.absolutePath()),
                                tr("Check the permissions of its parent, or choose another file with --db or BULWARK_DB."),
                                path);
    }

    sqlite3 *handle = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<ScanDatabase> db(new ScanDatabase(handle, path));
    db->m_busyTimeoutMs = qMax(0, busyTimeoutMs);
    if (rc != SQLITE_OK) {
        StoreError e = db->lastError(tr("Opening the scan database"));
        if (e.kind == StoreErrorKind::Io)
            e.kind = StoreErrorKind::CannotOpen;
        return e;
    }
    if (StoreExpected<Done> prepared = db->prepareConnection(mode, existed && info.size() > 0); !prepared)
        return prepared.error();
    return db;
}

StoreExpected<Done> ScanDatabase::prepareConnection(Mode mode, bool hadContent)
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
    const QString opening = tr("Opening the scan database");

    // Read-only checks first: nothing below may write to a file we refuse.
    const int version = schemaVersion();
    if (version < 0)
        return lastError(opening);
    if (version > SchemaVersion)
        return newerSchema(m_path, version);
    {
        // Parses the schema: a damaged first page shows up here rather than in the middle of a save.
        SqlQuery q = query("SELECT count(*) FROM sqlite_schema");
        if (!q.next())
            return lastError(opening);
    }
    if (!execute("PRAGMA foreign_keys = ON"))
        return lastError(opening);

    if (mode == Mode::ReadOnly) {
        if (version < SchemaVersion) {
            return StoreError::make(
                StoreErrorKind::CannotOpen,
                version == 0 ? tr("%1 holds no Bulwark scan history.").arg(m_path)
                             : tr("The scan database %1 was written by an older Bulwark (schema %2) and needs an "
                                  "upgrade.")
                                   .arg(m_path)
                                   .arg(version),
                version == 0 ? tr("Store a scan first (bulwark-cli scan), or choose another file with --db or "
                                  "BULWARK_DB.")
                             : tr("Store a scan with this version once (bulwark-cli scan): it upgrades the file."),
                m_path);
        }
        return Done{};
    }

    if (sqlite3_db_readonly(m_db, "main") == 1) {
        return StoreError::make(StoreErrorKind::ReadOnly, tr("The scan database %1 is read-only.").arg(m_path),
                                tr("Make the file and its directory writable, choose another file with --db or "
                                   "BULWARK_DB, or skip storing (--no-store)."),
                                m_path);
    }
    QString journalMode;
    {
        SqlQuery q = query("PRAGMA journal_mode");
        if (q.step() != SQLITE_ROW)
            return lastError(opening);
        journalMode = q.columnText(0).toLower();
    }
    // Upgrading or switching to WAL writes to the file: first make sure it is
    // sound, so damage we did not notice yet is reported rather than built upon.
    // Both happen once per file, so the full read is affordable.
    // A new file goes to WAL before its first transaction, so a second process
    // opening it meanwhile never sees a half-written rollback-mode file.
    if (!hadContent && journalMode != QLatin1String("wal")) {
        SqlQuery q = query("PRAGMA journal_mode = WAL");
        if (q.step() != SQLITE_ROW)
            return lastError(opening);
        journalMode = q.columnText(0).toLower();
    }
    if (hadContent && (version < SchemaVersion || journalMode != QLatin1String("wal"))) {
        SqlQuery q = query("PRAGMA quick_check(1)");
        const int rc = q.step();
        if (rc != SQLITE_ROW)
            return lastError(opening);
        if (q.columnText(0) != QLatin1String("ok")) {
            return StoreError::make(StoreErrorKind::Corrupt,
                                    tr("The scan database %1 is damaged: %2").arg(m_path, q.columnText(0)),
                                    tr("Bulwark did not change it. Move it aside to start a new history, or restore "
                                       "it from a backup."),
                                    m_path);
        }
    }
    if (version < SchemaVersion) {
        if (StoreExpected<Done> migrated = migrate(); !migrated)
            return migrated;
    }
    // After the migration: a migration that fails leaves the file as it was, journal mode included.
    if (journalMode != QLatin1String("wal")) {
        SqlQuery q = query("PRAGMA journal_mode = WAL");
        if (q.step() != SQLITE_ROW)
            return lastError(opening);
    }
    // A large first scan dirties a few thousand pages: with the default 2 MB
    // cache SQLite spills them into the WAL mid-transaction and writes them
    // twice. The WAL is checkpointed every 4,000 pages rather than 1,000, so an
    // hourly scan rarely pays for a checkpoint in its commit.
    if (!execute("PRAGMA synchronous = NORMAL") || !execute("PRAGMA cache_size = -16384")
        || !execute("PRAGMA wal_autocheckpoint = 4000"))
        return lastError(opening);
    return Done{};
}

StoreExpected<Done> ScanDatabase::migrate()
{
    const QString doing = tr("Upgrading the scan database to schema %1").arg(SchemaVersion);
    SqlTransaction transaction(*this);
    if (StoreExpected<Done> begun = transaction.begin(doing); !begun)
        return begun;
    // Another process may have migrated while we waited for the write lock.
    int version = schemaVersion();
    if (version < 0)
        return lastError(doing);
    if (version > SchemaVersion) {
        return StoreError::make(StoreErrorKind::NewerSchema,
                                tr("The scan database %1 was upgraded by a newer Bulwark while opening it.").arg(m_path),
                                tr("Use the newer Bulwark."), m_path);
    }
    for (const SchemaMigration &step : SchemaMigrations::steps()) {
        if (step.toVersion <= version)
            continue;
        if (!execute(step.sql)) {
            StoreError e = lastError(doing);
            if (e.kind == StoreErrorKind::Io) {
                e.message = tr("Cannot upgrade the scan database %1 from schema %2 to %3: %4.")
                                .arg(m_path)
                                .arg(step.toVersion - 1)
                                .arg(step.toVersion)
                                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
                e.hint = tr("Bulwark did not change it. It may not be a Bulwark database: choose another file "
                            "(--db or BULWARK_DB).");
            }
            return e;
        }
        version = step.toVersion;
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
    if (!execute(setVersion.constData()))
        return lastError(doing);
    return transaction.commit(doing);
}

int ScanDatabase::schemaVersion() const
{
    SqlQuery q = query("PRAGMA user_version");
    return q.next() ? q.columnInt(0) : -1;
}

SqlQuery ScanDatabase::query(std::string_view sql) const
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !sqlite3_stmt_busy(it->second))
        return SqlQuery(it->second, false, SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    const bool cache = it == m_statements.end();
    // A statement already in use higher up the stack gets a private copy.
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), cache ? SQLITE_PREPARE_PERSISTENT : 0, &stmt,
                                      nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return SqlQuery(nullptr, true, rc);
    }
    if (!cache)
        return SqlQuery(stmt, true, SQLITE_OK);
    m_statements.emplace(std::string(sql), stmt);
    return SqlQuery(stmt, false, SQLITE_OK);
}

bool ScanDatabase::execute(const char *sql) const
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void ScanDatabase::forgetCachedIds() const
{
    m_cache->clear();
}

StoreExpected<Done> ScanDatabase::checkIntegrity() const
{
    const QString doing = tr("Checking the scan database");
    SqlQuery q = query("PRAGMA integrity_check");
    QStringList problems;
    while (q.next())
        problems << q.columnText(0);
    if (q.failed())
        return lastError(doing);
    if (problems == QStringList{QStringLiteral("ok")})
        return Done{};
    return StoreError::make(StoreErrorKind::Corrupt,
                            tr("The scan database %1 failed its integrity check: %2").arg(m_path, problems.value(0)),
                            tr("Bulwark did not change it. Restore it from a backup, or move it aside to start a new "
                               "history."),
                            m_path);
}

StoreExpected<qint64> ScanDatabase::vacuum()
{
    const QString doing = tr("Compacting the scan database");
    auto bytes = [this]() -> qint64 {
        SqlQuery pages = query("PRAGMA page_count");
        SqlQuery size = query("PRAGMA page_size");
        if (pages.step() != SQLITE_ROW || size.step() != SQLITE_ROW)
            return -1;
        return pages.columnInt64(0) * size.columnInt64(0);
    };
    const qint64 before = bytes();
    if (!execute("VACUUM"))
        return lastError(doing);
    // Hands the freed pages back to the file system: without it the WAL keeps them.
    if (!execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        return lastError(doing);
    const qint64 after = bytes();
    if (before < 0 || after < 0)
        return lastError(doing);
    return qMax<qint64>(0, before - after);
}

StoreError ScanDatabase::lastError(const QString &doing) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    StoreError e;
    e.path = m_path;
    e.sqliteCode = extended;
    switch (extended & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.kind = StoreErrorKind::Corrupt;
        e.message = tr("%1 failed: the scan database %2 is damaged or not a database (%3).").arg(doing, m_path, detail);
        e.hint = tr("Bulwark did not change it. Move it aside to start a new history, or restore it from a backup.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.kind = StoreErrorKind::Locked;
        e.message = tr("%1 failed: another process kept the scan database %2 locked for more than %3 s.")
                        .arg(doing, m_path)
                        .arg(m_busyTimeoutMs / 1000.0);
        e.hint = tr("Wait for the other Bulwark (a scan or a prune) to finish, then try again.");
        break;
    case SQLITE_FULL:
        e.kind = StoreErrorKind::DiskFull;
        e.message = tr("%1 failed: the disk holding the scan database %2 is full. Nothing of this write was kept.")
                        .arg(doing, m_path);
        e.hint = tr("Free some space, or prune old scans (bulwark-cli history prune --older-than DAYS).");
        break;
    case SQLITE_READONLY:
        e.kind = StoreErrorKind::ReadOnly;
        e.message = tr("%1 failed: the scan database %2 is read-only.").arg(doing, m_path);
        e.hint = tr("Make the file and its directory writable, or choose another file with --db or BULWARK_DB.");
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        e.kind = StoreErrorKind::CannotOpen;
        e.message = tr("%1 failed: cannot open the scan database %2 (%3).").arg(doing, m_path, detail);
        e.hint = tr("Check that its directory exists and is writable, or choose another file with --db or BULWARK_DB.");
        break;
    default:
        e.kind = StoreErrorKind::Io;
        e.message = tr("%1 failed for the scan database %2: %3.").arg(doing, m_path, detail);
        e.hint = tr("Check the disk and the file's permissions; bulwark-cli history lists what is stored.");
        break;
    }
    return e;
}

} // namespace bulwark::store
