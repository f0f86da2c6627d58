#pragma once

#include <QCoreApplication>
#include <QString>

#include <unordered_map>

namespace bulwark {

// QCoreApplication::translate() for the hot path of rule evaluation: each source
// text is translated once per thread and reused, keyed by its (static) address.
// Translators are installed at start-up, before any scan, so the cache never goes stale.
// The returned reference stays valid for the thread's lifetime: unordered_map never
// moves its elements, so callers may hold one text while looking up another.
inline const QString &cachedTranslate(const char *context, const char *sourceText)
{
    thread_local std::unordered_map<const void *, QString> cache;
    auto it = cache.find(sourceText);
    if (it == cache.end())
        it = cache.emplace(sourceText, QCoreApplication::translate(context, sourceText)).first;
    return it->second;
}

} // namespace bulwark
