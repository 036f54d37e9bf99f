#pragma once
/// Longest-match lookup of multi-token phrases (gazetteer entries, trigger
/// phrases) over a document's token keys: a trie whose edges are token keys.
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/word_hash.hpp"

namespace kg {

struct Document;

class PhraseMatcher {
public:
    struct Match {
        std::uint32_t length = 0;                         ///< tokens matched, 0 for none
        const std::vector<std::uint32_t>* values = nullptr;  ///< every value stored for that phrase
    };

    PhraseMatcher();
    /// Stores `value` under the phrase made of these token keys.
    void add(const std::vector<std::string>& keys, std::uint32_t value);
    /// The longest phrase that starts at token `first` and ends before `end`.
    Match longest(const Document& doc, std::size_t first, std::size_t end) const;
    /// Every phrase that starts at token `first`, shortest first; returns how many were written.
    /// The step over token `first` is already taken: `node` is first_steps()' value for its key (the
    /// recogniser finds it in the schema's word table with the word's other facts).
    std::size_t prefixes_after(const Document& doc, std::size_t first, std::size_t end, std::uint32_t node, Match* out,
                               std::size_t capacity) const;
    /// The node each phrase's first key leads to.
    const WordMap<std::uint32_t>& first_steps() const { return nodes_[0].next; }
    /// The values of exactly this single-token key (empty if none).
    const std::vector<std::uint32_t>& exact(std::string_view key) const;
    /// The values of exactly this phrase ({"new", "zealand"}, {"the", "two", "leaders"}), or empty.
    const std::vector<std::uint32_t>& exact(const std::vector<std::string_view>& keys) const;
    /// The values of exactly this two-token phrase ({"attorney", "general"}), or empty; allocates nothing.
    const std::vector<std::uint32_t>& exact(std::string_view first, std::string_view second) const;
    /// The values of exactly this lower-case phrase, split at its spaces ("saudi arabia"), or empty.
    const std::vector<std::uint32_t>& exact_words(std::string_view lower) const;

private:
    struct Node {
        WordMap<std::uint32_t> next;  // looked up for every token: one probe, no chain
        std::vector<std::uint32_t> values;
    };
    std::vector<Node> nodes_;
    std::deque<std::string> keys_;  // owns the strings the trie's views point into
    static const std::vector<std::uint32_t> none_;
};

}  // namespace kg
