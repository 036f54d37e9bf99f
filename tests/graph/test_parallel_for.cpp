#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "graph/parallel_for.hpp"

using namespace kg;

TEST_CASE("parallel_for visits every item once, whatever the thread count", "[parallel_for]") {
    for (unsigned threads : {1u, 2u, 3u}) {
        std::vector<std::atomic<int>> visits(10000);
        parallel_for(visits.size(), threads, [&](std::size_t i) { ++visits[i]; });
        std::size_t once = 0;
        for (const auto& v : visits) once += v == 1;
        CHECK(once == visits.size());
    }
    parallel_for(0, 2, [](std::size_t) { FAIL("no items, no calls"); });
}

TEST_CASE("parallel_make_in_order hands items over in order", "[parallel_for]") {
    std::vector<std::size_t> order, items;  // more items than one batch
    parallel_make_in_order<std::size_t>(
        200000, 3, [](std::size_t i) { return i * 2; },
        [&](std::size_t i, std::size_t&& item) {
            order.push_back(i);
            items.push_back(item);
        });
    REQUIRE(order.size() == 200000);
    bool in_order = true;
    for (std::size_t i = 0; i < order.size(); ++i) in_order &= order[i] == i && items[i] == i * 2;
    CHECK(in_order);
}

TEST_CASE("a failure on a helper thread reaches the caller of parallel_for", "[parallel_for]") {
    auto failing = [](std::size_t i) {
        if (i == 7777) throw std::runtime_error("item 7777 failed");
    };
    CHECK_THROWS_WITH(parallel_for(10000, 2, failing), "item 7777 failed");
}
