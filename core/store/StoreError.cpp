#include "StoreError.h"

namespace bulwark::store {

QString StoreError::toString() const
{
    if (hint.isEmpty())
        return message;
    return message + QStringLiteral(" — ") + hint;
}

QString StoreError::kindName(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::None: return QStringLiteral("none");
    case StoreErrorKind::CannotOpen: return QStringLiteral("cannot_open");
    case StoreErrorKind::Corrupt: return QStringLiteral("corrupt");
    case StoreErrorKind::NewerSchema: return QStringLiteral("newer_schema");
    case StoreErrorKind::Locked: return QStringLiteral("locked");
    case StoreErrorKind::DiskFull: return QStringLiteral("disk_full");
    case StoreErrorKind::ReadOnly: return QStringLiteral("read_only");
    case StoreErrorKind::NotFound: return QStringLiteral("not_found");
    case StoreErrorKind::InvalidArgument: return QStringLiteral("invalid_argument");
    case StoreErrorKind::Io: return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

StoreError StoreError::make(StoreErrorKind kind, QString message, QString hint, QString path)
{
    StoreError e;
    e.kind = kind;
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.path = std::move(path);
    return e;
}

} // namespace bulwark::store
