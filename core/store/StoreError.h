#pragma once

#include "EngineError.h"

#include <QString>

namespace bulwark::store {

// What went wrong with the scan database. Each kind tells the user one thing
// to do; none of them is ever "we deleted your data".
enum class StoreErrorKind {
    None,
    CannotOpen,     // path missing, directory not writable, not a file
    Corrupt,        // not an SQLite database, or integrity_check failed
    NewerSchema,    // written by a newer Bulwark: refuse to touch it
    Locked,         // another process held the write lock past the busy timeout
    DiskFull,       // SQLITE_FULL: nothing of this write was kept
    ReadOnly,       // file or medium is read-only
    NotFound,       // a scan or host id that is not in the database
    InvalidArgument,
    Io,             // any other SQLite or file error
};

struct StoreError {
    StoreErrorKind kind = StoreErrorKind::None;
    QString message;  // what failed, in one sentence, naming the file
    QString hint;     // what the user can do
    QString path;     // the database file
    int sqliteCode = 0;

    [[nodiscard]] bool isError() const { return kind != StoreErrorKind::None; }
    [[nodiscard]] QString toString() const;                // "message (hint)"
    [[nodiscard]] static QString kindName(StoreErrorKind kind); // "newer_schema", stable
    static StoreError make(StoreErrorKind kind, QString message, QString hint = {}, QString path = {});
};

template <typename T>
using StoreExpected = Expected<T, StoreError>;

// For operations that return nothing but may fail.
struct Done {};

} // namespace bulwark::store
