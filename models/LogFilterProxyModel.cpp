#include "LogFilterProxyModel.h"

#include "LogModel.h"

namespace bulwark {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the source's order; sorting a million-line log would also defeat the append path.
    setDynamicSortFilter(true);
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_logModel)
        disconnect(m_logModel, nullptr, this, nullptr);
    m_logModel = qobject_cast<LogModel *>(source);
    // A reset (new capacity) forgets the interned containers, so their indexes may be reused.
    // Connected before the base class connects its own handler, so the cache is fresh when it refilters.
    if (m_logModel)
        connect(m_logModel, &QAbstractItemModel::modelReset, this, &LogFilterProxyModel::resolveContainers);
    QSortFilterProxyModel::setSourceModel(source);
    resolveContainers();
}

void LogFilterProxyModel::setStreamFilter(StreamFilter filter)
{
    if (filter == m_stream)
        return;
    m_stream = filter;
    refilter();
}

void LogFilterProxyModel::setContainerFilter(const QStringList &ids)
{
    const QSet<QString> set(ids.cbegin(), ids.cend());
    if (set == m_containerIds)
        return;
    m_containerIds = set;
    refilter();
}

void LogFilterProxyModel::setTextFilter(const QString &text, bool regularExpression)
{
    if (text == m_text && regularExpression == m_useRegex)
        return;
    m_text = text;
    m_useRegex = regularExpression && !text.isEmpty();
    m_textValid = true;
    m_textError.clear();
    if (m_useRegex) {
        m_regex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_textValid = false;
            m_textError = tr("Invalid regular expression at position %1: %2")
                              .arg(m_regex.patternErrorOffset())
                              .arg(m_regex.errorString());
        } else {
            m_regex.optimize();
        }
    }
    refilter();
}

void LogFilterProxyModel::setSecurityOnly(bool securityOnly)
{
    if (securityOnly == m_securityOnly)
        return;
    m_securityOnly = securityOnly;
    refilter();
}

void LogFilterProxyModel::resolveContainers()
{
    m_containerIndexes.clear();
    if (m_logModel) {
        for (const QString &id : std::as_const(m_containerIds))
            m_containerIndexes.insert(m_logModel->buffer().containerIndex(id));
    }
}

void LogFilterProxyModel::refilter()
{
    resolveContainers();
    invalidateFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_logModel)
        return !sourceParent.isValid();
    const LogBuffer &buffer = m_logModel->buffer();
    const LogBuffer::Entry &e = buffer.at(sourceRow);
    if (!m_containerIds.isEmpty() && !m_containerIndexes.contains(e.container)
        && !m_containerIds.contains(buffer.containerId(e.container)))
        return false;
    if (e.kind == LogBuffer::Kind::Marker)
        return true;
    if (m_securityOnly && e.security == 0)
        return false;
    if (m_stream == StreamFilter::Stdout && e.stream != LogStreamKind::Stdout)
        return false;
    if (m_stream == StreamFilter::Stderr && e.stream != LogStreamKind::Stderr)
        return false;
    if (m_text.isEmpty() || !m_textValid)
        return true;
    const QString text = buffer.textString(sourceRow);
    return m_useRegex ? m_regex.match(text).hasMatch() : text.contains(m_text, Qt::CaseInsensitive);
}

} // namespace bulwark
