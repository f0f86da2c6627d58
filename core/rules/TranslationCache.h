#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace bulwark {

// QCoreApplication::translate() for the hot path of rule evaluation: each source
// text is translated once per thread and reused, keyed by its (static) address.
// Translators are installed at start-up, before any scan, so the cache never goes stale.
inline const QString &cachedTranslate(const char *context, const char *sourceText)
{
    thread_local QHash<const void *, QString> cache;
    auto it = cache.constFind(sourceText);
    if (it == cache.cend())
        it = cache.insert(sourceText, QCoreApplication::translate(context, sourceText));
    return *it;
}

} // namespace bulwark
