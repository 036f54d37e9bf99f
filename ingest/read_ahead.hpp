#pragma once
/// Asks the kernel to read input files before the analysis reaches them. An archive of many
/// small files that the page cache does not hold is read one file at a time otherwise, each
/// read waiting on the disk while the cores idle; this keeps many reads in flight instead.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kg {

class ReadAhead {
public:
    /// Files read ahead by default: enough reads in flight to keep a disk busy, few enough that
    /// what is read ahead stays in the page cache until it is used.
    static constexpr std::size_t default_depth = 64;
    /// Starts a thread that keeps the kernel reading the `depth` files past the last one reached.
    /// `files` must outlive this object.
    explicit ReadAhead(const std::vector<std::string>& files, std::size_t depth = default_depth);
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;
    /// Stops the thread; files it asked for are read or dropped by the kernel as it sees fit.
    ~ReadAhead();
    /// The analysis has started on files[index]. Cheap: it wakes the thread once a batch.
    void reached(std::size_t index);

private:
    void run();

    const std::vector<std::string>& files_;
    const std::size_t depth_;
    std::atomic<std::size_t> reached_{0};
    bool stop_ = false;
    std::mutex mutex_;
    std::condition_variable moved_;
    std::thread thread_;
};

}  // namespace kg
