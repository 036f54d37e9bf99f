#include <catch2/catch.hpp>

#include "export/escape.hpp"

using namespace kg;

TEST_CASE("XML escaping: markup, line breaks, forbidden characters, invalid UTF-8", "[escape]") {
    CHECK(xml_escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
    CHECK(xml_escaped("x\ny\tz") == "x&#10;y&#9;z");
    CHECK(xml_escaped(std::string("\x01\x1f", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xml_escaped("\xEF\xBF\xBE") == "\xEF\xBF\xBD");        // U+FFFE is not an XML character
    CHECK(xml_escaped("ok \xFF") == "ok \xEF\xBF\xBD");           // invalid byte
    CHECK(xml_escaped("\xE4\xB8\xAD \xF0\x9F\x98\x80") == "\xE4\xB8\xAD \xF0\x9F\x98\x80");
}

TEST_CASE("DOT escaping: quotes, backslashes, newlines", "[escape]") {
    std::string out;
    append_dot_escaped(out, "say \"hi\" \\N\nnext\x01");
    CHECK(out == "say \\\"hi\\\" \\\\N\\nnext ");
}

TEST_CASE("JSON escaping", "[escape]") {
    std::string out;
    append_json_escaped(out, "a\"b\\c\n\x01\xFF");
    CHECK(out == "a\\\"b\\\\c\\n\\u0001\xEF\xBF\xBD");
}

TEST_CASE("list joining round-trips items holding the separator", "[escape]") {
    const std::vector<std::string> items{"a|b", "c\\d", "", "e"};
    CHECK(join_list(items) == "a\\|b|c\\\\d||e");
    CHECK(split_list(join_list(items)) == items);
    CHECK(split_list("").empty());
}
