#include <catch2/catch.hpp>

#include "ingest/charset.hpp"
#include "ingest/error.hpp"

using namespace kg;

TEST_CASE("UTF-8 BOM is stripped", "[charset]") {
    const auto d = decode_input("\xEF\xBB\xBFHello", "a.txt");
    CHECK(d.text == "Hello");
    CHECK(d.warnings.empty());
}

TEST_CASE("UTF-16 with a BOM is decoded", "[charset]") {
    const std::string le("\xFF\xFEH\0i\0", 6);
    const auto d = decode_input(le, "a.txt");
    CHECK(d.text == "Hi");
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0] == "a.txt:1:1: warning: decoded from UTF-16LE");
    CHECK_THROWS_AS(decode_input(std::string("\xFF\xFEH", 3), "odd.txt"), InputError);
}

TEST_CASE("Windows-1252 text is decoded and warned about", "[charset]") {
    const auto d = decode_input("Caf\xE9 \x93quoted\x94", "w.txt");
    CHECK(d.text == "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0] == "w.txt:1:4: warning: not UTF-8; decoded as Windows-1252");
}

TEST_CASE("stray invalid UTF-8 inside UTF-8 text becomes U+FFFD with its position", "[charset]") {
    const auto d = decode_input("Beijing \xE2\x80\x94 ok\nbad \xFF byte", "m.txt");
    CHECK(d.text == "Beijing \xE2\x80\x94 ok\nbad \xEF\xBF\xBD byte");
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0] == "m.txt:2:5: warning: invalid UTF-8: 1 byte(s) replaced with U+FFFD");
}

TEST_CASE("NUL bytes mean binary data: an error naming the position", "[charset]") {
    try {
        decode_input(std::string("line one\nab\0cd", 14), "b.txt");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == "b.txt:2:3: error: binary data (NUL byte); not a text article");
    }
}

TEST_CASE("the eight-bytes-at-a-time scan finds what the byte scan finds, wherever it falls", "[charset]") {
    const std::string plain = "The delegation met in Geneva on Tuesday.";  // 40 printable ASCII bytes
    for (std::size_t at = 0; at < plain.size(); ++at) {
        std::string with_nul = plain;
        with_nul[at] = '\0';
        CHECK_THROWS_WITH(decode_input(with_nul, "n.txt"),
                          "n.txt:1:" + std::to_string(at + 1) + ": error: binary data (NUL byte); not a text article");
        std::string with_bad = plain;
        with_bad[at] = '\xFF';
        with_bad += " \xE2\x80\x94";  // some valid UTF-8, so the bad byte is repaired, not read as Windows-1252
        const auto repaired = decode_input(with_bad, "u.txt");
        REQUIRE(repaired.warnings.size() == 1);
        CHECK(repaired.warnings[0] == "u.txt:1:" + std::to_string(at + 1) + ": warning: invalid UTF-8: 1 byte(s) replaced with U+FFFD");
        std::string with_accent = plain;
        with_accent.replace(at, 1, "\xC3\xA9");
        const auto accented = decode_input(with_accent, "a.txt");
        CHECK(accented.warnings.empty());
        CHECK(accented.text == with_accent);
    }
    std::string many_controls(400, 'a');
    for (std::size_t i = 0; i < many_controls.size(); i += 9) many_controls[i] = '\x01';
    CHECK_THROWS_WITH(decode_input(many_controls, "c.txt"), "c.txt:1:1: error: binary data (45 control characters); not a text article");
}
