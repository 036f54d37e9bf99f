#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;

TEST_CASE("sentences end at full stops before capitals, not after abbreviations", "[sentence_splitter]") {
    const auto doc = test::analyse(
        "Principal Deputy National Security Advisor Jon Finer met today with Ma Zhaoxu in Washington, D.C. The two sides "
        "had a candid conversation. Mr. Finer affirmed the importance of peace. U.S. officials agreed.");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.text(doc.sentences[1]) == "The two sides had a candid conversation.");
    CHECK(doc.text(doc.sentences[2]) == "Mr. Finer affirmed the importance of peace.");
}

TEST_CASE("a line break ends a sentence (headlines, datelines)", "[sentence_splitter]") {
    const auto doc = test::analyse("Cybersecurity collaboration to increase\nChinese and US officials held a dialogue.");
    REQUIRE(doc.sentences.size() == 2);
    CHECK(doc.text(doc.sentences[0]) == "Cybersecurity collaboration to increase");
}

TEST_CASE("closing quotes stay with their sentence", "[sentence_splitter]") {
    const auto doc = test::analyse("\"We are here today,\" he said. \"Each step matters.\" The ambassador left.");
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.text(doc.sentences[1]) == "\"Each step matters.\"");
}

TEST_CASE("a run without punctuation is cut so work stays linear", "[sentence_splitter]") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "word ";
    const auto doc = test::analyse(text);
    CHECK(doc.sentences.size() == 5);
}

TEST_CASE("a form of address never ends a sentence", "[sentence_splitter]") {
    const auto doc = test::analyse("Kamikawa held a meeting with H.E. Mr. Enrique Manalo in Manila. He arrived on Monday.");
    CHECK(doc.sentences.size() == 2);
    CHECK(test::mention_texts(doc, EntityType::person, MentionKind::name) == std::vector<std::string>{"Kamikawa", "Enrique Manalo"});
}

TEST_CASE("a name's suffix ends a sentence before a capitalised word, unless the name is a modifier", "[sentence_splitter]") {
    // AP from Manila; a White House readout's headline
    const auto doc = test::analyse(
        "The pact was signed at a ceremony witnessed by President Ferdinand Marcos Jr. President Joe Biden welcomed it. "
        "Readout of President Joseph R. Biden, Jr. Call with Governor Greg Abbott of Texas");
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.text(doc.sentences[1]) == "President Joe Biden welcomed it.");
    CHECK(test::entity(doc, "Joe Biden") >= 0);
}

TEST_CASE("a month's abbreviation ends a sentence before a capitalised word, not before a day", "[sentence_splitter]") {
    // the Pentagon; Reuters
    const auto doc = test::analyse(
        "Lloyd Austin met Defense Minister Dong Jun. Participants included Commerce Secretary Gina Raimondo. The talks "
        "were held on Jan. 5 in Beijing.");
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.text(doc.sentences[1]) == "Participants included Commerce Secretary Gina Raimondo.");
}

TEST_CASE("a transcript's speaker label in capitals is a sentence of its own; a dateline is not", "[sentence_splitter]") {
    // a State Department briefing; the Times of India
    const auto doc = test::analyse(
        "Department Press Briefing\n\nMR BRUCE: The Secretary met with Foreign Minister Sergey Lavrov in Riyadh.\n\n"
        "QUESTION: Will he meet Lavrov again?\n\nNEW DELHI: External affairs minister S Jaishankar met Wang Yi.");
    REQUIRE(doc.sentences.size() == 6);
    CHECK(doc.text(doc.sentences[1]) == "MR BRUCE:");
    CHECK(doc.text(doc.sentences[3]) == "QUESTION:");
    CHECK(doc.text(doc.sentences[5]) == "NEW DELHI: External affairs minister S Jaishankar met Wang Yi.");
    CHECK(test::count(doc, RelationType::met_with) == 1);
}
