#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct sqlite3_stmt;

namespace bulwark::store {

// One use of a prepared statement. Statements belong to the connection's cache
// (ScanDatabase::query); destroying the query resets the statement and clears
// its bindings so it never holds a read snapshot open in WAL mode. Internal to
// the store: nothing outside core/store sees SQL.
class SqlQuery {
public:
    SqlQuery(sqlite3_stmt *stmt, bool owned, int prepareCode);
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    SqlQuery &operator=(SqlQuery &&) = delete;
    ~SqlQuery();

    // Parameters are 1-based, as in SQLite.
    void bindInt(int index, int value);
    void bindInt64(int index, qint64 value);
    void bindText(int index, const QString &value);
    void bindBlob(int index, const QByteArray &value);
    void bindNull(int index);
    void bindTime(int index, const QDateTime &value); // ms since the epoch, NULL when invalid

    // SQLITE_ROW, SQLITE_DONE or the error code (also the prepare error).
    int step();
    // Steps to the end; true when the statement completed.
    bool exec();
    // Reading rows: while (q.next()) { … } then, if q.failed(), report the
    // connection's error. next() is false at the end and on an error alike.
    bool next();
    [[nodiscard]] bool failed() const;
    // After step() returned SQLITE_ROW: one column, 0-based.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] int columnInt(int column) const;
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;
    [[nodiscard]] QDateTime columnTime(int column) const; // invalid for NULL

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;
    int m_prepareCode = 0;
    int m_lastStep = 0; // what next() last got from step(); SQLITE_DONE before the first
};

} // namespace bulwark::store
