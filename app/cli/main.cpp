#include "CliApplication.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
std::atomic_bool g_cancel{false};

extern "C" void onSignal(int)
{
    g_cancel.store(true); // lock-free atomic: safe in a signal handler
}

// Headless sessions (cron, ssh, CI) have no XDG_RUNTIME_DIR; Qt Gui, loaded for PDF reports,
// then says so on stderr and uses /tmp/runtime-<user>, which serves a report just as well.
// That line is noise in a script's output; everything else Qt says is passed on.
QtMessageHandler g_qtHandler = nullptr;

void filterQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // A PDF report draws with Qt Gui's fonts and painter; every other command stays
    // a console program. Headless (CI, ssh) is the normal case, so the report uses
    // the offscreen platform unless the user chose one.
    g_qtHandler = qInstallMessageHandler(filterQtMessages);
    std::unique_ptr<QCoreApplication> app;
    if (bulwark::cli::ReportCommand::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("bulwark-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("bulwark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bulwark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    static_assert(std::atomic_bool::is_always_lock_free);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bulwark::cli::CliIo io{out, err, &g_cancel};
#if defined(__SANITIZE_ADDRESS__)
    // Sanitizer builds free everything, so that LeakSanitizer judges the whole program.
    std::vector<std::shared_ptr<void>> leftAtExit;
    io.leftAtExit = &leftAtExit;
#else
    // Never freed: the process ends right after, and the system reclaims it at once. A
    // static pointer keeps it reachable, so leak checkers do not report it as lost.
    static auto *leftAtExit = new std::vector<std::shared_ptr<void>>;
    io.leftAtExit = leftAtExit;
#endif
    return bulwark::cli::CliApplication().run(QCoreApplication::arguments(), io);
}
