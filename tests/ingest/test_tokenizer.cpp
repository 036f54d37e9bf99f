#include <catch2/catch.hpp>

#include "ingest/schema.hpp"
#include "ingest/text.hpp"
#include "ingest/tokenizer.hpp"

using namespace kg;

namespace {
std::vector<std::string> keys(const std::string& text) {
    std::vector<Token> tokens;
    std::string k;
    tokenize(text, Schema::defaults()->abbreviations(), tokens, k);
    std::vector<std::string> out;
    for (const auto& t : tokens) out.push_back(k.substr(t.key_begin, t.key_size));
    return out;
}
}  // namespace

TEST_CASE("tokenizer keeps initialisms, abbreviations and hyphenated compounds whole", "[tokenizer]") {
    CHECK(keys("the U.S. Department of Justice") == std::vector<std::string>{"the", "u.s.", "department", "of", "justice"});
    CHECK(keys("the third China-U.S. High-Level Joint Dialogue") ==
          std::vector<std::string>{"the", "third", "china-u.s.", "high-level", "joint", "dialogue"});
    CHECK(keys("President Joseph R. Biden, Jr. of the United States") ==
          std::vector<std::string>{"president", "joseph", "r.", "biden", ",", "jr.", "of", "the", "united", "states"});
    CHECK(keys("Mr. Finer met Dec 7-8.") == std::vector<std::string>{"mr.", "finer", "met", "dec", "7-8", "."});
}

TEST_CASE("tokenizer splits possessives and folds typographic apostrophes", "[tokenizer]") {
    CHECK(keys("China's Ministry") == std::vector<std::string>{"china", "'s", "ministry"});
    CHECK(keys("People\xE2\x80\x99s Republic") == std::vector<std::string>{"people", "'s", "republic"});
    CHECK(keys("the U.S.' Department") == std::vector<std::string>{"the", "u.s.", "'", "department"});
    CHECK(keys("Leaders' Summit in Xi'an") == std::vector<std::string>{"leaders", "'", "summit", "in", "xi'an"});
    CHECK(keys("they didn't attend") == std::vector<std::string>{"they", "did", "n't", "attend"});
}

TEST_CASE("tokenizer keys fold accents, but not onto an English small word nor the letter ñ", "[tokenizer]") {
    // Việt Nam News; a White House readout
    CHECK(keys("Việt Nam") == std::vector<std::string>{"viet", "nam"});
    CHECK(keys("HÀ NỘI") == std::vector<std::string>{"ha", "noi"});
    CHECK(keys("ĐÀ NẴNG, Łódź, Søren") == std::vector<std::string>{"da", "nang", ",", "lodz", ",", "soren"});
    CHECK(keys("Tô Lâm, Đỗ Hùng") == std::vector<std::string>{"tô", "lam", ",", "đỗ", "hung"});
    CHECK(keys("La Cañada, España") == std::vector<std::string>{"la", "cañada", ",", "españa"});
}

TEST_CASE("tokenizer offsets point into the text, also after multi-byte characters", "[tokenizer]") {
    const std::string text = "Président Macron \xE2\x80\x93 Paris";
    std::vector<Token> tokens;
    std::string k;
    tokenize(text, Schema::defaults()->abbreviations(), tokens, k);
    REQUIRE(tokens.size() == 4);
    CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Président");
    CHECK(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin) == "Paris");
    CHECK(tokens[0].has(token_capitalized));
}

TEST_CASE("tokenizer flags words the same on its ASCII fast path and its general path", "[tokenizer]") {
    // Each pair: a word the fast path reads (ASCII, ended by a space) and the same word ended by
    // a full stop or followed by a non-ASCII character, which the general path reads.
    const std::string text = "NATO G20 2016 Biden a NATO. G20. 2016. Biden. a\xE2\x80\x94";
    std::vector<Token> tokens;
    std::string k;
    tokenize(text, Schema::defaults()->abbreviations(), tokens, k);
    REQUIRE(tokens.size() >= 15);
    const std::uint32_t flags = token_word | token_number | token_capitalized | token_all_caps | token_hyphenated;
    for (std::size_t fast = 0, general = 5; fast < 5; ++fast, general += 2) {  // the general words are followed by "."
        INFO(text.substr(tokens[fast].begin, tokens[fast].end - tokens[fast].begin));
        CHECK((tokens[fast].flags & flags) == (tokens[general].flags & flags));
        CHECK(k.substr(tokens[fast].key_begin, tokens[fast].key_size) == k.substr(tokens[general].key_begin, tokens[general].key_size));
    }
    CHECK(tokens[0].has(token_all_caps));
    CHECK(tokens[1].has(token_all_caps));
    CHECK(tokens[2].has(token_number));
    CHECK_FALSE(tokens[2].has(token_all_caps));
    CHECK(tokens[3].has(token_capitalized));
    CHECK_FALSE(tokens[3].has(token_all_caps));
}

TEST_CASE("ordinals in digits and spelled out past the tenth", "[text]") {
    CHECK(numeric_ordinal("30th") == 30);
    CHECK(numeric_ordinal("2nd") == 2);
    CHECK(numeric_ordinal("30") == 0);
    CHECK(spelled_ordinal("seventy-eighth") == 78);
    CHECK(spelled_ordinal("twenty-first") == 21);
    CHECK(spelled_ordinal("twelfth") == 12);
    CHECK(spelled_ordinal("fortieth") == 40);
    CHECK(spelled_ordinal("seventy-eight") == 0);
    CHECK(spelled_ordinal("month") == 0);
    CHECK(spelled_ordinal("first") == 0);  // the lexicon has the first ten
}

TEST_CASE("tokenizer keeps two abbreviations joined by a hyphen as one word", "[tokenizer]") {
    // an Israeli Prime Minister's Office statement
    CHECK(keys("Maj.-Gen. Roman Gofman") == std::vector<std::string>{"maj.-gen.", "roman", "gofman"});
    CHECK(keys("Lt.-Col. Conricus") == std::vector<std::string>{"lt.-col.", "conricus"});
    // an abbreviation before a hyphen and a word that is none stays apart
    CHECK(keys("Gen.-led forces") == std::vector<std::string>{"gen.", "-", "led", "forces"});
}
