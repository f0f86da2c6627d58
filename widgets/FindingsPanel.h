#pragma once

#include "rules/Finding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace bulwark {

class FindingDetailView;
class FindingsFilterProxyModel;
class FindingsModel;

// Every finding of the scan, worst first, with severity, rule and text
// filters, and the selected finding explained beside the tree.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(FindingsModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] FindingsFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] FindingDetailView *detail() const { return m_detail; }
    // Shows the findings of one container, image or the daemon and selects the first.
    void showTarget(RuleScope scope, const QString &targetId);
    [[nodiscard]] QPushButton *fixButton() const { return m_fix; }

Q_SIGNALS:
    // "Fix this…" on the selected finding.
    void fixRequested(const bulwark::Finding &finding);

private:
    void onCurrentChanged();
    void onRowsInserted();
    void refreshRuleChoices();

    FindingsModel *m_model;
    FindingsFilterProxyModel *m_proxy;
    QComboBox *m_severity;
    QComboBox *m_rule;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTreeView *m_view;
    FindingDetailView *m_detail;
    QPushButton *m_fix;
};

} // namespace bulwark
