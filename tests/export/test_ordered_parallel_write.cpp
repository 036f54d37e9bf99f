#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>
#include <string>

#include "export/graphml_writer.hpp"
#include "export/ordered_parallel_write.hpp"
#include "ingest/schema.hpp"
#include "../graph/small_graphs.hpp"

using namespace kg;

namespace {
std::string numbers(std::size_t count, unsigned threads) {
    std::ostringstream out;
    write_in_item_order(count, threads, [](std::size_t first, std::size_t last, std::string& text) {
        for (std::size_t i = first; i < last; ++i) text += std::to_string(i) + "\n";
    }, out);
    return out.str();
}
}  // namespace

TEST_CASE("items are written in order whatever the thread count", "[ordered_parallel_write]") {
    for (std::size_t count : {0, 1, 4095, 4096, 4097, 3 * 4096 + 5, 20000}) {
        std::string expected;
        for (std::size_t i = 0; i < count; ++i) expected += std::to_string(i) + "\n";
        for (unsigned threads : {0u, 1u, 2u, 3u, 8u}) CHECK(numbers(count, threads) == expected);
    }
}

TEST_CASE("a failure on a helper thread reaches the caller", "[ordered_parallel_write]") {
    std::ostringstream out;
    auto failing = [](std::size_t first, std::size_t, std::string&) {
        if (first >= 4096) throw std::runtime_error("cannot format");
    };
    CHECK_THROWS_WITH(write_in_item_order(10000, 2, failing, out), "cannot format");
}

TEST_CASE("GraphML is the same text on one thread and on several", "[ordered_parallel_write]") {
    KnowledgeGraph g;
    std::vector<Vertex> v;
    for (int i = 0; i < 9000; ++i) v.push_back(test::node(g, "n" + std::to_string(i), i % 2 ? EntityType::agency : EntityType::person));
    for (int i = 0; i < 9000; ++i) test::edge(g, v[i], v[(i * 7 + 1) % 9000], RelationType::met_with, 1 + i % 3);
    std::ostringstream one, three;
    write_graphml(g, *Schema::defaults(), one, 1);
    write_graphml(g, *Schema::defaults(), three, 3);
    REQUIRE(one.str().find("<edge id=\"e8999\"") != std::string::npos);
    CHECK(one.str() == three.str());
}
