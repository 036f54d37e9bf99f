// The mention recogniser on titles before a name: offices, their fields and complements, ranks.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("titles are positions of the person, not persons", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "China's Minister of Public Security Guo Shengkun speaks during the dialogue. "
        "US Secretary of Homeland Security Jeh Johnson and Attorney General Loretta Lynch withdrew.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Guo Shengkun", "Jeh Johnson", "Loretta Lynch"});
    const int guo = test::entity(doc, "Guo Shengkun");
    REQUIRE(guo >= 0);
    CHECK(doc.entities[guo].positions == std::vector<std::string>{"Minister of Public Security"});
    CHECK(doc.entities[guo].country == "CN");
    CHECK(doc.entities[test::entity(doc, "Loretta Lynch")].positions == std::vector<std::string>{"Attorney General"});
}

TEST_CASE("a professor's rank after an office is no part of it, and 'Prof' without a stop is that rank", "[mention_recognizer]") {
    // BSS from Dhaka
    const auto doc = test::analyse(
        "Chief Adviser Professor Muhammad Yunus today met Prime Minister Anwar Ibrahim. Prof Yunus urged Malaysia "
        "to support the bid.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Muhammad Yunus", "Anwar Ibrahim", "Yunus"});
    CHECK(test::entity(doc, "Yunus") == test::entity(doc, "Muhammad Yunus"));
    CHECK(doc.entities[test::entity(doc, "Muhammad Yunus")].positions == std::vector<std::string>{"Chief Adviser", "Professor"});
}

TEST_CASE("a country before 'former' and an office is the country of the office once held", "[mention_recognizer]") {
    // AP from Addis Ababa
    const auto doc = test::analyse(
        "Mahmoud Ali Youssouf won the vote, defeating Kenya's former Prime Minister Raila Odinga and Malian former "
        "President Amadou Toure.");
    CHECK(test::country(doc, "Raila Odinga") == "KE");
    CHECK(test::position(doc, "Raila Odinga") == "former Prime Minister");
    CHECK(test::country(doc, "Amadou Toure") == "ML");
}

TEST_CASE("an ayatollah's rank is no word of his name, and Iran's Supreme Leader leads", "[mention_recognizer]") {
    // Reuters from Tehran
    const auto doc = test::analyse(
        "In Tehran, Supreme Leader Ayatollah Ali Khamenei met Iraqi Prime Minister Mohammed Shia al-Sudani.");
    CHECK(test::position(doc, "Ali Khamenei") == "Supreme Leader");
    CHECK(test::has_relation(doc, "Ali Khamenei", RelationType::met_with, "Mohammed Shia al-Sudani"));
}

TEST_CASE("a chamber's 'President Pro Tempore' is one title, its Latin no name", "[mention_recognizer]") {
    // a White House readout
    const auto chamber = test::analyse("California Senate President Pro Tempore Toni Atkins joined the meeting.");
    CHECK(mention_texts(chamber, EntityType::person) == std::vector<std::string>{"Toni Atkins"});
    CHECK(test::position(chamber, "Toni Atkins") == "President Pro Tempore");
}

TEST_CASE("a word the dictionary lacks stays in the office when a name follows the office", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "White House Director of Intergovernmental Affairs Tom Perez met Minister Diana Mondino and Chief of "
        "Cabinet Nicolás Posse of Argentina.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Tom Perez", "Diana Mondino", "Nicolás Posse"});
    REQUIRE(test::entity(doc, "Tom Perez") >= 0);
    REQUIRE(test::entity(doc, "Nicolás Posse") >= 0);
    CHECK(doc.entities[test::entity(doc, "Tom Perez")].positions == std::vector<std::string>{"Director of Intergovernmental Affairs"});
    CHECK(doc.entities[test::entity(doc, "Nicolás Posse")].positions == std::vector<std::string>{"Chief of Cabinet"});
}

TEST_CASE("a government's field before a title is part of the title", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Treasury Secretary Janet Yellen met Economy Minister Luis Caputo and Energy Secretary Jennifer Granholm "
        "at the National Institute of Standards and Technology.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Janet Yellen", "Luis Caputo", "Jennifer Granholm"});
    REQUIRE(test::entity(doc, "Janet Yellen") >= 0);
    CHECK(doc.entities[test::entity(doc, "Janet Yellen")].positions == std::vector<std::string>{"Treasury Secretary"});
    CHECK(test::entity(doc, "National Institute of Standards and Technology") >= 0);
}

TEST_CASE("a title that is not held yet", "[mention_recognizer]") {
    // dpa from Brussels
    const auto doc = test::analyse("German Chancellor-in-waiting Friedrich Merz met French President Emmanuel Macron.");
    CHECK(test::position(doc, "Friedrich Merz") == "Chancellor-in-waiting");
    CHECK(test::has_relation(doc, "Friedrich Merz", RelationType::met_with, "Emmanuel Macron"));
}

TEST_CASE("'her French counterpart, X' and 'China's top diplomat X' give X's country", "[mention_recognizer]") {
    // AFP and Reuters copy
    const auto doc = test::analyse(
        "German Foreign Minister Annalena Baerbock and her French counterpart, Stéphane Séjourné, also attended "
        "the talks. U.S. Secretary of State Antony Blinken met China's top diplomat Wang Yi in Jakarta.");
    CHECK(test::has_relation(doc, "Stéphane Séjourné", RelationType::represents, "France"));
    CHECK_FALSE(test::has_relation(doc, "France", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::represents, "China"));
}

TEST_CASE("a counterpart is whose peer someone is, not an office; an honour names no one", "[mention_recognizer]") {
    // AP from Vientiane; Reuters from Moscow
    const auto doc = test::analyse(
        "U.S. Secretary of State Antony Blinken met his Chinese counterpart Wang Yi on Friday. Putin awarded Modi the "
        "Order of St Andrew the Apostle, Russia's highest state honour.");
    CHECK(test::position(doc, "Wang Yi").empty());
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::represents, "China"));
    CHECK(test::entity(doc, "St Andrew") < 0);
}

TEST_CASE("the office someone is confirmed or named as is their position", "[mention_recognizer]") {
    // AP from Washington
    const auto doc = test::analyse(
        "The Senate confirmed Marco Rubio as secretary of state, making him the first to be approved. Biden named "
        "Lael Brainard as director of the National Economic Council. Trump nominated Pete Hegseth as defense "
        "secretary on Tuesday. She treated Joe Biden as a friend.");
    CHECK(test::position(doc, "Marco Rubio") == "secretary of state");
    CHECK(test::position(doc, "Lael Brainard") == "director of the National Economic Council");
    CHECK(test::position(doc, "Pete Hegseth") == "defense secretary");
    CHECK(test::position(doc, "Joe Biden").empty());
}

TEST_CASE("a place between a country and a title is the holder's field", "[mention_recognizer]") {
    // AP from Rome
    const auto doc = test::analyse(
        "Iranian Foreign Minister Abbas Araghchi and U.S. Middle East envoy Steve Witkoff held talks in Rome. "
        "Russia's Middle East envoy Mikhail Bogdanov met Hamas leaders. He met Kenya's special envoy Kalonzo "
        "Musyoka.");
    CHECK(test::country(doc, "Steve Witkoff") == "US");
    CHECK(test::country(doc, "Mikhail Bogdanov") == "RU");
    CHECK(test::country(doc, "Kalonzo Musyoka") == "KE");
    CHECK(test::entity(doc, "Middle East") >= 0);
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::attended, "talks"));
}

TEST_CASE("a noun between a country and a title in lower case names the service", "[mention_recognizer]") {
    // Dawn from Islamabad
    const auto doc = test::analyse(
        "Pakistan's army chief Asim Munir held talks with Chinese Foreign Minister Wang Yi in Beijing. Israel's spy "
        "chief David Barnea flew to Doha.");
    CHECK(test::country(doc, "Asim Munir") == "PK");
    CHECK(test::country(doc, "David Barnea") == "IL");
    CHECK(test::has_relation(doc, "Asim Munir", RelationType::met_with, "Wang Yi"));
}

TEST_CASE("an office in lower case before a rank names the country; without a country the rank stays", "[mention_recognizer]") {
    // Reuters from Addis Ababa and Cairo
    const auto doc = test::analyse(
        "Sudan's army chief General Abdel Fattah al-Burhan met Ethiopian Prime Minister Abiy Ahmed on Friday. "
        "Army chief General Asim Munir of Pakistan flew to Riyadh.");
    CHECK(test::country(doc, "Abdel Fattah al-Burhan") == "SD");
    CHECK(test::position(doc, "Abdel Fattah al-Burhan") == "army chief");
    CHECK(test::has_relation(doc, "Abdel Fattah al-Burhan", RelationType::represents, "Sudan"));
    CHECK(test::country(doc, "Asim Munir") == "PK");
    CHECK(test::position(doc, "Asim Munir") == "General");
}

TEST_CASE("a title after a styled name, and a country that ends a title's complement", "[mention_recognizer]") {
    // a UN readout, and Japan's Ministry of Foreign Affairs
    const auto doc = test::analyse(
        "The Secretary-General met today with His Excellency Mr. Shehbaz Sharif, Prime Minister of the Islamic "
        "Republic of Pakistan, on the margins of the General Assembly. Ms. Yoko Kamikawa, Minister for Foreign "
        "Affairs of Japan, held a meeting with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the "
        "Republic of the Philippines, in Manila.");
    CHECK(test::position(doc, "Shehbaz Sharif") == "Prime Minister");
    CHECK(test::country(doc, "Shehbaz Sharif") == "PK");
    CHECK(test::position(doc, "Yoko Kamikawa") == "Minister for Foreign Affairs");
    CHECK(test::country(doc, "Yoko Kamikawa") == "JP");
    CHECK(test::position(doc, "Enrique A. Manalo") == "Secretary of Foreign Affairs");
    CHECK(test::country(doc, "Enrique A. Manalo") == "PH");
}

TEST_CASE("a title's complement stops at the next name of a list", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "Earlier in the day, the mayors met with Second Gentleman Douglas Emhoff, Secretary of Labor Martin J. "
        "Walsh, and Secretary of Transportation Pete Buttigieg.");
    CHECK(test::position(doc, "Martin J. Walsh") == "Secretary of Labor");
    CHECK(test::position(doc, "Douglas Emhoff").find("Walsh") == std::string::npos);
    CHECK(test::entity(doc, "Department of Labor Martin J. Walsh") < 0);
}

TEST_CASE("a country before a plural office gives it to every name of the list after", "[mention_recognizer]") {
    // Reuters from Manila
    const auto doc = test::analyse(
        "U.S. Secretary of State Marco Rubio and Defense Secretary Pete Hegseth met their Philippine counterparts, "
        "Enrique Manalo and Gilberto Teodoro, in Manila on Friday. Rubio later met the Indian ministers Subrahmanyam "
        "Jaishankar, Rajnath Singh and Piyush Goyal.");
    CHECK(test::country(doc, "Enrique Manalo") == "PH");
    CHECK(test::country(doc, "Gilberto Teodoro") == "PH");
    CHECK(test::country(doc, "Piyush Goyal") == "IN");
    CHECK(test::country(doc, "Rajnath Singh") == "IN");
    CHECK(test::has_relation(doc, "Gilberto Teodoro", RelationType::represents, "Philippines"));
    CHECK_FALSE(test::has_relation(doc, "Marco Rubio", RelationType::met_with, "Philippines"));
}

TEST_CASE("the names after countries' plural office may carry titles, and two countries go one to each", "[mention_recognizer]") {
    // Kyodo from Tokyo; Yonhap from Seoul
    const auto doc = test::analyse(
        "Japanese Foreign Minister Yoko Kamikawa signed the pact with their Philippine counterparts, Foreign "
        "Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro, in Manila. National Security Adviser Cho "
        "Tae-yong and his American and Japanese counterparts, Jake Sullivan and Takeo Akiba, will meet regularly. "
        "The French and German ministers, Jean-Noel Barrot, Johann Wadephul and Radoslaw Sikorski, met in Weimar.");
    CHECK(test::country(doc, "Enrique Manalo") == "PH");
    CHECK(test::country(doc, "Gilberto Teodoro") == "PH");
    CHECK(test::country(doc, "Jake Sullivan") == "US");
    CHECK(test::country(doc, "Takeo Akiba") == "JP");
    // two countries and three names: which is whose is not said (people.tsv knows, not the recogniser)
    auto qualified = [&](const std::string& name) {
        return std::any_of(doc.mentions.begin(), doc.mentions.end(),
                           [&](const Mention& m) { return m.name == name && !m.country.empty(); });
    };
    CHECK_FALSE(qualified("Radoslaw Sikorski"));
    CHECK_FALSE(qualified("Jean-Noel Barrot"));
    CHECK(qualified("Takeo Akiba"));
}

TEST_CASE("an office held once says so, and the holder is still the one named", "[mention_recognizer]") {
    // Reuters from Kyiv; a White House readout
    const auto kyiv = test::analyse_titled(
        "Former British PM Johnson visits Kyiv, meets Zelensky",
        "Former British Prime Minister Boris Johnson visited Kyiv on Friday and met President Volodymyr Zelensky.");
    CHECK(test::position(kyiv, "Boris Johnson") == "former Prime Minister");
    CHECK(test::entity(kyiv, "Johnson") == test::entity(kyiv, "Boris Johnson"));
    const auto washington = test::analyse(
        "President Joe Biden met former President Barack Obama at the White House. The president later attended "
        "the summit.");
    CHECK(test::position(washington, "Barack Obama") == "former President");
    CHECK(test::has_relation(washington, "Joe Biden", RelationType::attended, "summit"));
    CHECK_FALSE(test::has_relation(washington, "Barack Obama", RelationType::attended, "summit"));
}

TEST_CASE("\"its prime minister, Sheikh X\": the country named before, and the office over the rank", "[mention_recognizer]") {
    // AP from Baghdad
    const auto doc = test::analyse(
        "Iraqi Prime Minister Mohammed Shia al-Sudani hosted the 34th Arab League summit. Qatar was represented by "
        "its prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, while Saudi Arabia sent its foreign "
        "minister, Prince Faisal bin Farhan.");
    CHECK(test::position(doc, "Mohammed bin Abdulrahman Al Thani") == "prime minister");
    CHECK(test::country(doc, "Mohammed bin Abdulrahman Al Thani") == "QA");
    CHECK(test::position(doc, "Faisal bin Farhan") == "foreign minister");
    CHECK(test::has_relation(doc, "Faisal bin Farhan", RelationType::represents, "Saudi Arabia"));
    // a capitalised title before a comma in a list is someone else's: the rank stays
    const auto list = test::analyse(
        "Jake Sullivan met with Saudi Prime Minister and Crown Prince Mohammed bin Salman, UAE National Security "
        "Advisor Sheikh Tahnoon bin Zayed Al Nahyan, and Ajit Doval. Sullivan thanked the Crown Prince, Sheikh "
        "Tahnoon, and Mr. Doval.");
    CHECK(test::entity(list, "Tahnoon") == test::entity(list, "Tahnoon bin Zayed Al Nahyan"));
}

TEST_CASE("fields joined by \"and\" before a title are one office", "[mention_recognizer]") {
    // The Hindu from New Delhi; a White House readout; a UK government release
    const auto doc = test::analyse(
        "Commerce and Industry Minister Piyush Goyal and UK Business and Trade Secretary Jonathan Reynolds signed the "
        "agreement. Health and Human Services Secretary Xavier Becerra spoke. UK Science, Innovation and Technology "
        "Secretary Peter Kyle met him.");
    CHECK(test::position(doc, "Piyush Goyal") == "Commerce and Industry Minister");
    CHECK(test::position(doc, "Jonathan Reynolds") == "Business and Trade Secretary");
    CHECK(test::country(doc, "Jonathan Reynolds") == "GB");
    CHECK(test::has_relation(doc, "Xavier Becerra", RelationType::member_of, "Department of Health and Human Services"));
    CHECK(test::entity(doc, "Human Services") < 0);
    CHECK(test::position(doc, "Peter Kyle") == "Science, Innovation and Technology Secretary");
    CHECK(test::has_relation(doc, "Piyush Goyal", RelationType::agreed, "Jonathan Reynolds"));
}

TEST_CASE("a field the dictionary lacks after \"and\" stays in the office", "[mention_recognizer]") {
    // a White House readout and a UN report; "UK Business and Trade Secretary" keeps its country
    const auto doc = test::analyse(
        "Mr. Finer met with UN Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo. "
        "Minister Piyush Goyal and UK Business and Trade Secretary Jonathan Reynolds signed the agreement.");
    CHECK(test::position(doc, "Rosemary DiCarlo") == "Under-Secretary-General for Political and Peacebuilding Affairs");
    CHECK(test::entity(doc, "Peacebuilding Affairs Rosemary DiCarlo") < 0);
    CHECK(test::position(doc, "Jonathan Reynolds") == "Business and Trade Secretary");
    CHECK(test::country(doc, "Jonathan Reynolds") == "GB");
}

TEST_CASE("an office's country comes before a rank; a city that is a given name begins one", "[mention_recognizer]") {
    // the Saudi Press Agency from Jeddah; Reuters from Washington
    const auto doc = test::analyse(
        "The summit was attended by Emir of Qatar Sheikh Tamim bin Hamad Al Thani. Economy Minister Luis Caputo and "
        "central bank chief Santiago Bausili also attended. Chile's president flew home to Santiago.");
    CHECK(test::country(doc, "Tamim bin Hamad Al Thani") == "QA");
    CHECK(test::position(doc, "Tamim bin Hamad Al Thani") == "Emir of Qatar");
    CHECK(test::entity(doc, "Santiago Bausili") >= 0);
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"Santiago"});
}

TEST_CASE("a plural title before a list of names is each one's office", "[mention_recognizer]") {
    // dpa from Berlin
    const auto doc = test::analyse(
        "Ministers from both governments, including Foreign Ministers Annalena Baerbock and Radoslaw Sikorski, took part "
        "in the talks. The Defence Secretaries Richard Marles, Lloyd Austin and Grant Shapps met. Chancellor Scholz thanked "
        "Co-Chairs of the Council Ann Lee and Tom Price.");
    CHECK(test::position(doc, "Annalena Baerbock") == "Foreign Minister");
    CHECK(test::position(doc, "Radoslaw Sikorski") == "Foreign Minister");
    CHECK(test::position(doc, "Lloyd Austin") == "Defence Secretary");
    CHECK(test::position(doc, "Grant Shapps") == "Defence Secretary");
    CHECK(test::position(doc, "Ann Lee") == "Co-Chair of the Council");  // the head word, not its complement
    // a list that no "and" closes is no list of holders
    const auto aside = test::analyse("Foreign Ministers Annalena Baerbock, Olaf Scholz said, met on Tuesday.");
    CHECK(test::position(aside, "Olaf Scholz") == "");
    // Kenya's State House: each one's portfolio in brackets after the name
    const auto portfolios = test::analyse(
        "Cabinet Secretaries Musalia Mudavadi (Foreign Affairs) and Davis Chirchir (Roads and Transport) attended the talks.");
    CHECK(test::position(portfolios, "Davis Chirchir") == "Cabinet Secretary");
}

TEST_CASE("a country's deputy envoy at the U.N. serves the country", "[mention_recognizer]") {
    // AFP from the United Nations
    const auto doc = test::analyse(
        "Russia's deputy UN ambassador Dmitry Polyanskiy said the text interfered in Sudan's internal affairs.");
    CHECK(test::country(doc, "Dmitry Polyanskiy") == "RU");
    CHECK(test::has_relation(doc, "Dmitry Polyanskiy", RelationType::represents, "Russia"));
    CHECK_FALSE(test::has_relation(doc, "Dmitry Polyanskiy", RelationType::member_of, "United Nations"));
}

TEST_CASE("a style of address between an office and a name leaves the office to the name", "[mention_recognizer]") {
    // an Australian government release
    const auto doc = test::analyse(
        "Foreign Minister Senator the Hon Penny Wong met UK Foreign Secretary David Lammy. Prime Minister the Hon Anthony "
        "Albanese MP hosted President Joko Widodo.");
    CHECK(test::position(doc, "Penny Wong") == "Foreign Minister");  // "Senator the Hon" is her style, not her office
    CHECK(test::position(doc, "Anthony Albanese") == "Prime Minister");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "David Lammy"));
}

TEST_CASE("an abbreviated title is spelled out in the position", "[mention_recognizer]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Florida Gov. Ron DeSantis and Rep. Steven Horsford attended, with Lt. Gov. Peggy Flanagan. Governor DeSantis "
        "spoke first.");
    CHECK(test::position(doc, "Ron DeSantis") == "Governor");
    CHECK(test::position(doc, "Steven Horsford") == "Representative");
    CHECK(test::position(doc, "Peggy Flanagan") == "Lieutenant Governor");
    CHECK(doc.entities[test::entity(doc, "Ron DeSantis")].mentions.size() == 2);
}

TEST_CASE("an ambassador-at-large's title is read whole, with its field", "[mention_recognizer]") {
    // a State Department release
    const auto doc = test::analyse(
        "The dialogue was co-chaired by Ambassador-at-Large for Cyberspace and Digital Policy Nathaniel Fick. "
        "Ambassador at Large Rashad Hussain spoke.");
    CHECK(test::position(doc, "Nathaniel Fick") == "Ambassador-at-Large for Cyberspace and Digital Policy");
    CHECK(test::position(doc, "Rashad Hussain") == "Ambassador at Large");
    CHECK(test::entity(doc, "Ambassador-at-Large Nathaniel Fick") < 0);
}

TEST_CASE("a region in a title's complement is part of the office", "[mention_recognizer]") {
    // AP from Riyadh; GOV.UK; White House readouts
    const auto doc = test::analyse(
        "Special Envoy for the Middle East Steve Witkoff attended. Lammy was accompanied by Minister of State for the "
        "Indo-Pacific Catherine West. NSC Coordinator for the Middle East and North Africa Brett McGurk visited Riyadh. "
        "Senior Policy Advisor to Maine Governor Janet Mills Jane Doe spoke.");
    CHECK(test::position(doc, "Steve Witkoff") == "Special Envoy for the Middle East");
    CHECK(test::position(doc, "Catherine West") == "Minister of State for the Indo-Pacific");
    CHECK(test::position(doc, "Brett McGurk") == "Coordinator for the Middle East and North Africa");
    CHECK(test::has_relation(doc, "Brett McGurk", RelationType::member_of, "National Security Council"));
    CHECK(test::entity(doc, "North Africa") < 0);
    CHECK(test::position(doc, "Janet Mills") != "Senior Policy Advisor to Maine Governor");
}

TEST_CASE("ranks in a row after an office are how its holder is addressed", "[mention_recognizer]") {
    // a Defense Department readout
    const auto doc = test::analyse(
        "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout. Deputy Prime Minister and "
        "Foreign Minister Senator Mohammad Ishaq Dar spoke.");
    CHECK(test::position(doc, "Pat Ryder") == "Press Secretary");
    CHECK(test::position(doc, "Mohammad Ishaq Dar") == "Deputy Prime Minister and Foreign Minister");
}

TEST_CASE("a deputy's office and the office itself joined by 'and' are two people", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "Vice President Kamala Harris met President Marcos. This is the fifth meeting between the Vice President "
        "and President Marcos.");
    CHECK(test::position(doc, "Marcos") == "President");
    CHECK(test::has_relation(doc, "Kamala Harris", RelationType::attended, "fifth meeting"));
}

TEST_CASE("a body inside a title's field, its plural after it, is the field ('for GCC Affairs')", "[mention_recognizer]") {
    // KUNA
    const auto doc = test::analyse(
        "The meeting was attended by Assistant Foreign Minister for Gulf Cooperation Council Affairs Nasser "
        "Al-Qahtani.");
    CHECK(test::position(doc, "Nasser Al-Qahtani") == "Assistant Foreign Minister for Gulf Cooperation Council Affairs");
    CHECK_FALSE(test::has_relation(doc, "Gulf Cooperation Council", RelationType::attended, "meeting"));
}

TEST_CASE("an office with a complement, then ranks, then the name: the ranks are the holder's address",
          "[mention_recognizer]") {
    // an Israeli Prime Minister's Office statement and a Times of Israel report
    const auto doc = test::analyse(
        "The meeting was also attended by Cabinet Secretary Yossi Fuchs and Military Secretary to the Prime "
        "Minister Maj.-Gen. Roman Gofman. Chief of Staff Lt-Gen Eyal Zamir and Brigadier General Effie Defrin spoke.");
    CHECK(test::position(doc, "Roman Gofman") == "Military Secretary to the Prime Minister");
    CHECK(test::position(doc, "Eyal Zamir") == "Chief of Staff");
    CHECK(test::position(doc, "Effie Defrin") == "Brigadier General");
    const auto alone = test::analyse("Lt-Gen Eyal Zamir visited the troops.");
    CHECK(test::position(alone, "Eyal Zamir") == "Lieutenant General");  // spelled out
    const auto dotted = test::analyse("Military Secretary Maj. Gen. Avi Bluth met them.");
    CHECK(test::position(dotted, "Avi Bluth") == "Military Secretary");
}

TEST_CASE("a Malay royal title and a style after an office are how its holder is addressed", "[mention_recognizer]") {
    // Bernama
    const auto doc = test::analyse(
        "Also present were Foreign Minister Datuk Seri Mohamad Hasan and Investment, Trade and Industry Minister "
        "Tengku Datuk Seri Zafrul Tengku Abdul Aziz.");
    CHECK(test::position(doc, "Mohamad Hasan") == "Foreign Minister");
    CHECK(test::position(doc, "Zafrul Tengku Abdul Aziz") == "Investment, Trade and Industry Minister");
    CHECK(test::entity(doc, "Tengku") < 0);
}

TEST_CASE("a ministry's second field before the holder's address is part of the office", "[mention_recognizer]") {
    // Egypt's presidency
    const auto doc = test::analyse(
        "The meeting was attended by Prime Minister Dr. Mostafa Madbouly and Minister of Foreign Affairs and "
        "Emigration Dr. Badr Abdelatty.");
    CHECK(test::position(doc, "Badr Abdelatty") == "Minister of Foreign Affairs and Emigration");
    CHECK(test::position(doc, "Mostafa Madbouly") == "Prime Minister");
}

TEST_CASE("a body's short name the gazetteer knows ends a title's complement before the name", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Gordon met with Secretary General of the Executive Committee of the PLO Hussein al-Sheikh in Ramallah. Singh "
        "met with Minister of Commerce and Indian G20 Sherpa Piyush Goyal.");
    CHECK(test::position(doc, "Hussein al-Sheikh") == "Secretary General of the Executive Committee of the PLO");
    CHECK(test::position(doc, "Piyush Goyal") == "Sherpa");
    CHECK(test::entity(doc, "Sherpa Piyush Goyal") < 0);
}

TEST_CASE("a field in capitals between a country and an office; 'War' there names no event", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Vice President Kamala Harris met today with Israeli War Cabinet Member Benny Gantz at the White House. "
        "The President met Senate Judiciary Committee Chair Durbin and Ranking Member Grassley.");
    CHECK(test::position(doc, "Benny Gantz") == "War Cabinet Member");
    CHECK(test::country(doc, "Benny Gantz") == "IL");
    CHECK(test::count(doc, EntityType::event) == 0);
    CHECK(test::position(doc, "Grassley") == "Ranking Member");
    // a country's office set off after a name, with no name after it, is the person's, who serves the country
    const auto set_off = test::analyse(
        "Li Chenggang, China International Trade Representative and vice minister of commerce, also attended the talks.");
    CHECK(test::has_relation(set_off, "Li Chenggang", RelationType::represents, "China"));
    CHECK(test::has_relation(set_off, "Li Chenggang", RelationType::attended, "talks"));
}

TEST_CASE("a word the dictionary lacks right after 'for' begins the office's field", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Deputy National Security Advisor for Cyber and Emerging Technology Anne Neuberger met with the attorneys "
        "general. Secretary to the President for Economic Security Yunjong Wang of the ROK spoke.");
    CHECK(test::position(doc, "Anne Neuberger") == "Deputy National Security Advisor for Cyber and Emerging Technology");
    CHECK(test::entity(doc, "Yunjong Wang") >= 0);
}

TEST_CASE("the office before 'and' someone named before holds is that person's: two people", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "Vice President Kamala Harris met with Prime Minister Mohammed Shia Al-Sudani of Iraq today in Munich. The "
        "Vice President and Prime Minister Sudani reaffirmed their mutual interest in a strong partnership.");
    CHECK(test::position(doc, "Mohammed Shia Al-Sudani") == "Prime Minister");
    CHECK(test::has_relation(doc, "Mohammed Shia Al-Sudani", RelationType::agreed, "Kamala Harris"));
}

TEST_CASE("an office of a place serves the place's country", "[mention_recognizer]") {
    // a White House readout; Kyodo
    const auto doc = test::analyse(
        "Jake Sullivan spoke with Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, today. "
        "Mayor of Tokyo Yuriko Koike spoke.");
    CHECK(test::country(doc, "Khaled bin Mohamed bin Zayed Al Nahyan") == "AE");
    CHECK(test::country(doc, "Yuriko Koike") == "JP");
}

TEST_CASE("news words the dictionaries lack are ordinary words in a title or a body's name", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse(
        "National Cyber Director Chris Inglis and Principal Deputy National Cyber Director Kemba Walden hosted the "
        "forum at the Office of the National Cyber Director.");
    CHECK(test::position(doc, "Kemba Walden") == "Principal Deputy National Cyber Director");
    CHECK(test::entity(doc, "Cyber") < 0);
    CHECK(test::entity(doc, "Office of the National Cyber Director") >= 0);
}

TEST_CASE("a party's leader or whip in a chamber is one title ('Assistant Democratic Leader')", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "The Vice President met North Carolina House Deputy Democratic Leader Ashton Clemmons and Congressman Jim "
        "Clyburn, Assistant Democratic Leader, in Columbia.");
    CHECK(test::position(doc, "Ashton Clemmons") == "Deputy Democratic Leader");
    CHECK(test::position(doc, "Jim Clyburn") == "Assistant Democratic Leader");
    CHECK(test::entity(doc, "Democratic") < 0);
}

TEST_CASE("an ordinary word in capitals before a field the lexicon knows begins a title", "[mention_recognizer]") {
    // AP from Beijing; White House readouts
    const auto doc = test::analyse(
        "Blinken also met Public Security Minister Wang Xiaohong. White House Domestic Policy Advisor Susan Rice and "
        "Housing and Urban Development Secretary Marcia Fudge attended.");
    CHECK(test::position(doc, "Wang Xiaohong") == "Public Security Minister");
    CHECK(test::position(doc, "Susan Rice") == "Domestic Policy Advisor");
}

TEST_CASE("a commander-in-chief is a title", "[mention_recognizer]") {
    // The Kyiv Independent
    const auto doc = test::analyse("Kellogg had earlier met Defense Minister Rustem Umerov and Commander-in-Chief Oleksandr Syrskyi.");
    CHECK(test::position(doc, "Oleksandr Syrskyi") == "Commander-in-Chief");
}

TEST_CASE("a patriarch goes by one name after his title, and serves no home country of a readout", "[mention_recognizer]") {
    // a White House readout; Anadolu
    const auto doc = test::analyse_titled(
        "Readout of President Biden's Meeting with His All Holiness Ecumenical Patriarch Bartholomew",
        "Readout of President Biden's Meeting with His All Holiness Ecumenical Patriarch Bartholomew\n\n"
        "President Joseph R. Biden, Jr. met today with His All Holiness Ecumenical Patriarch Bartholomew at the White House.");
    CHECK(test::position(doc, "Bartholomew") == "Ecumenical Patriarch");
    CHECK(test::has_relation(doc, "Joseph R. Biden, Jr.", RelationType::met_with, "Bartholomew"));
    CHECK(test::country(doc, "Bartholomew") == "");
}

TEST_CASE("a regional office is the title's own word; a county supervisor holds an office", "[mention_recognizer]") {
    // a WHO press release
    const auto doc = test::analyse(
        "The two agencies signed a letter of intent, witnessed by Dr Mohamed Janabi, the WHO Regional Director for "
        "Africa. Regional Director Janabi welcomed it.");
    CHECK(test::position(doc, "Mohamed Janabi") == "Regional Director for Africa");
    CHECK(test::has_relation(doc, "Mohamed Janabi", RelationType::member_of, "World Health Organization"));
    // AP from Los Angeles: a county's office
    const auto county = test::analyse("Los Angeles County Supervisor Kathryn Barger also attended the briefing.");
    CHECK(test::position(county, "Kathryn Barger") == "Supervisor");
}

TEST_CASE("a title no dictionary knows, set off before the name, is the name's office", "[mention_recognizer]") {
    // an Irish paper
    const auto doc = test::analyse(
        "The Taoiseach, Simon Harris, and British Prime Minister Keir Starmer agreed on Monday to hold annual "
        "summits. The Tánaiste, Micheál Martin, met Foreign Secretary David Lammy.");
    CHECK(test::position(doc, "Simon Harris") == "Taoiseach");
    CHECK(test::position(doc, "Micheál Martin") == "Tánaiste");
    CHECK(test::has_relation(doc, "Micheál Martin", RelationType::met_with, "David Lammy"));
}

TEST_CASE("a rank abbreviated without points stands before a name: 'Maj Gen', 'Lt Gen'", "[mention_recognizer]") {
    // White House readouts; a British report
    const auto doc = test::analyse(
        "Maj Gen Paul Friedrichs, MD, attended the meeting. Lt Gen Sir Tom Copinger-Symes spoke.");
    CHECK(test::entity(doc, "Maj Gen") < 0);
    CHECK(test::position(doc, "Paul Friedrichs") == "Maj Gen");
    CHECK(test::position(doc, "Tom Copinger-Symes") == "Lt Gen");
}

TEST_CASE("an office taken, said by a verb after the name, is the holder's", "[mention_recognizer]") {
    // Reuters from London
    const auto doc = test::analyse(
        "Angela Rayner was made deputy prime minister, while Yvette Cooper became interior minister. John Healey was "
        "appointed defence secretary. Lisa Nandy was named as culture secretary. Ed Miliband became the first to speak.");
    CHECK(test::position(doc, "Angela Rayner") == "deputy prime minister");
    CHECK(test::position(doc, "Yvette Cooper") == "interior minister");
    CHECK(test::position(doc, "John Healey") == "defence secretary");
    CHECK(test::position(doc, "Lisa Nandy") == "culture secretary");
    CHECK(test::position(doc, "Ed Miliband").empty());
}

TEST_CASE("an abbreviated plural title goes to each name of its list, past each one's state", "[mention_recognizer]") {
    // AP from Washington
    const auto doc = test::analyse(
        "Sens. Mitch McConnell of Kentucky, Susan Collins of Maine and Lisa Murkowski of Alaska voted against the "
        "nominee. Reps. Chip Roy and Andy Harris objected.");
    CHECK(test::position(doc, "Mitch McConnell") == "Senator");
    CHECK(test::position(doc, "Susan Collins") == "Senator");
    CHECK(test::position(doc, "Lisa Murkowski") == "Senator");
    CHECK(test::position(doc, "Andy Harris") == "Representative");
    CHECK(doc.sentences.size() == 2);  // "Sens." ends no sentence
}

TEST_CASE("'Amir' after another office begins a name; before a ruler's name, it is the Gulf's title", "[mention_recognizer]") {
    // Dawn; Reuters; a White House readout
    const auto doc = test::analyse_titled(
        "Readout of President Joe Biden's Call with Amir Tamim bin Hamad Al Thani of Qatar",
        "Readout of President Joe Biden's Call with Amir Tamim bin Hamad Al Thani of Qatar\n\n"
        "The ministers joined Afghan acting foreign minister Amir Khan Muttaqi. Iran's UN Ambassador Amir Saeid "
        "Iravani wrote to the council.");
    CHECK(test::position(doc, "Tamim bin Hamad Al Thani") == "Amir");
    CHECK(test::position(doc, "Amir Khan Muttaqi") == "acting foreign minister");
    CHECK(test::position(doc, "Amir Saeid Iravani") == "Ambassador");
    // (or after an envoy's office set off before it, past its complement; a ruler's office is no envoy's)
    const auto set_off = test::analyse(
        "Iran's ambassador to the United Nations, Amir Saeid Iravani, welcomed the deal. Qatar's ruler, Amir "
        "Tamim bin Hamad, spoke.");
    CHECK(test::position(set_off, "Amir Saeid Iravani") == "ambassador to the United Nations");
    CHECK(test::position(set_off, "Tamim bin Hamad") == "Amir");
}

TEST_CASE("an envoy's office in lower case before the name reaches the country he is sent to", "[mention_recognizer]") {
    // an analysis piece
    const auto doc = test::analyse("Former U.S. ambassador to China Nicholas Burns said Washington should not expect a rupture.");
    CHECK(test::country(doc, "Nicholas Burns") == "US");
    CHECK(test::position(doc, "Nicholas Burns") == "ambassador to China");
}

TEST_CASE("the country after the second of two officials met together serves the first too", "[mention_recognizer]") {
    // White House readouts' headlines
    const auto doc = test::analyse(
        "President Biden met with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland.\n\n"
        "President Biden and President Xi of China spoke by phone.");
    CHECK(test::country(doc, "Guy Parmelin") == "CH");
    CHECK(test::country(doc, "Ignazio Cassis") == "CH");
    CHECK(test::country(doc, "Biden") == "US");  // people.tsv's, not China's
}

TEST_CASE("an envoy 'of' one country 'to' another serves the first, before the name or after it", "[mention_recognizer]") {
    // India's Press Information Bureau and Ministry of External Affairs
    const auto doc = test::analyse(
        "He was accompanied by High Commissioner of India to Australia Smt. Gopal Baglay. He met Sibi George, "
        "Ambassador of India to Japan, on Monday.");
    CHECK(test::country(doc, "Gopal Baglay") == "IN");
    CHECK(test::country(doc, "Sibi George") == "IN");
    CHECK(test::position(doc, "Sibi George") == "Ambassador of India to Japan");
}
