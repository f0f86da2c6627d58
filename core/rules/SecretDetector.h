#pragma once

#include <QString>

#include <optional>

namespace bulwark::SecretDetector {

struct SecretMatch {
    QString kind;  // "AWS access key id", "private key", "password variable", ...
    QString hint;  // redacted: at most the first/last two characters and the length
};

// Whether NAME=VALUE in an environment looks like a credential. Values are
// inspected but never returned.
std::optional<SecretMatch> classifyEnv(const QString &name, const QString &value);

// A redacted stand-in for a secret value: "ab…yz (40 chars)", or only the length for short values.
QString redact(const QString &value);

// Free text (a command line, a Dockerfile step) with secret-looking values replaced
// by redactions. found, when given, says whether anything was replaced.
QString redactText(const QString &text, bool *found = nullptr, QString *kind = nullptr);

} // namespace bulwark::SecretDetector
