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

TEST_CASE("names after long and coordinated titles", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The delegation was led by Deputy Assistant to the President and Deputy Homeland Security Advisor Jennifer Daskal. "
        "Secretary to the President for Economic Security Yunjong Wang of the ROK spoke. "
        "People's Republic of China Executive Vice Minister of Foreign Affairs Ma Zhaoxu arrived. President Xi spoke.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Jennifer Daskal", "Yunjong Wang", "Ma Zhaoxu", "Xi"});
    CHECK(doc.entities[test::entity(doc, "Yunjong Wang")].country == "KR");
}

TEST_CASE("countries from names, acronyms, demonyms and hyphenated pairs", "[mention_recognizer]") {
    const auto doc = test::analyse("Chinese and US security officials discussed Sino-US relations and the U.S.-PRC working group with the ROK.");
    CHECK(mention_texts(doc, EntityType::country) ==
          std::vector<std::string>{"Chinese", "US", "Sino", "US", "U.S.", "PRC", "ROK"});
    CHECK(doc.entities[doc.mentions[0].entity].name == "China");
    CHECK(doc.entities[test::entity(doc, "ROK")].name == "South Korea");
}

TEST_CASE("lower-case 'us' is not the United States", "[mention_recognizer]") {
    const auto doc = test::analyse("He told us that the talks went well.");
    CHECK(mention_texts(doc, EntityType::country).empty());
}

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

TEST_CASE("events keep ordinals and names; venues and cities are places", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Chinese and US officials held the second High-Level Joint Dialogue on Cybercrime and Related Issues at "
        "Diaoyutai State Guesthouse in Beijing, following the first such conversation in Washington.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"second High-Level Joint Dialogue on Cybercrime and Related Issues"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) == std::vector<std::string>{"first such conversation"});
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Diaoyutai State Guesthouse", "Beijing", "Washington"});
    const int dialogue = test::entity(doc, "second High-Level Joint Dialogue on Cybercrime and Related Issues");
    REQUIRE(dialogue >= 0);
    CHECK(doc.entities[dialogue].ordinal == 2);
}

TEST_CASE("a guest house written in two words is a venue, not a body", "[mention_recognizer]") {
    const auto doc = test::analyse(  // AP, Tokyo
        "Japanese Foreign Minister Yoko Kamikawa met Philippine Defense Secretary Gilberto Teodoro at the Foreign "
        "Ministry's Iikura Guest House in Tokyo, where they signed the Reciprocal Access Agreement.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Iikura Guest House", "Tokyo"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Foreign Ministry"});
}

TEST_CASE("unknown places are read from context: 'in X, STATE'", "[mention_recognizer]") {
    const auto doc = test::analyse("The leaders met at the summit in Woodside, California, last year.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Woodside", "California"});
    CHECK(mention_texts(doc, EntityType::person).empty());
}

TEST_CASE("appositive roles and speech verbs confirm people", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "Max Baucus, the US ambassador to China, told The Associated Press before the dialogue that talks matter. "
        "Spaulding said progress was made.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Max Baucus", "Spaulding"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"The Associated Press"});
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

TEST_CASE("a title that is not held yet", "[mention_recognizer]") {
    // dpa from Brussels
    const auto doc = test::analyse("German Chancellor-in-waiting Friedrich Merz met French President Emmanuel Macron.");
    CHECK(test::position(doc, "Friedrich Merz") == "Chancellor-in-waiting");
    CHECK(test::has_relation(doc, "Friedrich Merz", RelationType::met_with, "Emmanuel Macron"));
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

TEST_CASE("a compound whose last party has a two-word name; organisations named like events", "[mention_recognizer]") {
    // An Australian DFAT media release
    const auto doc = test::analyse(
        "Senator Penny Wong met New Zealand Foreign Minister Winston Peters in Wellington for the annual "
        "Australia-New Zealand Foreign Ministers' Consultations. They agreed to work through the Pacific Islands "
        "Forum.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Penny Wong", "Winston Peters"});
    CHECK(test::has_relation(doc, "Australia", RelationType::attended, "Australia-New Zealand Foreign Ministers' Consultations"));
    CHECK(test::has_relation(doc, "New Zealand", RelationType::attended, "Australia-New Zealand Foreign Ministers' Consultations"));
    const int forum = test::entity(doc, "Pacific Islands Forum");
    REQUIRE(forum >= 0);
    CHECK(doc.entities[forum].type == EntityType::agency);
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

TEST_CASE("a royal style of address, an agency's name before 'and' another title, and rooms as places", "[mention_recognizer]") {
    // Saudi Press Agency and White House copy
    const auto doc = test::analyse(
        "His Royal Highness Crown Prince Mohammed bin Salman received Steve Witkoff. The meeting was attended by "
        "Minister of State, Member of the Council of Ministers and National Security Advisor Dr. Musaed "
        "Al-Aiban. Vice President JD Vance attended the meeting in the Oval Office.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Mohammed bin Salman", "Steve Witkoff", "Musaed Al-Aiban", "JD Vance"});
    CHECK(mention_texts(doc, EntityType::agency) == std::vector<std::string>{"Council of Ministers"});
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Oval Office"});
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

TEST_CASE("a headline's capitalised verb ends an event's name; a convention centre is a place", "[mention_recognizer]") {
    // Yonhap and a Malaysian government statement
    const auto doc = test::analyse_titled(
        "President Lee Jae-myung Holds Summit with Japanese Prime Minister Ishiba",
        "President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo.");
    CHECK(test::entity(doc, "President Lee Jae-myung Holds Summit") < 0);
    CHECK(test::has_relation(doc, "Lee Jae-myung", RelationType::met_with, "Shigeru Ishiba"));
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "summit"));
    CHECK(test::has_relation(doc, "summit", RelationType::held_in, "Tokyo"));
    const auto venue = test::analyse("The 46th ASEAN Summit was held at the Kuala Lumpur Convention Centre.");
    CHECK(mention_texts(venue, EntityType::place) == std::vector<std::string>{"Kuala Lumpur Convention Centre"});
    CHECK(mention_texts(venue, EntityType::event) == std::vector<std::string>{"46th ASEAN Summit"});
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

TEST_CASE("documents are no people; a numbered assembly is a meeting; a short surname starts a sentence", "[mention_recognizer]") {
    // A Japanese foreign ministry readout, a WHO release, a Xinhua report
    const auto doc = test::analyse(
        "The two leaders welcomed negotiations on an Acquisition and Cross-Servicing Agreement and praised the "
        "Abraham Accords. The text was negotiated by the Intergovernmental Negotiating Body. Member States adopted "
        "it at the Seventy-eighth World Health Assembly. Xi Jinping addressed the 20th National Congress of the "
        "Communist Party of China.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Xi Jinping"});
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"Intergovernmental Negotiating Body", "Communist Party of China"});
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"Seventy-eighth World Health Assembly", "20th National Congress"});
    const int assembly = test::entity(doc, "Seventy-eighth World Health Assembly");
    REQUIRE(assembly >= 0);
    CHECK(doc.entities[assembly].ordinal == 78);
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::attended, "20th National Congress"));
    // a sentence's first word before a body's head is part of its name, unless it is a quantifier
    const auto party = test::analyse("Conservative Party leader Kemi Badenoch backed the plan. Some Council members objected.");
    CHECK(mention_texts(party, EntityType::agency) == std::vector<std::string>{"Conservative Party"});
    CHECK(test::has_relation(party, "Kemi Badenoch", RelationType::member_of, "Conservative Party"));
}

TEST_CASE("a body's name with its short name in brackets names its summit", "[mention_recognizer]") {
    // Yonhap; both forms of the head in one article are one event, apart from an earlier summit
    const auto doc = test::analyse(
        "Modi attended the G20 summit in Rio de Janeiro. Cho will attend the Asia-Pacific Economic Cooperation "
        "(APEC) summit in Lima. President Yoon Suk Yeol attended the Asia-Pacific Economic Cooperation (APEC) Summit.");
    CHECK(mention_texts(doc, EntityType::event, MentionKind::name) ==
          std::vector<std::string>{"Asia-Pacific Economic Cooperation (APEC) Summit"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"G20 summit", "Asia-Pacific Economic Cooperation (APEC) summit"});
    CHECK(test::has_relation(doc, "Yoon Suk Yeol", RelationType::attended, "Asia-Pacific Economic Cooperation (APEC) Summit"));
    CHECK_FALSE(test::has_relation(doc, "G20 summit", RelationType::held_in, "Lima"));
}

TEST_CASE("plain words joined by 'and' before an event's head are in its name", "[mention_recognizer]") {
    // An Australian report; White House readouts
    const auto doc = test::analyse(
        "Australian Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Canberra for the "
        "Australia-China Foreign and Strategic Dialogue. President Biden and Secretary Blinken also convened a "
        "U.S.-Vietnam Innovation and Investment Summit. Prime Minister Kishida and President Biden met.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"Australia-China Foreign and Strategic Dialogue", "U.S.-Vietnam Innovation and Investment Summit"});
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::attended, "Australia-China Foreign and Strategic Dialogue"));
    CHECK(test::has_relation(doc, "Blinken", RelationType::co_chaired, "U.S.-Vietnam Innovation and Investment Summit"));
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

TEST_CASE("seas, shoals, lakes and gulfs are places, whichever side their head word stands", "[mention_recognizer]") {
    // AP from Vientiane; Reuters from Lagos
    const auto doc = test::analyse(
        "Enrique Manalo met with Wang Yi to discuss incidents at Second Thomas Shoal. Navies patrol the Gulf of "
        "Guinea and the Strait of Hormuz, and aid reached Lake Chad and Salt Lake City. San Diego County District "
        "Attorney Summer Stephan spoke.");
    CHECK(mention_texts(doc, EntityType::place) ==
          std::vector<std::string>{"Second Thomas Shoal", "Gulf of Guinea", "Strait of Hormuz", "Lake Chad", "Salt Lake City",
                                   "San Diego County"});
    CHECK(test::entity(doc, "Thomas Shoal") < 0);
    CHECK(test::entity(doc, "Chad") < 0);
    CHECK_FALSE(test::has_relation(doc, "Enrique Manalo", RelationType::met_with, "Second Thomas Shoal"));
}

TEST_CASE("a known body's short name before an organ's name is spelt out; an acronym before words is no one", "[mention_recognizer]") {
    // an AU press release, a UN News report, an Australian media release
    const auto doc = test::analyse(
        "The AU Commission and the African Union Commission met. The U.N. General Assembly voted, and the NATO "
        "Alliance agreed. Media enquiries: DFAT Media Liaison");
    CHECK(mention_texts(doc, EntityType::agency) ==
          std::vector<std::string>{"AU Commission", "African Union Commission", "U.N. General Assembly", "NATO Alliance"});
    CHECK(test::entity(doc, "African Union Commission") == test::entity(doc, "AU Commission"));
    CHECK(test::entity(doc, "United Nations General Assembly") >= 0);
    CHECK(test::entity(doc, "North Atlantic Treaty Organization") >= 0);
    CHECK(test::entity(doc, "DFAT Media Liaison") < 0);
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

TEST_CASE("a dateline's place in capitals: its name as written and the country after it", "[mention_recognizer]") {
    // Reuters and AP datelines
    const auto doc = test::analyse(
        "GANDHINAGAR, India, July 18 (Reuters) - Finance ministers from the Group of 20 met on Tuesday.\n\n"
        "LOS ALAMOS, New Mexico (AP) — Scientists met on Tuesday. Julissa Reynoso, United States Ambassador to "
        "Spain, spoke. They discussed AI in NAWCA.");
    const int city = test::entity(doc, "Gandhinagar");
    REQUIRE(city >= 0);
    CHECK(doc.entities[city].type == EntityType::place);
    CHECK(doc.entities[city].country == "IN");
    const int alamos = test::entity(doc, "Los Alamos");
    REQUIRE(alamos >= 0);
    CHECK(doc.entities[alamos].type == EntityType::place);
    CHECK(doc.entities[alamos].country == "US");
    const int reynoso = test::entity(doc, "Julissa Reynoso");
    REQUIRE(reynoso >= 0);
    CHECK(doc.entities[reynoso].type == EntityType::person);
    CHECK(test::entity(doc, "NAWCA") < 0);
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

TEST_CASE("a country's possessive before a full name gives the person's nationality", "[mention_recognizer]") {
    // Reuters from Vientiane; a White House readout
    const auto doc = test::analyse(
        "Indonesia's Retno Marsudi and Malaysia's Mohamad Hasan also attended the closed-door session. Noting that it "
        "is also Ukraine's Independence Day, participants reiterated their support.");
    CHECK(test::has_relation(doc, "Retno Marsudi", RelationType::represents, "Indonesia"));
    CHECK(test::has_relation(doc, "Mohamad Hasan", RelationType::represents, "Malaysia"));
    CHECK_FALSE(test::has_relation(doc, "Malaysia", RelationType::attended, "closed-door session"));
    CHECK(test::entity(doc, "Independence Day") < 0);
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

TEST_CASE("a venue's name may hold a person's initial", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "President Joe Biden welcomed the leaders at the Walter E. Washington Convention Center.");  // AP, Washington
    const int venue = test::entity(doc, "Walter E. Washington Convention Center");
    REQUIRE(venue >= 0);
    CHECK(doc.entities[venue].type == EntityType::place);
    CHECK(test::entity(doc, "Walter E.") < 0);
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

TEST_CASE("a counterpart is whose peer someone is, not an office; an honour names no one", "[mention_recognizer]") {
    // AP from Vientiane; Reuters from Moscow
    const auto doc = test::analyse(
        "U.S. Secretary of State Antony Blinken met his Chinese counterpart Wang Yi on Friday. Putin awarded Modi the "
        "Order of St Andrew the Apostle, Russia's highest state honour.");
    CHECK(test::position(doc, "Wang Yi").empty());
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::represents, "China"));
    CHECK(test::entity(doc, "St Andrew") < 0);
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

TEST_CASE("Congo in the news is the Democratic Republic; the other one is named in full", "[mention_recognizer]") {
    // Reuters from Addis Ababa
    const auto doc = test::analyse(
        "The summit was dominated by the conflict in eastern Congo. Congo Republic President Denis Sassou Nguesso "
        "attended.");
    CHECK(test::entity(doc, "Democratic Republic of the Congo") >= 0);
    CHECK(test::has_relation(doc, "Denis Sassou Nguesso", RelationType::represents, "Republic of the Congo"));
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

TEST_CASE("an office before a comma says whom a titled name after it serves", "[mention_recognizer]") {
    // a State Department report from Riyadh
    const auto doc = test::analyse(
        "Secretary of State Marco Rubio met with his Saudi counterpart, Prince Faisal bin Farhan, in Riyadh on "
        "Tuesday.");
    CHECK(test::country(doc, "Faisal bin Farhan") == "SA");
    CHECK(test::has_relation(doc, "Marco Rubio", RelationType::met_with, "Faisal bin Farhan"));
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

TEST_CASE("an office in capitals that names the country, before a comma, is the office of the ranked name after it", "[mention_recognizer]") {
    const auto doc = test::analyse(  // Qatar News Agency
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received Iran's Foreign Minister Abbas Araghchi at the "
        "Amiri Diwan on Sunday.");
    CHECK(test::position(doc, "Tamim bin Hamad Al Thani") == "Emir of Qatar");
    CHECK(test::country(doc, "Tamim bin Hamad Al Thani") == "QA");
    CHECK(test::has_relation(doc, "Tamim bin Hamad Al Thani", RelationType::met_with, "Abbas Araghchi"));
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

TEST_CASE("an office set off after a name may be new, and a high commissioner's in lower case", "[mention_recognizer]") {
    // CBC from Ottawa; AFP from Addis Ababa
    const auto doc = test::analyse(
        "Dinesh Patnaik, India's new high commissioner to Canada, is expected to arrive in Ottawa. Moussa Faki "
        "Mahamat, the outgoing chairperson of the African Union Commission, opened the session.");
    CHECK(test::position(doc, "Dinesh Patnaik") == "high commissioner to Canada");
    CHECK(test::country(doc, "Dinesh Patnaik") == "IN");
    CHECK(test::position(doc, "Moussa Faki Mahamat") == "chairperson of the African Union Commission");
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

TEST_CASE("a dateline's region gives the place named before it its country", "[mention_recognizer]") {
    // AP from Arusha: the headline names the town, the dateline its country
    const auto doc = test::analyse_titled(
        "Ruto chairs EAC summit in Arusha as bloc admits Somalia",
        "ARUSHA, Tanzania (AP) - Kenyan President William Ruto on Thursday chaired an extraordinary summit of the "
        "East African Community in Arusha. EAC Secretary General Peter Mathuki welcomed the decision.");
    const int arusha = test::entity(doc, "Arusha");
    REQUIRE(arusha >= 0);
    CHECK(doc.entities[arusha].country == "TZ");
    CHECK(test::has_relation(doc, "Peter Mathuki", RelationType::member_of, "East African Community"));
    CHECK(test::entity(doc, "East Africa") < 0);
}

TEST_CASE("a code of capitals and digits before an event's head names the event", "[mention_recognizer]") {
    // EFE from Brasilia; a White House readout
    const auto doc = test::analyse(
        "Lula and Petro agreed to coordinate efforts ahead of the COP30 climate conference in Belem. The Task "
        "Force received a briefing on the upcoming COP27 conference in Sharm el-Sheikh, Egypt.");
    const auto events = test::mention_texts(doc, EntityType::event, MentionKind::description);
    CHECK(std::find(events.begin(), events.end(), "COP30 climate conference") != events.end());
    CHECK(test::has_relation(doc, "COP30 climate conference", RelationType::held_in, "Belem"));
    CHECK(test::has_relation(doc, "upcoming COP27 conference", RelationType::held_in, "Sharm el-Sheikh"));
}

TEST_CASE("British spellings are words, not names: \"the Defence Secretary, John Healey\"", "[mention_recognizer]") {
    // a British report from Kyiv
    const auto doc = test::analyse(
        "Lammy was accompanied by the Defence Secretary, John Healey, who attended a meeting of the Ukraine "
        "Defence Contact Group at Ramstein air base in Germany.");
    CHECK(test::position(doc, "John Healey") == "Defence Secretary");
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

TEST_CASE("\"Heads of State and Government\" is one pair inside a summit's name", "[mention_recognizer]") {
    // the Ghana News Agency from Accra
    const auto doc = test::analyse(
        "President John Dramani Mahama held talks with Alassane Ouattara on the sidelines of the 67th Ordinary Session "
        "of the ECOWAS Authority of Heads of State and Government in Abuja.");
    CHECK(test::has_relation(doc, "67th Ordinary Session of the ECOWAS Authority of Heads of State and Government",
                             RelationType::held_in, "Abuja"));
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

TEST_CASE("\"European\", \"African\" and \"Asian\" name a region, not a person", "[mention_recognizer]") {
    // AP from Brussels: "European" had been a person "urged" by Hegseth
    const auto doc = test::analyse(
        "U.S. Defense Secretary Pete Hegseth urged European allies to spend more. African leaders and the African "
        "Union attended, and the Asian Development Bank sent an observer.");
    CHECK(test::entity(doc, "European") != test::entity(doc, "Pete Hegseth"));
    for (const auto& m : doc.mentions) CHECK(!(m.type == EntityType::person && doc.text(m) == "European"));
    CHECK(test::mention_texts(doc, EntityType::place) == std::vector<std::string>{"European", "African"});
    CHECK(test::entity(doc, "African Union") >= 0);
    CHECK(test::entity(doc, "Asian Development Bank") >= 0);
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

TEST_CASE("\"the Republic of Rwanda\" is Rwanda, though ISO calls it the Rwandese Republic", "[mention_recognizer]") {
    // a South African Presidency release; "the Republic of China" stays Taiwan
    const auto doc = test::analyse(
        "Among them were the Ambassador of the Kingdom of Spain, Mr Ramon Santos Martinez, and the High "
        "Commissioner of the Republic of Rwanda, Ms Jeanne Uwimana. The Republic of China sent no one.");
    CHECK(test::country(doc, "Jeanne Uwimana") == "RW");
    CHECK(test::has_relation(doc, "Jeanne Uwimana", RelationType::represents, "Rwanda"));
    CHECK(test::country(doc, "Ramon Santos Martinez") == "ES");
    CHECK(test::entity(doc, "Taiwan") >= 0);
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

TEST_CASE("cities beyond the capitals are places of their country", "[mention_recognizer]") {
    // PTI from New Delhi; a name with a city's word in it stays a name
    const auto doc = test::analyse(
        "Albanese attended the Test match in Ahmedabad before flying to Delhi. Prime Minister Christopher Luxon "
        "returned to Christchurch. Dr. Maria Rosario Jackson met Lin-Manuel Miranda.");
    for (const char* city : {"Ahmedabad", "Delhi"}) {
        CHECK(test::entity(doc, city) >= 0);
        CHECK(doc.entities[static_cast<std::size_t>(test::entity(doc, city))].country == "IN");
    }
    CHECK(test::entity(doc, "Christchurch") >= 0);
    CHECK(test::has_relation(doc, "Maria Rosario Jackson", RelationType::met_with, "Lin-Manuel Miranda"));
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

TEST_CASE("a round of voting or of sanctions is no meeting; a round of indirect talks is", "[mention_recognizer]") {
    // Reuters from Addis Ababa and Brussels; AP from Rome
    const auto doc = test::analyse(
        "Youssouf defeated Raila Odinga in the seventh round of voting. The EU imposed a new round of sanctions on "
        "Moscow. Iran and the United States held a second round of indirect nuclear talks in Rome.");
    CHECK(test::mention_texts(doc, EntityType::event, MentionKind::description) ==
          (std::vector<std::string>{"second round", "talks"}));
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

TEST_CASE("\"of\" and a country after a name say whom the person serves, unless a longer name goes on", "[mention_recognizer]") {
    // Reuters from Addis Ababa; a White House release
    const auto doc = test::analyse(
        "Youssouf replaces Moussa Faki Mahamat of Chad. The event was moderated by Charisse Jones of USA Today.");
    CHECK(test::country(doc, "Moussa Faki Mahamat") == "TD");
    CHECK(test::country(doc, "Charisse Jones").empty());
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

TEST_CASE("a count of meetings over a time is no edition of the event", "[mention_recognizer]") {
    // AP from Vientiane; dpa from Berlin
    const auto doc = test::analyse(
        "Blinken met with Wang on the sidelines of the meeting on Friday, their sixth meeting this year. Scholz and "
        "Tusk held the first German-Polish intergovernmental consultations in six years.");
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"meeting", "meeting", "German-Polish intergovernmental consultations"});
    CHECK(std::none_of(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.ordinal != 0; }));
    // an ordinal before "since" still numbers the meetings of a series
    const auto series = test::analyse(
        "On June 15, the United States, Japan, and the ROK held their third national security advisors' trilateral "
        "meeting since 2021.");
    CHECK(series.entities[test::entity(series, "third national security advisors' trilateral meeting")].ordinal == 3);
}

TEST_CASE("a meeting's format of ministers a side, \"2+2\", belongs to the event's name, quoted or not", "[mention_recognizer]") {
    // a State Department readout; Reuters from Manila
    const auto doc = test::analyse(
        "Secretary Blinken hosted External Affairs Minister S. Jaishankar for the U.S.-India 2+2 Ministerial Dialogue "
        "in Washington. Japanese Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo for the "
        "second \"2+2\" security talks in Manila.");
    CHECK(mention_texts(doc, EntityType::event) == std::vector<std::string>{"U.S.-India 2+2 Ministerial Dialogue"});
    CHECK(mention_texts(doc, EntityType::event, MentionKind::description) ==
          std::vector<std::string>{"second \"2+2\" security talks"});
    CHECK(test::has_relation(doc, "India", RelationType::attended, "U.S.-India 2+2 Ministerial Dialogue"));
    CHECK(test::has_relation(doc, "Enrique Manalo", RelationType::attended, "second \"2+2\" security talks"));
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
}

TEST_CASE("an event word before a venue's head names the venue", "[mention_recognizer]") {
    // a White House readout's list of faith leaders
    const auto doc = test::analyse(
        "Pastor Jeanette Salguero of The Gathering Place attended the meeting. Leaders gathered at the Summit Hall.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Gathering Place", "Summit Hall"});
    CHECK(mention_texts(doc, EntityType::event).empty());
    CHECK(test::has_relation(doc, "Jeanette Salguero", RelationType::attended, "meeting"));
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

TEST_CASE("the nations of the United Kingdom are places in it, not Ireland", "[mention_recognizer]") {
    // White House readouts; NATO
    const auto doc = test::analyse(
        "The leaders discussed the Windsor Framework and their support for Northern Ireland. First Minister Arlene "
        "Foster of Northern Ireland attended. Leaders recalled the pledge of the Wales Summit.");
    CHECK(test::entity(doc, "Ireland") < 0);
    CHECK(test::country(doc, "Northern Ireland") == "GB");
    CHECK_FALSE(test::has_relation(doc, "Arlene Foster", RelationType::represents, "Ireland"));
    CHECK(test::has_relation(doc, "Wales Summit", RelationType::held_in, "Wales"));
}

TEST_CASE("a first occasion in a role counts, it does not number", "[mention_recognizer]") {
    // a NATO release in NITF
    const auto doc = test::analyse(
        "NATO foreign ministers met in Brussels on Wednesday. Secretary General Jens Stoltenberg chaired the meeting. "
        "Sweden attended its first meeting as a full member.");
    CHECK(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == EntityType::event; }) == 1);
    CHECK(test::has_relation(doc, "Sweden", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "Jens Stoltenberg", RelationType::co_chaired, "meeting"));
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

TEST_CASE("talks that resume, stall or collapse are an event, the verb ending their description", "[mention_recognizer]") {
    // Al Jazeera from Doha; Reuters
    const auto doc = test::analyse("The ceasefire talks resumed in Doha on Thursday.");
    CHECK(test::entity(doc, "ceasefire talks") >= 0);
    CHECK(test::has_relation(doc, "ceasefire talks", RelationType::held_in, "Doha"));
    CHECK(test::entity(test::analyse("The talks stalled in May."), "talks") >= 0);
}

TEST_CASE("only a determiner stands before an event's ordinal: a headline's verb is no part of the name", "[mention_recognizer]") {
    // an AP feed item
    const auto doc = test::analyse_titled("Iran, U.S. end fourth round of talks in Oman",
                                          "Iran and the United States held a fourth round of talks in Muscat on Sunday.");
    CHECK(test::entity(doc, "fourth round of talks") >= 0);
    CHECK(test::entity(doc, "U.S. end fourth round of talks") < 0);
    CHECK(test::has_relation(doc, "Iran", RelationType::attended, "fourth round of talks"));
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

TEST_CASE("a headline's capitals make no event of an observance nor a place of ordinary words", "[mention_recognizer]") {
    // White House feed items
    const auto month = test::analyse_titled("Presidential Message on National Shooting Sports Month",
                                            "The President honored hunters on Monday.");
    CHECK(test::count(month, EntityType::event) == 0);
    const auto base = test::analyse_titled("President Trump Rebuilds America's Shipbuilding Industrial Base",
                                           "The President signed an order on Monday.");
    CHECK(test::count(base, EntityType::place) == 0);
    const auto war = test::analyse("Veterans marked the anniversary of World War II on Monday.");
    CHECK(test::entity(war, "World War II") >= 0);
    // a headline's meeting named before a verb or a preposition stays one
    const auto forum = test::analyse_titled("Readout of Space Systems Cybersecurity Executive Forum Hosted by the Office",
                                            "Leaders met on Monday.");
    CHECK(test::entity(forum, "Space Systems Cybersecurity Executive Forum") >= 0);
}

TEST_CASE("a headline's owner of a meeting is no word of its name: a suffix or a bare apostrophe ends the owner", "[mention_recognizer]") {
    // White House readouts
    const auto call = test::analyse_titled(
        "Readout of President Joseph R. Biden Jr. Call with Prime Minister Kyriakos Mitsotakis of Greece",
        "President Joseph R. Biden spoke today with Greek Prime Minister Kyriakos Mitsotakis.");
    CHECK(test::entity(call, "Jr. Call") < 0);
    const auto harris = test::analyse_titled("Readout of Vice President Harris' Meeting with Prime Minister Trudeau of Canada",
                                             "Vice President Kamala Harris met today with Prime Minister Justin Trudeau.");
    for (const auto& e : harris.entities) CHECK(e.name.front() != '\'');
    const auto leaders = test::analyse("The G7 Leaders' Summit opened in Apulia.");
    CHECK(test::entity(leaders, "G7 Leaders' Summit") >= 0);
}

TEST_CASE("a named meeting that holds 'its third meeting' is numbered by it; an adviser to a country's leader serves the country",
          "[mention_recognizer]") {
    // China Daily
    const auto doc = test::analyse(
        "The China-US Counternarcotics Working Group held its third meeting in Beijing on Wednesday. The meeting "
        "was co-chaired by Wang Xiaohong, China's minister of public security, and Jen Daskal, deputy homeland "
        "security adviser to US President Joe Biden.");
    const int group = test::entity(doc, "China-US Counternarcotics Working Group");
    REQUIRE(group >= 0);
    CHECK(doc.entities[group].ordinal == 3);
    CHECK(test::count(doc, EntityType::event) == 1);
    CHECK(test::has_relation(doc, "Jen Daskal", RelationType::co_chaired, "China-US Counternarcotics Working Group"));
    CHECK(test::position(doc, "Jen Daskal") == "deputy homeland security adviser");
    CHECK(test::country(doc, "Jen Daskal") == "US");
    CHECK(test::country(doc, "Joe Biden") == "US");
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

TEST_CASE("one ordinary word after a title is no name, unless it is known as one or was named before", "[mention_recognizer]") {
    // White House participant lists and a hurricane briefing
    const auto doc = test::analyse(
        "Emily Benfer, Visiting Professor of Law, spoke. The storm may land as a Major Hurricane on Sunday. Teachers "
        "from Head Start attended. Ambassador Rice and Prime Minister Truss met President Xi.");
    for (const char* word : {"Law", "Hurricane", "Start"}) CHECK(test::entity(doc, word) < 0);
    for (const char* name : {"Rice", "Truss", "Xi"}) CHECK(test::entity(doc, name) >= 0);
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

TEST_CASE("a headline's meeting ends before the name of the one who holds it", "[mention_recognizer]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of Deputy National Security Advisor for Cyber Anne Neuberger Meeting with the Attorneys General",
        "Today officials met.");
    CHECK(test::entity(doc, "Anne Neuberger") >= 0);
    CHECK(test::entity(doc, "Cyber Anne") < 0);
    CHECK(test::entity(doc, "Neuberger Meeting") < 0);
}

TEST_CASE("Gulf names: a title before 'bin' is a given name, 'H.H.' an honorific", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan and Dr. Sultan bin Ahmed Al Jaber, "
        "Minister of Industry. Sultan Haitham bin Tarik of Oman sent a message.");
    CHECK(mention_texts(doc, EntityType::person) ==
          std::vector<std::string>{"Tahnoun bin Zayed Al Nahyan", "Sultan bin Ahmed Al Jaber", "Haitham bin Tarik"});
    CHECK(test::position(doc, "Haitham bin Tarik") == "Sultan");
}

TEST_CASE("an acronym inside a sentence before a comma and a country is no place in it", "[mention_recognizer]") {
    const auto doc = test::analyse_titled("Bilawal, Qin discuss CPEC, Afghanistan in Islamabad", "The ministers met.");
    CHECK(mention_texts(doc, EntityType::place) == std::vector<std::string>{"Islamabad"});
    CHECK(mention_texts(doc, EntityType::country) == std::vector<std::string>{"Afghanistan"});
    // a dateline's capitals still name a place in its country
    const auto dateline = test::analyse("GANDHINAGAR, India - Officials met on Monday.");
    CHECK(mention_texts(dateline, EntityType::place) == std::vector<std::string>{"GANDHINAGAR"});
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

TEST_CASE("a capitalised run that ends in an abstract noun names a topic, no one", "[mention_recognizer]") {
    const auto doc = test::analyse(
        "The Ministers welcomed a Memorandum of Understanding on Space Situational Awareness. Officials from GE "
        "Aviation and Small Business attended. Ambassador Katherine Tai and Ernest Moniz spoke.");
    CHECK(mention_texts(doc, EntityType::person) == std::vector<std::string>{"Katherine Tai", "Ernest Moniz"});
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

TEST_CASE("a meeting 'of' a body that meets is named by the body; a government's office names none", "[mention_recognizer]") {
    // VNA, and White House readouts
    const auto doc = test::analyse(
        "The two ministers co-chaired the 12th meeting of the Vietnam-Japan Cooperation Committee. He spoke at the "
        "third national meeting of the White House.");
    CHECK(mention_texts(doc, EntityType::event) ==
          std::vector<std::string>{"12th meeting of the Vietnam-Japan Cooperation Committee"});
    CHECK(test::entity(doc, "third national meeting") >= 0);
}

TEST_CASE("a title after a name set off by a semicolon list, and after a rank before the name", "[mention_recognizer]") {
    // WAM, and a White House list
    const auto doc = test::analyse(
        "He met Sheikh Abdullah bin Zayed, Minister of Foreign Affairs; and Dr. Anwar Gargash. They joined Lael "
        "Brainard, Director of the National Economic Council; and Robin Carnahan.");
    CHECK(test::position(doc, "Abdullah bin Zayed") == "Minister of Foreign Affairs");
    CHECK(test::position(doc, "Lael Brainard") == "Director of the National Economic Council");
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

TEST_CASE("two offices joined by 'and' after a name and a comma are both the name's", "[mention_recognizer]") {
    // ASEAN's communique
    const auto doc = test::analyse(
        "The meeting was chaired by H.E. Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs "
        "of the Lao PDR.");
    CHECK(test::position(doc, "Saleumxay Kommasith") == "Deputy Prime Minister and Minister of Foreign Affairs");
    CHECK(test::has_relation(doc, "Saleumxay Kommasith", RelationType::represents, "Laos"));
}
