#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace bulwark {

// Filters an EventModel by event type, to security-relevant events only, and
// by free text (any column or the actor id, case-insensitive). Sorts by the
// raw SortRole values.
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // "" shows every type; otherwise an exact type such as "container".
    void setTypeFilter(const QString &type);
    [[nodiscard]] QString typeFilter() const { return m_type; }
    void setSecurityOnly(bool securityOnly);
    [[nodiscard]] bool securityOnly() const { return m_securityOnly; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    bool m_securityOnly = false;
    QString m_text;
};

} // namespace bulwark
