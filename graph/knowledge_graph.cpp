#include "graph/knowledge_graph.hpp"

namespace kg {

// Boost.Graph's add_vertex and add_edge take the bundle by const reference and copy it, with
// every string and every evidence sentence; adding an empty one and moving the bundle in does not.
Vertex KnowledgeGraph::add_node(EntityNode node) {
    const Vertex v = boost::add_vertex(graph);
    graph[v] = std::move(node);
    index_.insert(v, graph);
    return v;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const { return index_.find(id, graph); }

Edge KnowledgeGraph::add_edge(Vertex from, Vertex to, RelationEdge edge) {
    const Edge e = boost::add_edge(from, to, graph).first;
    graph[e] = std::move(edge);
    return e;
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
