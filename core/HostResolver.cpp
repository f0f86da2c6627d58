#include "HostResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace bulwark {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the runtime the same context.
struct HostResolverText {
    Q_DECLARE_TR_FUNCTIONS(HostResolver)
};
constexpr auto DefaultSocketUrl = "unix:///var/run/docker.sock";
const QString DefaultContext = QStringLiteral("default");
} // namespace

HostResolver::HostResolver(Environment env)
    : m_env(std::move(env))
{
}

QString HostResolver::configDir() const
{
    const QString fromEnv = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(m_env.homeDir()).filePath(QStringLiteral(".docker"));
}

QString HostResolver::currentContextFromConfig(EngineError *error) const
{
    const QString path = QDir(configDir()).filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(16 * 1024 * 1024);
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error) {
            *error = EngineError::make(ErrorKind::InvalidHost,
                                       HostResolverText::tr("The docker CLI configuration %1 is not valid JSON.").arg(path),
                                       HostResolverText::tr("Fix the file; its currentContext setting was ignored."), path);
        }
        return {};
    }
    if (auto it = doc.find("currentContext"); it != doc.end() && it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return {};
}

QString HostResolver::rootlessSocket() const
{
    const QString runtimeDir = m_env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtimeDir.isEmpty())
        return {};
    return QDir(runtimeDir).filePath(QStringLiteral("docker.sock"));
}

Expected<HostResolution> HostResolver::resolve(const HostRequest &request) const
{
    if (!request.host.isEmpty() && !request.context.isEmpty()) {
        return EngineError::make(ErrorKind::InvalidHost, HostResolverText::tr("Both a host and a context were given."),
                                 HostResolverText::tr("Use either --host or --context, not both (as with the docker CLI)."));
    }

    HostResolution res;
    QString contextSource;
    if (!request.context.isEmpty()) {
        res.contextName = request.context;
        contextSource = HostResolverText::tr("--context argument");
    } else if (!request.host.isEmpty() || !m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty()) {
        res.contextName = DefaultContext;
    } else if (!m_env.value(QStringLiteral("DOCKER_CONTEXT")).isEmpty()) {
        res.contextName = m_env.value(QStringLiteral("DOCKER_CONTEXT"));
        contextSource = HostResolverText::tr("DOCKER_CONTEXT environment variable");
    } else {
        const QString fromConfig = currentContextFromConfig();
        if (!fromConfig.isEmpty()) {
            res.contextName = fromConfig;
            contextSource = HostResolverText::tr("currentContext in %1").arg(QDir(configDir()).filePath(QStringLiteral("config.json")));
        } else {
            res.contextName = DefaultContext;
        }
    }

    if (res.contextName != DefaultContext) {
        Expected<HostEndpoint> ep = namedContextEndpoint(res.contextName, contextSource);
        if (!ep)
            return ep.error();
        res.reason = ep->source;
        res.candidates.append(std::move(ep).value());
        return res;
    }

    const bool explicitHost = !request.host.isEmpty() || !m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty();
    const bool wantsTls = request.tlsVerify || !request.tls.isEmpty()
        || !m_env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty()
        || !m_env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    Expected<HostEndpoint> ep = defaultContextEndpoint(request, contextSource);
    if (!ep)
        return ep.error();
    res.reason = ep->source;
    res.candidates.append(ep.value());
    if (!explicitHost && !wantsTls) {
        const QString rootless = rootlessSocket();
        if (!rootless.isEmpty()) {
            Expected<HostEndpoint> r = HostEndpoint::parse(QStringLiteral("unix://") + rootless);
            if (r) {
                r->contextName = DefaultContext;
                r->source = HostResolverText::tr("rootless Docker socket under $XDG_RUNTIME_DIR");
                res.candidates.append(std::move(r).value());
            }
        }
    }
    return res;
}

Expected<HostEndpoint> HostResolver::defaultContextEndpoint(const HostRequest &request, const QString &) const
{
    QString host;
    QString source;
    if (!request.host.isEmpty()) {
        host = request.host;
        source = HostResolverText::tr("--host argument");
    } else if (!m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty()) {
        host = m_env.value(QStringLiteral("DOCKER_HOST"));
        source = HostResolverText::tr("DOCKER_HOST environment variable");
    }

    // docker/cli: a non-empty DOCKER_TLS_VERIFY (any value, even "0") means TLS with verification;
    // DOCKER_TLS means TLS without verification.
    const bool verify = request.tlsVerify || !request.tls.isEmpty()
        || !m_env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = verify || !m_env.value(QStringLiteral("DOCKER_TLS")).isEmpty();

    if (host.isEmpty()) {
        host = tls ? QStringLiteral("tcp://localhost:2376") : QString::fromLatin1(DefaultSocketUrl);
        source = tls ? HostResolverText::tr("default TLS address (DOCKER_TLS_VERIFY is set)") : HostResolverText::tr("default Docker socket");
    }

    Expected<HostEndpoint> parsed = HostEndpoint::parse(host, tls);
    if (!parsed)
        return parsed.error();
    HostEndpoint ep = std::move(parsed).value();
    ep.contextName = DefaultContext;
    ep.source = source;
    if (ep.transport == Transport::Tcp && tls) {
        const QString certPath = m_env.value(QStringLiteral("DOCKER_CERT_PATH"));
        const QDir certDir(certPath.isEmpty() ? configDir() : certPath);
        auto pick = [&](const QString &given, const char *file, bool keepMissing) {
            if (!given.isEmpty())
                return given;
            const QString path = certDir.filePath(QString::fromLatin1(file));
            return (keepMissing || QFileInfo::exists(path)) ? path : QString();
        };
        // An explicit DOCKER_CERT_PATH with no CA is an error worth reporting, not a silent fallback.
        ep.tlsFiles.caFile = pick(request.tls.caFile, "ca.pem", verify && !certPath.isEmpty());
        ep.tlsFiles.certFile = pick(request.tls.certFile, "cert.pem", false);
        ep.tlsFiles.keyFile = pick(request.tls.keyFile, "key.pem", false);
        ep.tlsFiles.verify = verify;
        ep.tls = true;
    }
    return ep;
}

Expected<HostEndpoint> HostResolver::namedContextEndpoint(const QString &name, const QString &source) const
{
    Expected<DockerContext> ctx = ContextStore(configDir()).load(name);
    if (!ctx)
        return ctx.error();
    if (ctx->host.isEmpty()) {
        return EngineError::make(ErrorKind::InvalidHost, HostResolverText::tr("The docker context \"%1\" has no host.").arg(name),
                                 HostResolverText::tr("Recreate it with docker context create --docker host=..."), name);
    }
    const bool tls = !ctx->tls.isEmpty() || ctx->skipTlsVerify;
    Expected<HostEndpoint> parsed = HostEndpoint::parse(ctx->host, tls);
    if (!parsed)
        return parsed.error();
    HostEndpoint ep = std::move(parsed).value();
    ep.contextName = name;
    ep.source = source.isEmpty() ? HostResolverText::tr("docker context \"%1\"").arg(name)
                                 : HostResolverText::tr("docker context \"%1\" (%2)").arg(name, source);
    if (ep.transport == Transport::Tcp && tls) {
        ep.tls = true;
        ep.tlsFiles = ctx->tls;
    }
    return ep;
}

QList<HostCandidate> HostResolver::listAll(const HostRequest &request, QList<EngineError> *errors) const
{
    QList<HostCandidate> out;
    HostEndpoint selected;
    Expected<HostResolution> res = resolve(request);
    if (res && !res->candidates.isEmpty())
        selected = res->candidates.first();
    else if (!res && errors)
        errors->append(res.error());

    auto add = [&](const HostEndpoint &ep) {
        for (const HostCandidate &c : std::as_const(out)) {
            if (c.endpoint.url == ep.url && c.endpoint.contextName == ep.contextName)
                return;
        }
        HostCandidate c;
        c.endpoint = ep;
        c.selected = !selected.url.isEmpty() && ep.url == selected.url && ep.contextName == selected.contextName;
        out.append(c);
    };

    if (res) {
        for (const HostEndpoint &ep : std::as_const(res->candidates))
            add(ep); // every host a scan would try, so the sidebar matches the error panel
    }
    // The default context as the docker CLI would use it without --context.
    HostRequest noContext = request;
    noContext.context.clear();
    Expected<HostEndpoint> def = defaultContextEndpoint(noContext, QString());
    if (def)
        add(def.value());
    else if (errors)
        errors->append(def.error());

    const QList<DockerContext> contexts = ContextStore(configDir()).list(errors);
    for (const DockerContext &ctx : contexts) {
        Expected<HostEndpoint> ep = namedContextEndpoint(ctx.name, QString());
        if (ep)
            add(ep.value());
        else if (errors)
            errors->append(ep.error());
    }
    const QString rootless = rootlessSocket();
    if (!rootless.isEmpty() && QFileInfo::exists(rootless)) {
        Expected<HostEndpoint> r = HostEndpoint::parse(QStringLiteral("unix://") + rootless);
        if (r) {
            r->contextName = DefaultContext;
            r->source = HostResolverText::tr("rootless Docker socket under $XDG_RUNTIME_DIR");
            add(r.value());
        }
    }
    return out;
}

} // namespace bulwark
