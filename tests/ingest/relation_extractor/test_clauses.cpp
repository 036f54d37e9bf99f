// The relation extractor on which clause a party belongs to: relative clauses, participles, shared subjects, lists.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

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
    // Xinhua: past the country the name is "of"
    const auto visit = test::analyse(
        "President Xi Jinping met with King Felipe VI of Spain, who is on a state visit to China, in Beijing.");
    CHECK(has_relation(visit, "Felipe VI", RelationType::attended, "state visit"));
    CHECK_FALSE(has_relation(visit, "Xi Jinping", RelationType::attended, "state visit"));
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

TEST_CASE("the partner after 'with' further on; leaders who gathered for a summit", "[relation_extractor]") {
    // A US Department of Justice statement; a wire report from a G20 summit
    const auto doc = test::analyse(
        "Attorney General Jeff Sessions hosted the third round of the U.S.-China Law Enforcement and Cybersecurity "
        "Dialogue on Friday, with Chinese State Councilor and Minister of Public Security Zhao Kezhi. Leaders of "
        "the G20 gathered for the summit in Rio de Janeiro.");
    CHECK(test::has_relation(doc, "Zhao Kezhi", RelationType::attended, "U.S.-China Law Enforcement and Cybersecurity Dialogue"));
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

TEST_CASE("a sentence that opens with a participle's clause has its subject after the comma", "[relation_extractor]") {
    // AP local news; India's PIB
    const auto doc = test::analyse(
        "Speaking at a news conference in Albany, Governor Kathy Hochul said the state would sue. Attending the "
        "summit, Prime Minister Narendra Modi called for reform of the Security Council.");
    CHECK(test::has_relation(doc, "Kathy Hochul", RelationType::attended, "news conference"));
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "summit"));
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
    // Kathimerini: ", which was co-chaired by" tells of the occasion just before it, not of the sentence's
    // first; "since" leads to another occasion, whose place is its own
    const auto since = test::analyse(
        "Kyriakos Mitsotakis and Recep Tayyip Erdogan met in New York. It was their first meeting since the "
        "High-Level Cooperation Council in Ankara in February, which was co-chaired by the two leaders.");
    CHECK_FALSE(test::has_relation(since, "Kyriakos Mitsotakis", RelationType::co_chaired, "first meeting"));
    CHECK(test::has_relation(since, "Kyriakos Mitsotakis", RelationType::member_of, "High-Level Cooperation Council"));
    CHECK_FALSE(test::has_relation(since, "first meeting", RelationType::held_in, "Ankara"));
    const auto event = test::analyse(
        "Prime Minister Kyriakos Mitsotakis met President Recep Tayyip Erdogan in New York, a year after the summit "
        "in Ankara, which was co-chaired by the two leaders.");
    CHECK(test::has_relation(event, "Kyriakos Mitsotakis", RelationType::co_chaired, "summit"));
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

TEST_CASE("who speaks after ', said' took no part in what the clause before it says", "[relation_extractor]") {
    // Antara from Jakarta
    const auto doc = test::analyse(
        "Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim agreed to speed up the "
        "talks. The agreement was reached during the 13th Annual Consultation between the two leaders at the "
        "Merdeka Palace in Jakarta on Friday, said Foreign Minister Sugiono. \"Both leaders were clear,\" Sugiono "
        "told reporters.");
    CHECK(test::has_relation(doc, "Anwar Ibrahim", RelationType::attended, "13th Annual Consultation"));
    CHECK_FALSE(test::has_relation(doc, "Sugiono", RelationType::attended, "13th Annual Consultation"));
    CHECK_FALSE(test::has_relation(doc, "Anwar Ibrahim", RelationType::met_with, "Sugiono"));
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

TEST_CASE("a past participle after a thing's noun is no act of the sentence's people", "[relation_extractor]") {
    // a British report from Kyiv
    const auto doc = test::analyse(
        "Foreign Secretary David Lammy and Foreign Minister Andrii Sybiha discussed the next steps of the 100-year "
        "partnership signed in January. Prime Minister Keir Starmer and President Volodymyr Zelensky signed in "
        "Kyiv a new security agreement.");
    CHECK_FALSE(test::has_relation(doc, "David Lammy", RelationType::agreed, "Andrii Sybiha"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Volodymyr Zelensky"));
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

TEST_CASE("what a relative clause's verb chairs ends with the clause", "[relation_extractor]") {
    // Reuters from Marrakech
    const auto doc = test::analyse(
        "Nigeria's Finance Minister Wale Edun, who chairs the African Caucus, said the talks focused on debt relief. "
        "Zambia's Finance Minister Situmbeko Musokotwane, who chaired the talks, spoke later.");
    CHECK_FALSE(test::has_relation(doc, "Wale Edun", RelationType::co_chaired, "talks"));
    CHECK(test::has_relation(doc, "Situmbeko Musokotwane", RelationType::co_chaired, "talks"));
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

TEST_CASE("a relative clause after a pair joined by 'and' is the pair's", "[relation_extractor]") {
    // a wire report from Sochi
    const auto doc = test::analyse(
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin, who met in Sochi on Monday, "
        "agreed to revive the grain deal.");
    CHECK(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::met_with, "Vladimir Putin"));
    CHECK(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::agreed, "Vladimir Putin"));
}

TEST_CASE("a contrast's clause after \", while\" has its own subject", "[relation_extractor]") {
    // the South China Morning Post
    const auto doc = test::analyse(
        "Vice-Premier He Lifeng led the Chinese delegation, while US Treasury Secretary Scott Bessent, Commerce "
        "Secretary Howard Lutnick and Trade Representative Jamieson Greer represented the American side.");
    CHECK(test::has_relation(doc, "Howard Lutnick", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "He Lifeng", RelationType::represents, "China"));
    CHECK_FALSE(test::has_relation(doc, "He Lifeng", RelationType::represents, "United States"));
}

TEST_CASE("a clause of place whose subject is named after a title has its own subject", "[relation_extractor]") {
    // Reuters from New York
    const auto doc = test::analyse(
        "Leaders of the Quad met on the sidelines of the UN General Assembly in New York, where Prime Minister "
        "Narendra Modi and President Joe Biden held a bilateral meeting.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "bilateral meeting"));
    CHECK_FALSE(test::has_relation(doc, "United Nations General Assembly", RelationType::attended, "bilateral meeting"));
}
