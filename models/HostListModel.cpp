#include "HostListModel.h"

#include "MetaTypes.h"
#include "ModelRoles.h"

#include <QFont>

#include <algorithm>

namespace bulwark {

namespace {

// Two configured entries are the same host when they name the same context and URL.
bool sameHost(const HostEndpoint &a, const HostEndpoint &b)
{
    return a.url == b.url && a.contextName == b.contextName;
}

} // namespace

HostListModel::HostListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int HostListModel::configuredCount() const
{
    int count = 0;
    while (count < m_entries.size() && !m_entries.at(count).userAdded)
        ++count;
    return count;
}

void HostListModel::setConfiguredHosts(const QList<HostCandidate> &candidates)
{
    // Drop configured rows that vanished, back to front.
    for (int row = configuredCount() - 1; row >= 0; --row) {
        const HostEndpoint &old = m_entries.at(row).endpoint;
        const bool kept = std::any_of(candidates.cbegin(), candidates.cend(),
                                      [&](const HostCandidate &c) { return sameHost(c.endpoint, old); });
        if (!kept)
            removeEntries(row, row);
    }
    for (const HostCandidate &candidate : candidates) {
        int row = 0;
        const int configured = configuredCount();
        while (row < configured && !sameHost(m_entries.at(row).endpoint, candidate.endpoint))
            ++row;
        const Entry entry{candidate.endpoint, candidate.selected, false};
        if (row < configured) {
            Entry &existing = m_entries[row];
            if (!(existing.endpoint == entry.endpoint) || existing.selected != entry.selected) {
                existing = entry;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, configured, configured);
        m_entries.insert(configured, entry);
        endInsertRows();
    }
}

void HostListModel::setUserHosts(const QList<HostEndpoint> &hosts)
{
    const int configured = configuredCount();
    if (configured < m_entries.size())
        removeEntries(configured, int(m_entries.size()) - 1);
    for (const HostEndpoint &host : hosts)
        addUserHost(host);
}

int HostListModel::addUserHost(const HostEndpoint &endpoint)
{
    for (int row = configuredCount(); row < m_entries.size(); ++row) {
        if (m_entries.at(row).endpoint.url == endpoint.url) {
            m_entries[row].endpoint = endpoint;
            emit dataChanged(index(row), index(row));
            return row;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{endpoint, false, true});
    endInsertRows();
    return row;
}

bool HostListModel::removeUserHost(int row)
{
    if (!isUserAdded(row))
        return false;
    removeEntries(row, row);
    return true;
}

void HostListModel::removeEntries(int first, int last)
{
    beginRemoveRows({}, first, last);
    m_entries.remove(first, last - first + 1);
    endRemoveRows();
}

QList<HostEndpoint> HostListModel::userHosts() const
{
    QList<HostEndpoint> hosts;
    for (const Entry &entry : m_entries) {
        if (entry.userAdded)
            hosts.append(entry.endpoint);
    }
    return hosts;
}

HostEndpoint HostListModel::endpointAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).endpoint : HostEndpoint{};
}

bool HostListModel::isUserAdded(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).userAdded;
}

int HostListModel::selectedRow() const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).selected)
            return row;
    }
    return -1;
}

int HostListModel::rowOfUrl(const QString &url) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).endpoint.url == url)
            return row;
    }
    return -1;
}

void HostListModel::setWarningIcon(const QIcon &icon)
{
    m_warningIcon = icon;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString HostListModel::title(const Entry &entry) const
{
    const HostEndpoint &endpoint = entry.endpoint;
    QString name = endpoint.contextName.isEmpty() ? endpoint.displayName() : endpoint.contextName;
    if (name.isEmpty())
        name = endpoint.url;
    if (entry.selected)
        name = tr("%1 (current)", "the docker CLI's current host").arg(name);
    // The URL on a second line unless the name already is the URL.
    return name == endpoint.url ? name : name + QLatin1Char('\n') + endpoint.url;
}

QString HostListModel::toolTip(const Entry &entry) const
{
    QStringList lines;
    lines << entry.endpoint.url;
    if (!entry.endpoint.source.isEmpty())
        lines << tr("Source: %1").arg(entry.endpoint.source);
    if (entry.selected)
        lines << tr("The docker CLI uses this host by default.");
    if (entry.endpoint.isInsecure())
        lines << tr("Warning: plain TCP without TLS. Anyone who can reach this port controls the host as root.");
    return lines.join(QLatin1Char('\n'));
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(entry);
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::DecorationRole:
        if (entry.endpoint.isInsecure() && !m_warningIcon.isNull())
            return m_warningIcon;
        return {};
    case Qt::FontRole:
        if (entry.selected) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        return entry.endpoint.url;
    case HostEndpointRole:
        return QVariant::fromValue(entry.endpoint);
    case HostSelectedRole:
        return entry.selected;
    case HostUserAddedRole:
        return entry.userAdded;
    case HostInsecureRole:
        return entry.endpoint.isInsecure();
    default:
        return {};
    }
}

} // namespace bulwark
