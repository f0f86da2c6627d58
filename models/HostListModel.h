#pragma once

#include "HostEndpoint.h"
#include "HostResolver.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

namespace bulwark {

// The hosts Bulwark can scan: first those the docker CLI configuration knows
// (default context, named contexts, rootless socket), then those the user added.
class HostListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit HostListModel(QObject *parent = nullptr);

    // Merges the docker CLI's hosts (HostResolver::listAll()) into the first rows.
    void setConfiguredHosts(const QList<HostCandidate> &candidates);
    // Replaces the user-added rows, e.g. with those loaded from HostSettings.
    void setUserHosts(const QList<HostEndpoint> &hosts);
    // Adds a host (or updates the user host with the same URL); returns its row.
    int addUserHost(const HostEndpoint &endpoint);
    // Only user-added rows can be removed; returns false for configured ones.
    bool removeUserHost(int row);

    [[nodiscard]] QList<HostEndpoint> userHosts() const;
    [[nodiscard]] HostEndpoint endpointAt(int row) const;
    [[nodiscard]] bool isUserAdded(int row) const;
    // The docker CLI's current host, or -1.
    [[nodiscard]] int selectedRow() const;
    // First row whose endpoint has this URL, or -1.
    [[nodiscard]] int rowOfUrl(const QString &url) const;

    // Decoration for plain-TCP hosts; set by the view layer.
    void setWarningIcon(const QIcon &icon);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        HostEndpoint endpoint;
        bool selected = false;
        bool userAdded = false;
    };

    [[nodiscard]] int configuredCount() const;
    [[nodiscard]] QString title(const Entry &entry) const;
    [[nodiscard]] QString toolTip(const Entry &entry) const;
    void removeEntries(int first, int last);

    QList<Entry> m_entries; // configured hosts first, then user-added ones
    QIcon m_warningIcon;
};

} // namespace bulwark
