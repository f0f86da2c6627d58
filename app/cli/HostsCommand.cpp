#include "HostsCommand.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace bulwark::cli {

namespace {
QString tlsText(const HostEndpoint &ep)
{
    if (ep.transport != Transport::Tcp)
        return QStringLiteral("-");
    if (!ep.tls)
        return HostsCommand::tr("none (insecure)");
    return ep.tlsFiles.verify ? HostsCommand::tr("verified") : HostsCommand::tr("unverified");
}
} // namespace

QString HostsCommand::description() const
{
    return tr("List the Docker hosts known from --host/--context, DOCKER_HOST, DOCKER_CONTEXT, the docker CLI's "
              "config and context store, and the default and rootless sockets; mark the one a scan would use.");
}

void HostsCommand::addOptions(QCommandLineParser &parser)
{
    m_hostOptions.addTo(parser);
    m_format.setDescription(tr("Output format: table or json."));
    parser.addOption(m_format);
}

int HostsCommand::execute(const QCommandLineParser &parser, CliIo &io)
{
    if (const QString invalid = m_hostOptions.validate(parser); !invalid.isEmpty())
        return usageError(io, invalid);
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError(io, tr("unknown format \"%1\" (use json or table)").arg(format));

    const HostResolver resolver(m_env);
    QList<EngineError> problems;
    const QList<HostCandidate> hosts = resolver.listAll(m_hostOptions.request(parser), &problems);

    if (format == QLatin1String("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const HostCandidate &h : hosts) {
            const HostEndpoint &ep = h.endpoint;
            list.push_back({{"url", ep.url.toStdString()},
                            {"context", ep.contextName.toStdString()},
                            {"source", ep.source.toStdString()},
                            {"transport", transportName(ep.transport).toStdString()},
                            {"tls", ep.tls},
                            {"tls_verify", ep.tls && ep.tlsFiles.verify},
                            {"ca_file", ep.tlsFiles.caFile.toStdString()},
                            {"cert_file", ep.tlsFiles.certFile.toStdString()},
                            {"key_file", ep.tlsFiles.keyFile.toStdString()},
                            {"selected", h.selected}});
        }
        nlohmann::json errors = nlohmann::json::array();
        for (const EngineError &e : std::as_const(problems))
            errors.push_back(e.toString().toStdString());
        io.out << QString::fromStdString(nlohmann::json{{"hosts", list}, {"problems", errors}}.dump(2)) << '\n';
    } else {
        io.out << tr("  %1 %2 %3 %4").arg(tr("CONTEXT").leftJustified(14), tr("URL").leftJustified(40),
                                             tr("TLS").leftJustified(16), tr("SOURCE"))
               << '\n';
        for (const HostCandidate &h : hosts) {
            const HostEndpoint &ep = h.endpoint;
            io.out << (h.selected ? QStringLiteral("* ") : QStringLiteral("  "))
                   << QStringLiteral("%1 %2 %3 %4")
                          .arg(ep.contextName.leftJustified(14), ep.url.leftJustified(40), tlsText(ep).leftJustified(16),
                               ep.source)
                   << '\n';
        }
        for (const EngineError &e : std::as_const(problems))
            io.err << tr("warning: %1").arg(e.toString()) << '\n';
    }
    io.out.flush();
    io.err.flush();
    return ExitOk;
}

} // namespace bulwark::cli
