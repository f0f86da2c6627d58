#include "ScanTable.h"

#include <QCoreApplication>

namespace bulwark::ScanTable {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ScanTable", text); }

QString renderRows(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += i + 1 == cells.size() ? cells[i] : cells[i].leftJustified(widths[i] + 2);
        }
        return out.trimmed() + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}
} // namespace

QString render(const HostSnapshot &snap)
{
    const EngineInfo &e = snap.engine;
    QString out;
    out += tr("Host:     %1 (%2)\n").arg(e.url, e.transport);
    out += tr("Engine:   Docker %1, API %2, %3\n").arg(e.engineVersion, e.apiVersion, e.os);
    out += tr("Scanned:  %1\n").arg(snap.finishedAt.toUTC().toString(Qt::ISODate));
    out += tr("Containers: %1   Images: %2   Networks: %3   Volumes: %4\n\n")
               .arg(snap.containers.size())
               .arg(snap.images.size())
               .arg(snap.networks.size())
               .arg(snap.volumes.size());

    QList<QStringList> rows;
    for (const ContainerInfo &c : snap.containers) {
        QStringList ports;
        for (const PortBinding &p : c.ports) {
            if (p.published())
                ports << p.toString();
        }
        rows.append({c.name, c.state, c.image, c.user.isEmpty() ? tr("(image default)") : c.user,
                     c.privileged ? tr("yes") : tr("no"), ports.isEmpty() ? QStringLiteral("-") : ports.join(QLatin1Char(',')),
                     c.created.toUTC().toString(Qt::ISODate)});
    }
    out += renderRows({tr("NAME"), tr("STATE"), tr("IMAGE"), tr("USER"), tr("PRIVILEGED"), tr("PORTS"), tr("CREATED")},
                      rows);
    for (const QString &w : snap.warnings)
        out += tr("warning: %1\n").arg(w);
    return out;
}

} // namespace bulwark::ScanTable
