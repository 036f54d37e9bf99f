#include <catch2/catch.hpp>

#include "ingest/date_parser.hpp"
#include "ingest/date_resolver.hpp"
#include "support.hpp"

using namespace kg;

TEST_CASE("datelines and feed dates parse", "[date]") {
    CHECK(parse_date("Wednesday, June 15, 2016, 10:03")->iso() == "2016-06-15");
    CHECK(parse_date("Fri, 21 Aug 2026 16:00:54 -0400")->iso() == "2026-08-21");
    CHECK(parse_date("2024-01-30T15:55:49-05:00")->iso() == "2024-01-30");
    CHECK(parse_date("20160615T100300")->iso() == "2016-06-15");
    CHECK_FALSE(parse_date("no date here"));
    CHECK_FALSE(parse_date("88888888march8888888888888888"));  // found by fuzz_reader_nitf: digits past int
    CHECK(parse_date("2016-6-5")->iso() == "2016-06-05");                 // one-digit month and day
    CHECK(parse_date("  2016-06-15 ")->iso() == "2016-06-15");
    CHECK(parse_date("2016-+6-05")->iso() == "2016-06-05");               // as sscanf's %d reads it
    CHECK(parse_date("2016-06-15T10:00:00Z")->iso() == "2016-06-15");
    CHECK(is_dateline("Wednesday, June 15, 2016, 10:03"));
    CHECK_FALSE(is_dateline("Officials met on June 15, 2016 in Beijing"));
}

TEST_CASE("relative dates resolve against the article's date", "[date_resolver]") {
    const auto doc = test::analyse(
        "Officials held the second dialogue on Tuesday. The first dialogue was in December. "
        "They met in Lima last month. The two-day meeting from Dec 7-8 ended.",
        "2016-06-15");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(sentence_date(doc, doc.sentences[0], "2016-06-15") == "2016-06-14");
    CHECK(sentence_date(doc, doc.sentences[1], "2016-06-15") == "2015-12");
    CHECK(sentence_date(doc, doc.sentences[2], "2016-06-15") == "2016-05");
    CHECK(sentence_date(doc, doc.sentences[3], "2016-06-15") == "2015-12-07/2015-12-08");
    CHECK(sentence_date(doc, doc.sentences[3], "") == "--12-07/--12-08");
    CHECK(doc.entities[test::entity(doc, "second dialogue")].date == "2016-06-14");
    const auto overflow = test::analyse("They met on December 17777777777.", "2016-06-15");  // found by fuzz_extract
    CHECK(sentence_date(overflow, overflow.sentences[0], "2016-06-15") == "2015-12");  // the month, not the digits
}
