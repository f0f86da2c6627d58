#pragma once

#include "rules/Finding.h"
#include "rules/Permissions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace bulwark::store {

// The digest that makes a container or image version unique: two versions with
// the same digest are the same row. Fields are length-prefixed so ("ab", "c")
// and ("a", "bc") differ. BLAKE2b: a cryptographic hash, so a crafted container
// cannot pass for another one, and Qt computes it several times faster than SHA-256.
class ContentDigest {
public:
    ContentDigest();
    void add(const QString &value);
    void add(qint64 value);
    void add(double value);
    // A rule row stands for its id, CIS number, title and scope: hashing its
    // row id instead of those texts halves the input. Row ids are stable as
    // long as a version refers to them (prune never collects a referenced rule).
    void add(const QList<Finding> &findings, const QList<qint64> &ruleRows);
    void add(const QList<ScoreContribution> &breakdown);
    void add(const QStringList &values);
    // Field by field: building the stored JSON for every container of every scan would cost more than the rest
    // of an unchanged container's digest.
    void add(const Permissions &permissions);
    [[nodiscard]] QByteArray digest() const;

private:
    void raw(const void *data, size_t size);
    std::vector<char> m_bytes;
};

} // namespace bulwark::store
