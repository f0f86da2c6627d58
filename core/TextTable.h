#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark::TextTable {

// The plain-text tables of bulwark-cli: columns left-aligned, two spaces apart,
// as wide as their widest cell; every line starts with `indent` and ends with
// '\n', without trailing blanks.
QString render(const QStringList &header, const QList<QStringList> &rows, const QString &indent = {});

} // namespace bulwark::TextTable
