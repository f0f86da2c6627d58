#pragma once

#include "ReportData.h"

#include <QByteArray>

namespace bulwark::report::ReportJunit {

// JUnit XML for CI gates: one test suite per container (then per image, then
// the daemon), one test case per target × rule of its scope. A rule with an
// open finding on the target fails; one whose findings are all waived is
// skipped; the rest pass. An expired waiver fails like an open finding.
QByteArray toXml(const ReportData &data);

} // namespace bulwark::report::ReportJunit
