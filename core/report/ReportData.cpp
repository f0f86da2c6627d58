#include "ReportData.h"

namespace bulwark::report {

const RuleDefinition *ReportData::rule(const QString &id) const
{
    const auto it = ruleIndex.constFind(id);
    return it == ruleIndex.cend() ? nullptr : &rules.at(*it);
}

QList<store::StoredFinding> ReportData::allFindings() const
{
    QList<store::StoredFinding> all;
    all.reserve(findingCount);
    all << daemonFindings;
    for (const ReportContainer &c : containers)
        all << c.findings;
    for (const ReportImage &i : images)
        all << i.findings;
    return all;
}

} // namespace bulwark::report
