#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

TEST_CASE("passive attendance: 'was attended by' and appositive membership", "[relation_extractor]") {
    const auto doc = test::analyse(
        "The dialogue in Beijing, following the first such conversation in Washington in December, was attended by "
        "Minister of Public Security Guo Shengkun and Suzanne Spaulding, an undersecretary at the US Department of "
        "Homeland Security.");
    CHECK(has_relation(doc, "Guo Shengkun", RelationType::attended, "dialogue"));
    CHECK(has_relation(doc, "Suzanne Spaulding", RelationType::attended, "dialogue"));
    CHECK(has_relation(doc, "Suzanne Spaulding", RelationType::member_of, "Department of Homeland Security"));
    CHECK_FALSE(has_relation(doc, "Guo Shengkun", RelationType::member_of, "Department of Homeland Security"));
    CHECK(has_relation(doc, "Department of Homeland Security", RelationType::part_of, "United States"));
    CHECK(has_relation(doc, "dialogue", RelationType::held_in, "Beijing"));
    CHECK(has_relation(doc, "first such conversation", RelationType::held_in, "Washington"));
}

TEST_CASE("scheduled but withdrawn is not attended", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Officials held the second dialogue on Tuesday. US Secretary of Homeland Security Jeh Johnson and Attorney "
        "General Loretta Lynch had been scheduled to attend the meeting, but they withdrew after the shooting.");
    CHECK_FALSE(has_relation(doc, "Jeh Johnson", RelationType::attended, "second dialogue"));
    CHECK_FALSE(has_relation(doc, "Loretta Lynch", RelationType::attended, "second dialogue"));
    CHECK(has_relation(doc, "Jeh Johnson", RelationType::represents, "United States"));
}

TEST_CASE("co-chairing with 'joined X in'", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Chinese State Councilor and Minister of Public Security Guo Shengkun joined U.S. Attorney General Loretta Lynch "
        "and Secretary of Homeland Security Jeh Johnson in co-chairing the third China-U.S. High-Level Joint Dialogue on "
        "Cybercrime and Related Issues.");
    const std::string event = "third China-U.S. High-Level Joint Dialogue on Cybercrime and Related Issues";
    CHECK(has_relation(doc, "Guo Shengkun", RelationType::co_chaired, event));
    CHECK(has_relation(doc, "Loretta Lynch", RelationType::co_chaired, event));
    CHECK(has_relation(doc, "Jeh Johnson", RelationType::co_chaired, event));
    CHECK(has_relation(doc, "Guo Shengkun", RelationType::represents, "China"));
    CHECK(has_relation(doc, "Loretta Lynch", RelationType::represents, "United States"));
    CHECK(has_relation(doc, "Guo Shengkun", RelationType::member_of, "Ministry of Public Security"));
}

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

TEST_CASE("agreements: reached by, possessive decisions, agreeing parties", "[relation_extractor]") {
    const auto a = test::analyse("The US attaches importance to the agreement reached by President Xi Jinping and US President Barack Obama in September.");
    CHECK(has_relation(a, "Xi Jinping", RelationType::agreed, "Barack Obama"));
    const auto b = test::analyse("The group is an outcome of President Biden's and President Xi Jinping's decision, announced at the Leaders' Summit in Woodside, California.");
    CHECK(has_relation(b, "Biden", RelationType::agreed, "Xi Jinping"));
    CHECK(has_relation(b, "Leaders' Summit", RelationType::held_in, "Woodside"));
    const auto c = test::analyse("Chinese and U.S. officials meeting in Washington have agreed to expand cooperation.");
    CHECK(has_relation(c, "China", RelationType::agreed, "United States"));
    const auto d = test::analyse("President Xi Jinping agreed to set up a mechanism.");
    CHECK(d.relations.empty());
}

TEST_CASE("meetings between people, and appositive representation", "[relation_extractor]") {
    const auto a = test::analyse("Principal Deputy National Security Advisor Jon Finer met today with People's Republic of China Executive Vice Minister of Foreign Affairs Ma Zhaoxu in Washington, D.C.");
    CHECK(has_relation(a, "Jon Finer", RelationType::met_with, "Ma Zhaoxu"));
    CHECK(has_relation(a, "Ma Zhaoxu", RelationType::represents, "China"));
    const auto b = test::analyse("Max Baucus, the US ambassador to China, told reporters that talks matter.");
    CHECK(has_relation(b, "Max Baucus", RelationType::represents, "United States"));
    CHECK_FALSE(has_relation(b, "Max Baucus", RelationType::represents, "China"));
}

TEST_CASE("a relative clause's subject is the name it follows", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Yoon was accompanied by his wife, Kim Keon Hee, and by Foreign Minister Park Jin, who held separate talks "
        "with his Japanese counterpart Yoshimasa Hayashi.");
    CHECK(has_relation(doc, "Park Jin", RelationType::met_with, "Yoshimasa Hayashi"));
    CHECK_FALSE(has_relation(doc, "Kim Keon Hee", RelationType::met_with, "Yoshimasa Hayashi"));
    CHECK_FALSE(has_relation(doc, "Kim Keon Hee", RelationType::met_with, "Park Jin"));
    // a relative clause between subject and verb names no subject of the verb
    const auto guest = test::analyse(
        "Kenyan President William Ruto, who chairs the African Union's climate committee, attended the Quad summit.");
    CHECK(has_relation(guest, "William Ruto", RelationType::attended, "Quad summit"));
    CHECK_FALSE(has_relation(guest, "African Union", RelationType::attended, "Quad summit"));
}

TEST_CASE("two lists in one sentence stay apart", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Following the Phnom Penh Summit led by Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the "
        "Republic of Korea, and President Joseph R. Biden, Jr. of the United States, Cabinet Councillor Yasuo Takamura from "
        "the National Security Secretariat of Japan, Secretary Yunjong Wang of the ROK, and Senior Directors Tarun Chhabra "
        "and Nora Todd from the U.S. National Security Council convened the inaugural meeting of the Economic Security "
        "Dialogue in Honolulu, Hawaii.");
    CHECK(has_relation(doc, "Kishida Fumio", RelationType::co_chaired, "Phnom Penh Summit"));
    CHECK(has_relation(doc, "Joseph R. Biden, Jr.", RelationType::co_chaired, "Phnom Penh Summit"));
    CHECK_FALSE(has_relation(doc, "Yasuo Takamura", RelationType::co_chaired, "Phnom Penh Summit"));
    CHECK(has_relation(doc, "Yasuo Takamura", RelationType::co_chaired, "Economic Security Dialogue"));
    CHECK(has_relation(doc, "Nora Todd", RelationType::co_chaired, "Economic Security Dialogue"));
    CHECK_FALSE(has_relation(doc, "Joseph R. Biden, Jr.", RelationType::co_chaired, "Economic Security Dialogue"));
    CHECK(has_relation(doc, "Tarun Chhabra", RelationType::member_of, "National Security Council"));
    CHECK(has_relation(doc, "Nora Todd", RelationType::member_of, "National Security Council"));
    CHECK(has_relation(doc, "Kishida Fumio", RelationType::represents, "Japan"));
    CHECK(has_relation(doc, "Phnom Penh Summit", RelationType::held_in, "Phnom Penh"));
    CHECK(has_relation(doc, "Economic Security Dialogue", RelationType::held_in, "Honolulu"));
}

TEST_CASE("shootings happen in places but are not held there", "[relation_extractor]") {
    const auto doc = test::analyse("They withdrew after the mass shooting in Orlando, Florida.");
    CHECK(doc.relations.empty());
}

TEST_CASE("wire style: lower-case titles, 'the G20 summit', 'held talks ... and signed'", "[relation_extractor]") {
    const auto doc = test::analyse(
        "BEIJING, June 15 (Xinhua) -- Chinese foreign minister Wang Yi met U.S. Secretary of State Antony Blinken on "
        "the sidelines of the G20 summit in Bali, Indonesia, on Monday. Indian Prime Minister Narendra Modi and French "
        "President Emmanuel Macron held talks in Paris and signed a defence agreement.");
    CHECK(doc.entities[test::entity(doc, "Wang Yi")].positions == std::vector<std::string>{"foreign minister"});
    CHECK(has_relation(doc, "Wang Yi", RelationType::represents, "China"));
    CHECK(has_relation(doc, "Wang Yi", RelationType::met_with, "Antony Blinken"));
    CHECK(has_relation(doc, "Antony Blinken", RelationType::member_of, "Department of State"));
    CHECK(has_relation(doc, "G20 summit", RelationType::held_in, "Bali"));
    CHECK(has_relation(doc, "Narendra Modi", RelationType::met_with, "Emmanuel Macron"));
    CHECK(has_relation(doc, "Narendra Modi", RelationType::agreed, "Emmanuel Macron"));
    CHECK(has_relation(doc, "Xinhua News Agency", RelationType::part_of, "China"));
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

TEST_CASE("'X joined Y at the summit': both attended", "[relation_extractor]") {
    const auto doc = test::analyse("Prime Minister Fumio Kishida joined President Joe Biden at the summit in Camp David.");
    CHECK(has_relation(doc, "Fumio Kishida", RelationType::attended, "summit"));
    CHECK(has_relation(doc, "Joe Biden", RelationType::attended, "summit"));
}

TEST_CASE("'had spoken with' is a conversation; 'spoke to the threats' is not", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Prime Minister Rishi Sunak said he had spoken with President Joe Biden. Governor Eric Holcomb and Governor "
        "Gretchen Whitmer spoke to the economic imperative of the law.");
    CHECK(has_relation(doc, "Rishi Sunak", RelationType::met_with, "Joe Biden"));
    CHECK_FALSE(has_relation(doc, "Eric Holcomb", RelationType::met_with, "Gretchen Whitmer"));
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

TEST_CASE("co-chairs after 'with', who 'also participated', and agencies that only describe a person", "[relation_extractor]") {
    // An Indian MEA release, a Xinhua report and a White House readout
    const auto doc = test::analyse(
        "Minister S. Jaishankar co-chaired the 2nd India-Singapore Ministerial Roundtable with Deputy Prime "
        "Minister Gan Kim Yong and Foreign Minister Vivian Balakrishnan to discuss trade. Finance Minister Nirmala "
        "Sitharaman also participated. Cai Qi, a member of the Standing Committee of the Political Bureau of the "
        "Communist Party of China Central Committee, also attended the roundtable. Director Rohit Chopra and Federal "
        "Trade Commission (FTC) Chair Lina Khan attended the roundtable.");
    const std::string roundtable = "2nd India-Singapore Ministerial Roundtable";
    CHECK(test::has_relation(doc, "Gan Kim Yong", RelationType::co_chaired, roundtable));
    CHECK(test::has_relation(doc, "Vivian Balakrishnan", RelationType::co_chaired, roundtable));
    CHECK(test::has_relation(doc, "Nirmala Sitharaman", RelationType::attended, roundtable));
    CHECK(test::has_relation(doc, "Cai Qi", RelationType::attended, roundtable));
    CHECK(test::has_relation(doc, "Cai Qi", RelationType::member_of,
                             "Standing Committee of the Political Bureau of the Communist Party of China Central Committee"));
    CHECK_FALSE(test::has_relation(doc, "Political Bureau", RelationType::attended, roundtable));
    CHECK_FALSE(test::has_relation(doc, "Communist Party of China Central Committee", RelationType::attended, roundtable));
    CHECK(test::has_relation(doc, "Lina Khan", RelationType::member_of, "Federal Trade Commission"));
    CHECK_FALSE(test::has_relation(doc, "Federal Trade Commission", RelationType::attended, roundtable));
}

TEST_CASE("talks held with a partner named after 'with'; the country a title serves", "[relation_extractor]") {
    // Kremlin and Japanese MOFA readouts, and a White House list
    const auto doc = test::analyse(
        "Vladimir Putin held talks in the Kremlin with President of the People's Republic of China Xi Jinping. "
        "On May 3, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a Japan-Philippines Foreign "
        "Ministers' Meeting with H.E. Mr. Enrique Manalo, Secretary of Foreign Affairs of the Republic of the "
        "Philippines. Biden met Dr. Dave Applegate, Director of the U.S. Geological Survey.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::represents, "China"));
    const std::string meeting = "Japan-Philippines Foreign Ministers' Meeting";
    CHECK(test::has_relation(doc, "KAMIKAWA Yoko", RelationType::attended, meeting));
    CHECK(test::has_relation(doc, "Enrique Manalo", RelationType::attended, meeting));
    CHECK(test::has_relation(doc, "KAMIKAWA Yoko", RelationType::met_with, "Enrique Manalo"));
    CHECK(test::has_relation(doc, "KAMIKAWA Yoko", RelationType::represents, "Japan"));
    CHECK(test::has_relation(doc, "Enrique Manalo", RelationType::represents, "Philippines"));
    CHECK_FALSE(test::has_relation(doc, "Dave Applegate", RelationType::represents, "United States"));
}

TEST_CASE("a body after 'at' is where a person was met, unless an appositive says the person works there", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Sir Keir Starmer hosted Ukraine's President Volodymyr Zelensky at Downing Street. Suzanne Spaulding, an "
        "undersecretary at the US Department of Homeland Security, attended.");
    CHECK_FALSE(test::has_relation(doc, "Volodymyr Zelensky", RelationType::member_of, "Downing Street"));
    CHECK(test::has_relation(doc, "Suzanne Spaulding", RelationType::member_of, "Department of Homeland Security"));
}

TEST_CASE("the partner after 'with' further on; leaders who gathered for a summit", "[relation_extractor]") {
    // A US Department of Justice statement; a wire report from a G20 summit
    const auto doc = test::analyse(
        "Attorney General Jeff Sessions hosted the third round of the U.S.-China Law Enforcement and Cybersecurity "
        "Dialogue on Friday, with Chinese State Councilor and Minister of Public Security Zhao Kezhi. Leaders of "
        "the G20 gathered for the summit in Rio de Janeiro.");
    CHECK(test::has_relation(doc, "Zhao Kezhi", RelationType::attended, "third round"));
    CHECK(test::has_relation(doc, "Jeff Sessions", RelationType::met_with, "Zhao Kezhi"));
    CHECK(test::has_relation(doc, "Group of Twenty", RelationType::attended, "summit"));
}

TEST_CASE("the speaker of 'said' is no party to the clause he reports", "[relation_extractor]") {
    // China Daily, on the third China-U.S. cybercrime dialogue (seed 001)
    const auto doc = test::analyse(
        "Guo Shengkun said China and the U.S. established the mechanism based on the consensus reached between "
        "President Xi and U.S. President Barack Obama in September 2015. He said the two leaders gave important "
        "input to the dialogue when they met in Lima, Peru, last month.");
    CHECK(test::has_relation(doc, "Xi", RelationType::met_with, "Barack Obama"));
    CHECK_FALSE(test::has_relation(doc, "Guo Shengkun", RelationType::met_with, "Xi"));
    CHECK_FALSE(test::has_relation(doc, "Guo Shengkun", RelationType::met_with, "Barack Obama"));
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

TEST_CASE("people who met at an event attended it; what is 'led by' someone need not be the event", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "President Biden met with Chinese President Xi Jinping at the G20 Summit in Bali. Prime Minister Lawrence "
        "Wong met with President Ferdinand Marcos Jr. on the sidelines of the summit. He called for a state of "
        "their own led by a revitalized Palestinian Authority.");
    CHECK(test::has_relation(doc, "Biden", RelationType::attended, "G20 Summit"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::attended, "G20 Summit"));
    CHECK(test::has_relation(doc, "Lawrence Wong", RelationType::attended, "G20 Summit"));
    CHECK(test::has_relation(doc, "Ferdinand Marcos Jr.", RelationType::attended, "G20 Summit"));
    CHECK_FALSE(test::has_relation(doc, "Palestinian Authority", RelationType::co_chaired, "G20 Summit"));
    const auto delegation = test::analyse(
        "The U.S.-PRC Counternarcotics Working Group met in Beijing. The delegation was led by Jennifer Daskal.");
    CHECK(test::has_relation(delegation, "Jennifer Daskal", RelationType::attended, "U.S.-PRC Counternarcotics Working Group"));
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

TEST_CASE("a relative clause that has closed leaves the subject to the verb after it", "[relation_extractor]") {
    // An AP report from London; a Japanese foreign ministry readout
    const auto doc = test::analyse(
        "Ukrainian President Volodymyr Zelenskyy, who was welcomed by King Charles III at Sandringham later in the "
        "day, attended the summit along with Italian Premier Giorgia Meloni. Mr. ISHIBA Shigeru, Prime Minister of "
        "Japan, who is visiting the Republic of the Philippines, held a summit meeting with H.E. Mr. Ferdinand "
        "Romualdez Marcos Jr., President of the Republic of the Philippines.");
    CHECK(test::has_relation(doc, "Volodymyr Zelenskyy", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "Giorgia Meloni", RelationType::attended, "summit"));
    CHECK_FALSE(test::has_relation(doc, "Charles III", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "ISHIBA Shigeru", RelationType::met_with, "Ferdinand Romualdez Marcos Jr."));
}

TEST_CASE("an event description ends before 'along with' and a weekday; a call to action is no call", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Secretary of Energy Jennifer Granholm convened a meeting Tuesday with utility executives. Dr. Phil Gordon "
        "hosted a roundtable with Ajay Banga, whose company answered the Vice President's Call to Action.");
    CHECK(test::has_relation(doc, "Jennifer Granholm", RelationType::co_chaired, "meeting"));
    CHECK(test::entity(doc, "Call") < 0);
    CHECK_FALSE(test::has_relation(doc, "Ajay Banga", RelationType::attended, "Call"));
}

TEST_CASE("the people who held a meeting with others attended it", "[relation_extractor]") {
    // A Japanese foreign ministry readout; a White House readout
    const auto doc = test::analyse(
        "Prime Minister Ishiba held a summit meeting with President Marcos at Malacanang Palace.");
    CHECK(test::has_relation(doc, "Ishiba", RelationType::attended, "summit meeting"));
    CHECK(test::has_relation(doc, "Marcos", RelationType::attended, "summit meeting"));
    CHECK(test::has_relation(doc, "Ishiba", RelationType::met_with, "Marcos"));
    const auto convened = test::analyse("Treasury Secretary Janet Yellen convened a virtual meeting with bank executives.");
    CHECK(test::has_relation(convened, "Janet Yellen", RelationType::co_chaired, "virtual meeting"));
}

TEST_CASE("a sentence that opens with a participle's clause has its subject after the comma", "[relation_extractor]") {
    // AP local news; India's PIB
    const auto doc = test::analyse(
        "Speaking at a news conference in Albany, Governor Kathy Hochul said the state would sue. Attending the "
        "summit, Prime Minister Narendra Modi called for reform of the Security Council.");
    CHECK(test::has_relation(doc, "Kathy Hochul", RelationType::attended, "news conference"));
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "summit"));
}

TEST_CASE("a wire dateline's country, a clause after ', as' and a partner 'along with' are no parties to talks", "[relation_extractor]") {
    // An AP report from an African Union summit
    const auto doc = test::analyse(
        "ADDIS ABABA, Ethiopia — African Union Commission Chairperson Moussa Faki Mahamat on Saturday urged the "
        "warring parties in Sudan to return to talks, as leaders gathered for the 37th AU Summit. Kenyan President "
        "William Ruto and Nigerian President Bola Tinubu attended the opening session, along with U.N. "
        "Secretary-General Antonio Guterres. Ruto later met with Guterres.");
    CHECK_FALSE(test::has_relation(doc, "Ethiopia", RelationType::attended, "37th AU Summit"));
    CHECK_FALSE(test::has_relation(doc, "Sudan", RelationType::attended, "37th AU Summit"));
    CHECK(test::has_relation(doc, "Antonio Guterres", RelationType::attended, "opening session"));
    CHECK(test::has_relation(doc, "Bola Tinubu", RelationType::attended, "opening session"));
    CHECK_FALSE(test::has_relation(doc, "Bola Tinubu", RelationType::met_with, "Antonio Guterres"));
    CHECK(test::has_relation(doc, "William Ruto", RelationType::met_with, "Antonio Guterres"));
    // The subject of a clause after ", as" may be named; a pronoun there refers back
    const auto named = test::analyse(
        "Blinken spoke to reporters in Lima, as President Yoon Suk Yeol attended the APEC Summit. Prime Minister "
        "Kishida arrived on Monday, when he attended the G7 Summit.");
    CHECK(test::has_relation(named, "Yoon Suk Yeol", RelationType::attended, "APEC Summit"));
    CHECK(test::has_relation(named, "Kishida", RelationType::attended, "G7 Summit"));
}

TEST_CASE("a meeting agreed on or looked forward to has not happened", "[relation_extractor]") {
    // Yonhap; a White House readout
    const auto doc = test::analyse(
        "South Korean Foreign Minister Cho Tae-yul held talks with his Japanese counterpart Takeshi Iwaya in Seoul. "
        "Cho and Iwaya agreed to hold a trilateral foreign ministers' meeting with U.S. Secretary of State Antony "
        "Blinken later this month. President Biden looked forward to meeting Prime Minister Kishida in Tokyo.");
    CHECK(test::has_relation(doc, "Cho Tae-yul", RelationType::met_with, "Takeshi Iwaya"));
    CHECK(test::has_relation(doc, "Cho Tae-yul", RelationType::agreed, "Takeshi Iwaya"));
    CHECK_FALSE(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Takeshi Iwaya"));
    CHECK_FALSE(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Cho Tae-yul"));
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::met_with, "Kishida"));
}

TEST_CASE("an event that dates the verb is not attended; a denial ends at its comma; May is a month", "[relation_extractor]") {
    // AFP from Paris; an Australian report; White House readouts
    const auto doc = test::analyse(
        "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky at the Elysee Palace on "
        "Wednesday, a day after a meeting of European defence ministers in Paris. Polish Prime Minister Donald "
        "Tusk, who did not attend, spoke by phone with Macron later on Wednesday.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::met_with, "Volodymyr Zelensky"));
    CHECK_FALSE(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Donald Tusk", RelationType::met_with, "Emmanuel Macron"));
    const auto dialogue = test::analyse(
        "Principal Deputy National Security Advisor Jon Finer hosted Colombian Acting Foreign Minister Luis Murillo "
        "at the White House for the United States-Colombia High-Level Strategic Dialogue. The Vice President "
        "thanked Prime Minister Marape for hosting the Leaders Dialogue in May and attending the September "
        "U.S.-Pacific Islands Forum Summit in Washington.");
    CHECK(test::has_relation(dialogue, "Luis Murillo", RelationType::attended, "United States-Colombia High-Level Strategic Dialogue"));
    CHECK(test::has_relation(dialogue, "Marape", RelationType::attended, "U.S.-Pacific Islands Forum Summit"));
}

TEST_CASE("an opening participle's clause is no subject; a meeting that included discussion had no delegates there", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "Following President Biden's conversation with Israeli Prime Minister Bennett on April 24, National "
        "Security Advisor Jake Sullivan met today with his Israeli counterpart Eyal Hulata. This meeting, which "
        "followed their May 18 phone call, included candid discussion of key issues in U.S.-China relations.");
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::met_with, "Eyal Hulata"));
    CHECK_FALSE(test::has_relation(doc, "Eyal Hulata", RelationType::met_with, "Biden"));
    CHECK_FALSE(test::has_relation(doc, "Eyal Hulata", RelationType::met_with, "Bennett"));
    CHECK_FALSE(test::has_relation(doc, "China", RelationType::attended, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::attended, "meeting"));
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

TEST_CASE("a pronoun after ', and' opens a clause of its own", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "President Biden spoke with Cherelle Griner. The President offered his support to Cherelle and Brittney "
        "Griner's family, and he committed to ensuring they are provided with all possible assistance.");
    CHECK(test::has_relation(doc, "Biden", RelationType::met_with, "Cherelle Griner"));
    CHECK_FALSE(test::has_relation(doc, "Cherelle Griner", RelationType::agreed, "Brittney Griner"));
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::agreed, "Cherelle Griner"));
}

TEST_CASE("a relative clause's verb takes the event before ', which'", "[relation_extractor]") {
    // a German foreign office release; an AP report
    const auto doc = test::analyse(
        "Annalena Baerbock travelled to Sarajevo. There she attended a meeting of the Berlin Process foreign "
        "ministers, which she co-chaired with her Montenegrin counterpart, Filip Ivanović. The summit, which "
        "President Cyril Ramaphosa hosted, ended on Sunday.");
    CHECK(test::has_relation(doc, "Annalena Baerbock", RelationType::co_chaired, "meeting"));
    CHECK(test::has_relation(doc, "Filip Ivanović", RelationType::co_chaired, "meeting"));
    CHECK(test::has_relation(doc, "Cyril Ramaphosa", RelationType::attended, "summit"));
    // The Hindu: the body named after the event is what the clause is about
    const auto joined = test::analyse(
        "Jaishankar represented Prime Minister Narendra Modi at the summit of the SCO, which India joined as a "
        "full member in 2017.");
    CHECK_FALSE(test::has_relation(joined, "India", RelationType::attended, "summit"));
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

TEST_CASE("people who meet with someone unnamed did not meet each other", "[relation_extractor]") {
    // a White House readout; a wire report
    const auto doc = test::analyse(
        "Neera Tanden and Cindy Marten met with members of the Council of Chief State School Officers. Joe Biden "
        "and Xi Jinping met on Monday. Antony Blinken and Wang Yi met with each other in Rome.");
    CHECK_FALSE(test::has_relation(doc, "Neera Tanden", RelationType::met_with, "Cindy Marten"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Wang Yi"));
}

TEST_CASE("a call's manner or time may stand between the verb and the partner", "[relation_extractor]") {
    // a Kremlin readout; White House readouts
    const auto doc = test::analyse(
        "Vladimir Putin had a telephone conversation with President Recep Tayyip Erdogan. President Joe Biden spoke "
        "today with Chancellor Olaf Scholz of Germany. Vice President Kamala Harris spoke today with Taoiseach Micheál "
        "Martin of Ireland and wished him a happy St. Patrick’s Day.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Recep Tayyip Erdogan"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Olaf Scholz"));
    CHECK(test::has_relation(doc, "Kamala Harris", RelationType::met_with, "Micheál Martin"));
    CHECK(test::has_relation(doc, "Micheál Martin", RelationType::represents, "Ireland"));
    CHECK(test::entity(doc, "St. Patrick") < 0);  // a holiday, not a second partner
}

TEST_CASE("an event that features people is attended by them", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Today, the White House hosted a Virtual Roundtable on housing. The roundtable featured Los Angeles County "
        "Supervisor Hilda Solis, Passaic Mayor Hector Lora, and Assemblyman Edgar Flores from Nevada.");
    CHECK(test::has_relation(doc, "Hilda Solis", RelationType::attended, "Virtual Roundtable"));
    CHECK(test::has_relation(doc, "Edgar Flores", RelationType::attended, "Virtual Roundtable"));
}

TEST_CASE("the country after a place is no party; a relative clause runs past it", "[relation_extractor]") {
    // Japan's Ministry of Foreign Affairs; a White House readout
    const auto doc = test::analyse(
        "Prime Minister Fumio Kishida, who was visiting Apulia, Italy to attend the G7 Apulia Summit, held a "
        "Japan-Canada Summit Meeting with Prime Minister Justin Trudeau.");
    CHECK_FALSE(test::has_relation(doc, "Italy", RelationType::attended, "G7 Apulia Summit"));
    CHECK(test::has_relation(doc, "Fumio Kishida", RelationType::attended, "G7 Apulia Summit"));
    CHECK(test::has_relation(doc, "Fumio Kishida", RelationType::met_with, "Justin Trudeau"));
    const auto list = test::analyse("Delegates from Grenada, Kingston, Suriname and Jamaica joined the call.");
    CHECK(test::has_relation(list, "Suriname", RelationType::attended, "call"));
}

TEST_CASE("an agreement one aims at is not one reached", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Vice President Kamala Harris met World Bank President Ajay Banga. The Vice President conveyed the intention "
        "to work with President Banga in the leadup to the G20 Leaders Summit to agree to steps we will take. "
        "Harris and Banga agreed to stay in touch.");
    const auto& relations = doc.relations;
    REQUIRE(test::entity(doc, "Ajay Banga") >= 0);
    const auto agreed_in = [&](std::uint32_t sentence) {
        return std::any_of(relations.begin(), relations.end(), [&](const Relation& r) {
            return r.type == RelationType::agreed && r.sentence == sentence;
        });
    };
    CHECK_FALSE(agreed_in(1));
    CHECK(agreed_in(2));
}

TEST_CASE("a date between the verb and 'with' still names a meeting", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "National Security Advisor Jake Sullivan spoke on May 7 with Caribbean Community Secretary General Irwin "
        "LaRocque. Vice President Kamala Harris met on Tuesday with President Xiomara Castro of Honduras. President "
        "Joe Biden spoke on Monday about the economy with reporters from Ohio.");
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::met_with, "Irwin LaRocque"));
    CHECK(test::has_relation(doc, "Kamala Harris", RelationType::met_with, "Xiomara Castro"));
}

TEST_CASE("a person named as whose kin someone is did not meet", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "President Biden spoke today with Cherelle Griner, the wife of Brittney Griner. Vice President Kamala Harris "
        "met the family of Paul Whelan.");
    CHECK(test::has_relation(doc, "Biden", RelationType::met_with, "Cherelle Griner"));
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::met_with, "Brittney Griner"));
    CHECK_FALSE(test::has_relation(doc, "Kamala Harris", RelationType::met_with, "Paul Whelan"));
}

TEST_CASE("who leads a delegation to an event attends it; the chair is someone else", "[relation_extractor]") {
    // AP from Vientiane; a White House readout
    const auto doc = test::analyse(
        "The U.S. delegation, led by Secretary of State Antony Blinken, attended the ASEAN Regional Forum in "
        "Vientiane. The Chinese delegation was led by Foreign Minister Wang Yi.");
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::attended, "ASEAN Regional Forum"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::attended, "ASEAN Regional Forum"));
    CHECK_FALSE(test::has_relation(doc, "Antony Blinken", RelationType::co_chaired, "ASEAN Regional Forum"));
    CHECK_FALSE(test::has_relation(doc, "Wang Yi", RelationType::co_chaired, "ASEAN Regional Forum"));
}

TEST_CASE("'attended' with no object is the article's event; 'are to' is not yet", "[relation_extractor]") {
    // Reuters from Belem; a wire report on the EU-Japan summit
    const auto doc = test::analyse(
        "Brazilian President Luiz Inacio Lula da Silva hosted the summit of the Amazon Cooperation Treaty Organization "
        "in Belem. Colombian President Gustavo Petro, Bolivian President Luis Arce and Peruvian President Dina "
        "Boluarte attended, while Ecuador and Venezuela sent ministers. Yasutoshi Nishimura and Thierry Breton are "
        "to co-chair the first meeting of the council in Brussels.");
    for (const char* president : {"Gustavo Petro", "Luis Arce", "Dina Boluarte"})
        CHECK(test::has_relation(doc, president, RelationType::attended, "summit of the Amazon Cooperation Treaty Organization"));
    CHECK_FALSE(test::has_relation(doc, "Yasutoshi Nishimura", RelationType::co_chaired, "first meeting"));
    CHECK_FALSE(test::has_relation(doc, "Thierry Breton", RelationType::co_chaired, "first meeting"));
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

TEST_CASE("'her' before a noun is no partner, and not someone in a closed relative clause", "[relation_extractor]") {
    // PA from Paris
    const auto doc = test::analyse(
        "Home Secretary Yvette Cooper, who accompanied Keir Starmer, held separate talks with her French counterpart "
        "Gerald Darmanin. Prime Minister Keir Starmer met her on Monday. The Vice President stressed the need for "
        "Nicolas Maduro and his representatives to meet their commitments.");
    CHECK(test::has_relation(doc, "Yvette Cooper", RelationType::met_with, "Gerald Darmanin"));
    for (const auto& m : doc.mentions)  // "her French counterpart": Cooper's, not Starmer's
        if (m.kind == MentionKind::pronoun && m.sentence == 0) CHECK(m.entity == test::entity(doc, "Yvette Cooper"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::met_with, "Yvette Cooper"));
    CHECK_FALSE(test::has_relation(doc, "Keir Starmer", RelationType::met_with, "Nicolas Maduro"));
    CHECK_FALSE(test::has_relation(doc, "Gerald Darmanin", RelationType::met_with, "Nicolas Maduro"));
}

TEST_CASE("who signs with someone agrees with them, not with the others on their own side", "[relation_extractor]") {
    // AP from Manila; White House readouts
    const auto doc = test::analyse(
        "Japan signed a maritime pact with Vietnam. Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru "
        "Kihara signed the Reciprocal Access Agreement with their Philippine counterparts, Foreign Secretary Enrique "
        "Manalo and Defense Secretary Gilberto Teodoro, at a ceremony witnessed by President Ferdinand Marcos Jr. "
        "President Joe Biden pledged to expand cooperation with Indonesia.");
    CHECK(test::has_relation(doc, "Yoko Kamikawa", RelationType::agreed, "Enrique Manalo"));
    CHECK(test::has_relation(doc, "Minoru Kihara", RelationType::agreed, "Gilberto Teodoro"));
    CHECK_FALSE(test::has_relation(doc, "Minoru Kihara", RelationType::agreed, "Yoko Kamikawa"));
    CHECK_FALSE(test::has_relation(doc, "Yoko Kamikawa", RelationType::agreed, "Ferdinand Marcos Jr."));
    CHECK(test::has_relation(doc, "Japan", RelationType::agreed, "Vietnam"));
    CHECK_FALSE(test::has_relation(doc, "Joe Biden", RelationType::agreed, "Indonesia"));
}

TEST_CASE("the country an envoy is posted to is no party to the sentence's events", "[relation_extractor]") {
    // The Standard from Nairobi; Reuters from Beijing
    const auto doc = test::analyse(
        "Kenya's ambassador to China, Willy Bett, attended the meeting. The U.S. ambassador to Japan, Rahm "
        "Emanuel, attended the ceremony with Japan's Foreign Minister.");
    CHECK(test::has_relation(doc, "Willy Bett", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Willy Bett", RelationType::represents, "Kenya"));
    CHECK_FALSE(test::has_relation(doc, "China", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Rahm Emanuel", RelationType::attended, "ceremony"));
    CHECK_FALSE(test::has_relation(doc, "Japan", RelationType::attended, "ceremony"));
}

TEST_CASE("a person named for whose in-law someone is did not take part", "[relation_extractor]") {
    // Reuters from Cairo
    const auto doc = test::analyse(
        "U.S. President Donald Trump said the deal was done. U.S. special envoy Steve Witkoff and Trump's "
        "son-in-law Jared Kushner joined the talks on Wednesday.");
    CHECK(test::has_relation(doc, "Jared Kushner", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Steve Witkoff", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::attended, "talks"));
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

TEST_CASE("a relative clause after a participle's phrase; partners along with the subject; a plural's possessive",
          "[relation_extractor]") {
    // The Hindu from New Delhi
    const auto doc = test::analyse(
        "Narendra Modi and Anthony Albanese met on Friday. The visit follows the Quad leaders' summit in Wilmington, "
        "Delaware, hosted by President Joe Biden in September, which Modi and Albanese attended along with Japanese "
        "Prime Minister Fumio Kishida. Defence Minister Rajnath Singh and Australian Deputy Prime Minister Richard "
        "Marles co-chaired the inaugural defence ministers' dialogue. They discussed their countries' elections.");
    for (const char* leader : {"Narendra Modi", "Anthony Albanese", "Fumio Kishida", "Joe Biden"})
        CHECK(test::has_relation(doc, leader, RelationType::attended, "Quad leaders' summit"));
    CHECK(test::has_relation(doc, "Rajnath Singh", RelationType::co_chaired, "inaugural defence ministers' dialogue"));
    CHECK(test::has_relation(doc, "Richard Marles", RelationType::co_chaired, "inaugural defence ministers' dialogue"));
    CHECK(test::entity(doc, "countries' elections") < 0);
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

TEST_CASE("talks somewhere between two people; a pledge of something is no agreement", "[relation_extractor]") {
    // Reuters from Beijing; AP from the United Nations
    const auto doc = test::analyse(
        "The deal was announced after four days of talks in Beijing between Ali Shamkhani, the secretary of Iran's "
        "Supreme National Security Council, and Saudi national security adviser Musaed Al-Aiban. Jamaica, the "
        "Bahamas and Antigua and Barbuda have pledged personnel. Japan and South Korea pledged to cooperate.");
    CHECK(test::has_relation(doc, "Ali Shamkhani", RelationType::met_with, "Musaed Al-Aiban"));
    CHECK(test::has_relation(doc, "Musaed Al-Aiban", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "talks", RelationType::held_in, "Beijing"));
    CHECK_FALSE(test::has_relation(doc, "Jamaica", RelationType::agreed, "Bahamas"));
    CHECK(test::has_relation(doc, "Japan", RelationType::agreed, "South Korea"));
}

TEST_CASE("whose envoy was met, and who called on whom", "[relation_extractor]") {
    // AP from Addis Ababa; PTI from New Delhi
    const auto doc = test::analyse(
        "On the sidelines, Kenyan President William Ruto met with Congolese President Felix Tshisekedi and Rwandan "
        "President Paul Kagame's envoy, Foreign Minister Olivier Nduhungirehe. Foreign Minister Penny Wong and Deputy "
        "Prime Minister Richard Marles also called on Prime Minister Narendra Modi. Wong called on Russia and China to "
        "respect the ruling, and Jaishankar called on the President to act.");
    CHECK(test::has_relation(doc, "William Ruto", RelationType::met_with, "Olivier Nduhungirehe"));
    CHECK(test::has_relation(doc, "William Ruto", RelationType::met_with, "Felix Tshisekedi"));
    CHECK_FALSE(test::has_relation(doc, "William Ruto", RelationType::met_with, "Paul Kagame"));
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "Narendra Modi"));
    CHECK(test::has_relation(doc, "Richard Marles", RelationType::met_with, "Narendra Modi"));
    const auto met = std::count_if(doc.relations.begin(), doc.relations.end(),
                                   [](const Relation& r) { return r.type == RelationType::met_with; });
    CHECK(met == 4);
}

TEST_CASE("who heads a delegation speaks for its country or organisation, and the delegation's verb ends them",
          "[relation_extractor]") {
    // AFP from Cairo
    const auto doc = test::analyse(
        "Negotiators resumed indirect talks in Cairo on Sunday. A Hamas delegation headed by Khalil al-Hayya held "
        "separate meetings with Egyptian officials. An Israeli delegation led by Mossad chief David Barnea arrived "
        "in the Egyptian capital late on Saturday.");
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::member_of, "Hamas"));
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::represents, "Israel"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Egypt", RelationType::attended, "talks"));
}

TEST_CASE("who reports after the comma took no part; phone talks in the perfect", "[relation_extractor]") {
    // TASS from Moscow; Reuters from Mexico City
    const auto doc = test::analyse(
        "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held talks in the Kremlin on "
        "Tuesday, Kremlin spokesman Dmitry Peskov told reporters. Mexican President Claudia Sheinbaum said on "
        "Thursday she had spoken by phone with Canadian Prime Minister Justin Trudeau. Chinese Foreign Minister "
        "Wang Yi held phone talks with his Japanese counterpart Takeshi Iwaya.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Narendra Modi"));
    CHECK_FALSE(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Dmitry Peskov"));
    CHECK(test::has_relation(doc, "Claudia Sheinbaum", RelationType::met_with, "Justin Trudeau"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::met_with, "Takeshi Iwaya"));
}

TEST_CASE("a clause of time with a subject of its own names no partner", "[relation_extractor]") {
    // AAP from Lima
    const auto doc = test::analyse(
        "Mr Xi also met US President Joe Biden in what was expected to be their final meeting before Donald Trump "
        "takes office. Albanese met Boluarte after Prime Minister Fumio Kishida arrived.");
    CHECK(test::has_relation(doc, "Xi", RelationType::met_with, "Joe Biden"));
    CHECK_FALSE(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Donald Trump"));
    CHECK_FALSE(test::has_relation(doc, "Xi", RelationType::met_with, "Donald Trump"));
    CHECK_FALSE(test::has_relation(doc, "Boluarte", RelationType::met_with, "Fumio Kishida"));
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

TEST_CASE("a headline meets and hosts; a host welcomes a guest by name; four travel together", "[relation_extractor]") {
    // Reuters from Brasília; dpa from Kyiv
    const auto brasilia = test::analyse_titled(
        "Lula hosts Petro in Brasília, signs deals on Amazon protection",
        "Brazilian President Luiz Inácio Lula da Silva welcomed Colombian President Gustavo Petro to the Planalto "
        "Palace on Wednesday, where the two leftist leaders signed agreements on fighting drug trafficking. Lula "
        "welcomed the decision by Venezuelan President Nicolás Maduro to free prisoners.");
    CHECK(test::has_relation(brasilia, "Luiz Inácio Lula da Silva", RelationType::met_with, "Gustavo Petro"));
    CHECK(test::has_relation(brasilia, "Gustavo Petro", RelationType::agreed, "Luiz Inácio Lula da Silva"));
    CHECK_FALSE(test::has_relation(brasilia, "Luiz Inácio Lula da Silva", RelationType::met_with, "Nicolás Maduro"));
    const auto kyiv = test::analyse_titled(
        "Merz meets Zelensky in Kyiv",
        "German Chancellor Friedrich Merz arrived in Kyiv on Saturday together with French President Emmanuel "
        "Macron, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk for talks with Ukrainian "
        "President Volodymyr Zelensky.");
    CHECK(test::has_relation(kyiv, "Friedrich Merz", RelationType::met_with, "Volodymyr Zelensky"));
    CHECK(test::has_relation(kyiv, "Donald Tusk", RelationType::met_with, "Volodymyr Zelensky"));
    // the headline's own verb: "Merz meets Zelensky"
    CHECK(std::count_if(kyiv.relations.begin(), kyiv.relations.end(), [](const Relation& r) {
              return r.sentence == 0 && r.type == RelationType::met_with;
          }) == 1);
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

TEST_CASE("a verb after \"and\" shares the subject of the verb before it", "[relation_extractor]") {
    // PTI from Riyadh; AAP from Lima; a Japanese foreign ministry readout
    const auto doc = test::analyse(
        "External Affairs Minister S. Jaishankar on Monday met Saudi Foreign Minister Prince Faisal bin Farhan "
        "and co-chaired the second ministerial meeting of the Strategic Partnership Council. Prime Minister "
        "Anthony Albanese later held a bilateral meeting with Peruvian President Dina Boluarte, and attended a "
        "working dinner hosted by her. Minister Iwaya welcomed Secretary Lazaro. The two ministers concurred "
        "to strengthen cooperation.");
    const std::string council_meeting = "second ministerial meeting of the Strategic Partnership Council";
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::co_chaired, council_meeting));
    CHECK_FALSE(test::has_relation(doc, "Faisal bin Farhan", RelationType::co_chaired, council_meeting));
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "working dinner"));
    CHECK(test::has_relation(doc, "Iwaya", RelationType::agreed, "Lazaro"));
    // a verb with its own subject after "and" keeps it
    const auto own = test::analyse(
        "President Joe Biden met Prime Minister Fumio Kishida, and Kishida attended the G7 summit.");
    CHECK(test::has_relation(own, "Fumio Kishida", RelationType::attended, "G7 summit"));
    CHECK_FALSE(test::has_relation(own, "Joe Biden", RelationType::attended, "G7 summit"));
}

TEST_CASE("who represents a country at the article's event attends it", "[relation_extractor]") {
    // AP from Baghdad; Kyodo on an EU-Japan summit
    const auto doc = test::analyse(
        "Iraqi Prime Minister Mohammed Shia al-Sudani hosted the 34th Arab League summit in Baghdad. Qatar was "
        "represented by its prime minister, Sheikh Mohammed bin Abdulrahman Al Thani. Japan was represented by "
        "Prime Minister Shigeru Ishiba at the 30th EU-Japan summit in Tokyo.");
    CHECK(test::has_relation(doc, "Mohammed bin Abdulrahman Al Thani", RelationType::attended, "34th Arab League summit"));
    CHECK(test::has_relation(doc, "Mohammed bin Abdulrahman Al Thani", RelationType::represents, "Qatar"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "30th EU-Japan summit"));
    CHECK_FALSE(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "34th Arab League summit"));
}

TEST_CASE("a past participle after a thing's noun is no act of the sentence's people", "[relation_extractor]") {
    // a British report from Kyiv
    const auto doc = test::analyse(
        "Foreign Secretary David Lammy and Foreign Minister Andrii Sybiha discussed the next steps of the 100-year "
        "partnership signed in January. Prime Minister Keir Starmer and President Volodymyr Zelensky signed in "
        "Kyiv a new security agreement.");
    CHECK_FALSE(test::has_relation(doc, "David Lammy", RelationType::agreed, "Andrii Sybiha"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Volodymyr Zelensky"));
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

TEST_CASE("\"the next\" summit under the same name is another one", "[relation_extractor]") {
    // a European Commission press release
    const auto doc = test::analyse(
        "Ursula von der Leyen hosted Prime Minister of Canada Mark Carney for the EU-Canada Summit in Brussels. The "
        "next EU-Canada Summit will take place in Ottawa.");
    CHECK(test::has_relation(doc, "EU-Canada Summit", RelationType::held_in, "Brussels"));
    CHECK_FALSE(test::has_relation(doc, "EU-Canada Summit", RelationType::held_in, "Ottawa"));
}

TEST_CASE("\"Also present at the meeting were X and Y\": who was present comes after the copula", "[relation_extractor]") {
    // The Punch from Abuja
    const auto doc = test::analyse(
        "President Bola Tinubu received President John Dramani Mahama at the Presidential Villa. Also present at the "
        "meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and the National Security Adviser, Nuhu Ribadu.");
    CHECK(test::has_relation(doc, "Yusuf Tuggar", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Nuhu Ribadu", RelationType::attended, "meeting"));
}

TEST_CASE("\"his talks with X\" are his, and a subject the article never names leaves \"his\" open", "[relation_extractor]") {
    // a Kremlin readout: Putin is never titled, so "The President of Russia" names no one kg knows
    const auto doc = test::analyse(
        "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. The President of "
        "Russia informed the Prime Minister about the main results of his talks with US President Donald Trump.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Narendra Modi"));
    CHECK_FALSE(test::has_relation(doc, "Narendra Modi", RelationType::met_with, "Donald Trump"));
    // a named owner keeps the talks
    const auto named = test::analyse(
        "Prime Minister Narendra Modi briefed the cabinet on his talks with US President Donald Trump.");
    CHECK(test::has_relation(named, "Narendra Modi", RelationType::met_with, "Donald Trump"));
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

TEST_CASE("who sign an accord on the sidelines of a summit attended it", "[relation_extractor]") {
    // AFP from Buenos Aires
    const auto doc = test::analyse(
        "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei signed an energy "
        "agreement on Thursday on the sidelines of the Mercosur summit in Buenos Aires. The two leaders agreed to "
        "meet again at the G20 summit.");
    CHECK(test::has_relation(doc, "Javier Milei", RelationType::agreed, "Luiz Inacio Lula da Silva"));
    CHECK(test::has_relation(doc, "Javier Milei", RelationType::attended, "Mercosur summit"));
    CHECK(test::has_relation(doc, "Luiz Inacio Lula da Silva", RelationType::attended, "Mercosur summit"));
    CHECK_FALSE(test::has_relation(doc, "Javier Milei", RelationType::attended, "G20 summit"));
}

TEST_CASE("countries in an event's name take part when it names two or joins them", "[relation_extractor]") {
    // Reuters from Shanghai; White House readouts
    const auto doc = test::analyse(
        "Apple Chief Executive Tim Cook attended the China Development Forum in Beijing. The leaders welcomed the "
        "Australia – U.S. Ministerial Consultations and the launch of the U.S.-Angola Strategic Dialogue.");
    CHECK_FALSE(test::has_relation(doc, "China", RelationType::attended, "China Development Forum"));
    CHECK(test::has_relation(doc, "Tim Cook", RelationType::attended, "China Development Forum"));
    CHECK(test::has_relation(doc, "Australia", RelationType::attended, "Australia – U.S. Ministerial Consultations"));
    CHECK(test::has_relation(doc, "United States", RelationType::attended, "Australia – U.S. Ministerial Consultations"));
    CHECK(test::has_relation(doc, "Angola", RelationType::attended, "U.S.-Angola Strategic Dialogue"));
}

TEST_CASE("the guests a host receives for a meeting attended it", "[relation_extractor]") {
    // AFP from Paris; a White House readout
    const auto doc = test::analyse(
        "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky and British Prime Minister "
        "Keir Starmer at the Elysee Palace on Tuesday for a meeting of the coalition of the willing. National "
        "Security Advisor Jake Sullivan hosted Brazilian Presidential Advisor Celso Amorim at the White House.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Volodymyr Zelensky", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::attended, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Celso Amorim", RelationType::attended, "meeting"));
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

TEST_CASE("two who hold a meeting together met", "[relation_extractor]") {
    // an EU summit's main results; "held a meeting with" others is read as before
    const auto doc = test::analyse(
        "The High Representative for Foreign Affairs and Security Policy, Kaja Kallas, and Canada's Minister of "
        "Foreign Affairs, Anita Anand, also held a meeting on the margins of the summit. President Biden held a "
        "meeting with members of his Cabinet and Port Envoy John Porcari. Iranian Foreign Minister Abbas Araghchi "
        "and US special envoy Steve Witkoff held a fourth round of indirect talks in Muscat.");
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::met_with, "Anita Anand"));
    CHECK_FALSE(test::has_relation(doc, "Abbas Araghchi", RelationType::met_with, "Steve Witkoff"));
    CHECK(test::has_relation(doc, "Biden", RelationType::met_with, "John Porcari"));
    CHECK(test::has_relation(doc, "John Porcari", RelationType::attended, "meeting"));
}

TEST_CASE("who an accord was signed by agreed; who witnessed the signing did not", "[relation_extractor]") {
    // Reuters from Manila; a Saudi release, where a Minister of State serves in no "Ministry of State"
    const auto doc = test::analyse(
        "The Reciprocal Access Agreement was signed by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence "
        "Secretary Gilberto Teodoro in Manila, in a ceremony witnessed by President Ferdinand Marcos Jr. The meeting "
        "was attended by Minister of State and National Security Advisor Dr. Musaed Al-Aiban.");
    CHECK(test::has_relation(doc, "Yoko Kamikawa", RelationType::agreed, "Gilberto Teodoro"));
    CHECK_FALSE(test::has_relation(doc, "Yoko Kamikawa", RelationType::agreed, "Ferdinand Marcos Jr."));
    CHECK_FALSE(test::has_relation(doc, "Gilberto Teodoro", RelationType::agreed, "Ferdinand Marcos Jr."));
    CHECK(test::entity(doc, "Ministry of State") < 0);
}

TEST_CASE("\"the three leaders\" are the three just named", "[relation_extractor]") {
    // AFP from Berlin: a format of three countries is a body, a region named like one is a place
    const auto doc = test::analyse(
        "French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk met in "
        "Berlin on Friday for a summit of the Weimar Triangle. The three leaders agreed to buy more weapons for "
        "Kyiv. Migration from the Northern Triangle was not discussed.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::agreed, "Olaf Scholz"));
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::agreed, "Donald Tusk"));
    CHECK(test::has_relation(doc, "Olaf Scholz", RelationType::agreed, "Donald Tusk"));
    CHECK(test::mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Weimar Triangle"});
    CHECK(test::mention_texts(doc, EntityType::person, MentionKind::name) ==
          std::vector<std::string>{"Emmanuel Macron", "Olaf Scholz", "Donald Tusk"});
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"Berlin", "Kyiv", "Northern Triangle"});
}

TEST_CASE("whom a relative clause after the one met names was not met", "[relation_extractor]") {
    // the Saudi Press Agency's report, as Arab News ran it
    const auto doc = test::analyse(
        "Abbas Araghchi also met Crown Prince Mohammed bin Salman, who conveyed his greetings to Iranian President Masoud "
        "Pezeshkian. Later, Araghchi held talks with Omani Foreign Minister Badr Albusaidi, who had mediated.");
    CHECK(test::has_relation(doc, "Araghchi", RelationType::met_with, "Mohammed bin Salman"));
    CHECK_FALSE(test::has_relation(doc, "Araghchi", RelationType::met_with, "Masoud Pezeshkian"));
    CHECK(test::has_relation(doc, "Araghchi", RelationType::met_with, "Badr Albusaidi"));
}

TEST_CASE("a participle after the clause, \", meeting X\", says its subject met X", "[relation_extractor]") {
    // AP from Honiara
    const auto doc = test::analyse(
        "China's special envoy Qian Bo also visited Honiara during the week, meeting Prime Minister Jeremiah Manele "
        "on Wednesday. After the summit, meeting reporters, Prime Minister Anthony Albanese said little.");
    CHECK(test::has_relation(doc, "Qian Bo", RelationType::met_with, "Jeremiah Manele"));
    CHECK(std::count_if(doc.relations.begin(), doc.relations.end(),
                        [](const Relation& r) { return r.type == RelationType::met_with; }) == 1);
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

TEST_CASE("who met \"for the\" meeting a description names attended it", "[relation_extractor]") {
    // an Australian government release
    const auto doc = test::analyse(
        "Prime Minister Anthony Albanese met with Indonesian President Joko Widodo in Sydney on Tuesday for the annual "
        "leaders' meeting. Later, Widodo met Albanese for talks.");
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "annual leaders' meeting"));
    CHECK(test::has_relation(doc, "Joko Widodo", RelationType::attended, "annual leaders' meeting"));
    CHECK(test::has_relation(doc, "Joko Widodo", RelationType::met_with, "Anthony Albanese"));
}

TEST_CASE("a verb with \"with\" after \"and\" shares the subject of the verb before", "[relation_extractor]") {
    // AP from Vientiane; a White House readout; an NSC readout
    const auto doc = test::analyse(
        "Russian Foreign Minister Sergey Lavrov also attended the gathering and met separately with Chinese Foreign "
        "Minister Wang Yi.");
    CHECK(test::has_relation(doc, "Sergey Lavrov", RelationType::attended, "gathering"));
    CHECK(test::has_relation(doc, "Sergey Lavrov", RelationType::met_with, "Wang Yi"));
    // a plan to attend and meet is no meeting; "joined by" leaves the subject before it
    const auto plan = test::analyse(
        "National Security Advisor Jake Sullivan met Stephen Lovegrove. They discussed President Biden's June trip to the "
        "United Kingdom to attend the G7 Summit and meet with British Prime Minister Boris Johnson.");
    CHECK_FALSE(test::has_relation(plan, "Jake Sullivan", RelationType::met_with, "Boris Johnson"));
    CHECK_FALSE(test::has_relation(plan, "Biden", RelationType::met_with, "Boris Johnson"));
    const auto joined = test::analyse(
        "Principal Deputy National Security Advisor Jon Finer, joined by Acting Assistant Secretary of State Joey Hood, "
        "traveled to Tunis and met today with President Kais Saied of Tunisia.");
    CHECK(test::has_relation(joined, "Jon Finer", RelationType::met_with, "Kais Saied"));
    CHECK(test::has_relation(joined, "Joey Hood", RelationType::met_with, "Kais Saied"));
}

TEST_CASE("talks someone is expected to hold, or will hold, have not happened", "[relation_extractor]") {
    // Kyodo from Tokyo
    const auto doc = test::analyse(
        "Foreign Minister Takeshi Iwaya, who accompanied Ishiba, is expected to visit Beijing next month to hold talks "
        "with his Chinese counterpart Wang Yi. President Xi Jinping will meet Prime Minister Shigeru Ishiba on Friday. "
        "Ishiba met with South Korean President Yoon Suk Yeol.");
    CHECK_FALSE(test::has_relation(doc, "Takeshi Iwaya", RelationType::met_with, "Wang Yi"));
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::met_with, "Shigeru Ishiba"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::met_with, "Yoon Suk Yeol"));
}

TEST_CASE("what a relative clause's verb chairs ends with the clause", "[relation_extractor]") {
    // Reuters from Marrakech
    const auto doc = test::analyse(
        "Nigeria's Finance Minister Wale Edun, who chairs the African Caucus, said the talks focused on debt relief. "
        "Zambia's Finance Minister Situmbeko Musokotwane, who chaired the talks, spoke later.");
    CHECK_FALSE(test::has_relation(doc, "Wale Edun", RelationType::co_chaired, "talks"));
    CHECK(test::has_relation(doc, "Situmbeko Musokotwane", RelationType::co_chaired, "talks"));
}

TEST_CASE("a list of participants after a colon attended the event", "[relation_extractor]") {
    // a Government Offices of Sweden release; a White House readout
    const auto doc = test::analyse(
        "Prime Minister Ulf Kristersson hosted the Nordic prime ministers in Stockholm on Monday for a meeting focusing "
        "on security. The following leaders took part:\n"
        "Mette Frederiksen, Prime Minister of Denmark\n"
        "Petteri Orpo, Prime Minister of Finland\n"
        "The prime ministers adopted a joint statement.\n");
    CHECK(test::has_relation(doc, "Ulf Kristersson", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Mette Frederiksen", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Petteri Orpo", RelationType::attended, "meeting"));
    // a list after an introduction that speaks of no one taking part is no list of participants
    const auto topics = test::analyse(
        "President Biden met Prime Minister Kishida at the summit. They discussed the following:\n"
        "Secretary Blinken's trip to Tokyo\n");
    CHECK_FALSE(test::has_relation(topics, "Blinken", RelationType::attended, "summit"));
    // nor does anyone listed attend the anniversary of a shooting the introduction names
    const auto shooting = test::analyse(
        "The White House held a roundtable on gun violence. Leaders attended on the anniversary of the Pulse nightclub "
        "shooting:\n"
        "Brandon Wolf, survivor\n");
    CHECK(test::has_relation(shooting, "Brandon Wolf", RelationType::attended, "roundtable"));
}

TEST_CASE("\"Executive Vice-Presidents\" before two names is each one's office", "[mention_recognizer]") {
    // a European Commission release
    const auto doc = test::analyse(
        "The meeting was co-chaired by Executive Vice-Presidents Margrethe Vestager and Valdis Dombrovskis for the EU.");
    CHECK(test::entity(doc, "Margrethe Vestager") >= 0);
    CHECK(test::position(doc, "Valdis Dombrovskis") == "Executive Vice-President");
    CHECK(test::has_relation(doc, "Valdis Dombrovskis", RelationType::co_chaired, "meeting"));
}

TEST_CASE("a clause \", as Turkey pushed for\" has its own subject; a separate meeting is another", "[relation_extractor]") {
    // Al Jazeera from Istanbul
    const auto doc = test::analyse(
        "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelenskyy in Istanbul on Friday, as "
        "Turkey pushed for a new round of prisoner exchange talks. Turkish Foreign Minister Hakan Fidan chaired a separate "
        "meeting of the two delegations.");
    CHECK(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::met_with, "Volodymyr Zelenskyy"));
    CHECK_FALSE(test::has_relation(doc, "Volodymyr Zelenskyy", RelationType::attended, "new round"));
    CHECK(test::has_relation(doc, "Hakan Fidan", RelationType::co_chaired, "separate meeting"));
    CHECK_FALSE(test::has_relation(doc, "Hakan Fidan", RelationType::co_chaired, "new round"));
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
}

TEST_CASE("'the two sides' are the parties the last event's name gives, not the last two countries named", "[relation_extractor]") {
    // a White House readout; an EU press release
    const auto doc = test::analyse(
        "Mr. Sullivan and Director Wang met in Bangkok ahead of the U.S.-China Counternarcotics Working Group. "
        "They discussed China's support for Russia's war against Ukraine. The two sides agreed to maintain "
        "communication.");
    CHECK(has_relation(doc, "China", RelationType::agreed, "United States"));
    CHECK_FALSE(has_relation(doc, "Russia", RelationType::agreed, "Ukraine"));
    const auto eu = test::analyse(
        "Costa and von der Leyen met President Xi Jinping in Beijing for the 25th EU-China Summit. The EU leaders "
        "raised China's support to Russia's war against Ukraine. Both sides agreed on a joint statement on climate.");
    CHECK_FALSE(has_relation(eu, "Russia", RelationType::agreed, "Ukraine"));
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

TEST_CASE("co-leading or co-hosting a meeting is co-chairing it; a country's co-hosting of an exercise is no one's", "[relation_extractor]") {
    // Yonhap from Seoul; White House readouts
    const auto doc = test::analyse(
        "South Korea and the United States held the fourth meeting of their Nuclear Consultative Group in Washington. "
        "The meeting was co-led by Cho Chang-rae, deputy minister for defense policy, and Vipin Narang, acting U.S. "
        "assistant secretary of defense for space policy.");
    CHECK(has_relation(doc, "Cho Chang-rae", RelationType::co_chaired, "fourth meeting"));
    CHECK(has_relation(doc, "Vipin Narang", RelationType::co_chaired, "fourth meeting"));
    const auto hosted = test::analyse("Prime Minister Philip Davis co-hosted the U.S.-Caribbean Leaders Meeting in Nassau.");
    CHECK(has_relation(hosted, "Philip Davis", RelationType::co_chaired, "U.S.-Caribbean Leaders Meeting"));
    const auto nominal = test::analyse(
        "The Vice President underscored Ghana's co-hosting of Exercise Flintlock earlier this month with Cote d'Ivoire.");
    CHECK(test::count(nominal, RelationType::co_chaired) == 0);
}

TEST_CASE("two countries' bodies named alone agree with each other", "[relation_extractor]") {
    // Reuters from Hanoi
    const auto doc = test::analyse(
        "The Philippine Coast Guard and the Vietnam Coast Guard agreed to set up a hotline. Hamas and Boeing agreed "
        "on nothing.");
    CHECK(has_relation(doc, "Philippine Coast Guard", RelationType::agreed, "Vietnam Coast Guard"));
    CHECK_FALSE(has_relation(doc, "Hamas", RelationType::agreed, "Boeing"));  // bodies of no country said
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

TEST_CASE("'the three sides' are the three parties the event's name gives; who sign during a meeting were at it", "[relation_extractor]") {
    // Dawn from Islamabad
    const auto dawn = test::analyse(
        "The fifth China-Afghanistan-Pakistan Trilateral Foreign Ministers Dialogue was held in Islamabad. The "
        "three sides agreed to extend the corridor to Afghanistan.");
    CHECK(has_relation(dawn, "China", RelationType::agreed, "Pakistan"));
    CHECK(has_relation(dawn, "Afghanistan", RelationType::agreed, "China"));
    CHECK(has_relation(dawn, "Pakistan", RelationType::agreed, "Afghanistan"));
    // the Philippine News Agency
    const auto pna = test::analyse(
        "President Ferdinand R. Marcos Jr. and Australian Prime Minister Anthony Albanese on Thursday signed a joint "
        "declaration on maritime cooperation during their bilateral meeting at Malacanang Palace.");
    CHECK(has_relation(pna, "Ferdinand R. Marcos Jr.", RelationType::attended, "bilateral meeting"));
    CHECK(has_relation(pna, "Anthony Albanese", RelationType::attended, "bilateral meeting"));
}

TEST_CASE("who concluded talks took part in them; a 'recently concluded' summit or 'recently signed' pact is described", "[relation_extractor]") {
    const auto geneva = test::analyse(
        "Chinese Vice-Premier He Lifeng and US Treasury Secretary Scott Bessent concluded two days of trade talks in "
        "Geneva on Sunday.");
    CHECK(has_relation(geneva, "He Lifeng", RelationType::attended, "talks"));
    CHECK(has_relation(geneva, "Scott Bessent", RelationType::attended, "talks"));
    const auto described = test::analyse(
        "President Biden congratulated President Ruto for hosting the recently concluded Africa Climate Summit. "
        "President Biden and President Niinisto also took note of the recently signed co-financing agreement.");
    CHECK_FALSE(has_relation(described, "Biden", RelationType::attended, "Africa Climate Summit"));
    CHECK_FALSE(has_relation(described, "Niinisto", RelationType::agreed, "Biden"));
    CHECK_FALSE(has_relation(described, "Biden", RelationType::agreed, "Niinisto"));
}

TEST_CASE("summits named at once are one event; who it was held 'under the chairmanship of' chaired it", "[relation_extractor]") {
    // an ASEAN chairman's statement
    const auto doc = test::analyse(
        "The 44th and 45th ASEAN Summits were held in Vientiane, Lao PDR, on 9 October 2024 under the chairmanship "
        "of Prime Minister Sonexay Siphandone of the Lao People's Democratic Republic.");
    CHECK(has_relation(doc, "44th and 45th ASEAN Summits", RelationType::held_in, "Vientiane"));
    CHECK(has_relation(doc, "Sonexay Siphandone", RelationType::co_chaired, "44th and 45th ASEAN Summits"));
}

TEST_CASE("when the lead's meeting names no one, its city is where the article's meeting was held", "[relation_extractor]") {
    const auto doc = test::analyse_titled(
        "G7 foreign ministers meet in Capri",
        "G7 foreign ministers met in Capri, Italy, from April 17 to 19, under Italy's presidency. The meeting was "
        "chaired by Italian Foreign Minister Antonio Tajani.");
    CHECK(has_relation(doc, "meeting", RelationType::held_in, "Capri"));
}

TEST_CASE("attending without an object: on a side, along with others, as others did, with their participation", "[relation_extractor]") {
    // the German government's press release; the Buenos Aires Times; a wire from Rio; NATO's news feed
    const auto doc = test::analyse(
        "Chancellor Olaf Scholz received Prime Minister Narendra Modi in New Delhi for the seventh German-Indian "
        "intergovernmental consultations. The consultations were co-chaired by the two heads of government. "
        "External Affairs Minister S. Jaishankar and Commerce Minister Piyush Goyal "
        "attended on the Indian side. Scholz also addressed the Asia-Pacific Conference of German Business.");
    const std::string consultations = "seventh German-Indian intergovernmental consultations";
    CHECK(has_relation(doc, "S. Jaishankar", RelationType::attended, consultations));
    CHECK(has_relation(doc, "Piyush Goyal", RelationType::attended, consultations));
    CHECK_FALSE(has_relation(doc, "Piyush Goyal", RelationType::attended, "Asia-Pacific Conference"));
    const auto bloc = test::analyse(
        "Mercosur presidents closed their summit in Montevideo on Friday. Paraguay's President Santiago Pena also "
        "attended, along with Bolivia's President Luis Arce.");
    CHECK(has_relation(bloc, "Santiago Pena", RelationType::attended, "summit"));
    CHECK(has_relation(bloc, "Luis Arce", RelationType::attended, "summit"));
    const auto finance = test::analyse(
        "Finance ministers of the Group of 20 agreed on Friday to tax the super-rich, at a meeting chaired by "
        "Brazilian Finance Minister Fernando Haddad. German Finance Minister Christian Lindner attended, as did "
        "International Monetary Fund Managing Director Kristalina Georgieva.");
    CHECK(has_relation(finance, "Christian Lindner", RelationType::attended, "meeting"));
    CHECK(has_relation(finance, "Kristalina Georgieva", RelationType::attended, "meeting"));
    const auto council = test::analyse(
        "The NATO-Ukraine Council met on Thursday in Washington with the participation of President Volodymyr "
        "Zelenskyy. The meeting was chaired by Secretary General Jens Stoltenberg.");
    CHECK(has_relation(council, "Volodymyr Zelenskyy", RelationType::attended, "meeting"));
}

TEST_CASE("a second office after 'also' is an appositive; a participle after a comma describes the phrase before it", "[relation_extractor]") {
    // Xinhua from Beijing: the party's organs in Xi's second office are no party to the ceremony
    const auto doc = test::analyse(
        "President Xi Jinping, also general secretary of the Communist Party of China (CPC) Central Committee, hosted "
        "a welcome ceremony for To Lam at the Great Hall of the People.");
    CHECK(has_relation(doc, "Xi Jinping", RelationType::attended, "welcome ceremony"));
    CHECK_FALSE(has_relation(doc, "Communist Party of China", RelationType::attended, "welcome ceremony"));
    // Japan's foreign ministry: the signing was attended, not the ministers' meeting
    const auto mofa = test::analyse(
        "Minister Kamikawa held a Foreign Ministers' Meeting with Secretary Manalo. The two ministers welcomed the "
        "signing of the Reciprocal Access Agreement in Manila earlier that day, attended by Minister of Defense "
        "Minoru Kihara.");
    CHECK_FALSE(has_relation(mofa, "Minoru Kihara", RelationType::attended, "Foreign Ministers' Meeting"));
    // AP from Doha: who joins "the discussions" attends the talks
    const auto doha = test::analyse(
        "Negotiators resumed talks in Doha on Thursday, with CIA Director William Burns and Mossad chief David Barnea "
        "joining the discussions.");
    CHECK(has_relation(doha, "William Burns", RelationType::attended, "talks"));
    CHECK(has_relation(doha, "David Barnea", RelationType::attended, "talks"));
}

TEST_CASE("a future anywhere in the clause before a trigger is a plan, not a meeting", "[relation_extractor]") {
    // Kyodo from Tokyo; a White House readout
    const auto doc = test::analyse(
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae Myung agreed Saturday to deepen "
        "cooperation. Lee will travel to Washington on Sunday for a meeting with U.S. President Donald Trump. FEMA "
        "Administrator Deanne Criswell will travel to Puerto Rico tomorrow to meet with local officials, Biden said.");
    CHECK(has_relation(doc, "Shigeru Ishiba", RelationType::agreed, "Lee Jae Myung"));
    CHECK_FALSE(has_relation(doc, "Lee Jae Myung", RelationType::met_with, "Donald Trump"));
    // (a relative clause set off by commas keeps its future to itself)
    const auto aside = test::analyse(
        "President Biden, who will travel to Asia next week, met President Xi Jinping in Woodside on Wednesday.");
    CHECK(has_relation(aside, "Biden", RelationType::met_with, "Xi Jinping"));
}

TEST_CASE("joining from afar attends; counterparts from countries named after 'along with' attend too", "[relation_extractor]") {
    // Reuters from Capri
    const auto doc = test::analyse(
        "Foreign ministers from the Group of Seven ended three days of talks on the island of Capri on Friday. U.S. "
        "Secretary of State Antony Blinken and British Foreign Secretary David Cameron attended, along with their "
        "counterparts from France, Germany, Japan and Canada. Ukrainian Foreign Minister Dmytro Kuleba joined by "
        "video link.");
    CHECK(has_relation(doc, "David Cameron", RelationType::attended, "talks"));
    CHECK(has_relation(doc, "Japan", RelationType::attended, "talks"));
    CHECK(has_relation(doc, "Dmytro Kuleba", RelationType::attended, "talks"));
}
