#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// Installs Bulwark's and Qt's own translations for the system locale; a missing
// translation simply leaves the English text.
void installTranslations(QApplication &app)
{
    auto *bulwark = new QTranslator(&app);
    if (bulwark->load(QLocale(), QStringLiteral("bulwark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(bulwark);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

bulwark::HostRequest parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Security dashboard for Docker hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host({QStringLiteral("H"), QStringLiteral("host")},
                                  QApplication::translate("main", "Docker host to scan, e.g. unix:///var/run/docker.sock or tcp://host:2376."),
                                  QStringLiteral("URL"));
    const QCommandLineOption context({QStringLiteral("c"), QStringLiteral("context")},
                                     QApplication::translate("main", "Docker context to use."), QStringLiteral("NAME"));
    const QCommandLineOption tlsVerify(QStringLiteral("tlsverify"),
                                       QApplication::translate("main", "Use TLS and verify the daemon's certificate."));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"), QApplication::translate("main", "CA certificate file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QApplication::translate("main", "Client certificate file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QApplication::translate("main", "Client key file."),
                                    QStringLiteral("FILE"));
    parser.addOptions({host, context, tlsVerify, tlsCa, tlsCert, tlsKey});
    parser.process(app);

    bulwark::HostRequest request;
    request.host = parser.value(host);
    request.context = parser.value(context);
    request.tls.caFile = parser.value(tlsCa);
    request.tls.certFile = parser.value(tlsCert);
    request.tls.keyFile = parser.value(tlsKey);
    request.tlsVerify = parser.isSet(tlsVerify);
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bulwark"));
    QApplication::setOrganizationName(QStringLiteral("bulwark"));
    QApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bulwark.svg")));
    QApplication::setDesktopFileName(QStringLiteral("bulwark"));
    installTranslations(app);

    QSettings settings;
    bulwark::MainWindowOptions options;
    options.request = parseCommandLine(app);
    options.settings = &settings;

    bulwark::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
