// LogBuffer: the ring of buffered log lines, its eviction and its memory.
#include "LogBuffer.h"

#include <QTest>

using namespace bulwark;

class TestLogBuffer : public QObject {
    Q_OBJECT

private slots:
    void appendsInOrder();
    void evictsOldestAtCap_data();
    void evictsOldestAtCap();
    void evictFrontBeforeCap();
    void freesArenasOfEvictedLines();
    void overheadPerLine();
    void internsContainers();
    void longLineGetsOwnArena();
};

namespace {
QByteArray lineText(qint64 n) { return "line " + QByteArray::number(n); }

void appendNumbered(LogBuffer &buffer, qint64 first, qint64 count, quint16 container = 0)
{
    for (qint64 i = first; i < first + count; ++i) {
        LogBuffer::Entry e;
        e.timeNs = i;
        e.container = container;
        buffer.append(e, lineText(i));
    }
}
} // namespace

void TestLogBuffer::appendsInOrder()
{
    LogBuffer buffer(10);
    appendNumbered(buffer, 0, 4);
    QCOMPARE(buffer.size(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(buffer.text(row), QByteArrayView(lineText(row)));
        QCOMPARE(buffer.at(row).timeNs, row);
    }
    QCOMPARE(buffer.textBytes(), qint64(4 * 6));
}

void TestLogBuffer::evictsOldestAtCap_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addRow("under the cap") << 100 << 60;
    QTest::addRow("exactly the cap") << 100 << 100;
    QTest::addRow("one over") << 100 << 101;
    QTest::addRow("wrapped several times") << 100 << 1037;
    QTest::addRow("cap of one") << 1 << 5;
}

void TestLogBuffer::evictsOldestAtCap()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    LogBuffer buffer(capacity);
    appendNumbered(buffer, 0, appended);
    const int kept = qMin(capacity, appended);
    QCOMPARE(buffer.size(), kept);
    QCOMPARE(buffer.totalAppended(), appended);
    QCOMPARE(buffer.totalEvicted(), appended - kept);
    const int first = appended - kept;
    for (int row = 0; row < kept; ++row) {
        QCOMPARE(buffer.at(row).timeNs, first + row);
        QCOMPARE(buffer.text(row), QByteArrayView(lineText(first + row)));
    }
}

void TestLogBuffer::evictFrontBeforeCap()
{
    // Evicting before the ring is full, then growing past the old end, keeps the order.
    LogBuffer buffer(50);
    appendNumbered(buffer, 0, 10);
    buffer.evictFront(4);
    QCOMPARE(buffer.size(), 6);
    appendNumbered(buffer, 10, 30);
    QCOMPARE(buffer.size(), 36);
    for (int row = 0; row < 36; ++row)
        QCOMPARE(buffer.text(row), QByteArrayView(lineText(4 + row)));
    buffer.evictFront(1000);
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.textBytes(), 0);
}

void TestLogBuffer::freesArenasOfEvictedLines()
{
    // 100-byte lines: 10,486 fit an arena; a cap of 20,000 spans about two arenas.
    LogBuffer buffer(20'000);
    const QByteArray text(100, 'x');
    for (int i = 0; i < 200'000; ++i)
        buffer.append({}, text);
    QCOMPARE(buffer.size(), 20'000);
    QCOMPARE(buffer.textBytes(), qint64(20'000) * 100);
    // Two or three arenas live, not the twenty the appends went through.
    const qint64 entries = qint64(20'000) * qint64(sizeof(LogBuffer::Entry));
    QVERIFY2(buffer.memoryBytes() <= entries + 3 * LogBuffer::ArenaSize,
             qPrintable(QString::number(buffer.memoryBytes())));
    QCOMPARE(buffer.text(19'999), QByteArrayView(text));
}

void TestLogBuffer::overheadPerLine()
{
    // Overhead beyond the text: the target is at most 64 bytes per line.
    LogBuffer buffer(200'000);
    appendNumbered(buffer, 0, 400'000);
    const double overhead = double(buffer.memoryBytes() - buffer.textBytes()) / double(buffer.size());
    QVERIFY2(overhead <= 64.0, qPrintable(QString::number(overhead)));
    QCOMPARE(sizeof(LogBuffer::Entry), size_t(32));
}

void TestLogBuffer::internsContainers()
{
    LogBuffer buffer;
    const quint16 a = buffer.internContainer(QStringLiteral("aaaa"), QStringLiteral("web"));
    const quint16 b = buffer.internContainer(QStringLiteral("bbbb"), QString());
    QCOMPARE(buffer.internContainer(QStringLiteral("aaaa"), QStringLiteral("ignored")), a);
    QVERIFY(a != b);
    QCOMPARE(buffer.containerName(a), QStringLiteral("web"));
    QCOMPARE(buffer.containerName(b), QStringLiteral("bbbb")); // no name: the id stands in
    QCOMPARE(buffer.containerId(a), QStringLiteral("aaaa"));
    QCOMPARE(buffer.containerIndex(QStringLiteral("bbbb")), int(b));
    QCOMPARE(buffer.containerIndex(QStringLiteral("cccc")), -1);
}

void TestLogBuffer::longLineGetsOwnArena()
{
    LogBuffer buffer(10);
    appendNumbered(buffer, 0, 2);
    const QByteArray big(LogBuffer::ArenaSize + 5, 'b');
    buffer.append({}, big);
    appendNumbered(buffer, 2, 1);
    QCOMPARE(buffer.size(), 4);
    QCOMPARE(buffer.text(2).size(), big.size());
    QCOMPARE(buffer.text(3), QByteArrayView(lineText(2)));
}

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
