#include "Finding.h"

namespace bulwark {

QString scopeName(RuleScope scope)
{
    switch (scope) {
    case RuleScope::Container: return QStringLiteral("container");
    case RuleScope::Image: return QStringLiteral("image");
    case RuleScope::Daemon: return QStringLiteral("daemon");
    }
    return {};
}

} // namespace bulwark
