#include "stream/Utf8.h"

#include <QTest>

using namespace bulwark;

class TestUtf8 : public QObject {
    Q_OBJECT
private slots:
    void validity_data();
    void validity();
    void agreesWithQt();
};

void TestUtf8::validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addRow("empty") << QByteArray() << true;
    QTest::addRow("ascii, long") << QByteArray("the quick brown fox jumps over the lazy dog 0123456789") << true;
    QTest::addRow("two bytes") << QByteArray("caf\xc3\xa9") << true;
    QTest::addRow("three bytes") << QByteArray("\xe2\x82\xac") << true;
    QTest::addRow("four bytes") << QByteArray("\xf0\x9f\x90\xb3") << true;
    QTest::addRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::addRow("non-ascii after 8 ascii") << QByteArray("abcdefgh\xc3\xa9") << true;
    QTest::addRow("lone continuation") << QByteArray("abc\x80") << false;
    QTest::addRow("overlong 2") << QByteArray("\xc0\xaf") << false;
    QTest::addRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
    QTest::addRow("overlong 4") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::addRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::addRow("f5 lead") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::addRow("truncated at end") << QByteArray("abcdefgh\xe2\x82") << false;
    QTest::addRow("bad second byte") << QByteArray("\xc3\x28") << false;
    QTest::addRow("bad third byte") << QByteArray("\xe2\x82\x28") << false;
    QTest::addRow("ff") << QByteArray("\xff") << false;
}

void TestUtf8::validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8::isValid(bytes.constData(), bytes.size()), valid);
}

// Every 1-, 2- and 3-byte sequence over an interesting alphabet: the fast validator
// must agree with Qt's decoder about which contain replacement characters.
void TestUtf8::agreesWithQt()
{
    const QByteArray alphabet("\x00\x41\x7f\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xed\xef\xf0\xf4\xf5\xff", 20);
    QByteArray s;
    for (char a : alphabet) {
        for (char b : alphabet) {
            for (char c : alphabet) {
                s = QByteArray(1, a) + b + c;
                const QString decoded = QString::fromUtf8(s);
                const bool qtValid = !decoded.contains(QChar::ReplacementCharacter) && decoded.toUtf8() == s;
                QVERIFY2(Utf8::isValid(s.constData(), s.size()) == qtValid, s.toHex().constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
