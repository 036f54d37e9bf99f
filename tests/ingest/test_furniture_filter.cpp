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
    const std::pair<std::string, std::string> bad_rules[] = {
        {"line:^\\s*(unclosed\\s*$", "furniture.txt: bad pattern '^\\s*(unclosed\\s*$'"},
        {"credit:^[A-Z]+ \\(AP\\)", "furniture.txt: credit pattern '^[A-Z]+ \\(AP\\)' needs exactly one group"}};
    for (const auto& [rule, message] : bad_rules) {
        std::ofstream(dir / "furniture.txt") << rule << "\n";
        try {
            Schema::load(dir.string());
            FAIL("no error for " << rule);
        } catch (const SchemaError& e) {
            CHECK(std::string(e.what()).find(message) != std::string::npos);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("furniture: wire services' credits go, the dateline's place stays", "[furniture]") {
    // AP, Reuters and Xinhua datelines, and the credit lines that close wire copy
    CHECK(clean("SEOUL, South Korea (AP) — Japanese Prime Minister Fumio Kishida arrived.") ==
          "SEOUL, South Korea — Japanese Prime Minister Fumio Kishida arrived.");
    CHECK(clean("KYIV, Nov 4 (Reuters) - NATO Secretary General Mark Rutte met Zelenskiy.") ==
          "KYIV, Nov 4 - NATO Secretary General Mark Rutte met Zelenskiy.");
    CHECK(clean("BEIJING, May 13 (Xinhua) -- Xi met Lula.") == "BEIJING, May 13 -- Xi met Lula.");
    CHECK(clean("CAIRO/JERUSALEM, Oct 9 (Reuters) - Israel and Hamas agreed.") == "CAIRO/JERUSALEM, Oct 9 - Israel and Hamas agreed.");
    CHECK(clean("(CNN) — The talks ended.") == " — The talks ended.");
    CHECK(clean("RIYADH (Saudi Press Agency) -- The Crown Prince received the envoy.") ==
          "RIYADH -- The Crown Prince received the envoy.");
    CHECK(clean("(Reporting by Tom Balmforth; Editing by Alex Richardson)\n"
                "Associated Press writer Foster Klug in Tokyo contributed to this report.\n"
                "Associated Press\n"
                "From: Foreign, Commonwealth & Development Office") == "\n\n\n");
    // a photo's caption and credit (not a sentence that names a photograph)
    CHECK(clean("Photo caption: Albanese speaks to reporters.\n"
                "Macron greets Modi at the Elysee Palace. (Photo: Ludovic Marin/AFP)\n"
                "The minister showed a photo: the ship burning.") == "\n\nThe minister showed a photo: the ship burning.");
    // any agency's initials after a dateline in capitals and a date ("CMC": the Caribbean Media Corporation)
    CHECK(clean("GEORGETOWN, Guyana, Feb. 28 (CMC) - Brazilian President Lula held talks.") ==
          "GEORGETOWN, Guyana, Feb. 28 - Brazilian President Lula held talks.");
    // any national agency news_agencies.tsv lists, its name written with accents too
    CHECK(clean("MONTEVIDEO, Uruguay (Agência Brasil) — Lula and Milei met.") == "MONTEVIDEO, Uruguay — Lula and Milei met.");
    CHECK(clean("WARSAW (PAP) - Tusk met Scholz.") == "WARSAW - Tusk met Scholz.");
    // Inside a sentence, or without the dash of a dateline, an agency's name is article text.
    const std::string text = "The minister told the Associated Press (AP) that talks would go on.\n"
                             "Reporters from Reuters (Reuters) and AFP asked questions.\n"
                             "The Central Military Commission (CMC) - China's top military body - met.";
    CHECK(clean(text) == text);
}

TEST_CASE("furniture: a ticker's or a box's label drops the other stories after it", "[furniture]") {
    // a news site's page
    const std::string page =
        "Breaking: Trump signs order on tariffs | Putin and Xi speak by phone\n"
        "PARIS - Macron and Modi co-chaired the AI Action Summit.\n"
        "Related: Modi and Trump to meet at White House next week\n"
        "Watch: the summit opens\n";
    CHECK(clean(page) == "\nPARIS - Macron and Modi co-chaired the AI Action Summit.\n\n\n");
    // a sentence that only begins with such a word stays
    CHECK(clean("Breaking news of the talks reached Kyiv on Monday.\n") == "Breaking news of the talks reached Kyiv on Monday.\n");
}
