#pragma once

#include <QDateTime>
#include <QString>

namespace bulwark {

// Why a finding does not count: the risk is accepted for a while, or the rule
// was wrong about this target.
enum class WaiverKind { AcceptRisk, FalsePositive };

// What a waiver did to one finding in one scan. Recorded with the scan, so the
// scan reads the same after the waiver is revoked or expires.
enum class WaiverState {
    None,     // no waiver for this finding
    Waived,   // an active waiver: shown, marked, not counted in the score
    Expired,  // its waiver expired: counted again and flagged so nobody misses it
};

struct FindingWaiver {
    WaiverState state = WaiverState::None;
    WaiverKind kind = WaiverKind::AcceptRisk;
    QString justification;
    QString reviewer;
    QDateTime expiresAt;
    QString origin;

    [[nodiscard]] bool waived() const { return state == WaiverState::Waived; }
};

} // namespace bulwark
