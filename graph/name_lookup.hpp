#pragma once
/// Finding the node a user means: exact label, any alias, case- and accent-insensitive,
/// or a surname that only one person has. Unknown names get "did you mean" suggestions;
/// ambiguous ones list their candidates (both as LookupError).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

class NameIndex {
public:
    explicit NameIndex(const KnowledgeGraph& graph);
    /// The one vertex `query` names. Throws LookupError otherwise.
    Vertex find(std::string_view query) const;
    /// Vertices whose label, alias or id matches (folded) exactly, or whose surname does.
    std::vector<Vertex> matches(std::string_view query) const;
    /// Up to `count` labels closest to `query` by edit distance.
    std::vector<std::string> suggestions(std::string_view query, std::size_t count = 3) const;

private:
    const KnowledgeGraph& graph_;
    std::unordered_map<std::string, std::vector<Vertex>> by_name_, by_surname_;
};

/// Levenshtein distance between two UTF-8 strings, counted in bytes (names are folded first).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace kg
