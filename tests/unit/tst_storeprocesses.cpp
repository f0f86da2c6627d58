// The scan database shared by processes: two writers and a reader at once on
// the same file, and a writer killed with SIGKILL inside its transaction.

#include "Sanitizers.h"
#include "StoreFixtures.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef STORE_WRITER_PATH
#error "STORE_WRITER_PATH must name the store_writer helper"
#endif

using namespace bulwark;
using namespace bulwark::store;

namespace {

std::unique_ptr<QProcess> start(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(STORE_WRITER_PATH));
    p->setArguments(args);
    p->start();
    return p;
}

struct Finished {
    bool ok = false;
    QByteArray out;
    QByteArray explanation;
};

Finished finish(QProcess &p)
{
    Finished f;
    const bool done = p.waitForFinished(120000);
    f.ok = done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    f.out = p.readAllStandardOutput();
    f.explanation = "exit " + QByteArray::number(p.exitCode()) + (done ? "" : " (timed out)") + "\nstdout: "
                  + f.out.right(500) + "\nstderr: " + p.readAllStandardError();
    return f;
}

} // namespace

class TestStoreProcesses : public QObject {
    Q_OBJECT
private slots:
    void concurrentWritersAndReader();
    void killedWriterLeavesEarlierScansIntact();
};

void TestStoreProcesses::concurrentWritersAndReader()
{
    QTemporaryDir dir;
    // Not created beforehand: both writers also race to create and migrate it.
    const QString file = dir.filePath(QStringLiteral("shared.db"));
    // About a second of writing each, on a slow machine more; a sanitizer build is slower still.
    const int perWriter = test::scaledForSanitizers(150);
    auto a = start({QStringLiteral("write"), file, QStringLiteral("ENGINE-A"), QString::number(perWriter)});
    auto b = start({QStringLiteral("write"), file, QStringLiteral("ENGINE-B"), QString::number(perWriter)});
    auto reader = start({QStringLiteral("read"), file, QStringLiteral("1500")}); // milliseconds of reading
    for (QProcess *p : {a.get(), b.get()}) {
        const Finished f = finish(*p);
        QVERIFY2(f.ok, f.explanation.constData());
        QCOMPARE(f.out.count("saved "), perWriter);
    }
    const Finished read = finish(*reader);
    QVERIFY2(read.ok, read.explanation.constData());
    QVERIFY2(read.out.startsWith("loaded "), read.out.constData());

    auto db = ScanDatabase::open(file);
    QVERIFY(db);
    QVERIFY((*db)->checkIntegrity());
    ScanStore store(**db);
    auto hosts = store.hosts();
    QVERIFY(hosts);
    QCOMPARE(hosts->size(), 2);
    for (const HostRecord &h : std::as_const(*hosts))
        QCOMPARE(h.scanCount, perWriter);
    auto scans = store.scans();
    QVERIFY(scans);
    for (const ScanSummary &s : std::as_const(*scans)) {
        auto scan = store.load(s.id);
        QVERIFY(scan);
        QCOMPARE(scan->containers.size(), 30);
        QCOMPARE(scan->summary.engineId, s.engineId);
    }
}

void TestStoreProcesses::killedWriterLeavesEarlierScansIntact()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.db"));
    QMap<qint64, QString> before;
    {
        auto db = ScanDatabase::open(file);
        QVERIFY(db);
        ScanStore store(**db);
        for (int i = 0; i < 3; ++i) {
            test::SyntheticHost o;
            o.containers = 40;
            o.scanIndex = i;
            o.at = o.at.addDays(i);
            auto id = store.save(test::syntheticHost(o));
            QVERIFY(id);
            before.insert(*id, test::dumpStoredScan(*store.load(*id)));
        }
    }
    const qint64 walBefore = QFileInfo(file + QStringLiteral("-wal")).size();

    auto child = start({QStringLiteral("crash"), file, QStringLiteral("600"), QStringLiteral("400")});
    QVERIFY(child->waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child->readAllStandardOutput()).contains("inside")
                                 || child->state() == QProcess::NotRunning,
                             60000);
    QVERIFY2(out.contains("inside"), (out + child->readAllStandardError()).constData());
    // Half a scan went to disk inside the open transaction.
    QVERIFY2(QFileInfo(file + QStringLiteral("-wal")).size() > walBefore, "nothing was spilled: not a mid-write crash");
    child->kill(); // SIGKILL
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);

    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    auto integrity = (*db)->checkIntegrity();
    QVERIFY2(integrity, qPrintable(integrity ? QString() : integrity.error().toString()));
    ScanStore store(**db);
    auto scans = store.scans();
    QVERIFY(scans);
    QCOMPARE(scans->size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        auto scan = store.load(it.key());
        QVERIFY(scan);
        QCOMPARE(test::dumpStoredScan(*scan), it.value());
    }
    // And the file takes the next scan.
    test::SyntheticHost o;
    o.containers = 40;
    o.at = o.at.addDays(40);
    QVERIFY(store.save(test::syntheticHost(o)));
    QVERIFY((*db)->checkIntegrity());
}

QTEST_GUILESS_MAIN(TestStoreProcesses)
#include "tst_storeprocesses.moc"
