// The mention recogniser on people's names: particles, surnames, forms of address, names written surname first.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace kg;
using test::mention_texts;

TEST_CASE("names after long and coordinated titles", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The delegation was led by Deputy Assistant to the President and Deputy Homeland Security Advisor Jennifer Daskal. "
        "Secretary to the President for Economic Security Yunjong Wang of the ROK spoke. "
        "People's Republic of China Executive Vice Minister of Foreign Affairs Ma Zhaoxu arrived. President Xi spoke.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Jennifer Daskal", "Yunjong Wang", "Ma Zhaoxu", "Xi"});
    CHECK(doc.entities[test::entity(doc, "Yunjong Wang")].country == "KR");
}

TEST_CASE("appositive roles and speech verbs confirm people", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Max Baucus, the US ambassador to China, told The Associated Press before the dialogue that talks matter. "
        "Spaulding said progress was made.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Max Baucus", "Spaulding"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"The Associated Press"});
}

TEST_CASE("name particles in a row stay in the name", "[mention_recognizer]") {
    // the surname alone takes the particles the full name has before it ("Leyen" is no name of hers)
    const auto doc = test::analyse(
        "European Commission President Ursula von der Leyen met Minister Pedro de la Rosa and Crown Prince Mohammed "
        "bin Salman. Later, von der Leyen left. Von der Leyen flew home.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Ursula von der Leyen", "Pedro de la Rosa", "Mohammed bin Salman", "von der Leyen",
                                   "Von der Leyen"});
    REQUIRE(test::entity(doc, "Ursula von der Leyen") >= 0);
    CHECK(test::entity(doc, "von der Leyen") == test::entity(doc, "Ursula von der Leyen"));
    CHECK(test::entity(doc, "Leyen") < 0);
}

TEST_CASE("a pronoun between a title and a name is a surname", "[mention_recognizer]") {
    const auto doc = test::analyse("Yellen will meet Chinese Vice Premier He Lifeng in Beijing. He said talks would go well.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Yellen", "He Lifeng"});
}

TEST_CASE("a small word between a title and a name is a surname, which names the person later", "[mention_recognizer]") {
    // Kyodo from Tokyo
    const auto doc = test::analyse(
        "Vietnamese Communist Party General Secretary To Lam met Japanese Prime Minister Shigeru Ishiba in Tokyo. "
        "Lam, who also held talks with Foreign Minister Takeshi Iwaya, said Hanoi valued Japan.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"To Lam", "Shigeru Ishiba", "Lam", "Takeshi Iwaya"});
    CHECK(test::position(doc, "To Lam") == "General Secretary");
    CHECK(test::has_relation(doc, "To Lam", RelationType::met_with, "Takeshi Iwaya"));
    // a subheading's "Who" after a title is no name (a White House readout)
    const auto headline = test::analyse(
        "The roundtable was held today.\n\nCo-Chairs Convene Cross-Sector Leaders Who Are Catalyzing Economic Activity "
        "and Job Creation in Energy Communities Now\n\nThey met.");
    CHECK(test::entity(headline, "Activity") < 0);
}

TEST_CASE("Arabic names: an article joined to the name, and a prince's rank after an office", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Egyptian President Abdel Fattah el-Sisi met Saudi Foreign Minister Prince Faisal bin Farhan and Iraqi Prime "
        "Minister Mohammed Shia al-Sudani.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Abdel Fattah el-Sisi", "Faisal bin Farhan", "Mohammed Shia al-Sudani"});
    REQUIRE(test::entity(doc, "Faisal bin Farhan") >= 0);
    CHECK(doc.entities[test::entity(doc, "Faisal bin Farhan")].positions == std::vector<std::string>{"Foreign Minister"});
}

TEST_CASE("a headline in title case: its verbs end names; acronyms before a known name are no name", "[mention_recognizer]") {
    const auto doc = test::analyse_titled("President Donald J. Trump Launches New Plan for Farmers",
                                          "President Donald J. Trump announced a plan. APNSA Jake Sullivan spoke.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Donald J. Trump", "Donald J. Trump", "Jake Sullivan"});
    // in the body, a name that is also a word stays whole: the headline rule is for headlines
    const auto body = test::analyse("Aaron Rouse, Virginia State Senator\n\nFumio Kishida met MOTEGI Toshimitsu.");
    CHECK(mention_texts(body, EntityType::person) == std::vector<std::string>{"Aaron Rouse", "Fumio Kishida", "MOTEGI Toshimitsu"});
}

TEST_CASE("a rank or a given name after a title's office starts the person", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Secretary of Labor Martin J. Walsh met Secretary of State Cardinal Parolin. "
        "Assistant Secretary for Health Admiral Rachel Levine and Chairman of the Joint Chiefs of Staff General Mark "
        "Milley spoke. Major General Lee Kim arrived.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Martin J. Walsh", "Parolin", "Rachel Levine", "Mark Milley", "Lee Kim"});
    auto positions = [&](const char* name) { return doc.entities[test::entity(doc, name)].positions; };
    CHECK(positions("Martin J. Walsh") == std::vector<std::string>{"Secretary of Labor"});
    CHECK(positions("Parolin") == std::vector<std::string>{"Secretary of State"});
    CHECK(positions("Rachel Levine") == std::vector<std::string>{"Assistant Secretary for Health"});
    CHECK(positions("Mark Milley") == std::vector<std::string>{"Chairman of the Joint Chiefs of Staff"});
    CHECK(positions("Lee Kim") == std::vector<std::string>{"Major General"});  // a rank alone is the position
}

TEST_CASE("forms of address and letters after a name are not part of it", "[mention_recognizer]") {
    // British, Commonwealth and Gulf styles of address around an official's name
    const auto doc = test::analyse(
        "The Rt Hon David Lammy MP met Dr S. Jaishankar and His Excellency Sheikh Abdullah bin Zayed Al Nahyan in "
        "London. Senator the Hon Penny Wong also met Hon. Winston Peters.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"David Lammy", "S. Jaishankar", "Abdullah bin Zayed Al Nahyan", "Penny Wong",
                                   "Winston Peters"});
    CHECK(test::has_relation(doc, "David Lammy", RelationType::met_with, "S. Jaishankar"));
}

TEST_CASE("demonyms of every country, and a surname that is also a word", "[mention_recognizer]") {
    // An African Union communiqué and a Guardian report
    const auto doc = test::analyse(
        "Angolan President João Lourenço took over from Mauritanian President Mohamed Ould Ghazouani. Emmanuel "
        "Macron arrived in London. Earlier, Macron addressed both houses of parliament and attended a state "
        "banquet at Windsor Castle. Joe Biden met with Xi Jinping.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"João Lourenço", "Mohamed Ould Ghazouani", "Emmanuel Macron", "Macron", "Joe Biden",
                                   "Xi Jinping"});
    CHECK(test::has_relation(doc, "João Lourenço", RelationType::represents, "Angola"));
    CHECK(test::has_relation(doc, "Mohamed Ould Ghazouani", RelationType::represents, "Mauritania"));
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "state banquet"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Xi Jinping"));
}

TEST_CASE("Indian and royal styles of address before a title; a middle name alone", "[mention_recognizer]") {
    // India's PIB and a White House readout
    const auto doc = test::analyse(
        "The Prime Minister, Shri Narendra Modi, met the President of Brazil, Luiz Inácio Lula da Silva. Prime "
        "Minister Modi congratulated President Lula. National Security Adviser Shri Ajit Doval was also present "
        "during the meeting. Vice President Harris met His Majesty King Abdullah II of Jordan.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Narendra Modi", "Luiz Inácio Lula da Silva", "Modi", "Lula", "Ajit Doval", "Harris",
                                   "Abdullah II"});
    CHECK(test::entity(doc, "Lula") == test::entity(doc, "Luiz Inácio Lula da Silva"));
    CHECK(test::has_relation(doc, "Ajit Doval", RelationType::attended, "meeting"));
    const int king = test::entity(doc, "Abdullah II");
    REQUIRE(king >= 0);
    CHECK(doc.entities[king].positions == std::vector<std::string>{"King"});
    CHECK(test::has_relation(doc, "Abdullah II", RelationType::represents, "Jordan"));
}

TEST_CASE("an organisation before its officer's title; a surname that is a country's name", "[mention_recognizer]") {
    // Reuters business news, a sports wire, a U.S. court report
    const auto doc = test::analyse(
        "The forum was attended by Pfizer CEO Albert Bourla and FIFA President Gianni Infantino. Trump adviser "
        "Stephen Miller spoke. Garland was joined by Deputy Attorney General Lisa Monaco. Nicolas Sarkozy visited "
        "Monaco. The carrier HMS Queen Elizabeth sailed.");
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Pfizer", "FIFA"});
    CHECK(test::has_relation(doc, "Albert Bourla", RelationType::member_of, "Pfizer"));
    CHECK(test::has_relation(doc, "Gianni Infantino", RelationType::member_of, "FIFA"));
    CHECK(test::entity(doc, "Stephen Miller") >= 0);
    CHECK(test::entity(doc, "Lisa Monaco") >= 0);
    CHECK(mention_texts(doc, EntityType::country) == std::vector<std::string>{"Monaco"});
    const auto who = test::analyse(
        "WHO Director-General Dr Tedros Adhanom Ghebreyesus thanked the World Health Organization's staff. Today, "
        "President Biden met with FEMA Administrator Deanne Criswell, Chief Medical Advisor and NIAID Director Dr. "
        "Anthony Fauci.");
    CHECK(test::has_relation(who, "Tedros Adhanom Ghebreyesus", RelationType::member_of, "World Health Organization"));
    CHECK(test::has_relation(who, "Anthony Fauci", RelationType::member_of, "NIAID"));
    CHECK_FALSE(test::has_relation(who, "Deanne Criswell", RelationType::member_of, "NIAID"));
}

TEST_CASE("a name after 'the' is no person: a place after a preposition of place; India's Congress party", "[mention_recognizer]") {
    // a German foreign office release, a Gulf report, a BBC report from Delhi
    const auto doc = test::analyse_titled(
        "Foreign Minister Baerbock travels to the Western Balkans",
        "Annalena Baerbock met Christian Schmidt, according to a statement from the Amiri Diwan. India's opposition "
        "Congress party criticised the visit. Members of Congress welcomed it.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Baerbock", "Annalena Baerbock", "Christian Schmidt"});
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Western Balkans"});
    CHECK(test::has_relation(doc, "Indian National Congress", RelationType::part_of, "India"));
    CHECK(test::entity(doc, "U.S. Congress") >= 0);
    // Reuters from Brasília, a readout of the Lobito summit: unknown words after "the", before a
    // noun, name a thing; a known name there is a person's still
    const auto things = test::analyse(
        "The two governments signed agreements on gas supplies from the Vaca Muerta field and on the Lobito Corridor "
        "railway. Officials of the Biden administration attended.");
    CHECK(mention_texts(things, EntityType::person) == std::vector<std::string>{"Biden"});
}

TEST_CASE("a Japanese name written surname first in capitals is given name first", "[mention_recognizer]") {
    // Japan's Ministry of Foreign Affairs; a White House readout
    const auto doc = test::analyse(
        "Mr. KISHIDA Fumio, Prime Minister of Japan, met Secretary General MOTEGI Toshimitsu. Prime Minister Kishida "
        "thanked him. DNI Haines and SRSG Patten met with Rwandan President Paul Kagame.");
    REQUIRE(test::entity(doc, "Fumio Kishida") >= 0);
    CHECK(test::entity(doc, "Kishida") == test::entity(doc, "Fumio Kishida"));
    CHECK(test::entity(doc, "Toshimitsu Motegi") >= 0);
    CHECK(test::entity(doc, "Haines Dni") < 0);  // an acronym's order is kept
    CHECK(test::entity(doc, "Patten Srsg") < 0);
}

TEST_CASE("a name that joins a country by a hyphen is no person; '&' in a country's name", "[mention_recognizer]") {
    // a State Department readout; a White House readout
    const auto doc = test::analyse(
        "They discussed the India-Middle East-Europe Economic Corridor. Foreign ministers from Antigua & Barbuda, "
        "St. Kitts & Nevis, Suriname and Trinidad & Tobago joined the call.");
    CHECK(test::entity(doc, "India-Middle East-Europe") < 0);
    CHECK(test::entity(doc, "Antigua and Barbuda") >= 0);
    CHECK(test::entity(doc, "Saint Kitts and Nevis") >= 0);
    CHECK(test::entity(doc, "Trinidad and Tobago") >= 0);
}

TEST_CASE("names with a title or a pronoun inside: Hassan Sheikh Mohamud, Liu He", "[mention_recognizer]") {
    // Reuters from Addis Ababa; a wire report on U.S.-China trade talks
    const auto doc = test::analyse(
        "Somalia's president, Hassan Sheikh Mohamud, accused Ethiopia of trying to annex part of its territory. "
        "China's chief negotiator Liu He met U.S. Trade Representative Robert Lighthizer. He said the talks went well.");
    const int mohamud = test::entity(doc, "Hassan Sheikh Mohamud");
    REQUIRE(mohamud >= 0);
    CHECK(doc.entities[mohamud].country == "SO");
    const int liu = test::entity(doc, "Liu He");
    REQUIRE(liu >= 0);
    CHECK(doc.entities[liu].positions == std::vector<std::string>{"chief negotiator"});
    CHECK(test::has_relation(doc, "Liu He", RelationType::met_with, "Robert Lighthizer"));
    CHECK(test::mention_texts(doc, EntityType::person, MentionKind::pronoun) == std::vector<std::string>{"He"});
}

TEST_CASE("a venue's name may hold a person's initial", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "President Joe Biden welcomed the leaders at the Walter E. Washington Convention Center.");  // AP, Washington
    const int venue = test::entity(doc, "Walter E. Washington Convention Center");
    REQUIRE(venue >= 0);
    CHECK(doc.entities[venue].type == EntityType::place);
    CHECK(test::entity(doc, "Walter E.") < 0);
}

TEST_CASE("\"To\" and \"He\" capitalised after a word in lower case begin a name", "[mention_recognizer]") {
    // Xinhua from Beijing; Reuters from Guangzhou
    const auto doc = test::analyse(
        "Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam, "
        "in Beijing on Monday. To Lam arrived in Guangzhou on Sunday. Janet Yellen met with He Lifeng in Guangzhou. "
        "He Lifeng said the talks were candid. He said more.");
    CHECK(test::mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Xi Jinping", "To Lam", "To Lam", "Janet Yellen", "He Lifeng", "He Lifeng"});
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::met_with, "To Lam"));
    CHECK(test::has_relation(doc, "Janet Yellen", RelationType::met_with, "He Lifeng"));
}

TEST_CASE("an Arabic woman's name joins her father's with \"bint\"; regions are places", "[mention_recognizer]") {
    // Saudi Press Agency; AP from Brussels
    const auto doc = test::analyse(
        "Ambassador to the United States Princess Reema bint Bandar attended the meeting. The summit was followed "
        "by a meeting of EU and Western Balkans leaders.");
    CHECK(test::entity(doc, "Reema bint Bandar") >= 0);
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"Western Balkans"});
    CHECK(test::mention_texts(doc, EntityType::person) == std::vector<std::string>{"Reema bint Bandar"});
}

TEST_CASE("a family name written first is the person when it comes alone", "[mention_recognizer]") {
    // AFP from Rio de Janeiro; a White House readout
    const auto doc = test::analyse(
        "Chinese President Xi Jinping and National Security Advisor Shin Wonsik attended. U.S. President Joe Biden "
        "met Xi on Saturday in Lima. Biden also met Shin. Vice Premier He Lifeng arrived later. He said "
        "little.");
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Joe Biden", RelationType::met_with, "Shin Wonsik"));
    CHECK(test::mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Xi Jinping", "Shin Wonsik", "Joe Biden", "Xi", "Biden", "Shin", "He Lifeng"});
}

TEST_CASE("British spellings are words, not names: \"the Defence Secretary, John Healey\"", "[mention_recognizer]") {
    // a British report from Kyiv
    const auto doc = test::analyse(
        "Lammy was accompanied by the Defence Secretary, John Healey, who attended a meeting of the Ukraine "
        "Defence Contact Group at Ramstein air base in Germany.");
    CHECK(test::position(doc, "John Healey") == "Defence Secretary");
}

TEST_CASE("Malaysian styles of address are no part of the name", "[mention_recognizer]") {
    // Bernama from Kuala Lumpur
    const auto doc = test::analyse(
        "The meeting was chaired by Malaysia's Foreign Minister Datuk Seri Mohamad Hasan. Prime Minister Datuk "
        "Seri Anwar Ibrahim later met Tan Sri Muhyiddin Yassin and Dato' Sri Fadillah Yusof.");
    CHECK(test::entity(doc, "Mohamad Hasan") >= 0);
    CHECK(test::entity(doc, "Anwar Ibrahim") >= 0);
    CHECK(test::entity(doc, "Muhyiddin Yassin") >= 0);
    CHECK(test::entity(doc, "Fadillah Yusof") >= 0);
    CHECK(test::entity(doc, "Datuk Seri Mohamad Hasan") < 0);
}

TEST_CASE("one name after a country's office set off by commas is a person; letters after a name are skipped",
          "[mention_recognizer]") {
    // an Australian foreign minister's media release
    const auto doc = test::analyse(
        "The Hon Penny Wong MP, Minister for Foreign Affairs, met Indonesia's Foreign Minister, Sugiono, in Canberra.");
    CHECK(test::position(doc, "Penny Wong") == "Minister for Foreign Affairs");
    CHECK(test::position(doc, "Sugiono") == "Foreign Minister");
    CHECK(test::country(doc, "Sugiono") == "ID");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "Sugiono"));
}

TEST_CASE("one name after an office ending on its field, or in lower case, set off by commas is a person",
          "[mention_recognizer]") {
    // an Australian joint media release; a wire story
    const auto doc = test::analyse(
        "Today I met with Indonesia's Minister for Foreign Affairs, Sugiono, and Minister of Defence, Sjafrie "
        "Sjamsoeddin, in Canberra. Later the Malaysian foreign minister, Hasan, said the talks were useful.");
    CHECK(test::position(doc, "Sugiono") == "Minister for Foreign Affairs");
    CHECK(test::country(doc, "Sugiono") == "ID");
    CHECK(test::position(doc, "Hasan") == "foreign minister");
    CHECK(test::country(doc, "Hasan") == "MY");
    // (a capitalised word set off after a country's other capitalised words stays no one)
    const auto plain = test::analyse("She toured Indonesia's Gallery of Modern Art, Bhinneka, on Friday.");
    CHECK(test::entity(plain, "Bhinneka") < 0);
}

TEST_CASE("names between \"the\" and an event's head in lower case name someone only if the story does",
          "[mention_recognizer]") {
    // India's Ministry of External Affairs
    const auto doc = test::analyse(
        "EAM addressed the Raisina Tokyo conference, organised by the Observer Research Foundation. Later "
        "he attended the Joe Biden summit, where Joe Biden spoke.");
    CHECK(test::entity(doc, "Raisina Tokyo conference") >= 0);
    CHECK(test::entity(doc, "Raisina Tokyo") < 0);
    CHECK(test::entity(doc, "Joe Biden") >= 0);
}

TEST_CASE("a country in brackets right after a name is the one the person speaks for", "[mention_recognizer]") {
    // the UN's meetings coverage
    const auto doc = test::analyse(
        "Vassily Nebenzia (Russian Federation) said the draft was balanced, while Zhang Jun (China) regretted the "
        "outcome. Ruth Wedgwood (Yale University) disagreed.");
    CHECK(test::country(doc, "Vassily Nebenzia") == "RU");
    CHECK(test::has_relation(doc, "Zhang Jun", RelationType::represents, "China"));
    CHECK(test::country(doc, "Ruth Wedgwood").empty());
}

TEST_CASE("an office that opens the sentence, set off before a form of address and a name, is the person's",
          "[mention_recognizer]") {
    // India's Press Information Bureau
    const auto doc = test::analyse(
        "It was a State Visit. The Prime Minister, Shri Narendra Modi met the President of Indonesia, H.E. Mr. "
        "Prabowo Subianto, in New Delhi today.");
    CHECK(test::position(doc, "Narendra Modi") == "Prime Minister");
    // (not in a list of offices and names)
    const auto list = test::analyse("It was late. The Vice President, Dr. Gupta, Director Perez and Secretary Becerra met.");
    CHECK(test::position(list, "Gupta").empty());
}

TEST_CASE("\"international\" ranks an office like \"national\" does", "[mention_recognizer]") {
    // the South China Morning Post; a White House participants list
    const auto doc = test::analyse(
        "Li Chenggang, China's international trade representative, told reporters the talks went well. Attending "
        "was Sean McGarvey, International President of North America's Building Trades Unions.");
    CHECK(test::position(doc, "Li Chenggang") == "international trade representative");
    CHECK(test::country(doc, "Li Chenggang") == "CN");
    CHECK(test::position(doc, "Sean McGarvey") == "International President of North America's Building Trades Unions");
}

TEST_CASE("a given name that is also a word or a country begins a name before an unknown surname",
          "[mention_recognizer]") {
    // Reuters from Abuja and Jerusalem; Le Monde in English; a White House readout
    const auto doc = test::analyse(
        "Bola Tinubu hosted the summit. Defence Minister Israel Katz said Israel would respond. In Paris, Marine Le "
        "Pen met Jordan Bardella. The President spoke with Prime Minister of Israel Benjamin Netanyahu about Jordan.");
    CHECK(test::entity(doc, "Bola Tinubu") >= 0);
    CHECK(test::position(doc, "Israel Katz") == "Defence Minister");
    CHECK(test::entity(doc, "Marine Le Pen") >= 0);
    CHECK(test::entity(doc, "Jordan Bardella") >= 0);
    CHECK(test::entity(doc, "Benjamin Netanyahu") >= 0);
    CHECK(test::entity(doc, "Israel Benjamin Netanyahu") < 0);
    const auto countries = test::mention_texts(doc, EntityType::country);
    CHECK(countries == std::vector<std::string>{"Israel", "Israel", "Jordan"});
}

TEST_CASE("two forms of address between a title and a name are neither the name", "[mention_recognizer]") {
    // an Indian MEA press release
    const auto doc = test::analyse(
        "External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Egypt H.E. Dr. Badr Abdelatty in New "
        "Delhi today.");
    CHECK(test::entity(doc, "Badr Abdelatty") >= 0);
    CHECK(test::entity(doc, "H.E. Dr. Badr Abdelatty") < 0);
    CHECK(test::country(doc, "Badr Abdelatty") == "EG");
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::met_with, "Badr Abdelatty"));
}

TEST_CASE("\"Ministers\" in \"the two Ministers agreed\" is a group, not a title", "[mention_recognizer]") {
    // Indian and Japanese releases capitalise the office; "the Leaders' Summit" stays a name
    const auto doc = test::analyse(
        "External Affairs Minister S. Jaishankar met Foreign Minister of Egypt Badr Abdelatty. The two Ministers "
        "exchanged views on Gaza and agreed to deepen trade. They will attend the Leaders' Summit in Cairo.");
    CHECK(test::mention_texts(doc, EntityType::person, MentionKind::group) == std::vector<std::string>{"The two Ministers"});
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::agreed, "Badr Abdelatty"));
    CHECK(test::mention_texts(doc, EntityType::event) == std::vector<std::string>{"Leaders' Summit"});
}

TEST_CASE("an acronym's plural is no name, and a capital stands for its country after an office", "[mention_recognizer]") {
    // Yonhap's headline; the BBC from Washington
    const auto doc = test::analyse_titled(
        "S. Korea, Japan FMs agree to boost cooperation amid N. Korea threats",
        "The UK ambassador to Washington, Lord Mandelson, and the US Vice-President, JD Vance, were also present.");
    CHECK(test::entity(doc, "FMs") < 0);
    CHECK(test::has_relation(doc, "Japan", RelationType::agreed, "South Korea"));
    CHECK(test::position(doc, "Mandelson") == "ambassador to Washington");
    CHECK(test::country(doc, "Mandelson") == "GB");
}

TEST_CASE("one ordinary word after a title is no name, unless it is known as one or was named before", "[mention_recognizer]") {
    // White House participant lists and a hurricane briefing
    const auto doc = test::analyse(
        "Emily Benfer, Visiting Professor of Law, spoke. The storm may land as a Major Hurricane on Sunday. Teachers "
        "from Head Start attended. Ambassador Rice and Prime Minister Truss met President Xi.");
    for (const char* word : {"Law", "Hurricane", "Start"}) CHECK(test::entity(doc, word) < 0);
    for (const char* name : {"Rice", "Truss", "Xi"}) CHECK(test::entity(doc, name) >= 0);
}

TEST_CASE("Gulf names: a title before 'bin' is a given name, 'H.H.' an honorific", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan and Dr. Sultan bin Ahmed Al Jaber, "
        "Minister of Industry. Sultan Haitham bin Tarik of Oman sent a message.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Tahnoun bin Zayed Al Nahyan", "Sultan bin Ahmed Al Jaber", "Haitham bin Tarik"});
    CHECK(test::position(doc, "Haitham bin Tarik") == "Sultan");
}

TEST_CASE("a capitalised run that ends in an abstract noun names a topic, no one", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The Ministers welcomed a Memorandum of Understanding on Space Situational Awareness. Officials from GE "
        "Aviation and Small Business attended. Ambassador Katherine Tai and Ernest Moniz spoke.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Katherine Tai", "Ernest Moniz"});
}

TEST_CASE("an office described, then the same office before a name, are two people; more name particles", "[mention_recognizer]") {
    // the Elysée's readout; ASEAN's communique
    const auto doc = test::analyse_titled(
        "Telephone conversation between the President of the Republic and President Volodymyr Zelensky",
        "The President of the Republic, Emmanuel Macron, spoke this evening with the President of Ukraine, "
        "Volodymyr Zelensky. We welcomed H.E. Bendito dos Santos Freitas.");
    REQUIRE(test::entity(doc, "Volodymyr Zelensky") >= 0);
    for (const auto& position : doc.entities[static_cast<std::size_t>(test::entity(doc, "Volodymyr Zelensky"))].positions)
        CHECK(position.find("Republic") == std::string::npos);
    CHECK(test::position(doc, "Emmanuel Macron") == "President of the Republic");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::met_with, "Volodymyr Zelensky"));
    CHECK(test::entity(doc, "Bendito dos Santos Freitas") >= 0);
    // ("Des Moines" is no particle and a name)
    CHECK(test::entity(test::analyse("Officials met in Des Moines on Monday."), "Des Moines") >= 0);
}

TEST_CASE("'Jan' and 'Jun' beside no number are given names, not months", "[mention_recognizer]") {
    // Reuters; a White House readout; the Pentagon
    const auto doc = test::analyse(
        "Czech Foreign Minister Jan Lipavsky met Wang Yi. Gert Jan Koopman co-chaired the meeting. Lloyd Austin met "
        "Defense Minister Dong Jun. The talks were held on Jan. 5 in Beijing.");
    CHECK(test::has_relation(doc, "Jan Lipavsky", RelationType::met_with, "Wang Yi"));
    CHECK(test::entity(doc, "Gert Jan Koopman") >= 0);
    CHECK(test::entity(doc, "Dong Jun") >= 0);  // without the abbreviation's stop the tokenizer kept
    bool dated = false;
    for (const auto& e : doc.entities) dated = dated || (e.type == EntityType::event && e.date == "--01-05");
    CHECK(dated);
}

TEST_CASE("a country's or a month's name in a name after a title or a given name", "[mention_recognizer]") {
    // AP from Washington; PA from London
    const auto doc = test::analyse(
        "Acting Secretary Chad Wolf attended. Prime Minister Theresa May met President Trump. Officials met in "
        "Beijing in May.");
    CHECK(test::position(doc, "Chad Wolf") == "Acting Secretary");
    CHECK(test::entity(doc, "Chad") < 0);
    CHECK(test::position(doc, "Theresa May") == "Prime Minister");
    CHECK(test::entity(doc, "May") < 0);
    // a Nairobi paper: a month's name after a title, before a surname, is a given name (not before a day)
    const auto given = test::analyse(
        "President Samia was accompanied by Foreign Affairs Minister January Makamba. Senator June Smith agreed. The "
        "Minister January 5 statement was read.");
    CHECK(test::position(given, "January Makamba") == "Foreign Affairs Minister");
    CHECK(test::position(given, "June Smith") == "Senator");
    CHECK(test::count(given, EntityType::person) == 3);
    // (or after the comma that sets off an office in capitals; not after a date's comma)
    const auto set_off = test::analyse(
        "The talks were attended by Tanzania's Minister for Foreign Affairs and East African Cooperation, January "
        "Makamba. On Friday, January Sales rose.");
    CHECK(test::position(set_off, "January Makamba") == "Minister for Foreign Affairs and East African Cooperation");
    CHECK(test::entity(set_off, "January Sales") < 0);
}

TEST_CASE("a word with a capital inside it names a product or a company, not a person, beside no known name",
          "[mention_recognizer]") {
    // a Justice Department headline; White House readouts
    const auto doc = test::analyse(
        "Justice Department Announces Coordinated Disruption of LockBit Ransomware\n\nLeaders from FedEx "
        "Logistics and BlueSky Maritime attended, with EunSook Lee, Phil GiaQuinta and Senator Dan McDonald.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"EunSook Lee", "Phil GiaQuinta", "Dan McDonald"});
}

TEST_CASE("an office's acronym before a place is no person", "[mention_recognizer]") {
    // India's Press Information Bureau
    const auto doc = test::analyse(
        "Posted On: 12 FEB 2025 by PIB Delhi\n\nPrime Minister Shri Narendra Modi met President of France H.E. Mr. "
        "Emmanuel Macron in Marseille today.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Narendra Modi", "Emmanuel Macron"});
}

TEST_CASE("two capitals before ordinary words or a document's head name no person; before a surname they do",
          "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "This includes action consistent with the Blueprint for an AI Bill of Rights and the National AI Research "
        "Resource. Councilwoman YT Bell spoke.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"YT Bell"});
}

TEST_CASE("a byline's desk is no word of the reporter's name", "[mention_recognizer]") {
    // The Guardian
    const auto doc = test::analyse("Pippa Crerar Political editor\n\nKeir Starmer and Emmanuel Macron agreed a pilot scheme.");
    CHECK(test::entity(doc, "Pippa Crerar") >= 0);
    CHECK(test::entity(doc, "Pippa Crerar Political") < 0);
}

TEST_CASE("ordinary words alone on a line and a field's words before its plural name no one", "[mention_recognizer]") {
    // a State Department media note; AP
    const auto doc = test::analyse(
        "U.S.-China Counternarcotics Working Group Meeting\n\nMedia Note\n\nToday, the United States and China held "
        "a meeting. The Chinese side was led by Yang Tao, director-general of the Foreign Ministry's Department of "
        "North American and Oceanian Affairs.");
    CHECK(test::entity(doc, "Media Note") < 0);
    CHECK(test::entity(doc, "Oceanian Affairs") < 0);
    CHECK(test::position(doc, "Yang Tao") ==
          "director-general of the Foreign Ministry's Department of North American and Oceanian Affairs");
    // a byline of ordinary words that ends in a surname still names its reporter
    const auto byline = test::analyse("Will Rice\n\nThe two leaders met in Paris.");
    CHECK(test::entity(byline, "Will Rice") >= 0);
}

TEST_CASE("a particle that begins a name after no other name is the name's", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Jake Sullivan met with Le Hoai Trung at the White House. Senator Chris Van Hollen and Marine Le Pen spoke. "
        "The team flew to El Paso for a La Liga match.");
    CHECK(test::entity(doc, "Le Hoai Trung") >= 0);
    CHECK(test::entity(doc, "Chris Van Hollen") >= 0);
    CHECK(test::entity(doc, "Marine Le Pen") >= 0);
    CHECK(test::count(doc, EntityType::person) == 4);  // (El Paso is a place the gazetteer knows)
    CHECK(test::entity(doc, "La Liga") < 0);
}

TEST_CASE("after a title, a name may begin with its particles ('President von der Leyen')", "[mention_recognizer]") {
    // a European Commission statement; a White House readout
    const auto doc = test::analyse(
        "Statement by President von der Leyen following her meeting with Prime Minister Modi\n\nJoining President "
        "Biden on the call were European Commission President von der Leyen and Prime Minister Trudeau of Canada.");
    CHECK(test::mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"von der Leyen", "Modi", "Biden", "von der Leyen", "Trudeau"});
    CHECK(test::has_relation(doc, "von der Leyen", RelationType::met_with, "Modi"));
    CHECK(test::has_relation(doc, "von der Leyen", RelationType::member_of, "European Commission"));
    // a particle after no title begins no name
    const auto plain = test::analyse("The talks were held in the city of van Buren yesterday, de facto in secret.");
    CHECK(test::count(plain, EntityType::person) == 0);
}

TEST_CASE("'HM' before a sovereign's title is a form of address", "[mention_recognizer]") {
    // MAP from Rabat
    const auto doc = test::analyse("Sánchez was received on Wednesday by HM King Mohammed VI at the Royal Palace in Rabat.");
    CHECK(test::mention_texts(doc, EntityType::person) == std::vector<std::string>{"Sánchez", "Mohammed VI"});
    CHECK(test::position(doc, "Mohammed VI") == "King");
}

TEST_CASE("a question's auxiliary before a title begins no name ('Will President Xi ...')", "[mention_recognizer]") {
    // China's foreign ministry, a press conference's question
    const auto doc = test::analyse("AFP: Will President Xi Jinping meet President Trump at the APEC summit?");
    CHECK(test::mention_texts(doc, EntityType::person) == std::vector<std::string>{"Xi Jinping", "Trump"});
    const auto name = test::analyse("Will Smith met President Trump.");
    CHECK(test::mention_texts(name, EntityType::person) == std::vector<std::string>{"Will Smith", "Trump"});
    // a Reuters analysis' headline: before a name too, in a question
    const auto question = test::analyse("Analysis: Will Donald Trump and Xi Jinping meet before the APEC summit?");
    CHECK(test::mention_texts(question, EntityType::person) == std::vector<std::string>{"Donald Trump", "Xi Jinping"});
}

TEST_CASE("a lone capital letter with no point after it ends no name: 'Gen Z', 'Medicare Part B'", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "Gen Z organizers joined the meeting. Seniors on Medicare Part B pay less. Sen. John F. Smith and John Q. "
        "Public agreed.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"John F. Smith", "John Q. Public"});
}

TEST_CASE("a well-known person's one-word name inside a sentence is that person, unless it modifies a noun",
          "[mention_recognizer]") {
    // AP; Reuters from Kyiv; a White House readout
    const auto doc = test::analyse("Pakistan's army chief, Field Marshal Asim Munir, met Trump at the White House on Wednesday.");
    CHECK(test::has_relation(doc, "Asim Munir", RelationType::met_with, "Trump"));
    CHECK(test::country(doc, "Trump") == "US");
    const auto modifier = test::analyse(
        "Zelenskiy met Trump envoy Keith Kellogg in Kyiv. Sullivan condemned the Lukashenka regime and the Trump tax "
        "giveaways.");
    CHECK(test::entity(modifier, "Trump") < 0);
    CHECK(test::entity(modifier, "Lukashenka") < 0);
    // a leader's title with no article after a body is no complement of the body's name
    const auto nato = test::analyse(
        "Both leaders welcomed the agreement between Türkiye, Sweden and NATO for President Erdoğan to send the "
        "protocol to parliament.");
    CHECK(test::entity(nato, "NATO for President") < 0);
    CHECK(test::position(nato, "Erdoğan") == "President");
    CHECK(test::has_relation(nato, "Turkey", RelationType::agreed, "Sweden"));
}

TEST_CASE("a headline's dictionary word is the person the article goes on to name with it", "[mention_recognizer]") {
    // DW: "tusk" is an English word too
    const auto doc = test::analyse_titled(
        "Scholz hosts Macron and Tusk for Weimar Triangle talks",
        "German Chancellor Olaf Scholz welcomed French President Emmanuel Macron and Polish Prime Minister Donald "
        "Tusk in Berlin on Friday.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Scholz", "Macron", "Tusk", "Olaf Scholz", "Emmanuel Macron", "Donald Tusk"});
    CHECK(test::has_relation(doc, "Olaf Scholz", RelationType::met_with, "Donald Tusk"));
}

TEST_CASE("a patronymic goes on past a regnal number and the capitalised Arabic article", "[mention_recognizer]") {
    // WAM, Abu Dhabi
    const auto doc = test::analyse(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received His Majesty King Abdullah II "
        "bin Al Hussein of Jordan at Qasr Al Shati in Abu Dhabi today.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Mohamed bin Zayed Al Nahyan", "Abdullah II bin Al Hussein"});
    CHECK(test::country(doc, "Abdullah II bin Al Hussein") == "JO");
}

TEST_CASE("ordinary words right after a body's short name name its programme, not a person", "[mention_recognizer]") {
    // a joint statement; a readout's office that ends on a body before its holder's name
    const auto doc = test::analyse("The leaders announced the Quad Cancer Moonshot.");
    CHECK(mention_texts(doc, EntityType::person).empty());
    const auto readout = test::analyse(
        "Participants included Assistant Secretary for Tax Policy at the Department of the Treasury Lily Batchelder.");
    CHECK(mention_texts(readout, EntityType::person) == std::vector<std::string>{"Lily Batchelder"});
}

TEST_CASE("a Portuguese name keeps its 'e' between surnames", "[mention_recognizer]") {
    // a White House readout
    const auto doc = test::analyse("President Biden met Prime Minister Ulisses Correia e Silva of the Republic of Cabo Verde.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Biden", "Ulisses Correia e Silva"});
    CHECK(test::country(doc, "Ulisses Correia e Silva") == "CV");
}

TEST_CASE("capitals that end in a word for a time or a group of people name no person", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse(
        "As part of Black History Month, the Vice President met Black Women leaders and Democratic Governors. "
        "Participants included Mike Burns and Ray Chambers.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Mike Burns", "Ray Chambers"});
}
