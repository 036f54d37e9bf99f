#include <catch2/catch.hpp>

#include "graph/knowledge_graph.hpp"
#include "graph/shortest_path.hpp"
#include "small_graphs.hpp"

using namespace kg;

TEST_CASE("shrinking a graph keeps its nodes, edges, index and paths", "[knowledge_graph]") {
    KnowledgeGraph g;
    std::vector<Vertex> vertices;
    for (int i = 0; i < 1000; ++i) vertices.push_back(test::node(g, "n" + std::to_string(i)));
    for (int i = 0; i + 1 < 1000; ++i) test::edge(g, vertices[i], vertices[i + 1]);
    g.articles.push_back({"a1", "file.txt", "title", "2024-01-02"});
    REQUIRE(g.graph.m_vertices.capacity() > g.node_count());  // grown one at a time: spare room

    g.shrink_to_fit();

    CHECK(g.graph.m_vertices.capacity() == g.node_count());
    CHECK(g.node_count() == 1000);
    CHECK(g.edge_count() == 999);
    REQUIRE(g.find("n500"));
    CHECK(*g.find("n500") == vertices[500]);
    CHECK(boost::out_degree(vertices[500], g.graph) == 1);
    CHECK(boost::in_degree(vertices[500], g.graph) == 1);
    const auto e = *boost::out_edges(vertices[500], g.graph).first;
    CHECK(g.graph[boost::target(e, g.graph)].id == "n501");
    CHECK(g.graph[e].relation == RelationType::met_with);
    PathFinder finder(g);
    const auto paths = finder.find(vertices[0], vertices[999]);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].size() == 999);
    // Still growable afterwards.
    test::edge(g, vertices[999], vertices[0]);
    CHECK(g.edge_count() == 1000);
}
