#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace bulwark {

// Filters a ContainerTableModel by free text (name, image, user, state) and by
// lifecycle state, and sorts by the raw SortRole values.
class ContainerFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StateFilter {
        All,
        Running, // running, paused, restarting: a process exists
        Stopped, // exited, dead
        Created, // created but never started
    };
    Q_ENUM(StateFilter)

    explicit ContainerFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }

    static bool stateMatches(StateFilter filter, const QString &state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

} // namespace bulwark
