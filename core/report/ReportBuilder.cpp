#include "ReportBuilder.h"

#include "store/ScanStore.h"

#include <algorithm>

namespace bulwark::report {

namespace {

bool worseFinding(const store::StoredFinding &a, const store::StoredFinding &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    return a.targetName < b.targetName;
}

void countFinding(ReportData &data, const store::StoredFinding &f)
{
    ++data.findingCount;
    if (f.waiver.state == WaiverState::Waived)
        ++data.waivedCount;
    else
        ++data.openBySeverity[size_t(f.severity)];
    if (f.waiver.state == WaiverState::Expired)
        ++data.expiredCount;
    if (f.waiver.state != WaiverState::None)
        data.waivers << f;
}

} // namespace

ReportData ReportBuilder::fromScan(store::StoredScan scan, QList<store::ScorePoint> trend, const ReportOptions &options)
{
    ReportData data;
    data.generatedAt = options.generatedAt.isValid() ? options.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    data.bulwarkVersion = QStringLiteral(BULWARK_VERSION);
    data.review = options.review;
    data.reviewer = !options.reviewer.isEmpty() ? options.reviewer : (data.review ? data.review->reviewer : QString());
    data.scan = scan.summary;
    data.trend = std::move(trend);
    const RuleCatalogue &catalogue = options.catalogue ? *options.catalogue : RuleCatalogue::builtin();
    data.rules = catalogue.rules();
    for (qsizetype i = 0; i < data.rules.size(); ++i)
        data.ruleIndex.insert(data.rules.at(i).id, i);

    QHash<QString, qsizetype> containerAt;
    for (store::StoredContainer &c : scan.containers) {
        ReportContainer rc;
        // PermissionCalculator always names a user ("root" when unset everywhere):
        // an empty one means the scan was stored without permissions.
        rc.permissionsKnown = !c.permissions.user.isEmpty();
        rc.container = std::move(c);
        containerAt.insert(rc.container.identity, data.containers.size());
        data.containers << std::move(rc);
    }
    QHash<QString, qsizetype> imageAt;
    for (store::StoredImage &img : scan.images) {
        ReportImage ri;
        ri.name = !img.tags.isEmpty() ? img.tags.first() : img.id.section(QLatin1Char(':'), -1).left(12);
        ri.image = std::move(img);
        imageAt.insert(ri.image.key, data.images.size());
        data.images << std::move(ri);
    }
    for (const ReportContainer &c : std::as_const(data.containers)) {
        for (ReportImage &img : data.images) {
            if (img.image.id == c.container.imageId) {
                img.usedBy << c.container.name;
                break;
            }
        }
    }

    for (store::StoredFinding &f : scan.findings) {
        // By target, not scope: a container inherits its image's patch-age and
        // end-of-life findings (scope image, target the container).
        if (f.scope != RuleScope::Daemon) {
            if (const auto it = containerAt.constFind(f.targetKey); it != containerAt.cend()) {
                data.containers[*it].findings << std::move(f);
                continue;
            }
            if (const auto it = imageAt.constFind(f.targetKey); it != imageAt.cend()) {
                data.images[*it].findings << std::move(f);
                continue;
            }
        }
        // A daemon finding, or one whose target is not in the scan (never expected):
        // listed with the daemon's rather than dropped, so no finding goes missing.
        data.daemonFindings << std::move(f);
    }

    std::sort(data.daemonFindings.begin(), data.daemonFindings.end(), worseFinding);
    for (const store::StoredFinding &f : std::as_const(data.daemonFindings))
        countFinding(data, f);
    for (ReportContainer &c : data.containers) {
        std::sort(c.findings.begin(), c.findings.end(), worseFinding);
        QHash<QString, double> points;
        for (const ScoreContribution &b : std::as_const(c.container.breakdown))
            points[b.ruleId] += b.points;
        for (const store::StoredFinding &f : std::as_const(c.findings)) {
            countFinding(data, f);
            if (f.waiver.state != WaiverState::Waived)
                data.topRisks << ReportRisk{f, points.value(f.ruleId), RuleScope::Container};
        }
    }
    for (ReportImage &img : data.images) {
        std::sort(img.findings.begin(), img.findings.end(), worseFinding);
        for (const store::StoredFinding &f : std::as_const(img.findings)) {
            countFinding(data, f);
            if (f.waiver.state != WaiverState::Waived)
                data.topRisks << ReportRisk{f, 0, RuleScope::Image};
        }
    }
    for (const store::StoredFinding &f : std::as_const(data.daemonFindings)) {
        if (f.waiver.state != WaiverState::Waived)
            data.topRisks << ReportRisk{f, 0, RuleScope::Daemon};
    }

    std::stable_sort(data.containers.begin(), data.containers.end(), [](const ReportContainer &a, const ReportContainer &b) {
        if (a.container.score != b.container.score)
            return a.container.score > b.container.score;
        return a.container.name < b.container.name;
    });
    std::stable_sort(data.images.begin(), data.images.end(), [](const ReportImage &a, const ReportImage &b) {
        if (a.image.ageDays != b.image.ageDays)
            return a.image.ageDays > b.image.ageDays;
        return a.name < b.name;
    });
    // Severity first (a critical finding outranks any number of medium points),
    // then what the finding adds to its container's score.
    std::stable_sort(data.topRisks.begin(), data.topRisks.end(), [](const ReportRisk &a, const ReportRisk &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        if (a.points != b.points)
            return a.points > b.points;
        return a.finding.targetName < b.finding.targetName;
    });
    if (data.topRisks.size() > options.topRisks)
        data.topRisks.resize(qMax(0, options.topRisks));
    return data;
}

store::StoreExpected<ReportData> ReportBuilder::build(store::ScanDatabase &db, qint64 scanId, const ReportOptions &options)
{
    store::ScanStore scans(db);
    store::StoreExpected<store::StoredScan> scan = scans.load(scanId);
    if (!scan)
        return scan.error();
    // From the host's first scan up to this one: a report on an old scan shows
    // the history as it was then, not what came after.
    store::StoreExpected<QList<store::ScorePoint>> trend =
        store::HistorySeries(db).hostScore(scan->summary.hostId, {}, scan->summary.startedAt, options.trendPoints);
    if (!trend)
        return trend.error();
    return fromScan(std::move(scan).value(), std::move(trend).value(), options);
}

} // namespace bulwark::report
