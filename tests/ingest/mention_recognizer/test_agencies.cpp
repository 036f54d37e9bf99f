// The mention recogniser on bodies: gazetteer names, head words, organs, parties and companies.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("agencies: gazetteer names, head words, reordered names, coordinated lists", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The meeting is attended by China's Ministry of Public Security, Cyberspace Administration, Ministry of Industry "
        "and Information Technology and the U.S.' Department of Justice and Federal Bureau of Investigation. "
        "A release was provided by the Public Security Ministry.");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Ministry of Public Security", "Cyberspace Administration",
                                   "Ministry of Industry and Information Technology", "Department of Justice",
                                   "Federal Bureau of Investigation", "Public Security Ministry"});
    CHECK(doc.mentions.size() > 0);
    CHECK(test::entity(doc, "Ministry of Public Security") == test::entity(doc, "Public Security Ministry"));
}

TEST_CASE("a body named after its parties keeps their names; an origin in demonyms does not", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Officials of the U.S.-EU Task Force on Energy Security and the U.S.-ASEAN Center met members of the "
        "Salvadoran-American White House delegation to discuss the U.S.-Japan Alliance.");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"U.S.-EU Task Force on Energy Security", "EU", "U.S.-ASEAN Center", "ASEAN",
                                   "White House"});
    CHECK(test::entity(doc, "U.S.-EU Task Force on Energy Security") >= 0);
    CHECK(doc.entities[test::entity(doc, "U.S.-EU Task Force on Energy Security")].country.empty());
}

TEST_CASE("movements, parliaments and services that wire copy names without a head word are bodies", "[mention_recognizer]") {
    // Reuters from Doha and Jerusalem; a White House readout
    const auto doc = test::analyse(
        "Hamas leader Yahya Sinwar was killed in Gaza. Israel's Mossad chief David Barnea briefed the Knesset. The strikes "
        "disrupted the Islamic State of Iraq and Syria (ISIS).");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Hamas", "Mossad", "Knesset", "Islamic State of Iraq and Syria", "ISIS"});
    CHECK(test::has_relation(doc, "Yahya Sinwar", RelationType::member_of, "Hamas"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::member_of, "Mossad"));
    CHECK(test::has_relation(doc, "Mossad", RelationType::part_of, "Israel"));
    CHECK_FALSE(test::has_relation(doc, "Islamic State", RelationType::part_of, "Iraq"));
}

TEST_CASE("a known body's short name before an organ's name is spelt out; an acronym before words is no one", "[mention_recognizer]") {
    // an AU press release, a UN News report, an Australian media release
    const auto doc = test::analyse(
        "The AU Commission and the African Union Commission met. The U.N. General Assembly voted, and the NATO "
        "Alliance agreed. Media enquiries: DFAT Media Liaison");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"AU Commission", "African Union Commission", "U.N. General Assembly", "NATO Alliance", "DFAT"});
    CHECK(test::entity(doc, "African Union Commission") == test::entity(doc, "AU Commission"));
    CHECK(test::count(doc, EntityType::person) == 0);
    CHECK(test::entity(doc, "United Nations General Assembly") >= 0);
    CHECK(test::entity(doc, "North Atlantic Treaty Organization") >= 0);
    CHECK(test::entity(doc, "DFAT Media Liaison") < 0);
    // a contact line goes on after a colon
    const auto contact = test::analyse("Media enquiries\n\nDFAT Media Liaison: (02) 6261 1555");
    CHECK(test::count(contact, EntityType::person) == 0);
}

TEST_CASE("bodies: British spellings of acronyms, a demonym before a country's own body, a diwan", "[mention_recognizer]") {
    // BBC; Reuters from Doha; a White House readout
    const auto doc = test::analyse(
        "Rishi Sunak later met Nato Secretary General Jens Stoltenberg. The Qatari Emiri Diwan said the Chinese "
        "Ministry of Public Security agreed. They visited shelters the American Red Cross is opening.");
    CHECK(test::has_relation(doc, "Jens Stoltenberg", RelationType::member_of, "North Atlantic Treaty Organization"));
    CHECK(test::entity(doc, "Amiri Diwan") >= 0);
    CHECK(test::entity(doc, "Ministry of Public Security") >= 0);
    CHECK(test::entity(doc, "American Red Cross") >= 0);
    CHECK_FALSE(test::has_relation(doc, "Rishi Sunak", RelationType::met_with, "Emiri Diwan"));
}

TEST_CASE("region adjectives, the Congo without 'the', an organisation's managing director", "[mention_recognizer]") {
    // Reuters from Belem and from Gandhinagar; AP from Beijing
    const auto doc = test::analyse(
        "Leaders of eight South American countries met in Belem. Norway and the Democratic Republic of Congo joined "
        "the talks. The International Monetary Fund's managing director, Kristalina Georgieva, also attended. Blinken "
        "was accompanied by the assistant secretary of state for East Asian and Pacific affairs, Daniel Kritenbrink.");
    CHECK(test::entity(doc, "United States") < 0);  // "American" alone would be
    CHECK(test::entity(doc, "South America") >= 0);
    CHECK(test::entity(doc, "Democratic Republic of the Congo") >= 0);
    CHECK(test::entity(doc, "Republic of the Congo") < 0);
    CHECK(test::mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Kristalina Georgieva", "Blinken", "Daniel Kritenbrink"});  // not "East Asian"
    CHECK(test::has_relation(doc, "Kristalina Georgieva", RelationType::member_of, "International Monetary Fund"));
    const int georgieva = test::entity(doc, "Kristalina Georgieva");
    REQUIRE(georgieva >= 0);
    CHECK(doc.entities[georgieva].positions == std::vector<std::string>{"managing director"});
}

TEST_CASE("a known body takes no word that ranks a title's holder; a company is no organ of a body",
          "[mention_recognizer]") {
    // White House readouts; AP from Stresa
    const auto doc = test::analyse(
        "Acting FEMA Administrator Bob Fenton and Deputy White House Counsel Pili Tobar briefed the President. "
        "The governor of the Bank of Japan, Kazuo Ueda, also took part. Leaders of the CDC Small Business Finance "
        "Corporation attended.");
    CHECK(test::has_relation(doc, "Bob Fenton", RelationType::member_of, "Federal Emergency Management Agency"));
    CHECK(test::has_relation(doc, "Pili Tobar", RelationType::member_of, "White House"));
    CHECK(test::has_relation(doc, "Kazuo Ueda", RelationType::member_of, "Bank of Japan"));
    CHECK(test::entity(doc, "CDC Small Business Finance Corporation") >= 0);
    CHECK(test::entity(doc, "Acting FEMA") < 0);
}

TEST_CASE("a party's short name after an office and 'of' is the ministry's field", "[mention_recognizer]") {
    // the German government's press release; a White House list of delegates
    const auto doc = test::analyse(
        "Federal Minister of Labour Hubertus Heil took part. Union Cabinet Minister of Labour and Employment "
        "Bhupender Yadav attended. Labour leader Keir Starmer did not.");
    CHECK(test::has_relation(doc, "Hubertus Heil", RelationType::member_of, "Ministry of Labour"));
    CHECK_FALSE(test::has_relation(doc, "Hubertus Heil", RelationType::member_of, "Labour Party"));
    CHECK_FALSE(test::has_relation(doc, "Bhupender Yadav", RelationType::member_of, "Labour Party"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::member_of, "Labour Party"));
}

TEST_CASE("a party's leader styled 'Sir' is still its leader; a plural office set off before a name is not his", "[mention_recognizer]") {
    // the BBC; a White House readout
    const auto doc = test::analyse(
        "Liberal Democrat leader Sir Ed Davey also raised the issue. Following up on a roundtable with CARICOM "
        "Foreign Ministers, Mr. Sullivan proposed regular engagement.");
    CHECK(test::has_relation(doc, "Ed Davey", RelationType::member_of, "Liberal Democrats"));
    CHECK(test::position(doc, "Ed Davey") == "leader");
    CHECK(test::position(doc, "Sullivan").find("Ministers") == std::string::npos);
}

TEST_CASE("parties: a leader's, a senator's, an appositive's; a state's senate is its own", "[mention_recognizer]") {
    // PA from London; AP from Washington; a White House list of state legislators
    const auto doc = test::analyse(
        "Labour leader Keir Starmer met French President Emmanuel Macron. Senate Majority Leader Chuck Schumer, a New "
        "York Democrat, called the vote a sad night. Republican Sen. Lindsey Graham of South Carolina disagreed. "
        "Illinois Senate President Don Harmon attended.");
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::member_of, "Labour Party"));
    CHECK(test::has_relation(doc, "Chuck Schumer", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Chuck Schumer", RelationType::member_of, "U.S. Senate"));
    CHECK(test::has_relation(doc, "Lindsey Graham", RelationType::member_of, "Republican Party"));
    CHECK(test::has_relation(doc, "Don Harmon", RelationType::member_of, "Illinois Senate"));
    CHECK(test::entity(doc, "New York Democrat") < 0);
    CHECK_FALSE(test::has_relation(doc, "Keir Starmer", RelationType::represents, "United Kingdom"));
}

TEST_CASE("companies by their suffixes are organisations, not people", "[mention_recognizer]") {
    // Reuters from Cupertino; a White House list of participants
    const auto doc = test::analyse(
        "Apple Inc unveiled its latest iPhone on Tuesday. Huawei Technologies launched a rival phone last month. "
        "Darren Hawkins, CEO of Yellow Corp, spoke.");
    for (const char* company : {"Apple Inc", "Huawei Technologies", "Yellow Corp"}) {
        const int e = test::entity(doc, company);
        REQUIRE(e >= 0);
        CHECK(doc.entities[e].type == EntityType::agency);
    }
    CHECK(test::has_relation(doc, "Darren Hawkins", RelationType::member_of, "Yellow Corp"));
}

TEST_CASE("an organ of a known body is its country's", "[mention_recognizer]") {
    // Xinhua from Beijing; a White House readout
    const auto doc = test::analyse(
        "Xi Jinping held talks with the general secretary of the Communist Party of Vietnam Central Committee. "
        "Yesterday, the White House Office of Public Engagement convened a roundtable.");
    CHECK(test::country(doc, "Communist Party of Vietnam Central Committee") == "VN");
    CHECK(test::country(doc, "White House Office of Public Engagement") == "US");
}

TEST_CASE("a country written out after \"the\" begins the name of its body; an abbreviation or possessive says whose it is",
          "[mention_recognizer]") {
    // Kyodo from Tokyo; AP from Kyiv
    const auto doc = test::analyse(
        "Lam signed a loan from the Japan International Cooperation Agency. The minister attended a meeting of the "
        "Ukraine Defense Contact Group. The U.S. National Security Council and China's Foreign Ministry objected.");
    CHECK(test::entity(doc, "Japan International Cooperation Agency") >= 0);
    CHECK(test::country(doc, "Japan International Cooperation Agency") == "JP");
    CHECK(test::entity(doc, "Ukraine Defense Contact Group") >= 0);
    // a group gathers others: the contact group is no Ukrainian organ
    CHECK_FALSE(test::has_relation(doc, "Ukraine Defense Contact Group", RelationType::part_of, "Ukraine"));
    // a sentence's opening "The" too; a name that is also a place's (the U.S. state) says nothing
    const auto ports = test::analyse(
        "The Kenya Ports Authority signed a deal with the Tanzania Ports Authority. The Georgia Ports Authority "
        "watched.");
    CHECK(test::has_relation(ports, "Kenya Ports Authority", RelationType::part_of, "Kenya"));
    CHECK(test::has_relation(ports, "Tanzania Ports Authority", RelationType::part_of, "Tanzania"));
    CHECK(test::country(ports, "Georgia Ports Authority").empty());
    CHECK(test::country(doc, "National Security Council") == "US");
    CHECK(test::country(doc, "Ministry of Foreign Affairs of China") == "CN");
}

TEST_CASE("a country written out right before an institution's head begins its name", "[mention_recognizer]") {
    // India's Ministry of External Affairs; Xinhua
    const auto doc = test::analyse(
        "EAM addressed a conference organised with the Japan Institute of International Affairs. Scholars from the "
        "China Institute of International Studies attended.");
    CHECK(test::entity(doc, "Japan Institute of International Affairs") >= 0);
    CHECK(test::country(doc, "Japan Institute of International Affairs") == "JP");
    CHECK(test::entity(doc, "China Institute of International Studies") >= 0);
    CHECK(test::entity(doc, "Institute of International Affairs") < 0);
}

TEST_CASE("a firm named for its associates is a body; after a body's head and \"of\" it ends that body's name",
          "[mention_recognizer]") {
    // Reuters; a White House participants list
    const auto doc = test::analyse(
        "Modi also met investor Ray Dalio, founder of Bridgewater Associates. Participants included the Academy of "
        "Physician Associates.");
    CHECK(test::has_relation(doc, "Ray Dalio", RelationType::member_of, "Bridgewater Associates"));
    CHECK(test::entity(doc, "Academy of Physician Associates") >= 0);
    CHECK(test::entity(doc, "Physician Associates") < 0);
}

TEST_CASE("a proper noun before \"Affairs\" is a field of a body's or an office's name", "[mention_recognizer]") {
    // a joint statement of the U.S.-Kenya Strategic Dialogue
    const auto doc = test::analyse(
        "Secretary of State Antony J. Blinken and Kenyan Prime Cabinet Secretary and Cabinet Secretary for Foreign "
        "and Diaspora Affairs Musalia Mudavadi co-chaired the dialogue. Officials of the Ministry of Foreign and "
        "Diaspora Affairs attended.");
    CHECK(test::entity(doc, "Musalia Mudavadi") >= 0);
    CHECK(test::country(doc, "Musalia Mudavadi") == "KE");
    CHECK(test::entity(doc, "Ministry of Foreign and Diaspora Affairs") >= 0);
    CHECK(test::entity(doc, "Ministry of Foreign") < 0);
}

TEST_CASE("a project or a club named in capitals is an organisation, not a person", "[mention_recognizer]") {
    // White House participants lists
    const auto doc = test::analyse(
        "Participants included W. Mondale Robinson, Founder, Black Male Voter Project; and Tony Hansen of the "
        "Crockett Club.");
    CHECK(test::entity(doc, "Black Male Voter Project") >= 0);
    CHECK(test::count(doc, EntityType::person) == 2);
    CHECK(test::has_relation(doc, "W. Mondale Robinson", RelationType::member_of, "Black Male Voter Project"));
}

TEST_CASE("a region before the word for a body's members belongs to its name", "[mention_recognizer]") {
    // Reuters from Abuja
    const auto doc = test::analyse(
        "The Alliance of Sahel States, formed by the three juntas, said it would not return. Officials of the Sahel "
        "met in Niamey.");
    CHECK(test::entity(doc, "Alliance of Sahel States") >= 0);
    CHECK(test::count(doc, EntityType::agency) == 1);
}

TEST_CASE("words no dictionary knows before \"Chairman\" and a name are the chairman's company", "[mention_recognizer]") {
    // Reuters from Taipei
    const auto doc = test::analyse(
        "Foxconn Chairman Young Liu met Narendra Modi. Committee Chairman Jim Jordan spoke.");
    CHECK(test::has_relation(doc, "Young Liu", RelationType::member_of, "Foxconn"));
    CHECK(test::position(doc, "Young Liu") == "Chairman");
    CHECK(test::count(doc, EntityType::agency) == 1);
}

TEST_CASE("a given name before \"Center\" with an office in the appositive after it names a person",
          "[mention_recognizer]") {
    // AP from Geneva
    const auto doc = test::analyse(
        "The U.S. team was led by Tarun Chhabra and Seth Center, the State Department's acting special envoy for "
        "critical and emerging technology. The Carter Center, the Atlanta-based group, said so. Wilson Center, a "
        "think tank founded by president Wilson, agreed.");
    CHECK(test::position(doc, "Seth Center") == "acting special envoy for critical and emerging technology");
    CHECK(test::has_relation(doc, "Seth Center", RelationType::member_of, "Department of State"));
    CHECK(test::entity(doc, "Carter Center") >= 0);
    CHECK(test::entity(doc, "Wilson Center") >= 0);
    CHECK(test::count(doc, EntityType::person) == 2);
}

TEST_CASE("companies and news outlets the news quotes are organisations of no state", "[mention_recognizer]") {
    // Reuters from London; Al Jazeera from Doha
    const auto doc = test::analyse(
        "Analysts at Morgan Stanley said the budget was in line. Hamas official Khalil al-Hayya told Al Jazeera the "
        "group was ready. Sam Altman, CEO of OpenAI, and Frank St. John, Chief Operating Officer of Lockheed Martin, "
        "met officials in London.");
    for (const char* company : {"Morgan Stanley", "Al Jazeera", "OpenAI", "Lockheed Martin"}) {
        const int e = test::entity(doc, company);
        REQUIRE(e >= 0);
        CHECK(doc.entities[e].type == EntityType::agency);
        CHECK(doc.entities[e].country.empty());
    }
    CHECK(test::has_relation(doc, "Frank St. John", RelationType::member_of, "Lockheed Martin"));
}

TEST_CASE("another country's body named like a known one is that country's", "[mention_recognizer]") {
    // AP from Manila
    const auto doc = test::analyse(
        "The Philippines protested dangerous maneuvers by the China Coast Guard. China's Coast Guard said the ship "
        "intruded. The U.S. Coast Guard and the Philippine Coast Guard held drills.");
    CHECK(test::country(doc, "China Coast Guard") == "CN");
    CHECK_FALSE(test::has_relation(doc, "U.S. Coast Guard", RelationType::part_of, "China"));
    CHECK(test::country(doc, "U.S. Coast Guard") == "US");
    CHECK(test::country(doc, "Philippine Coast Guard") == "PH");
}

TEST_CASE("a body of many countries belongs to none of them", "[mention_recognizer]") {
    // Reuters from Cape Town
    const auto doc = test::analyse(
        "Finance ministers met in Cape Town, the first meeting under South Africa's G20 presidency. India's "
        "Ministry of External Affairs said.");
    REQUIRE(test::entity(doc, "Group of Twenty") >= 0);
    CHECK(doc.entities[test::entity(doc, "Group of Twenty")].country.empty());
    CHECK_FALSE(test::has_relation(doc, "Group of Twenty", RelationType::part_of, "South Africa"));
    CHECK(test::has_relation(doc, "Ministry of External Affairs", RelationType::part_of, "India"));
}

TEST_CASE("a body named for the many it serves keeps their possessive", "[mention_recognizer]") {
    // AP from Brussels; White House readouts
    const auto doc = test::analyse(
        "Donald Tusk and Kyriakos Mitsotakis represented the center-right European People's Party in the talks. "
        "Fatima Goss Graves, President and CEO of the National Women's Law Center, and Damon Hewitt of the "
        "Lawyers' Committee for Civil Rights Under Law joined. Finer's Office declined to comment.");
    CHECK(test::mention_texts(doc, EntityType::agency, MentionKind::name) ==
          std::vector<std::string>{"European People's Party", "National Women's Law Center",
                                   "Lawyers' Committee for Civil Rights Under Law"});
    CHECK(test::has_relation(doc, "Fatima Goss Graves", RelationType::member_of, "National Women's Law Center"));
    CHECK(test::entity(doc, "Europe") < 0);
}

TEST_CASE("a country's envoy to a body of many countries serves the country", "[mention_recognizer]") {
    // AP and Reuters from the United Nations
    const auto doc = test::analyse(
        "Algeria's U.N. Ambassador Amar Bendjama said the veto gave Israel a license to kill. China's U.N. envoy "
        "Fu Cong agreed. U.N. envoy Hans Grundberg briefed the council.");
    CHECK(test::country(doc, "Amar Bendjama") == "DZ");
    CHECK(test::country(doc, "Fu Cong") == "CN");
    CHECK_FALSE(test::has_relation(doc, "Amar Bendjama", RelationType::member_of, "United Nations"));
    CHECK_FALSE(test::has_relation(doc, "Fu Cong", RelationType::member_of, "United Nations"));
    CHECK(test::has_relation(doc, "Hans Grundberg", RelationType::member_of, "United Nations"));
}

TEST_CASE("an envoy's post in a capital, a treasurer and a body's negotiator are offices", "[mention_recognizer]") {
    // EFE from Madrid; AAP from Washington; Reuters from Cairo
    const auto doc = test::analyse(
        "Spain's ambassador in Beijing, Marta Betanzos, also attended the meetings. Treasurer Jim Chalmers will "
        "meet Treasury Secretary Scott Bessent. Hamas negotiator Khalil al-Hayya said the group had received "
        "guarantees.");
    CHECK(test::position(doc, "Marta Betanzos") == "ambassador in Beijing");
    CHECK(test::country(doc, "Marta Betanzos") == "ES");
    CHECK(test::position(doc, "Jim Chalmers") == "Treasurer");
    CHECK(test::position(doc, "Khalil al-Hayya") == "negotiator");
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::member_of, "Hamas"));
}

TEST_CASE("a body's name said alone is the body, and Capitol Hill is a place", "[mention_recognizer]") {
    // Reuters from Jakarta and Washington
    const auto doc = test::analyse(
        "Apple Chief Executive Tim Cook met Indonesian President Joko Widodo. Communications Minister Budi Arie "
        "Setiadi said Apple would invest in a developer academy. Ukrainian President Volodymyr Zelenskiy met with "
        "U.S. senators on Capitol Hill on Thursday.");
    const int apple = test::entity(doc, "Apple");
    REQUIRE(apple >= 0);
    CHECK(doc.entities[static_cast<std::size_t>(apple)].type == EntityType::agency);
    CHECK(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.name == "Apple"; }) == 1);
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"Capitol Hill"});
}

TEST_CASE("a title set off after a name serves the country of the body it names", "[mention_recognizer]") {
    // Al Jazeera from Doha
    const auto doc = test::analyse(
        "Majed al-Ansari, the spokesman for Qatar's foreign ministry, told reporters the talks went on. Ahmed "
        "Hassan, spokesman for the Egyptian foreign ministry, agreed. Penny Pritzker, the special envoy for "
        "Ukraine's economic recovery, spoke.");
    CHECK(test::country(doc, "Majed al-Ansari") == "QA");
    CHECK(test::country(doc, "Ahmed Hassan") == "EG");
    // a field, not a body: the envoy is no Ukrainian
    CHECK(test::country(doc, "Penny Pritzker").empty());
}

TEST_CASE("a party office's body before a name that begins with a short word", "[mention_recognizer]") {
    // Xinhua from Beijing
    const auto doc = test::analyse(
        "Li said China is willing to work with Vietnam to implement the consensus reached by General Secretary of the Communist Party "
        "of China Central Committee Xi Jinping and General Secretary of the Communist Party of Vietnam Central "
        "Committee To Lam.");
    CHECK(test::position(doc, "Xi Jinping") == "General Secretary of the Communist Party of China Central Committee");
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::member_of, "Communist Party of China Central Committee"));
    CHECK(test::has_relation(doc, "To Lam", RelationType::member_of, "Communist Party of Vietnam Central Committee"));
    CHECK(test::has_relation(doc, "To Lam", RelationType::represents, "Vietnam"));
}

TEST_CASE("a party and a state after a name mark a member of the U.S. Congress", "[mention_recognizer]") {
    // a senator's press release; AP style
    const auto doc = test::analyse(
        "The delegation included Senator Pete Ricketts (R-Neb.) and Representative Ami Bera (D-Calif.). "
        "Sen. Lindsey Graham, R-S.C., said he agreed.");
    CHECK(test::country(doc, "Pete Ricketts") == "US");
    CHECK(test::country(doc, "Ami Bera") == "US");
    CHECK(test::country(doc, "Lindsey Graham") == "US");
    CHECK(test::mention_texts(doc, EntityType::person) == std::vector<std::string>{"Pete Ricketts", "Ami Bera", "Lindsey Graham"});
}

TEST_CASE("\"X of COUNTRY to BODY\" set off by a comma serves the country", "[mention_recognizer]") {
    // a UN readout; "the Chinese Ambassador to the United States" serves China, not the United States
    const auto doc = test::analyse(
        "Also present was the Permanent Representative of India to the United Nations, Parvathaneni Harish. So "
        "were the Ambassador of Japan to the United States, Shigeo Yamada, and the Chinese Ambassador to the United "
        "States, Xie Feng.");
    CHECK(test::country(doc, "Parvathaneni Harish") == "IN");
    CHECK(test::position(doc, "Parvathaneni Harish") == "Permanent Representative of India to the United Nations");
    CHECK(test::has_relation(doc, "Parvathaneni Harish", RelationType::represents, "India"));
    CHECK(test::country(doc, "Shigeo Yamada") == "JP");
    CHECK(test::country(doc, "Xie Feng") == "CN");
}

TEST_CASE("one plain word and \"and\" before a body's name are its field", "[mention_recognizer]") {
    // an AU release and a White House readout; "the House and Senate" stay two bodies
    const auto doc = test::analyse(
        "The Peace and Security Council of the African Union held its 1270th meeting on Sudan. Kathi Vidal, "
        "Director of the U.S. Patent and Trademark Office, briefed the House and Senate.");
    CHECK(test::entity(doc, "Peace and Security Council") >= 0);
    CHECK(test::entity(doc, "United Nations Security Council") < 0);
    CHECK(test::entity(doc, "Patent and Trademark Office") >= 0);
    CHECK(test::has_relation(doc, "Kathi Vidal", RelationType::member_of, "Patent and Trademark Office"));
    CHECK(test::entity(doc, "House and Senate") < 0);
}

TEST_CASE("churches, schools, societies, tribes, caucuses and firms are bodies, not people", "[mention_recognizer]") {
    // White House readouts had each of these as a person
    const auto doc = test::analyse(
        "Participants included Rep. Steven Horsford, Chairman of the Congressional Black Caucus, Professor Glenn Cohen "
        "of Harvard Law School, leaders of the Nez Perce Tribe and the Audubon Society, the pastor of Hope Missionary "
        "Baptist Church, and investors from Bain Capital and Arnold Ventures.");
    const auto bodies = test::mention_texts(doc, EntityType::agency);
    for (const char* body : {"Congressional Black Caucus", "Harvard Law School", "Nez Perce Tribe", "Audubon Society",
                             "Hope Missionary Baptist Church", "Bain Capital", "Arnold Ventures"})
        CHECK(std::find(bodies.begin(), bodies.end(), body) != bodies.end());
    CHECK(test::mention_texts(doc, EntityType::person, MentionKind::name) ==
          std::vector<std::string>{"Steven Horsford", "Glenn Cohen"});
    CHECK(test::has_relation(doc, "Glenn Cohen", RelationType::member_of, "Harvard Law School"));
}

TEST_CASE("a body's head word alone names the body named before with it", "[mention_recognizer]") {
    // AP from Honiara; DW from Brussels; the African Union's and the White House's releases
    const auto doc = test::analyse(
        "Leaders of the Pacific Islands Forum met in Honiara. Forum Secretary General Baron Waqa said the leaders "
        "agreed. The European Commission proposed a law. Commission President Ursula von der Leyen said the Commission "
        "would act. The National Economic Council met Cecilia Rouse, Chair of the Council of Economic Advisers. "
        "Ambassador Mohamed Arrouchi is Chairperson of the Council for the month of April.");
    CHECK(test::has_relation(doc, "Baron Waqa", RelationType::member_of, "Pacific Islands Forum"));
    CHECK(test::has_relation(doc, "Ursula von der Leyen", RelationType::member_of, "European Commission"));
    CHECK(test::mention_texts(doc, EntityType::event).empty());  // "Forum" was an event
    CHECK(test::mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Pacific Islands Forum", "Forum", "European Commission", "Commission", "Commission",
                                   "National Economic Council", "Council of Economic Advisers"});
}

TEST_CASE("a body's name may join plain words with 'and'; a rank before a body's head names none", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Senior Administration Officials met Rick Spinrad, Administrator of the National Oceanic and Atmospheric "
        "Administration, and the Search and Rescue Coordination Group on Monday. President Ashraf Ghani and High "
        "Council leaders spoke.");
    CHECK(test::entity(doc, "Senior Administration") < 0);
    CHECK(test::entity(doc, "National Oceanic and Atmospheric Administration") >= 0);
    CHECK(test::entity(doc, "Search and Rescue Coordination Group") >= 0);
    CHECK(test::entity(doc, "Ashraf Ghani") >= 0);  // a name is no plain word
}

TEST_CASE("'&' between plain words stays inside a body's name; between a title and a body it does not", "[mention_recognizer]") {
    // White House participant lists
    const auto doc = test::analyse(
        "Leaders of the National Fish & Wildlife Foundation and the Fuel Cell & Hydrogen Energy Association met "
        "Jane Doe, Deputy Assistant to the President & White House Staff Secretary.");
    CHECK(test::entity(doc, "National Fish & Wildlife Foundation") >= 0);
    CHECK(test::entity(doc, "Fuel Cell & Hydrogen Energy Association") >= 0);
    CHECK(test::entity(doc, "President & White House") < 0);
}

TEST_CASE("a body's name that other countries' bodies share is the gazetteer's only where its country is named",
          "[mention_recognizer]") {
    // Dawn from Islamabad: Pakistan's Foreign Office, not the UK's
    const auto dawn = test::analyse("Bilawal held talks with Qin Gang on Saturday, the Foreign Office said.");
    CHECK(mention_texts(dawn, EntityType::agency) == std::vector<std::string>{"Foreign Office"});
    CHECK(test::country(dawn, "Foreign Office").empty());
    // the BBC: the UK named, the UK's Foreign Office
    const auto bbc = test::analyse("Foreign Secretary David Lammy flew to Kyiv, the UK Foreign Office said.");
    CHECK(test::country(bbc, "Foreign, Commonwealth and Development Office") == "GB");
    // a demonym names another country's
    const auto german = test::analyse("The German Foreign Office summoned the Russian ambassador.");
    CHECK(test::country(german, "German Foreign Office") == "DE");
    CHECK(test::entity(german, "Foreign, Commonwealth and Development Office") < 0);
}

TEST_CASE("an organ 'of' a body read before it is named in full, as that body's country's", "[mention_recognizer]") {
    // China's MFA, and a White House readout
    const auto doc = test::analyse(
        "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met Sergey Lavrov. "
        "The Board of Governors of the Federal Reserve joined the task force.");
    CHECK(test::country(doc, "Political Bureau of the CPC Central Committee") == "CN");
    CHECK(test::entity(doc, "Political Bureau") < 0);
    // the office before "and" and the title is Wang's too
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::member_of, "Political Bureau of the CPC Central Committee"));
    CHECK(test::entity(doc, "Board of Governors of the Federal Reserve") >= 0);
}

TEST_CASE("a known body's organ after its short name in brackets is named in full; a long office set off", "[mention_recognizer]") {
    // Xinhua from Beijing; a White House readout
    const auto doc = test::analyse(
        "Xi held talks with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee and "
        "Vietnamese president, who is on a state visit to China. Officials of the U.S. Department of Agriculture "
        "(USDA) Forest Service attended.");
    CHECK(test::entity(doc, "Communist Party of Vietnam Central Committee") >= 0);
    CHECK(test::country(doc, "Communist Party of Vietnam Central Committee") == "VN");
    CHECK(test::position(doc, "To Lam").find("general secretary") == 0);
    CHECK(test::entity(doc, "Department of Agriculture Forest Service") >= 0);
}

TEST_CASE("armed movements and partnerships wire copy names without a head word are bodies, no people", "[mention_recognizer]") {
    // Reuters, AP and Al Jazeera
    const auto doc = test::analyse(
        "The Houthis attacked ships in the Red Sea. Palestinian Islamic Jihad said it would join talks. M23 rebels "
        "seized Goma. Al-Shabaab claimed the attack. AUKUS partners met in Canberra.");
    CHECK(test::count(doc, EntityType::person) == 0);
    for (const char* body : {"Houthi movement", "Palestinian Islamic Jihad", "March 23 Movement", "al-Shabaab", "AUKUS"}) {
        const int e = test::entity(doc, body);
        REQUIRE(e >= 0);
        CHECK(doc.entities[e].type == EntityType::agency);
    }
}

TEST_CASE("national police and security bodies a release lists are their countries'", "[mention_recognizer]") {
    // a Europol press release
    const auto doc = test::analyse(
        "Participating countries: Canada: Royal Canadian Mounted Police (RCMP); Germany: Federal Criminal Police "
        "Office (Bundeskriminalamt); United Kingdom: National Crime Agency (NCA).");
    CHECK(test::country(doc, "Royal Canadian Mounted Police") == "CA");
    CHECK(test::country(doc, "Federal Criminal Police Office") == "DE");
    CHECK(test::country(doc, "National Crime Agency") == "GB");
}

TEST_CASE("a title's complement goes on past a body's short name in brackets to its organ", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "President Biden met General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam in "
        "New York.");
    CHECK(test::position(doc, "To Lam") == "General Secretary of the Communist Party of Vietnam Central Committee");
    CHECK(test::country(doc, "To Lam") == "VN");
    CHECK(test::has_relation(doc, "Biden", RelationType::met_with, "To Lam"));
}

TEST_CASE("how long someone holds an office is no word of a body's name", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Participants included Incoming House Democratic Leader Fentrice Driskell and Former Louisiana State University "
        "gymnast Olivia Dunne.");
    CHECK(test::entity(doc, "Incoming House") < 0);
    CHECK(test::entity(doc, "Louisiana State University") >= 0);
}

TEST_CASE("fields joined by 'and' before a body's head are one name, but not after another body's head", "[mention_recognizer]") {
    // Ukrinform; White House readouts
    const auto doc = test::analyse(
        "Defence Minister Rustem Umerov, who also serves as secretary of the National Security and Defence Council, "
        "led the delegation. Officials of the Substance Abuse and Mental Health Services Administration, the "
        "White House Office of Public Engagement and Domestic Policy Council attended.");
    CHECK(test::mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"National Security and Defence Council", "Substance Abuse and Mental Health Services Administration",
                                   "White House Office of Public Engagement", "Domestic Policy Council"});
    CHECK(test::has_relation(doc, "Rustem Umerov", RelationType::member_of, "National Security and Defence Council"));
}

TEST_CASE("a federal agency whose name holds a place's word is known by its whole name", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "Crosby Kemper, Director of the Institute of Museum and Library Services, spoke at the summit.");
    CHECK(test::has_relation(doc, "Crosby Kemper", RelationType::member_of, "Institute of Museum and Library Services"));
    CHECK(test::entity(doc, "Museum and Library Services") < 0);
}

TEST_CASE("a country's foreign ministry under an informal name takes the formal one", "[mention_recognizer]") {
    // IRNA; Reuters; AP
    const auto doc = test::analyse(
        "The Iranian Foreign Ministry said the talks would resume. Iran's Ministry of Foreign Affairs confirmed it. The "
        "Foreign Ministry of Qatar welcomed the news.");
    std::size_t ministries = 0;
    for (const auto& e : doc.entities)
        if (e.type == EntityType::agency) {
            ++ministries;
            CHECK(e.name == "Ministry of Foreign Affairs");
        }
    CHECK(ministries == 2);  // Iran's and Qatar's
    CHECK(test::has_relation(doc, "Ministry of Foreign Affairs", RelationType::part_of, "Iran"));
}

TEST_CASE("an event's word after a body's head and 'for' is the body's purpose, no event", "[mention_recognizer]") {
    // The Hindu
    const auto doc = test::analyse(
        "The agreement followed talks through the Working Mechanism for Consultation and Coordination on India-China "
        "Border Affairs (WMCC), Mr. Misri told reporters.");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Working Mechanism for Consultation and Coordination on India-China Border Affairs"});
    CHECK(test::entity(doc, "Consultation") < 0);
}

TEST_CASE("think tanks whose names hold a demonym or a country are known whole and represent no country", "[mention_recognizer]") {
    // an analysis piece
    const auto doc = test::analyse(
        "\"This is not an alliance,\" said Bonnie Glaser, managing director of the Indo-Pacific program at the German "
        "Marshall Fund. Alexander Gabuev, director of the Carnegie Russia Eurasia Center in Berlin, disagreed. So did "
        "Ashley Tellis, a senior fellow at the Carnegie Endowment for International Peace.");
    CHECK(test::has_relation(doc, "Bonnie Glaser", RelationType::member_of, "German Marshall Fund of the United States"));
    CHECK(test::country(doc, "Bonnie Glaser").empty());
    CHECK(test::has_relation(doc, "Alexander Gabuev", RelationType::member_of, "Carnegie Russia Eurasia Center"));
    CHECK(test::has_relation(doc, "Ashley Tellis", RelationType::member_of, "Carnegie Endowment for International Peace"));
}

TEST_CASE("a bare body's name is the known body the article names with its country before it", "[entity_resolver]") {
    // Reuters: the headline names the court bare
    const auto doc = test::analyse_titled(
        "Supreme Court hears arguments on Trump tariffs",
        "The U.S. Supreme Court on Wednesday heard arguments in a challenge to the tariffs. The Supreme Court will "
        "rule by June.");
    CHECK(test::count(doc, EntityType::agency) == 1);
    CHECK(test::entity(doc, "Supreme Court") == test::entity(doc, "Supreme Court of the United States"));
}

TEST_CASE("a sentence's article is no word of a body's name; seminaries and collaboratives are bodies", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "The White House Community Violence Intervention Collaborative met today. Participants included the Claremont "
        "Theological Seminary and the Bochasanwasi Akshar Purushottam Swaminarayan Sanstha.");
    CHECK(test::entity(doc, "White House Community Violence Intervention Collaborative") >= 0);
    CHECK(test::entity(doc, "Claremont Theological Seminary") >= 0);
    CHECK(test::entity(doc, "Bochasanwasi Akshar Purushottam Swaminarayan Sanstha") >= 0);
    CHECK(test::count(doc, EntityType::person) == 0);
}

TEST_CASE("a body's name that opens a sentence or a list's line keeps its first ordinary word", "[mention_recognizer]") {
    // White House readouts' lists of participants
    const auto doc = test::analyse(
        "United Methodist Church\n\nMotor and Equipment Manufacturers Association and several member companies\n\n"
        "Equal Employment Opportunity Commission Chair Charlotte Burrows spoke.");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"United Methodist Church", "Motor and Equipment Manufacturers Association",
                                   "Equal Employment Opportunity Commission"});
}
