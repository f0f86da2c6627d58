#include "StoredScan.h"

namespace bulwark::store {

QString StoredFinding::key() const
{
    // Rule ids never contain '@', so the first '@' always separates rule and target.
    return ruleId + QLatin1Char('@') + targetKey;
}

Finding StoredFinding::toFinding() const
{
    Finding f;
    f.ruleId = ruleId;
    f.cis = cis;
    f.severity = severity;
    f.title = title;
    f.evidence = evidence;
    f.scope = scope;
    f.targetName = targetName;
    f.waiver = waiver;
    return f;
}

} // namespace bulwark::store
