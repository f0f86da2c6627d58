#pragma once

#include <QHash>
#include <QString>

namespace bulwark {

// The process environment and home directory, injectable so host resolution
// can be tested without touching the real ones.
class Environment {
public:
    Environment() = default;
    Environment(QHash<QString, QString> variables, QString homeDir);

    static Environment system();

    [[nodiscard]] QString value(const QString &name) const { return m_variables.value(name); }
    [[nodiscard]] bool contains(const QString &name) const { return m_variables.contains(name); }
    [[nodiscard]] QString homeDir() const { return m_homeDir; }
    void set(const QString &name, const QString &value) { m_variables.insert(name, value); }
    void unset(const QString &name) { m_variables.remove(name); }

private:
    QHash<QString, QString> m_variables;
    QString m_homeDir;
};

} // namespace bulwark
