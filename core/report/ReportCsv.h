#pragma once

#include "ReportData.h"

#include <QByteArray>

namespace bulwark::report::ReportCsv {

// One row per finding after a header row; RFC 4180: CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled. A field that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first) is prefixed with an
// apostrophe: container names and evidence come from whoever runs containers.
QByteArray toCsv(const ReportData &data);
QString field(const QString &value);

} // namespace bulwark::report::ReportCsv
