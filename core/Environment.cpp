#include "Environment.h"

#include <QDir>
#include <QProcessEnvironment>

namespace bulwark {

Environment::Environment(QHash<QString, QString> variables, QString homeDir)
    : m_variables(std::move(variables))
    , m_homeDir(std::move(homeDir))
{
}

Environment Environment::system()
{
    QHash<QString, QString> vars;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        vars.insert(key, env.value(key));
    return Environment(std::move(vars), QDir::homePath());
}

} // namespace bulwark
