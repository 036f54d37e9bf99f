// The relation extractor on who attended and who chaired what.
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

TEST_CASE("'X joined Y at the summit': both attended", "[relation_extractor]") {
    const auto doc = test::analyse("Prime Minister Fumio Kishida joined President Joe Biden at the summit in Camp David.");
    CHECK(has_relation(doc, "Fumio Kishida", RelationType::attended, "summit"));
    CHECK(has_relation(doc, "Joe Biden", RelationType::attended, "summit"));
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

TEST_CASE("an event that features people is attended by them", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Today, the White House hosted a Virtual Roundtable on housing. The roundtable featured Los Angeles County "
        "Supervisor Hilda Solis, Passaic Mayor Hector Lora, and Assemblyman Edgar Flores from Nevada.");
    CHECK(test::has_relation(doc, "Hilda Solis", RelationType::attended, "Virtual Roundtable"));
    CHECK(test::has_relation(doc, "Edgar Flores", RelationType::attended, "Virtual Roundtable"));
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
    // Reuters from London: a country's possessive before the delegation is its party too
    const auto possessive = test::analyse(
        "The United States and China held talks in London. China's delegation was led by He Lifeng.");
    CHECK(test::has_relation(possessive, "He Lifeng", RelationType::represents, "China"));
    CHECK(test::has_relation(possessive, "He Lifeng", RelationType::attended, "talks"));
    // Xinhua from Stockholm: who headed a side too (not who headed to a place)
    const auto headed = test::analyse(
        "Chinese and U.S. teams held talks in Stockholm on Monday. U.S. Treasury Secretary Scott Bessent and U.S. Trade "
        "Representative Jamieson Greer headed the U.S. side. President Donald Trump headed to the summit in Scotland.");
    CHECK(test::has_relation(headed, "Scott Bessent", RelationType::attended, "talks"));
    CHECK(test::has_relation(headed, "Jamieson Greer", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(headed, "Donald Trump", RelationType::co_chaired, "summit"));
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

TEST_CASE("\"the next\" summit under the same name is another one", "[relation_extractor]") {
    // a European Commission press release
    const auto doc = test::analyse(
        "Ursula von der Leyen hosted Prime Minister of Canada Mark Carney for the EU-Canada Summit in Brussels. The "
        "next EU-Canada Summit will take place in Ottawa.");
    CHECK(test::has_relation(doc, "EU-Canada Summit", RelationType::held_in, "Brussels"));
    CHECK_FALSE(test::has_relation(doc, "EU-Canada Summit", RelationType::held_in, "Ottawa"));
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
    // (or its speakers: the second White House eviction prevention convening)
    const auto speakers = test::analyse(
        "Today, the White House hosted the Second White House Eviction Prevention Convening. Public officials "
        "speaking at the second convening included:\n"
        "- Mayor Tom Barrett, City of Milwaukee\n"
        "- Judge Rachel L. Bell, Presiding Judge, Davidson County (TN)\n");
    CHECK(test::has_relation(speakers, "Tom Barrett", RelationType::attended, "Second White House Eviction Prevention Convening"));
    CHECK(test::has_relation(speakers, "Rachel L. Bell", RelationType::attended, "Second White House Eviction Prevention Convening"));
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

TEST_CASE("co-leading or co-hosting a meeting is co-chairing it; a country's co-hosting of an exercise is no one's", "[relation_extractor]") {
    // Yonhap from Seoul; White House readouts
    const auto doc = test::analyse(
        "South Korea and the United States held the fourth meeting of their Nuclear Consultative Group in Washington. "
        "The meeting was co-led by Cho Chang-rae, deputy minister for defense policy, and Vipin Narang, acting U.S. "
        "assistant secretary of defense for space policy.");
    // (the meeting named by the body whose meeting it is)
    const std::string meeting = "fourth meeting of the Nuclear Consultative Group";
    CHECK(has_relation(doc, "Cho Chang-rae", RelationType::co_chaired, meeting));
    CHECK(has_relation(doc, "Vipin Narang", RelationType::co_chaired, meeting));
    const auto hosted = test::analyse("Prime Minister Philip Davis co-hosted the U.S.-Caribbean Leaders Meeting in Nassau.");
    CHECK(has_relation(hosted, "Philip Davis", RelationType::co_chaired, "U.S.-Caribbean Leaders Meeting"));
    const auto nominal = test::analyse(
        "The Vice President underscored Ghana's co-hosting of Exercise Flintlock earlier this month with Cote d'Ivoire.");
    CHECK(test::count(nominal, RelationType::co_chaired) == 0);
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

TEST_CASE("the countries whose ministers met for an event attended it", "[relation_extractor]") {
    // Reuters from Tokyo; a White House readout from Helsinki
    const auto doc = test::analyse(
        "The foreign ministers of Australia, India, Japan and the United States met in Tokyo on Monday for the Quad "
        "Foreign Ministers' Meeting. On 13 July 2023, the Presidents of Finland and the United States and the Prime "
        "Ministers of Denmark, Iceland, Norway, and Sweden met in Helsinki for the third U.S.-Nordic Leaders' Summit.");
    CHECK(has_relation(doc, "India", RelationType::attended, "Quad Foreign Ministers' Meeting"));
    CHECK(has_relation(doc, "Australia", RelationType::attended, "Quad Foreign Ministers' Meeting"));
    CHECK(has_relation(doc, "Iceland", RelationType::attended, "third U.S.-Nordic Leaders' Summit"));
}

TEST_CASE("what brought people together, and who were among those attending, attended", "[relation_extractor]") {
    const auto doc = test::analyse(
        "The leaders held a summit in Beijing on Monday. The summit brought together President Joe Biden and Prime "
        "Minister Fumio Kishida. Among those attending were Foreign Minister Wang Yi and Defense Minister Dong Jun. "
        "Participants included Commerce Secretary Gina Raimondo.");
    for (const char* person : {"Joe Biden", "Fumio Kishida", "Wang Yi", "Dong Jun", "Gina Raimondo"})
        CHECK(has_relation(doc, person, RelationType::attended, "summit"));
}

TEST_CASE("'Taking part in the talks on the Russian side were' lists those who attended, that side's", "[relation_extractor]") {
    // the Kremlin's site
    const auto doc = test::analyse(
        "Vladimir Putin met with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan. The talks were "
        "held in the Kremlin.\n\nTaking part in the talks on the Russian side were Foreign Minister Sergei Lavrov, "
        "Presidential Aide Yury Ushakov and Minister of Economic Development Maxim Reshetnikov.");
    for (const char* name : {"Sergei Lavrov", "Yury Ushakov", "Maxim Reshetnikov"}) {
        CHECK(test::has_relation(doc, name, RelationType::attended, "talks"));
        CHECK(test::country(doc, name) == "RU");
    }
    CHECK(test::position(doc, "Maxim Reshetnikov") == "Minister of Economic Development");  // "Maxim" is his name
    CHECK(test::position(doc, "Yury Ushakov") == "Presidential Aide");
    // a White House list of a call's participants after "were"
    const auto call = test::analyse(
        "President Biden held a call with allies. Joining President Biden on the call were Prime Minister Trudeau "
        "of Canada, Chancellor Scholz of Germany, and President Duda of Poland.");
    for (const char* name : {"Trudeau", "Scholz", "Duda"}) CHECK(test::has_relation(call, name, RelationType::attended, "call"));
}

TEST_CASE("'were among those attending' attends the article's event; a headline's summit is the one the story names",
          "[relation_extractor]") {
    // AFP from Rio de Janeiro
    const auto doc = test::analyse_titled(
        "G20 leaders open summit in Rio under shadow of Trump return", "Leaders of the world's largest economies "
        "opened a two-day G20 summit in Rio de Janeiro on Monday, hosted by Brazilian President Luiz Inacio Lula da "
        "Silva.\n\nUS President Joe Biden, Chinese President Xi Jinping and Indian Prime Minister Narendra Modi were "
        "among those attending. German Chancellor Olaf Scholz was scheduled to attend but cancelled.");
    const std::string summit = "two-day G20 summit";
    for (const char* name : {"Joe Biden", "Xi Jinping", "Narendra Modi", "Luiz Inacio Lula da Silva"})
        CHECK(test::has_relation(doc, name, RelationType::attended, summit));
    CHECK_FALSE(test::has_relation(doc, "Olaf Scholz", RelationType::attended, summit));
    CHECK(test::count(doc, EntityType::event) == 1);
}

TEST_CASE("who was joined by others at an event attended it with them; a body joined by a leader has no new member",
          "[relation_extractor]") {
    // White House readouts; ASEAN
    const auto doc = test::analyse(
        "The Vice President met state legislators. The Vice President was joined by Secretary of Health and Human "
        "Services Xavier Becerra for the meeting which took place in Orlando, Florida.");
    CHECK(test::has_relation(doc, "Xavier Becerra", RelationType::attended, "meeting"));
    const auto council = test::analyse(
        "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States.");
    CHECK_FALSE(test::has_relation(council, "Joseph R. Biden, Jr.", RelationType::member_of, "European Council"));
    const auto asean = test::analyse(
        "The 57th ASEAN Foreign Ministers' Meeting was held in Vientiane. The Ministers were joined by ASEAN "
        "Secretary-General Dr. Kao Kim Hourn.");
    CHECK(test::has_relation(asean, "Kao Kim Hourn", RelationType::attended, "57th ASEAN Foreign Ministers' Meeting"));
}

TEST_CASE("who co-chaired an event set off by commas after it; the sentence's subject did not", "[relation_extractor]") {
    // Viet Nam's government portal; a White House readout
    const auto doc = test::analyse(
        "Singaporean Minister for Foreign Affairs Vivian Balakrishnan is in Hanoi for the 17th Connectivity Framework "
        "Ministerial Meeting. Lauding the outcomes of the meeting, co-chaired by Balakrishnan and Minister of Planning "
        "and Investment Nguyen Chi Dung, PM Pham Minh Chinh asked the two sides to speed up the work.");
    const std::string meeting = "17th Connectivity Framework Ministerial Meeting";
    CHECK(test::has_relation(doc, "Vivian Balakrishnan", RelationType::co_chaired, meeting));
    CHECK(test::has_relation(doc, "Nguyen Chi Dung", RelationType::co_chaired, meeting));
    CHECK_FALSE(test::has_relation(doc, "Pham Minh Chinh", RelationType::co_chaired, meeting));
    const auto convened = test::analyse(
        "During the roundtable, convened by Vice President Kamala Harris, Biden-Harris Administration officials "
        "emphasized the importance of investing in women's health.");
    CHECK(test::has_relation(convened, "Kamala Harris", RelationType::co_chaired, "roundtable"));
    CHECK_FALSE(test::has_relation(convened, "Biden-Harris Administration", RelationType::co_chaired, "roundtable"));
}

TEST_CASE("summit reports: a failure after 'but' is what follows it; 'in person, as did'; ', with' ends the agents",
          "[relation_extractor]") {
    // Reuters, AFP and Bernama on the G7, BRICS and ASEAN summits
    const auto g7 = test::analyse(
        "U.S. President Donald Trump left the summit a day early. Japanese Prime Minister Shigeru Ishiba and Trump held "
        "talks on the sidelines of the summit but failed to reach a trade deal.");
    CHECK(test::has_relation(g7, "Shigeru Ishiba", RelationType::met_with, "Donald Trump"));
    const auto withdrew = test::analyse(
        "Defense Secretary Lloyd Austin had been set to attend the NATO summit, but withdrew because of the storm.");
    CHECK_FALSE(test::has_relation(withdrew, "Lloyd Austin", RelationType::attended, "NATO summit"));
    const auto brics = test::analyse(
        "Leaders of the BRICS group opened their annual summit in Rio de Janeiro on Sunday. Indian Prime Minister "
        "Narendra Modi and South African President Cyril Ramaphosa attended in person, as did Indonesian President "
        "Prabowo Subianto, whose country joined the bloc this year.");
    CHECK(test::has_relation(brics, "Prabowo Subianto", RelationType::attended, "annual summit"));
    const auto asean = test::analyse(
        "The 47th ASEAN Summit opened here today, chaired by Prime Minister Anwar Ibrahim, with Timor-Leste to be "
        "formally admitted as the bloc's 11th member.");
    CHECK(test::has_relation(asean, "Anwar Ibrahim", RelationType::co_chaired, "47th ASEAN Summit"));
    CHECK_FALSE(test::has_relation(asean, "Timor-Leste", RelationType::co_chaired, "47th ASEAN Summit"));
}

TEST_CASE("who left an event early was there; who left for a city attended nothing", "[relation_extractor]") {
    // Reuters
    const auto doc = test::analyse(
        "U.S. President Donald Trump left the G7 Leaders' Summit a day early. Prime Minister Mark Carney left for "
        "Ottawa on Monday.");
    CHECK(test::has_relation(doc, "Donald Trump", RelationType::attended, "G7 Leaders' Summit"));
    CHECK_FALSE(test::has_relation(doc, "Mark Carney", RelationType::attended, "G7 Leaders' Summit"));
}

TEST_CASE("an event dated to come ('next month', 'later this year') has no host or chair yet", "[relation_extractor]") {
    // White House readouts; an EU Council press release
    const auto doc = test::analyse(
        "They welcomed the opportunity to continue discussions at the U.S.-Africa Leaders Summit hosted by President "
        "Biden in Washington D.C. next month.");
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::attended, "U.S.-Africa Leaders Summit"));
    CHECK(test::has_relation(doc, "U.S.-Africa Leaders Summit", RelationType::held_in, "Washington"));
    const auto eu = test::analyse(
        "Leaders launched the EU-Japan High-Level Economic Dialogue, to be co-chaired by Executive Vice-President "
        "Valdis Dombrovskis and Foreign Minister Hayashi Yoshimasa.");
    CHECK_FALSE(test::has_relation(eu, "Valdis Dombrovskis", RelationType::co_chaired, "EU-Japan High-Level Economic Dialogue"));
}

TEST_CASE("who joins with no event named is at the one told of so far, not one a later sentence names", "[relation_extractor]") {
    // the Financial Times
    const auto doc = test::analyse(
        "Olaf Scholz and Emmanuel Macron failed to agree on joint EU borrowing for defence at a dinner at the Elysee on "
        "Tuesday. The German chancellor and the French president were joined by Polish Prime Minister Donald Tusk. "
        "Macron had invited the two leaders after a summit of the Weimar Triangle was postponed in February.");
    CHECK(test::has_relation(doc, "Donald Tusk", RelationType::attended, "dinner"));
    CHECK_FALSE(test::has_relation(doc, "Donald Tusk", RelationType::attended, "summit of the Weimar Triangle"));
}

TEST_CASE("a meeting opening the sentence ('On the sidelines of the summit, X met Y') had both there", "[relation_extractor]") {
    // The New York Times
    const auto doc = test::analyse(
        "NATO leaders agreed on Wednesday to raise their military spending target at the NATO Summit in The Hague. On "
        "the sidelines of the summit, Mr. Trump met President Volodymyr Zelensky of Ukraine for about 50 minutes.");
    CHECK(test::has_relation(doc, "Trump", RelationType::attended, "NATO Summit"));
    CHECK(test::has_relation(doc, "Volodymyr Zelensky", RelationType::attended, "NATO Summit"));
}

TEST_CASE("a meeting they agreed to resume is still to come: 'the meeting' they attended is another", "[relation_extractor]") {
    // the South China Morning Post
    const auto doc = test::analyse(
        "Chinese Premier Li Qiang held talks with Australian Prime Minister Anthony Albanese in Canberra on Monday. The "
        "two sides agreed to resume an annual leaders' meeting. Foreign Minister Penny Wong also attended the meeting.");
    CHECK_FALSE(test::has_relation(doc, "Penny Wong", RelationType::attended, "annual leaders' meeting"));
}

TEST_CASE("who convened a body chaired its meeting the article tells of", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse_titled(
        "Readout of the President's Meeting with the Infrastructure Implementation Task Force",
        "Today, President Biden and Vice President Harris convened the Infrastructure Implementation Task Force to "
        "discuss the first two months of progress.");
    CHECK(test::has_relation(doc, "Biden", RelationType::co_chaired, "meeting"));
    CHECK(test::has_relation(doc, "Harris", RelationType::co_chaired, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Infrastructure Implementation Task Force", RelationType::co_chaired, "meeting"));
}

TEST_CASE("a participle's agents set off by commas may each have a title before the name", "[relation_extractor]") {
    // a European Commission statement
    const auto doc = test::analyse(
        "The second meeting of the EU-India Trade and Technology Council, co-chaired by Executive Vice-President "
        "Henna Virkkunen, Commissioner Maroš Šefčovič, Minister of External Affairs S. Jaishankar, Commerce Minister "
        "Piyush Goyal and Minister of Electronics and IT Ashwini Vaishnaw, took place on 28 February.");
    const std::string meeting = "second meeting of the EU-India Trade and Technology Council";
    for (const char* chair : {"Henna Virkkunen", "Maroš Šefčovič", "S. Jaishankar", "Piyush Goyal", "Ashwini Vaishnaw"}) {
        INFO(chair);
        CHECK(test::has_relation(doc, chair, RelationType::co_chaired, meeting));
    }
}

TEST_CASE("a participants list's lines each after a country and a colon: each attended and represents that country", "[relation_extractor]") {
    // a State Department readout
    const auto doc = test::analyse_titled(
        "Readout of the Secretary's Meeting with Gulf Cooperation Council Ministers",
        "Readout of the Secretary's Meeting with Gulf Cooperation Council Ministers\n\n"
        "Secretary of State Antony J. Blinken met today in Riyadh with Foreign Ministers of the Gulf Cooperation "
        "Council at the GCC Secretariat.\n\nParticipants:\n"
        "Kingdom of Bahrain: Foreign Minister Abdullatif bin Rashid Al Zayani\n"
        "Kingdom of Saudi Arabia: Foreign Minister Prince Faisal bin Farhan Al Saud\n"
        "United Arab Emirates: Minister of State Khalifa Shaheen Al Marar\n"
        "GCC Secretary General Jasem Mohamed Albudaiwi\n");
    for (const char* name : {"Abdullatif bin Rashid Al Zayani", "Faisal bin Farhan Al Saud", "Khalifa Shaheen Al Marar",
                             "Jasem Mohamed Albudaiwi"}) {
        INFO(name);
        CHECK(test::has_relation(doc, name, RelationType::attended, "meeting"));
    }
    CHECK(test::has_relation(doc, "Abdullatif bin Rashid Al Zayani", RelationType::represents, "Bahrain"));
    CHECK(test::country(doc, "Khalifa Shaheen Al Marar") == "AE");
    CHECK(test::country(doc, "Jasem Mohamed Albudaiwi") == "");
}

TEST_CASE("the guests of an event hosted 'for' someone attended it", "[relation_extractor]") {
    // Anadolu
    const auto doc = test::analyse(
        "Turkish President Recep Tayyip Erdogan hosted a dinner for NATO Secretary General Mark Rutte in Ankara.");
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::attended, "dinner"));
    // the BBC
    const auto bbc = test::analyse(
        "King Charles hosted a state banquet in honour of Japanese Emperor Naruhito at Buckingham Palace.");
    CHECK(test::has_relation(bbc, "Naruhito", RelationType::attended, "state banquet"));
}

TEST_CASE("who is named acting in a 'where' clause after an event and its place was at the event", "[relation_extractor]") {
    // AFP from Baku; a White House readout
    const auto doc = test::analyse(
        "Azerbaijani President Ilham Aliyev opened the COP29 climate conference in Baku on Monday, where UN "
        "Secretary-General Antonio Guterres urged countries to cut emissions.");
    CHECK(test::has_relation(doc, "Antonio Guterres", RelationType::attended, "COP29 climate conference"));
    const auto readout = test::analyse(
        "Vice President Kamala Harris and Phil Gordon met today. This followed her engagements at the Summit of the "
        "Americas in Los Angeles, where she announced new investments.");
    CHECK_FALSE(test::has_relation(readout, "Phil Gordon", RelationType::attended, "Summit of the Americas"));
}

TEST_CASE("'attended the talks, as did X and Y': the companions after the object attended too", "[relation_extractor]") {
    // ABC News (Australia); a White House readout
    const auto doc = test::analyse(
        "Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher Luxon in Queenstown for the annual "
        "Australia-New Zealand Leaders' Meeting. Foreign Minister Penny Wong and her New Zealand counterpart Winston "
        "Peters also attended the talks, as did Defence Minister Richard Marles and New Zealand Defence Minister "
        "Judith Collins.");
    CHECK(test::has_relation(doc, "Richard Marles", RelationType::attended, "Australia-New Zealand Leaders' Meeting"));
    CHECK(test::has_relation(doc, "Judith Collins", RelationType::attended, "Australia-New Zealand Leaders' Meeting"));
    // a meeting still to come: no companion attended it yet
    const auto trip = test::analyse(
        "Vice President Kamala Harris met World Bank President Ajay Banga. This meeting comes just before the Vice "
        "President's upcoming trip to The Bahamas to participate in the U.S.-Caribbean Leaders Meeting, alongside "
        "President Banga.");
    CHECK_FALSE(test::has_relation(trip, "Ajay Banga", RelationType::attended, "U.S.-Caribbean Leaders Meeting"));
}

TEST_CASE("'Smt.' is a form of address, and a banquet 'in his honour' is attended by him", "[relation_extractor]") {
    // India's MEA
    const auto doc = test::analyse(
        "President of the Republic of Indonesia H.E. Prabowo Subianto paid a State Visit to India. He was received by "
        "President of India Smt. Droupadi Murmu, who also hosted a banquet in his honour.");
    CHECK(test::position(doc, "Droupadi Murmu") == "President of India");
    CHECK(test::has_relation(doc, "Prabowo Subianto", RelationType::met_with, "Droupadi Murmu"));
    CHECK(test::has_relation(doc, "Prabowo Subianto", RelationType::attended, "banquet"));
}

TEST_CASE("who opened an event attended it, in the passive too", "[relation_extractor]") {
    // Reuters from Beijing
    const auto doc = test::analyse(
        "Apple CEO Tim Cook attended the China International Supply Chain Expo, which was opened by Premier Li Qiang.");
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::attended, "China International Supply Chain Expo"));
    CHECK(test::has_relation(doc, "Tim Cook", RelationType::attended, "China International Supply Chain Expo"));
}

TEST_CASE("who is on a visit makes it; what is on the line is no one at a session", "[relation_extractor]") {
    // a Nairobi paper; a White House readout
    const auto doc = test::analyse(
        "President Samia, who was accompanied by Foreign Affairs Minister January Makamba, is on a three-day state "
        "visit to Kenya. Jennifer Klein and Carmel Martin convened the Task Force on Reproductive Healthcare Access "
        "with leaders from eight states where reproductive rights are on the line this session.");
    CHECK(test::has_relation(doc, "Samia", RelationType::attended, "three-day state visit"));
    CHECK(test::has_relation(doc, "January Makamba", RelationType::attended, "three-day state visit"));
    CHECK(test::count(doc, RelationType::attended) == 2);
}

TEST_CASE("who arrives or travels somewhere for an event attends it", "[relation_extractor]") {
    // Reuters from Cairo; Xinhua from Hanoi
    const auto doc = test::analyse(
        "CIA Director William Burns and Mossad chief David Barnea arrived in Cairo on Saturday for a new round of "
        "talks. A Hamas delegation led by Khalil al-Hayya held separate talks with Egyptian intelligence chief Abbas "
        "Kamel on Friday. President Xi Jinping arrived in Hanoi earlier in the day, where the summit was held.");
    CHECK(test::has_relation(doc, "William Burns", RelationType::attended, "new round of talks"));
    CHECK(test::has_relation(doc, "David Barnea", RelationType::attended, "new round of talks"));
    CHECK(test::has_relation(doc, "Khalil al-Hayya", RelationType::met_with, "Abbas Kamel"));
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::attended, "new round of talks"));  // no "for"
}

TEST_CASE("who accompanies a leader at an event attends it, and so does the leader", "[relation_extractor]") {
    // Antara from Jakarta; a White House readout
    const auto doc = test::analyse(
        "President Prabowo Subianto received Australian Prime Minister Anthony Albanese for talks at Merdeka Palace. "
        "Foreign Minister Sugiono accompanied Prabowo during the talks, while Albanese was accompanied by Foreign "
        "Minister Penny Wong. National Security Advisor Jake Sullivan was accompanied by senior officials from the "
        "National Security Council.");
    CHECK(test::has_relation(doc, "Sugiono", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "National Security Council", RelationType::attended, "talks"));
}

TEST_CASE("who had a meeting made it; 'had' before anything else is no attendance", "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "Vice President Kamala Harris had a productive meeting with President Cyril Ramaphosa. President Ramaphosa "
        "had said the summit would be difficult.");
    CHECK(test::has_relation(doc, "Kamala Harris", RelationType::attended, "productive meeting"));
    CHECK(test::has_relation(doc, "Cyril Ramaphosa", RelationType::attended, "productive meeting"));
    CHECK_FALSE(test::has_relation(doc, "Cyril Ramaphosa", RelationType::attended, "summit"));
}

TEST_CASE("who are listed after 'Attending were:', item by item, attended", "[relation_extractor]") {
    // Reuters from Nuku'alofa
    const auto doc = test::analyse(
        "Pacific Islands Forum leaders opened their annual meeting in Tonga's capital on Monday. Attending were: Fiji's "
        "Prime Minister Sitiveni Rabuka; Australian Prime Minister Anthony Albanese; and New Zealand Prime Minister "
        "Christopher Luxon.");
    CHECK(test::has_relation(doc, "Sitiveni Rabuka", RelationType::attended, "annual meeting"));
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "annual meeting"));
    CHECK(test::has_relation(doc, "Christopher Luxon", RelationType::attended, "annual meeting"));
}

TEST_CASE("whose visit, meeting or call it is attended it; whose dialogue it is, an ongoing process, not", "[relation_extractor]") {
    // AP from Brussels; White House readouts
    const auto doc = test::analyse_titled(
        "Readout of President Joe Biden's Call with President Emmanuel Macron of France",
        "Readout of President Joe Biden's Call with President Emmanuel Macron of France\n\n"
        "EU foreign policy chief Kaja Kallas visited Damascus. Her visit to Damascus was the first since 2011. Vice "
        "President Kamala Harris spoke with Prime Minister Keith Rowley to continue their dialogue on energy security.");
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::attended, "call"));
    CHECK(test::entity(doc, "Emmanuel Macron") >= 0);  // a headline's capitals end no well-known name
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::attended, "visit"));
    CHECK_FALSE(test::has_relation(doc, "Keith Rowley", RelationType::attended, "dialogue"));
}

TEST_CASE("'where the two co-chaired' are the pair the sentence named; a clause of place has its own named subject",
          "[relation_extractor]") {
    // the benchmark corpus' lead; a White House readout
    const auto doc = test::analyse(
        "Foreign Minister Ana Silva of Brazil met with Defense Minister Li Wang of Japan in Geneva on Monday, where the "
        "two co-chaired the second Brazil-Japan Strategic Dialogue. Prime Minister Fumio Kishida met Jake Sullivan. "
        "The two discussed next steps for the Prime Minister's visit.");
    CHECK(test::has_relation(doc, "Ana Silva", RelationType::co_chaired, "second Brazil-Japan Strategic Dialogue"));
    CHECK(test::has_relation(doc, "Li Wang", RelationType::co_chaired, "second Brazil-Japan Strategic Dialogue"));
    CHECK(test::count(doc, RelationType::met_with) == 2);  // no pair for a sentence-opening "The two"
}

TEST_CASE("who were present attended the occasion told of by then", "[relation_extractor]") {
    // the Times of India; AP
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi held a bilateral meeting with Sheikh Hasina at Hyderabad House. External "
        "affairs minister S Jaishankar and national security adviser Ajit Doval were present.");
    CHECK(test::has_relation(doc, "S Jaishankar", RelationType::attended, "bilateral meeting"));
    CHECK(test::has_relation(doc, "Ajit Doval", RelationType::attended, "bilateral meeting"));
    // (not at one the story tells of only later)
    const auto later = test::analyse(
        "Prime Minister Narendra Modi held talks with Sheikh Hasina. Ajit Doval was present. Hasina arrived on "
        "Monday on a four-day visit.");
    CHECK(test::count(later, RelationType::attended) == 0);
    // BSS: at the occasion of the sentence before, when it tells of one; the guest accorded it attended it
    const auto welcome = test::analyse(
        "Muhammad Yunus held a bilateral meeting with Anwar Ibrahim. Earlier, Yunus was accorded a ceremonial "
        "welcome at the Perdana Putra. Steven Sim and Touhid Hossain were present. Later, Yunus received a doctorate.");
    CHECK(test::has_relation(welcome, "Muhammad Yunus", RelationType::attended, "ceremonial welcome"));
    CHECK(test::has_relation(welcome, "Steven Sim", RelationType::attended, "ceremonial welcome"));
    CHECK_FALSE(test::has_relation(welcome, "Steven Sim", RelationType::attended, "bilateral meeting"));
    // (a ceremony named with a welcome's words is one)
    const auto ceremony = test::analyse(
        "The talks took place right after the official welcome ceremony for General Secretary To Lam at the "
        "Presidential Palace.");
    CHECK(test::entity(ceremony, "official welcome ceremony") >= 0);
    // (the occasion the sentence itself names)
    const auto named = test::analyse(
        "Marcos held a bilateral meeting with Ishiba. First Lady Louise Araneta-Marcos joined the welcome ceremony. "
        "Executive Secretary Lucas Bersamin was present during the meeting.");
    CHECK(test::has_relation(named, "Lucas Bersamin", RelationType::attended, "bilateral meeting"));
    CHECK_FALSE(test::has_relation(named, "Lucas Bersamin", RelationType::attended, "welcome ceremony"));
}

TEST_CASE("a body after 'at' that ends a passive's agents is where, not who", "[relation_extractor]") {
    // PTI from Washington; a White House readout
    const auto doc = test::analyse(
        "The meeting took place on the margins of the Quad Foreign Ministers' Meeting hosted by Secretary of State "
        "Marco Rubio at the State Department. The Vice President joined a meeting led by Special Envoy Roger "
        "Carstens at the Department of Justice.");
    CHECK(test::has_relation(doc, "Marco Rubio", RelationType::attended, "Quad Foreign Ministers' Meeting"));
    CHECK_FALSE(test::has_relation(doc, "Department of State", RelationType::attended, "Quad Foreign Ministers' Meeting"));
    CHECK(test::has_relation(doc, "Roger Carstens", RelationType::co_chaired, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Department of Justice", RelationType::co_chaired, "meeting"));
    // (an office's place inside a list of agents goes on to the next agent)
    const auto listed = test::analyse(
        "The inaugural meeting was convened by Kim Tae-hyo, Principal Deputy National Security Advisor; Kurt "
        "Campbell, Coordinator for the Indo-Pacific at the National Security Council; and Cara Abercrombie.");
    CHECK(test::has_relation(listed, "Cara Abercrombie", RelationType::co_chaired, "inaugural meeting"));
}

TEST_CASE("who mediates talks takes part in them", "[relation_extractor]") {
    // Reuters from Muscat
    const auto doc = test::analyse(
        "Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff led their delegations in the indirect "
        "talks, mediated by Omani Foreign Minister Badr Albusaidi.");
    CHECK(test::has_relation(doc, "Badr Albusaidi", RelationType::attended, "indirect talks"));
    CHECK(test::has_relation(doc, "Abbas Araqchi", RelationType::attended, "indirect talks"));
}

TEST_CASE("whom a ceremony is held for attended it", "[relation_extractor]") {
    // Xinhua
    const auto doc = test::analyse(
        "Prior to the talks, President Xi Jinping held a welcome ceremony for King Felipe VI at the Great Hall of the "
        "People. Xi held talks for two hours.");
    CHECK(test::has_relation(doc, "Felipe VI", RelationType::attended, "welcome ceremony"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::attended, "welcome ceremony"));
}

TEST_CASE("who were at an occasion named after 'at' attended it; at a place, nothing", "[relation_extractor]") {
    // the Nigerian presidency
    const auto doc = test::analyse(
        "President Bola Ahmed Tinubu held a closed-door meeting with President John Dramani Mahama. The Minister of "
        "Foreign Affairs, Yusuf Tuggar, and the National Security Adviser, Nuhu Ribadu, were also at the meeting. "
        "Vice President Kashim Shettima was at the State House on Monday.");
    CHECK(test::has_relation(doc, "Yusuf Tuggar", RelationType::attended, "closed-door meeting"));
    CHECK(test::has_relation(doc, "Nuhu Ribadu", RelationType::attended, "closed-door meeting"));
    CHECK_FALSE(test::has_relation(doc, "Kashim Shettima", RelationType::attended, "closed-door meeting"));
}

TEST_CASE("who welcomed or met someone for an occasion with an article both attended it", "[relation_extractor]") {
    // the Élysée; a White House readout
    const auto doc = test::analyse(
        "The President of the Republic, Emmanuel Macron, welcomed Federal Chancellor Friedrich Merz to the Élysée "
        "Palace on Wednesday for a working dinner.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "working dinner"));
    CHECK(test::has_relation(doc, "Friedrich Merz", RelationType::attended, "working dinner"));
    // ("for talks" says no more than that they met)
    const auto talks = test::analyse("President Joe Biden met with President Andrzej Duda for talks. The talks went well.");
    CHECK(test::has_relation(talks, "Joe Biden", RelationType::met_with, "Andrzej Duda"));
    CHECK(test::count(talks, RelationType::attended) == 0);
}

TEST_CASE("the scene a sentence opens on may be set off with a participle before its subjects", "[relation_extractor]") {
    // WAM from Abu Dhabi
    const auto doc = test::analyse(
        "President Mohamed bin Zayed received Narendra Modi today. During the meeting, held at Qasr Al Watan in "
        "Abu Dhabi, the two leaders reviewed the partnership.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Mohamed bin Zayed", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "meeting", RelationType::held_in, "Qasr Al Watan"));
}

TEST_CASE("whom the chair held a meeting with attended it and met the chair", "[relation_extractor]") {
    // the Press Information Bureau
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi chaired a meeting on Operation Sindoor with Defence Minister Rajnath Singh.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::co_chaired, "meeting"));
    CHECK(test::has_relation(doc, "Rajnath Singh", RelationType::attended, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Rajnath Singh", RelationType::co_chaired, "meeting"));
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::met_with, "Rajnath Singh"));
}

TEST_CASE("whom a host gives an occasion for, past the place it is at, attended it", "[relation_extractor]") {
    // the BBC
    const auto doc = test::analyse("King Charles III hosted a state banquet at Windsor Castle for Emperor Naruhito.");
    CHECK(test::has_relation(doc, "Naruhito", RelationType::attended, "state banquet"));
    CHECK(test::has_relation(doc, "state banquet", RelationType::held_in, "Windsor Castle"));
}

TEST_CASE("who paid a visit made it", "[relation_extractor]") {
    // Antara; Reuters
    const auto doc = test::analyse(
        "Indonesian President Prabowo Subianto paid a state visit to Beijing, where he held talks with President Xi "
        "Jinping. Prime Minister Anthony Albanese paid tribute to the victims.");
    CHECK(test::has_relation(doc, "Prabowo Subianto", RelationType::attended, "state visit"));
    CHECK(test::has_relation(doc, "Prabowo Subianto", RelationType::met_with, "Xi Jinping"));
    CHECK(test::count(doc, RelationType::attended) == 1);
}

TEST_CASE("who held talks on the sidelines of a summit was at the summit too, and weeks of negotiations are no such talks", "[relation_extractor]") {
    // The Hindu, New Delhi
    const auto doc = test::analyse(
        "India and China have reached an agreement, Foreign Secretary Vikram Misri said, ahead of Prime Minister "
        "Narendra Modi's visit to Kazan for the BRICS summit. The agreement followed weeks of negotiations between "
        "the two sides. Mr. Modi and Chinese President Xi Jinping held bilateral talks on the sidelines of the summit "
        "on Wednesday.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "bilateral talks"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::attended, "BRICS summit"));
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "BRICS summit"));
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::attended, "negotiations"));
}

TEST_CASE("a speaker named after a comma reports the clause before it and is its only subject", "[relation_extractor]") {
    // DW, Berlin
    const auto doc = test::analyse(
        "The three leaders agreed to buy more weapons for Ukraine on the global market, Scholz said at a news "
        "conference after the meeting at the Chancellery.");
    CHECK(test::has_relation(doc, "Scholz", RelationType::attended, "news conference"));
    CHECK_FALSE(test::has_relation(doc, "Ukraine", RelationType::attended, "news conference"));
}

TEST_CASE("an occasion's short name in brackets names it again, and a signing earlier in the day is not the meeting", "[relation_extractor]") {
    // Japan's foreign ministry
    const auto doc = test::analyse(
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a Japan-Philippines Foreign Ministers' Meeting "
        "with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Philippines.\n\n1. Minister Kamikawa "
        "was pleased to visit the Philippines for the Japan-Philippines Foreign and Defense Ministerial Meeting "
        "(\"2+2\").\n\n2. The two ministers welcomed the signing of the Reciprocal Access Agreement earlier in the "
        "day, in the presence of President Ferdinand R. Marcos Jr.\n\n3. Following the meeting, the \"2+2\" meeting "
        "was held with the participation of Mr. KIHARA Minoru, Minister of Defense of Japan.");
    CHECK(test::has_relation(doc, "Minoru Kihara", RelationType::attended, "Japan-Philippines Foreign and Defense Ministerial Meeting"));
    CHECK_FALSE(test::has_relation(doc, "Minoru Kihara", RelationType::attended, "Japan-Philippines Foreign Ministers' Meeting"));
    CHECK_FALSE(test::has_relation(doc, "Ferdinand R. Marcos Jr.", RelationType::attended, "Japan-Philippines Foreign Ministers' Meeting"));
}

TEST_CASE("who stood in for an absent leader was at the summit, for the leader's country; ', which was represented by' is the body's", "[relation_extractor]") {
    // The EastAfrican; Reuters from Montevideo
    const auto doc = test::analyse(
        "Heads of State of the East African Community met in Arusha, Tanzania, on Friday for an extraordinary summit. "
        "DR Congo President Felix Tshisekedi did not attend the summit, and was represented by Prime Minister Judith "
        "Suminwa.");
    CHECK(test::has_relation(doc, "Judith Suminwa", RelationType::attended, "extraordinary summit"));
    CHECK(test::country(doc, "Judith Suminwa") == "CD");
    CHECK_FALSE(test::has_relation(doc, "Felix Tshisekedi", RelationType::attended, "extraordinary summit"));
    const auto reuters = test::analyse(
        "The leaders of Brazil, Argentina, Uruguay and Paraguay signed a free trade agreement with the European "
        "Union, which was represented by European Commission President Ursula von der Leyen.");
    CHECK(test::country(reuters, "Ursula von der Leyen").empty());
    CHECK(test::has_relation(reuters, "Ursula von der Leyen", RelationType::member_of, "European Union"));
}

TEST_CASE("who paid an official visit for a summit attended both, and who held talks in a city attended the talks", "[relation_extractor]") {
    // India's Ministry of External Affairs
    const auto doc = test::analyse(
        "Prime Minister Shri Narendra Modi paid an official visit to Japan on 29-30 August 2025 for the 15th "
        "India-Japan Annual Summit.\n\nPrime Minister Modi and Prime Minister Shigeru Ishiba held talks in Tokyo on 29 "
        "August 2025.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "official visit"));
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::attended, "15th India-Japan Annual Summit"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "talks", RelationType::held_in, "Tokyo"));
}

TEST_CASE("who attended 'the event' attended the occasion the sentence before told of", "[relation_extractor]") {
    // Xinhua
    const auto doc = test::analyse(
        "Before the talks, Xi held a welcome ceremony for To Lam at the Great Hall of the People. Cai Qi, a member of "
        "the Standing Committee of the Political Bureau of the CPC Central Committee, and Foreign Minister Wang Yi "
        "attended the event.");
    CHECK(test::has_relation(doc, "Cai Qi", RelationType::attended, "welcome ceremony"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::attended, "welcome ceremony"));
}

TEST_CASE("a list after 'including' inside the last item of another list is read to its end", "[relation_extractor]") {
    // The Guardian
    const auto doc = test::analyse(
        "The summit at Lancaster House was attended by Volodymyr Zelenskyy, the Ukrainian president, and leaders "
        "including Germany's Olaf Scholz, Italy's Giorgia Meloni and Poland's Donald Tusk.");
    for (const char* leader : {"Volodymyr Zelenskyy", "Olaf Scholz", "Giorgia Meloni", "Donald Tusk"})
        CHECK(test::has_relation(doc, leader, RelationType::attended, "summit"));
}

TEST_CASE("an occasion that only sets the time is not the one the sentence goes on to tell of", "[relation_extractor]") {
    // Anadolu Agency
    const auto doc = test::analyse(
        "Turkish President Recep Tayyip Erdogan received Syrian President Ahmed al-Sharaa at the Presidential Complex in "
        "Ankara on Tuesday. Following a closed-door meeting, the two leaders chaired an inter-delegation meeting. "
        "Foreign Minister Hakan Fidan attended the talks.");
    CHECK(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::co_chaired, "inter-delegation meeting"));
    CHECK_FALSE(test::has_relation(doc, "Recep Tayyip Erdogan", RelationType::co_chaired, "closed-door meeting"));
    CHECK(test::has_relation(doc, "Hakan Fidan", RelationType::attended, "inter-delegation meeting"));
}

TEST_CASE("whom a delegation came 'instead of' was not there; who led it is the sender's", "[relation_extractor]") {
    // Reuters from Singapore
    const auto doc = test::analyse(
        "Hegseth spoke at the Shangri-La Dialogue on Saturday. China sent a lower-level delegation led by Rear Admiral "
        "Hu Gangfeng, vice president of the National Defence University, instead of Defence Minister Dong Jun.");
    CHECK(test::has_relation(doc, "Hu Gangfeng", RelationType::attended, "Shangri-La Dialogue"));
    CHECK_FALSE(test::has_relation(doc, "Dong Jun", RelationType::attended, "Shangri-La Dialogue"));
    CHECK(test::has_relation(doc, "Hu Gangfeng", RelationType::represents, "China"));  // the sender's delegation
}

TEST_CASE("hosts in a readout's lead held the headline's occasion, and a place's compound ends no event's name", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse_titled(
        "Readout of the Lobito Trans-Africa Corridor Summit",
        "Today, President Joseph R. Biden, Jr. and Angolan President João Lourenço co-hosted African leaders from the "
        "Democratic Republic of the Congo, Zambia, and Tanzania to celebrate progress on the Lobito Trans-Africa "
        "Corridor.");
    CHECK(test::entity(doc, "Lobito Trans-Africa Corridor Summit") >= 0);
    CHECK(test::count(doc, EntityType::person) == 2);
    CHECK(test::has_relation(doc, "João Lourenço", RelationType::co_chaired, "Lobito Trans-Africa Corridor Summit"));
}

TEST_CASE("who dropped by a meeting attended it", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Today Vice President Kamala Harris met virtually with Northern Ireland First Minister Arlene Foster. "
        "President Joseph R. Biden, Jr. dropped by the meeting.");
    CHECK(test::has_relation(doc, "Joseph R. Biden, Jr.", RelationType::attended, "meeting"));
}

TEST_CASE("companions after a sentence that turned to another scene were at no occasion told of; a title spelled out finds its holder", "[relation_extractor]") {
    // India's Press Information Bureau
    const auto doc = test::analyse(
        "Raksha Mantri Shri Rajnath Singh held bilateral talks with Mr Richard Marles in Canberra.\n\nEarlier, Shri Rajnath "
        "Singh laid a wreath at the War Memorial. He was accompanied by Defence Secretary Shri Rajesh Kumar Singh.\n\n"
        "Raksha Mantri also called on Prime Minister Mr Anthony Albanese.");
    CHECK_FALSE(test::has_relation(doc, "Rajesh Kumar Singh", RelationType::attended, "bilateral talks"));
    CHECK(test::has_relation(doc, "Rajnath Singh", RelationType::met_with, "Anthony Albanese"));
}
