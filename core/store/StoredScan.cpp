#include "StoredScan.h"

namespace bulwark::store {

QString StoredFinding::key() const
{
    // Rule ids never contain '@', so the first '@' always separates rule and target.
    return ruleId + QLatin1Char('@') + targetKey;
}

} // namespace bulwark::store
