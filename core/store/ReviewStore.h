#pragma once

#include "ScanDatabase.h"

#include "review/ReviewDecision.h"
#include "review/Waiver.h"

#include "rules/Policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace bulwark {
struct HostSnapshot;
}

namespace bulwark::store {

// Review sessions and the waivers they leave behind (docs/review.md). A review
// belongs to a host and one of its scans; deciding "accept risk" or "false
// positive" on a finding creates (or replaces) the host's waiver for that rule
// and target, deciding "fix" revokes it. Revoked and replaced waivers keep their
// row, so the trail of who waived what stays in the database.
class ReviewStore {
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)
public:
    explicit ReviewStore(ScanDatabase &db);

    // The time reviews and waivers are stamped with, and that "expired" is judged at. Default: now, UTC.
    void setClock(const QDateTime &now) { m_now = now; }

    // scanId 0: a review without a scan (rare: the scan was pruned meanwhile).
    StoreExpected<qint64> startReview(qint64 hostId, qint64 scanId, const QString &reviewer);
    // Validates the decision (ReviewDecision::validationError); deciding a finding again replaces the decision.
    StoreExpected<Done> recordDecision(qint64 reviewId, const ReviewDecision &decision);
    StoreExpected<Done> finishReview(qint64 reviewId, const QString &notes);

    StoreExpected<Review> review(qint64 reviewId) const;
    // Newest first, with their decisions.
    StoreExpected<QList<Review>> reviews(qint64 hostId) const;
    // The latest review of that scan, if any.
    StoreExpected<std::optional<Review>> reviewForScan(qint64 scanId) const;

    // Not revoked; expired ones only with includeExpired. Ordered as a policy file orders them.
    StoreExpected<QList<Waiver>> waivers(qint64 hostId, bool includeExpired = false) const;
    // Every unrevoked waiver, expired ones too (they flag findings), of the hosts stored under this
    // engine id (any URL), or under this URL when the engine id is unknown: what a new scan of that
    // host carries forward. Empty, not an error, for a host never stored.
    StoreExpected<QList<Waiver>> waiversForEngine(const QString &url, const QString &engineId) const;
    // Carry-forward for a scan about to be shown and stored: when the scanned host has stored waivers,
    // re-assesses the snapshot with `policy` plus them (policy-file waivers first, so a stored one for
    // the same target, being newer, usually wins). Returns how many stored waivers were merged; 0 leaves
    // the snapshot untouched.
    StoreExpected<int> applyStoredWaivers(HostSnapshot &snapshot, const Policy &policy) const;
    StoreExpected<Done> revokeWaiver(qint64 waiverId);
    // Adds the waivers to the host, each replacing an unrevoked one for the same rule and target.
    // All or nothing; returns how many were added.
    StoreExpected<int> importWaivers(qint64 hostId, const QList<Waiver> &waivers);

private:
    [[nodiscard]] QDateTime now() const;
    StoreExpected<QList<Review>> queryReviews(const char *where, qint64 value, int limit) const;
    bool loadDecisions(Review &review) const;
    // Inside a transaction: replaces the host's unrevoked waivers for w's rule and target by w (or by none).
    bool replaceWaiver(qint64 hostId, const QString &ruleId, const QString &targetKey, const Waiver *w,
                       qint64 reviewId);
    StoreExpected<QList<Waiver>> queryWaivers(const char *sql, const std::function<void(SqlQuery &)> &bind,
                                              bool includeExpired) const;

    ScanDatabase &m_db;
    QDateTime m_now;
};

} // namespace bulwark::store
