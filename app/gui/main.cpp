#include "Environment.h"
#include "MainWindow.h"
#include "store/ScanDatabase.h"

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

struct CommandLine {
    bulwark::HostRequest request;
    QString database;
};

CommandLine parseCommandLine(const QApplication &app)
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
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Scan history database (default: $BULWARK_DB, else %1).")
                                    .arg(bulwark::store::ScanDatabase::defaultPath()),
                                QStringLiteral("FILE"));
    parser.addOptions({host, context, tlsVerify, tlsCa, tlsCert, tlsKey, db});
    parser.process(app);

    CommandLine line;
    line.request.host = parser.value(host);
    line.request.context = parser.value(context);
    line.request.tls.caFile = parser.value(tlsCa);
    line.request.tls.certFile = parser.value(tlsCert);
    line.request.tls.keyFile = parser.value(tlsKey);
    line.request.tlsVerify = parser.isSet(tlsVerify);
    line.database = bulwark::store::ScanDatabase::resolvePath(parser.value(db), bulwark::Environment::system());
    return line;
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
    const CommandLine line = parseCommandLine(app);
    options.request = line.request;
    options.databasePath = line.database;
    options.settings = &settings;

    bulwark::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
