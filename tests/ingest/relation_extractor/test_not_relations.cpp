// The relation extractor on what is no relation: plans, denials, postings and the like.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

TEST_CASE("scheduled but withdrawn is not attended", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Officials held the second dialogue on Tuesday. US Secretary of Homeland Security Jeh Johnson and Attorney "
        "General Loretta Lynch had been scheduled to attend the meeting, but they withdrew after the shooting.");
    CHECK_FALSE(has_relation(doc, "Jeh Johnson", RelationType::attended, "second dialogue"));
    CHECK_FALSE(has_relation(doc, "Loretta Lynch", RelationType::attended, "second dialogue"));
    CHECK(has_relation(doc, "Jeh Johnson", RelationType::represents, "United States"));
    // Reuters: what a denial after "but" names is the occasion denied, not the meeting before it
    const auto other = test::analyse(
        "British Finance Minister Rachel Reeves met Treasury Secretary Scott Bessent on Monday but did not take part "
        "in the negotiations.");
    CHECK(has_relation(other, "Rachel Reeves", RelationType::met_with, "Scott Bessent"));
    CHECK_FALSE(has_relation(other, "Rachel Reeves", RelationType::attended, "negotiations"));
    // a meeting its own clause says was postponed or cancelled
    const auto off = test::analyse(
        "Vladimir Putin's meeting with Donald Trump has been postponed indefinitely. The meeting of Rubio with Lavrov "
        "was cancelled.");
    CHECK(test::count(off, RelationType::met_with) == 0);
    // Reuters from Kananaskis: a meeting missed is none, and the one before "but" stands
    const auto missed = test::analyse(
        "Ukrainian President Volodymyr Zelenskiy met Prime Minister Mark Carney on the second day, but missed a planned "
        "meeting with President Donald Trump.");
    CHECK(has_relation(missed, "Volodymyr Zelenskiy", RelationType::met_with, "Mark Carney"));
    CHECK_FALSE(has_relation(missed, "Mark Carney", RelationType::met_with, "Donald Trump"));
    CHECK_FALSE(has_relation(missed, "Volodymyr Zelenskiy", RelationType::met_with, "Donald Trump"));
}

TEST_CASE("an event description ends before 'along with' and a weekday; a call to action is no call", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Secretary of Energy Jennifer Granholm convened a meeting Tuesday with utility executives. Dr. Phil Gordon "
        "hosted a roundtable with Ajay Banga, whose company answered the Vice President's Call to Action.");
    CHECK(test::has_relation(doc, "Jennifer Granholm", RelationType::co_chaired, "meeting"));
    CHECK(test::entity(doc, "Call") < 0);
    CHECK_FALSE(test::has_relation(doc, "Ajay Banga", RelationType::attended, "Call"));
    // AFP from a G20 summit: a call to do something is an appeal; a call to someone is a call
    const auto appeal = test::analyse(
        "Leaders of the Group of 20 on Tuesday endorsed a call to tax the world's richest people at the close of a "
        "two-day summit in Rio de Janeiro hosted by Brazil. Biden later made a call to President Lula.");
    CHECK(test::entity(appeal, "call") >= 0);
    CHECK(test::count(appeal, EntityType::event) == 2);
    CHECK(test::has_relation(appeal, "Brazil", RelationType::attended, "two-day summit"));
}

TEST_CASE("an appositive headed by an event describes the event, not the person before it", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Chinese President Xi Jinping attended the summit. British Prime Minister Keir Starmer met Xi, the first "
        "meeting between a British prime minister and the Chinese leader since 2018.");
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::met_with, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::represents, "United Kingdom"));
    CHECK(test::country(doc, "Xi Jinping") == "CN");
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

TEST_CASE("a press conference is no occasion that the countries of an operation took part in", "[relation_extractor]") {
    // a Justice Department release
    const auto doc = test::analyse(
        "Attorney General Merrick B. Garland announced the charges at a press conference in Washington. The "
        "operation was coordinated by Europol. Agencies from France, Germany and Japan took part.");
    CHECK_FALSE(test::has_relation(doc, "France", RelationType::attended, "press conference"));
    CHECK_FALSE(test::has_relation(doc, "Japan", RelationType::attended, "press conference"));
    // a summit is
    const auto summit = test::analyse(
        "Leaders gathered in Brasilia for the BRICS summit on Monday. Delegations from India and China took part.");
    CHECK(test::has_relation(summit, "India", RelationType::attended, "BRICS summit"));
}

TEST_CASE("a person's possessive after a verb of meeting names what is the person's, no one met", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Vice President Harris dropped by the Task Force meeting to greet participants and underscore her and "
        "President Biden's commitment to tackling climate change. The National Climate Task Force is chaired by "
        "National Climate Advisor Gina McCarthy and includes senior White House officials.");
    CHECK_FALSE(test::has_relation(doc, "Harris", RelationType::met_with, "Biden"));
    // who chairs a body is one of it, and what the body includes chairs nothing
    CHECK(test::has_relation(doc, "Gina McCarthy", RelationType::member_of, "National Climate Task Force"));
    CHECK(test::count(doc, RelationType::co_chaired) == 0);
}

TEST_CASE("who leads a delegation that did not attend attended nothing", "[relation_extractor]") {
    // Al Jazeera
    const auto doc = test::analyse(
        "Egyptian, Qatari and US mediators have resumed talks in Cairo. CIA Director William Burns joined the talks. "
        "An Israeli delegation led by Mossad chief David Barnea did not attend the latest round.");
    CHECK(test::has_relation(doc, "William Burns", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "David Barnea", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Israel", RelationType::attended, "talks"));
}

TEST_CASE("an event only planned is attended by none of its parties, nor is it the article's event", "[relation_extractor]") {
    // China's public security ministry
    const auto doc = test::analyse(
        "State Councilor and Minister of Public Security Wang Xiaohong met with visiting U.S. Secretary of Homeland "
        "Security Alejandro Mayorkas in Beijing on Thursday. The two sides agreed to hold the second meeting of the "
        "China-U.S. Counternarcotics Working Group later this year. Xu Datong, vice minister of public security, "
        "attended the meeting.");
    const std::string group = "China-U.S. Counternarcotics Working Group";
    CHECK_FALSE(test::has_relation(doc, "China", RelationType::attended, group));
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::attended, group));
    CHECK_FALSE(test::has_relation(doc, "Xu Datong", RelationType::attended, group));
    // the delegations advanced preparations for the upcoming dialogue, which will be held in Washington
    const auto next = test::analyse(
        "The delegations advanced preparations for the upcoming relaunch of the U.S.-Mexico High-Level Economic "
        "Dialogue, which will be held in Washington on September 9.");
    CHECK_FALSE(test::has_relation(next, "Mexico", RelationType::attended, "U.S.-Mexico High-Level Economic Dialogue"));
}

TEST_CASE("a summit between parties which a leader will host is attended by none of them yet", "[relation_extractor]") {
    // a State Department readout
    const auto doc = test::analyse(
        "The Deputy Secretary and the Foreign Secretary discussed the first trilateral leaders' summit between the "
        "United States, Japan, and the Philippines, which President Biden will host on April 11. Both sides "
        "addressed cooperation through the newly launched U.S.-Oman Strategic Dialogue, which will tackle a range "
        "of issues.");
    CHECK_FALSE(test::has_relation(doc, "Japan", RelationType::attended, "first trilateral leaders' summit"));
    CHECK(test::has_relation(doc, "Oman", RelationType::attended, "U.S.-Oman Strategic Dialogue"));
}

TEST_CASE("a meeting worked toward or agreed to be held, which nothing names, is no event", "[relation_extractor]") {
    // a White House readout; Japan's Kantei
    const auto doc = test::analyse(
        "The two sides agreed to maintain open lines of communication, including working together towards a meeting "
        "between President Biden and President Xi Jinping in San Francisco in November. The two leaders agreed to "
        "hold a summit meeting in Washington, D.C. at an early date.");
    CHECK(test::count(doc, EntityType::event) == 0);
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::met_with, "Xi Jinping"));
}

TEST_CASE("people a sentence says were absent attended nothing in it", "[relation_extractor]") {
    // AP from Rio de Janeiro
    const auto doc = test::analyse(
        "Leaders of the BRICS group opened their annual summit in Rio de Janeiro on Sunday, with Chinese President Xi "
        "Jinping and Russian President Vladimir Putin absent for the first time. Putin took part by video link.");
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::attended, "annual summit"));
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::attended, "annual summit"));  // by video, the next sentence
}

TEST_CASE("a group of people set off before 'led by' is what the participle tells of, not an event further back", "[relation_extractor]") {
    // Reuters from Caracas
    const auto doc = test::analyse(
        "The International Criminal Court's chief prosecutor, Karim Khan, arrived in Caracas on Monday for a three-day "
        "visit. The visit comes weeks after a panel of ICC judges, led by Judge Reine Alapini-Gansou, ruled that the "
        "probe could proceed.");
    CHECK(test::entity(doc, "Reine Alapini-Gansou") >= 0);
    CHECK(test::count(doc, RelationType::co_chaired) == 0);
    CHECK_FALSE(test::has_relation(doc, "Reine Alapini-Gansou", RelationType::attended, "three-day visit"));
    CHECK(test::has_relation(doc, "Karim Khan", RelationType::attended, "three-day visit"));
}

TEST_CASE("who meet an object named by no person meet not each other: 'meet the challenges', 'met the press'", "[relation_extractor]") {
    // White House readouts; AP from Los Angeles; a Chinese MFA release
    const auto doc = test::analyse(
        "President Biden and President Mattarella discussed working together to meet shared challenges. Mr. Finer and "
        "Ms. Kaag discussed steps that can meet the needs of civilians. After the talks, Wang Yi and Mauro Vieira "
        "jointly met the press. Gavin Newsom and Karen Bass met FEMA Administrator Deanne Criswell.");
    CHECK(test::count(doc, RelationType::met_with) == 2);
    CHECK(test::has_relation(doc, "Gavin Newsom", RelationType::met_with, "Deanne Criswell"));
    CHECK(test::has_relation(doc, "Karen Bass", RelationType::met_with, "Deanne Criswell"));
    // the verb alone, or before a time, a manner or a place: each other
    const auto each = test::analyse(
        "President Lula and President Javier Milei met Wednesday in Brasilia. President Joe Biden and President Xi "
        "Jinping met privately.");
    CHECK(test::has_relation(each, "Javier Milei", RelationType::met_with, "Lula"));
    CHECK(test::has_relation(each, "Xi Jinping", RelationType::met_with, "Joe Biden"));
}

TEST_CASE("whom someone invites, asks or urges to attend has not attended", "[relation_extractor]") {
    // Antara; a White House readout
    const auto doc = test::analyse(
        "President Prabowo Subianto received Australian Prime Minister Anthony Albanese in Jakarta. Prabowo also "
        "invited Albanese to attend the Bali Democracy Forum in December. The President asked Vice President Kamala "
        "Harris to attend the COP28 Leaders Summit on his behalf.");
    CHECK(test::count(doc, RelationType::attended) == 0);
    CHECK(test::has_relation(doc, "Prabowo Subianto", RelationType::met_with, "Anthony Albanese"));
}

TEST_CASE("talks someone could hold somewhere are still to come, held nowhere yet", "[relation_extractor]") {
    // a Reuters analysis
    const auto doc = test::analyse(
        "Treasury Secretary Scott Bessent, who met Chinese Vice Premier He Lifeng in Geneva in May, could hold "
        "another round of talks with him in London.");
    CHECK(test::has_relation(doc, "Scott Bessent", RelationType::met_with, "He Lifeng"));
    CHECK(test::count(doc, RelationType::held_in) == 0);
}

TEST_CASE("a meeting that could take place, and a trip called off, were attended by no one", "[relation_extractor]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "Secretary of State Marco Rubio, who had been expected to attend the Istanbul talks, cancelled his trip. A "
        "meeting between Donald Trump and Vladimir Putin could take place soon, Trump said. Kaja Kallas postponed "
        "her visit, and Annalena Baerbock called off her visit too.");
    CHECK(test::count(doc, RelationType::attended) == 0);
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Vladimir Putin"));
    // (one that did take place was)
    const auto held = test::analyse("A meeting between Donald Trump and Vladimir Putin took place in Alaska.");
    CHECK(test::has_relation(held, "Donald Trump", RelationType::met_with, "Vladimir Putin"));
}
