#include "ReachableHost.h"

#include "EngineClient.h"

#include <QCoreApplication>
#include <QTextStream>

namespace bulwark::cli {

namespace {
struct ReachableHostText {
    Q_DECLARE_TR_FUNCTIONS(ReachableHost)
};

Expected<HostEndpoint> firstReachableHost(const QList<HostEndpoint> &candidates, const std::atomic_bool *cancel)
{
    QList<QPair<HostEndpoint, EngineError>> tried;
    for (const HostEndpoint &ep : candidates) {
        ClientLimits limits;
        limits.requestTimeoutMs = 15000;
        EngineClient client(ep, limits);
        client.setCancelFlag(cancel);
        Expected<PingInfo> ping = client.ping();
        if (ping)
            return ep;
        tried.append({ep, ping.error()});
        if (ping.error().kind == ErrorKind::Cancelled)
            return ping.error();
    }
    if (tried.isEmpty()) {
        return EngineError::make(ErrorKind::InvalidHost, ReachableHostText::tr("No Docker host to connect to."),
                                 ReachableHostText::tr("Give one with --host or --context, or set DOCKER_HOST."));
    }
    if (tried.size() == 1)
        return tried.first().second;
    QStringList lines;
    for (const auto &t : std::as_const(tried))
        lines << QStringLiteral("%1: %2").arg(t.first.url, t.second.message);
    EngineError e = tried.first().second;
    e.message = ReachableHostText::tr("No Docker Engine could be reached; tried %1 hosts:\n%2")
                    .arg(tried.size())
                    .arg(lines.join(QLatin1Char('\n')));
    return e;
}
} // namespace

std::optional<HostEndpoint> reachableHost(const Environment &env, const HostRequest &request, CliIo &io,
                                          int *exitCode)
{
    Expected<HostResolution> resolution = HostResolver(env).resolve(request);
    if (!resolution) {
        printEngineError(io.err, resolution.error());
        *exitCode = ExitError;
        return std::nullopt;
    }
    Expected<HostEndpoint> host = firstReachableHost(resolution->candidates, io.cancel);
    if (!host) {
        const bool interrupted = host.error().kind == ErrorKind::Cancelled;
        if (!interrupted)
            printEngineError(io.err, host.error());
        *exitCode = interrupted ? ExitOk : ExitError;
        return std::nullopt;
    }
    return *host;
}

void printEngineError(QTextStream &err, const EngineError &error)
{
    err << ReachableHostText::tr("bulwark-cli: %1").arg(error.message) << '\n';
    if (!error.hint.isEmpty())
        err << ReachableHostText::tr("  what to do: %1").arg(error.hint) << '\n';
    err.flush();
}

} // namespace bulwark::cli
