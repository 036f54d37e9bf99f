#pragma once
/// Parts of a graph: the k-hop neighbourhood of some entities, a filter by node
/// type, relation and date range, or just the nodes and edges of some paths.
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/shortest_path.hpp"

namespace kg {

/// Vertices within `hops` relations of any seed (either direction).
std::vector<Vertex> neighbourhood(const KnowledgeGraph& graph, const std::vector<Vertex>& seeds, int hops);

struct SubgraphFilter {
    std::vector<EntityType> types;          ///< keep nodes of these types (empty: all)
    std::vector<RelationType> relations;    ///< keep edges of these relations (empty: all)
    std::string from_date, to_date;         ///< keep dated edges and events within [from, to] (ISO, inclusive)
};

/// The nodes in `keep` (all if empty) and the edges between them that pass the filter.
KnowledgeGraph filtered_subgraph(const KnowledgeGraph& graph, const std::vector<Vertex>& keep, const SubgraphFilter& filter);
/// Only the nodes and edges the paths use.
KnowledgeGraph path_subgraph(const KnowledgeGraph& graph, const std::vector<Path>& paths);

}  // namespace kg
