#include "export/ordered_parallel_write.hpp"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace kg {
namespace {
constexpr std::size_t items_per_block = 4096;  // a few hundred KB of GraphML: big enough to pay for a thread
}

void write_in_item_order(std::size_t count, unsigned threads, const FormatItems& format, std::ostream& out) {
    threads = std::max(1u, threads);
    std::vector<std::string> texts(threads);
    std::vector<std::exception_ptr> failures(threads);
    for (std::size_t round = 0; round < count; round += items_per_block * threads) {
        auto block = [&](unsigned t) {
            const std::size_t first = std::min(count, round + t * items_per_block);
            const std::size_t last = std::min(count, first + items_per_block);
            try {
                format(first, last, texts[t]);
            } catch (...) {
                failures[t] = std::current_exception();  // rethrown on the caller's thread below
            }
        };
        std::vector<std::thread> helpers;
        for (unsigned t = 1; t < threads && round + t * items_per_block < count; ++t) helpers.emplace_back(block, t);
        block(0);
        for (auto& helper : helpers) helper.join();
        for (const auto& failure : failures)
            if (failure) std::rethrow_exception(failure);
        for (const auto& text : texts) out.write(text.data(), static_cast<std::streamsize>(text.size()));
        for (auto& text : texts) text.clear();
    }
}

}  // namespace kg
