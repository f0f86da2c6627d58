#pragma once

#include "review/ReviewDecision.h"
#include "rules/RuleCatalogue.h"
#include "store/HistorySeries.h"
#include "store/StoredScan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace bulwark::report {

// A container of the scan with the findings that name it.
struct ReportContainer {
    store::StoredContainer container;
    QList<store::StoredFinding> findings; // worst first
    // Scans stored before permissions were recorded load a default-constructed
    // Permissions; the report says "not recorded" instead of inventing "root".
    bool permissionsKnown = false;
};

struct ReportImage {
    store::StoredImage image;
    QString name;                          // first tag, else the short id
    QList<store::StoredFinding> findings;
    QStringList usedBy;                    // container names
};

// One entry of "top risks": an open finding and what it adds to its container's score.
struct ReportRisk {
    store::StoredFinding finding;
    double points = 0;
    // Where the finding is filed: a container's inherited image findings are the container's risk.
    RuleScope targetKind = RuleScope::Container;
};

// Everything an audit report shows, gathered once from the store so every
// writer (PDF, HTML, JSON, CSV, SARIF, JUnit) shows the same content.
struct ReportData {
    QDateTime generatedAt;                 // UTC
    QString bulwarkVersion;
    QString reviewer;                      // "" when nobody is named
    store::ScanSummary scan;
    QList<ReportContainer> containers;     // highest score first, then by name
    QList<ReportImage> images;             // oldest first
    QList<store::StoredFinding> daemonFindings;
    QList<store::StoredFinding> waivers;   // findings with a waiver state (waived or expired)
    QList<ReportRisk> topRisks;
    QList<store::ScorePoint> trend;        // host score since the host's first scan, up to this one
    std::optional<Review> review;
    QList<RuleDefinition> rules;           // the whole catalogue, for the appendix
    int findingCount = 0;
    int waivedCount = 0;                   // active waivers: shown, not scored
    int expiredCount = 0;                  // expired waivers: scored again, flagged
    std::array<int, 5> openBySeverity{};   // findings that count (not waived), by int(Severity)

    [[nodiscard]] const RuleDefinition *rule(const QString &id) const;
    // Every finding: daemon, then containers, then images (the order of every writer).
    [[nodiscard]] QList<store::StoredFinding> allFindings() const;

    QHash<QString, qsizetype> ruleIndex;
};

} // namespace bulwark::report
