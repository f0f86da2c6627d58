// bulwark-seed-history: a developer tool that writes a plausible past for a
// real Docker host into a NEW scan database, for screenshots and for trying
// the History panel. It scans the host once (read-only, like `bulwark-cli
// scan`) and stores that scan as the present; before it, every N hours back to
// D days ago, it stores the same host as it "was": containers that were fixed
// at some point still carry the finding they had, a debug container came and
// went, the newest container did not exist yet. Scores are recomputed with the
// real risk model, so every number is one Bulwark could have produced.
//
//   cmake --build build/dev --target bulwark-seed-history   (not built by default)
//   bulwark-seed-history --db /tmp/demo.db --host unix:///tmp/bulwark-demo/docker.sock [--days 90] [--every-hours 3]
//
// It refuses to touch an existing file: it never adds made-up scans to a real history.
#include "HostEndpoint.h"
#include "HostScanner.h"
#include "Snapshot.h"
#include "StoreFixtures.h"
#include "rules/RiskModel.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace bulwark;

namespace {

struct PastFinding {
    const char *ruleId;
    const char *evidence;
};

// What a container may have had before someone fixed it, worst first.
constexpr std::array<PastFinding, 6> pastFindings{{
    {"BW-C001", "HostConfig.Privileged = true"},
    {"BW-C032", "Config.Env DB_PASSWORD looks like a password: hu…42 [redacted, 14 chars]"},
    {"BW-C003", "HostConfig.CapAdd = [SYS_ADMIN]"},
    {"BW-C014", "HostConfig.SecurityOpt = [seccomp=unconfined]"},
    {"BW-C019", "HostConfig.Memory = 0"},
    {"BW-C005", "Config.User is empty and the image runs as root"},
}};

Finding catalogueFinding(const QString &ruleId, const QString &evidence, const ContainerInfo &container)
{
    return test::catalogueFinding(ruleId, evidence, container.id, container.name);
}

bool hasRule(const ContainerInfo &container, const QString &ruleId)
{
    return std::any_of(container.findings.cbegin(), container.findings.cend(),
                       [&ruleId](const Finding &f) { return f.ruleId == ruleId; });
}

bool exposed(const ContainerInfo &container)
{
    return std::any_of(container.risk.breakdown.cbegin(), container.risk.breakdown.cend(),
                       [](const ScoreContribution &c) { return c.multiplier > 1.0; });
}

void rescore(ContainerInfo &container, const Policy &policy)
{
    container.risk = RiskModel::scoreContainer(container.findings, {exposed(container), QString()}, policy);
}

// The host `daysAgo` days before the present scan. Its riskiest container was
// worse in steps (privileged until three quarters of the window ago, a secret
// in its environment until half, no memory limit until a quarter); each other
// container had one more problem until some point in the window, the fixes
// coming closer together towards the present; the least
// risky container was deployed a week ago; a privileged debug container lived
// for a few days in the middle; a "latest" tag comes and goes.
HostSnapshot pastOf(const HostSnapshot &present, double daysAgo, double windowDays, int scanIndex, const Policy &policy)
{
    HostSnapshot past = present;
    const qint64 secondsAgo = qint64(daysAgo * 86400);
    past.startedAt = present.startedAt.addSecs(-secondsAgo);
    past.finishedAt = present.finishedAt.addSecs(-secondsAgo);

    std::stable_sort(past.containers.begin(), past.containers.end(),
                     [](const ContainerInfo &a, const ContainerInfo &b) { return a.risk.score > b.risk.score; });
    const int n = int(past.containers.size());
    if (n > 2 && daysAgo > 7)
        past.containers.removeLast(); // not deployed yet

    const auto add = [](ContainerInfo &container, const PastFinding &finding) {
        if (hasRule(container, QString::fromLatin1(finding.ruleId)))
            return false;
        container.findings << catalogueFinding(QString::fromLatin1(finding.ruleId), QString::fromLatin1(finding.evidence),
                                               container);
        return true;
    };
    QList<int> scores;
    for (int rank = 0; rank < past.containers.size(); ++rank) {
        ContainerInfo &container = past.containers[rank];
        bool changed = false;
        if (rank == 0) {
            if (daysAgo > windowDays * 0.75)
                changed |= add(container, pastFindings.at(0));
            if (daysAgo > windowDays * 0.5)
                changed |= add(container, pastFindings.at(1));
            if (daysAgo > windowDays * 0.25)
                changed |= add(container, pastFindings.at(4));
            if ((scanIndex / 40) % 3 == 0)
                changed |= add(container, {"BW-C031", "Config.Image is referenced by the latest tag"});
        } else if (daysAgo > windowDays * std::pow(1.0 - double(rank) / n, 3)) {
            // Fixes come closer together towards the present, the last a day or two ago.
            changed |= add(container, pastFindings.at(std::size_t(1 + (rank - 1) % int(pastFindings.size() - 1))));
        }
        if (changed)
            rescore(container, policy);
        scores << container.risk.score;
    }

    if (daysAgo > windowDays * 0.40 && daysAgo < windowDays * 0.45) {
        ContainerInfo debug;
        debug.name = QStringLiteral("debug-shell");
        debug.id = QStringLiteral("5eed%1").arg(qint64(windowDays * 100), 60, 10, QLatin1Char('0'));
        debug.image = QStringLiteral("local/busybox:1");
        debug.state = QStringLiteral("running");
        debug.findings << catalogueFinding(QStringLiteral("BW-C001"), QStringLiteral("HostConfig.Privileged = true"), debug)
                       << catalogueFinding(QStringLiteral("BW-C008"), QStringLiteral("HostConfig.PidMode = host"), debug)
                       << catalogueFinding(QStringLiteral("BW-C003"), QStringLiteral("HostConfig.CapAdd = [SYS_PTRACE, SYS_ADMIN]"), debug)
                       << catalogueFinding(QStringLiteral("BW-C014"), QStringLiteral("HostConfig.SecurityOpt = [seccomp=unconfined]"), debug)
                       << catalogueFinding(QStringLiteral("BW-C005"), QStringLiteral("Config.User is empty"), debug);
        rescore(debug, policy);
        scores << debug.risk.score;
        past.containers << debug;
    }

    // Images built after this moment did not exist yet: their predecessor was older.
    for (ImageInfo &image : past.images) {
        if (image.created.isValid() && image.created > past.startedAt)
            image.created = image.created.addDays(-180);
    }
    past.hostScore = RiskModel::hostScore(past.daemonRisk.score, scores);
    return past;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bulwark-seed-history"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a made-up past for a real Docker host into a new scan database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("New database file to create."), QStringLiteral("FILE"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Docker host to scan for the present."),
                                        QStringLiteral("URL"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("How far back to go (default 90)."),
                                        QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption everyOption(QStringLiteral("every-hours"), QStringLiteral("Hours between scans (default 3)."),
                                         QStringLiteral("H"), QStringLiteral("3"));
    parser.addOptions({dbOption, hostOption, daysOption, everyOption});
    parser.process(app);

    const QString path = parser.value(dbOption);
    bool daysOk = false;
    bool everyOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    const int every = parser.value(everyOption).toInt(&everyOk);
    if (path.isEmpty() || !parser.isSet(hostOption) || !daysOk || !everyOk || days < 1 || every < 1) {
        err << "usage: bulwark-seed-history --db FILE --host URL [--days N] [--every-hours H]\n";
        return 2;
    }
    if (QFileInfo::exists(path)) {
        err << "bulwark-seed-history: " << path << " exists; give a new file (made-up scans never go into a real history)\n";
        return 2;
    }
    Expected<HostEndpoint> endpoint = HostEndpoint::parse(parser.value(hostOption));
    if (!endpoint) {
        err << "bulwark-seed-history: " << endpoint.error().toString() << '\n';
        return 2;
    }

    Expected<HostSnapshot> present = HostScanner().scan(*endpoint);
    if (!present) {
        err << "bulwark-seed-history: cannot scan " << endpoint->url << ": " << present.error().toString() << '\n';
        return 1;
    }
    auto db = store::ScanDatabase::open(path);
    if (!db) {
        err << "bulwark-seed-history: " << db.error().toString() << '\n';
        return 1;
    }
    store::ScanStore scans(**db);
    const Policy policy;
    const int count = days * 24 / every;
    QElapsedTimer timer;
    timer.start();
    for (int i = count; i >= 1; --i) {
        const double daysAgo = double(i) * every / 24.0;
        auto saved = scans.save(pastOf(*present, daysAgo, days, count - i, policy));
        if (!saved) {
            err << "bulwark-seed-history: " << saved.error().toString() << '\n';
            return 1;
        }
    }
    auto last = scans.save(*present);
    if (!last) {
        err << "bulwark-seed-history: " << last.error().toString() << '\n';
        return 1;
    }
    out << "Stored " << count + 1 << " scans of " << endpoint->url << " in " << path << " (" << timer.elapsed()
        << " ms); the newest, #" << *last << ", is the real scan.\n";
    return 0;
}
