#pragma once
// Graphs small enough that every answer is known by hand.
#include "graph/knowledge_graph.hpp"

namespace kg::test {

inline Vertex node(KnowledgeGraph& g, const std::string& id, EntityType type = EntityType::person) {
    EntityNode n;
    n.id = id;
    n.label = id;
    n.type = type;
    return g.add_node(n);
}

inline void edge(KnowledgeGraph& g, Vertex a, Vertex b, RelationType r = RelationType::met_with, double weight = 1) {
    RelationEdge e;
    e.relation = r;
    e.weight = weight;
    g.add_edge(a, b, e);
}

/// a -> b -> c -> d, a -> e(agency) -> d, and an isolated f.
inline KnowledgeGraph diamond() {
    KnowledgeGraph g;
    const auto a = node(g, "a"), b = node(g, "b"), c = node(g, "c"), d = node(g, "d");
    const auto e = node(g, "e", EntityType::agency);
    node(g, "f");
    edge(g, a, b, RelationType::member_of);
    edge(g, b, c, RelationType::member_of);
    edge(g, c, d, RelationType::member_of);
    edge(g, a, e, RelationType::member_of);
    edge(g, d, e, RelationType::member_of, 5);
    return g;
}

}  // namespace kg::test
