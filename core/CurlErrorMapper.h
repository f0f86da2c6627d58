#pragma once

#include "EngineClient.h"
#include "EngineError.h"
#include "HostEndpoint.h"

namespace bulwark::CurlErrorMapper {

// What libcurl reported for a failed transfer. Plain values so the mapping is
// a pure function that unit tests can drive without a network.
struct Failure {
    int curlCode = 0;
    int osErrno = 0;
    QString curlMessage;   // CURLOPT_ERRORBUFFER
    bool tooLarge = false; // the body callback refused more data
    qint64 sizeCap = 0;
};

EngineError fromCurl(const HostEndpoint &endpoint, const QString &path, const Failure &failure);

// A non-2xx answer, with the daemon's own message ({"message": ...} or plain text).
EngineError fromHttpStatus(const HostEndpoint &endpoint, const QString &path, const HttpResponse &response);

// The daemon's message from an error body, or "" when there is none.
QString daemonMessage(const HttpResponse &response);

} // namespace bulwark::CurlErrorMapper
