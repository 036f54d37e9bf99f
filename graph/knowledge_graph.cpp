#include "graph/knowledge_graph.hpp"

namespace kg {

Vertex KnowledgeGraph::add_node(EntityNode node) {
    const Vertex v = boost::add_vertex(std::move(node), graph);
    index_.insert(v, graph);
    return v;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const { return index_.find(id, graph); }

Edge KnowledgeGraph::add_edge(Vertex from, Vertex to, RelationEdge edge) {
    return boost::add_edge(from, to, std::move(edge), graph).first;
}

}  // namespace kg
