#include "ConnectDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using bulwark::ConnectDialog;

class TestConnectDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyInputCannotBeAccepted();
    void plainTcpIsAcceptedWithWarning();
    void parseErrorIsShownInline();
    void tlsOnlyForTcp();
    void tlsFilesArePathsAndPaired();
    void browseUsesFileChooser();

private:
    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    [[nodiscard]] bool okEnabled() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }
    [[nodiscard]] QString makeFile(const QString &name) const;

    ConnectDialog *m_dialog = nullptr;
    QTemporaryDir m_dir;
};

void TestConnectDialog::init()
{
    m_dialog = new ConnectDialog;
    m_dialog->show();
}

void TestConnectDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

QString TestConnectDialog::makeFile(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(file.fileName()));
    file.write("pem\n");
    return file.fileName();
}

void TestConnectDialog::emptyInputCannotBeAccepted()
{
    QVERIFY(!okEnabled());
    QVERIFY(!m_dialog->validationError().isEmpty());
    QVERIFY(!child<QLabel>("urlError")->isVisible()); // no scolding before typing
}

void TestConnectDialog::plainTcpIsAcceptedWithWarning()
{
    QTest::keyClicks(child<QLineEdit>("urlEdit"), QStringLiteral("tcp://10.0.0.5:2375"));
    QVERIFY(okEnabled());
    QVERIFY(child<QLabel>("insecureWarning")->isVisible());
    QVERIFY(child<QLabel>("insecureWarning")->text().contains(QStringLiteral("root-equivalent")));
    const bulwark::HostEndpoint endpoint = m_dialog->endpoint();
    QCOMPARE(endpoint.url, QStringLiteral("tcp://10.0.0.5:2375"));
    QVERIFY(endpoint.isInsecure());
    QCOMPARE(endpoint.source, QStringLiteral("added by you"));

    child<QCheckBox>("useTlsCheck")->setChecked(true);
    QVERIFY(!child<QLabel>("insecureWarning")->isVisible());
    QVERIFY(okEnabled());
    QVERIFY(m_dialog->endpoint().tls);
    QVERIFY(m_dialog->endpoint().tlsFiles.verify);
}

void TestConnectDialog::parseErrorIsShownInline()
{
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("bogus://nowhere"));
    QVERIFY(!okEnabled());
    QLabel *error = child<QLabel>("urlError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("bogus")), qPrintable(error->text()));
    QCOMPARE(error->text(), m_dialog->validationError());

    child<QLineEdit>("urlEdit")->setText(QStringLiteral("unix:///var/run/docker.sock"));
    QVERIFY(okEnabled());
    QVERIFY(!error->isVisible());
    QVERIFY(!child<QLabel>("insecureWarning")->isVisible());
}

void TestConnectDialog::tlsOnlyForTcp()
{
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("unix:///var/run/docker.sock"));
    child<QCheckBox>("useTlsCheck")->setChecked(true);
    QVERIFY(!okEnabled());
    QCOMPARE(child<QLabel>("urlError")->text(), QStringLiteral("TLS applies to tcp:// hosts only."));
}

void TestConnectDialog::tlsFilesArePathsAndPaired()
{
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("tcp://docker.example.com:2376"));
    child<QCheckBox>("useTlsCheck")->setChecked(true);
    const QString ca = makeFile(QStringLiteral("ca.pem"));
    const QString cert = makeFile(QStringLiteral("cert.pem"));
    const QString key = makeFile(QStringLiteral("key.pem"));
    child<QLineEdit>("caEdit")->setText(ca);
    child<QLineEdit>("certEdit")->setText(cert);
    QVERIFY(!okEnabled()); // a certificate without its key
    child<QLineEdit>("keyEdit")->setText(m_dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!okEnabled());
    QVERIFY(m_dialog->validationError().contains(QStringLiteral("missing.pem")));
    child<QLineEdit>("keyEdit")->setText(key);
    QVERIFY(okEnabled());
    child<QCheckBox>("verifyCheck")->setChecked(false);
    QVERIFY(child<QLabel>("verifyWarning")->isVisible());

    const bulwark::HostEndpoint endpoint = m_dialog->endpoint();
    QCOMPARE(endpoint.tlsFiles.caFile, ca);
    QCOMPARE(endpoint.tlsFiles.certFile, cert);
    QCOMPARE(endpoint.tlsFiles.keyFile, key);
    QCOMPARE(endpoint.tlsFiles.verify, false);
    QCOMPARE(endpoint.port, 2376);
}

void TestConnectDialog::browseUsesFileChooser()
{
    const QString ca = makeFile(QStringLiteral("chosen-ca.pem"));
    QString askedTitle;
    m_dialog->setFileChooser([&](QWidget *, const QString &title) {
        askedTitle = title;
        return ca;
    });
    child<QCheckBox>("useTlsCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>("caEditBrowse"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("caEdit")->text(), ca);
    QCOMPARE(askedTitle, QStringLiteral("Choose CA Certificate"));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
