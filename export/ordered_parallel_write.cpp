#include "export/ordered_parallel_write.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kg {
namespace {

// About 100 KB of GraphML: big enough to pay for the lock, small enough that two threads share
// the 13 node blocks of a 10k-article graph evenly (4096 left one thread idle at the end).
constexpr std::size_t items_per_block = 1024;

/// Blocks formatted side by side and written in order by whichever thread finishes the oldest.
class OrderedBlocks {
public:
    OrderedBlocks(std::size_t count, unsigned threads, const FormatItems& format, std::ostream& out)
        : count_(count), blocks_((count + items_per_block - 1) / items_per_block), format_(format), out_(out),
          texts_(2 * threads), ready_(2 * threads, false) {}

    /// Formats blocks until none is left; any thread may write the ones that are ready.
    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!failure_) {
            // A thread runs at most texts_.size() blocks ahead of the writing, so memory stays bounded.
            while (!failure_ && next_ < blocks_ && next_ >= written_ + texts_.size()) room_.wait(lock);
            if (failure_ || next_ >= blocks_) return;
            const std::size_t block = next_++;
            std::string& text = texts_[block % texts_.size()];
            lock.unlock();
            std::exception_ptr thrown;
            try {
                const std::size_t first = block * items_per_block;
                format_(first, std::min(count_, first + items_per_block), text);
            } catch (...) {
                thrown = std::current_exception();
            }
            lock.lock();
            if (thrown) fail(thrown);
            ready_[block % texts_.size()] = true;
            write_ready(lock);
        }
    }

    void rethrow_failure() const {
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    /// With the lock held: writes the oldest blocks that are ready, unless another thread is at it.
    void write_ready(std::unique_lock<std::mutex>& lock) {
        if (writing_) return;  // that thread will see this block before it lets go
        writing_ = true;
        while (!failure_ && written_ < blocks_ && ready_[written_ % texts_.size()]) {
            std::string& text = texts_[written_ % texts_.size()];
            lock.unlock();
            try {
                out_.write(text.data(), static_cast<std::streamsize>(text.size()));
                text.clear();
            } catch (...) {
                lock.lock();
                fail(std::current_exception());
                break;
            }
            lock.lock();
            ready_[written_ % texts_.size()] = false;
            ++written_;
            room_.notify_all();
        }
        writing_ = false;
    }

    void fail(std::exception_ptr thrown) {
        if (!failure_) failure_ = thrown;
        room_.notify_all();
    }

    const std::size_t count_, blocks_;
    const FormatItems& format_;
    std::ostream& out_;
    std::vector<std::string> texts_;  // a ring: block b's text is texts_[b % size]
    std::vector<bool> ready_;
    std::size_t next_ = 0, written_ = 0;  // the next block to format, and to write
    bool writing_ = false;
    std::exception_ptr failure_;
    std::mutex mutex_;
    std::condition_variable room_;
};

}  // namespace

void write_in_item_order(std::size_t count, unsigned threads, const FormatItems& format, std::ostream& out) {
    threads = std::max(1u, threads);
    OrderedBlocks blocks(count, threads, format, out);
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads && t * items_per_block < count; ++t) helpers.emplace_back([&] { blocks.work(); });
    blocks.work();
    for (auto& helper : helpers) helper.join();
    blocks.rethrow_failure();
}

}  // namespace kg
