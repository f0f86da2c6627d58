#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <unordered_map>

namespace bulwark {

// QCoreApplication::translate() for the hot path of rule evaluation: each source
// text is translated once per thread and reused, keyed by its (static) address.
// Translators are installed at start-up, before any scan, so the cache never goes stale.
// The returned reference stays valid for the thread's lifetime: unordered_map never
// moves its elements, so callers may hold one text while looking up another.
inline const QString &cachedTranslate(const char *context, const char *sourceText)
{
    // A direct-mapped table of recent texts answers most calls with one comparison.
    struct Recent {
        const char *source = nullptr;
        const QString *text = nullptr;
    };
    thread_local std::array<Recent, 64> recent{};
    Recent &slot = recent[(reinterpret_cast<quintptr>(sourceText) >> 3) % recent.size()];
    if (slot.source == sourceText)
        return *slot.text;
    thread_local std::unordered_map<const void *, QString> cache;
    auto it = cache.find(sourceText);
    if (it == cache.end())
        it = cache.emplace(sourceText, QCoreApplication::translate(context, sourceText)).first;
    slot = Recent{sourceText, &it->second};
    return it->second;
}

} // namespace bulwark
