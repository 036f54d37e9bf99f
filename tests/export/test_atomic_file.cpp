#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/atomic_file.hpp"

using namespace kg;

namespace {
std::string content(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
std::size_t temporaries(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.path().filename().string().rfind(".kg-tmp-", 0) == 0;
    return n;
}
}  // namespace

TEST_CASE("an uncommitted file leaves the previous one untouched", "[atomic_file]") {
    const auto dir = std::filesystem::temp_directory_path() / "kg-atomic-test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "graph.graphml").string();
    {
        AtomicFile f(path);
        f.stream() << "first";
        f.commit();
    }
    CHECK(content(path) == "first");
    {
        AtomicFile f(path);
        f.stream() << "half-written";
        // no commit: as if the writer failed
    }
    CHECK(content(path) == "first");
    CHECK(temporaries(dir) == 0);
    std::filesystem::remove_all(dir);
}
