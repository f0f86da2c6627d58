#pragma once

#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace bulwark {
class Environment;
}

namespace bulwark::store {

struct InternCache;

// One open connection to the scan database: WAL, foreign keys, a busy timeout
// so a second Bulwark process waits instead of failing, and forward migrations
// run on open (PRAGMA user_version). Not thread-safe: one per thread.
class ScanDatabase {
    Q_DECLARE_TR_FUNCTIONS(ScanDatabase)
public:
    static constexpr int SchemaVersion = 3; // bump with every migration added

    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and for ReadWrite creates and migrates) the database at path.
    // Refuses, without writing anything, a corrupt file or a newer schema.
    static StoreExpected<std::unique_ptr<ScanDatabase>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                             int busyTimeoutMs = 5000);

    // Where the database lives: the --db value if given, else $BULWARK_DB,
    // else defaultPath(). resolvePath() creates nothing; open() creates the directory.
    static QString resolvePath(const QString &optionValue, const Environment &env);
    // <GenericDataLocation>/bulwark/bulwark.db (QStandardPaths): one file for
    // bulwark-cli and the dashboard, whose AppDataLocations differ.
    static QString defaultPath();

    ~ScanDatabase();
    ScanDatabase(const ScanDatabase &) = delete;
    ScanDatabase &operator=(const ScanDatabase &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // Runs PRAGMA integrity_check; Corrupt with SQLite's first message otherwise.
    StoreExpected<Done> checkIntegrity() const;
    // VACUUM, returning the bytes freed.
    StoreExpected<qint64> vacuum();

    // The StoreError for the connection's last failure, with what was being done.
    [[nodiscard]] StoreError lastError(const QString &doing) const;

    // For the store's classes (ScanStore, HistorySeries): a prepared statement
    // from the connection's cache, reset when the query is destroyed.
    [[nodiscard]] SqlQuery query(std::string_view sql) const;
    // SQL without results (PRAGMA, BEGIN, several statements); false on error (see lastError).
    bool execute(const char *sql) const;
    // Ids of shared rows this connection has written or read (see InternCache).
    [[nodiscard]] InternCache &internCache() const { return *m_cache; }
    // After a rollback or a prune the cached ids may be stale.
    void forgetCachedIds() const;

private:
    ScanDatabase(sqlite3 *db, QString path);
    StoreExpected<Done> prepareConnection(Mode mode, bool hadContent);
    StoreExpected<Done> migrate();

    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeoutMs = 5000;
    mutable std::unordered_map<std::string, sqlite3_stmt *, SqlHash, std::equal_to<>> m_statements;
    std::unique_ptr<InternCache> m_cache;
};

} // namespace bulwark::store
