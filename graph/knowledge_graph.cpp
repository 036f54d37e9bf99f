#include "graph/knowledge_graph.hpp"

namespace kg {

Vertex KnowledgeGraph::add_node(EntityNode node) {
    const std::string id = node.id;
    const Vertex v = boost::add_vertex(std::move(node), graph);
    index_.emplace(id, v);
    return v;
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& id) const {
    auto found = index_.find(id);
    if (found == index_.end()) return std::nullopt;
    return found->second;
}

Edge KnowledgeGraph::add_edge(Vertex from, Vertex to, RelationEdge edge) {
    return boost::add_edge(from, to, std::move(edge), graph).first;
}

}  // namespace kg
