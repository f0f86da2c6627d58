#pragma once

#include "review/ReviewDecision.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace bulwark {

namespace store {
class ScanDatabase;
}

// One review session on the scan database: started (or resumed, when the same
// reviewer left a review of this scan open) for a stored scan; each decision is
// written as it is taken, so closing the window loses nothing. Decisions to
// accept a risk or call a false positive become the host's waivers, which later
// scans apply. Single-row writes: fast enough for the UI thread.
class ReviewSession {
    Q_DECLARE_TR_FUNCTIONS(bulwark::ReviewSession)

public:
    explicit ReviewSession(QString databasePath);
    ~ReviewSession();
    ReviewSession(const ReviewSession &) = delete;
    ReviewSession &operator=(const ReviewSession &) = delete;

    bool start(qint64 hostId, qint64 scanId, const QString &reviewer, QString *error);
    bool record(const ReviewDecision &decision, QString *error);
    bool finish(const QString &notes, QString *error);

    [[nodiscard]] const Review &review() const { return m_review; }
    [[nodiscard]] bool started() const { return m_review.id != 0; }

private:
    QString m_path;
    std::unique_ptr<store::ScanDatabase> m_db;
    Review m_review;
};

} // namespace bulwark
