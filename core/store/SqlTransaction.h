#pragma once

#include "StoreError.h"

namespace bulwark::store {

class ScanDatabase;

// BEGIN IMMEDIATE … COMMIT, rolled back when it goes out of scope uncommitted.
// IMMEDIATE takes the write lock up front, so a second process waits in the
// busy handler instead of failing half-way with SQLITE_BUSY.
class SqlTransaction {
public:
    explicit SqlTransaction(const ScanDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // `doing` names the operation for the error message ("Saving the scan").
    StoreExpected<Done> begin(const QString &doing);
    StoreExpected<Done> commit(const QString &doing);
    void rollback();

private:
    const ScanDatabase &m_db;
    bool m_open = false;
};

} // namespace bulwark::store
