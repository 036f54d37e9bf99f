#include <catch2/catch.hpp>

#include <boost/graph/betweenness_centrality.hpp>

#include <random>
#include <set>

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

TEST_CASE("exact betweenness gives Boost's figures on a graph of many components", "[metrics]") {
    // Random components of different shapes (trees, cycles, dense knots), with parallel relations
    // and isolated nodes: the compressed-row Brandes must give the very sums Boost's does.
    KnowledgeGraph g;
    std::mt19937 random(7);
    std::vector<std::pair<Vertex, Vertex>> pairs;
    for (int c = 0; c < 12; ++c) {
        const int size = 1 + c * 3;
        const auto first = static_cast<Vertex>(g.node_count());
        for (int i = 0; i < size; ++i) test::node(g, "c" + std::to_string(c) + "n" + std::to_string(i));
        for (int i = 1; i < size; ++i) {  // a random tree keeps the component connected
            const Vertex parent = first + random() % i;
            test::edge(g, parent, first + i);
            pairs.emplace_back(parent, first + i);
        }
        for (int extra = 0; extra < c * 2; ++extra) {
            const Vertex a = first + random() % size, b = first + random() % size;
            if (a == b) continue;
            test::edge(g, a, b, RelationType::agreed);
            pairs.emplace_back(a, b);
        }
    }
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> reference(g.node_count());
    std::set<std::pair<Vertex, Vertex>> connected;
    for (auto [a, b] : pairs) connected.insert(std::minmax(a, b));
    for (auto [a, b] : connected) boost::add_edge(a, b, reference);
    std::vector<double> expected(g.node_count());
    boost::brandes_betweenness_centrality(
        reference, boost::make_iterator_property_map(expected.begin(), boost::get(boost::vertex_index, reference)));

    MetricsOptions options;
    // The whole graph's nodes x connections is over the limit; each component's is well under it.
    options.exact_betweenness_work = static_cast<double>(g.node_count() * connected.size()) / 4;
    compute_metrics(g, options);
    double largest = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g.graph))) {
        CHECK(g.graph[v].betweenness == expected[v]);
        largest = std::max(largest, expected[v]);
    }
    CHECK(largest > 50);  // the check above compared real paths, not zeros
}
