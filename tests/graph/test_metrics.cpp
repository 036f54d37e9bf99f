#include <catch2/catch.hpp>

#include "graph/metrics.hpp"
#include "small_graphs.hpp"

using namespace kg;

TEST_CASE("degree, betweenness, PageRank and components on a star and a pair", "[metrics]") {
    KnowledgeGraph g;
    const auto hub = test::node(g, "hub");
    for (int i = 0; i < 4; ++i) test::edge(g, hub, test::node(g, "leaf" + std::to_string(i)));
    const auto x = test::node(g, "x"), y = test::node(g, "y");
    test::edge(g, x, y);
    test::edge(g, y, x, RelationType::agreed);  // two relations, one connection
    compute_metrics(g);
    CHECK(g.has_metrics);
    CHECK(g.graph[hub].degree == 4);
    CHECK(g.graph[x].degree == 1);
    CHECK(g.graph[hub].betweenness == Approx(6.0));  // the 6 leaf pairs all pass through the hub
    CHECK(g.graph[1].betweenness == Approx(0.0));
    CHECK(g.graph[hub].pagerank > g.graph[1].pagerank);
    double total = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g.graph))) total += g.graph[v].pagerank;
    CHECK(total == Approx(1.0));
    CHECK(g.graph[hub].component == g.graph[1].component);
    CHECK(g.graph[x].component != g.graph[hub].component);
}

TEST_CASE("sampled betweenness on a path graph finds the middle", "[metrics]") {
    KnowledgeGraph g;
    Vertex previous = test::node(g, "n0");
    for (int i = 1; i < 9; ++i) {
        const auto v = test::node(g, "n" + std::to_string(i));
        test::edge(g, previous, v);
        previous = v;
    }
    MetricsOptions sampled;
    sampled.exact_betweenness_work = 0;
    sampled.betweenness_samples = 9;  // every source: the estimate is exact
    compute_metrics(g, sampled);
    CHECK(g.graph[4].betweenness == Approx(16.0));  // 4 nodes on each side
    CHECK(g.graph[0].betweenness == Approx(0.0));
}
