#include "ReviewSession.h"

#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"

namespace bulwark {

ReviewSession::ReviewSession(QString databasePath)
    : m_path(std::move(databasePath))
{
}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::start(qint64 hostId, qint64 scanId, const QString &reviewer, QString *error)
{
    if (!m_db) {
        store::StoreExpected<std::unique_ptr<store::ScanDatabase>> db = store::ScanDatabase::open(m_path);
        if (!db) {
            *error = db.error().toString();
            return false;
        }
        m_db = std::move(db).value();
    }
    store::ReviewStore reviews(*m_db);
    // The same reviewer coming back to an unfinished review of this scan carries on
    // where they stopped instead of starting a second, half-empty one.
    store::StoreExpected<std::optional<Review>> existing = reviews.reviewForScan(scanId);
    if (!existing) {
        *error = existing.error().toString();
        return false;
    }
    if (existing.value() && !existing.value()->finishedAt.isValid() && existing.value()->reviewer == reviewer) {
        m_review = *existing.value();
        return true;
    }
    store::StoreExpected<qint64> id = reviews.startReview(hostId, scanId, reviewer);
    if (!id) {
        *error = id.error().toString();
        return false;
    }
    store::StoreExpected<Review> review = reviews.review(id.value());
    if (!review) {
        *error = review.error().toString();
        return false;
    }
    m_review = review.value();
    return true;
}

bool ReviewSession::record(const ReviewDecision &decision, QString *error)
{
    if (!m_db || !started()) {
        *error = tr("No review is open.");
        return false;
    }
    store::StoreExpected<store::Done> done = store::ReviewStore(*m_db).recordDecision(m_review.id, decision);
    if (!done) {
        *error = done.error().toString();
        return false;
    }
    // Deciding a finding again replaces its decision, as the store does.
    for (ReviewDecision &existing : m_review.decisions) {
        if (existing.ruleId == decision.ruleId && existing.scope == decision.scope
            && existing.targetKey == decision.targetKey) {
            existing = decision;
            return true;
        }
    }
    m_review.decisions.append(decision);
    return true;
}

bool ReviewSession::finish(const QString &notes, QString *error)
{
    if (!m_db || !started()) {
        *error = tr("No review is open.");
        return false;
    }
    store::StoreExpected<store::Done> done = store::ReviewStore(*m_db).finishReview(m_review.id, notes);
    if (!done) {
        *error = done.error().toString();
        return false;
    }
    m_review.notes = notes;
    m_review.finishedAt = QDateTime::currentDateTimeUtc();
    return true;
}

} // namespace bulwark
