#include "JsonFields.h"

namespace bulwark::JsonFields {

const nlohmann::json &member(const nlohmann::json &o, const char *key)
{
    static const nlohmann::json null;
    if (!o.is_object())
        return null;
    const auto it = o.find(key);
    return it == o.end() ? null : *it;
}

QString string(const nlohmann::json &o, const char *key)
{
    const nlohmann::json &v = member(o, key);
    return v.is_string() ? QString::fromStdString(v.get_ref<const std::string &>()) : QString();
}

} // namespace bulwark::JsonFields
