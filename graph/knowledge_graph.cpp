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

void KnowledgeGraph::shrink_to_fit() {
    // Boost.Graph keeps these members public (vertex_set() exposes the same vector); a vecS
    // vertex list moves its vertices when it grows anyway, and edges live in a list, so the
    // edge iterators the vertices hold stay valid.
    for (auto& vertex : graph.m_vertices) {
        vertex.m_out_edges.shrink_to_fit();
        vertex.m_in_edges.shrink_to_fit();
    }
    graph.m_vertices.shrink_to_fit();
    articles.shrink_to_fit();
}

}  // namespace kg
