#pragma once

#include "rules/Finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bulwark::store {

// Ids of rows shared between scans (texts, rules, container and image
// versions), so writing a scan that looks like the previous one costs a hash
// lookup per row instead of a query. Ids only disappear when a prune collects
// unreferenced rows; it bumps meta.gc_generation, and a writer that sees a new
// generation, or rolls back, starts from an empty cache.
struct InternCache {
    struct Rule {
        QString cis;
        QString title;
        RuleScope scope = RuleScope::Container;
        qint64 id = 0;
    };
    qint64 generation = -1;
    QHash<QString, qint64> texts;
    QHash<QString, QList<Rule>> rules; // by rule id: a handful of variants at most
    QHash<QByteArray, qint64> containerVersions;
    QHash<QByteArray, qint64> imageVersions;
    QSet<qint64> warmedHosts; // hosts whose latest scan's rows were read in (ScanWriter::warmCache)

    void clear()
    {
        texts.clear();
        rules.clear();
        containerVersions.clear();
        imageVersions.clear();
        warmedHosts.clear();
        generation = -1;
    }
    // A long-running dashboard must not grow without bound.
    [[nodiscard]] bool oversized() const { return texts.size() > 500000 || containerVersions.size() > 200000; }
};

} // namespace bulwark::store
