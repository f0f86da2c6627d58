// LogFilterProxyModel: stream, container, text and security filters, and
// filtering of appended rows only.
#include "LogFilterProxyModel.h"
#include "LogIngestQueue.h"
#include "LogModel.h"
#include "LogSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;

class TestLogFilterProxy : public QObject {
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void appendedRowsAreFilteredWithoutReset();
    void invalidRegexShowsEverything();
    void containerAppearingLater();
    void containerFilterSurvivesReset();
};

namespace {
// web: 4 lines (one stderr error, one flagged), a reconnect marker; db: 2 lines.
void feed(LogModel &model)
{
    const QString web = QStringLiteral("c-web");
    const QString db = QStringLiteral("c-db");
    model.queue()->push(makeBatch(web, QStringLiteral("web"),
                                  {{"GET /index.html 200", LogStreamKind::Stdout},
                                   {"error: upstream timed out", LogStreamKind::Stderr},
                                   {"GET /admin 401 unauthorized", LogStreamKind::Stdout},
                                   {"GET /favicon.ico 404", LogStreamKind::Stdout}}));
    StreamStatus s;
    s.kind = StreamStatus::Kind::Resumed;
    s.source = QStringLiteral("web");
    s.containerId = web;
    s.message = QStringLiteral("Reconnected after 2 s");
    model.queue()->pushStatus(s);
    model.queue()->push(makeBatch(db, QStringLiteral("db"),
                                  {{"ready to accept connections", LogStreamKind::Stdout},
                                   {"FATAL: password authentication failed", LogStreamKind::Stderr}}));
    model.drain();
}

QStringList shownTexts(const QAbstractItemModel &proxy)
{
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        texts << proxy.index(row, LogModel::TextColumn).data().toString();
    return texts;
}
} // namespace

void TestLogFilterProxy::filters_data()
{
    QTest::addColumn<int>("stream");
    QTest::addColumn<QStringList>("containers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("securityOnly");
    QTest::addColumn<QStringList>("expected");
    using F = LogFilterProxyModel::StreamFilter;
    const QString marker = QStringLiteral("Reconnected after 2 s");
    QTest::addRow("none") << int(F::All) << QStringList{} << QString() << false << false
                          << QStringList{QStringLiteral("GET /index.html 200"),
                                         QStringLiteral("error: upstream timed out"),
                                         QStringLiteral("GET /admin 401 unauthorized"),
                                         QStringLiteral("GET /favicon.ico 404"),
                                         marker,
                                         QStringLiteral("ready to accept connections"),
                                         QStringLiteral("FATAL: password authentication failed")};
    QTest::addRow("stderr") << int(F::Stderr) << QStringList{} << QString() << false << false
                            << QStringList{QStringLiteral("error: upstream timed out"), marker,
                                           QStringLiteral("FATAL: password authentication failed")};
    QTest::addRow("stdout of db") << int(F::Stdout) << QStringList{QStringLiteral("c-db")} << QString() << false
                                  << false << QStringList{QStringLiteral("ready to accept connections")};
    QTest::addRow("plain text, any case")
        << int(F::All) << QStringList{} << QStringLiteral("get /") << false << false
        << QStringList{QStringLiteral("GET /index.html 200"), QStringLiteral("GET /admin 401 unauthorized"),
                       QStringLiteral("GET /favicon.ico 404"), marker};
    QTest::addRow("plain text is not a pattern")
        << int(F::All) << QStringList{} << QStringLiteral("40.") << false << false << QStringList{marker};
    QTest::addRow("regex") << int(F::All) << QStringList{QStringLiteral("c-web")} << QStringLiteral(" 40\\d\\b") << true
                           << false
                           << QStringList{QStringLiteral("GET /admin 401 unauthorized"),
                                          QStringLiteral("GET /favicon.ico 404"), marker};
    QTest::addRow("security only") << int(F::All) << QStringList{} << QString() << false << true
                                   << QStringList{QStringLiteral("GET /admin 401 unauthorized"), marker,
                                                  QStringLiteral("FATAL: password authentication failed")};
    QTest::addRow("security only, db") << int(F::All) << QStringList{QStringLiteral("c-db")} << QString() << false
                                       << true << QStringList{QStringLiteral("FATAL: password authentication failed")};
}

void TestLogFilterProxy::filters()
{
    QFETCH(int, stream);
    QFETCH(QStringList, containers);
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, securityOnly);
    QFETCH(QStringList, expected);
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    feed(model);
    proxy.setStreamFilter(LogFilterProxyModel::StreamFilter(stream));
    proxy.setContainerFilter(containers);
    proxy.setTextFilter(text, regex);
    proxy.setSecurityOnly(securityOnly);
    QVERIFY(proxy.isTextFilterValid());
    QCOMPARE(shownTexts(proxy), expected);

    // The same result when the filters are set first and the lines arrive afterwards.
    LogModel later;
    LogFilterProxyModel proxyLater;
    proxyLater.setSourceModel(&later);
    QAbstractItemModelTester testerLater(&proxyLater, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxyLater.setStreamFilter(LogFilterProxyModel::StreamFilter(stream));
    proxyLater.setContainerFilter(containers);
    proxyLater.setTextFilter(text, regex);
    proxyLater.setSecurityOnly(securityOnly);
    feed(later);
    QCOMPARE(shownTexts(proxyLater), expected);
}

void TestLogFilterProxy::appendedRowsAreFilteredWithoutReset()
{
    LogModel model(nullptr, 100);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTextFilter(QStringLiteral("7"), false);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    int total = 0;
    for (int round = 0; round < 5; ++round) {
        model.queue()->push(numberedBatch(QStringLiteral("c"), QStringLiteral("c"), total, 40));
        total += 40;
        model.drain();
    }
    // 200 lines through a cap of 100: lines 100..199 are kept; those with a 7 are shown.
    int expected = 0;
    for (int i = 100; i < 200; ++i)
        expected += QString::number(i).contains(QLatin1Char('7')) ? 1 : 0;
    QCOMPARE(proxy.rowCount(), expected);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 5);
}

void TestLogFilterProxy::invalidRegexShowsEverything()
{
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    feed(model);
    proxy.setTextFilter(QStringLiteral("(unclosed"), true);
    QVERIFY(!proxy.isTextFilterValid());
    QVERIFY(proxy.textFilterError().contains(QStringLiteral("position")));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setTextFilter(QStringLiteral("(unclosed"), false);
    QVERIFY(proxy.isTextFilterValid());
    QCOMPARE(shownTexts(proxy), QStringList{QStringLiteral("Reconnected after 2 s")}); // the marker stays
}

void TestLogFilterProxy::containerAppearingLater()
{
    // A filter on a container that has no line yet shows its lines once they come.
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setContainerFilter({QStringLiteral("new")});
    model.queue()->push(numberedBatch(QStringLiteral("old"), QStringLiteral("old"), 0, 3));
    model.queue()->push(numberedBatch(QStringLiteral("new"), QStringLiteral("new"), 3, 2));
    model.drain();
    QCOMPARE(shownTexts(proxy), (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4")}));
}

void TestLogFilterProxy::containerFilterSurvivesReset()
{
    // After a reset another container may get the index the filtered one had.
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.queue()->push(numberedBatch(QStringLiteral("a"), QStringLiteral("a"), 0, 2));
    model.drain();
    proxy.setContainerFilter({QStringLiteral("a")});
    QCOMPARE(proxy.rowCount(), 2);
    model.setCapacity(100);
    model.queue()->push(numberedBatch(QStringLiteral("b"), QStringLiteral("b"), 2, 3));
    model.queue()->push(numberedBatch(QStringLiteral("a"), QStringLiteral("a"), 5, 1));
    model.drain();
    QCOMPARE(shownTexts(proxy), QStringList{QStringLiteral("line 5")});
}

QTEST_MAIN(TestLogFilterProxy)
#include "tst_logfilterproxy.moc"
