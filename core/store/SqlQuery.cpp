#include "SqlQuery.h"

#include <sqlite3.h>

namespace bulwark::store {

SqlQuery::SqlQuery(sqlite3_stmt *stmt, bool owned, int prepareCode)
    : m_stmt(stmt)
    , m_owned(owned)
    , m_prepareCode(prepareCode)
    , m_lastStep(SQLITE_DONE)
{
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_owned(other.m_owned)
    , m_prepareCode(other.m_prepareCode)
    , m_lastStep(other.m_lastStep)
{
}

SqlQuery::~SqlQuery()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void SqlQuery::bindInt(int index, int value)
{
    sqlite3_bind_int(m_stmt, index, value);
}

void SqlQuery::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlQuery::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlQuery::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void SqlQuery::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlQuery::bindTime(int index, const QDateTime &value)
{
    if (value.isValid())
        sqlite3_bind_int64(m_stmt, index, value.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_stmt, index);
}

int SqlQuery::step()
{
    if (!m_stmt)
        return m_prepareCode != SQLITE_OK ? m_prepareCode : SQLITE_MISUSE;
    return sqlite3_step(m_stmt);
}

bool SqlQuery::exec()
{
    while (next()) {
    }
    return !failed();
}

bool SqlQuery::next()
{
    m_lastStep = step();
    return m_lastStep == SQLITE_ROW;
}

bool SqlQuery::failed() const
{
    return m_lastStep != SQLITE_ROW && m_lastStep != SQLITE_DONE;
}

bool SqlQuery::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlQuery::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 SqlQuery::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlQuery::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlQuery::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QDateTime SqlQuery::columnTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_stmt, column), Qt::UTC);
}

} // namespace bulwark::store
