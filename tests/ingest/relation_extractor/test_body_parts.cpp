// The relation extractor on bodies that are parts of others.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;

TEST_CASE("an organ after its body's possessive, or set off as part of a body, is part of it", "[relation_extractor]") {
    // a Justice Department release; a Swiss government release; White House readouts
    const auto doc = test::analyse(
        "The operation was coordinated by Europol's European Cybercrime Centre (EC3). The Swiss Agency for "
        "Development and Cooperation, part of the Federal Department of Foreign Affairs, will fund the project. The "
        "Federal Intelligence Service, an agency under the Federal Department of Defence, was not involved. The "
        "meeting included NATO's Indo-Pacific Partners.");
    CHECK(test::has_relation(doc, "European Cybercrime Centre", RelationType::part_of, "Europol"));
    CHECK(test::has_relation(doc, "Agency for Development and Cooperation", RelationType::part_of,
                             "Federal Department of Foreign Affairs"));
    CHECK(test::has_relation(doc, "Federal Intelligence Service", RelationType::part_of, "Federal Department of Defence"));
    // partners of a body are no organ of it
    CHECK_FALSE(test::has_relation(doc, "Indo-Pacific Partners", RelationType::part_of, "North Atlantic Treaty Organization"));
}

TEST_CASE("a party tag describes its person, and is no part of the body the appositive names", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Rep. Chip Roy, R-Texas, a member of the House Freedom Caucus, called the bill a surrender.");
    CHECK(test::has_relation(doc, "Chip Roy", RelationType::member_of, "House Freedom Caucus"));
    CHECK(test::has_relation(doc, "Chip Roy", RelationType::member_of, "Republican Party"));
    CHECK(test::count(doc, RelationType::part_of) == 0);
}
