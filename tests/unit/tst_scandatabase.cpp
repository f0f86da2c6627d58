// Opening the scan database: migrations, and the files it must refuse without
// changing a byte (newer schema, corrupt, truncated), locks, full disks.

#include "Environment.h"
#include "StoreFixtures.h"
#include "store/EventJournal.h"
#include "store/ReviewStore.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h> // geteuid

using namespace bulwark;
using namespace bulwark::store;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Raw SQL on a file, as another program (or an older Bulwark) would write it.
bool rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString pragmaText(const ScanDatabase &db, const char *pragma)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), pragma, -1, &stmt, nullptr);
    QString out;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

// Schema 1 exactly as the first release created it. Frozen here on purpose:
// when a migration is added, this fixture is what an upgraded user has on disk.
const char *const FirstSchemaFixture = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('gc_generation', 0);
CREATE TABLE hosts (id INTEGER PRIMARY KEY, url TEXT NOT NULL, engine_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
    UNIQUE (url, engine_id));
CREATE TABLE scans (id INTEGER PRIMARY KEY, host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL, engine_version TEXT NOT NULL DEFAULT '',
    host_name TEXT NOT NULL DEFAULT '', host_score INTEGER NOT NULL, container_count INTEGER NOT NULL,
    image_count INTEGER NOT NULL, info INTEGER NOT NULL, low INTEGER NOT NULL, medium INTEGER NOT NULL,
    high INTEGER NOT NULL, critical INTEGER NOT NULL);
CREATE INDEX scans_host_time ON scans (host_id, started_at);
CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE rules (id INTEGER PRIMARY KEY, rule_id TEXT NOT NULL, cis TEXT NOT NULL, title TEXT NOT NULL,
    scope TEXT NOT NULL, UNIQUE (rule_id, cis, title, scope));
CREATE TABLE container_versions (id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, identity INTEGER NOT NULL,
    name INTEGER NOT NULL, image INTEGER NOT NULL, image_id INTEGER NOT NULL, score INTEGER NOT NULL,
    breakdown INTEGER NOT NULL);
CREATE TABLE container_findings (version_id INTEGER NOT NULL REFERENCES container_versions (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, rule INTEGER NOT NULL, severity INTEGER NOT NULL, evidence INTEGER NOT NULL,
    PRIMARY KEY (version_id, ord)) WITHOUT ROWID;
CREATE TABLE scan_containers (scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, version_id INTEGER NOT NULL, container_id INTEGER NOT NULL, state INTEGER NOT NULL,
    PRIMARY KEY (scan_id, ord)) WITHOUT ROWID;
CREATE TABLE image_versions (id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, key INTEGER NOT NULL,
    image_id INTEGER NOT NULL, tags INTEGER NOT NULL, created INTEGER, os_label INTEGER NOT NULL, eol_date TEXT,
    past_eol INTEGER NOT NULL);
CREATE TABLE image_findings (version_id INTEGER NOT NULL REFERENCES image_versions (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, rule INTEGER NOT NULL, severity INTEGER NOT NULL, evidence INTEGER NOT NULL,
    PRIMARY KEY (version_id, ord)) WITHOUT ROWID;
CREATE TABLE scan_images (scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    version_id INTEGER NOT NULL, age_days INTEGER NOT NULL, PRIMARY KEY (scan_id, ord)) WITHOUT ROWID;
CREATE TABLE daemon_findings (scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, rule INTEGER NOT NULL, severity INTEGER NOT NULL, evidence INTEGER NOT NULL,
    PRIMARY KEY (scan_id, ord)) WITHOUT ROWID;
CREATE TABLE finding_spans (id INTEGER PRIMARY KEY, host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    rule_id INTEGER NOT NULL, target INTEGER NOT NULL, target_name INTEGER NOT NULL, severity INTEGER NOT NULL,
    first_seen_at INTEGER NOT NULL, resolved_at INTEGER);
CREATE INDEX finding_spans_open ON finding_spans (host_id) WHERE resolved_at IS NULL;
CREATE INDEX finding_spans_resolved ON finding_spans (host_id, resolved_at) WHERE resolved_at IS NOT NULL;

-- One scan of one container with one finding, written by hand.
INSERT INTO hosts VALUES (1, 'unix:///var/run/docker.sock', 'OLD:ENGINE', 'old-host');
INSERT INTO scans VALUES (7, 1, 1700000000000, 1700000002000, '20.10.5', 'old-host', 55, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO texts VALUES (1, 'name:legacy'), (2, 'abc123'), (3, 'legacy'), (4, 'busybox:1'), (5, 'sha256:b0'),
    (6, 'running'), (7, '[["BW-C001",4,40.0,1.0,40.0,55.0,""]]'), (8, 'HostConfig.Privileged is true'),
    (9, 'tag:busybox:1'), (10, 'Debian 12 (bookworm)'), (12, 'BW-C001');
INSERT INTO rules VALUES (1, 'BW-C001', '5.5', 'Privileged container', 'container');
INSERT INTO container_versions VALUES (1, x'01', 1, 3, 4, 5, 55, 7);
INSERT INTO container_findings VALUES (1, 0, 1, 4, 8);
INSERT INTO scan_containers VALUES (7, 0, 1, 2, 6);
INSERT INTO image_versions VALUES (1, x'02', 9, 5, 4, 1600000000000, 10, '2028-06-10', 0);
INSERT INTO scan_images VALUES (7, 0, 1, 1157);
INSERT INTO finding_spans VALUES (1, 1, 12, 1, 3, 4, 1700000000000, NULL);
PRAGMA user_version = 1;
)sql";

// What schema 2 added, exactly as that release created it, with one journaled
// event; run after FirstSchemaFixture it gives what a schema-2 user has on disk.
const char *const SecondSchemaFixture = R"sql(
CREATE TABLE events (id INTEGER PRIMARY KEY, host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    time_ns INTEGER NOT NULL, type TEXT NOT NULL, action TEXT NOT NULL, actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL, severity INTEGER NOT NULL, security_flags INTEGER NOT NULL, exec_user TEXT,
    exec_privileged INTEGER, document TEXT NOT NULL);
CREATE INDEX events_host_time ON events (host_id, time_ns);
CREATE INDEX events_host_security ON events (host_id, time_ns) WHERE security_flags <> 0;
INSERT INTO events VALUES (1, 1, 1700000001000000000, 'container', 'exec_start: sh', 'abc123', 'legacy', 2, 1,
    'root', 1, '{"schema":"bulwark.event/1"}');
PRAGMA user_version = 2;
)sql";

} // namespace

class TestScanDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newDatabaseIsCurrentAndInWalMode();
    void migratesTheFirstSchema();
    void firstSchemaGainsTheEventJournal();
    void secondSchemaGainsReviewsAndWaivers();
    void migratesAnEmptyFile();
    void failedMigrationChangesNothing();
    void newerSchemaIsRefusedUntouched();
    void corruptFilesAreRefusedUntouched_data();
    void corruptFilesAreRefusedUntouched();
    void readOnlyModeNeedsAnExistingFile();
    void readOnlyFileIsReported();
    void lockedWhenAnotherWriterHoldsTheLock();
    void fullDiskKeepsEarlierScans();
    void resolvePath_data();
    void resolvePath();
    void defaultPathIsSharedAndCreated();
    void integrityAndVacuum();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestScanDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestScanDatabase::newDatabaseIsCurrentAndInWalMode()
{
    const QString file = path(QStringLiteral("sub/dir/new.db"));
    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(QFile::exists(file));
    QCOMPARE((*db)->schemaVersion(), ScanDatabase::SchemaVersion);
    QCOMPARE(pragmaText(**db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragmaText(**db, "PRAGMA foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragmaText(**db, "PRAGMA synchronous"), QStringLiteral("1")); // NORMAL
    QCOMPARE((*db)->path(), file);
}

void TestScanDatabase::migratesTheFirstSchema()
{
    const QString file = path(QStringLiteral("first-schema.db"));
    QVERIFY(rawSql(file, FirstSchemaFixture));
    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), ScanDatabase::SchemaVersion);
    ScanStore store(**db);
    auto hosts = store.hosts();
    QVERIFY(hosts);
    QCOMPARE(hosts->size(), 1);
    QCOMPARE(hosts->first().engineId, QStringLiteral("OLD:ENGINE"));
    QCOMPARE(hosts->first().scanCount, 1);
    auto scan = store.load(7);
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().toString()));
    QCOMPARE(scan->summary.hostScore, 55);
    QCOMPARE(scan->summary.severityCounts[4], 1);
    QCOMPARE(scan->summary.startedAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    QCOMPARE(scan->containers.size(), 1);
    QCOMPARE(scan->containers.first().identity, QStringLiteral("name:legacy"));
    QCOMPARE(scan->containers.first().id, QStringLiteral("abc123"));
    QCOMPARE(scan->containers.first().state, QStringLiteral("running"));
    QCOMPARE(scan->containers.first().breakdown.size(), 1);
    QCOMPARE(scan->containers.first().breakdown.first().share, 55.0);
    QCOMPARE(scan->findings.size(), 1);
    QCOMPARE(scan->findings.first().key(), QStringLiteral("BW-C001@name:legacy"));
    QCOMPARE(scan->findings.first().severity, Severity::Critical);
    QCOMPARE(scan->images.size(), 1);
    QCOMPARE(scan->images.first().ageDays, 1157);
    QCOMPARE(scan->images.first().tags, QStringList{QStringLiteral("busybox:1")});
    QCOMPARE(scan->images.first().osLabel, QStringLiteral("Debian 12 (bookworm)"));
    QCOMPARE(scan->images.first().eolDate, QDate(2028, 6, 10));

    // The migrated file takes new scans, and the hand-written span is continued.
    auto id = store.save(test::realisticHost());
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY((*db)->checkIntegrity());
}

void TestScanDatabase::firstSchemaGainsTheEventJournal()
{
    // Schema 2 adds the event journal: the scans stored under schema 1 stay, and
    // events journaled for the old host land on its existing row.
    const QString file = path(QStringLiteral("first-schema-events.db"));
    QVERIFY(rawSql(file, FirstSchemaFixture));
    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), ScanDatabase::SchemaVersion);
    EventJournal journal(**db);
    auto host = journal.hostId(QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("OLD:ENGINE"));
    QVERIFY2(host, qPrintable(host ? QString() : host.error().toString()));
    QCOMPARE(*host, 1);
    EngineEvent e;
    e.timeNs = 1'700'000'001'000'000'000;
    e.type = QStringLiteral("container");
    e.action = QStringLiteral("exec_start: sh");
    e.securityFlags = RootExec;
    QVERIFY(journal.append(*host, {e}));
    QCOMPARE(journal.countSecurityRelevant(*host).value(), 1);
    ScanStore store(**db);
    QCOMPARE(store.scans(*host).value().size(), 1);
    QCOMPARE(store.load(7).value().summary.hostScore, 55);
    QVERIFY((*db)->checkIntegrity());
}

void TestScanDatabase::secondSchemaGainsReviewsAndWaivers()
{
    // Schema 3 adds reviews, waivers, per-scan waiver states and container permissions: everything stored
    // under schema 2 stays and reads as before (no waivers, default permissions).
    const QString file = path(QStringLiteral("second-schema.db"));
    QVERIFY(rawSql(file, FirstSchemaFixture));
    QVERIFY(rawSql(file, SecondSchemaFixture));
    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), 3);
    ScanStore store(**db);
    auto old = store.load(7);
    QVERIFY2(old, qPrintable(old ? QString() : old.error().toString()));
    QCOMPARE(old->summary.hostScore, 55);
    QCOMPARE(old->containers.size(), 1);
    QCOMPARE(old->containers.first().identity, QStringLiteral("name:legacy"));
    QVERIFY(old->containers.first().permissions.effectiveCapabilities.isEmpty());
    QCOMPARE(old->findings.size(), 1);
    QCOMPARE(old->findings.first().waiver.state, WaiverState::None);
    EventJournal journal(**db);
    QCOMPARE(journal.countSecurityRelevant(1).value(), 1);

    // The migrated file takes reviews; their waivers carry into the next scan of the host.
    ReviewStore reviews(**db);
    reviews.setClock(QDateTime::fromMSecsSinceEpoch(1700000100000, Qt::UTC));
    auto review = reviews.startReview(1, 7, QStringLiteral("carol"));
    QVERIFY2(review, qPrintable(review ? QString() : review.error().toString()));
    ReviewDecision d;
    d.ruleId = QStringLiteral("BW-C001");
    d.scope = RuleScope::Container;
    d.targetKey = QStringLiteral("name:legacy");
    d.kind = DecisionKind::FalsePositive;
    d.justification = QStringLiteral("not privileged any more");
    QVERIFY(reviews.recordDecision(*review, d));
    QCOMPARE(reviews.waiversForEngine(QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("OLD:ENGINE"))->size(), 1);
    QVERIFY(store.save(test::realisticHost()));
    QCOMPARE(store.load(7)->summary.hostScore, 55);
    QVERIFY((*db)->checkIntegrity());
}

void TestScanDatabase::migratesAnEmptyFile()
{
    // Schema 0: an empty file, as `touch` or a failed first start leaves it.
    const QString file = path(QStringLiteral("empty.db"));
    QVERIFY(writeAll(file, {}));
    auto db = ScanDatabase::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), ScanDatabase::SchemaVersion);
    QVERIFY(ScanStore(**db).save(test::realisticHost()));
}

void TestScanDatabase::failedMigrationChangesNothing()
{
    // Schema 0 but a table of the same name in the way: the migration fails half-way.
    const QString file = path(QStringLiteral("foreign.db"));
    QVERIFY(rawSql(file, "CREATE TABLE scans (x TEXT); INSERT INTO scans VALUES ('keep me');"));
    const QByteArray before = readAll(file);
    auto db = ScanDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
    QVERIFY(!db.error().hint.isEmpty());
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestScanDatabase::newerSchemaIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("newer.db"));
    const QByteArray sql = "CREATE TABLE future (x); PRAGMA user_version = "
                         + QByteArray::number(ScanDatabase::SchemaVersion + 1) + ";";
    QVERIFY(rawSql(file, sql.constData()));
    const QByteArray before = readAll(file);
    for (ScanDatabase::Mode mode : {ScanDatabase::Mode::ReadWrite, ScanDatabase::Mode::ReadOnly}) {
        auto db = ScanDatabase::open(file, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, StoreErrorKind::NewerSchema);
        QCOMPARE(StoreError::kindName(db.error().kind), QStringLiteral("newer_schema"));
        QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
        QVERIFY(!db.error().hint.isEmpty());
    }
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestScanDatabase::corruptFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::addRow("random bytes") << random;
    QTest::addRow("text file") << QByteArray("scan history? no, my shopping list\n");
    QTest::addRow("short header") << QByteArray("SQLite format 3\0", 16);

    // A real database, checkpointed into one file, then cut in half.
    const QString source = m_dir.filePath(QStringLiteral("truncate-source.db"));
    {
        auto db = ScanDatabase::open(source);
        QVERIFY(db);
        ScanStore store(**db);
        for (int i = 0; i < 3; ++i) {
            test::SyntheticHost o;
            o.containers = 50;
            o.scanIndex = i;
            o.at = o.at.addSecs(3600 * i);
            QVERIFY(store.save(test::syntheticHost(o)));
        }
        QVERIFY((*db)->execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY((*db)->execute("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray whole = readAll(source);
    QVERIFY(whole.size() > 8192);
    QTest::addRow("truncated database") << whole.left(whole.size() / 2);
    QTest::addRow("truncated mid-page") << whole.left(whole.size() - 100);
    QByteArray damaged = whole;
    for (qsizetype i = 0; i < 4096; ++i)
        damaged[4096 + i] = char(0xA5); // page 2 overwritten: the schema still parses
    // Damage past the header may only show when a query touches it: that must be Corrupt too.
    QTest::addRow("damaged page") << damaged;
}

void TestScanDatabase::corruptFilesAreRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("corrupt-%1.db").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(writeAll(file, bytes));
    for (ScanDatabase::Mode mode : {ScanDatabase::Mode::ReadWrite, ScanDatabase::Mode::ReadOnly}) {
        auto db = ScanDatabase::open(file, mode);
        if (db) {
            // Opened because the damage is past what open() reads: using it must say Corrupt.
            ScanStore store(**db);
            auto scans = store.scans();
            StoreError error = scans ? StoreError() : scans.error();
            if (!error.isError()) {
                for (const ScanSummary &s : std::as_const(*scans)) {
                    auto loaded = store.load(s.id);
                    if (!loaded) {
                        error = loaded.error();
                        break;
                    }
                }
            }
            if (!error.isError()) {
                auto integrity = (*db)->checkIntegrity();
                QVERIFY(!integrity);
                error = integrity.error();
            }
            QCOMPARE(StoreError::kindName(error.kind), StoreError::kindName(StoreErrorKind::Corrupt));
        } else {
            QCOMPARE(StoreError::kindName(db.error().kind), StoreError::kindName(StoreErrorKind::Corrupt));
            QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
            QVERIFY(!db.error().hint.isEmpty());
        }
    }
    QCOMPARE(readAll(file), bytes);
}

void TestScanDatabase::readOnlyModeNeedsAnExistingFile()
{
    const QString file = path(QStringLiteral("missing/never.db"));
    auto db = ScanDatabase::open(file, ScanDatabase::Mode::ReadOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, StoreErrorKind::CannotOpen);
    QVERIFY(db.error().message.contains(file));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
}

void TestScanDatabase::readOnlyFileIsReported()
{
    const QString file = path(QStringLiteral("readonly.db"));
    {
        auto db = ScanDatabase::open(file);
        QVERIFY(db);
        QVERIFY(ScanStore(**db).save(test::realisticHost()));
        QVERIFY((*db)->execute("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Root ignores permission bits; the immutable attribute stops root too.
    const bool root = ::geteuid() == 0;
    auto restore = qScopeGuard([&] {
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file});
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    });
    if (root) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file}) != 0)
            QSKIP("running as root without chattr +i support here: cannot make a file read-only for root");
    } else {
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
    }
    const QByteArray before = readAll(file);
    auto db = ScanDatabase::open(file);
    QVERIFY(!db);
    QCOMPARE(StoreError::kindName(db.error().kind), StoreError::kindName(StoreErrorKind::ReadOnly));
    QVERIFY(db.error().message.contains(file));
    QVERIFY(db.error().hint.contains(QStringLiteral("--no-store")));
    auto reader = ScanDatabase::open(file, ScanDatabase::Mode::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
    QCOMPARE(ScanStore(**reader).scans()->size(), 1);
    QCOMPARE(readAll(file), before);
}

void TestScanDatabase::lockedWhenAnotherWriterHoldsTheLock()
{
    const QString file = path(QStringLiteral("locked.db"));
    auto holder = ScanDatabase::open(file);
    QVERIFY(holder);
    auto waiter = ScanDatabase::open(file, ScanDatabase::Mode::ReadWrite, 300);
    QVERIFY(waiter);
    QVERIFY((*holder)->execute("BEGIN IMMEDIATE"));
    ScanStore store(**waiter);
    QElapsedTimer timer;
    timer.start();
    auto id = store.save(test::realisticHost());
    QVERIFY(!id);
    QCOMPARE(StoreError::kindName(id.error().kind), StoreError::kindName(StoreErrorKind::Locked));
    QVERIFY2(timer.elapsed() >= 250, "the busy timeout was not waited for");
    QVERIFY(!id.error().hint.isEmpty());
    // Readers are never blocked by a writer in WAL mode.
    QVERIFY(store.scans());
    QVERIFY((*holder)->execute("COMMIT"));
    QVERIFY(store.save(test::realisticHost()));
}

void TestScanDatabase::fullDiskKeepsEarlierScans()
{
    const QString file = path(QStringLiteral("full.db"));
    auto db = ScanDatabase::open(file);
    QVERIFY(db);
    ScanStore store(**db);
    test::SyntheticHost o;
    o.containers = 20;
    auto first = store.save(test::syntheticHost(o));
    QVERIFY(first);
    const QString before = test::dumpStoredScan(*store.load(*first));
    // SQLite reports SQLITE_FULL when the file may not grow: the same path as a full disk.
    const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pragmaText(**db, "PRAGMA page_count").toInt());
    QVERIFY((*db)->execute(limit.constData()));
    o.containers = 400;
    o.namePrefix = QStringLiteral("big");
    auto second = store.save(test::syntheticHost(o));
    QVERIFY(!second);
    QCOMPARE(StoreError::kindName(second.error().kind), StoreError::kindName(StoreErrorKind::DiskFull));
    QVERIFY(second.error().message.contains(file));
    QCOMPARE(store.scans()->size(), 1);
    QCOMPARE(test::dumpStoredScan(*store.load(*first)), before);
    QVERIFY((*db)->checkIntegrity());
    // Once there is room again the same connection writes normally (its cached ids were dropped).
    QVERIFY((*db)->execute("PRAGMA max_page_count = 1073741823"));
    auto third = store.save(test::syntheticHost(o));
    QVERIFY2(third, qPrintable(third ? QString() : third.error().toString()));
    QCOMPARE(store.load(*third)->containers.size(), 400);
}

void TestScanDatabase::resolvePath_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("expected");
    QTest::addRow("option wins") << QStringLiteral("/tmp/a.db") << QStringLiteral("/tmp/b.db") << QStringLiteral("/tmp/a.db");
    QTest::addRow("environment") << QString() << QStringLiteral("/tmp/b.db") << QStringLiteral("/tmp/b.db");
    QTest::addRow("default") << QString() << QString() << ScanDatabase::defaultPath();
    QTest::addRow("blank values") << QStringLiteral("  ") << QStringLiteral(" ") << ScanDatabase::defaultPath();
}

void TestScanDatabase::resolvePath()
{
    QFETCH(QString, option);
    QFETCH(QString, env);
    QFETCH(QString, expected);
    Environment e({}, m_dir.path());
    if (!env.isNull())
        e.set(QStringLiteral("BULWARK_DB"), env);
    QCOMPARE(ScanDatabase::resolvePath(option, e), expected);
}

void TestScanDatabase::defaultPathIsSharedAndCreated()
{
    const QString def = ScanDatabase::defaultPath();
    QVERIFY(def.endsWith(QStringLiteral("/bulwark/bulwark.db")));
    // Test mode: never the user's real history.
    QVERIFY2(def.contains(QStringLiteral(".qttest")), qPrintable(def));
    QFile::remove(def);
    auto db = ScanDatabase::open(def);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(QFile::exists(def));
}

void TestScanDatabase::integrityAndVacuum()
{
    const QString file = path(QStringLiteral("vacuum.db"));
    auto db = ScanDatabase::open(file);
    QVERIFY(db);
    ScanStore store(**db);
    for (int i = 0; i < 5; ++i) {
        test::SyntheticHost o;
        o.containers = 100;
        o.namePrefix = QStringLiteral("gen%1").arg(i); // all new content each time
        o.at = o.at.addDays(i);
        QVERIFY(store.save(test::syntheticHost(o)));
    }
    QVERIFY((*db)->checkIntegrity());
    PrunePolicy policy;
    policy.keepPerHost = 1;
    auto pruned = store.prune(policy);
    QVERIFY(pruned);
    QCOMPARE(pruned->scansRemoved, 4);
    auto freed = (*db)->vacuum();
    QVERIFY2(freed, qPrintable(freed ? QString() : freed.error().toString()));
    QVERIFY2(*freed > 0, "pruning four of five scans with their own content must free pages");
    QVERIFY((*db)->checkIntegrity());
    QCOMPARE(store.scans()->size(), 1);
}

QTEST_GUILESS_MAIN(TestScanDatabase)
#include "tst_scandatabase.moc"
