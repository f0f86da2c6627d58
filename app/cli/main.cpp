#include "CliApplication.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <cstdio>

namespace {
std::atomic_bool g_cancel{false};

extern "C" void onSignal(int)
{
    g_cancel.store(true); // lock-free atomic: safe in a signal handler
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return bulwark::cli::CliApplication().run(QCoreApplication::arguments(), io);
}
