#include "SqlTransaction.h"

#include "ScanDatabase.h"

#include <sqlite3.h>

namespace bulwark::store {

SqlTransaction::SqlTransaction(const ScanDatabase &db)
    : m_db(db)
{
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

StoreExpected<Done> SqlTransaction::begin(const QString &doing)
{
    if (!m_db.execute("BEGIN IMMEDIATE"))
        return m_db.lastError(doing);
    m_open = true;
    return Done{};
}

StoreExpected<Done> SqlTransaction::commit(const QString &doing)
{
    if (!m_db.execute("COMMIT")) {
        StoreError error = m_db.lastError(doing);
        rollback();
        return error;
    }
    m_open = false;
    return Done{};
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR);
    // a second ROLLBACK would only fail.
    if (!sqlite3_get_autocommit(m_db.handle()))
        m_db.execute("ROLLBACK");
    // Ids handed out inside the transaction no longer exist.
    m_db.forgetCachedIds();
}

} // namespace bulwark::store
