#pragma once

#include "LogBatch.h"

#include <QByteArrayView>
#include <QString>

namespace bulwark::LogClassifier {

// Keyword classes of one line, as a pure function of its text. Matching is ASCII
// case-insensitive at word starts, so "Error", "ERROR:" and "errors" count and
// "terror" does not.
//   severity: fatal ("fatal", "panic") > error ("error", "err", "exception") > warning ("warn")
//   security: "permission denied", "unauthorized"/"unauthorised", "authentication
//     failure"/"authentication failed", "segfault"/"segmentation fault"/"sigsegv",
//     "oom"/"oom-killer"/"out of memory"
struct Result {
    LogSeverity severity = LogSeverity::None;
    quint8 security = 0; // LogSecurityFlag
};

Result classify(QByteArrayView text);

// Fills severity and security of every line of the batch.
void classify(LogBatch &batch);

QString severityName(LogSeverity severity); // "error", stable, for files
QStringList securityNames(quint8 security); // "permission_denied", ...

} // namespace bulwark::LogClassifier
