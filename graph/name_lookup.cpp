#include "graph/name_lookup.hpp"

#include <algorithm>
#include <set>

#include "ingest/error.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

void add(std::unordered_map<std::string, std::vector<Vertex>>& index, const std::string& key, Vertex v) {
    if (key.empty()) return;
    auto& list = index[key];
    if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

std::vector<std::string> words(const std::string& folded) {
    std::vector<std::string> out;
    std::string current;
    for (char c : folded) {
        if (c == ' ') {
            if (!current.empty()) out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(graph) {
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        const EntityNode& node = graph.graph[v];
        const std::string label = fold_for_lookup(node.label);
        add(by_name_, label, v);
        add(by_name_, fold_for_lookup(node.id), v);
        for (const auto& alias : node.aliases) add(by_name_, fold_for_lookup(alias), v);
        if (node.type == EntityType::person) {
            const auto parts = words(label);
            if (parts.size() >= 2) {
                add(by_surname_, parts.back(), v);
                add(by_surname_, parts.front(), v);  // family name first: "Xi Jinping"
            }
        }
    }
}

std::vector<Vertex> NameIndex::matches(std::string_view query) const {
    const std::string key = fold_for_lookup(query);
    if (auto found = by_name_.find(key); found != by_name_.end()) return found->second;
    if (auto found = by_surname_.find(key); found != by_surname_.end()) return found->second;
    return {};
}

std::vector<std::string> NameIndex::suggestions(std::string_view query, std::size_t count) const {
    const std::string key = fold_for_lookup(query);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (auto v : boost::make_iterator_range(boost::vertices(graph_.graph))) {
        const std::string& label = graph_.graph[v].label;
        const std::string folded = fold_for_lookup(label);
        std::size_t distance = edit_distance(key, folded);
        for (const auto& w : words(folded)) distance = std::min(distance, edit_distance(key, w) + 1);
        scored.emplace_back(distance, label);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
    for (const auto& [distance, label] : scored) {
        if (out.size() >= count || distance > limit) break;
        if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
    }
    return out;
}

Vertex NameIndex::find(std::string_view query) const {
    const auto found = matches(query);
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        std::string message = "no entity named '" + std::string(query) + "'";
        const auto close = suggestions(query);
        if (!close.empty()) {
            message += "; did you mean";
            for (std::size_t i = 0; i < close.size(); ++i) message += (i ? ", '" : " '") + close[i] + "'";
            message += "?";
        }
        throw LookupError(message);
    }
    std::string message = "'" + std::string(query) + "' is ambiguous:";
    for (auto v : found)
        message += "\n  " + graph_.graph[v].label + " (" + std::string(to_string(graph_.graph[v].type)) + ", " + graph_.graph[v].id + ")";
    message += "\nname one by its full label or id";
    throw LookupError(message);
}

}  // namespace kg
