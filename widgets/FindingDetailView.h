#pragma once

#include "rules/Finding.h"

#include <QTextBrowser>

namespace bulwark {

struct RuleDefinition;

// One finding explained: what was seen, why it matters and how to fix it for
// docker run, Compose and (for image rules) the Dockerfile, with references.
class FindingDetailView : public QTextBrowser {
    Q_OBJECT

public:
    explicit FindingDetailView(QWidget *parent = nullptr);

    void showFinding(const Finding &finding);
    void clearFinding();
    [[nodiscard]] QString ruleId() const { return m_ruleId; }

    // The HTML for a finding and its catalogue entry (nullptr when the rule is unknown). Pure.
    static QString html(const Finding &finding, const RuleDefinition *rule);

private:
    QString m_ruleId;
};

} // namespace bulwark
