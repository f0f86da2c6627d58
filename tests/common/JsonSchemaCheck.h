#pragma once
// A validator for the subset of JSON Schema (2020-12) that Bulwark's schema files
// use: type, const, enum, properties, required, additionalProperties, items,
// minimum, maximum, pattern, oneOf, anyOf and local $ref. A keyword it does not
// know is an error, so a schema can never silently promise more than is checked.

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace bulwark::test {

class JsonSchemaCheck {
public:
    explicit JsonSchemaCheck(nlohmann::json schema)
        : m_root(std::move(schema))
    {
    }

    // Every violation as "path: what", empty when the document conforms.
    QStringList validate(const nlohmann::json &doc) const
    {
        QStringList errors;
        check(doc, m_root, QStringLiteral("$"), errors);
        return errors;
    }

private:
    static bool hasType(const nlohmann::json &v, const std::string &type)
    {
        if (type == "object") return v.is_object();
        if (type == "array") return v.is_array();
        if (type == "string") return v.is_string();
        if (type == "integer") return v.is_number_integer() || v.is_number_unsigned();
        if (type == "number") return v.is_number();
        if (type == "boolean") return v.is_boolean();
        if (type == "null") return v.is_null();
        return false;
    }

    const nlohmann::json &resolve(const std::string &ref, QStringList &errors, const QString &path) const
    {
        static const nlohmann::json empty = nlohmann::json::object();
        if (ref.rfind("#/", 0) != 0) {
            errors << QStringLiteral("%1: unsupported $ref %2").arg(path, QString::fromStdString(ref));
            return empty;
        }
        const nlohmann::json::json_pointer pointer(ref.substr(1));
        if (!m_root.contains(pointer)) {
            errors << QStringLiteral("%1: dangling $ref %2").arg(path, QString::fromStdString(ref));
            return empty;
        }
        return m_root.at(pointer);
    }

    void check(const nlohmann::json &v, const nlohmann::json &schema, const QString &path, QStringList &errors) const
    {
        static const QStringList annotations{QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$defs"),
                                             QStringLiteral("title"), QStringLiteral("description")};
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            const std::string &key = it.key();
            const nlohmann::json &arg = it.value();
            const QString k = QString::fromStdString(key);
            if (annotations.contains(k))
                continue;
            if (key == "$ref") {
                check(v, resolve(arg.get<std::string>(), errors, path), path, errors);
            } else if (key == "type") {
                bool ok = false;
                if (arg.is_string())
                    ok = hasType(v, arg.get<std::string>());
                for (const auto &t : arg.is_array() ? arg : nlohmann::json::array())
                    ok = ok || hasType(v, t.get<std::string>());
                if (!ok)
                    errors << QStringLiteral("%1: expected type %2, got %3").arg(path, QString::fromStdString(arg.dump()),
                                                                                 QString::fromLatin1(v.type_name()));
            } else if (key == "const") {
                if (v != arg)
                    errors << QStringLiteral("%1: expected %2").arg(path, QString::fromStdString(arg.dump()));
            } else if (key == "enum") {
                if (std::find(arg.begin(), arg.end(), v) == arg.end())
                    errors << QStringLiteral("%1: %2 not in %3").arg(path, QString::fromStdString(v.dump()),
                                                                     QString::fromStdString(arg.dump()));
            } else if (key == "required") {
                for (const auto &name : arg) {
                    if (v.is_object() && !v.contains(name.get<std::string>()))
                        errors << QStringLiteral("%1: missing %2").arg(path, QString::fromStdString(name.get<std::string>()));
                }
            } else if (key == "properties") {
                if (!v.is_object())
                    continue;
                for (auto p = arg.begin(); p != arg.end(); ++p) {
                    if (v.contains(p.key()))
                        check(v.at(p.key()), p.value(), path + QLatin1Char('.') + QString::fromStdString(p.key()), errors);
                }
            } else if (key == "additionalProperties") {
                if (!v.is_object())
                    continue;
                const nlohmann::json props = schema.value("properties", nlohmann::json::object());
                for (auto p = v.begin(); p != v.end(); ++p) {
                    if (props.contains(p.key()))
                        continue;
                    const QString sub = path + QLatin1Char('.') + QString::fromStdString(p.key());
                    if (arg.is_boolean()) {
                        if (!arg.get<bool>())
                            errors << QStringLiteral("%1: property not in the schema").arg(sub);
                    } else {
                        check(p.value(), arg, sub, errors);
                    }
                }
            } else if (key == "items") {
                if (!v.is_array())
                    continue;
                for (size_t i = 0; i < v.size(); ++i)
                    check(v.at(i), arg, QStringLiteral("%1[%2]").arg(path).arg(i), errors);
            } else if (key == "minimum") {
                if (v.is_number() && v.get<double>() < arg.get<double>())
                    errors << QStringLiteral("%1: %2 below %3").arg(path, QString::fromStdString(v.dump()), QString::fromStdString(arg.dump()));
            } else if (key == "maximum") {
                if (v.is_number() && v.get<double>() > arg.get<double>())
                    errors << QStringLiteral("%1: %2 above %3").arg(path, QString::fromStdString(v.dump()), QString::fromStdString(arg.dump()));
            } else if (key == "pattern") {
                if (v.is_string()
                    && !QRegularExpression(QString::fromStdString(arg.get<std::string>())).match(QString::fromStdString(v.get<std::string>())).hasMatch())
                    errors << QStringLiteral("%1: \"%2\" does not match %3").arg(path, QString::fromStdString(v.get<std::string>()),
                                                                                 QString::fromStdString(arg.get<std::string>()));
            } else if (key == "oneOf" || key == "anyOf") {
                int matches = 0;
                for (const auto &option : arg) {
                    QStringList sub;
                    check(v, option, path, sub);
                    matches += sub.isEmpty() ? 1 : 0;
                }
                if (key == "oneOf" ? matches != 1 : matches == 0)
                    errors << QStringLiteral("%1: %2 of %3 alternatives match (%4)").arg(path).arg(matches).arg(arg.size()).arg(k);
            } else {
                errors << QStringLiteral("%1: schema keyword \"%2\" is not supported by the test validator").arg(path, k);
            }
        }
    }

    nlohmann::json m_root;
};

} // namespace bulwark::test
