#pragma once
/// Freeing a large graph string by string takes longer than the kernel takes to drop the
/// whole process at exit. These keep that cost off a command's critical path.
#include <memory>
#include <thread>
#include <vector>

namespace kg::cli {

/// Frees a value on a thread of its own while the caller goes on; waits for it when destroyed.
class BackgroundFree {
public:
    template <class T>
    explicit BackgroundFree(std::unique_ptr<T> value) : thread_([doomed = std::move(value)]() mutable { doomed.reset(); }) {}
    BackgroundFree(const BackgroundFree&) = delete;
    BackgroundFree& operator=(const BackgroundFree&) = delete;
    ~BackgroundFree() { thread_.join(); }

private:
    std::thread thread_;
};

/// Keeps `value` alive until the process ends and leaves it to the operating system. It stays
/// reachable from a global, so leak checkers do not count it as lost.
template <class T>
void keep_until_exit(std::unique_ptr<T> value) {
    static auto* const kept = new std::vector<std::shared_ptr<void>>();
    kept->push_back(std::shared_ptr<T>(std::move(value)));
}

}  // namespace kg::cli
