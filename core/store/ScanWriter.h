#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace bulwark {
struct ContainerInfo;
struct Finding;
struct HostSnapshot;
struct ImageInfo;
struct ScoreContribution;
}

namespace bulwark::store {

class ScanDatabase;
struct InternCache;

// Writes one assessed snapshot in one transaction (ScanStore::save). Repeated
// content — texts, rules, whole containers and images that did not change
// since an earlier scan — is stored once and referenced; finding spans for
// time-to-fix are maintained here so reading them needs no history scan.
class ScanWriter {
    Q_DECLARE_TR_FUNCTIONS(ScanWriter)
public:
    ScanWriter(const ScanDatabase &db, std::function<void(int)> progress);
    StoreExpected<qint64> write(const HostSnapshot &snapshot);

private:
    struct Span {
        qint64 rule = 0;
        qint64 target = 0;
        qint64 targetName = 0;
        int severity = 0;
    };

    StoreExpected<qint64> writeInTransaction(const HostSnapshot &snapshot);
    qint64 hostId(const HostSnapshot &snapshot, qint64 startedAt, bool newest);
    qint64 text(const QString &value);
    qint64 rule(const Finding &finding);
    qint64 containerVersion(const ContainerInfo &container, const QString &identity);
    qint64 imageVersion(const ImageInfo &image, const QString &key, bool pastEol);
    // A container or image version by content digest: from the cache, else the row `select` finds, else the row
    // `insert(digest)` writes (its id, 0 after an error) with its findings.
    template <typename Insert>
    qint64 version(QHash<QByteArray, qint64> &byDigest, const char *select, const char *findingsInto,
                   const QByteArray &digest, const QList<Finding> &findings, const QList<qint64> &rules, Insert insert);
    bool warmCache(qint64 host);
    bool ruleRefs(const QList<Finding> &findings, QList<qint64> &refs);
    // `into`: "table (columns)" with the owner, ord, rule, severity and evidence columns.
    bool insertFindings(const char *into, qint64 ownerId, const QList<Finding> &findings, const QList<qint64> &rules);
    // place: 0 container, 1 image, 2 daemon (scan_finding_waivers); only findings with a waiver get a row.
    bool recordWaivers(qint64 scanId, int place, qint64 ownerOrd, const QList<Finding> &findings);
    bool collectSpans(const QList<Finding> &findings, qint64 target, qint64 targetName, QList<Span> &spans);
    bool updateSpans(qint64 host, qint64 at, const QList<Span> &current);
    // Record the connection's last error (the first one wins).
    bool fail(); // false
    qint64 failedId(); // 0, never a row id
    StoreError failure();

    const ScanDatabase &m_db;
    InternCache &m_cache;
    std::function<void(int)> m_progress;
    std::optional<StoreError> m_error;
};

} // namespace bulwark::store
