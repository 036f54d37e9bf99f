#pragma once
/// The merged knowledge graph: a Boost.Graph adjacency_list whose vertices and
/// edges carry bundled Entity/Relation records with their evidence.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_type.hpp"
#include "graph/id_index.hpp"

namespace kg {

class KnowledgeGraph {
public:
    GraphType graph;
    std::vector<ArticleInfo> articles;
    bool has_metrics = false;

    Vertex add_node(EntityNode node);
    /// Makes room for this many more nodes, so that adding them never moves the ones before.
    void reserve_nodes(std::size_t more) { graph.m_vertices.reserve(node_count() + more); }
    /// The vertex with this id, if any.
    std::optional<Vertex> find(std::string_view id) const;
    Edge add_edge(Vertex from, Vertex to, RelationEdge edge);
    /// Gives back the spare capacity that growing one node and edge at a time leaves in the
    /// vertex array and the edge lists (up to half of them); call once the graph is complete.
    void shrink_to_fit();
    std::size_t node_count() const { return boost::num_vertices(graph); }
    std::size_t edge_count() const { return boost::num_edges(graph); }

private:
    IdIndex index_;
};

}  // namespace kg
