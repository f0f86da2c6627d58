// Rule evaluation alone: the ten recorded dockerd 20.10 inspect documents
// (tests/data/dockerd-20.10) repeated to N containers, assessed by the RuleEngine
// (permissions, every container/image/daemon check, risk scores). No I/O.
//
//   build/release/tests/bench/bench_rules --benchmark_repetitions=5
//
// Reports items_per_second = containers per second on one core.

#include "InspectParser.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace bulwark;

namespace {
nlohmann::json recorded(const QString &name)
{
    QFile f(QStringLiteral(BULWARK_TEST_DATA "/dockerd-20.10/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    const QByteArray b = f.readAll();
    nlohmann::json d = nlohmann::json::parse(b.constBegin(), b.constEnd());
    return d.is_array() && d.size() == 1 ? d.at(0) : d;
}

HostSnapshot snapshotOf(int containers)
{
    HostSnapshot s;
    s.engine = *InspectParser::engine(recorded(QStringLiteral("version.json")), recorded(QStringLiteral("info.json")));
    s.engine.transport = QStringLiteral("unix");
    s.finishedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    QList<ContainerInfo> base;
    for (int i = 0; i < 10; ++i)
        base << *InspectParser::container(recorded(QStringLiteral("container-inspect-c%1.json").arg(i)));
    s.images << *InspectParser::image(recorded(QStringLiteral("image-inspect-debian9-fake.json")),
                                      recorded(QStringLiteral("image-history-debian9-fake.json")));
    for (int i = 0; i < containers; ++i) {
        ContainerInfo c = base[i % 10];
        c.id = QString::number(i).rightJustified(64, QLatin1Char('0'));
        s.containers << c;
    }
    return s;
}
} // namespace

static void BM_AssessContainers(benchmark::State &state)
{
    HostSnapshot snap = snapshotOf(int(state.range(0)));
    const RuleEngine engine;
    for (auto _ : state) {
        engine.assess(snap);
        benchmark::DoNotOptimize(snap.hostScore);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetLabel("containers");
}
BENCHMARK(BM_AssessContainers)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
