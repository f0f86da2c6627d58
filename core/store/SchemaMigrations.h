#pragma once

#include <QList>

namespace bulwark::store {

// The forward migrations of the scan database, oldest first. Step N takes a
// database from user_version N-1 to N. Steps are append-only: a released step
// is never edited, a change to the schema is a new step (and a bump of
// ScanDatabase::SchemaVersion). ScanDatabase::open runs the pending ones in
// one transaction.
struct SchemaMigration {
    int toVersion = 0;
    const char *sql = nullptr; // one or more statements
};

class SchemaMigrations {
public:
    static const QList<SchemaMigration> &steps();
};

} // namespace bulwark::store
