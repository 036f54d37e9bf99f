#pragma once
/// Abseil hash containers keyed by std::string_view, for the lookups made for every token.
/// Debian builds Abseil with its own absl::string_view type, so a std::string_view key would
/// fall back to std::hash (an out-of-line call into libstdc++, 5% of the ingest); this hasher
/// hands the same bytes to Abseil's inlined string hash instead.
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

namespace kg {

struct WordHash {
    std::size_t operator()(std::string_view s) const noexcept {
        return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
    }
};

template <class Value>
using WordMap = absl::flat_hash_map<std::string_view, Value, WordHash>;
using WordSet = absl::flat_hash_set<std::string_view, WordHash>;

}  // namespace kg
