#include "ingest/read_ahead.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <system_error>

namespace kg {
namespace {
// The thread sleeps until the analysis has gone this many files further: waking it for every
// file cost more than the hints save when the page cache holds the files already.
constexpr std::size_t batch = 16;
// The hint covers a file's start only: a huge file is read ahead by the kernel as it is read,
// and 64 of them asked for whole would push each other out of the page cache.
constexpr off_t hinted_bytes = off_t{1} << 20;
}  // namespace

ReadAhead::ReadAhead(const std::vector<std::string>& files, std::size_t depth) : files_(files), depth_(depth) {
    if (files_.size() <= 1 || depth_ == 0) return;
    try {
        thread_ = std::thread([this] { run(); });
    } catch (const std::system_error&) {
        // No thread to be had: the files are read as they come, only slower from a cold disk.
    }
}

ReadAhead::~ReadAhead() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    moved_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void ReadAhead::reached(std::size_t index) {
    reached_.store(index, std::memory_order_relaxed);
    if (index % batch != 0) return;
    std::lock_guard<std::mutex> lock(mutex_);  // a waiter has either checked reached_ or will see it
    moved_.notify_one();
}

void ReadAhead::run() {
    // File 0 is read at once anyway; the hints start with the next.
    for (std::size_t next = 1; next < files_.size(); ++next) {
        if (next > reached_.load(std::memory_order_relaxed) + depth_) {
            std::unique_lock<std::mutex> lock(mutex_);
            moved_.wait(lock, [&] { return stop_ || next + batch <= reached_.load(std::memory_order_relaxed) + depth_; });
            if (stop_) return;
        }
        if (next <= reached_.load(std::memory_order_relaxed)) continue;  // the analysis got there first
        // A hint only: a file that cannot be opened now is reported when the analysis reads it.
        const int fd = ::open(files_[next].c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) continue;
        ::posix_fadvise(fd, 0, hinted_bytes, POSIX_FADV_WILLNEED);
        ::close(fd);
    }
}

}  // namespace kg
