// The relation extractor on who is a member of a body, and whom a title or an appositive says someone serves.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

TEST_CASE("a country named once qualifies every agency of a coordinated list", "[relation_extractor]") {
    const auto doc = test::analyse(
        "The meeting is attended by officials including China's Ministry of Public Security, Cyberspace Administration "
        "and Ministry of Justice and the U.S.' Department of Justice, Department of State and Federal Bureau of Investigation.");
    for (const char* agency : {"Ministry of Public Security", "Cyberspace Administration", "Ministry of Justice"}) {
        CHECK(has_relation(doc, agency, RelationType::part_of, "China"));
        CHECK(has_relation(doc, agency, RelationType::attended, "meeting"));
    }
    for (const char* agency : {"Department of Justice", "Department of State", "Federal Bureau of Investigation"})
        CHECK(has_relation(doc, agency, RelationType::part_of, "United States"));
    CHECK_FALSE(has_relation(doc, "Ministry of Justice", RelationType::part_of, "United States"));
}

TEST_CASE("a title's ministry belongs to the minister's country, and a prime minister's to none", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Minister of Trade Yilmaz meets Park in Brazzaville\n\n"
        "Minister of Trade Ana Yilmaz of Micronesia met with Minister of Trade Omar Park of United Kingdom in "
        "Brazzaville on Monday. Prime Minister of Canada Justin Trudeau welcomed them.");
    std::vector<std::string> ministries;
    for (const auto& e : doc.entities)
        if (e.type == EntityType::agency) ministries.push_back(e.name + " " + e.country);
    std::sort(ministries.begin(), ministries.end());
    CHECK(ministries == std::vector<std::string>{"Ministry of Trade FM", "Ministry of Trade GB"});
    auto ministry_country = [&](const std::string& person) {
        std::vector<std::string> countries;
        for (const auto& r : doc.relations)
            if (r.type == RelationType::member_of && r.source == test::entity(doc, person))
                countries.push_back(doc.entities[r.target].country);
        return countries;
    };
    CHECK(ministry_country("Ana Yilmaz") == std::vector<std::string>{"FM", "FM"});  // headline and body
    CHECK(ministry_country("Omar Park") == std::vector<std::string>{"GB"});
    CHECK(ministry_country("Justin Trudeau").empty());
}

TEST_CASE("a title that names an agency makes its holder a member of it", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Director of the Federal Bureau of Investigation Christopher Wray met Director of the National Hurricane "
        "Center Dr. Mike Brennan. Special Assistant to the President for Domestic Agency Personnel spoke.");
    CHECK(has_relation(doc, "Christopher Wray", RelationType::member_of, "Federal Bureau of Investigation"));
    CHECK(has_relation(doc, "Mike Brennan", RelationType::member_of, "National Hurricane Center"));
    CHECK(doc.entities[test::entity(doc, "Christopher Wray")].positions ==
          std::vector<std::string>{"Director of the Federal Bureau of Investigation"});
    // no name follows the agency: its last word is no person
    CHECK(test::entity(doc, "Personnel") < 0);
}

TEST_CASE("an agency right before a title makes the holder a member of it", "[relation_extractor]") {
    const auto doc = test::analyse(
        "FBI Director Christopher Wray and State Department spokesman Ned Price briefed reporters. "
        "UN Secretary-General Antonio Guterres called for restraint, and NATO and Secretary Antony Blinken agreed.");
    CHECK(has_relation(doc, "Christopher Wray", RelationType::member_of, "Federal Bureau of Investigation"));
    CHECK(has_relation(doc, "Ned Price", RelationType::member_of, "Department of State"));
    CHECK(has_relation(doc, "Antonio Guterres", RelationType::member_of, "United Nations"));
    // "and" stands between the agency and the title: Blinken is not NATO's
    CHECK_FALSE(has_relation(doc, "Antony Blinken", RelationType::member_of, "North Atlantic Treaty Organization"));
}

TEST_CASE("roles said outright or after the name: 'the foreign minister of Germany', 'is a member of'", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Annalena Baerbock, the foreign minister of Germany, met Brazilian Foreign Minister Mauro Vieira. "
        "Nicholas Burns is a member of the National Security Council. "
        "Talks between Foreign Minister Penny Wong and Secretary of State Antony Blinken focused on the Pacific.");
    CHECK(has_relation(doc, "Annalena Baerbock", RelationType::represents, "Germany"));
    CHECK(has_relation(doc, "Nicholas Burns", RelationType::member_of, "National Security Council"));
    CHECK(has_relation(doc, "Penny Wong", RelationType::met_with, "Antony Blinken"));
}

TEST_CASE("an agency in a person's title or appositive is the person's, not a party to the event", "[relation_extractor]") {
    const auto doc = test::analyse(
        "The UN Human Rights Council opened its 55th session in Geneva. Volker Turk, the UN High Commissioner for "
        "Human Rights, addressed the session. The World Health Organization's Director-General Tedros Adhanom "
        "Ghebreyesus also attended the session. Indian External Affairs Minister S. Jaishankar held talks with "
        "Japanese Foreign Minister Yoko Kamikawa. Both ministers agreed to cooperate.");
    CHECK(has_relation(doc, "Volker Turk", RelationType::member_of, "United Nations"));
    CHECK(has_relation(doc, "Volker Turk", RelationType::attended, "55th session"));
    CHECK_FALSE(has_relation(doc, "United Nations", RelationType::attended, "55th session"));
    CHECK(has_relation(doc, "Tedros Adhanom Ghebreyesus", RelationType::member_of, "World Health Organization"));
    CHECK_FALSE(has_relation(doc, "World Health Organization", RelationType::attended, "55th session"));
    CHECK(has_relation(doc, "S. Jaishankar", RelationType::represents, "India"));
    CHECK(has_relation(doc, "S. Jaishankar", RelationType::agreed, "Yoko Kamikawa"));
}

TEST_CASE("nobody attends a war, an attack or an election", "[relation_extractor]") {
    // White House readouts: sessions "in the wake of" an attack; the damage Russia has brought "in its war"
    const auto doc = test::analyse(
        "On October 13, 2023, National Security Advisor Jake Sullivan and Principal Deputy National Security "
        "Advisor Jon Finer held sessions with Arab and Muslim American community leaders in the wake of Hamas's "
        "abhorrent attack in Israel. The advisors examined ways to hold Russia accountable for the destruction it "
        "has brought in its illegal war. Prime Minister Benjamin Netanyahu and President Isaac Herzog met as the "
        "war began.");
    int incidents = 0;
    for (const auto& e : doc.entities) incidents += e.event_class == "incident";
    CHECK(incidents >= 1);
    for (const auto& r : doc.relations) {
        const bool takes_part = r.type == RelationType::attended || r.type == RelationType::co_chaired;
        CHECK_FALSE((takes_part && doc.entities[r.target].event_class == "incident"));
    }
    CHECK(test::has_relation(doc, "Benjamin Netanyahu", RelationType::met_with, "Isaac Herzog"));
}

TEST_CASE("'X, President of Y' and 'Japan was represented by X'; a title before the next name is that name's", "[relation_extractor]") {
    // An EU Council summit report, then a White House list of officials
    const auto doc = test::analyse(
        "The European Union was represented by António Costa, President of the European Council, and Ursula von "
        "der Leyen, President of the European Commission. Japan was represented by Prime Minister Shigeru Ishiba. "
        "Biden joined National Security Advisor Jake Sullivan, Director of the National Economic Council Brian "
        "Deese, and Secretary of Energy Jennifer Granholm, Secretary of Health and Human Services Xavier Becerra, "
        "at the meeting.");
    CHECK(test::has_relation(doc, "António Costa", RelationType::member_of, "European Council"));
    CHECK(test::has_relation(doc, "Ursula von der Leyen", RelationType::member_of, "European Commission"));
    CHECK(test::has_relation(doc, "António Costa", RelationType::member_of, "European Union"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::represents, "Japan"));
    CHECK(test::has_relation(doc, "Brian Deese", RelationType::member_of, "National Economic Council"));
    CHECK_FALSE(test::has_relation(doc, "Jake Sullivan", RelationType::member_of, "National Economic Council"));
    CHECK_FALSE(test::has_relation(doc, "Jennifer Granholm", RelationType::member_of, "Human Services"));
}

TEST_CASE("a title set off by commas names the body the person belongs to, not the next person's", "[relation_extractor]") {
    // Canada's PMO, an African Union communiqué, a White House readout and Ukraine's presidency
    const auto doc = test::analyse(
        "Prime Minister Mark Carney met with the President of the European Commission, Ursula von der Leyen, and "
        "the President of the European Council, António Costa. The Chairperson of the African Union Commission, "
        "Moussa Faki Mahamat, opened the summit. The roundtable featured Isabel Guzman, Administrator of the Small "
        "Business Administration, Xavier Becerra, Secretary of Health and Human Services. The meeting was also "
        "attended by the Head of the Office of the President of Ukraine Andriy Yermak.");
    CHECK(test::has_relation(doc, "António Costa", RelationType::member_of, "European Council"));
    CHECK(test::has_relation(doc, "Mark Carney", RelationType::met_with, "António Costa"));
    CHECK(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::member_of, "African Union Commission"));
    CHECK(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "Isabel Guzman", RelationType::member_of, "Small Business Administration"));
    CHECK_FALSE(test::has_relation(doc, "Xavier Becerra", RelationType::member_of, "Small Business Administration"));
    CHECK(test::has_relation(doc, "Andriy Yermak", RelationType::member_of, "Office of the President"));
    CHECK(test::has_relation(doc, "Andriy Yermak", RelationType::represents, "Ukraine"));
    CHECK_FALSE(test::has_relation(doc, "Office of the President", RelationType::attended, "meeting"));
}

TEST_CASE("a country that joins a body, or is named as its member, is a member of it", "[relation_extractor]") {
    // AFP from Helsinki; UN News; a Xinhua profile; White House readouts
    const auto doc = test::analyse(
        "Finland formally joined NATO on Tuesday, becoming the alliance's 31st member. Sweden, which applied "
        "alongside Finland, is still waiting for NATO members Hungary and Turkey to approve its bid. Indonesia "
        "became a member of BRICS in January. Wang Huning, a member of the Standing Committee, attended.");
    CHECK(test::has_relation(doc, "Finland", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::has_relation(doc, "Hungary", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::has_relation(doc, "Turkey", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK_FALSE(test::has_relation(doc, "Sweden", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::has_relation(doc, "Indonesia", RelationType::member_of, "BRICS"));
    CHECK(test::has_relation(doc, "Wang Huning", RelationType::member_of, "Standing Committee"));
    // Reuters from Brasilia: a group stands for all its members
    const auto both = test::analyse(
        "Brazilian President Lula received Chinese Premier Li Qiang. Brazil is China's largest trading partner in "
        "Latin America. Both countries are founding members of the BRICS group.");
    CHECK(test::has_relation(both, "Brazil", RelationType::member_of, "BRICS"));
    CHECK(test::has_relation(both, "China", RelationType::member_of, "BRICS"));
    const auto not_members = test::analyse(
        "Mr. Sullivan underscored the view that Sweden and Finland should become members of NATO. Sullivan met a "
        "member of the European Commission. President Biden joined NATO Secretary General Jens Stoltenberg at the summit.");
    CHECK_FALSE(test::has_relation(not_members, "Sweden", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK_FALSE(test::has_relation(not_members, "Sullivan", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK_FALSE(test::has_relation(not_members, "Sullivan", RelationType::member_of, "European Commission"));
    CHECK_FALSE(test::has_relation(not_members, "Biden", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::has_relation(not_members, "Jens Stoltenberg", RelationType::member_of, "North Atlantic Treaty Organization"));
}

TEST_CASE("a body's title set off by a comma before the name makes the person its member", "[relation_extractor]") {
    // UN News; a White House readout's list of names and titles
    const auto doc = test::analyse(
        "Mr. Guterres briefed the Council alongside the African Union Commission Chairperson, Moussa Faki Mahamat. "
        "Today, Jennifer Klein, White House Gender Policy Council Director, Julie Chavez Rodriguez, White House "
        "Intergovernmental Affairs Director, and Danielle Conley met with advocates.");
    CHECK(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::member_of, "African Union Commission"));
    CHECK_FALSE(test::has_relation(doc, "Julie Chavez Rodriguez", RelationType::member_of, "White House Gender Policy Council"));
    // AP from Nairobi: a title's complement before the comma
    const auto kenya = test::analyse(
        "Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, and Ethiopia's Foreign Minister Taye "
        "Atske Selassie attended the signing ceremony.");
    CHECK(test::has_relation(kenya, "Musalia Mudavadi", RelationType::represents, "Kenya"));
    CHECK(test::has_relation(kenya, "Taye Atske Selassie", RelationType::represents, "Ethiopia"));
}

TEST_CASE("'the emir' and 'the president' are the one person named with that title", "[relation_extractor]") {
    // a Gulf report from Doha; a White House readout
    const auto doc = test::analyse(
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received David Barnea in Doha on Sunday. The emir also met "
        "Egypt's intelligence chief, Hassan Rashad, and US envoy Steve Witkoff. French President Emmanuel Macron "
        "met Vice President Kamala Harris. The president then spoke with Keir Starmer.");
    CHECK(test::has_relation(doc, "Hassan Rashad", RelationType::met_with, "Tamim bin Hamad Al Thani"));
    CHECK(test::has_relation(doc, "Steve Witkoff", RelationType::met_with, "Tamim bin Hamad Al Thani"));
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::met_with, "Keir Starmer"));
    CHECK_FALSE(test::has_relation(doc, "Kamala Harris", RelationType::met_with, "Keir Starmer"));
}

TEST_CASE("a title before the comma is the name's when a form of address follows it", "[relation_extractor]") {
    // an African Union Commission press release
    const auto doc = test::analyse(
        "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received today the Minister of "
        "Foreign Affairs of the Republic of Senegal, H.E. Ismaila Madior Fall.");
    CHECK(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::member_of, "African Union Commission"));
    CHECK(test::has_relation(doc, "Ismaila Madior Fall", RelationType::represents, "Senegal"));
    CHECK(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::met_with, "Ismaila Madior Fall"));
    // a White House readout: a title with no complement, in a list, is someone else's
    const auto list = test::analyse(
        "Vice President Kamala Harris met with attorneys general. Together, the Vice President, Dr. Gupta, Director "
        "Perez, and the state attorneys general discussed the fentanyl crisis.");
    const int gupta = test::entity(list, "Gupta");
    REQUIRE(gupta >= 0);
    CHECK(list.entities[gupta].positions.empty());
}

TEST_CASE("an appositive describes the person to its end; its head is the person again", "[relation_extractor]") {
    // Xinhua: every body in a long appositive is part of Cai Qi's description, not a party to the talks
    const auto doc = test::analyse(
        "Cai Qi, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) "
        "Central Committee and director of the General Office of the CPC Central Committee, and Foreign Minister "
        "Wang Yi attended the talks.");
    CHECK(test::has_relation(doc, "Cai Qi", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "General Office", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Communist Party of China", RelationType::attended, "talks"));
    // The Guardian; a White House readout
    const auto leader = test::analyse(
        "Keir Starmer, the leader of the Labour Party, met Emmanuel Macron. Jon Finer met with Andriy Yermak, the "
        "head of the Presidential Office, and Ukrainian military officials.");
    CHECK(test::has_relation(leader, "Keir Starmer", RelationType::member_of, "Labour Party"));
    CHECK(test::has_relation(leader, "Andriy Yermak", RelationType::member_of, "Presidential Office"));
}

TEST_CASE("talks after a verb are its subject's; who represented a country there attended; who led a side attended", "[relation_extractor]") {
    // AP from Vilnius; a report from Astana; Reuters from Cairo
    const auto doc = test::analyse(
        "Turkish President Recep Tayyip Erdogan agreed on Monday to forward Sweden's membership bid to the Turkish "
        "parliament after talks with Swedish Prime Minister Ulf Kristersson. External Affairs Minister S. Jaishankar "
        "represented India at the summit in Astana. Tom Kuhn heads the Edison Electric Institute, which represents "
        "U.S. utilities. CIA Director William Burns, who has led the U.S. side in the negotiations, met Egyptian "
        "intelligence chief Abbas Kamel.");
    CHECK(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::met_with, "Ulf Kristersson"));
    CHECK(test::entity(doc, "Turkish parliament after talks") < 0);
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::represents, "India"));
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::attended, "summit"));
    CHECK_FALSE(test::has_relation(doc, "Tom Kuhn", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "William Burns", RelationType::attended, "negotiations"));
    CHECK_FALSE(test::has_relation(doc, "William Burns", RelationType::co_chaired, "negotiations"));
}

TEST_CASE("who heads a delegation speaks for its country or organisation, and the delegation's verb ends them",
          "[relation_extractor]") {
    // AFP from Cairo
    const auto doc = test::analyse(
        "Negotiators resumed indirect talks in Cairo on Sunday. A Hamas delegation headed by Khalil al-Hayya held "
        "separate meetings with Egyptian officials. An Israeli delegation led by Mossad chief David Barnea arrived "
        "in the Egyptian capital late on Saturday.");
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::member_of, "Hamas"));
    // (the meetings his delegation held are an occasion of their own)
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::attended, "separate meetings"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::represents, "Israel"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Egypt", RelationType::attended, "talks"));
}

TEST_CASE("a country an appositive's words lead up to is a field, not a party", "[relation_extractor]") {
    // Canadian Press from Ottawa
    const auto doc = test::analyse(
        "Dominic LeBlanc, the minister responsible for Canada-U.S. trade, also attended the first ministers' "
        "meeting. Kurt Campbell, the architect of U.S. policy toward Asia, attended the summit. Jake Sullivan, "
        "the US national security adviser, met Wang Yi in Vienna.");
    CHECK(test::has_relation(doc, "Dominic LeBlanc", RelationType::attended, "first ministers' meeting"));
    CHECK_FALSE(test::has_relation(doc, "Canada", RelationType::attended, "first ministers' meeting"));
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::attended, "first ministers' meeting"));
    CHECK_FALSE(test::has_relation(doc, "Dominic LeBlanc", RelationType::represents, "United States"));
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::attended, "summit"));
    CHECK_FALSE(test::has_relation(doc, "Kurt Campbell", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::represents, "United States"));
}

TEST_CASE("who holds a press conference with someone shares it; who chairs a body is one of it", "[relation_extractor]") {
    // the Council of the EU from Brussels
    const auto doc = test::analyse(
        "The Foreign Affairs Council, chaired by High Representative Kaja Kallas, discussed the situation in the "
        "Middle East. Following the meeting, Kallas held a press conference with Polish Foreign Minister Radosław "
        "Sikorski.");
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::member_of, "Foreign Affairs Council"));
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::attended, "press conference"));
    CHECK(test::has_relation(doc, "Radosław Sikorski", RelationType::attended, "press conference"));
    CHECK_FALSE(test::has_relation(doc, "Kaja Kallas", RelationType::met_with, "Radosław Sikorski"));
}

TEST_CASE("a ministry of two fields is one body; a second office after \"and\" is not part of it", "[relation_extractor]") {
    // RNZ from Wellington, and a Swedish government release
    const auto doc = test::analyse(
        "Minister of Foreign Affairs and Trade Winston Peters met Wang Yi in Beijing. Minister of Foreign Affairs "
        "and Deputy Prime Minister Ann Linde met Antony Blinken in Stockholm.");
    CHECK(test::has_relation(doc, "Winston Peters", RelationType::member_of, "Ministry of Foreign Affairs and Trade"));
    CHECK(test::has_relation(doc, "Ann Linde", RelationType::member_of, "Ministry of Foreign Affairs"));
    CHECK(test::entity(doc, "Ministry of Foreign Affairs and Deputy Prime Minister") < 0);
}

TEST_CASE("whom an appositive says a partner serves is no partner", "[relation_extractor]") {
    // The Times of Israel from Abu Dhabi
    const auto doc = test::analyse(
        "Foreign Minister Gideon Sa'ar also met with Anwar Gargash, a diplomatic adviser to UAE President Sheikh "
        "Mohamed bin Zayed. Secretary Antony Blinken met with Jake Sullivan, an aide to President Joe Biden, and "
        "Foreign Minister Wang Yi.");
    CHECK(test::has_relation(doc, "Gideon Sa'ar", RelationType::met_with, "Anwar Gargash"));
    CHECK_FALSE(test::has_relation(doc, "Gideon Sa'ar", RelationType::met_with, "Mohamed bin Zayed"));
    CHECK_FALSE(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Joe Biden"));
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Wang Yi"));
}

TEST_CASE("who is elected to chair a body belongs to it", "[relation_extractor]") {
    // Reuters from Addis Ababa
    const auto doc = test::analyse(
        "Rwandan President Paul Kagame was elected chairperson of the African Union on Sunday. Ngozi Okonjo-Iweala "
        "was appointed head of the World Trade Organization.");
    CHECK(test::has_relation(doc, "Paul Kagame", RelationType::member_of, "African Union"));
    CHECK(test::has_relation(doc, "Ngozi Okonjo-Iweala", RelationType::member_of, "World Trade Organization"));
}

TEST_CASE("an appositive after \"of\" and a country still describes the person", "[relation_extractor]") {
    // the Ghana News Agency; a White House readout
    const auto doc = test::analyse(
        "President Bola Tinubu of Nigeria, the current ECOWAS chairman, hosted the summit. Vice President Kamala "
        "Harris spoke to Prime Minister Mia Mottley of Barbados, Chair of the Caribbean Community (CARICOM).");
    CHECK(test::has_relation(doc, "Bola Tinubu", RelationType::member_of, "Economic Community of West African States"));
    CHECK_FALSE(test::has_relation(doc, "Economic Community of West African States", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "Bola Tinubu", RelationType::represents, "Nigeria"));
    CHECK(test::has_relation(doc, "Mia Mottley", RelationType::member_of, "Caribbean Community"));
}

TEST_CASE("who is welcomed may be named after a possessive and a title set off", "[relation_extractor]") {
    // Global Affairs Canada; NATO
    const auto doc = test::analyse(
        "Foreign Affairs Minister Mélanie Joly welcomed her Mexican counterpart, Alicia Bárcena, to Ottawa on "
        "Thursday. NATO Secretary General Mark Rutte welcomed the President of Finland, Alexander Stubb, to NATO "
        "Headquarters. Prime Minister Kishida welcomed their applications.");
    CHECK(test::has_relation(doc, "Mélanie Joly", RelationType::met_with, "Alicia Bárcena"));
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::met_with, "Alexander Stubb"));
    CHECK(std::count_if(doc.relations.begin(), doc.relations.end(),  // Kishida welcomed no one
                        [](const Relation& r) { return r.type == RelationType::met_with; }) == 2);
}

TEST_CASE("\"Executive Vice-Presidents\" before two names is each one's office", "[mention_recognizer]") {
    // a European Commission release
    const auto doc = test::analyse(
        "The meeting was co-chaired by Executive Vice-Presidents Margrethe Vestager and Valdis Dombrovskis for the EU.");
    CHECK(test::entity(doc, "Margrethe Vestager") >= 0);
    CHECK(test::position(doc, "Valdis Dombrovskis") == "Executive Vice-President");
    CHECK(test::has_relation(doc, "Valdis Dombrovskis", RelationType::co_chaired, "meeting"));
}

TEST_CASE("a country's ministry in lower case is that country's body, and its spokeswoman serves the country", "[relation_extractor]") {
    // BBC; Reuters
    const auto doc = test::analyse(
        "Russia's foreign ministry spokeswoman Maria Zakharova dismissed the deal. The Indian defence ministry said "
        "nothing.");
    CHECK(has_relation(doc, "Maria Zakharova", RelationType::member_of, "Ministry of Foreign Affairs of Russia"));
    CHECK(has_relation(doc, "Maria Zakharova", RelationType::represents, "Russia"));
    CHECK(has_relation(doc, "Ministry of Defence", RelationType::part_of, "India"));
    CHECK(test::country(doc, "Ministry of Defence") == "IN");
}

TEST_CASE("a body's country named only inside its name is a country of the article; the gazetteer's alone is not", "[relation_extractor]") {
    const auto doc = test::analyse("Russian foreign ministry spokeswoman Maria Zakharova dismissed the deal.");
    CHECK(has_relation(doc, "Ministry of Foreign Affairs of Russia", RelationType::part_of, "Russia"));
    CHECK(has_relation(doc, "Maria Zakharova", RelationType::represents, "Russia"));
    const auto white_house = test::analyse("The White House Office of Public Engagement hosted the event on Monday.");
    CHECK(test::entity(white_house, "United States") < 0);
}

TEST_CASE("a secretary of a department the gazetteer knows heads that department; a British secretary of state does not", "[relation_extractor]") {
    // White House readouts; a Guardian story
    const auto doc = test::analyse(
        "The President welcomed the United States delegation, led by Secretary of Commerce Gina Raimondo and "
        "Assistant Secretary of State for Consular Affairs Rena Bitter. Minister for Foreign Affairs "
        "Takeshi Iwaya of Japan spoke.");
    CHECK(has_relation(doc, "Gina Raimondo", RelationType::member_of, "Department of Commerce"));
    CHECK(test::country(doc, "Department of Commerce") == "US");
    CHECK(has_relation(doc, "Gina Raimondo", RelationType::represents, "United States"));
    CHECK(has_relation(doc, "Rena Bitter", RelationType::member_of, "Department of State"));
    CHECK(has_relation(doc, "Takeshi Iwaya", RelationType::member_of, "Ministry of Foreign Affairs of Japan"));
    const auto uk = test::analyse("Secretary of State for Defence John Healey visited the troops.");
    CHECK_FALSE(has_relation(uk, "John Healey", RelationType::member_of, "Department of State"));
    // Vatican News: the Holy See's secretary of state, of no department and no American
    const auto holy_see = test::analyse("Zelensky met with Cardinal Secretary of State Pietro Parolin.");
    CHECK_FALSE(has_relation(holy_see, "Pietro Parolin", RelationType::member_of, "Department of State"));
    CHECK(test::country(holy_see, "Pietro Parolin").empty());
}

TEST_CASE("a body an appositive says was served once makes no member", "[relation_extractor]") {
    // a feature in The Diplomat
    const auto doc = test::analyse(
        "\"The Quad is not a military alliance,\" said Lisa Curtis, a former National Security Council official. Victor "
        "Cha, a senior fellow at the Center for Strategic and International Studies, agreed.");
    CHECK_FALSE(has_relation(doc, "Lisa Curtis", RelationType::member_of, "National Security Council"));
    CHECK(has_relation(doc, "Victor Cha", RelationType::member_of, "Center for Strategic and International Studies"));
}

TEST_CASE("an appositive role after a body's possessive makes the person its member", "[relation_extractor]") {
    // AP from London; Reuters from Brussels
    const auto doc = test::analyse(
        "Mark Rutte, NATO's secretary general, met the ministers. Kaja Kallas, the EU's foreign policy chief, also "
        "took part.");
    CHECK(has_relation(doc, "Mark Rutte", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::position(doc, "Mark Rutte") == "secretary general");
    CHECK(has_relation(doc, "Kaja Kallas", RelationType::member_of, "European Union"));
    CHECK(test::position(doc, "Kaja Kallas") == "foreign policy chief");
}

TEST_CASE("a list of 'Country's President X' gives each leader only their own country", "[relation_extractor]") {
    // The Standard (Nairobi): the possessive after a comma is the next leader's, not an appositive
    const auto doc = test::analyse(
        "The summit was attended by Kenya's President William Ruto, Uganda's President Yoweri Museveni, Rwanda's "
        "President Paul Kagame and Tanzania's President Samia Suluhu Hassan.");
    CHECK(has_relation(doc, "William Ruto", RelationType::represents, "Kenya"));
    CHECK(has_relation(doc, "Yoweri Museveni", RelationType::represents, "Uganda"));
    CHECK(has_relation(doc, "Paul Kagame", RelationType::represents, "Rwanda"));
    CHECK_FALSE(has_relation(doc, "William Ruto", RelationType::represents, "Uganda"));
    CHECK_FALSE(has_relation(doc, "Yoweri Museveni", RelationType::represents, "Rwanda"));
    CHECK_FALSE(has_relation(doc, "Paul Kagame", RelationType::represents, "Tanzania"));
}

TEST_CASE("'of' a party after a comma makes the person its member", "[relation_extractor]") {
    // AP from London
    const auto doc = test::analyse(
        "Opposition leader Kemi Badenoch, of the Conservative Party, called the deal a surrender. Senator Ted Cruz, of "
        "Texas, agreed.");
    CHECK(has_relation(doc, "Kemi Badenoch", RelationType::member_of, "Conservative Party"));
    CHECK(test::entity(doc, "Texas") >= 0);
    CHECK_FALSE(has_relation(doc, "Ted Cruz", RelationType::member_of, "Texas"));
}

TEST_CASE("the members a delegation included are its country's; a list of people goes on past semicolons", "[relation_extractor]") {
    // WAM from Abu Dhabi
    const auto doc = test::analyse(
        "President Mohamed bin Zayed received President Abdel Fattah El-Sisi of Egypt. The meeting was attended by "
        "Sheikh Tahnoun bin Zayed, National Security Advisor; Sheikh Abdullah bin Zayed, Minister of Foreign Affairs; "
        "and Dr. Anwar Gargash, Diplomatic Adviser. The Egyptian delegation included Sameh Shoukry, Minister of "
        "Foreign Affairs, and Hassan Rashad, Director of the General Intelligence Directorate.");
    CHECK(has_relation(doc, "Sameh Shoukry", RelationType::represents, "Egypt"));
    CHECK(has_relation(doc, "Hassan Rashad", RelationType::represents, "Egypt"));
    CHECK(has_relation(doc, "Tahnoun bin Zayed", RelationType::attended, "meeting"));
    CHECK(has_relation(doc, "Abdullah bin Zayed", RelationType::attended, "meeting"));
    CHECK(has_relation(doc, "Anwar Gargash", RelationType::attended, "meeting"));
    // two clauses a semicolon parts stay apart
    const auto clauses = test::analyse("The meeting was attended by Wang Yi; the talks were frank.");
    CHECK(test::count(clauses, RelationType::attended) == 1);
}

TEST_CASE("a body after a person's title is where the person works, not a party of the verb", "[relation_extractor]") {
    const auto doc = test::analyse(
        "The Summit was held on Monday. Panelists included Diane Yentel, President and CEO, National Low Income "
        "Housing Coalition; Hon. Bridget Mary McCormack, Chief Justice, Michigan Supreme Court; and Gilbert Winn.");
    CHECK(has_relation(doc, "Diane Yentel", RelationType::attended, "Summit"));
    CHECK(has_relation(doc, "Bridget Mary McCormack", RelationType::attended, "Summit"));
    CHECK(has_relation(doc, "Gilbert Winn", RelationType::attended, "Summit"));
    CHECK_FALSE(has_relation(doc, "Michigan Supreme Court", RelationType::attended, "Summit"));
    CHECK_FALSE(has_relation(doc, "National Low Income Housing Coalition", RelationType::attended, "Summit"));
    // a list of companies is no title's appositive
    const auto companies = test::analyse(
        "The Summit was held on Monday. Companies in attendance included Hannon Armstrong, Holcim, HP, Outdoor "
        "Industry Association, Siemens and PepsiCo.");
    CHECK(has_relation(companies, "Outdoor Industry Association", RelationType::attended, "Summit"));
}

TEST_CASE("who heads a body, said in a relative clause after the name, is its member", "[relation_extractor]") {
    // AP from Vienna
    const auto doc = test::analyse(
        "Rafael Grossi, who heads the International Atomic Energy Agency, visited Tehran and met Foreign Minister "
        "Abbas Araghchi.");
    CHECK(has_relation(doc, "Rafael Grossi", RelationType::member_of, "International Atomic Energy Agency"));
    CHECK(has_relation(doc, "Rafael Grossi", RelationType::met_with, "Abbas Araghchi"));
    CHECK_FALSE(has_relation(doc, "International Atomic Energy Agency", RelationType::met_with, "Abbas Araghchi"));
}

TEST_CASE("'X, also a member of the Political Bureau' is a member; a consultation mechanism is no event", "[relation_extractor]") {
    // Xinhua from Geneva
    const auto doc = test::analyse(
        "Chinese Vice Premier He Lifeng, also a member of the Political Bureau of the CPC Central Committee, held "
        "talks with U.S. Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer in Geneva. "
        "The two sides agreed to establish a consultation mechanism on economic and trade issues. Li Chenggang, "
        "China International Trade Representative and vice minister of commerce, also attended the talks.");
    CHECK(test::has_relation(doc, "He Lifeng", RelationType::member_of, "Political Bureau of the CPC Central Committee"));
    CHECK(test::entity(doc, "consultation") < 0);
    CHECK(test::has_relation(doc, "Li Chenggang", RelationType::attended, "talks"));
    // the trade representative named in the appositive is Li, not Greer
    CHECK_FALSE(test::has_relation(doc, "Jamieson Greer", RelationType::attended, "talks"));
}

TEST_CASE("a Minister of State with a second role belongs to no 'Ministry of State'", "[relation_extractor]") {
    // Arab News
    const auto doc = test::analyse(
        "The meeting was attended by Minister of Defense Prince Khalid bin Salman and Minister of State and Cabinet "
        "Member Dr. Musaed Al-Aiban.");
    CHECK(test::position(doc, "Musaed Al-Aiban") == "Minister of State and Cabinet Member");
    CHECK(test::entity(doc, "Ministry of State and Cabinet Member") < 0);
    CHECK(test::entity(doc, "Ministry of State") < 0);
    CHECK(test::has_relation(doc, "Khalid bin Salman", RelationType::member_of, "Ministry of Defense"));
}

TEST_CASE("a participants list's 'name, title, body' makes the name a member of the body", "[relation_extractor]") {
    // a White House readout's participants
    const auto doc = test::analyse(
        "Participants:\n\n-   Rachel Smith, Executive Director, National Education Association\n-   Tom Jones, "
        "President and CEO, American Federation of Teachers\n-   Secretary Xavier Becerra, Department of Health and "
        "Human Services\n");
    CHECK(test::has_relation(doc, "Rachel Smith", RelationType::member_of, "National Education Association"));
    CHECK(test::position(doc, "Tom Jones") == "President and CEO");
    CHECK(test::has_relation(doc, "Tom Jones", RelationType::member_of, "Federation of Teachers"));
    // a union's president represents no country, though the union is American
    CHECK_FALSE(test::has_relation(doc, "Tom Jones", RelationType::represents, "United States"));
    // a body named in the next item's words is no member's
    const auto apart = test::analyse("Jenny Black, President, said the talks with the National Education Association went well.");
    CHECK_FALSE(test::has_relation(apart, "Jenny Black", RelationType::member_of, "National Education Association"));
}

TEST_CASE("another leader's office after a leader's name is the list's next item, not an appositive", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "National Security Advisor Sullivan also relayed that the President continues to engage with Prime Minister "
        "Netanyahu, the Amir of Qatar, and President Sisi to reach a ceasefire and hostage deal.");
    CHECK_FALSE(test::has_relation(doc, "Netanyahu", RelationType::represents, "Qatar"));
    CHECK(test::country(doc, "Netanyahu") == "IL");  // as people.tsv knows
    // the President who engages with President Sisi is not Sisi
    CHECK(test::country(doc, "Sisi") == "EG");
    const auto amir = test::analyse("President Biden spoke today with Amir Sheikh Tamim bin Hamad Al Thani of Qatar.");
    CHECK(test::position(amir, "Tamim bin Hamad Al Thani") == "Amir");
}

TEST_CASE("'the alliance's secretary general' is the international body's named before", "[relation_extractor]") {
    // The New York Times
    const auto doc = test::analyse(
        "THE HAGUE - NATO leaders agreed on Wednesday to raise their military spending target. Mark Rutte, the "
        "alliance's secretary general, praised the agreement.");
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::position(doc, "Mark Rutte") == "secretary general");
    CHECK(test::country(doc, "Mark Rutte").empty());  // not the dateline's
}

TEST_CASE("a party's initial and a state set off after a name ('R-Miss.') make a party member", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Sen. Roger Wicker, R-Miss., the chairman of the Senate Armed Services Committee, and Sen. Jack Reed, D-R.I., "
        "demanded an inquiry. Rep. Mike Rogers, R-Ala., who chairs the House Armed Services Committee, spoke with "
        "Defense Secretary Pete Hegseth. Senate Majority Leader John Thune, R-S.D., told reporters the Senate would "
        "hold hearings.");
    CHECK(test::has_relation(doc, "Roger Wicker", RelationType::member_of, "Republican Party"));
    CHECK(test::has_relation(doc, "Roger Wicker", RelationType::member_of, "Senate Armed Services Committee"));
    CHECK(test::has_relation(doc, "Jack Reed", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Mike Rogers", RelationType::member_of, "House Armed Services Committee"));
    CHECK(test::has_relation(doc, "John Thune", RelationType::member_of, "Republican Party"));
    const int party = test::entity(doc, "Republican Party");
    REQUIRE(party >= 0);
    CHECK(doc.entities[party].aliases.empty());  // "R-Miss" is no name of the party
}

TEST_CASE("a body's name, its officer's office in lower case, then a rank before the name", "[relation_extractor]") {
    // Reuters from Manila, in NITF
    const auto doc = test::analyse(
        "Philippine Coast Guard commandant Admiral Ronnie Gil Gavan and Vietnam Coast Guard commander Lieutenant "
        "General Le Quang Dao signed the memorandum of understanding in Manila. Pentagon Press Secretary Maj. Gen. "
        "Pat Ryder said the talks went well.");
    CHECK(test::position(doc, "Ronnie Gil Gavan") == "commandant");
    CHECK(test::has_relation(doc, "Ronnie Gil Gavan", RelationType::member_of, "Philippine Coast Guard"));
    CHECK(test::has_relation(doc, "Le Quang Dao", RelationType::member_of, "Vietnam Coast Guard"));
    CHECK(test::has_relation(doc, "Pat Ryder", RelationType::member_of, "Department of Defense"));
}

TEST_CASE("who speaks, set off before the verb of saying, describes no one before the comma", "[relation_extractor]") {
    // Reuters from Riyadh
    const auto doc = test::analyse(
        "On Wednesday President Donald Trump will meet Syrian President Ahmed al-Sharaa, a White House official said.");
    CHECK_FALSE(test::has_relation(doc, "Ahmed al-Sharaa", RelationType::member_of, "White House"));
    CHECK(test::country(doc, "Ahmed al-Sharaa") == "SY");
    // IRNA: the speaker named, after "the"; he is still of his ministry
    const auto irna = test::analyse(
        "Araghchi delivered a written message to Russian President Vladimir Putin, the Iranian foreign ministry "
        "spokesman Esmaeil Baghaei said.");
    CHECK_FALSE(test::has_relation(irna, "Vladimir Putin", RelationType::member_of, "Ministry of Foreign Affairs"));
    CHECK(test::has_relation(irna, "Esmaeil Baghaei", RelationType::member_of, "Ministry of Foreign Affairs"));
}

TEST_CASE("an appositive that opens with a party goes on to say what else the person is a member of", "[relation_extractor]") {
    // AP
    const auto doc = test::analyse(
        "Senator Lindsey Graham, a Republican from South Carolina and a member of the Senate Appropriations Committee, "
        "visited Kyiv. Senator Chris Murphy, a Democrat from Connecticut, joined him.");
    CHECK(test::has_relation(doc, "Lindsey Graham", RelationType::member_of, "Republican Party"));
    CHECK(test::has_relation(doc, "Lindsey Graham", RelationType::member_of, "Senate Appropriations Committee"));
    CHECK(test::has_relation(doc, "Chris Murphy", RelationType::member_of, "Democratic Party"));
}

TEST_CASE("'who is also a member of X and ...': the body that ends the clause's first office", "[relation_extractor]") {
    // Xinhua
    const auto doc = test::analyse(
        "Chinese Vice Premier He Lifeng, who is also a member of the Political Bureau of the Communist Party of China "
        "Central Committee and China's lead person for China-U.S. economic and trade affairs, held a video call with "
        "U.S. Treasury Secretary Janet Yellen on Friday.");
    CHECK(test::has_relation(doc, "He Lifeng", RelationType::member_of, "Political Bureau of the Communist Party of China Central Committee"));
    CHECK(test::has_relation(doc, "He Lifeng", RelationType::met_with, "Janet Yellen"));
}

TEST_CASE("an appositive's body named by its head word before a lower-case office: 'X, Sinn Féin Party vice president'",
          "[relation_extractor]") {
    // a White House readout; an Irish paper
    const auto doc = test::analyse(
        "National Security Advisor Jake Sullivan met separately today with Michelle O'Neill, Sinn Féin Party vice "
        "president, and with Ana Torres, Progressive Party leader. Sinn Féin president Mary Lou McDonald welcomed it.");
    CHECK(test::has_relation(doc, "Michelle O'Neill", RelationType::member_of, "Sinn Féin"));
    CHECK(test::position(doc, "Michelle O'Neill") == "vice president");
    CHECK(test::has_relation(doc, "Ana Torres", RelationType::member_of, "Progressive Party"));
    CHECK(test::has_relation(doc, "Mary Lou McDonald", RelationType::member_of, "Sinn Féin"));
    CHECK(test::country(doc, "Michelle O'Neill") != "US");
}

TEST_CASE("an appositive's country before another person's office is that person's", "[relation_extractor]") {
    // Reuters from Berlin
    const auto doc = test::analyse(
        "Hungarian Prime Minister Viktor Orban, a close ally of Russian President Vladimir Putin, criticised the "
        "meeting. Kaja Kallas, the EU's foreign policy chief, and Mark Rutte, NATO's secretary general, joined.");
    CHECK_FALSE(test::has_relation(doc, "Viktor Orban", RelationType::represents, "Russia"));
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::represents, "Russia"));
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::member_of, "North Atlantic Treaty Organization"));
}

TEST_CASE("intelligence services are known bodies, and an office set off before the holder's rank is a member's",
          "[relation_extractor]") {
    // AP; Reuters
    const auto doc = test::analyse(
        "Iran's Islamic Revolutionary Guard Corps said it had seized a tanker. Pakistan's Inter-Services Intelligence "
        "chief, Lt. Gen. Asim Malik, met Chinese officials in Beijing.");
    CHECK(test::has_relation(doc, "Islamic Revolutionary Guard Corps", RelationType::part_of, "Iran"));
    CHECK(test::has_relation(doc, "Asim Malik", RelationType::member_of, "Inter-Services Intelligence"));
    CHECK(test::country(doc, "Asim Malik") == "PK");
}

TEST_CASE("'X, a spokesperson for the embassy in Washington,': the office, and the body before its place", "[relation_extractor]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "\"China firmly opposes the abuse of sanctions,\" Liu Pengyu, a spokesperson for the Chinese Embassy in "
        "Washington, said in a statement. The U.S. Treasury Department's Office of Foreign Assets Control said the "
        "refiners had bought Iranian crude. Rep. Chip Roy, a member of the House Freedom Caucus, objected.");
    CHECK(test::has_relation(doc, "Liu Pengyu", RelationType::member_of, "Chinese Embassy"));
    CHECK(test::position(doc, "Liu Pengyu").rfind("spokesperson for the Chinese Embassy", 0) == 0);
    CHECK(test::entity(doc, "Department of the Treasury") >= 0);
    CHECK(test::position(doc, "Chip Roy") == "Representative");  // a member is no office
}

TEST_CASE("an office set off before the next name of a list is not the name's before it", "[relation_extractor]") {
    // the Guardian on a London summit
    const auto doc = test::analyse(
        "The prime minister hosted 18 leaders at Lancaster House, including the Italian prime minister, Giorgia "
        "Meloni, the Canadian prime minister, Justin Trudeau, and the Nato secretary general, Mark Rutte.");
    CHECK(test::has_relation(doc, "Giorgia Meloni", RelationType::represents, "Italy"));
    CHECK_FALSE(test::has_relation(doc, "Giorgia Meloni", RelationType::represents, "Canada"));
    CHECK(test::has_relation(doc, "Justin Trudeau", RelationType::represents, "Canada"));
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::member_of, "North Atlantic Treaty Organization"));
}

TEST_CASE("a country before a role in lower case is the role's field, and the body after it the person's",
          "[relation_extractor]") {
    // Al Jazeera
    const auto doc = test::analyse(
        "Ali Vaez, Iran project director at the International Crisis Group, told Al Jazeera the talks were "
        "significant.");
    CHECK(test::has_relation(doc, "Ali Vaez", RelationType::member_of, "International Crisis Group"));
    CHECK_FALSE(test::has_relation(doc, "Ali Vaez", RelationType::represents, "Iran"));
    CHECK_FALSE(test::has_relation(doc, "Ali Vaez", RelationType::member_of, "Al Jazeera"));
}

TEST_CASE("who sits on a body's board is its member; co-chairs may be named after \"under the co-chairmanship of\"",
          "[relation_extractor]") {
    // Reuters; an Australian joint statement
    const auto doc = test::analyse(
        "Retired General David Petraeus sits on the board of KKR Global Institute. The 34th Australia-U.S. "
        "Ministerial Consultations, held under the co-chairmanship of Secretary Antony Blinken and Foreign Minister "
        "Penny Wong, focused on AUKUS.");
    CHECK(test::has_relation(doc, "David Petraeus", RelationType::member_of, "KKR Global Institute"));
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::co_chaired, "34th Australia-U.S. Ministerial Consultations"));
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::co_chaired, "34th Australia-U.S. Ministerial Consultations"));
}

TEST_CASE("a party's adjective before a title names the party the holder belongs to", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Democratic Sen. Chris Coons and Republican Sen. Lindsey Graham met in Kyiv. The House Democratic Caucus "
        "met later.");
    CHECK(test::has_relation(doc, "Chris Coons", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Lindsey Graham", RelationType::member_of, "Republican Party"));
    CHECK(test::position(doc, "Chris Coons") == "Senator");
    CHECK(test::entity(doc, "House Democratic Caucus") >= 0);
}

TEST_CASE("\"MP\" before a name is a member of parliament's title, after a party", "[relation_extractor]") {
    // the Guardian; the Australian foreign minister's releases
    const auto doc = test::analyse(
        "Labour MP Emily Thornberry said the deal was weak. The Hon Penny Wong MP, Minister for Foreign Affairs, "
        "agreed.");
    CHECK(test::position(doc, "Emily Thornberry") == "MP");
    CHECK(test::has_relation(doc, "Emily Thornberry", RelationType::member_of, "Labour Party"));
    CHECK(test::position(doc, "Penny Wong") == "Minister for Foreign Affairs");
}

TEST_CASE("the top member of a party on a committee belongs to both, past the state after the name",
          "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Rep. Rosa DeLauro of Connecticut, the top Democrat on the House Appropriations Committee, said the bill "
        "shortchanges families.");
    CHECK(test::has_relation(doc, "Rosa DeLauro", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Rosa DeLauro", RelationType::member_of, "House Appropriations Committee"));
    // (not whom a statement was on)
    const auto topic = test::analyse("Rep. Rosa DeLauro, the top Democrat, commented on the House Appropriations Committee.");
    CHECK_FALSE(test::has_relation(topic, "Rosa DeLauro", RelationType::member_of, "House Appropriations Committee"));
}

TEST_CASE("a party's office in a chamber says which party", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse("Democratic leader Chuck Schumer met House Republican Whip Steve Scalise on Tuesday.");
    CHECK(test::has_relation(doc, "Chuck Schumer", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Steve Scalise", RelationType::member_of, "Republican Party"));
    // AP from Berlin: the word inside another party's name is no such office
    const auto berlin = test::analyse(
        "Friedrich Merz, the leader of the center-right Christian Democratic Union, heads a coalition. Lars Klingbeil, "
        "co-leader of the Social Democratic Party, became vice chancellor.");
    CHECK(test::has_relation(berlin, "Friedrich Merz", RelationType::member_of, "Christian Democratic Union of Germany"));
    CHECK(test::has_relation(berlin, "Lars Klingbeil", RelationType::member_of, "Social Democratic Party"));
    CHECK(test::entity(berlin, "Democratic Party") < 0);
}

TEST_CASE("a name that ends the text has no appositive to read past the text's end", "[relation_extractor]") {
    // a White House participants list, the last line a name alone (the sanitiser build asserts on a
    // token past the end)
    const auto doc = test::analyse("Participants included:\n\nSecretary Xavier Becerra\n\nJennifer Klein");
    CHECK(test::entity(doc, "Jennifer Klein") >= 0);
    CHECK(test::position(doc, "Xavier Becerra") == "Secretary");
}

TEST_CASE("an office set off after a surname is the namesake's, and a party before it is his party", "[relation_extractor]") {
    // AP from Taipei
    const auto doc = test::analyse(
        "A delegation of U.S. lawmakers led by Rep. Michael McCaul met Taiwanese President Lai Ching-te on Saturday. "
        "McCaul, the Republican chair of the House Foreign Affairs Committee, told Lai that the United States stands "
        "with Taiwan.");
    CHECK(test::has_relation(doc, "Michael McCaul", RelationType::member_of, "House Foreign Affairs Committee"));
    CHECK(test::has_relation(doc, "Michael McCaul", RelationType::member_of, "Republican Party"));
    CHECK(test::country(doc, "Michael McCaul") == "US");  // the committee is Congress's
    CHECK(test::entity(doc, "McCaul") == test::entity(doc, "Michael McCaul"));
}

TEST_CASE("an office set off between two names of a list is the second's, unless each name has its office after it", "[relation_extractor]") {
    // The Guardian; a White House readout's list
    const auto doc = test::analyse(
        "Canada's Justin Trudeau, the Nato secretary general, Mark Rutte, and the EU's Ursula von der Leyen also took "
        "part.");
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK_FALSE(test::has_relation(doc, "Justin Trudeau", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::position(doc, "Justin Trudeau").empty());
    const auto readout = test::analyse(
        "In attendance were Ali Zaidi, the National Climate Advisor, Brenda Mallory, Chair of the Council on "
        "Environmental Quality (CEQ), and senior officials.");
    CHECK(test::position(readout, "Ali Zaidi") == "National Climate Advisor");
}

TEST_CASE("the party a leader's possessive names is his, and Germany's Social Democrats are the SPD", "[relation_extractor]") {
    // AP from Berlin; a White House headline's possessive names a meeting, no party
    const auto doc = test::analyse(
        "BERLIN (AP) — Friedrich Merz's conservative Christian Democratic Union won Germany's national election on "
        "Sunday. Chancellor Olaf Scholz's Social Democrats slumped to their worst result since World War II.");
    CHECK(test::has_relation(doc, "Friedrich Merz", RelationType::member_of, "Christian Democratic Union of Germany"));
    CHECK(test::has_relation(doc, "Olaf Scholz", RelationType::member_of, "Social Democratic Party of Germany"));
    const auto readout = test::analyse(
        "National Security Advisor Jake Sullivan's meeting with Chinese Communist Party Politburo Member Wang Yi took "
        "place in Beijing.");
    CHECK_FALSE(test::has_relation(readout, "Jake Sullivan", RelationType::member_of, "Communist Party of China"));
}

TEST_CASE("an American secretary's field names his department, another country's does not", "[relation_extractor]") {
    // Reuters; the Philippines' Presidential Communications Office
    const auto doc = test::analyse("U.S. Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick met He Lifeng in Geneva.");
    CHECK(test::has_relation(doc, "Scott Bessent", RelationType::member_of, "Department of the Treasury"));
    CHECK(test::has_relation(doc, "Howard Lutnick", RelationType::member_of, "Department of Commerce"));
    const auto manila = test::analyse("Defense Secretary Gilberto Teodoro Jr. was present during the meeting.");
    CHECK_FALSE(test::has_relation(manila, "Gilberto Teodoro Jr.", RelationType::member_of, "Department of Defense"));
}

TEST_CASE("'the committee's top Democrat' is a member of the party, and of the committee named before", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Sen. Jack Reed of Rhode Island, the committee's top Democrat, pressed Hegseth on the strikes.");
    CHECK(test::has_relation(doc, "Jack Reed", RelationType::member_of, "Democratic Party"));
    const auto bare = test::analyse("Sen. Jack Reed, the committee's top Democrat, pressed Hegseth.");
    CHECK(test::has_relation(bare, "Jack Reed", RelationType::member_of, "Democratic Party"));
}
