#include "ContentDigest.h"

#include <QCryptographicHash>

namespace bulwark::store {

ContentDigest::ContentDigest()
{
    m_bytes.reserve(4096);
}

void ContentDigest::add(const QString &value)
{
    add(qint64(value.size()));
    raw(value.utf16(), size_t(value.size()) * sizeof(char16_t));
}

void ContentDigest::add(qint64 value)
{
    raw(&value, sizeof value);
}

void ContentDigest::add(double value)
{
    raw(&value, sizeof value);
}

void ContentDigest::add(const QList<Finding> &findings, const QList<qint64> &ruleRows)
{
    add(qint64(findings.size()));
    for (qsizetype i = 0; i < findings.size(); ++i) {
        add(ruleRows.at(i));
        add(qint64(findings.at(i).severity));
        add(findings.at(i).evidence);
    }
}

void ContentDigest::add(const QList<ScoreContribution> &breakdown)
{
    add(qint64(breakdown.size()));
    for (const ScoreContribution &c : breakdown) {
        add(c.ruleId);
        add(qint64(c.severity));
        add(c.basePoints);
        add(c.multiplier);
        add(c.points);
        add(c.share);
        add(c.reason);
    }
}

void ContentDigest::add(const QStringList &values)
{
    add(qint64(values.size()));
    for (const QString &v : values)
        add(v);
}

void ContentDigest::add(const Permissions &p)
{
    for (const QStringList *list : {&p.effectiveCapabilities, &p.addedBeyondDefault, &p.droppedFromDefault, &p.devices,
                                    &p.publishedPorts})
        add(*list);
    for (const QString *text : {&p.user, &p.userSource, &p.group, &p.seccomp, &p.apparmor, &p.selinux})
        add(*text);
    add(qint64(p.privileged) | qint64(p.runsAsRoot) << 1 | qint64(p.noNewPrivileges) << 2 | qint64(p.readOnlyRootfs) << 3);
    add(p.memoryBytes);
    add(p.cpus);
    add(p.pidsLimit);
    add(qint64(p.namespaces.size()));
    for (const NamespacePermission &n : p.namespaces) {
        add(n.name);
        add(n.mode);
        add(qint64(n.sharedWithHost));
        add(n.sharedWithContainer);
    }
    add(qint64(p.mounts.size()));
    for (const MountPermission &m : p.mounts) {
        add(m.type);
        add(m.source);
        add(m.destination);
        add(qint64(m.readWrite));
        add(m.propagation);
        add(qint64(m.sensitivity));
        add(m.why);
    }
}

QByteArray ContentDigest::digest() const
{
    return QCryptographicHash::hash(QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())),
                                    QCryptographicHash::Blake2b_256);
}

void ContentDigest::raw(const void *data, size_t size)
{
    const auto *bytes = static_cast<const char *>(data);
    m_bytes.insert(m_bytes.end(), bytes, bytes + size);
}

} // namespace bulwark::store
