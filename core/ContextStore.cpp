#include "ContextStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace bulwark {

ContextStore::ContextStore(QString configDir)
    : m_configDir(std::move(configDir))
{
}

QString ContextStore::directoryNameFor(const QString &contextName)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(contextName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Expected<DockerContext> ContextStore::load(const QString &name) const
{
    const QString metaPath =
        QDir(m_configDir).filePath(QStringLiteral("contexts/meta/%1/meta.json").arg(directoryNameFor(name)));
    if (!QFileInfo::exists(metaPath)) {
        return EngineError::make(
            ErrorKind::ContextNotFound,
            QCoreApplication::translate("ContextStore", "The docker context \"%1\" does not exist (looked for %2).")
                .arg(name, metaPath),
            QCoreApplication::translate("ContextStore",
                                        "Run \"docker context ls\" to see the contexts, or check DOCKER_CONFIG."),
            name);
    }
    Expected<DockerContext> ctx = loadMeta(metaPath);
    if (ctx && ctx->name != name) {
        return EngineError::make(
            ErrorKind::InvalidHost,
            QCoreApplication::translate("ContextStore", "The context store entry %1 names \"%2\", not \"%3\".")
                .arg(metaPath, ctx->name, name),
            QCoreApplication::translate("ContextStore", "The context store is inconsistent; recreate the context."),
            name);
    }
    return ctx;
}

Expected<DockerContext> ContextStore::loadMeta(const QString &metaPath) const
{
    auto malformed = [&](const QString &why) {
        return EngineError::make(
            ErrorKind::InvalidHost,
            QCoreApplication::translate("ContextStore", "Cannot read docker context metadata %1: %2").arg(metaPath, why),
            QCoreApplication::translate("ContextStore", "Fix or remove the file, or recreate the context with "
                                                        "\"docker context create\"."),
            metaPath);
    };
    QFile file(metaPath);
    if (!file.open(QIODevice::ReadOnly))
        return malformed(file.errorString());
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    const nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return malformed(QCoreApplication::translate("ContextStore", "not a JSON object"));

    DockerContext ctx;
    ctx.metaPath = metaPath;
    if (auto it = doc.find("Name"); it != doc.end() && it->is_string())
        ctx.name = QString::fromStdString(it->get<std::string>());
    if (ctx.name.isEmpty())
        return malformed(QCoreApplication::translate("ContextStore", "the context has no name"));
    if (auto md = doc.find("Metadata"); md != doc.end() && md->is_object()) {
        if (auto d = md->find("Description"); d != md->end() && d->is_string())
            ctx.description = QString::fromStdString(d->get<std::string>());
    }
    const auto endpoints = doc.find("Endpoints");
    if (endpoints == doc.end() || !endpoints->is_object() || !endpoints->contains("docker"))
        return malformed(QCoreApplication::translate("ContextStore", "the context has no docker endpoint"));
    const nlohmann::json &docker = (*endpoints)["docker"];
    if (!docker.is_object())
        return malformed(QCoreApplication::translate("ContextStore", "the docker endpoint is not an object"));
    if (auto h = docker.find("Host"); h != docker.end() && h->is_string())
        ctx.host = QString::fromStdString(h->get<std::string>());
    if (auto s = docker.find("SkipTLSVerify"); s != docker.end() && s->is_boolean())
        ctx.skipTlsVerify = s->get<bool>();

    const QDir tlsDir(QDir(m_configDir).filePath(
        QStringLiteral("contexts/tls/%1/docker").arg(directoryNameFor(ctx.name))));
    auto pick = [&](const char *file) {
        const QString path = tlsDir.filePath(QString::fromLatin1(file));
        return QFileInfo::exists(path) ? path : QString();
    };
    ctx.tls.caFile = pick("ca.pem");
    ctx.tls.certFile = pick("cert.pem");
    ctx.tls.keyFile = pick("key.pem");
    ctx.tls.verify = !ctx.skipTlsVerify;
    return ctx;
}

QList<DockerContext> ContextStore::list(QList<EngineError> *errors) const
{
    QList<DockerContext> out;
    const QDir metaDir(QDir(m_configDir).filePath(QStringLiteral("contexts/meta")));
    const QStringList dirs = metaDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &d : dirs) {
        const QString metaPath = metaDir.filePath(d + QStringLiteral("/meta.json"));
        if (!QFileInfo::exists(metaPath))
            continue;
        Expected<DockerContext> ctx = loadMeta(metaPath);
        if (ctx)
            out.append(std::move(ctx).value());
        else if (errors)
            errors->append(ctx.error());
    }
    std::sort(out.begin(), out.end(), [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    return out;
}

} // namespace bulwark
