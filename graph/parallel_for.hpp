#pragma once
/// Independent work items spread over a few threads, for the steps after the ingest that
/// would otherwise run on one core while the others wait.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kg {

/// Calls body(i) once for every i in [0, count), on the calling thread and up to threads - 1
/// more. Items are claimed in blocks, so uneven items still share out evenly. The first
/// exception a body throws is rethrown here, once every thread has stopped.
template <class Body>
void parallel_for(std::size_t count, unsigned threads, const Body& body) {
    constexpr std::size_t block = 256;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            while (!failed) {
                const std::size_t first = next.fetch_add(block);
                if (first >= count) break;
                for (std::size_t i = first, last = std::min(count, first + block); i < last; ++i) body(i);
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads && t * block < count; ++t) helpers.emplace_back(work);
    work();
    for (auto& helper : helpers) helper.join();
    if (failure) std::rethrow_exception(failure);
}

/// Makes items 0, 1, ... count - 1 with make(i) side by side and hands each to add(i, item) in
/// order, on the calling thread. A batch at a time, so only a batch of made items waits.
template <class Item, class Make, class Add>
void parallel_make_in_order(std::size_t count, unsigned threads, const Make& make, const Add& add) {
    constexpr std::size_t batch = 65536;
    std::vector<Item> items;
    for (std::size_t first = 0; first < count; first += batch) {
        items.clear();
        items.resize(std::min(batch, count - first));
        parallel_for(items.size(), threads, [&](std::size_t i) { items[i] = make(first + i); });
        for (std::size_t i = 0; i < items.size(); ++i) add(first + i, std::move(items[i]));
    }
}

}  // namespace kg
