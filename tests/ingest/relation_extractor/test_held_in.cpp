// The relation extractor on where events were held, and places that are no parties.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

TEST_CASE("shootings happen in places but are not held there", "[relation_extractor]") {
    const auto doc = test::analyse("They withdrew after the mass shooting in Orlando, Florida.");
    CHECK(doc.relations.empty());
}

TEST_CASE("a body after 'at' is where a person was met, unless an appositive says the person works there", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Sir Keir Starmer hosted Ukraine's President Volodymyr Zelensky at Downing Street. Suzanne Spaulding, an "
        "undersecretary at the US Department of Homeland Security, attended.");
    CHECK_FALSE(test::has_relation(doc, "Volodymyr Zelensky", RelationType::member_of, "Downing Street"));
    CHECK(test::has_relation(doc, "Suzanne Spaulding", RelationType::member_of, "Department of Homeland Security"));
}

TEST_CASE("a dateline's place, a meeting's topic and a posting to a body are no parties", "[relation_extractor]") {
    // A UN press summary of a Security Council meeting; an Al Jazeera report
    const auto doc = test::analyse(
        "UNITED NATIONS, 12 March — The United Nations Security Council held an emergency meeting on the situation "
        "in Sudan on Wednesday. Sudan's Ambassador to the UN, Al-Harith Idriss Al-Harith Mohamed, also spoke. "
        "Barbara Woodward, the United Kingdom's Permanent Representative to the United Nations, said the Council "
        "must act. Rafael Grossi, director general of the International Atomic Energy Agency, is expected in Tehran.");
    CHECK(test::has_relation(doc, "United Nations Security Council", RelationType::attended, "emergency meeting"));
    CHECK_FALSE(test::has_relation(doc, "United Nations", RelationType::attended, "emergency meeting"));
    CHECK_FALSE(test::has_relation(doc, "emergency meeting", RelationType::held_in, "Sudan"));
    CHECK(test::has_relation(doc, "Al-Harith Idriss Al-Harith Mohamed", RelationType::represents, "Sudan"));
    CHECK_FALSE(test::has_relation(doc, "Al-Harith Idriss Al-Harith Mohamed", RelationType::member_of, "United Nations"));
    CHECK(test::has_relation(doc, "Barbara Woodward", RelationType::represents, "United Kingdom"));
    CHECK(test::has_relation(doc, "Rafael Grossi", RelationType::member_of, "International Atomic Energy Agency"));
    const auto headline = test::analyse("Iran and US hold fifth round of nuclear talks in Rome");
    CHECK(test::entity(headline, "fifth round") >= 0);
    CHECK(test::has_relation(headline, "fifth round", RelationType::held_in, "Rome"));
}

TEST_CASE("a place after a second verb is not where the event was held", "[relation_extractor]") {
    // Reuters from Addis Ababa
    const auto doc = test::analyse(
        "The United Nations Secretary-General, Antonio Guterres, addressed the opening session and called for a "
        "ceasefire in Sudan. Leaders attended the opening session in Addis Ababa.");
    CHECK(test::has_relation(doc, "Antonio Guterres", RelationType::attended, "opening session"));
    CHECK_FALSE(test::has_relation(doc, "opening session", RelationType::held_in, "Sudan"));
    CHECK(test::has_relation(doc, "opening session", RelationType::held_in, "Addis Ababa"));
}

TEST_CASE("a clause after \", where\" has partners of its own", "[relation_extractor]") {
    // dpa from Beijing
    const auto doc = test::analyse(
        "Olaf Scholz held talks with Premier Li Qiang in Beijing. Scholz later met students at Tongji University in "
        "Shanghai, where he urged them to think critically.");
    CHECK(test::has_relation(doc, "Olaf Scholz", RelationType::met_with, "Li Qiang"));
    const auto met = std::count_if(doc.relations.begin(), doc.relations.end(),
                                   [](const Relation& r) { return r.type == RelationType::met_with; });
    CHECK(met == 1);
}

TEST_CASE("a city before \"on the margins of\" an event is where the event was held", "[relation_extractor]") {
    // DFAT and White House readouts; a region inside a forum's name is its reach, not its venue
    const auto doc = test::analyse(
        "Minister Penny Wong met China's Foreign Minister Wang Yi on 11 July in Kuala Lumpur, on the margins of the "
        "ASEAN Foreign Ministers' Meeting. President Biden met Prime Minister Justin Trudeau of Canada in Mexico "
        "City on the margins of the North American Leaders' Summit. Vice President Harris attended the East Asia "
        "Summit in Jakarta.");
    CHECK(test::has_relation(doc, "ASEAN Foreign Ministers' Meeting", RelationType::held_in, "Kuala Lumpur"));
    CHECK(test::has_relation(doc, "North American Leaders' Summit", RelationType::held_in, "Mexico City"));
    CHECK_FALSE(test::has_relation(doc, "North American Leaders' Summit", RelationType::held_in, "North America"));
    CHECK(test::has_relation(doc, "East Asia Summit", RelationType::held_in, "Jakarta"));
    CHECK_FALSE(test::has_relation(doc, "East Asia Summit", RelationType::held_in, "East Asia"));
}

TEST_CASE("who meet in a city for the annual meeting attend it there", "[relation_extractor]") {
    // AAP from Queenstown; "the pair" are the two just named
    const auto doc = test::analyse(
        "QUEENSTOWN, New Zealand, Aug 2 (AAP) - Prime Minister Anthony Albanese and his New Zealand counterpart "
        "Christopher Luxon have met in Queenstown for "
        "the annual Australia-New Zealand Leaders' Meeting. The pair agreed to deepen defence cooperation.");
    const std::string meeting = "Australia-New Zealand Leaders' Meeting";
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, meeting));
    CHECK(test::has_relation(doc, "Christopher Luxon", RelationType::attended, meeting));
    CHECK(test::has_relation(doc, meeting, RelationType::held_in, "Queenstown"));
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::agreed, "Christopher Luxon"));
}

TEST_CASE("a country where something happens, or against whom, is no subject of a later verb", "[relation_extractor]") {
    // AP from Vientiane
    const auto doc = test::analyse(
        "Southeast Asian foreign ministers on Thursday urged an end to the violence in Myanmar as they opened their "
        "annual meeting in the Laotian capital. Ahead of the anniversary of Russia's aggression against Ukraine, leaders "
        "agreed to stand with the Ukrainian people.");
    CHECK_FALSE(test::has_relation(doc, "Myanmar", RelationType::attended, "annual meeting"));
    CHECK(test::has_relation(doc, "annual meeting", RelationType::held_in, "Laos"));
    CHECK_FALSE(test::has_relation(doc, "Ukraine", RelationType::agreed, "Russia"));
}

TEST_CASE("talks named for their city were held there, and the bodies between whom they are attended them", "[relation_extractor]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "Blinken discussed the Jeddah talks between the Sudanese Armed Forces and the Rapid Support Forces.");
    CHECK(has_relation(doc, "Jeddah talks", RelationType::held_in, "Jeddah"));
    CHECK(has_relation(doc, "Sudanese Armed Forces", RelationType::attended, "Jeddah talks"));
    CHECK(has_relation(doc, "Rapid Support Forces", RelationType::attended, "Jeddah talks"));
    CHECK_FALSE(has_relation(doc, "Blinken", RelationType::attended, "Jeddah talks"));
    const auto region = test::analyse("Leaders attended the East Asia Summit on Thursday.");
    CHECK(test::count(region, RelationType::held_in) == 0);
}

TEST_CASE("the city leaders gathered in, on a day, for a summit is where it was held", "[relation_extractor]") {
    // Reuters from Addis Ababa
    const auto doc = test::analyse(
        "African leaders gathered in Addis Ababa on Saturday for the 38th African Union summit. Ministers met in "
        "Paris on Feb. 15 for the AI Action Summit.");
    CHECK(has_relation(doc, "38th African Union summit", RelationType::held_in, "Addis Ababa"));
    CHECK(has_relation(doc, "AI Action Summit", RelationType::held_in, "Paris"));
}

TEST_CASE("the city of the lead's meeting is where the headline's meeting was held", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of President Biden's Meeting with President Andrzej Duda of Poland",
        "President Joseph R. Biden, Jr. met today with President Andrzej Duda of Poland in Warsaw. The leaders "
        "reflected on their shared efforts to support Ukraine.");
    CHECK(has_relation(doc, "meeting", RelationType::held_in, "Warsaw"));
    const auto capital = test::analyse_titled(
        "Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar",
        "Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Dr. S. Jaishankar in "
        "Washington, D.C. They discussed the partnership.");
    CHECK(has_relation(capital, "meeting", RelationType::held_in, "Washington"));
    const auto topic = test::analyse_titled(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Prime Minister Al Thani of Qatar",
        "National Security Advisor Jake Sullivan met with Prime Minister Al Thani of Qatar today to discuss the "
        "ongoing crisis in Gaza.");
    CHECK_FALSE(has_relation(topic, "meeting", RelationType::held_in, "Gaza"));
    const auto background = test::analyse_titled(
        "Readout of the Meeting of Foreign Ministers",
        "The ministers met in Rome. Blinken met Wang in Vienna last year.");
    CHECK_FALSE(has_relation(background, "Meeting of Foreign Ministers", RelationType::held_in, "Vienna"));
}

TEST_CASE("a dialogue on a long topic 'was held in' a city; a mechanism 'agreed upon by' two leaders is their agreement", "[relation_extractor]") {
    // China Daily, in other words than the seeds'
    const auto doc = test::analyse(
        "The first China-US high-level joint dialogue on fighting cybercrime and related issues was held in "
        "Washington on Tuesday. The dialogue mechanism was agreed upon by President Xi Jinping and President Barack "
        "Obama in September. A meeting on the situation in Sudan and discussed plans in Geneva followed.");
    CHECK(has_relation(doc, "first China-US high-level joint dialogue", RelationType::held_in, "Washington"));
    CHECK(has_relation(doc, "Xi Jinping", RelationType::agreed, "Barack Obama"));
    CHECK(test::count(doc, RelationType::held_in) == 1);  // "on the situation in Sudan" is a topic
}

TEST_CASE("a place after the topic of an event the sentence holds is its venue, unless the topic is a trouble there", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Officials held the fourth dialogue on cybercrime in Beijing on Thursday. Envoys held a meeting on the "
        "humanitarian situation in Khartoum.");
    CHECK(has_relation(doc, "fourth dialogue", RelationType::held_in, "Beijing"));
    CHECK(test::count(doc, RelationType::held_in) == 1);
}

TEST_CASE("a place in what the people of a meeting discussed is the topic's, not the meeting's", "[relation_extractor]") {
    // the OAS; a White House readout
    const auto doc = test::analyse(
        "Secretary General Albert Ramdin received Foreign Minister Carlos Ramiro Martinez. During the meeting, the "
        "two officials discussed the situation in Haiti. The leaders also discussed developments in Venezuela.");
    CHECK(test::entity(doc, "meeting") >= 0);
    CHECK(test::count(doc, RelationType::held_in) == 0);
    // a verb of holding after the topic: the place is the meeting's again
    const auto held = test::analyse(
        "A meeting that discussed the situation in Sudan was held in Geneva on Monday.");
    CHECK(has_relation(held, "meeting", RelationType::held_in, "Geneva"));
}

TEST_CASE("when the lead's meeting names no one, its city is where the article's meeting was held", "[relation_extractor]") {
    const auto doc = test::analyse_titled(
        "G7 foreign ministers meet in Capri",
        "G7 foreign ministers met in Capri, Italy, from April 17 to 19, under Italy's presidency. The meeting was "
        "chaired by Italian Foreign Minister Antonio Tajani.");
    CHECK(has_relation(doc, "meeting", RelationType::held_in, "Capri"));
}

TEST_CASE("an event in a country's city or capital named after it is held in that city", "[relation_extractor]") {
    // Reuters and AP
    const auto doc = test::analyse(
        "The talks took place in the Saudi city of Jeddah on Tuesday. A separate meeting, held in the Qatari "
        "capital, Doha, brought together envoys from Egypt and Jordan.");
    CHECK(test::has_relation(doc, "talks", RelationType::held_in, "Jeddah"));
    CHECK_FALSE(test::has_relation(doc, "talks", RelationType::held_in, "Saudi Arabia"));
    CHECK(test::has_relation(doc, "separate meeting", RelationType::held_in, "Doha"));
}

TEST_CASE("the city set off after 'in the capital,' is where the lead's meeting was held", "[relation_extractor]") {
    // written after Al Jazeera's style, as a readout
    const auto doc = test::analyse_titled(
        "Readout of Foreign Minister Wong's Meeting with Omani Foreign Minister Albusaidi",
        "Foreign Minister Penny Wong met her Omani counterpart Badr Albusaidi in the capital, Muscat, on Monday.");
    CHECK(test::has_relation(doc, "meeting", RelationType::held_in, "Muscat"));
}

TEST_CASE("a release's lead after its furniture lines places the headline's meeting", "[relation_extractor]") {
    // the State Department
    const auto doc = test::analyse_titled(
        "Secretary Blinken's Meeting with Egyptian Foreign Minister Abdelatty",
        "Secretary Blinken's Meeting with Egyptian Foreign Minister Abdelatty\n\nOffice of the Spokesperson\n\nOctober 18, "
        "2024\n\nThe below is attributable to Spokesperson Matthew Miller:\n\nSecretary of State Antony J. Blinken met "
        "today with Egyptian Foreign Minister Badr Abdelatty in Washington.");
    CHECK(test::has_relation(doc, "meeting", RelationType::held_in, "Washington"));
}

TEST_CASE("a city before an occasion is its venue past the city's country and the day", "[relation_extractor]") {
    // The EastAfrican; a White House readout
    const auto doc = test::analyse(
        "Heads of State of the East African Community (EAC) met in Arusha, Tanzania, on Friday for an extraordinary "
        "summit on the security situation.");
    CHECK(test::has_relation(doc, "extraordinary summit", RelationType::held_in, "Arusha"));
    const auto readout = test::analyse(
        "President Biden met Prime Minister Sunak on Friday, June 14 in Puglia, Italy on the margins of the G7 Summit.");
    CHECK(test::has_relation(readout, "G7 Summit", RelationType::held_in, "Puglia"));
}

TEST_CASE("a verb of holding after a relative clause set off by commas still places the event", "[relation_extractor]") {
    const auto doc = test::analyse("The summit, which brought together more than 40 heads of state, was held in Geneva.");
    CHECK(test::has_relation(doc, "summit", RelationType::held_in, "Geneva"));
}
