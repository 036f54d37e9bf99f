// ReadAhead: the kernel is asked to read the files ahead of the one the analysis reached, and
// files that are not regular (a FIFO with no writer, a missing file) neither block nor fail it.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "ingest/read_ahead.hpp"

namespace fs = std::filesystem;
using kg::ReadAhead;

namespace {

fs::path fresh_directory(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("kg-read-ahead-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write_file(const fs::path& path, std::size_t bytes) {
    std::ofstream out(path, std::ios::binary);
    out << std::string(bytes, 'x');
}

/// Asks the kernel to drop a file's pages from the page cache (tmpfs keeps them).
void evict(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// Whether the first page of the file is in the page cache.
bool first_page_cached(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    void* map = ::mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    unsigned char resident = 0;
    ::mincore(map, 4096, &resident);
    ::munmap(map, 4096);
    return resident & 1;
}

}  // namespace

TEST_CASE("ReadAhead asks the kernel for the files after the one reached", "[read_ahead]") {
    const fs::path dir = fresh_directory("cache");
    std::vector<std::string> files;
    for (int i = 0; i < 4; ++i) {
        files.push_back((dir / ("article-" + std::to_string(i) + ".txt")).string());
        write_file(files.back(), 64 * 1024);
        evict(files.back());
    }
    if (first_page_cached(files[2])) {
        WARN("this file system keeps file pages in memory (tmpfs?): nothing to read ahead");
        fs::remove_all(dir);
        return;
    }
    {
        ReadAhead read_ahead(files, 2);
        read_ahead.reached(0);
        bool cached = false;
        for (int wait = 0; wait < 200 && !cached; ++wait) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            cached = first_page_cached(files[2]);
        }
        CHECK(cached);  // files[2] is within depth 2 of file 0, and nothing here read it
    }
    fs::remove_all(dir);
}

TEST_CASE("ReadAhead passes over a FIFO and a missing file without blocking", "[read_ahead]") {
    const fs::path dir = fresh_directory("special");
    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    write_file(dir / "after.txt", 100);
    const std::vector<std::string> files{(dir / "first.txt").string(), fifo.string(), (dir / "missing.txt").string(),
                                         (dir / "after.txt").string()};
    write_file(files[0], 100);
    {
        ReadAhead read_ahead(files, 8);
        for (std::size_t i = 0; i < files.size(); ++i) read_ahead.reached(i);
    }  // joins its thread: opening the FIFO for reading without O_NONBLOCK would wait for a writer forever
    SUCCEED("the read-ahead thread ended");
    fs::remove_all(dir);
}

TEST_CASE("ReadAhead stops at once when the analysis ends early", "[read_ahead]") {
    const std::vector<std::string> files(100000, "/nonexistent/kg-read-ahead");
    const auto start = std::chrono::steady_clock::now();
    { ReadAhead read_ahead(files, 64); }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}
