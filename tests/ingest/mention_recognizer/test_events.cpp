// The mention recogniser on events: names, ordinals and descriptions, in headlines too.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("events keep ordinals and names; venues and cities are places", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Chinese and US officials held the second High-Level Joint Dialogue on Cybercrime and Related Issues at "
        "Diaoyutai State Guesthouse in Beijing, following the first such conversation in Washington.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"second High-Level Joint Dialogue on Cybercrime and Related Issues"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) == std::vector<std::string>{"first such conversation"});
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Diaoyutai State Guesthouse", "Beijing", "Washington"});
    const int dialogue = test::entity(doc, "second High-Level Joint Dialogue on Cybercrime and Related Issues");
    REQUIRE(dialogue >= 0);
    CHECK(doc.entities[dialogue].ordinal == 2);
}

TEST_CASE("a compound whose last party has a two-word name; organisations named like events", "[mention_recognizer]") {
    // An Australian DFAT media release
    const auto doc = test::analyse(
        "Senator Penny Wong met New Zealand Foreign Minister Winston Peters in Wellington for the annual "
        "Australia-New Zealand Foreign Ministers' Consultations. They agreed to work through the Pacific Islands "
        "Forum.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Penny Wong", "Winston Peters"});
    CHECK(test::has_relation(doc, "Australia", RelationType::attended, "Australia-New Zealand Foreign Ministers' Consultations"));
    CHECK(test::has_relation(doc, "New Zealand", RelationType::attended, "Australia-New Zealand Foreign Ministers' Consultations"));
    const int forum = test::entity(doc, "Pacific Islands Forum");
    REQUIRE(forum >= 0);
    CHECK(doc.entities[forum].type == EntityType::agency);
}

TEST_CASE("a compound whose first party has a two-word name; a body's name after it belongs to the event",
          "[mention_recognizer]") {
    // South Africa's DIRCO; a Saudi release; a White House readout
    const auto doc = test::analyse(
        "Minister Lamola co-chaired the 11th Session of the South Africa-Nigeria Bi-National Commission in Abuja. "
        "He met the co-chairs of the Saudi Arabia-Iraq Coordination Council. Both reaffirmed the "
        "United States-Mexico-Canada Agreement. They attended White House Meetings on the U.S.-UK Atlantic "
        "Declaration.");
    const std::string session = "11th Session of the South Africa-Nigeria Bi-National Commission";
    CHECK(test::has_relation(doc, "Lamola", RelationType::co_chaired, session));
    CHECK(test::has_relation(doc, "South Africa", RelationType::attended, session));
    CHECK(test::has_relation(doc, "Nigeria", RelationType::attended, session));
    CHECK(test::has_relation(doc, session, RelationType::held_in, "Abuja"));
    CHECK(test::entity(doc, "Saudi Arabia-Iraq Coordination Council") >= 0);
    CHECK(test::entity(doc, "Iraq") >= 0);
    CHECK(test::entity(doc, "Canada") >= 0);
    // the parties alone, before a place's name, name no body of the meetings
    CHECK(test::entity(doc, "White House Meetings") >= 0);
}

TEST_CASE("a headline's capitalised verb ends an event's name; a convention centre is a place", "[mention_recognizer]") {
    // Yonhap and a Malaysian government statement
    const auto doc = test::analyse_titled(
        "President Lee Jae-myung Holds Summit with Japanese Prime Minister Ishiba",
        "President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo.");
    CHECK(test::entity(doc, "President Lee Jae-myung Holds Summit") < 0);
    CHECK(test::has_relation(doc, "Lee Jae-myung", RelationType::met_with, "Shigeru Ishiba"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "summit", RelationType::held_in, "Tokyo"));
    const auto venue = test::analyse("The 46th ASEAN Summit was held at the Kuala Lumpur Convention Centre.");
    CHECK(mention_texts(venue, EntityType::place) == std::vector<std::string>{"Kuala Lumpur Convention Centre"});
    CHECK(mention_texts(venue, EntityType::event) == std::vector<std::string>{"46th ASEAN Summit"});
}

TEST_CASE("documents are no people; a numbered assembly is a meeting; a short surname starts a sentence", "[mention_recognizer]") {
    // A Japanese foreign ministry readout, a WHO release, a Xinhua report
    const auto doc = test::analyse(
        "The two leaders welcomed negotiations on an Acquisition and Cross-Servicing Agreement and praised the "
        "Abraham Accords. The text was negotiated by the Intergovernmental Negotiating Body. Member States adopted "
        "it at the Seventy-eighth World Health Assembly. Xi Jinping addressed the 20th National Congress of the "
        "Communist Party of China.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Xi Jinping"});
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Intergovernmental Negotiating Body", "Communist Party of China"});
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"Seventy-eighth World Health Assembly", "20th National Congress"});
    const int assembly = test::entity(doc, "Seventy-eighth World Health Assembly");
    REQUIRE(assembly >= 0);
    CHECK(doc.entities[assembly].ordinal == 78);
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::attended, "20th National Congress"));
    // a sentence's first word before a body's head is part of its name, unless it is a quantifier
    const auto party = test::analyse("Conservative Party leader Kemi Badenoch backed the plan. Some Council members objected.");
    CHECK(mention_texts(party, EntityType::agency) == std::vector<std::string>{"Conservative Party"});
    CHECK(test::has_relation(party, "Kemi Badenoch", RelationType::member_of, "Conservative Party"));
}

TEST_CASE("a body's name with its short name in brackets names its summit", "[mention_recognizer]") {
    // Yonhap; both forms of the head in one article are one event, apart from an earlier summit
    const auto doc = test::analyse(
        "Modi attended the G20 summit in Rio de Janeiro. Cho will attend the Asia-Pacific Economic Cooperation "
        "(APEC) summit in Lima. President Yoon Suk Yeol attended the Asia-Pacific Economic Cooperation (APEC) Summit.");
    CHECK(mention_texts(doc, EntityType::event, MentionKind::name) ==
          std::vector<std::string>{"Asia-Pacific Economic Cooperation (APEC) Summit"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"G20 summit", "Asia-Pacific Economic Cooperation (APEC) summit"});
    CHECK(test::has_relation(doc, "Yoon Suk Yeol", RelationType::attended, "Asia-Pacific Economic Cooperation (APEC) Summit"));
    CHECK_FALSE(test::has_relation(doc, "G20 summit", RelationType::held_in, "Lima"));
}

TEST_CASE("plain words joined by 'and' before an event's head are in its name", "[mention_recognizer]") {
    // An Australian report; White House readouts
    const auto doc = test::analyse(
        "Australian Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Canberra for the "
        "Australia-China Foreign and Strategic Dialogue. President Biden and Secretary Blinken also convened a "
        "U.S.-Vietnam Innovation and Investment Summit. Prime Minister Kishida and President Biden met.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"Australia-China Foreign and Strategic Dialogue", "U.S.-Vietnam Innovation and Investment Summit"});
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::attended, "Australia-China Foreign and Strategic Dialogue"));
    CHECK(test::has_relation(doc, "Blinken", RelationType::co_chaired, "U.S.-Vietnam Innovation and Investment Summit"));
}

TEST_CASE("a code of capitals and digits before an event's head names the event", "[mention_recognizer]") {
    // EFE from Brasilia; a White House readout
    const auto doc = test::analyse(
        "Lula and Petro agreed to coordinate efforts ahead of the COP30 climate conference in Belem. The Task "
        "Force received a briefing on the upcoming COP27 conference in Sharm el-Sheikh, Egypt.");
    const auto events = test::mention_texts(doc, EntityType::event, MentionKind::description);
    CHECK(std::find(events.begin(), events.end(), "COP30 climate conference") != events.end());
    CHECK(test::has_relation(doc, "COP30 climate conference", RelationType::held_in, "Belem"));
    CHECK(test::has_relation(doc, "upcoming COP27 conference", RelationType::held_in, "Sharm el-Sheikh"));
}

TEST_CASE("\"Heads of State and Government\" is one pair inside a summit's name", "[mention_recognizer]") {
    // the Ghana News Agency from Accra
    const auto doc = test::analyse(
        "President John Dramani Mahama held talks with Alassane Ouattara on the sidelines of the 67th Ordinary Session "
        "of the ECOWAS Authority of Heads of State and Government in Abuja.");
    CHECK(test::has_relation(doc, "67th Ordinary Session of the ECOWAS Authority of Heads of State and Government",
                             RelationType::held_in, "Abuja"));
}

TEST_CASE("a round of voting or of sanctions is no meeting; a round of indirect talks is", "[mention_recognizer]") {
    // Reuters from Addis Ababa and Brussels; AP from Rome
    const auto doc = test::analyse(
        "Youssouf defeated Raila Odinga in the seventh round of voting. The EU imposed a new round of sanctions on "
        "Moscow. Iran and the United States held a second round of indirect nuclear talks in Rome.");
    CHECK(test::mention_texts(doc, EntityType::event, MentionKind::description) ==
          (std::vector<std::string>{"second round", "talks"}));
}

TEST_CASE("a count of meetings over a time is no edition of the event", "[mention_recognizer]") {
    // AP from Vientiane; dpa from Berlin
    const auto doc = test::analyse(
        "Blinken met with Wang on the sidelines of the meeting on Friday, their sixth meeting this year. Scholz and "
        "Tusk held the first German-Polish intergovernmental consultations in six years.");
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"meeting", "meeting", "German-Polish intergovernmental consultations"});
    CHECK(std::none_of(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.ordinal != 0; }));
    // an ordinal before "since" still numbers the meetings of a series
    const auto series = test::analyse(
        "On June 15, the United States, Japan, and the ROK held their third national security advisors' trilateral "
        "meeting since 2021.");
    CHECK(series.entities[test::entity(series, "third national security advisors' trilateral meeting")].ordinal == 3);
}

TEST_CASE("a meeting's format of ministers a side, \"2+2\", belongs to the event's name, quoted or not", "[mention_recognizer]") {
    // a State Department readout; Reuters from Manila
    const auto doc = test::analyse(
        "Secretary Blinken hosted External Affairs Minister S. Jaishankar for the U.S.-India 2+2 Ministerial Dialogue "
        "in Washington. Japanese Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo for the "
        "second \"2+2\" security talks in Manila.");
    CHECK(mention_texts(doc, EntityType::event) == std::vector<std::string>{"U.S.-India 2+2 Ministerial Dialogue"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"second \"2+2\" security talks"});
    CHECK(test::has_relation(doc, "India", RelationType::attended, "U.S.-India 2+2 Ministerial Dialogue"));
    CHECK(test::has_relation(doc, "Enrique Manalo", RelationType::attended, "second \"2+2\" security talks"));
}

TEST_CASE("an event word before a venue's head names the venue", "[mention_recognizer]") {
    // a White House readout's list of faith leaders
    const auto doc = test::analyse(
        "Pastor Jeanette Salguero of The Gathering Place attended the meeting. Leaders gathered at the Summit Hall.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Gathering Place", "Summit Hall"});
    CHECK(mention_texts(doc, EntityType::event).empty());
    CHECK(test::has_relation(doc, "Jeanette Salguero", RelationType::attended, "meeting"));
}

TEST_CASE("a first occasion in a role counts, it does not number", "[mention_recognizer]") {
    // a NATO release in NITF
    const auto doc = test::analyse(
        "NATO foreign ministers met in Brussels on Wednesday. Secretary General Jens Stoltenberg chaired the meeting. "
        "Sweden attended its first meeting as a full member.");
    CHECK(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == EntityType::event; }) == 1);
    CHECK(test::has_relation(doc, "Sweden", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Jens Stoltenberg", RelationType::co_chaired, "meeting"));
}

TEST_CASE("talks that resume, stall or collapse are an event, the verb ending their description", "[mention_recognizer]") {
    // Al Jazeera from Doha; Reuters
    const auto doc = test::analyse("The ceasefire talks resumed in Doha on Thursday.");
    CHECK(test::entity(doc, "ceasefire talks") >= 0);
    CHECK(test::has_relation(doc, "ceasefire talks", RelationType::held_in, "Doha"));
    CHECK(test::entity(test::analyse("The talks stalled in May."), "talks") >= 0);
}

TEST_CASE("talks held with words that describe them are an occasion; many of them are not one", "[mention_recognizer]") {
    // a White House readout; Reuters
    const auto doc = test::analyse(
        "They held constructive talks with Crown Prince Mohammed bin Salman. Jake Sullivan and Wang Yi held candid "
        "talks on Monday.");
    CHECK(test::entity(doc, "constructive talks") >= 0);
    CHECK(test::has_relation(doc, "Mohammed bin Salman", RelationType::attended, "constructive talks"));
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::met_with, "Wang Yi"));
    // (quoted words, AP's style: the head alone names them)
    const auto quoted = test::analyse("Jake Sullivan and Wang Yi held \"candid, substantive\" talks in Bangkok.");
    CHECK(test::has_relation(quoted, "talks", RelationType::held_in, "Bangkok"));
    CHECK(test::has_relation(quoted, "Jake Sullivan", RelationType::met_with, "Wang Yi"));
    const auto many = test::analyse(
        "Since May, Vice President Kamala Harris has held more than 20 convenings. Harris held several meetings and "
        "held 12 roundtables.");
    CHECK(test::count(many, EntityType::event) == 0);
    // (bare "held talks" stays a meeting of the people named, no occasion of its own)
    CHECK(test::count(test::analyse("Jake Sullivan and Wang Yi held talks on Monday."), EntityType::event) == 0);
}

TEST_CASE("a convention that is violated or ratified is a treaty, no occasion; one held is a conference", "[mention_recognizer]") {
    // Reuters from The Hague; AP
    const auto doc = test::analyse(
        "Ronald Lamola said Israel's actions violated the 1948 Genocide Convention and the Geneva Conventions. "
        "Riyad al-Maliki attended the hearing.");
    CHECK(test::entity(doc, "Genocide Convention") < 0);
    CHECK(test::entity(doc, "Geneva Conventions") < 0);
    const auto cop = test::analyse(
        "Harris met Sisi on the sidelines of the 28th Conference of the Parties to the UN Framework Convention on "
        "Climate Change (COP28).");
    CHECK(test::count(cop, EntityType::event) == 1);
    CHECK(test::has_relation(doc, "Riyad al-Maliki", RelationType::attended, "hearing"));
    const auto held = test::analyse("Delegates attended the 2024 Democratic National Convention in Chicago.");
    CHECK(test::has_relation(held, "Democratic National Convention", RelationType::held_in, "Chicago"));
}

TEST_CASE("the General Assembly's general debate is an occasion", "[mention_recognizer]") {
    // AP from the United Nations
    const auto doc = test::analyse(
        "Secretary-General Antonio Guterres opened the general debate with a warning. French President Emmanuel "
        "Macron co-chaired a conference on the two-state solution on Monday. Chinese Premier Li Qiang led his "
        "country's delegation.");
    CHECK(test::has_relation(doc, "Antonio Guterres", RelationType::attended, "general debate"));
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::attended, "general debate"));
    CHECK_FALSE(test::has_relation(doc, "Li Qiang", RelationType::attended, "conference"));
}

TEST_CASE("'that' before a name opens a clause, no event's description", "[mention_recognizer]") {
    // Reuters
    const auto doc = test::analyse(
        "Chinese Foreign Minister Wang Yi told his Russian counterpart, Sergei Lavrov, that Beijing supports peace "
        "talks.");
    CHECK(test::entity(doc, "Beijing supports peace talks") < 0);
    CHECK(test::count(doc, RelationType::held_in) == 0);
}

TEST_CASE("only a determiner stands before an event's ordinal: a headline's verb is no part of the name", "[mention_recognizer]") {
    // an AP feed item
    const auto doc = test::analyse_titled("Iran, U.S. end fourth round of talks in Oman",
                                          "Iran and the United States held a fourth round of talks in Muscat on Sunday.");
    CHECK(test::entity(doc, "fourth round of talks") >= 0);
    CHECK(test::entity(doc, "U.S. end fourth round of talks") < 0);
    CHECK(test::has_relation(doc, "Iran", RelationType::attended, "fourth round of talks"));
}

TEST_CASE("a headline's capitals make no event of an observance nor a place of ordinary words", "[mention_recognizer]") {
    // White House feed items
    const auto month = test::analyse_titled("Presidential Message on National Shooting Sports Month",
                                            "The President honored hunters on Monday.");
    CHECK(test::count(month, EntityType::event) == 0);
    const auto base = test::analyse_titled("President Trump Rebuilds America's Shipbuilding Industrial Base",
                                           "The President signed an order on Monday.");
    CHECK(test::count(base, EntityType::place) == 0);
    const auto war = test::analyse("Veterans marked the anniversary of World War II on Monday.");
    CHECK(test::entity(war, "World War II") >= 0);
    // a headline's meeting named before a verb or a preposition stays one
    const auto forum = test::analyse_titled("Readout of Space Systems Cybersecurity Executive Forum Hosted by the Office",
                                            "Leaders met on Monday.");
    CHECK(test::entity(forum, "Space Systems Cybersecurity Executive Forum") >= 0);
}

TEST_CASE("a headline's owner of a meeting is no word of its name: a suffix or a bare apostrophe ends the owner", "[mention_recognizer]") {
    // White House readouts
    const auto call = test::analyse_titled(
        "Readout of President Joseph R. Biden Jr. Call with Prime Minister Kyriakos Mitsotakis of Greece",
        "President Joseph R. Biden spoke today with Greek Prime Minister Kyriakos Mitsotakis.");
    CHECK(test::entity(call, "Jr. Call") < 0);
    const auto harris = test::analyse_titled("Readout of Vice President Harris' Meeting with Prime Minister Trudeau of Canada",
                                             "Vice President Kamala Harris met today with Prime Minister Justin Trudeau.");
    for (const auto& e : harris.entities) CHECK(e.name.front() != '\'');
    const auto leaders = test::analyse("The G7 Leaders' Summit opened in Apulia.");
    CHECK(test::entity(leaders, "G7 Leaders' Summit") >= 0);
}

TEST_CASE("a named meeting that holds 'its third meeting' is numbered by it; an adviser to a country's leader serves the country",
          "[mention_recognizer]") {
    // China Daily
    const auto doc = test::analyse(
        "The China-US Counternarcotics Working Group held its third meeting in Beijing on Wednesday. The meeting "
        "was co-chaired by Wang Xiaohong, China's minister of public security, and Jen Daskal, deputy homeland "
        "security adviser to US President Joe Biden.");
    const int group = test::entity(doc, "China-US Counternarcotics Working Group");
    REQUIRE(group >= 0);
    CHECK(doc.entities[group].ordinal == 3);
    CHECK(test::count(doc, EntityType::event) == 1);
    CHECK(test::has_relation(doc, "Jen Daskal", RelationType::co_chaired, "China-US Counternarcotics Working Group"));
    CHECK(test::position(doc, "Jen Daskal") == "deputy homeland security adviser");
    CHECK(test::country(doc, "Jen Daskal") == "US");
    CHECK(test::country(doc, "Joe Biden") == "US");
}

TEST_CASE("a headline's meeting ends before the name of the one who holds it", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of Deputy National Security Advisor for Cyber Anne Neuberger Meeting with the Attorneys General",
        "Today officials met.");
    CHECK(test::entity(doc, "Anne Neuberger") >= 0);
    CHECK(test::entity(doc, "Cyber Anne") < 0);
    CHECK(test::entity(doc, "Neuberger Meeting") < 0);
}

TEST_CASE("a meeting 'of' a body that meets is named by the body; a government's office names none", "[mention_recognizer]") {
    // VNA, and White House readouts
    const auto doc = test::analyse(
        "The two ministers co-chaired the 12th meeting of the Vietnam-Japan Cooperation Committee. He spoke at the "
        "third national meeting of the White House.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"12th meeting of the Vietnam-Japan Cooperation Committee"});
    CHECK(test::entity(doc, "third national meeting") >= 0);
}

TEST_CASE("a mechanism is a body whose meeting it names", "[mention_recognizer]") {
    // Anadolu from Ankara
    const auto doc = test::analyse(
        "Fidan and Hussein later co-chaired the fourth meeting of the High-Level Security Mechanism between the two "
        "countries, which was also attended by Turkish Defense Minister Yasar Guler.");
    CHECK(test::entity(doc, "fourth meeting of the High-Level Security Mechanism") >= 0);
    CHECK(test::has_relation(doc, "Yasar Guler", RelationType::attended, "fourth meeting of the High-Level Security Mechanism"));
}

TEST_CASE("a telephone talk, a phone conversation and a video conference are calls", "[mention_recognizer]") {
    // Japan's Kantei
    const auto doc = test::analyse(
        "Mr. ISHIBA Shigeru, Prime Minister of Japan, held a summit telephone talk with the Honorable Donald J. Trump, "
        "President of the United States of America.");
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::met_with, "Donald J. Trump"));
    REQUIRE(test::count(doc, EntityType::event) == 1);
    for (const auto& e : doc.entities)
        if (e.type == EntityType::event) CHECK(e.event_class == "call");
}

TEST_CASE("a meeting of a body with a field after its head is named by the body", "[mention_recognizer]") {
    // China Daily
    const auto doc = test::analyse(
        "Senior law enforcement officials from China and the United States met in Beijing on Wednesday for the 18th "
        "plenary meeting of the China-US Joint Liaison Group on Law Enforcement Cooperation. Representatives of the "
        "Supreme People's Procuratorate also attended the meeting.");
    const std::string meeting = "18th plenary meeting of the China-US Joint Liaison Group on Law Enforcement Cooperation";
    CHECK(mention_texts(doc, EntityType::event) == std::vector<std::string>{meeting});
    CHECK(test::has_relation(doc, meeting, RelationType::held_in, "Beijing"));
    CHECK(test::has_relation(doc, "Supreme People's Procuratorate", RelationType::attended, meeting));
    CHECK(test::country(doc, "Supreme People's Procuratorate") == "CN");
}

TEST_CASE("a body read by its head word before 'meeting' names the meeting", "[mention_recognizer]") {
    // NATO's and the EU Council's releases
    const auto doc = test::analyse(
        "Ukraine's Defence Minister Rustem Umerov joined the NATO-Ukraine Council meeting. High Representative "
        "Kaja Kallas chaired the Foreign Affairs Council meeting.");
    CHECK(test::has_relation(doc, "Rustem Umerov", RelationType::attended, "NATO-Ukraine Council meeting"));
    CHECK_FALSE(test::has_relation(doc, "Rustem Umerov", RelationType::member_of, "NATO-Ukraine Council"));
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::co_chaired, "Foreign Affairs Council meeting"));
}

TEST_CASE("a meeting of 'their' body with fields joined by 'and' is named by the body", "[mention_recognizer]") {
    // Reuters from New Delhi
    const auto doc = test::analyse(
        "The European Union and India held the second meeting of their Trade and Technology Council (TTC) in New "
        "Delhi on Friday.");
    CHECK(test::entity(doc, "Trade and Technology Council") >= 0);
    CHECK(test::entity(doc, "Technology Council") < 0);
    CHECK(mention_texts(doc, EntityType::event) == std::vector<std::string>{"second meeting of their Trade and Technology Council"});
}

TEST_CASE("a known forum's summit in lower case is an event", "[mention_recognizer]") {
    // RFE/RL
    const auto doc = test::analyse(
        "Pashinian and Aliyev last met in Tirana in May on the sidelines of the European Political Community summit.");
    const int summit = test::entity(doc, "European Political Community summit");
    REQUIRE(summit >= 0);
    CHECK(doc.entities[summit].type == EntityType::event);
}

TEST_CASE("a meeting of a group or council is named by it; one of its members' is not", "[mention_recognizer]") {
    // AP from Paris; a White House readout
    const auto doc = test::analyse(
        "The two leaders were joined by Polish Prime Minister Donald Tusk for a meeting of the Weimar Triangle. "
        "He attended a meeting of the Council of the European Union in Brussels.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"meeting of the Weimar Triangle", "meeting of the Council of the European Union"});
    CHECK(test::has_relation(doc, "Donald Tusk", RelationType::attended, "meeting of the Weimar Triangle"));
    const auto members = test::analyse("They will continue planning in the upcoming virtual meeting of G7 partners.");
    CHECK(mention_texts(members, EntityType::event).empty());
}

TEST_CASE("ordinary words in capitals between 'the' and an event's head name it", "[mention_recognizer]") {
    // Dawn
    const auto doc = test::analyse(
        "Later, Shehbaz Sharif attended the Future Investment Initiative conference in Riyadh. He spoke at the Munich "
        "Security Conference.");
    CHECK(test::has_relation(doc, "Shehbaz Sharif", RelationType::attended, "Future Investment Initiative conference"));
    CHECK(test::has_relation(doc, "Future Investment Initiative conference", RelationType::held_in, "Riyadh"));
    CHECK_FALSE(test::has_relation(doc, "Munich Security Conference", RelationType::held_in, "Riyadh"));
}

TEST_CASE("an event's fields joined by 'and' may include a word the dictionary lacks", "[mention_recognizer]") {
    // Xinhua from Washington
    const auto doc = test::analyse(
        "China and the United States held the first round of the Law Enforcement and Cybersecurity Dialogue in "
        "Washington on Wednesday. The dialogue was co-chaired by Chinese State Councilor and Minister of Public "
        "Security Guo Shengkun and U.S. Attorney General Jeff Sessions.");
    CHECK(test::count(doc, EntityType::event) == 1);
    CHECK(test::has_relation(doc, "Guo Shengkun", RelationType::co_chaired, "Law Enforcement and Cybersecurity Dialogue"));
    CHECK(test::has_relation(doc, "Law Enforcement and Cybersecurity Dialogue", RelationType::held_in, "Washington"));
}

TEST_CASE("whose meeting it is may be named with 'of' ('the EAC Heads of State Summit')", "[mention_recognizer]") {
    // The EastAfrican; an Australian defence release
    const auto doc = test::analyse(
        "The EAC Heads of State Summit ended in Arusha on Saturday. The Chiefs of Defence Conference was held in "
        "Sydney. The Readout of the Meeting was short.");
    CHECK(test::mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"EAC Heads of State Summit", "Chiefs of Defence Conference", "Meeting"});
}

TEST_CASE("a headline's verb and 'Sidelines of' are no words of a body's or an event's name", "[mention_recognizer]") {
    // Reuters; AP
    const auto doc = test::analyse_titled(
        "Erdogan Receives Hamas Delegation in Istanbul",
        "Erdogan Receives Hamas Delegation in Istanbul\n\nISTANBUL - Turkish President Tayyip Erdogan "
        "received a Hamas delegation led by Ismail Haniyeh in Istanbul on Saturday.");
    CHECK(test::mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Hamas", "Hamas"});
    CHECK(test::has_relation(doc, "Tayyip Erdogan", RelationType::met_with, "Ismail Haniyeh"));
    const auto ap = test::analyse_titled(
        "Xi, Putin Hold Talks in Kazan on Sidelines of BRICS Summit",
        "Xi, Putin Hold Talks in Kazan on Sidelines of BRICS Summit\n\nChinese President Xi Jinping and Russian "
        "President Vladimir Putin held talks on the sidelines of the BRICS summit in Kazan.");
    CHECK(test::entity(ap, "Sidelines of BRICS Summit") < 0);
    CHECK(test::has_relation(ap, "Xi Jinping", RelationType::attended, "BRICS Summit"));
}

TEST_CASE("a lunch and a breakfast are occasions one attends", "[mention_recognizer]") {
    // AFP from Paris; a White House readout
    const auto doc = test::analyse(
        "French Foreign Minister Jean-Noel Barrot hosted a working lunch for the Nigerian delegation, attended by "
        "Finance Minister Wale Edun.");
    CHECK(test::has_relation(doc, "Wale Edun", RelationType::attended, "working lunch"));
    const auto readout = test::analyse(
        "Vice President Kamala Harris hosted President Cyril Ramaphosa of South Africa for breakfast at the Naval "
        "Observatory today.");
    CHECK(test::has_relation(readout, "Cyril Ramaphosa", RelationType::attended, "breakfast"));
}

TEST_CASE("an ordinal in lower case and a ministers' format before an event's capitals number and name it", "[mention_recognizer]") {
    // India's Ministry of External Affairs; DFAT
    const auto doc = test::analyse(
        "The Second India-Japan 2+2 Foreign and Defence Ministerial Meeting was held in Tokyo. External Affairs "
        "Minister Dr. S. Jaishankar and Raksha Mantri Shri Rajnath Singh represented India. The Indian side invited "
        "the Japanese Ministers to hold the third 2+2 Ministerial Meeting in India. Ministers met for the eighth "
        "Australia-Indonesia Foreign and Defence Ministers' 2+2 Meeting.");
    CHECK(test::has_relation(doc, "third 2+2 Ministerial Meeting", RelationType::held_in, "India"));
    CHECK_FALSE(test::has_relation(doc, "Second India-Japan 2+2 Foreign and Defence Ministerial Meeting", RelationType::held_in, "India"));
    CHECK(test::entity(doc, "2+2 Meeting") < 0);
    CHECK(test::position(doc, "Rajnath Singh") == "Raksha Mantri");
    // who represented a country right after the meeting was told of was at it
    CHECK(test::has_relation(doc, "Rajnath Singh", RelationType::attended, "Second India-Japan 2+2 Foreign and Defence Ministerial Meeting"));
}

TEST_CASE("a convening, a briefing, a hearing and a listening session are meetings; an office's field is no event's",
          "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of White House Office of Gun Violence Prevention Convening of State Offices of Gun Violence Prevention",
        "Readout of White House Office of Gun Violence Prevention Convening of State Offices of Gun Violence Prevention\n\n"
        "White House American Rescue Plan Coordinator Gene Sperling opened today's convening. Mayor Tom Barrett spoke "
        "at the briefing.");
    CHECK(test::entity(doc, "White House Office of Gun Violence Prevention") >= 0);
    CHECK(test::entity(doc, "Convening of State Offices of Gun Violence Prevention") >= 0);
    CHECK(test::has_relation(doc, "Gene Sperling", RelationType::attended, "Convening of State Offices of Gun Violence Prevention"));
    CHECK(test::entity(doc, "White House Office") < 0);
}

TEST_CASE("the World Cup is an occasion, as the Olympics are", "[mention_recognizer]") {
    // AFP from Doha
    const auto doc = test::analyse("President Emmanuel Macron attended the World Cup final in Qatar.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "World Cup"));
    CHECK(test::has_relation(doc, "World Cup", RelationType::held_in, "Qatar"));
}

TEST_CASE("an event's word ending in -ing that opens a sentence before 'the' is a participle", "[mention_recognizer]") {
    // UN News; the Kremlin's headline keeps its noun
    const auto doc = test::analyse_titled(
        "Meeting with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan",
        "Briefing the Council earlier this week, Nicholas Haysom warned that the window was closing.");
    CHECK(test::count(doc, EntityType::event) == 1);  // the headline's meeting
    CHECK(test::entity(doc, "Briefing") < 0);
    const auto more = test::analyse(
        "Meeting immediately after the NATO Summit in Vilnius, the leaders reconfirmed the Alliance. Call "
        "1-800-662-HELP (4357) to learn more.");
    CHECK(test::count(more, EntityType::event) == 1);  // the NATO Summit
}
