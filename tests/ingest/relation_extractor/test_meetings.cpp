// The relation extractor on who met whom: meetings, calls, hosts and their guests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

TEST_CASE("meetings between people, and appositive representation", "[relation_extractor]") {
    const auto a = test::analyse("Principal Deputy National Security Advisor Jon Finer met today with People's Republic of China Executive Vice Minister of Foreign Affairs Ma Zhaoxu in Washington, D.C.");
    CHECK(has_relation(a, "Jon Finer", RelationType::met_with, "Ma Zhaoxu"));
    CHECK(has_relation(a, "Ma Zhaoxu", RelationType::represents, "China"));
    const auto b = test::analyse("Max Baucus, the US ambassador to China, told reporters that talks matter.");
    CHECK(has_relation(b, "Max Baucus", RelationType::represents, "United States"));
    CHECK_FALSE(has_relation(b, "Max Baucus", RelationType::represents, "China"));
}

TEST_CASE("'had spoken with' is a conversation; 'spoke to the threats' is not", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Prime Minister Rishi Sunak said he had spoken with President Joe Biden. Governor Eric Holcomb and Governor "
        "Gretchen Whitmer spoke to the economic imperative of the law.");
    CHECK(has_relation(doc, "Rishi Sunak", RelationType::met_with, "Joe Biden"));
    CHECK_FALSE(has_relation(doc, "Eric Holcomb", RelationType::met_with, "Gretchen Whitmer"));
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

TEST_CASE("a person named for whose in-law someone is did not take part", "[relation_extractor]") {
    // Reuters from Cairo
    const auto doc = test::analyse(
        "U.S. President Donald Trump said the deal was done. U.S. special envoy Steve Witkoff and Trump's "
        "son-in-law Jared Kushner joined the talks on Wednesday.");
    CHECK(test::has_relation(doc, "Jared Kushner", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Steve Witkoff", RelationType::attended, "talks"));
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::attended, "talks"));
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

TEST_CASE("\"Also present at the meeting were X and Y\": who was present comes after the copula", "[relation_extractor]") {
    // The Punch from Abuja
    const auto doc = test::analyse(
        "President Bola Tinubu received President John Dramani Mahama at the Presidential Villa. Also present at the "
        "meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and the National Security Adviser, Nuhu Ribadu.");
    CHECK(test::has_relation(doc, "Yusuf Tuggar", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Nuhu Ribadu", RelationType::attended, "meeting"));
}

TEST_CASE("\"his talks with X\" are his, who informs another of them", "[relation_extractor]") {
    // a Kremlin readout: Putin is never titled, but "The President of Russia" is the one Russian named
    const auto doc = test::analyse(
        "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. The President of "
        "Russia informed the Prime Minister about the main results of his talks with US President Donald Trump.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Narendra Modi"));
    CHECK_FALSE(test::has_relation(doc, "Narendra Modi", RelationType::met_with, "Donald Trump"));
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Donald Trump"));
    // a named owner keeps the talks
    const auto named = test::analyse(
        "Prime Minister Narendra Modi briefed the cabinet on his talks with US President Donald Trump.");
    CHECK(test::has_relation(named, "Narendra Modi", RelationType::met_with, "Donald Trump"));
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

TEST_CASE("whom a relative clause after the one met names was not met", "[relation_extractor]") {
    // the Saudi Press Agency's report, as Arab News ran it
    const auto doc = test::analyse(
        "Abbas Araghchi also met Crown Prince Mohammed bin Salman, who conveyed his greetings to Iranian President Masoud "
        "Pezeshkian. Later, Araghchi held talks with Omani Foreign Minister Badr Albusaidi, who had mediated.");
    CHECK(test::has_relation(doc, "Araghchi", RelationType::met_with, "Mohammed bin Salman"));
    CHECK_FALSE(test::has_relation(doc, "Araghchi", RelationType::met_with, "Masoud Pezeshkian"));
    CHECK(test::has_relation(doc, "Araghchi", RelationType::met_with, "Badr Albusaidi"));
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

TEST_CASE("'spoke to' a person named right after is a conversation; 'spoke to' a topic or a purpose is none", "[relation_extractor]") {
    // No 10's readouts; White House readouts
    const auto doc = test::analyse(
        "Prime Minister Keir Starmer spoke to President Zelenskyy this morning. President Joe Biden and Amir Tamim bin "
        "Hamad Al Thani of Qatar spoke to reaffirm their friendship. Secretary Pete Buttigieg, in introducing President "
        "Biden, also spoke to the investments. Mr. Jake Sullivan also spoke to HBCU leaders about efforts President "
        "Biden directed.");
    CHECK(has_relation(doc, "Keir Starmer", RelationType::met_with, "Zelenskyy"));
    CHECK_FALSE(has_relation(doc, "Pete Buttigieg", RelationType::met_with, "Biden"));
    CHECK_FALSE(has_relation(doc, "Jake Sullivan", RelationType::met_with, "Biden"));
    // a participle's clause after "while" ends the partners
    const auto funeral = test::analyse(
        "President Biden spoke with Governor Pedro Pierluisi today from Air Force One while returning from the State "
        "Funeral for Queen Elizabeth II.");
    CHECK(has_relation(funeral, "Biden", RelationType::met_with, "Pedro Pierluisi"));
    CHECK_FALSE(has_relation(funeral, "Biden", RelationType::met_with, "Elizabeth II"));
}

TEST_CASE("who sat down with someone met them", "[relation_extractor]") {
    // a Swiss government release
    const auto doc = test::analyse(
        "Swiss Foreign Minister Ignazio Cassis later sat down with Omani Foreign Minister Badr Albusaidi in Geneva.");
    CHECK(test::has_relation(doc, "Ignazio Cassis", RelationType::met_with, "Badr Albusaidi"));
}

TEST_CASE("a partners' list after 'with' ends at a purpose or at 'and' before a time; 'and with' begins another",
          "[relation_extractor]") {
    // White House readouts
    const auto doc = test::analyse(
        "In April, the Vice President convened a virtual meeting with Caribbean leaders and in June, at the Summit of "
        "the Americas, President Biden and the Vice President convened Caribbean leaders for an in-person meeting.");
    CHECK_FALSE(test::has_relation(doc, "Vice President", RelationType::met_with, "Biden"));
    CHECK(test::count(doc, RelationType::met_with) == 0);
    const auto trip = test::analyse(
        "Principal Deputy National Security Advisor Jon Finer also met with First Deputy Prime Minister Yuliia "
        "Svyrydenko to discuss U.S. sanctions against Russia "
        "and with Foreign Minister Dmytro Kuleba to review Ukraine's efforts.");
    CHECK(test::has_relation(trip, "Jon Finer", RelationType::met_with, "Yuliia Svyrydenko"));
    CHECK(test::has_relation(trip, "Jon Finer", RelationType::met_with, "Dmytro Kuleba"));
    const auto call = test::analyse(
        "President Joseph R. Biden, Jr. spoke with President-elect Gustavo Petro today to congratulate him and Vice "
        "President-elect Francia Marquez on their election.");
    CHECK(test::has_relation(call, "Joseph R. Biden, Jr.", RelationType::met_with, "Gustavo Petro"));
    CHECK_FALSE(test::has_relation(call, "Joseph R. Biden, Jr.", RelationType::met_with, "Francia Marquez"));
}

TEST_CASE("a phrase of time or place that opens the sentence gives the verb no subject", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "After an audience with His Holiness Pope Francis, President Joseph R. Biden, Jr. met Vatican Secretary of "
        "State Cardinal Parolin.");
    CHECK(test::has_relation(doc, "Joseph R. Biden, Jr.", RelationType::met_with, "Parolin"));
    CHECK_FALSE(test::has_relation(doc, "Francis", RelationType::met_with, "Parolin"));
}

TEST_CASE("co-hosts of a meeting with no one named meet each other no more than its guests", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Today, National Security Advisor Jake Sullivan and Deputy National Security Advisor Anne Neuberger hosted a "
        "meeting with executives from the telecommunications sector to share intelligence.");
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::attended, "meeting"));
    CHECK(test::count(doc, RelationType::met_with) == 0);
    // who met without a partner named met each other
    const auto met = test::analyse("President Biden and Prime Minister Kishida met in Hiroshima.");
    CHECK(test::has_relation(met, "Biden", RelationType::met_with, "Kishida"));
}

TEST_CASE("who said in a statement that others had met is no party to their meeting", "[relation_extractor]") {
    // NAN from Abuja
    const auto doc = test::analyse(
        "Mr Ajuri Ngelale, Special Adviser to the President, said in a statement that the Minister of Foreign Affairs, "
        "Yusuf Tuggar, and his South African counterpart, Ronald Lamola, had met earlier in the day.");
    CHECK(test::has_relation(doc, "Yusuf Tuggar", RelationType::met_with, "Ronald Lamola"));
    CHECK_FALSE(test::has_relation(doc, "Ajuri Ngelale", RelationType::met_with, "Ronald Lamola"));
}

TEST_CASE("consultations and discussions with officials are meetings with them", "[relation_extractor]") {
    // a White House readout
    const auto doc = test::analyse(
        "Principal Deputy National Security Advisor Jon Finer conducted bilateral consultations with Ambassador Vikram "
        "Misri and National Security Advisor Ajit Doval.");
    CHECK(test::has_relation(doc, "Jon Finer", RelationType::met_with, "Ajit Doval"));
    CHECK(test::has_relation(doc, "Jon Finer", RelationType::met_with, "Vikram Misri"));
}

TEST_CASE("'after meeting X' is a meeting of the clause's subject, before or after it", "[relation_extractor]") {
    // AP from Nairobi
    const auto doc = test::analyse(
        "Kenyan President William Ruto and Haitian Prime Minister Ariel Henry signed an agreement on Friday. Ruto spoke "
        "at State House in Nairobi after meeting Henry. After meeting Kenyan Interior Minister Kithure Kindiki, Henry "
        "said the mission would start soon.");
    CHECK(test::has_relation(doc, "William Ruto", RelationType::met_with, "Ariel Henry"));
    CHECK(test::has_relation(doc, "Ariel Henry", RelationType::met_with, "Kithure Kindiki"));
    CHECK_FALSE(test::has_relation(doc, "William Ruto", RelationType::met_with, "Kithure Kindiki"));
}

TEST_CASE("who telephoned someone met him; a call 'between the two leaders' opening a sentence ends at its comma", "[relation_extractor]") {
    // Reuters; ANSA
    const auto doc = test::analyse(
        "Zelensky met U.S. President Donald Trump at the White House. Trump later telephoned Russian President Vladimir "
        "Putin, the Kremlin said.");
    CHECK(test::has_relation(doc, "Trump", RelationType::met_with, "Vladimir Putin"));
    const auto call = test::analyse(
        "Italian Premier Giorgia Meloni and Indian Prime Minister Narendra Modi spoke by telephone on Monday. In a "
        "telephone conversation between the two leaders, Meloni thanked Modi for India's support of Italy's bid.");
    CHECK(test::has_relation(call, "Narendra Modi", RelationType::attended, "telephone conversation"));
    CHECK_FALSE(test::has_relation(call, "India", RelationType::attended, "telephone conversation"));
}

TEST_CASE("who met a delegation 'led by' someone met its leader", "[relation_extractor]") {
    // China Daily
    const auto doc = test::analyse(
        "Wang Xiaohong, state councilor and minister of public security, met with the US delegation led by Jen "
        "Daskal, deputy homeland security adviser to US President Joe Biden, in Beijing.");
    CHECK(test::has_relation(doc, "Wang Xiaohong", RelationType::met_with, "Jen Daskal"));
    CHECK_FALSE(test::has_relation(doc, "Wang Xiaohong", RelationType::met_with, "Joe Biden"));
}

TEST_CASE("two who met 'ahead of' a meeting with a third met each other; 'the visiting minister' is the guest", "[relation_extractor]") {
    // Kyodo from Tokyo
    const auto doc = test::analyse(
        "Japanese Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang Yi agreed Saturday to hold a "
        "high-level economic dialogue. Iwaya and Wang met in Tokyo ahead of a trilateral meeting with South Korean "
        "Foreign Minister Cho Tae-yul. The visiting Chinese minister also paid a courtesy call on Prime Minister "
        "Shigeru Ishiba.");
    CHECK(test::has_relation(doc, "Takeshi Iwaya", RelationType::met_with, "Wang Yi"));
    CHECK_FALSE(test::has_relation(doc, "Takeshi Iwaya", RelationType::met_with, "Cho Tae-yul"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::met_with, "Shigeru Ishiba"));
    // one who held a meeting "ahead of" a celebration met whom the sentence names after it (a White House readout)
    const auto readout = test::analyse(
        "President Joseph R. Biden, Jr. held a bilateral meeting ahead of a St. Patrick's Day celebration with Taoiseach "
        "Leo Varadkar of Ireland at the White House.");
    CHECK(test::has_relation(readout, "Joseph R. Biden, Jr.", RelationType::met_with, "Leo Varadkar"));
}

TEST_CASE("who conferred or exchanged views met; 'the two leaders' after their companions are the leaders", "[relation_extractor]") {
    // Dawn
    const auto doc = test::analyse(
        "Prime Minister Shehbaz Sharif met Saudi Crown Prince and Prime Minister Mohammed bin Salman in Riyadh on "
        "Tuesday. The premier was accompanied by Deputy Prime Minister Ishaq Dar, Finance Minister Muhammad Aurangzeb "
        "and Information Minister Attaullah Tarar. The two leaders exchanged views on trade. Dar later conferred with "
        "Saudi Foreign Minister Prince Faisal bin Farhan.");
    CHECK(test::has_relation(doc, "Shehbaz Sharif", RelationType::met_with, "Mohammed bin Salman"));
    CHECK_FALSE(test::has_relation(doc, "Muhammad Aurangzeb", RelationType::met_with, "Attaullah Tarar"));
    CHECK(test::has_relation(doc, "Ishaq Dar", RelationType::met_with, "Faisal bin Farhan"));
}

TEST_CASE("talks somewhere at some time between two people: both met; another event's head ends a description",
          "[relation_extractor]") {
    // AAP
    const auto doc = test::analyse(
        "The visit follows talks in Canberra last month between Foreign Minister Penny Wong and her Chinese "
        "counterpart Wang Yi.");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "Wang Yi"));
    CHECK(test::has_relation(doc, "talks", RelationType::held_in, "Canberra"));
    CHECK(test::entity(doc, "visit follows talks") < 0);
}

TEST_CASE("an ambassador who presents credentials to a head of state meets him", "[relation_extractor]") {
    // a US embassy release from Tokyo
    const auto doc = test::analyse(
        "U.S. Ambassador to Japan George Glass presented his credentials to Emperor Naruhito at the Imperial Palace.");
    CHECK(test::has_relation(doc, "George Glass", RelationType::met_with, "Naruhito"));
}

TEST_CASE("'In a meeting with X, Y ...': the subject after the phrase met X, not whom the clause names", "[relation_extractor]") {
    // AAP; a White House readout
    const auto doc = test::analyse(
        "In a meeting with Chinese Premier Li Qiang, Australian Prime Minister Anthony Albanese raised the case of "
        "Yang Hengjun. During the meeting with President Nayib Bukele, Philip Gordon reiterated U.S. support.");
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::met_with, "Li Qiang"));
    CHECK_FALSE(test::has_relation(doc, "Anthony Albanese", RelationType::met_with, "Yang Hengjun"));
    CHECK(test::has_relation(doc, "Philip Gordon", RelationType::met_with, "Nayib Bukele"));
}

TEST_CASE("'a day after meeting X': the sentence's subject met X", "[relation_extractor]") {
    // AP from Munich
    const auto doc = test::analyse(
        "Vice President JD Vance addressed the Munich Security Conference on Friday, a day after meeting Ukrainian "
        "President Volodymyr Zelensky on the sidelines.");
    CHECK(test::has_relation(doc, "JD Vance", RelationType::met_with, "Volodymyr Zelensky"));
    // no subject of the sentence to own it: nobody
    const auto none = test::analyse("The conference opened on Friday, a day after meeting Ukrainian President Volodymyr Zelensky.");
    CHECK(test::count(none, RelationType::met_with) == 0);
}

TEST_CASE("the subject's companion 'along with his' adviser is no one he met", "[relation_extractor]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign Minister Olivier Nduhungirehe signed "
        "the deal. President Donald Trump later met the two ministers in the Oval Office, along with his senior "
        "adviser for Africa, Massad Boulos.");
    CHECK(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Olivier Nduhungirehe"));
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Massad Boulos"));
}

TEST_CASE("the sentence's subjects were at the talks it sets them in, and spoke together", "[relation_extractor]") {
    // AP from Moscow; White House readouts
    const auto doc = test::analyse(
        "Russian President Vladimir Putin and U.S. President Donald Trump discussed the war in Ukraine in a two-hour "
        "phone call on Tuesday. In a phone call, President Joe Biden and President Xi Jinping discussed trade. Both "
        "leaders agreed to remain in close coordination at this critical point in the negotiations.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::met_with, "Donald Trump"));
    CHECK(test::has_relation(doc, "Donald Trump", RelationType::attended, "two-hour phone call"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(doc, "Joe Biden", RelationType::attended, "negotiations"));
    // whom the verb takes before the setting was there too
    const auto told = test::analyse(
        "Russian President Vladimir Putin told Chinese President Xi Jinping in a phone call that talks were possible.");
    CHECK(test::has_relation(told, "Vladimir Putin", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(told, "Xi Jinping", RelationType::attended, "phone call"));
    // a meeting the sentence's verb does not take place in
    const auto other = test::analyse(
        "President Biden emphasized the need to capitalize on progress made in the talks to secure the release of "
        "hostages. Mr. Finer reiterated that the United States expects both sides to re-engage in the EU-facilitated "
        "Dialogue.");
    CHECK(test::count(other, RelationType::attended) == 0);
}

TEST_CASE("who called someone spoke with them; not who called for something or called someone something", "[relation_extractor]") {
    // White House readouts; AP
    const auto doc = test::analyse(
        "President Joe Biden called Turkish President Recep Tayyip Erdogan on Tuesday. President Joe Biden called "
        "President Vladimir Putin a killer. President Emmanuel Macron and Chancellor Olaf Scholz called for a "
        "ceasefire.");
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Recep Tayyip Erdogan"));
    CHECK(test::count(doc, RelationType::met_with) == 1);
}

TEST_CASE("whom a group someone met includes, past the meeting's purpose, was met", "[relation_extractor]") {
    // AP from Washington
    const auto doc = test::analyse(
        "President Joe Biden met Thursday with a bipartisan group of governors at the White House to discuss "
        "disaster aid, including Florida Gov. Ron DeSantis and California Gov. Gavin Newsom.");
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Ron DeSantis"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Gavin Newsom"));
    // (not when the meeting named whom it was with)
    const auto named = test::analyse(
        "President Joe Biden met with Gov. Ron DeSantis to discuss disaster aid, including help from Gov. Gavin "
        "Newsom.");
    CHECK(test::has_relation(named, "Joe Biden", RelationType::met_with, "Ron DeSantis"));
    CHECK_FALSE(test::has_relation(named, "Joe Biden", RelationType::met_with, "Gavin Newsom"));
}

TEST_CASE("whom someone sent for talks holds them, not the sender", "[relation_extractor]") {
    // Reuters from Jerusalem
    const auto doc = test::analyse(
        "Israeli Prime Minister Benjamin Netanyahu dispatched Mossad chief David Barnea to Doha for talks with "
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.");
    CHECK(test::has_relation(doc, "David Barnea", RelationType::met_with, "Mohammed bin Abdulrahman Al Thani"));
    CHECK_FALSE(test::has_relation(doc, "Benjamin Netanyahu", RelationType::met_with, "Mohammed bin Abdulrahman Al Thani"));
}

TEST_CASE("whom a counterpart names is a person, and a clause after ', but' keeps the sentence's subject", "[relation_extractor]") {
    // ABC News
    const auto doc = test::analyse(
        "Prime Minister Anthony Albanese has met Indonesian President Prabowo Subianto in Jakarta, in his first overseas "
        "trip since winning a second term. Foreign Minister Penny Wong did not travel with the Prime Minister, but held "
        "a phone call with her counterpart Sugiono on Wednesday.");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "Sugiono"));
    CHECK_FALSE(test::has_relation(doc, "Anthony Albanese", RelationType::met_with, "Sugiono"));
    // "his" in a phrase set off after the clause is its subject's
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "first overseas trip"));
    CHECK_FALSE(test::has_relation(doc, "Prabowo Subianto", RelationType::attended, "first overseas trip"));
}

TEST_CASE("who was 'also in attendance' after a comma is no partner of those who met", "[relation_extractor]") {
    // a Riyadh pool report
    const auto doc = test::analyse(
        "Secretary of State Antony Blinken and Saudi Foreign Minister Prince Faisal bin Farhan met for two hours, with "
        "Saudi Ambassador Reema bint Bandar also in attendance.");
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Faisal bin Farhan"));
    CHECK_FALSE(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Reema bint Bandar"));
}

TEST_CASE("who shook hands or had a brief exchange met", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Japanese Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang shook hands on the sidelines of the ASEAN "
        "summit in Vientiane. South Korean President Lee Jae-myung had a brief exchange with Ishiba at the G7 summit.");
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::met_with, "Li Qiang"));
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::attended, "ASEAN summit"));
    CHECK(test::has_relation(doc, "Lee Jae-myung", RelationType::met_with, "Shigeru Ishiba"));
}
