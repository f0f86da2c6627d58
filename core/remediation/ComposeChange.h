#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark {

// One key of a compose service with its new value, already in YAML form: a scalar
// ("true", "512m", "\"1000:1000\""), or a block (a list or a map) on the lines below the key.
struct ComposeSetting {
    QString key;
    QString scalar;        // used when block is empty
    QStringList block;     // lines of a list or map, without the key's indentation ("- ALL", "driver: json-file")
};

// The keys to set or remove on one service of a compose project, as read from the
// container's com.docker.compose.* labels.
struct ComposeChange {
    Q_DECLARE_TR_FUNCTIONS(ComposeChange)
public:
    QString project;        // com.docker.compose.project
    QString service;        // com.docker.compose.service
    QStringList configFiles; // com.docker.compose.project.config_files, comma-separated there
    QString workingDir;     // com.docker.compose.project.working_dir
    QList<ComposeSetting> set;
    QStringList remove;     // keys to delete from the service

    [[nodiscard]] bool fromCompose() const { return !service.isEmpty(); }
    [[nodiscard]] bool isEmpty() const { return set.isEmpty() && remove.isEmpty(); }
    void setScalar(const QString &key, const QString &value);
    void setBlock(const QString &key, const QStringList &lines);
    void setList(const QString &key, const QStringList &items); // items quoted for YAML as needed; empty list removes the key
    void removeKey(const QString &key);

    // "services:\n  <service>:\n    key: value\n" preceded by a comment naming the file, with
    // a comment line for every key to delete. Empty when nothing changes.
    [[nodiscard]] QString yaml() const;

    // A YAML scalar: bare when YAML reads it back as the same string, else double-quoted.
    static QString quote(const QString &value);
};

} // namespace bulwark
