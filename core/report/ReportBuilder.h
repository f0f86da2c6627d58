#pragma once

#include "ReportData.h"

#include "store/ScanDatabase.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace bulwark::report {

struct ReportOptions {
    QString reviewer;                       // "" → the review's reviewer, if any
    std::optional<Review> review;           // the review of the scan, looked up by the caller
    QDateTime generatedAt;                  // invalid → now (UTC); tests pin it
    const RuleCatalogue *catalogue = nullptr; // nullptr → RuleCatalogue::builtin()
    int trendPoints = 200;                  // a year of hourly scans still draws as a readable line
    int topRisks = 10;
};

// Gathers a report's content from a stored scan: the scan itself, the host's
// score history up to it, the waivers recorded with its findings, the review
// and the rule catalogue.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    static store::StoreExpected<ReportData> build(store::ScanDatabase &db, qint64 scanId, const ReportOptions &options);
    // The same without a database: what build() does once the scan and trend are loaded.
    static ReportData fromScan(store::StoredScan scan, QList<store::ScorePoint> trend, const ReportOptions &options);
};

} // namespace bulwark::report
