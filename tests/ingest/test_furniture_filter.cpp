#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/schema.hpp"

using namespace kg;

namespace {
std::string clean(const std::string& text) { return remove_furniture(text, *Schema::defaults()); }
}  // namespace

TEST_CASE("furniture: page lines around an article are dropped, its paragraphs kept", "[furniture]") {
    const std::string page =
        "Home > News > Briefings\n"
        "Latest News\n"
        "The United States and China held their first High-Level Joint Dialogue on Cybercrime in Washington.\n"
        "ADVERTISEMENT\n"
        "Attorney General Eric Holder and Secretary Jeh Johnson co-chaired the dialogue.\n"
        "Share this\n"
        "© 2015 The White House. All rights reserved.\n"
        "|\n"
        "Powered by WordPress\n";
    CHECK(clean(page) ==
          "\n\nThe United States and China held their first High-Level Joint Dialogue on Cybercrime in Washington.\n"
          "\nAttorney General Eric Holder and Secretary Jeh Johnson co-chaired the dialogue.\n\n\n\n\n");
}

TEST_CASE("furniture: a line only looks like furniture when all of it matches", "[furniture]") {
    // Article sentences that begin or end with furniture words stay.
    const std::string text = "Read more about the agreement in the joint statement.\nHome Secretary Priti Patel met her counterpart.";
    CHECK(clean(text) == text);
    // Long lines are article text, whatever they start with.
    const std::string long_line = "Copyright law was on the agenda: " + std::string(200, 'x');
    CHECK(clean(long_line) == long_line);
}

TEST_CASE("furniture: prefix and suffix rules trim a line and keep the rest", "[furniture]") {
    CHECK(clean("Latest NewsBeijing, Sept. 12 |") == "Beijing, Sept. 12");
}

TEST_CASE("furniture: a bad pattern in a schema directory is a schema error naming the file", "[furniture][schema]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "kg-test-furniture-schema";
    fs::remove_all(dir);
    fs::copy(fs::path(KG_SOURCE_DIR) / "schemas", dir, fs::copy_options::recursive);
    std::ofstream(dir / "furniture.txt") << "line:^\\s*(unclosed\\s*$\n";
    try {
        Schema::load(dir.string());
        FAIL("no error");
    } catch (const SchemaError& e) {
        CHECK(std::string(e.what()).find("furniture.txt: bad pattern '^\\s*(unclosed\\s*$'") != std::string::npos);
    }
    fs::remove_all(dir);
}
