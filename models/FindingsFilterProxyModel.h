#pragma once

#include "rules/Severity.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace bulwark {

// Filters a FindingsModel by minimum severity, rule id and free text (title,
// evidence, rule, target); a group stays while any of its findings passes.
// Sorts by the raw SortRole values.
class FindingsFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FindingsFilterProxyModel(QObject *parent = nullptr);

    void setMinimumSeverity(Severity severity);
    [[nodiscard]] Severity minimumSeverity() const { return m_minimum; }
    // "" shows every rule; otherwise an exact rule id such as "BW-C001".
    void setRuleFilter(const QString &ruleId);
    [[nodiscard]] QString ruleFilter() const { return m_rule; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severity m_minimum = Severity::Info;
    QString m_rule;
    QString m_text;
};

} // namespace bulwark
