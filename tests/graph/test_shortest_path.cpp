#include <catch2/catch.hpp>

#include "graph/shortest_path.hpp"
#include "small_graphs.hpp"

using namespace kg;

namespace {
std::vector<std::string> ids(const KnowledgeGraph& g, const Path& path) {
    std::vector<std::string> out{g.graph[path.front().from].id};
    for (const auto& s : path) out.push_back(g.graph[s.to].id);
    return out;
}
}  // namespace

TEST_CASE("breadth-first path ignores direction by default", "[shortest_path]") {
    const auto g = test::diamond();
    PathFinder finder(g);
    const auto paths = finder.find(0, 3);
    REQUIRE(paths.size() == 1);
    CHECK(ids(g, paths[0]) == std::vector<std::string>{"a", "e", "d"});
    CHECK(paths[0][0].forward);
    CHECK_FALSE(paths[0][1].forward);  // d -> e is followed backwards
}

TEST_CASE("directed traversal follows relations only forwards", "[shortest_path]") {
    const auto g = test::diamond();
    PathFinder finder(g);
    PathOptions directed;
    directed.directed = true;
    const auto paths = finder.find(0, 3, directed);
    REQUIRE(paths.size() == 1);
    CHECK(ids(g, paths[0]) == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(finder.find(3, 0, directed).empty());
}

TEST_CASE("the through option limits the types of intermediate nodes", "[shortest_path]") {
    const auto g = test::diamond();
    PathFinder finder(g);
    PathOptions people;
    people.through = {EntityType::person};
    CHECK(ids(g, finder.find(0, 3, people)[0]) == std::vector<std::string>{"a", "b", "c", "d"});
    PathOptions agencies;
    agencies.through = {EntityType::agency};
    CHECK(ids(g, finder.find(0, 3, agencies)[0]) == std::vector<std::string>{"a", "e", "d"});
}

TEST_CASE("no path, hop limits, all shortest paths and weights", "[shortest_path]") {
    auto g = test::diamond();
    PathFinder finder(g);
    CHECK(finder.find(0, 5).empty());
    PathOptions one_hop;
    one_hop.max_hops = 1;
    CHECK(finder.find(0, 3, one_hop).empty());
    // a second two-hop route a -> g -> d makes two shortest paths
    const auto extra = test::node(g, "g");
    test::edge(g, 0, extra);
    test::edge(g, extra, 3);
    PathFinder again(g);
    PathOptions all;
    all.all = true;
    CHECK(again.find(0, 3, all).size() == 2);
    PathOptions weighted;
    weighted.weighted = true;  // e-d has weight 5: a-e-d costs 1 + 0.2, a-g-d costs 2
    CHECK(ids(g, again.find(0, 3, weighted)[0]) == std::vector<std::string>{"a", "e", "d"});
}
