#pragma once

#include "EngineError.h"
#include "Finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

struct RuleDefinition {
    QString id;           // BW-C001, BW-I001, BW-D001
    RuleScope scope = RuleScope::Container;
    QString cis;          // "" when no CIS recommendation corresponds
    Severity severity = Severity::Info;
    QString title;
    QString rationale;
    QString remediationRun;
    QString remediationCompose;
    QString remediationDockerfile;
    QStringList references;
};

// The shipped rule texts (resources/rules/catalogue.json): data, so wording and
// severities can change without touching the checks.
class RuleCatalogue {
public:
    static Expected<RuleCatalogue> fromJson(const QByteArray &json, const QString &origin);
    // The catalogue compiled into Bulwark. Aborts loudly if the shipped file is broken:
    // that is a build defect, caught by the unit tests.
    static const RuleCatalogue &builtin();

    [[nodiscard]] const RuleDefinition *rule(const QString &id) const;
    [[nodiscard]] const QList<RuleDefinition> &rules() const { return m_rules; }

private:
    QList<RuleDefinition> m_rules;
    QHash<QString, qsizetype> m_index;
};

} // namespace bulwark
