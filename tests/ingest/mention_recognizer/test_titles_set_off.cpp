// The mention recogniser on titles set off by a comma before or after a name.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("a lower-case title set off by a comma before the name is the person's position", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "China's foreign minister, Wang Yi, said talks went well. The Chinese ambassador to the U.S., Xie Feng, "
        "agreed. The meeting included community leaders, Maria Lopez, and others.");
    REQUIRE(test::entity(doc, "Wang Yi") >= 0);
    CHECK(doc.entities[test::entity(doc, "Wang Yi")].positions == std::vector<std::string>{"foreign minister"});
    CHECK(doc.entities[test::entity(doc, "Wang Yi")].country == "CN");
    REQUIRE(test::entity(doc, "Xie Feng") >= 0);
    CHECK(doc.entities[test::entity(doc, "Xie Feng")].country == "CN");  // China's, not the U.S.'s
    REQUIRE(test::entity(doc, "Maria Lopez") >= 0);
    CHECK(doc.entities[test::entity(doc, "Maria Lopez")].positions.empty());  // "leaders" lists, it is no title of hers
}

TEST_CASE("a capitalised title set off by a comma before the name is the person's, with its country", "[mention_recognizer]") {
    // UN and UK readouts: "the President of Finland, Alexander Stubb"
    const auto doc = test::analyse(
        "Mr. Guterres held a meeting with the President of Finland, Alexander Stubb, in New York. Both attended a "
        "reception hosted by the Indian High Commissioner to the UK, Vikram Doraiswami. Executive Vice-President "
        "Henna Virkkunen spoke.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Guterres", "Alexander Stubb", "Vikram Doraiswami", "Henna Virkkunen"});
    CHECK(doc.entities[test::entity(doc, "Alexander Stubb")].country == "FI");
    CHECK(test::has_relation(doc, "Alexander Stubb", RelationType::represents, "Finland"));
    CHECK(test::has_relation(doc, "Vikram Doraiswami", RelationType::represents, "India"));
    CHECK_FALSE(test::has_relation(doc, "Vikram Doraiswami", RelationType::represents, "United Kingdom"));
    CHECK(test::has_relation(doc, "Vikram Doraiswami", RelationType::attended, "reception"));
}

TEST_CASE("a title set off after the name is the person's position, with the country it names", "[mention_recognizer]") {
    // AP from the United Nations; Reuters; a White House list of participants
    const auto doc = test::analyse(
        "\"This is a glimmer of hope,\" Jean Victor Geneus, Haiti's foreign minister, told the council. Mark Rutte, "
        "the Dutch prime minister, agreed. Ahmed Ali, foreign minister of Somalia, spoke. Hunter Biden, the "
        "president's son, said nothing.\n\n- Xavier Becerra, Secretary, Department of Health and Human Services");
    CHECK(test::position(doc, "Jean Victor Geneus") == "foreign minister");
    CHECK(test::has_relation(doc, "Jean Victor Geneus", RelationType::represents, "Haiti"));
    CHECK(test::position(doc, "Mark Rutte") == "prime minister");
    CHECK(test::has_relation(doc, "Mark Rutte", RelationType::represents, "Netherlands"));
    CHECK(test::has_relation(doc, "Ahmed Ali", RelationType::represents, "Somalia"));
    CHECK(test::position(doc, "Hunter Biden").empty());
    CHECK(test::position(doc, "Xavier Becerra") == "Secretary");
}

TEST_CASE("a title set off after the name keeps where its holder is sent, which is not the holder's country",
          "[mention_recognizer]") {
    // AP from the United Nations; Reuters from Beijing
    const auto doc = test::analyse(
        "Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, called for a ceasefire. Nicholas Burns, "
        "the U.S. ambassador to China, met Wang Yi.");
    CHECK(test::position(doc, "Linda Thomas-Greenfield") == "ambassador to the United Nations");
    CHECK(test::has_relation(doc, "Linda Thomas-Greenfield", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Nicholas Burns", RelationType::represents, "United States"));
    CHECK_FALSE(test::has_relation(doc, "Nicholas Burns", RelationType::represents, "China"));
}

TEST_CASE("a title's field in lower case: before a name, set off after it, and no ministry made of it",
          "[mention_recognizer]") {
    // AP from Geneva; Reuters from London
    const auto doc = test::analyse(
        "U.S. special envoy for Sudan Tom Perriello said mediators were meeting. EU foreign policy chief Kaja Kallas "
        "signed the pact. Nick Thomas-Symonds, the minister for European Union relations, led the British team.");
    CHECK(test::position(doc, "Tom Perriello") == "special envoy for Sudan");
    CHECK(test::has_relation(doc, "Tom Perriello", RelationType::represents, "United States"));
    CHECK_FALSE(test::has_relation(doc, "Tom Perriello", RelationType::represents, "Sudan"));
    CHECK(test::position(doc, "Kaja Kallas") == "foreign policy chief");
    CHECK(test::has_relation(doc, "Kaja Kallas", RelationType::member_of, "European Union"));
    CHECK(test::position(doc, "Nick Thomas-Symonds") == "minister for European Union relations");
    CHECK(test::entity(doc, "Ministry of European Union relations") < 0);
}

TEST_CASE("an office before a comma says whom a titled name after it serves", "[mention_recognizer]") {
    // a State Department report from Riyadh
    const auto doc = test::analyse(
        "Secretary of State Marco Rubio met with his Saudi counterpart, Prince Faisal bin Farhan, in Riyadh on "
        "Tuesday.");
    CHECK(test::country(doc, "Faisal bin Farhan") == "SA");
    CHECK(test::has_relation(doc, "Marco Rubio", RelationType::met_with, "Faisal bin Farhan"));
}

TEST_CASE("an office in capitals that names the country, before a comma, is the office of the ranked name after it", "[mention_recognizer]") {
    const auto doc = test::analyse(  // Qatar News Agency
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received Iran's Foreign Minister Abbas Araghchi at the "
        "Amiri Diwan on Sunday.");
    CHECK(test::position(doc, "Tamim bin Hamad Al Thani") == "Emir of Qatar");
    CHECK(test::country(doc, "Tamim bin Hamad Al Thani") == "QA");
    CHECK(test::has_relation(doc, "Tamim bin Hamad Al Thani", RelationType::met_with, "Abbas Araghchi"));
}

TEST_CASE("an office set off after a name may be new, and a high commissioner's in lower case", "[mention_recognizer]") {
    // CBC from Ottawa; AFP from Addis Ababa
    const auto doc = test::analyse(
        "Dinesh Patnaik, India's new high commissioner to Canada, is expected to arrive in Ottawa. Moussa Faki "
        "Mahamat, the outgoing chairperson of the African Union Commission, opened the session.");
    CHECK(test::position(doc, "Dinesh Patnaik") == "high commissioner to Canada");
    CHECK(test::country(doc, "Dinesh Patnaik") == "IN");
    CHECK(test::position(doc, "Moussa Faki Mahamat") == "chairperson of the African Union Commission");
}

TEST_CASE("an office may name several fields, with commas", "[mention_recognizer]") {
    // EU Council from Tokyo; an Australian government release; White House readouts
    const auto doc = test::analyse(
        "On the margins of the summit, Commissioner Maros Sefcovic met Japan's Minister of Economy, Trade and "
        "Industry, Yoji Muto. Minister for Agriculture, Fisheries and Forestry Murray Watt visited Jakarta. He also "
        "met with Minister of Justice and Law Nestor Ivan Osuna. Acting Deputy Secretary of State for Management "
        "and Resources John Bass represented the department.");
    CHECK(test::position(doc, "Yoji Muto") == "Minister of Economy, Trade and Industry");
    CHECK(test::country(doc, "Yoji Muto") == "JP");
    CHECK(test::has_relation(doc, "Yoji Muto", RelationType::member_of, "Ministry of Economy, Trade and Industry"));
    CHECK(test::has_relation(doc, "Maros Sefcovic", RelationType::met_with, "Yoji Muto"));
    CHECK(test::position(doc, "Murray Watt") == "Minister for Agriculture, Fisheries and Forestry");
    // "Law" after "and" is the office's second field, not the first word of the name
    CHECK(test::entity(doc, "Nestor Ivan Osuna") >= 0);
    CHECK(test::has_relation(doc, "Nestor Ivan Osuna", RelationType::member_of, "Ministry of Justice and Law"));
    // "bass" is also a word: a given name before it still starts the name
    CHECK(test::entity(doc, "John Bass") >= 0);
    // a list of places is no office's fields
    const auto list = test::analyse("Exports rose in Canada, France and Germany, the Minister of Trade said.");
    CHECK(test::mention_texts(list, EntityType::country, MentionKind::name).size() == 3);
}

TEST_CASE("an office set off after a name may end with the sentence", "[mention_recognizer]") {
    // an EU summit's main results; a numbered list's next number ends no office
    const auto doc = test::analyse(
        "The EU was represented by António Costa, President of the European Council, and Ursula von der Leyen, "
        "President of the European Commission. Attendees: 1. Lloyd Austin, Secretary of Defense 2. Tom Vilsack, "
        "Secretary of Agriculture 3.");
    CHECK(test::position(doc, "Ursula von der Leyen") == "President of the European Commission");
    CHECK(test::position(doc, "António Costa") == "President of the European Council");
    CHECK(test::has_relation(doc, "Ursula von der Leyen", RelationType::member_of, "European Commission"));
    CHECK(test::entity(doc, "Department of Defense 2") < 0);
    CHECK(test::entity(doc, "Department of Agriculture 3") < 0);
}

TEST_CASE("an envoy's title goes on to its complement in plain words before the name set off", "[mention_recognizer]") {
    // AP from Honiara; the Saudi Press Agency
    const auto doc = test::analyse(
        "China's special envoy for Pacific affairs, Qian Bo, also visited Honiara. Araghchi was accompanied by Iran's "
        "ambassador to the Kingdom, Alireza Enayati.");
    CHECK(test::position(doc, "Qian Bo") == "special envoy for Pacific affairs");
    CHECK(test::country(doc, "Qian Bo") == "CN");
    CHECK(test::position(doc, "Alireza Enayati") == "ambassador to the Kingdom");
    CHECK(test::country(doc, "Alireza Enayati") == "IR");
}

TEST_CASE("an office set off after a name ranked only by a style is the name's position", "[mention_recognizer]") {
    // WAM from Abu Dhabi; a White House readout
    const auto doc = test::analyse(
        "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received His Highness Sheikh Tamim bin Hamad Al Thani, "
        "Emir of the State of Qatar. "
        "The meeting was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and "
        "National Security Advisor. Admiral Rachel Levine, Assistant Secretary for Health, spoke.");
    CHECK(test::position(doc, "Mohamed bin Zayed Al Nahyan") == "President");  // a rank after a style is no office
    CHECK(test::position(doc, "Tamim bin Hamad Al Thani") == "Emir");
    CHECK(test::country(doc, "Tamim bin Hamad Al Thani") == "QA");
    CHECK(test::position(doc, "Tahnoun bin Zayed Al Nahyan") == "Deputy Ruler of Abu Dhabi and National Security Advisor");
    CHECK(test::position(doc, "Rachel Levine") == "Assistant Secretary for Health");
}

TEST_CASE("a title before 'the Hon' is how its holder is addressed; the office set off is her position", "[mention_recognizer]") {
    // Japan's foreign ministry; Australia's DFAT
    const auto doc = test::analyse(
        "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Senator the Hon. Penny Wong, "
        "Minister for Foreign Affairs of Australia. Minister Iwaya welcomed Minister Wong's visit to Japan. "
        "Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, also attended.");
    CHECK(test::position(doc, "Penny Wong") == "Minister for Foreign Affairs");
    CHECK(test::country(doc, "Penny Wong") == "AU");
    CHECK(test::entity(doc, "Wong") == test::entity(doc, "Penny Wong"));  // "Minister Wong" is she
    CHECK(test::position(doc, "Richard Marles") == "Minister for Defence");
    const auto alone = test::analyse("Senator the Hon Penny Wong arrived in Tokyo.");
    CHECK(test::position(alone, "Penny Wong") == "Senator");
}

TEST_CASE("a country's office set off before a style and a name is the name's", "[mention_recognizer]") {
    // DFAT; PTI
    const auto doc = test::analyse(
        "Ministers hosted India's External Affairs Minister, Dr S. Jaishankar, in Canberra. "
        "Together, the Vice President, Dr. Gupta, and others spoke.");
    CHECK(test::position(doc, "S. Jaishankar") == "External Affairs Minister");
    CHECK(test::country(doc, "S. Jaishankar") == "IN");
    CHECK(test::position(doc, "Gupta") == "");  // a list: the office before the comma is someone else's
}

TEST_CASE("a title after a name set off by a semicolon list, and after a rank before the name", "[mention_recognizer]") {
    // WAM, and a White House list
    const auto doc = test::analyse(
        "He met Sheikh Abdullah bin Zayed, Minister of Foreign Affairs; and Dr. Anwar Gargash. They joined Lael "
        "Brainard, Director of the National Economic Council; and Robin Carnahan.");
    CHECK(test::position(doc, "Abdullah bin Zayed") == "Minister of Foreign Affairs");
    CHECK(test::position(doc, "Lael Brainard") == "Director of the National Economic Council");
}

TEST_CASE("two offices joined by 'and' after a name and a comma are both the name's", "[mention_recognizer]") {
    // ASEAN's communique
    const auto doc = test::analyse(
        "The meeting was chaired by H.E. Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs "
        "of the Lao PDR.");
    CHECK(test::position(doc, "Saleumxay Kommasith") == "Deputy Prime Minister and Minister of Foreign Affairs");
    CHECK(test::has_relation(doc, "Saleumxay Kommasith", RelationType::represents, "Laos"));
}

TEST_CASE("an office set off after a name may end a text with no stop", "[mention_recognizer]") {
    // a White House list of speakers, one to a line: the reader once looked one word past the last
    // (ASan reports it for this line, whose words fill their array exactly)
    const auto doc = test::analyse("Mary Frances Repko, Deputy National Climate Advisor");
    CHECK(test::position(doc, "Mary Frances Repko") == "Deputy National Climate Advisor");
    const auto headline = test::analyse_titled("Talks with Wang Yi, Foreign Minister", "Officials met in Beijing.");
    CHECK(test::position(headline, "Wang Yi") == "Foreign Minister");
}

TEST_CASE("a title set off before the name may end in the body's short name and go before a form of address",
          "[mention_recognizer]") {
    // South Africa's DIRCO and Pakistan's foreign ministry
    const auto doc = test::analyse(
        "The Ministerial Session was preceded by a Senior Officials Meeting led by the Director-General of the "
        "Department of International Relations and Cooperation (DIRCO), Mr Zane Dangor, and the Permanent "
        "Secretary of Nigeria's Ministry of Foreign Affairs, Ambassador Adamu Lamuwa. The Deputy Prime Minister "
        "also met the Secretary-General of the Organisation of Islamic Cooperation (OIC), Hissein Brahim Taha.");
    CHECK(test::position(doc, "Zane Dangor") == "Director-General of the Department of International Relations and Cooperation");
    CHECK(test::has_relation(doc, "Zane Dangor", RelationType::member_of, "Department of International Relations and Cooperation"));
    // a courtesy title alone is how the holder of the office set off is addressed
    CHECK(test::position(doc, "Adamu Lamuwa") == "Permanent Secretary of Nigeria's Ministry of Foreign Affairs");
    CHECK(test::has_relation(doc, "Adamu Lamuwa", RelationType::represents, "Nigeria"));
    CHECK(test::has_relation(doc, "Adamu Lamuwa", RelationType::member_of, "Ministry of Foreign Affairs"));
    CHECK(test::position(doc, "Hissein Brahim Taha") == "Secretary-General of the Organisation of Islamic Cooperation");
    CHECK(test::has_relation(doc, "Hissein Brahim Taha", RelationType::member_of, "Organization of Islamic Cooperation"));
    // the officials led the meeting before the session, and their bodies are part of their titles
    CHECK(test::has_relation(doc, "Zane Dangor", RelationType::co_chaired, "Senior Officials Meeting"));
    CHECK(test::has_relation(doc, "Adamu Lamuwa", RelationType::co_chaired, "Senior Officials Meeting"));
    CHECK_FALSE(test::has_relation(doc, "Zane Dangor", RelationType::co_chaired, "Ministerial Session"));
    CHECK_FALSE(test::has_relation(doc, "Ministry of Foreign Affairs", RelationType::co_chaired, "Senior Officials Meeting"));
}

TEST_CASE("a minister of a country named in full after the title serves no ministry named after the country",
          "[mention_recognizer]") {
    // Pakistan's foreign ministry: "the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan Al Saud"
    const auto doc = test::analyse(
        "He also met the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan Al Saud, and Foreign Minister "
        "of Japan Yoko Kamikawa.");
    CHECK(test::has_relation(doc, "Faisal bin Farhan Al Saud", RelationType::represents, "Saudi Arabia"));
    CHECK(test::has_relation(doc, "Yoko Kamikawa", RelationType::represents, "Japan"));
    CHECK(test::entity(doc, "Ministry of Saudi Arabia") < 0);
    CHECK(test::entity(doc, "Ministry of Japan") < 0);
}

TEST_CASE("a title of two words in lower case set off after a name is the person's", "[mention_recognizer]") {
    // China Daily
    const auto doc = test::analyse(
        "The US side was headed by Nicole Argentieri, acting assistant attorney general of the Justice Department. "
        "India's high commissioner to Canada, Sanjay Verma, spoke.");
    CHECK(test::position(doc, "Nicole Argentieri") == "acting assistant attorney general of the Justice Department");
    CHECK(test::has_relation(doc, "Nicole Argentieri", RelationType::member_of, "Department of Justice"));
    CHECK(test::position(doc, "Sanjay Verma") == "high commissioner to Canada");
}

TEST_CASE("a title set off after a name, after its body's name or possessive", "[mention_recognizer]") {
    // an INTERPOL press release
    const auto doc = test::analyse(
        "Valdecy Urquiza, INTERPOL Secretary General, said the operation was a success. Neal Jetton, INTERPOL's "
        "Director of Cybercrime, said the operation showed what partnerships could achieve.");
    CHECK(test::position(doc, "Valdecy Urquiza") == "Secretary General");
    CHECK(test::has_relation(doc, "Valdecy Urquiza", RelationType::member_of, "Interpol"));
    CHECK(test::position(doc, "Neal Jetton") == "Director of Cybercrime");
    CHECK(test::has_relation(doc, "Neal Jetton", RelationType::member_of, "Interpol"));
    // a White House readout's list: the words after the body are the next person's title
    const auto list = test::analyse(
        "Participants included Homeland Security Advisor Liz Sherwood-Randall, FEMA Acting Associate Administrator "
        "Erik Hooks, and Deputy Secretary Kathleen Hicks.");
    CHECK_FALSE(test::has_relation(list, "Liz Sherwood-Randall", RelationType::member_of, "Federal Emergency Management Agency"));
}

TEST_CASE("an office set off after a name addressed by a courtesy title is the office held", "[mention_recognizer]") {
    // Egypt's presidency
    const auto doc = test::analyse(
        "Ambassador Mohamed El-Shennawy, Spokesman for the Presidency, said the two leaders discussed Gaza.");
    CHECK(test::position(doc, "Mohamed El-Shennawy") == "Spokesman for the Presidency");
    // with no office set off, the courtesy title stays
    const auto alone = test::analyse("Ambassador Mohamed El-Shennawy said the two leaders discussed Gaza.");
    CHECK(test::position(alone, "Mohamed El-Shennawy") == "Ambassador");
}

TEST_CASE("a long office set off after a name, a membership and a ministry joined by 'and'", "[mention_recognizer]") {
    // Japan's MOFA
    const auto doc = test::analyse(
        "Iwaya held a meeting with Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and "
        "Minister of Foreign Affairs of China, who was visiting Japan.");
    CHECK(test::position(doc, "Wang Yi") ==
          "Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs");
    CHECK(test::country(doc, "Wang Yi") == "CN");
}

TEST_CASE("a company's office set off after a name makes its possessor a company", "[mention_recognizer]") {
    // Reuters
    const auto doc = test::analyse(
        "Commerce Minister Wang Wentao met Tim Cook, Apple's chief executive, and urged U.S. firms to keep investing.");
    CHECK(test::position(doc, "Tim Cook") == "chief executive");
    const int apple = test::entity(doc, "Apple");
    REQUIRE(apple >= 0);
    CHECK(doc.entities[apple].type == EntityType::agency);
    CHECK(test::has_relation(doc, "Tim Cook", RelationType::member_of, "Apple"));
    // a government's office after a possessive makes no company
    const auto minister = test::analyse("She met Ali Hassan, Qatar's foreign minister, in Doha.");
    CHECK(test::count(minister, EntityType::agency) == 0);
}

TEST_CASE("an office set off after a name may end in a body's short name after 'of'", "[mention_recognizer]") {
    // a UN press release
    const auto doc = test::analyse(
        "Nicholas Haysom, Special Representative of the Secretary-General and Head of UNMISS, briefed the Council.");
    CHECK(test::position(doc, "Nicholas Haysom") == "Special Representative of the Secretary-General and Head of UNMISS");
    CHECK(test::has_relation(doc, "Nicholas Haysom", RelationType::member_of, "United Nations Mission in South Sudan"));
}

TEST_CASE("offices listed after a name up to ', and' are that name's, not the next name's", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "Today, Tom Perez, Assistant to the President, Senior Advisor to the President, and Director of the Office of "
        "Intergovernmental Affairs, Stefanie Feldman, Assistant to the President, and Gregory Jackson met with "
        "Lieutenant Governors.");
    CHECK(test::position(doc, "Tom Perez") == "Assistant to the President");
    CHECK(test::position(doc, "Stefanie Feldman") == "Assistant to the President");
    // a list of people keeps the last one's office set off before the name
    const auto people = test::analyse(
        "The meeting was attended by Secretary Blinken, Secretary Austin, and Director of National Intelligence, "
        "Avril Haines.");
    CHECK(test::position(people, "Avril Haines") == "Director of National Intelligence");
}

TEST_CASE("two lower-case offices joined by 'and', set off after a name, are its position", "[mention_recognizer]") {
    // China Daily
    const auto doc = test::analyse(
        "Wang Xiaohong, state councilor and minister of public security, met with the US delegation in Beijing.");
    CHECK(test::position(doc, "Wang Xiaohong") == "state councilor and minister of public security");
}

TEST_CASE("an office of several countries set off before a list of names is each one's office without them", "[mention_recognizer]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "The foreign ministers of Australia, India and Japan, Penny Wong, Subrahmanyam Jaishankar and Takeshi Iwaya, "
        "met U.S. Secretary of State Marco Rubio in Washington on Tuesday.");
    CHECK(test::position(doc, "Penny Wong") == "foreign minister");
    CHECK(test::position(doc, "Subrahmanyam Jaishankar") == "foreign minister");
    CHECK(test::country(doc, "Takeshi Iwaya") == "JP");
    CHECK(test::count(doc, EntityType::agency) == 1);  // the State Department, no "Ministry of Australia, India and Japan"
}

TEST_CASE("a body's office set off before a rank and a name is the holder's; a title's region names no one", "[mention_recognizer]") {
    // a NATO news release
    const auto doc = test::analyse(
        "Earlier in the day, Mr Rutte met with the Chair of the NATO Military Committee, Admiral Giuseppe Cavo "
        "Dragone, and the Supreme Allied Commander Europe, General Christopher G. Cavoli.");
    CHECK(test::position(doc, "Giuseppe Cavo Dragone") == "Chair of the NATO Military Committee");
    CHECK(test::has_relation(doc, "Giuseppe Cavo Dragone", RelationType::member_of, "NATO Military Committee"));
    CHECK(test::mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Rutte", "Giuseppe Cavo Dragone", "Christopher G. Cavoli"});
    CHECK(test::has_relation(doc, "Rutte", RelationType::met_with, "Christopher G. Cavoli"));
    // the Egyptian presidency
    const auto egypt = test::analyse(
        "The meeting was attended by the Head of the General Intelligence Service, Major General Hassan Rashad.");
    CHECK(test::has_relation(egypt, "Hassan Rashad", RelationType::member_of, "General Intelligence Service"));
}

TEST_CASE("an office 'to the President' after its own complement is one title ('Chief of Staff to the President')", "[mention_recognizer]") {
    // Premium Times from Abuja; White House readouts
    const auto doc = test::analyse(
        "The meeting was also attended by the National Security Adviser, Nuhu Ribadu, and the Chief of Staff to the "
        "President, Femi Gbajabiamila. Chief of Staff to the Vice President Tina Flournoy and Deputy Assistant to the "
        "President and Counsel to the Vice President Erica Songer joined.");
    CHECK(test::position(doc, "Femi Gbajabiamila") == "Chief of Staff to the President");
    CHECK(test::position(doc, "Tina Flournoy") == "Chief of Staff to the Vice President");
    CHECK(test::position(doc, "Erica Songer") == "Deputy Assistant to the President and Counsel to the Vice President");
}

TEST_CASE("the office a sentence opens on, set off before a courtesy title, is the holder's", "[mention_recognizer]") {
    // NAN from Abuja; a White House readout's list
    const auto doc = test::analyse(
        "The Minister of Foreign Affairs, Amb. Yusuf Tuggar, and his South African counterpart, Ronald Lamola, had "
        "earlier co-chaired a ministerial session. Today, Julie Chavez Rodriguez, Senior Advisor to the President and "
        "Director of the White House Office of Intergovernmental Affairs, Ambassador Susan Rice, Assistant to the "
        "President and Domestic Policy Advisor, and Lael Brainard spoke.");
    CHECK(test::position(doc, "Yusuf Tuggar") == "Minister of Foreign Affairs");
    CHECK(test::position(doc, "Susan Rice").find("Intergovernmental") == std::string::npos);
}

TEST_CASE("'Federal' begins an office; an instrument's name ends one", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Boris Pistorius, Federal Minister of Defense "
        "of Germany\n\nThe resources were made available through the Federal Emergency Declaration President Biden "
        "approved over the weekend.");
    CHECK(test::country(doc, "Boris Pistorius") == "DE");
    CHECK(test::position(doc, "Boris Pistorius") == "Federal Minister of Defense");
    CHECK(test::position(doc, "Biden") == "President");
}

TEST_CASE("Kosovo is a country", "[mention_recognizer]") {
    const auto doc = test::analyse("Dr. Sherwood-Randall met with Kosovo President Vjosa Osmani-Sadriu and Prime Minister Albin Kurti.");
    CHECK(test::country(doc, "Vjosa Osmani-Sadriu") == "XK");
    CHECK(test::entity(doc, "Kosovo") >= 0);
}
