#pragma once

#include <QString>
#include <QStringList>

namespace bulwark::ShellQuote {

// One argument for a POSIX shell: bare when it holds only characters no shell
// interprets, else in single quotes (a quote inside becomes '\'').
QString quote(const QString &argument);

// Arguments joined by spaces, each quoted.
QString join(const QStringList &arguments);

} // namespace bulwark::ShellQuote
