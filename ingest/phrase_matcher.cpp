#include "ingest/phrase_matcher.hpp"

#include "ingest/document.hpp"

namespace kg {

const std::vector<std::uint32_t> PhraseMatcher::none_;

PhraseMatcher::PhraseMatcher() : nodes_(1) {}

void PhraseMatcher::add(const std::vector<std::string>& keys, std::uint32_t value) {
    if (keys.empty()) return;
    std::uint32_t node = 0;
    for (const auto& key : keys) {
        auto found = nodes_[node].next.find(key);
        if (found == nodes_[node].next.end()) {
            keys_.push_back(key);
            const auto child = static_cast<std::uint32_t>(nodes_.size());
            nodes_[node].next.emplace(keys_.back(), child);
            nodes_.emplace_back();
            node = child;
        } else {
            node = found->second;
        }
    }
    auto& values = nodes_[node].values;
    for (auto v : values)
        if (v == value) return;
    values.push_back(value);
}

PhraseMatcher::Match PhraseMatcher::longest(const Document& doc, std::size_t first, std::size_t end) const {
    Match best;
    std::uint32_t node = 0;
    for (std::size_t i = first; i < end; ++i) {
        const auto& next = nodes_[node].next;
        auto found = next.find(doc.key(i));
        if (found == next.end()) break;
        node = found->second;
        if (!nodes_[node].values.empty()) {
            best.length = static_cast<std::uint32_t>(i - first + 1);
            best.values = &nodes_[node].values;
        }
    }
    return best;
}

std::size_t PhraseMatcher::prefixes_after(const Document& doc, std::size_t first, std::size_t end, std::uint32_t node,
                                          Match* out, std::size_t capacity) const {
    std::size_t count = 0;
    for (std::size_t i = first;;) {
        if (!nodes_[node].values.empty() && count < capacity)
            out[count++] = Match{static_cast<std::uint32_t>(i - first + 1), &nodes_[node].values};
        if (++i >= end || count >= capacity) break;
        const auto& next = nodes_[node].next;
        auto found = next.find(doc.key(i));
        if (found == next.end()) break;
        node = found->second;
    }
    return count;
}

const std::vector<std::uint32_t>& PhraseMatcher::exact(std::string_view key) const {
    auto found = nodes_[0].next.find(key);
    if (found == nodes_[0].next.end()) return none_;
    return nodes_[found->second].values;
}

const std::vector<std::uint32_t>& PhraseMatcher::exact(const std::vector<std::string_view>& keys) const {
    std::uint32_t node = 0;
    for (std::string_view key : keys) {
        auto found = nodes_[node].next.find(key);
        if (found == nodes_[node].next.end()) return none_;
        node = found->second;
    }
    return nodes_[node].values;
}

const std::vector<std::uint32_t>& PhraseMatcher::exact(std::string_view first, std::string_view second) const {
    auto found = nodes_[0].next.find(first);
    if (found == nodes_[0].next.end()) return none_;
    auto next = nodes_[found->second].next.find(second);
    return next == nodes_[found->second].next.end() ? none_ : nodes_[next->second].values;
}

const std::vector<std::uint32_t>& PhraseMatcher::exact_words(std::string_view lower) const {
    std::uint32_t node = 0;
    for (std::size_t at = 0; at < lower.size();) {
        std::size_t end = lower.find(' ', at);
        if (end == std::string_view::npos) end = lower.size();
        if (end > at) {
            auto found = nodes_[node].next.find(lower.substr(at, end - at));
            if (found == nodes_[node].next.end()) return none_;
            node = found->second;
        }
        at = end + 1;
    }
    return node == 0 ? none_ : nodes_[node].values;
}

}  // namespace kg
