// The mention recogniser on countries, places, datelines and regions.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("countries from names, acronyms, demonyms and hyphenated pairs", "[mention_recognizer]") {
    const auto doc = test::analyse("Chinese and US security officials discussed Sino-US relations and the U.S.-PRC working group with the ROK.");
    CHECK(mention_texts(doc, EntityType::country) ==
          std::vector<std::string>{"Chinese", "US", "Sino", "US", "U.S.", "PRC", "ROK"});
    CHECK(doc.entities[doc.mentions[0].entity].name == "China");
    CHECK(doc.entities[test::entity(doc, "ROK")].name == "South Korea");
}

TEST_CASE("lower-case 'us' is not the United States", "[mention_recognizer]") {
    const auto doc = test::analyse("He told us that the talks went well.");
    CHECK(mention_texts(doc, EntityType::country).empty());
}

TEST_CASE("a guest house written in two words is a venue, not a body", "[mention_recognizer]") {
    const auto doc = test::analyse(  // AP, Tokyo
        "Japanese Foreign Minister Yoko Kamikawa met Philippine Defense Secretary Gilberto Teodoro at the Foreign "
        "Ministry's Iikura Guest House in Tokyo, where they signed the Reciprocal Access Agreement.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Iikura Guest House", "Tokyo"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Foreign Ministry"});
}

TEST_CASE("'Korea' alone is South Korea, and a word before a list of countries is no town of the first", "[mention_recognizer]") {
    // The Korea Herald's headline and lead
    const auto doc = test::analyse("Korea, Japan, China agree to resume trilateral summit. Kosovia, Japan, China agree too.");
    CHECK(doc.entities[test::entity(doc, "Korea")].name == "South Korea");
    CHECK(mention_texts(doc, EntityType::place).empty());
    CHECK(test::has_relation(doc, "South Korea", RelationType::agreed, "Japan"));
}

TEST_CASE("unknown places are read from context: 'in X, STATE'", "[mention_recognizer]") {
    const auto doc = test::analyse("The leaders met at the summit in Woodside, California, last year.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Woodside", "California"});
    CHECK(mention_texts(doc, EntityType::person).empty());
}

TEST_CASE("a royal style of address, an agency's name before 'and' another title, and rooms as places", "[mention_recognizer]") {
    // Saudi Press Agency and White House copy
    const auto doc = test::analyse(
        "His Royal Highness Crown Prince Mohammed bin Salman received Steve Witkoff. The meeting was attended by "
        "Minister of State, Member of the Council of Ministers and National Security Advisor Dr. Musaed "
        "Al-Aiban. Vice President JD Vance attended the meeting in the Oval Office.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Mohammed bin Salman", "Steve Witkoff", "Musaed Al-Aiban", "JD Vance"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Council of Ministers"});
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Oval Office"});
}

TEST_CASE("seas, shoals, lakes and gulfs are places, whichever side their head word stands", "[mention_recognizer]") {
    // AP from Vientiane; Reuters from Lagos
    const auto doc = test::analyse(
        "Enrique Manalo met with Wang Yi to discuss incidents at Second Thomas Shoal. Navies patrol the Gulf of "
        "Guinea and the Strait of Hormuz, and aid reached Lake Chad and Salt Lake City. San Diego County District "
        "Attorney Summer Stephan spoke.");
    CHECK(mention_texts(doc, EntityType::place) ==
          std::vector<std::string>{"Second Thomas Shoal", "Gulf of Guinea", "Strait of Hormuz", "Lake Chad", "Salt Lake City",
                                   "San Diego County"});
    CHECK(test::entity(doc, "Thomas Shoal") < 0);
    CHECK(test::entity(doc, "Chad") < 0);
    CHECK_FALSE(test::has_relation(doc, "Enrique Manalo", RelationType::met_with, "Second Thomas Shoal"));
    // AP from Tokyo; a White House readout: a ship is a place, its name no one's
    const auto ships = test::analyse(
        "Trump addressed sailors aboard the aircraft carrier USS George Washington. The group is led by HMS Queen "
        "Elizabeth.");
    CHECK(mention_texts(ships, EntityType::place) == std::vector<std::string>{"USS George Washington", "HMS Queen Elizabeth"});
    CHECK(mention_texts(ships, EntityType::person) == std::vector<std::string>{"Trump"});
    // the Kremlin's Senate Palace is a building, no senate
    const auto kremlin = test::analyse("President Vladimir Putin received Steve Witkoff at the Senate Palace.");
    CHECK(mention_texts(kremlin, EntityType::place) == std::vector<std::string>{"Senate Palace"});
    CHECK(test::entity(kremlin, "U.S. Senate") < 0);
}

TEST_CASE("a dateline's place in capitals: its name as written and the country after it", "[mention_recognizer]") {
    // Reuters and AP datelines
    const auto doc = test::analyse(
        "GANDHINAGAR, India, July 18 (Reuters) - Finance ministers from the Group of 20 met on Tuesday.\n\n"
        "LOS ALAMOS, New Mexico (AP) — Scientists met on Tuesday. Julissa Reynoso, United States Ambassador to "
        "Spain, spoke. They discussed AI in NAWCA.");
    const int city = test::entity(doc, "Gandhinagar");
    REQUIRE(city >= 0);
    CHECK(doc.entities[city].type == EntityType::place);
    CHECK(doc.entities[city].country == "IN");
    const int alamos = test::entity(doc, "Los Alamos");
    REQUIRE(alamos >= 0);
    CHECK(doc.entities[alamos].type == EntityType::place);
    CHECK(doc.entities[alamos].country == "US");
    const int reynoso = test::entity(doc, "Julissa Reynoso");
    REQUIRE(reynoso >= 0);
    CHECK(doc.entities[reynoso].type == EntityType::person);
    CHECK(test::entity(doc, "NAWCA") < 0);
}

TEST_CASE("a country's possessive before a full name gives the person's nationality", "[mention_recognizer]") {
    // Reuters from Vientiane; a White House readout
    const auto doc = test::analyse(
        "Indonesia's Retno Marsudi and Malaysia's Mohamad Hasan also attended the closed-door session. Noting that it "
        "is also Ukraine's Independence Day, participants reiterated their support.");
    CHECK(test::has_relation(doc, "Retno Marsudi", RelationType::represents, "Indonesia"));
    CHECK(test::has_relation(doc, "Mohamad Hasan", RelationType::represents, "Malaysia"));
    CHECK_FALSE(test::has_relation(doc, "Malaysia", RelationType::attended, "closed-door session"));
    CHECK(test::entity(doc, "Independence Day") < 0);
}

TEST_CASE("Congo in the news is the Democratic Republic; the other one is named in full", "[mention_recognizer]") {
    // Reuters from Addis Ababa
    const auto doc = test::analyse(
        "The summit was dominated by the conflict in eastern Congo. Congo Republic President Denis Sassou Nguesso "
        "attended.");
    CHECK(test::entity(doc, "Democratic Republic of the Congo") >= 0);
    CHECK(test::has_relation(doc, "Denis Sassou Nguesso", RelationType::represents, "Republic of the Congo"));
}

TEST_CASE("a dateline's region gives the place named before it its country", "[mention_recognizer]") {
    // AP from Arusha: the headline names the town, the dateline its country
    const auto doc = test::analyse_titled(
        "Ruto chairs EAC summit in Arusha as bloc admits Somalia",
        "ARUSHA, Tanzania (AP) - Kenyan President William Ruto on Thursday chaired an extraordinary summit of the "
        "East African Community in Arusha. EAC Secretary General Peter Mathuki welcomed the decision.");
    const int arusha = test::entity(doc, "Arusha");
    REQUIRE(arusha >= 0);
    CHECK(doc.entities[arusha].country == "TZ");
    CHECK(test::has_relation(doc, "Peter Mathuki", RelationType::member_of, "East African Community"));
    CHECK(test::entity(doc, "East Africa") < 0);
}

TEST_CASE("\"European\", \"African\" and \"Asian\" name a region, not a person", "[mention_recognizer]") {
    // AP from Brussels: "European" had been a person "urged" by Hegseth
    const auto doc = test::analyse(
        "U.S. Defense Secretary Pete Hegseth urged European allies to spend more. African leaders and the African "
        "Union attended, and the Asian Development Bank sent an observer.");
    CHECK(test::entity(doc, "European") != test::entity(doc, "Pete Hegseth"));
    for (const auto& m : doc.mentions) CHECK(!(m.type == EntityType::person && doc.text(m) == "European"));
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"European", "African"});
    CHECK(test::entity(doc, "African Union") >= 0);
    CHECK(test::entity(doc, "Asian Development Bank") >= 0);
}

TEST_CASE("\"the Republic of Rwanda\" is Rwanda, though ISO calls it the Rwandese Republic", "[mention_recognizer]") {
    // a South African Presidency release; "the Republic of China" stays Taiwan
    const auto doc = test::analyse(
        "Among them were the Ambassador of the Kingdom of Spain, Mr Ramon Santos Martinez, and the High "
        "Commissioner of the Republic of Rwanda, Ms Jeanne Uwimana. The Republic of China sent no one.");
    CHECK(test::country(doc, "Jeanne Uwimana") == "RW");
    CHECK(test::has_relation(doc, "Jeanne Uwimana", RelationType::represents, "Rwanda"));
    CHECK(test::country(doc, "Ramon Santos Martinez") == "ES");
    CHECK(test::entity(doc, "Taiwan") >= 0);
}

TEST_CASE("cities beyond the capitals are places of their country", "[mention_recognizer]") {
    // PTI from New Delhi; a name with a city's word in it stays a name
    const auto doc = test::analyse(
        "Albanese attended the Test match in Ahmedabad before flying to Delhi. Prime Minister Christopher Luxon "
        "returned to Christchurch. Dr. Maria Rosario Jackson met Lin-Manuel Miranda.");
    for (const char* city : {"Ahmedabad", "Delhi"}) {
        CHECK(test::entity(doc, city) >= 0);
        CHECK(doc.entities[static_cast<std::size_t>(test::entity(doc, city))].country == "IN");
    }
    CHECK(test::entity(doc, "Christchurch") >= 0);
    CHECK(test::has_relation(doc, "Maria Rosario Jackson", RelationType::met_with, "Lin-Manuel Miranda"));
}

TEST_CASE("\"of\" and a country after a name say whom the person serves, unless a longer name goes on", "[mention_recognizer]") {
    // Reuters from Addis Ababa; a White House release
    const auto doc = test::analyse(
        "Youssouf replaces Moussa Faki Mahamat of Chad. The event was moderated by Charisse Jones of USA Today.");
    CHECK(test::country(doc, "Moussa Faki Mahamat") == "TD");
    CHECK(test::country(doc, "Charisse Jones").empty());
}

TEST_CASE("the nations of the United Kingdom are places in it, not Ireland", "[mention_recognizer]") {
    // White House readouts; NATO
    const auto doc = test::analyse(
        "The leaders discussed the Windsor Framework and their support for Northern Ireland. First Minister Arlene "
        "Foster of Northern Ireland attended. Leaders recalled the pledge of the Wales Summit.");
    CHECK(test::entity(doc, "Ireland") < 0);
    CHECK(test::country(doc, "Northern Ireland") == "GB");
    CHECK_FALSE(test::has_relation(doc, "Arlene Foster", RelationType::represents, "Ireland"));
    CHECK(test::has_relation(doc, "Wales Summit", RelationType::held_in, "Wales"));
}

TEST_CASE("an acronym inside a sentence before a comma and a country is no place in it", "[mention_recognizer]") {
    const auto doc = test::analyse_titled("Bilawal, Qin discuss CPEC, Afghanistan in Islamabad", "The ministers met.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Islamabad"});
    CHECK(mention_texts(doc, EntityType::country) == std::vector<std::string>{"Afghanistan"});
    // a dateline's capitals still name a place in its country
    const auto dateline = test::analyse("GANDHINAGAR, India - Officials met on Monday.");
    CHECK(mention_texts(dateline, EntityType::place) == std::vector<std::string>{"GANDHINAGAR"});
}

TEST_CASE("memorials, museums and houses of worship are places, not events or people", "[mention_recognizer]") {
    // The Hindu; a White House readout
    const auto doc = test::analyse(
        "Earlier in the day, Gen. Nakatani laid a wreath at the National War Memorial. The Second Gentleman visited "
        "the U.S. Holocaust Memorial Museum and the Sikh Temple.");
    CHECK(mention_texts(doc, EntityType::event).empty());
    CHECK(mention_texts(doc, EntityType::place) ==
          std::vector<std::string>{"National War Memorial", "U.S. Holocaust Memorial Museum", "Sikh Temple"});
}

TEST_CASE("a country's combining form before a hyphen; three places joined by hyphens name a route", "[mention_recognizer]") {
    // the Elysee; Kenya's State House
    const auto doc = test::analyse(
        "They welcomed the progress of the Franco-South African partnership and the Franco-German engine. The two "
        "leaders agreed to fast-track the Malindi-Lunga Lunga-Tanga-Bagamoyo highway.");
    CHECK(mention_texts(doc, EntityType::country) == std::vector<std::string>{"Franco", "South African", "Franco", "German"});
    CHECK(test::count(doc, EntityType::person) == 0);
    // alone, the word is a name
    const auto name = test::analyse("President Itamar Franco signed the decree.");
    CHECK(test::entity(name, "Itamar Franco") >= 0);
    CHECK(test::entity(name, "France") < 0);
}

TEST_CASE("a named person's possessive after 'at' is no place; Viet Nam's spelling of its capital", "[mention_recognizer]") {
    // Politico Europe; Viet Nam's government portal
    const auto doc = test::analyse(
        "U.S. President Donald Trump and Ursula von der Leyen agreed a deal. The two met for about an hour at Trump's "
        "golf resort in Turnberry. Vivian Balakrishnan is in Ha Noi for the meeting.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Turnberry", "Ha Noi"});
    CHECK(test::country(doc, "Hanoi") == "VN");
}

TEST_CASE("gazetteer names written with accents the gazetteer lacks are found; a Vietnamese name is no 'to'", "[mention_recognizer]") {
    // Việt Nam News
    const auto doc = test::analyse(
        "HÀ NỘI - Party General Secretary Tô Lâm received Singaporean Prime Minister Lawrence Wong in Hà Nội on "
        "Wednesday, as part of Wong's official visit to Việt Nam. They met in ĐÀ NẴNG in March.");
    CHECK(test::mention_texts(doc, EntityType::person) == std::vector<std::string>{"Tô Lâm", "Lawrence Wong", "Wong"});
    CHECK(test::country(doc, "Hà Nội") == "VN");
    CHECK(test::country(doc, "ĐÀ NẴNG") == "VN");
    CHECK(test::entity(doc, "Việt Nam") >= 0);
    CHECK(test::has_relation(doc, "Tô Lâm", RelationType::met_with, "Lawrence Wong"));
    // the nearby city is no country: "La Cañada, CA"
    const auto la_canada = test::analyse("Nitasha Kaur Sawhney, lawyer (La Cañada, CA), joined the meeting.");
    CHECK(test::count(la_canada, EntityType::country) == 0);
}

TEST_CASE("a name before a subdivision's word in lower case is a place ('Sudan's North Darfur state')", "[mention_recognizer]") {
    // Reuters from the United Nations; White House readouts
    const auto doc = test::analyse(
        "The council met to discuss the fighting in Sudan's North Darfur state and in Khyber Pakhtunkhwa province. "
        "Vice President Harris met Latina state legislators.");
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"North Darfur", "Khyber Pakhtunkhwa"});
    CHECK(test::country(doc, "North Darfur") == "SD");
    CHECK(test::count(doc, EntityType::person) == 1);  // Harris; "Latina" is neither
}

TEST_CASE("American cities the news names often are places, not people", "[mention_recognizer]") {
    // White House readouts of meetings with mayors
    const auto doc = test::analyse(
        "The Vice President met with the mayors of Little Rock, Long Beach, Baton Rouge and Salt Lake City.");
    for (const char* city : {"Little Rock", "Long Beach", "Baton Rouge", "Salt Lake City"}) {
        CHECK(test::entity(doc, city) >= 0);
        CHECK(test::country(doc, city) == "US");
    }
    CHECK(test::count(doc, EntityType::person) == 0);
}
