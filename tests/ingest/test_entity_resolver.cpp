#include <algorithm>
#include <tuple>

#include <catch2/catch.hpp>

#include "ingest/entity_resolver.hpp"
#include "ingest/schema.hpp"
#include "support.hpp"

using namespace kg;

TEST_CASE("surnames and titled short names join the full name", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Minister of Public Security Guo Shengkun attended. Guo, who is also a state councilor, spoke. "
        "The agreement was reached by President Xi Jinping and US President Barack Obama. President Xi left.");
    const int guo = test::entity(doc, "Guo Shengkun");
    REQUIRE(guo >= 0);
    CHECK(test::entity(doc, "Guo") == guo);
    CHECK(test::entity(doc, "Xi") == test::entity(doc, "Xi Jinping"));
    CHECK(doc.entities[guo].mentions.size() == 2);
}

TEST_CASE("a courtesy title joins the article's one namesake; an office it does not hold does not", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Domestic Policy Advisor Susan Rice and Senior Advisor Cedric Richmond hosted a discussion. "
        "Ambassador Rice and Congressman Richmond thanked the leaders.");
    REQUIRE(test::entity(doc, "Susan Rice") >= 0);
    CHECK(test::entity(doc, "Rice") == test::entity(doc, "Susan Rice"));
    REQUIRE(test::entity(doc, "Cedric Richmond") >= 0);
    CHECK(test::entity(doc, "Richmond") == test::entity(doc, "Cedric Richmond"));

    const auto family = test::analyse("First Lady Jill Biden visited a school. President Biden spoke later.");
    REQUIRE(test::entity(family, "Jill Biden") >= 0);
    CHECK(test::entity(family, "Biden") != test::entity(family, "Jill Biden"));
}

TEST_CASE("a surname refers back to the one namesake named before it", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Prime Minister Fumio Kishida met President Yoon Suk Yeol. Kishida said the summit opened a new chapter. "
        "Yoon's wife visited a school with Yuko Kishida. Wang Yi met Wang Huning. Wang said talks went well.");
    REQUIRE(test::entity(doc, "Fumio Kishida") >= 0);
    REQUIRE(test::entity(doc, "Yuko Kishida") >= 0);
    CHECK(test::entity(doc, "Kishida") == test::entity(doc, "Fumio Kishida"));
    CHECK(test::entity(doc, "Wang") < 0);  // two Wangs before it: left out
}

TEST_CASE("'the NATO summit' after 'the G20 summit' is another event; 'the summit' is the one just described", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Sunak did not meet Li Qiang during the G20 summit in New Delhi. The two leaders would meet at the NATO summit "
        "in Vilnius. The summit will last two days. Officials held a bilateral cybersecurity dialogue; the dialogue ended.");
    const int g20 = test::entity(doc, "G20 summit"), nato = test::entity(doc, "NATO summit");
    REQUIRE(g20 >= 0);
    REQUIRE(nato >= 0);
    CHECK(g20 != nato);
    CHECK(test::has_relation(doc, "NATO summit", RelationType::held_in, "Vilnius"));
    CHECK_FALSE(test::has_relation(doc, "G20 summit", RelationType::held_in, "Vilnius"));
    std::size_t summit_mentions = 0;
    for (const auto& m : doc.mentions) summit_mentions += m.entity == nato && m.type == EntityType::event;
    CHECK(summit_mentions == 2);  // "the summit" is the NATO one
}

TEST_CASE("a surname at a sentence's start joins the name with an initial before it", "[entity_resolver]") {
    const auto doc = test::analyse("Minister S. Jaishankar spoke. Jaishankar later left.");
    REQUIRE(test::entity(doc, "S. Jaishankar") >= 0);
    CHECK(doc.entities[test::entity(doc, "S. Jaishankar")].mentions.size() == 2);
}

TEST_CASE("a given name alone joins the full name whose key has its formal form ('Jon' and 'Jon Finer')", "[entity_resolver]") {
    const auto doc = test::analyse_titled(
        "Readout of Principal Deputy National Security Advisor Jon Finer's Meeting with Vice Minister Ma Zhaoxu",
        "Principal Deputy National Security Advisor Jon Finer met Vice Minister Ma Zhaoxu today.");
    REQUIRE(test::entity(doc, "Jon Finer") >= 0);
    std::size_t people = 0;
    for (const auto& e : doc.entities) people += e.type == EntityType::person;
    CHECK(people == 2);  // Jon Finer and Ma Zhaoxu: the headline's "Jon" is Jon Finer
}

TEST_CASE("pronouns attach to the person the text is about", "[entity_resolver]") {
    const auto doc = test::analyse("Tao Wenzhao, a researcher, said progress was made. He added that trust grew.");
    const Mention* he = nullptr;
    for (const auto& m : doc.mentions)
        if (m.kind == MentionKind::pronoun) he = &m;
    REQUIRE(he != nullptr);
    CHECK(he->entity == test::entity(doc, "Tao Wenzhao"));
}

TEST_CASE("'the two leaders' and 'they' stand for the last pair named", "[entity_resolver]") {
    const auto doc = test::analyse(
        "The consensus was reached between President Xi and U.S. President Barack Obama. "
        "He said the two leaders met in Lima, Peru, last month.");
    CHECK(test::has_relation(doc, "Xi", RelationType::met_with, "Barack Obama"));
}

TEST_CASE("'the dialogue' is the article's dialogue; 'the first dialogue' is another", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Officials held the second High-Level Joint Dialogue on Cybercrime on Tuesday. "
        "The dialogue in Beijing followed the first dialogue in Washington.");
    const int second = test::entity(doc, "second High-Level Joint Dialogue on Cybercrime");
    REQUIRE(second >= 0);
    CHECK(test::count(doc, EntityType::event) == 2);
    CHECK(test::has_relation(doc, "second High-Level Joint Dialogue on Cybercrime", RelationType::held_in, "Beijing"));
    CHECK_FALSE(test::has_relation(doc, "second High-Level Joint Dialogue on Cybercrime", RelationType::held_in, "Washington"));
}

TEST_CASE("'the ministry' is the ministry named before", "[entity_resolver]") {
    const auto doc = test::analyse("A release came from the Public Security Ministry. The plan will be issued, according to the ministry.");
    const int ministry = test::entity(doc, "Public Security Ministry");
    REQUIRE(ministry >= 0);
    CHECK(doc.entities[ministry].mentions.size() == 2);
}

TEST_CASE("event and agency keys ignore ordinals, countries and word order; event keys list the countries", "[entity_resolver]") {
    const auto& schema = *Schema::defaults();
    CHECK(event_core_key("Second US-China High-Level Joint Dialogue", schema) == "high-level joint dialogue");
    CHECK(event_core_key("the third China-U.S. High-Level Joint Dialogue", schema) == "high-level joint dialogue");
    const EventKey key = event_key("the third China-U.S. High-Level Joint Dialogue", schema);
    CHECK(key.core == "high-level joint dialogue");
    CHECK(key.countries == "CN;US");
    CHECK(event_key("Second US-China High-Level Joint Dialogue", schema).countries == "CN;US");
    CHECK(event_key("the Indian-Japanese Strategic Dialogue", schema).countries == "IN;JP");
    // ("Trilateral United States – Japan – Republic of Korea Economic Security Dialogue": countries of several words)
    const EventKey spelled = event_key("Trilateral United States – Japan – Republic of Korea Economic Security Dialogue", schema);
    CHECK(spelled.countries == "JP;KR;US");
    CHECK(spelled.core == "economic security dialogue");
    CHECK(event_key("the Strategic Dialogue", schema).countries.empty());
    CHECK(agency_key("Public Security Ministry") == "ministry of public security");
    CHECK(agency_key("the Ministry of Public Security") == "ministry of public security");
}

TEST_CASE("events between parties: an organisation is a party, and other parties make another event", "[entity_resolver]") {
    // An EU Council press release: the EU, not a country, in the summit's name; a numbered session
    const auto doc = test::analyse(
        "The 30th EU-Japan summit took place in Tokyo on 15 July 2025. Leaders said the EU-Japan summit was a "
        "success. The annual EU-China Summit was held in Beijing. The UN Human Rights Council opened its 55th "
        "session in Geneva. Volker Turk addressed the session.");
    const int tokyo_summit = test::entity(doc, "30th EU-Japan summit");
    REQUIRE(tokyo_summit >= 0);
    CHECK(doc.entities[tokyo_summit].ordinal == 30);
    CHECK(doc.entities[tokyo_summit].mentions.size() == 2);  // "the EU-Japan summit" is the 30th
    CHECK(test::has_relation(doc, "30th EU-Japan summit", RelationType::held_in, "Tokyo"));
    CHECK(test::has_relation(doc, "European Union", RelationType::attended, "30th EU-Japan summit"));
    CHECK(test::has_relation(doc, "Japan", RelationType::attended, "30th EU-Japan summit"));
    CHECK(test::has_relation(doc, "EU-China Summit", RelationType::held_in, "Beijing"));
    CHECK_FALSE(test::has_relation(doc, "EU-China Summit", RelationType::held_in, "Tokyo"));
    CHECK(test::has_relation(doc, "Volker Turk", RelationType::attended, "55th session"));
    const auto& schema = *Schema::defaults();
    CHECK(event_key("the 30th EU-Japan summit", schema).countries == "European Union;JP");
    CHECK(event_key("the NATO summit", schema).core == "nato summit");  // alone, an organisation names the event
}

TEST_CASE("a pronoun that opens its sentence continues the subject of the sentence before", "[entity_resolver]") {
    // White House readout (Bangkok, 2024) and an Indian MEA press release
    const auto doc = test::analyse(
        "National Security Advisor Jake Sullivan met today in Bangkok with Prime Minister Srettha Thavisin of "
        "Thailand. He also met with Foreign Minister Parnpree Bahiddha-Nukara. Later, Minister S. Jaishankar "
        "called on Prime Minister Lawrence Wong and Senior Minister Lee Hsien Loong. He also met Minister for "
        "Defence Ng Eng Hen.");
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::met_with, "Parnpree Bahiddha-Nukara"));
    CHECK_FALSE(test::has_relation(doc, "Srettha Thavisin", RelationType::met_with, "Parnpree Bahiddha-Nukara"));
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::met_with, "Ng Eng Hen"));
    CHECK_FALSE(test::has_relation(doc, "Lee Hsien Loong", RelationType::met_with, "Ng Eng Hen"));
}

TEST_CASE("an organisation's own summit is not its summit with others", "[entity_resolver]") {
    // Malaysia's ASEAN chairmanship, 2025
    const auto doc = test::analyse(
        "Prime Minister Anwar Ibrahim chaired the 46th ASEAN Summit in Kuala Lumpur. On Tuesday, Anwar co-chaired "
        "the ASEAN-GCC-China Summit with Chinese Premier Li Qiang.");
    const int asean = test::entity(doc, "46th ASEAN Summit"), trilateral = test::entity(doc, "ASEAN-GCC-China Summit");
    REQUIRE(asean >= 0);
    REQUIRE(trilateral >= 0);
    CHECK(asean != trilateral);
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::co_chaired, "ASEAN-GCC-China Summit"));
    CHECK_FALSE(test::has_relation(doc, "Li Qiang", RelationType::co_chaired, "46th ASEAN Summit"));
    const auto& schema = *Schema::defaults();
    CHECK(event_key("the 46th ASEAN Summit", schema).countries == "Association of Southeast Asian Nations");
}

TEST_CASE("a surname joins a full name that writes it with the Arabic article", "[entity_resolver]") {
    // Reuters from Doha
    const auto doc = test::analyse(
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a phone call from Egyptian President Abdel Fattah "
        "el-Sisi. Sisi later met with Jordan's King Abdullah II in Cairo.");
    REQUIRE(test::entity(doc, "Abdel Fattah el-Sisi") >= 0);
    CHECK(test::entity(doc, "Sisi") == test::entity(doc, "Abdel Fattah el-Sisi"));
    CHECK(test::has_relation(doc, "Abdel Fattah el-Sisi", RelationType::met_with, "Abdullah II"));
    const auto& schema = *Schema::defaults();
    CHECK(person_name_words("Abdel Fattah Al-Sisi", schema) == person_name_words("Abdel Fattah el-Sisi", schema));
}

TEST_CASE("a description refers forward only to an event named in the next sentence", "[entity_resolver]") {
    // an Indian MEA press release
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi held a bilateral meeting with President Emmanuel Macron on the sidelines of the "
        "G7 Summit. The two leaders reviewed the partnership. Modi thanked Prime Minister Giorgia Meloni for the "
        "invitation to the Outreach Session of the Summit.");
    CHECK(test::entity(doc, "bilateral meeting") >= 0);
    CHECK(test::entity(doc, "bilateral meeting") != test::entity(doc, "Outreach Session"));
    CHECK_FALSE(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "Outreach Session"));
}

TEST_CASE("'the talks' are not the forum a visitor came for", "[entity_resolver]") {
    // The Standard from Nairobi
    const auto doc = test::analyse(
        "President William Ruto held talks with Chinese President Xi Jinping in Beijing on Wednesday. Ruto, who "
        "was in China for the Belt and Road Forum, also met Premier Li Qiang. Kenya's ambassador to China, Willy "
        "Bett, attended the talks. Ruto later addressed the forum.");
    CHECK_FALSE(test::has_relation(doc, "Willy Bett", RelationType::attended, "Belt and Road Forum"));
    CHECK(test::has_relation(doc, "Willy Bett", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "William Ruto", RelationType::attended, "Belt and Road Forum"));
}

TEST_CASE("a title alone is not the holder named beside it", "[entity_resolver]") {
    // an Indian MEA press release
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi held a bilateral meeting with President Emmanuel Macron. Prime Minister also "
        "met the Prime Minister of Italy, H.E. Ms. Giorgia Meloni.");
    CHECK(test::has_relation(doc, "Narendra Modi", RelationType::met_with, "Giorgia Meloni"));
}

TEST_CASE("a group stands for as many as it says, else for everyone named together before it", "[entity_resolver]") {
    // Reuters from London; a White House readout
    const auto doc = test::analyse(
        "British Prime Minister Keir Starmer hosted European Council President Antonio Costa and European Commission "
        "President Ursula von der Leyen at Lancaster House. The leaders agreed a new security partnership. Lammy "
        "said Foreign Minister Wang Yi and Secretary Antony Blinken met in Vientiane. The two ministers agreed to "
        "keep talking.");
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Antonio Costa"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Ursula von der Leyen"));
    CHECK(test::has_relation(doc, "Antonio Costa", RelationType::agreed, "Ursula von der Leyen"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::agreed, "Antony Blinken"));
    CHECK_FALSE(test::has_relation(doc, "Lammy", RelationType::agreed, "Wang Yi"));
}

TEST_CASE("a group after a long list stands for all of it", "[entity_resolver]") {
    // Reuters from Montevideo
    const auto doc = test::analyse(
        "Von der Leyen was welcomed by Uruguayan President Luis Lacalle Pou, Brazilian President Luiz Inacio Lula "
        "da Silva, Argentine President Javier Milei, Paraguayan President Santiago Pena and Bolivian President Luis "
        "Arce. The leaders agreed to sign the pact next year.");
    CHECK(test::has_relation(doc, "Luis Lacalle Pou", RelationType::agreed, "Luiz Inacio Lula da Silva"));
    CHECK(test::has_relation(doc, "Luis Lacalle Pou", RelationType::agreed, "Santiago Pena"));
    CHECK(test::has_relation(doc, "Javier Milei", RelationType::agreed, "Santiago Pena"));
}

TEST_CASE("a headline's event is the numbered one the report then describes", "[entity_resolver]") {
    // PTI from New Delhi
    const auto doc = test::analyse_titled(
        "India, Australia hold 2+2 ministerial dialogue in New Delhi",
        "India and Australia on Friday held the second 2+2 ministerial dialogue here, with External Affairs Minister "
        "S Jaishankar and Defence Minister Rajnath Singh hosting their Australian counterparts.");
    CHECK(test::has_relation(doc, "second 2+2 ministerial dialogue", RelationType::held_in, "New Delhi"));
    CHECK(test::has_relation(doc, "Rajnath Singh", RelationType::attended, "second 2+2 ministerial dialogue"));
    CHECK(test::entity(doc, "dialogue") < 0);
    // AP from Washington: but not one whose words tell another meeting
    const auto other = test::analyse(
        "After the Quad meeting, Rubio held separate talks with Jaishankar, his first bilateral meeting since taking "
        "office.");
    CHECK(test::entity(other, "Quad meeting") >= 0);
    CHECK(test::entity(other, "first bilateral meeting") >= 0);
}

TEST_CASE("an office in lower case is its holder, of the country it names", "[entity_resolver]") {
    // Al Jazeera from Doha; AAP from Lima
    const auto doc = test::analyse(
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted the talks. Trump's incoming Middle "
        "East envoy, Steve Witkoff, also travelled to Doha and met the Qatari prime minister on Friday. Burns met "
        "the Israeli prime minister later.");
    CHECK(test::has_relation(doc, "Steve Witkoff", RelationType::met_with, "Mohammed bin Abdulrahman Al Thani"));
    CHECK_FALSE(test::has_relation(doc, "Steve Witkoff", RelationType::met_with, "Trump"));
    CHECK_FALSE(test::has_relation(doc, "Steve Witkoff", RelationType::met_with, "Qatar"));
    CHECK_FALSE(test::has_relation(doc, "Burns", RelationType::met_with, "Mohammed bin Abdulrahman Al Thani"));
    const auto lima = test::analyse(
        "Prime Minister Anthony Albanese met Chinese President Xi Jinping. Trade Minister Don Farrell joined the "
        "prime minister for the 30-minute meeting. Steve Witkoff later met the Qatari prime minister.");
    CHECK(test::has_relation(lima, "Anthony Albanese", RelationType::attended, "30-minute meeting"));
    // Albanese's country is never said: he is no Qatari prime minister
    CHECK_FALSE(test::has_relation(lima, "Steve Witkoff", RelationType::met_with, "Anthony Albanese"));
}

TEST_CASE("an office set off before a name is that name's, not an earlier holder's", "[entity_resolver]") {
    // a UN Security Council press release, and Reuters from Brasília
    const auto doc = test::analyse(
        "Nicholas Haysom, the Special Representative of the Secretary-General for South Sudan, briefed the "
        "Council. The representative of South Sudan, Ambassador Akuei Bona Malwal, told the Council that his "
        "government was committed to holding elections. Brazilian President Luiz Inacio Lula da Silva received "
        "Chinese Premier Li Qiang on Tuesday. Li also met the president of the Senate, Rodrigo Pacheco.");
    CHECK_FALSE(test::has_relation(doc, "Akuei Bona Malwal", RelationType::agreed, "Nicholas Haysom"));
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::met_with, "Rodrigo Pacheco"));
    int offices = 0;
    for (const auto& m : doc.mentions) {
        if (m.kind != MentionKind::description || m.type != EntityType::person) continue;
        ++offices;
        if (m.sentence == 1) CHECK(m.entity == test::entity(doc, "Akuei Bona Malwal"));
        if (m.sentence == 3) CHECK(m.entity == test::entity(doc, "Rodrigo Pacheco"));  // not Lula, the president before
    }
    CHECK(offices >= 1);
    // (an office "of" a body set off before the name is read as the name's own title)
    CHECK(test::position(doc, "Rodrigo Pacheco") == "president of the Senate");
}

TEST_CASE("the two leaders are the heads of government named before their ministers", "[entity_resolver]") {
    // Kyodo from Tokyo
    const auto doc = test::analyse(
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held their first summit in "
        "Tokyo. Lee, who took office in June, arrived in Tokyo on Friday before heading to Washington for talks "
        "with U.S. President Donald Trump. Ishiba welcomed him at the prime minister's office, where the leaders "
        "signed a joint statement. Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho Hyun also "
        "attended the talks. The two leaders also discussed North Korea and agreed to work closely with the "
        "United States.");
    // "him" is Lee, the subject before, since Ishiba cannot be his own object
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::agreed, "Lee Jae-myung"));
    CHECK_FALSE(test::has_relation(doc, "Lee Jae-myung", RelationType::agreed, "Donald Trump"));
    CHECK_FALSE(test::has_relation(doc, "Takeshi Iwaya", RelationType::agreed, "Cho Hyun"));
    CHECK_FALSE(test::has_relation(doc, "Shigeru Ishiba", RelationType::agreed, "Donald Trump"));
    // a pair named together that includes a leader keeps the group: Putin has no title here
    const auto kremlin = test::analyse(
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Erdogan "
        "informed him of his visit to Cairo, where he held talks with President of Egypt Abdel Fattah el-Sisi. "
        "Vladimir Putin and Recep Tayyip Erdogan also discussed energy projects. The leaders agreed to maintain "
        "contacts.");
    CHECK(test::has_relation(kremlin, "Vladimir Putin", RelationType::agreed, "Recep Tayyip Erdogan"));
    CHECK_FALSE(test::has_relation(kremlin, "Recep Tayyip Erdogan", RelationType::agreed, "Abdel Fattah el-Sisi"));
}

TEST_CASE("a headline's surname that is also a place is the titled person of that name", "[entity_resolver]") {
    // a U.S. Department of Defense release
    const auto doc = test::analyse_titled(
        "Austin Hosts Australian Counterpart at Pentagon",
        "WASHINGTON -- Secretary of Defense Lloyd J. Austin III hosted Australian Deputy Prime Minister Richard "
        "Marles at the Pentagon today. Austin and Marles agreed to expand the exercise. Marles later flew to "
        "Austin, Texas, and spoke in Austin.");
    // the headline's Austin and the body's are the Secretary; only "in Austin" and the "Austin, Texas" are the city
    int city = 0;
    for (const auto& m : doc.mentions) {
        if (doc.text(m) != "Austin") continue;
        if (m.type == EntityType::place) ++city;
        else CHECK(m.entity == test::entity(doc, "Lloyd J. Austin III"));
    }
    CHECK(city == 2);
    CHECK(test::has_relation(doc, "Lloyd J. Austin III", RelationType::agreed, "Richard Marles"));
}

TEST_CASE("a title's initials before a surname are no given name", "[entity_resolver]") {
    // PTI: "EAM" is the External Affairs Minister
    const auto doc = test::analyse_titled(
        "EAM Jaishankar meets Saudi Foreign Minister in Riyadh",
        "External Affairs Minister S. Jaishankar on Monday met Saudi Foreign Minister Prince Faisal bin Farhan.");
    const int jaishankar = test::entity(doc, "S. Jaishankar");
    REQUIRE(jaishankar >= 0);
    CHECK(doc.entities[jaishankar].name == "S. Jaishankar");
    CHECK(test::entity(doc, "Jaishankar") == jaishankar);  // one person, named as the body names him
    CHECK(test::position(doc, "S. Jaishankar") == "External Affairs Minister");
}

TEST_CASE("a speaker that is the short name of a place the article names is no person", "[entity_resolver]") {
    // the Philippine News Agency from Manila
    const auto doc = test::analyse(
        "President Ferdinand R. Marcos Jr. and Australian Prime Minister Anthony Albanese agreed to strengthen "
        "maritime cooperation, Malacañang said. The two leaders met at Malacañang Palace.");
    CHECK(test::entity(doc, "Malacañang") < 0);
    CHECK(test::has_relation(doc, "Ferdinand R. Marcos Jr.", RelationType::met_with, "Anthony Albanese"));
}

TEST_CASE("\"the previous round\" and \"the upcoming summit\" are occasions the article does not describe",
          "[entity_resolver]") {
    // Al Jazeera from Muscat; a White House readout
    const auto doc = test::analyse(
        "Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held a fourth round of indirect "
        "talks in Muscat on Sunday. The previous round was held in Rome on April 26. The leaders welcomed the "
        "upcoming summit in Baghdad and the upcoming COP27 conference in Sharm el-Sheikh.");
    CHECK(test::has_relation(doc, "fourth round", RelationType::held_in, "Muscat"));
    CHECK_FALSE(test::has_relation(doc, "fourth round", RelationType::held_in, "Rome"));
    CHECK_FALSE(test::has_relation(doc, "fourth round", RelationType::held_in, "Baghdad"));
    CHECK(test::has_relation(doc, "upcoming COP27 conference", RelationType::held_in, "Sharm el-Sheikh"));
}

TEST_CASE("\"PM Shehbaz\" in a headline is the Prime Minister named in full after it", "[entity_resolver]") {
    // Dawn from Riyadh
    const auto doc = test::analyse_titled("PM Shehbaz calls on Saudi crown prince in Riyadh",
        "Prime Minister Shehbaz Sharif on Wednesday called on Saudi Crown Prince and Prime Minister Mohammed bin "
        "Salman at Al-Yamamah Palace.");
    CHECK(test::entity(doc, "Shehbaz Sharif") >= 0);
    CHECK(test::entity(doc, "PM Shehbaz") < 0);
    CHECK(test::entity(doc, "Shehbaz") == test::entity(doc, "Shehbaz Sharif"));
    CHECK(test::has_relation(doc, "Shehbaz Sharif", RelationType::met_with, "Mohammed bin Salman"));
}

TEST_CASE("\"her\" before \"last\" and a noun is her own, not the object of a time", "[entity_resolver]") {
    // Reuters from Charlevoix: "her" had gone to Rubio, and "he" after the quote then to Joly
    const auto doc = test::analyse(
        "U.S. Secretary of State Marco Rubio and Canadian Foreign Minister Melanie Joly joined the talks. German "
        "Foreign Minister Annalena Baerbock attended her last G7 meeting before the new government takes office.\n\n"
        "Rubio met separately with Joly and said the two had discussed tariffs. \"We had a frank conversation,\" he "
        "told reporters.");
    const Mention* her = nullptr;
    const Mention* he = nullptr;
    for (const auto& m : doc.mentions) {
        if (m.kind != MentionKind::pronoun) continue;
        if (doc.text(m) == "her") her = &m;
        if (doc.text(m) == "he") he = &m;
    }
    REQUIRE(her);
    REQUIRE(he);
    CHECK(her->entity == test::entity(doc, "Annalena Baerbock"));
    CHECK(he->entity == test::entity(doc, "Marco Rubio"));
    // "her last week" stays an object and a time
    auto possessive_her = [](const std::string& text) {
        const auto sentence = test::analyse(text);
        for (std::uint32_t t = 0; t < sentence.tokens.size(); ++t)
            if (sentence.key(t) == "her") return sentence.possessive_pronoun(t);
        FAIL("no \"her\" in " << text);
        return false;
    };
    CHECK(possessive_her("Baerbock attended her last G7 meeting."));
    CHECK_FALSE(possessive_her("Starmer praised her last week."));
    CHECK_FALSE(possessive_her("Macron met her this morning."));
}

TEST_CASE("\"both ministers\" are the office holders named before, not a person they spoke about", "[entity_resolver]") {
    // an Australian DFAT media release
    const auto doc = test::analyse(
        "Minister for Foreign Affairs Penny Wong met China's Foreign Minister Wang Yi in Kuala Lumpur. The Foreign "
        "Minister and Wang Yi discussed regional security. Minister Wong raised Australia's concerns about the "
        "detention of Dr Yang Hengjun.\n\nBoth ministers agreed on the importance of continued dialogue.");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::agreed, "Wang Yi"));
    CHECK_FALSE(test::has_relation(doc, "Penny Wong", RelationType::agreed, "Yang Hengjun"));
}

TEST_CASE("\"the leaders\" are the heads of state or government, not an envoy named after them", "[entity_resolver]") {
    // AFP from Paris; a Kremlin readout that never titles Putin
    const auto doc = test::analyse(
        "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky and British Prime Minister "
        "Keir Starmer at the Elysee Palace for a meeting. U.S. envoy Steve Witkoff and Jared Kushner, President "
        "Donald Trump's son-in-law, attended in person. The leaders signed a declaration of intent.");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::agreed, "Keir Starmer"));
    CHECK(test::has_relation(doc, "Volodymyr Zelensky", RelationType::agreed, "Keir Starmer"));
    CHECK_FALSE(test::has_relation(doc, "Steve Witkoff", RelationType::agreed, "Jared Kushner"));
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::agreed, "Jared Kushner"));
    const auto kremlin = test::analyse(
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Erdogan told "
        "him of his talks with President of Egypt Abdel Fattah el-Sisi. Vladimir Putin and Recep Tayyip Erdogan "
        "also discussed energy projects. The leaders agreed to maintain contacts.");
    CHECK(test::has_relation(kremlin, "Vladimir Putin", RelationType::agreed, "Recep Tayyip Erdogan"));
    CHECK_FALSE(test::has_relation(kremlin, "Recep Tayyip Erdogan", RelationType::agreed, "Abdel Fattah el-Sisi"));
}

TEST_CASE("\"Defense Minister X\" in the headline is the text's \"Minister of Defense X\"", "[entity_resolver]") {
    // a White House readout: the headline's country then serves the ministry too
    const auto doc = test::analyse_titled(
        "Readout of President Biden's Meeting with Foreign Minister Kuleba and Defense Minister Reznikov of Ukraine",
        "Secretary of Defense Lloyd Austin met with Ukraine's Foreign Minister Dmytro Kuleba and Minister of Defense "
        "Oleksii Reznikov.");
    CHECK(test::entity(doc, "Reznikov") == test::entity(doc, "Oleksii Reznikov"));
    CHECK(test::country(doc, "Oleksii Reznikov") == "UA");
    CHECK(test::has_relation(doc, "Oleksii Reznikov", RelationType::member_of, "Ministry of Defense"));
    CHECK(test::entity(doc, "Lloyd Austin") != test::entity(doc, "Oleksii Reznikov"));
}

TEST_CASE("\"Foreign Minister X\" is the \"Minister of Foreign Affairs of Guatemala\" of that name", "[entity_resolver]") {
    // the OAS: one office written two ways, the country after it or not
    const auto doc = test::analyse(
        "Albert Ramdin received the Minister of Foreign Affairs of Guatemala, Carlos Ramiro Martinez. Foreign "
        "Minister Martinez was accompanied by Ambassador Francisco Villagran. Minister of Home Affairs Anita Anand "
        "spoke. Home Minister Anand and Defence Minister Martinez left.");
    CHECK(test::entity(doc, "Martinez") == test::entity(doc, "Carlos Ramiro Martinez"));
    CHECK(test::entity(doc, "Anand") == test::entity(doc, "Anita Anand"));
    const auto& positions = doc.entities[test::entity(doc, "Carlos Ramiro Martinez")].positions;
    CHECK(positions == std::vector<std::string>{"Minister of Foreign Affairs of Guatemala", "Foreign Minister"});  // not "Defence"
}

TEST_CASE("'the meeting' is not an event named only as the setting of the one the article tells of", "[entity_resolver]") {
    // a State Department readout
    const auto doc = test::analyse_titled(
        "Readout of Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar",
        "Secretary of State Marco Rubio met today with Indian External Affairs Minister Subrahmanyam Jaishankar in "
        "Kuala Lumpur on the margins of the ASEAN Foreign Ministers' Meeting. Deputy Secretary Christopher Landau "
        "also joined the meeting.");
    CHECK(test::has_relation(doc, "Christopher Landau", RelationType::attended, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Christopher Landau", RelationType::attended, "ASEAN Foreign Ministers' Meeting"));
}

TEST_CASE("'the dialogue' is the named event whose name ends in its head, of those it may be", "[entity_resolver]") {
    // China Daily from Tokyo
    const auto doc = test::analyse(
        "Wang Yi attended the 11th China-Japan-Republic of Korea Foreign Ministers' Meeting in Tokyo. On the "
        "sidelines of the meeting, Wang also held the China-Japan High-Level Economic Dialogue with Iwaya. "
        "Officials from the Ministry of Commerce took part in the dialogue. The three ministers agreed to prepare "
        "the next trilateral leaders' summit, to be hosted by Japan later this year.");
    CHECK(test::has_relation(doc, "Ministry of Commerce", RelationType::attended, "China-Japan High-Level Economic Dialogue"));
    CHECK_FALSE(test::has_relation(doc, "Ministry of Commerce", RelationType::attended,
                                   "11th China-Japan-Republic of Korea Foreign Ministers' Meeting"));
    // (an appositive that numbers the named event is that event)
    const auto numbered = test::analyse(
        "Wang also held the China-Japan High-Level Economic Dialogue with Iwaya, the sixth such dialogue and the "
        "first in six years.");
    CHECK(test::count(numbered, EntityType::event) == 1);
    CHECK(numbered.entities[test::entity(numbered, "China-Japan High-Level Economic Dialogue")].ordinal == 6);
    // (who hosts an occasion still to come attended none told of)
    CHECK(std::none_of(doc.relations.begin(), doc.relations.end(), [](const Relation& r) { return r.sentence == 3; }));
}

TEST_CASE("\"the meeting\" after the article described one is not an event named later", "[entity_resolver]") {
    // The Hindu from New Delhi: the ambassador was at the 2+2, not at the Raisina Dialogue
    const auto doc = test::analyse(
        "Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara held the third India-Japan 2+2 ministerial "
        "dialogue with their Indian counterparts in New Delhi on Tuesday. Japan's Ambassador to India Ono Keiichi was "
        "present at the meeting. Separately, S. Jaishankar met Australian Foreign Minister Penny Wong, who was in Delhi "
        "for the Raisina Dialogue.");
    CHECK(test::has_relation(doc, "Ono Keiichi", RelationType::attended, "third India-Japan 2+2 ministerial dialogue"));
    CHECK_FALSE(test::has_relation(doc, "Ono Keiichi", RelationType::attended, "Raisina Dialogue"));
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::attended, "Raisina Dialogue"));
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::met_with, "Penny Wong"));  // an initial makes a name
}

TEST_CASE("a headline's \"at Mercosur summit\" keeps the body's name, and \"the summit\" is that one", "[entity_resolver]") {
    // Reuters from Montevideo
    const auto doc = test::analyse_titled(
        "Lula and Milei meet at Mercosur summit in Montevideo",
        "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei met briefly on the sidelines "
        "of the Mercosur summit in Montevideo on Friday. Uruguayan President Luis Lacalle Pou, who hosted the summit, "
        "called the deal historic.");
    CHECK(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == EntityType::event; }) == 1);
    CHECK(test::has_relation(doc, "Luis Lacalle Pou", RelationType::attended, "Mercosur summit"));
    CHECK(test::has_relation(doc, "Mercosur summit", RelationType::held_in, "Montevideo"));
}

TEST_CASE("the Nth round of a named dialogue is its Nth session, which a headline's 'Nth dialogue' names", "[entity_resolver]") {
    // China Daily
    const auto doc = test::analyse_titled(
        "China, EU hold 13th strategic dialogue",
        "Chinese Foreign Minister Wang Yi and EU High Representative Kaja Kallas co-chaired the 13th round of the "
        "China-EU High-Level Strategic Dialogue in Brussels on Wednesday.");
    const int dialogue = test::entity(doc, "China-EU High-Level Strategic Dialogue");
    REQUIRE(dialogue >= 0);
    CHECK(doc.entities[dialogue].ordinal == 13);
    const auto headline = std::find_if(doc.mentions.begin(), doc.mentions.end(),
                                       [&](const Mention& m) { return doc.text(m) == "13th strategic dialogue"; });
    REQUIRE(headline != doc.mentions.end());
    CHECK(headline->entity == dialogue);
    CHECK(test::count(doc, EntityType::event) == 1);
}

TEST_CASE("a dated description is its own occasion, not the article's meeting", "[entity_resolver]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Francesco Talo",
        "National Security Advisor Jake Sullivan met today with Francesco Talo. Following on the July 27 meeting "
        "between President Biden and PM Meloni, Sullivan and Talo reaffirmed their support for Ukraine. They also "
        "discussed Venezuela after the July 28 presidential election.");
    CHECK(test::has_relation(doc, "Biden", RelationType::attended, "July 27 meeting"));
    CHECK(test::has_relation(doc, "Biden", RelationType::met_with, "Meloni"));
    CHECK_FALSE(test::has_relation(doc, "Jake Sullivan", RelationType::attended, "July 27 meeting"));
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::attended, "meeting"));
    CHECK(test::entity(doc, "July 28 presidential election") >= 0);
}

TEST_CASE("'the two ministers' are the ministers named, not the premier met last; a country's ministry takes the gazetteer's name", "[entity_resolver]") {
    // Reuters from Beijing
    const auto doc = test::analyse(
        "Chinese Foreign Minister Wang Yi and Japanese Foreign Minister Takeshi Iwaya held talks in Beijing. Iwaya "
        "also met Chinese Premier Li Qiang. The two ministers also agreed to hold the next round of the dialogue. "
        "Japan's Ministry of Foreign Affairs said Iwaya raised concerns.");
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::agreed, "Takeshi Iwaya"));
    CHECK_FALSE(test::has_relation(doc, "Li Qiang", RelationType::agreed, "Takeshi Iwaya"));
    CHECK(test::entity(doc, "Ministry of Foreign Affairs of Japan") >= 0);
}

TEST_CASE("'the two Ministers' said again after paragraphs on one of them are the same two", "[entity_resolver]") {
    // Korea's foreign ministry, numbered paragraphs
    const auto doc = test::analyse(
        "1. Minister of Foreign Affairs Cho Tae-yul held a Korea-Japan Foreign Ministers' Meeting with Minister for "
        "Foreign Affairs of Japan Iwaya Takeshi on January 13 in Seoul.\n\n2. The two Ministers agreed to continue close "
        "communication.\n\n3. Minister Cho expressed his hope that the two countries would mark the anniversary.\n\n4. "
        "Minister Cho also thanked the people of Japan.\n\n5. The two Ministers also shared the view that Korea-U.S.-Japan "
        "trilateral cooperation remains crucial, and agreed to hold a trilateral meeting at an early date.");
    CHECK(test::count(doc, RelationType::agreed) == 2);  // both times Cho and Iwaya
    CHECK(test::has_relation(doc, "Cho Tae-yul", RelationType::agreed, "Iwaya Takeshi"));
    CHECK_FALSE(test::has_relation(doc, "United States", RelationType::agreed, "Japan"));
    CHECK_FALSE(test::has_relation(doc, "South Korea", RelationType::agreed, "Japan"));
}

TEST_CASE("'the two Ministers' hold the office named, one of them addressed by a courtesy title alone", "[entity_resolver]") {
    // South Africa's DIRCO: the senior officials named last hold other offices
    const auto doc = test::analyse(
        "The Minister of International Relations and Cooperation, Mr Ronald Lamola, and his Nigerian counterpart, "
        "Ambassador Yusuf Maitama Tuggar, co-chaired the Ministerial Session in Abuja. The Ministerial Session was "
        "preceded by a Senior Officials Meeting led by the Director-General of the Department of International "
        "Relations and Cooperation, Mr Zane Dangor, and the Permanent Secretary of Nigeria's Ministry of Foreign "
        "Affairs, Ambassador Adamu Lamuwa. The two Ministers signed a Memorandum of Understanding.");
    CHECK(test::has_relation(doc, "Ronald Lamola", RelationType::agreed, "Yusuf Maitama Tuggar"));
    CHECK_FALSE(test::has_relation(doc, "Zane Dangor", RelationType::agreed, "Adamu Lamuwa"));
}

TEST_CASE("a meeting described with 'a' is not an event of another kind named in the next sentence", "[entity_resolver]") {
    // Pakistan's foreign ministry
    const auto doc = test::analyse(
        "Foreign Minister Ishaq Dar held a bilateral meeting with Foreign Minister Hakan Fidan of Turkey in New "
        "York.\n\nThe two Foreign Ministers agreed to intensify preparations for the 7th session of the "
        "Pakistan-Türkiye High-Level Strategic Cooperation Council (HLSCC), to be held in Islamabad.");
    CHECK(test::has_relation(doc, "Ishaq Dar", RelationType::attended, "bilateral meeting"));
    CHECK(test::has_relation(doc, "bilateral meeting", RelationType::held_in, "New York"));
    const std::string session = "7th session of the Pakistan-Türkiye High-Level Strategic Cooperation Council";
    CHECK_FALSE(test::has_relation(doc, "Ishaq Dar", RelationType::attended, session));
    CHECK_FALSE(test::has_relation(doc, session, RelationType::held_in, "New York"));
}

TEST_CASE("someone's meeting dated to another month is not the article's dialogue", "[entity_resolver]") {
    // China Daily
    const auto doc = test::analyse(
        "China and the United States held the fourth high-level joint dialogue on cybercrime and related issues in "
        "Beijing on Thursday. Guo said China is willing to work with the US to implement the consensus reached "
        "between President Xi Jinping and President Donald Trump at their meeting in Mar-a-Lago in April.");
    const std::string dialogue = "fourth high-level joint dialogue";
    CHECK(test::has_relation(doc, dialogue, RelationType::held_in, "Beijing"));
    CHECK_FALSE(test::has_relation(doc, dialogue, RelationType::held_in, "Mar-a-Lago"));
    CHECK(test::has_relation(doc, "meeting", RelationType::held_in, "Mar-a-Lago"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::agreed, "Donald Trump"));
}

TEST_CASE("a title set off by commas after a name is that person's, not an earlier holder's", "[entity_resolver]") {
    // WAM from Abu Dhabi: two foreign ministers, each named before the title
    const auto doc = test::analyse(
        "The meeting was attended by Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs. The Egyptian "
        "delegation included Sameh Shoukry, Minister of Foreign Affairs, and Hassan Rashad.");
    CHECK(test::has_relation(doc, "Sameh Shoukry", RelationType::represents, "Egypt"));
    CHECK_FALSE(test::has_relation(doc, "Abdullah bin Zayed Al Nahyan", RelationType::represents, "Egypt"));
    // a title followed by a name is that name's: "Melissa Dalton, Assistant Secretary ... Blas Nunez-Neto"
    const auto list = test::analyse(
        "Members of the delegation included Assistant Secretary of Defense Melissa Dalton, Assistant Secretary for "
        "Border and Immigration Policy at the Department of Homeland Security Blas Nunez-Neto, and Katie Tobin.");
    CHECK(test::position(list, "Melissa Dalton") == "Assistant Secretary of Defense");
    CHECK_FALSE(test::has_relation(list, "Melissa Dalton", RelationType::member_of, "Department of Homeland Security"));
}

TEST_CASE("'the meeting' in an article that has described a summit and no other meeting is the summit", "[entity_resolver]") {
    // The Standard from Arusha; the Buenos Aires Times from Montevideo
    const auto doc = test::analyse(
        "Heads of State agreed on Saturday to deploy a regional force, following an extraordinary summit in Arusha. "
        "DR Congo President Felix Tshisekedi joined the meeting virtually.");
    CHECK(test::has_relation(doc, "Felix Tshisekedi", RelationType::attended, "extraordinary summit"));
    CHECK(test::count(doc, EntityType::event) == 1);
    const auto bloc = test::analyse(
        "Presidents of the Mercosur trade bloc closed their summit in Montevideo on Friday. Uruguay's President Luis "
        "Lacalle Pou, who hosted the meeting, handed the presidency to Argentina.");
    CHECK(test::has_relation(bloc, "Luis Lacalle Pou", RelationType::attended, "summit"));
    // a named summit's sidelines host meetings of their own
    const auto sidelines = test::analyse(
        "President Biden met Prime Minister Albanese on the sidelines of the G20 Summit in Bali. During the meeting, "
        "the leaders discussed climate.");
    CHECK(test::count(sidelines, EntityType::event) == 2);
}

TEST_CASE("'the two countries' are the parties named, not a country named as a place", "[entity_resolver]") {
    // AP from Riyadh
    const auto doc = test::analyse(
        "Top U.S. and Russian officials agreed Tuesday to work toward ending the war in Ukraine, Secretary of State "
        "Marco Rubio said after the highest-level meeting between the two countries since the invasion.");
    CHECK(test::has_relation(doc, "United States", RelationType::attended, "highest-level meeting"));
    CHECK(test::has_relation(doc, "Russia", RelationType::attended, "highest-level meeting"));
    CHECK_FALSE(test::has_relation(doc, "Ukraine", RelationType::attended, "highest-level meeting"));
}

TEST_CASE("an object pronoun in a clause whose verb has another subject is the sentence's subject", "[entity_resolver]") {
    // The Hindu from New Delhi
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi held talks with visiting Sri Lankan President Anura Kumara Dissanayake. Mr. "
        "Dissanayake, who is on his first foreign visit, was accorded a ceremonial welcome at Rashtrapati Bhavan, "
        "where President Droupadi Murmu received him.");
    CHECK(test::has_relation(doc, "Droupadi Murmu", RelationType::met_with, "Anura Kumara Dissanayake"));
    CHECK_FALSE(test::has_relation(doc, "Droupadi Murmu", RelationType::met_with, "Narendra Modi"));
}

TEST_CASE("a date in a clause after a description is the clause's, not the occasion's", "[entity_resolver]") {
    // Kyodo from Tokyo: one summit in the headline and the lead
    const auto doc = test::analyse_titled(
        "Ishiba, Lee agree to boost ties at 1st summit",
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae Myung agreed Saturday to deepen "
        "cooperation, in their first summit since Lee took office in June.");
    CHECK(test::count(doc, EntityType::event) == 1);
}

TEST_CASE("'the two leaders' reach back past a paragraph of their delegations", "[entity_resolver]") {
    // TASS from Moscow
    const auto doc = test::analyse(
        "Russian President Vladimir Putin and Chinese President Xi Jinping held talks in the Kremlin on Thursday. The "
        "talks were held first in a narrow format. The Russian delegation included Foreign Minister Sergey Lavrov "
        "and Defense Minister Andrey Belousov. The Chinese side was represented by Foreign Minister Wang Yi and Cai "
        "Qi. Following the talks, the two leaders signed a joint statement.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::agreed, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(doc, "Wang Yi", RelationType::agreed, "Cai Qi"));
}

TEST_CASE("a short name the article defines in brackets after a body's name is that body's", "[entity_resolver]") {
    // a Justice Department release; a White House readout
    const auto doc = test::analyse(
        "The operation was led by the United Kingdom's National Crime Agency (NCA) and the FBI. NCA Director "
        "General Graeme Biggar said the agency had taken control. Administrator Isabel Guzman of the Small "
        "Business Administration (SBA) spoke, and SBA Deputy Administrator Dilawar Syed listened.");
    const int nca = test::entity(doc, "National Crime Agency");
    REQUIRE(nca >= 0);
    CHECK(test::entity(doc, "NCA") == nca);
    CHECK(test::has_relation(doc, "Graeme Biggar", RelationType::member_of, "National Crime Agency"));
    CHECK(test::count(doc, EntityType::agency) == 3);  // the NCA, the FBI and the SBA
}

TEST_CASE("a counterpart named with no office holds the host's; 'the three presidents', 'the two prime ministers'",
          "[entity_resolver]") {
    // AP from Kyiv
    const auto kyiv = test::analyse(
        "Ukrainian President Volodymyr Zelenskyy hosted his Polish and Lithuanian counterparts, Andrzej Duda and "
        "Gitanas Nauseda, in the western city of Lviv on Thursday.\n\nThe three presidents adopted a joint "
        "declaration. Ukraine's Foreign Minister Andrii Sybiha took part in the meeting.");
    CHECK(test::position(kyiv, "Andrzej Duda") == "President");
    CHECK(test::position(kyiv, "Gitanas Nauseda") == "President");
    CHECK(test::has_relation(kyiv, "Volodymyr Zelenskyy", RelationType::agreed, "Andrzej Duda"));
    CHECK(test::has_relation(kyiv, "Andrzej Duda", RelationType::agreed, "Gitanas Nauseda"));
    // an office that names a ministry is the host country's own
    const auto ministry = test::analyse(
        "The Minister of International Relations and Cooperation, Mr Ronald Lamola, met his Nigerian "
        "counterpart, Yusuf Tuggar.");
    CHECK(test::position(ministry, "Yusuf Tuggar").empty());
    // the prime ministers, not the foreign ministers named after them
    const auto delhi = test::analyse(
        "Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese in New Delhi. Foreign "
        "Minister Penny Wong also met External Affairs Minister S. Jaishankar.\n\nThe two prime ministers signed "
        "a migration pact.");
    CHECK(test::has_relation(delhi, "Narendra Modi", RelationType::agreed, "Anthony Albanese"));
    CHECK_FALSE(test::has_relation(delhi, "Penny Wong", RelationType::agreed, "S. Jaishankar"));
}

TEST_CASE("'the two heads of state' are no foreign ministers named before them", "[entity_resolver]") {
    // China's foreign ministry
    const auto doc = test::analyse(
        "Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira in Johannesburg.\n\nMauro Vieira "
        "said that Brazil is willing to implement the important consensus reached by the two heads of state.");
    CHECK_FALSE(test::has_relation(doc, "Mauro Vieira", RelationType::agreed, "Wang Yi"));
    // leaders loosely said may be the officials named
    const auto leaders = test::analyse(
        "Secretary of State Marco Rubio met today with External Affairs Minister Subrahmanyam Jaishankar. Both "
        "leaders agreed to continue close coordination.");
    CHECK(test::has_relation(leaders, "Marco Rubio", RelationType::agreed, "Subrahmanyam Jaishankar"));
}

TEST_CASE("an indefinite meeting after a named event is another event, unless the headline named it", "[entity_resolver]") {
    // the South China Morning Post
    const auto doc = test::analyse(
        "Wang Yi and Takeshi Iwaya co-chaired the second China-Japan High-Level Consultation on People-to-People "
        "and Cultural Exchange in Tokyo.\n\nOn Saturday afternoon, Wang, Iwaya and South Korean Foreign Minister "
        "Cho Tae-yul attended a trilateral foreign ministers' meeting.");
    const std::string consultation = "second China-Japan High-Level Consultation on People-to-People and Cultural Exchange";
    CHECK_FALSE(test::has_relation(doc, "Cho Tae-yul", RelationType::attended, consultation));
    CHECK(test::has_relation(doc, "Cho Tae-yul", RelationType::attended, "trilateral foreign ministers' meeting"));
    // a White House readout: the headline names the meeting the body describes
    const auto readout = test::analyse_titled(
        "Readout of Labor Leaders Meeting to Discuss the American Rescue Plan",
        "Today, President Biden held a productive meeting with labor leaders at the White House.");
    CHECK(test::has_relation(readout, "Biden", RelationType::attended, "Labor Leaders Meeting"));
    CHECK(test::count(readout, EntityType::event) == 1);
}

TEST_CASE("a meeting dated to the past, its partner and place between, is not 'the meeting' the story goes on about",
          "[entity_resolver]") {
    // People's Daily
    const auto doc = test::analyse(
        "Chinese President Xi Jinping met with U.S. Secretary of State Antony Blinken at the Great Hall of the People "
        "in Beijing on Friday.\n\nXi noted that at his meeting with President Joe Biden in San Francisco last "
        "November, the two heads of state agreed on a San Francisco vision.\n\nWang Yi was present at the meeting.");
    CHECK(test::count(doc, EntityType::event) == 2);
    int past = -1, present = -1;  // the meeting held in San Francisco, the one Wang Yi attended
    for (const Relation& r : doc.relations) {
        if (r.type == RelationType::held_in && r.source >= 0 && r.target == test::entity(doc, "San Francisco")) past = r.source;
        if (r.type == RelationType::attended && r.source == test::entity(doc, "Wang Yi")) present = r.target;
    }
    CHECK(past >= 0);
    CHECK(present >= 0);
    CHECK(past != present);
}

TEST_CASE("'the talks' after a summit described and no other meeting are the summit", "[entity_resolver]") {
    // Yonhap
    const auto doc = test::analyse(
        "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Sunday to strengthen cooperation "
        "during their summit at the presidential office in Seoul. National Security Adviser Cho Tae-yong was also "
        "present at the talks.");
    CHECK(test::has_relation(doc, "Cho Tae-yong", RelationType::attended, "summit"));
    CHECK(test::count(doc, EntityType::event) == 1);
}

TEST_CASE("a surname with a shorter title is the one namesake whose office joins fields by 'and'", "[entity_resolver]") {
    // a Department of Agriculture readout
    const auto doc = test::analyse_titled(
        "Readout of Agriculture Secretary Vilsack's Meeting with Mexican Agriculture Secretary Berdegue",
        "U.S. Department of Agriculture Secretary Tom Vilsack met today with Mexico's Secretary of Agriculture and "
        "Rural Development Julio Berdegue in Washington, D.C.");
    CHECK(test::count(doc, EntityType::person) == 2);
}

TEST_CASE("two transliterations of one given name are one person", "[entity_resolver]") {
    // TASS writes "Sergey", most English papers "Sergei"
    const auto doc = test::analyse(
        "Foreign Minister Sergei Lavrov met Wang Yi in Beijing. Sergey Lavrov said the talks were useful. Dmytro "
        "Kuleba, whom Western papers also call Dmitry Kuleba, was not there.");
    CHECK(test::count(doc, EntityType::person) == 3);
}

TEST_CASE("a Secretary's counterpart takes no 'Secretary', which stays the Secretary's", "[entity_resolver]") {
    // a State Department readout
    const auto doc = test::analyse(
        "Secretary Blinken met his Chinese counterpart, Wang Yi, in Vientiane. The Secretary raised concerns.");
    CHECK(test::position(doc, "Wang Yi").empty());
}

TEST_CASE("'the meeting between' two leaders dated to the past is not the meeting the story reports", "[entity_resolver]") {
    // The Times of India
    const auto doc = test::analyse(
        "External affairs minister S Jaishankar on Monday met Chinese foreign minister Wang Yi on the sidelines of "
        "the Shanghai Cooperation Organisation (SCO) foreign ministers' meeting in Tianjin. \"Our ties have improved "
        "since the meeting between PM Modi and President Xi in Kazan last October,\" Jaishankar said.");
    CHECK_FALSE(test::has_relation(doc, "Modi", RelationType::attended, "Shanghai Cooperation Organisation (SCO) foreign ministers' meeting"));
    CHECK(test::has_relation(doc, "Modi", RelationType::attended, "meeting"));
    CHECK(test::has_relation(doc, "S Jaishankar", RelationType::attended, "Shanghai Cooperation Organisation (SCO) foreign ministers' meeting"));
    CHECK(test::position(doc, "S Jaishankar") == "External affairs minister");
}

TEST_CASE("a bilateral meeting is not the trilateral one; 'Republic of Korea' ends a hyphenated name", "[entity_resolver]") {
    // Japan's MOFA, an Atom feed entry and its title
    const auto doc = test::analyse_titled(
        "Japan-China Foreign Ministers' Meeting",
        "Mr. IWAYA Takeshi held a meeting with Mr. Wang Yi, who was visiting Japan to attend the Japan-China-ROK "
        "Foreign Ministers' Meeting.");
    CHECK(test::count(doc, EntityType::event) == 2);
    const auto trilateral = test::analyse_titled(
        "Japan-China-Republic of Korea Foreign Ministers' Meeting",
        "Mr. IWAYA Takeshi hosted the 11th Japan-China-ROK Foreign Ministers' Meeting in Tokyo.");
    CHECK(test::count(trilateral, EntityType::event) == 1);
    CHECK(test::entity(trilateral, "South Korea") >= 0);
}

TEST_CASE("'They' opening a sentence continues the group that opened the last one", "[entity_resolver]") {
    // a White House readout
    const auto doc = test::analyse(
        "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. The leaders discussed "
        "their respective conversations with President Putin and President Zelenskyy. They reaffirmed their "
        "commitment to Ukraine's sovereignty.");
    CHECK(test::has_relation(doc, "Joseph R. Biden, Jr.", RelationType::agreed, "Olaf Scholz"));
    CHECK_FALSE(test::has_relation(doc, "Putin", RelationType::agreed, "Zelenskyy"));
}

TEST_CASE("a meeting whose description says which is not the summit described before", "[entity_resolver]") {
    // written after AAP's style
    const auto doc = test::analyse(
        "The president invited him to the ASEAN summit in Jakarta. Foreign Minister Penny Wong will attend the G20 "
        "foreign ministers' meeting in Johannesburg.");
    CHECK(test::count(doc, EntityType::event) == 2);
    CHECK(test::has_relation(doc, "ASEAN summit", RelationType::held_in, "Jakarta"));
    CHECK_FALSE(test::has_relation(doc, "ASEAN summit", RelationType::held_in, "Johannesburg"));
    CHECK(test::has_relation(doc, "G20 foreign ministers' meeting", RelationType::held_in, "Johannesburg"));
}

TEST_CASE("'the minister' in lower case is the one holder the sentence before names", "[entity_resolver]") {
    // written after AAP's style
    const auto doc = test::analyse(
        "Prime Minister Anthony Albanese met business leaders in Sydney on Monday. Foreign Minister Penny Wong flew to "
        "Jakarta. The minister met with Indonesian Foreign Minister Sugiono on Tuesday.");
    CHECK(test::has_relation(doc, "Penny Wong", RelationType::met_with, "Sugiono"));
    CHECK_FALSE(test::has_relation(doc, "Anthony Albanese", RelationType::met_with, "Sugiono"));
    // two holders named together before: no one
    const auto both = test::analyse(
        "Foreign Minister Wang Yi met Foreign Minister Penny Wong in Canberra. The minister later met with Prime "
        "Minister Anthony Albanese.");
    CHECK_FALSE(test::has_relation(both, "Wang Yi", RelationType::met_with, "Anthony Albanese"));
    CHECK_FALSE(test::has_relation(both, "Penny Wong", RelationType::met_with, "Anthony Albanese"));
}

TEST_CASE("a sovereign's given name joins no one else of that given name", "[entity_resolver]") {
    // the BBC
    const auto doc = test::analyse(
        "Sir Keir Starmer met the Democratic leaders in Congress, Chuck Schumer and Hakeem Jeffries. The prime "
        "minister handed the president a letter from King Charles. Sir Keir said the talks went well.");
    CHECK(test::entity(doc, "Charles") != test::entity(doc, "Chuck Schumer"));
    CHECK(test::position(doc, "Chuck Schumer").empty());
    CHECK(test::entity(doc, "Keir") == test::entity(doc, "Keir Starmer"));
}

TEST_CASE("an office a person 'is also' holds joins the name whatever office it was given first", "[entity_resolver]") {
    // Xinhua
    const auto doc = test::analyse(
        "Chinese President Xi Jinping held talks with To Lam in Hanoi on Monday. Xi, who is also general secretary of "
        "the Communist Party of China (CPC) Central Committee, arrived in Hanoi earlier in the day.");
    const int xi = test::entity(doc, "Xi Jinping");
    REQUIRE(xi >= 0);
    CHECK(test::entity(doc, "Xi") == xi);
    CHECK(doc.entities[xi].positions ==
          std::vector<std::string>{"President", "general secretary of the Communist Party of China Central Committee"});
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::member_of, "Communist Party of China Central Committee"));
    // a second office's body is the one that ends it (Kenya's presidency)
    const auto ruto = test::analyse(
        "President William Ruto has hosted the Chairperson of the African Union Commission at State House. President "
        "Ruto, who is also the Chairperson of the AU Institutional Reform, said Africa must speak with one voice.");
    CHECK_FALSE(test::has_relation(ruto, "William Ruto", RelationType::member_of, "African Union"));
}

TEST_CASE("the words that say what else a person is lead both readers to the same office", "[entity_resolver]") {
    // Xinhua; Kenya's presidency; a plain appositive
    const auto office_after_comma = [](const std::string& text) {
        const auto doc = test::analyse(text);
        for (std::uint32_t t = 0; t + 1 < doc.tokens.size(); ++t)
            if (doc.key(t) == ",") {
                const Document::SecondOffice second = doc.second_office_at(t + 1, doc.sentences.back().end_token);
                return std::make_tuple(std::string(doc.key(second.office)), second.relative, second.also);
            }
        FAIL("no comma in " << text);
        return std::make_tuple(std::string(), false, false);
    };
    CHECK(office_after_comma("Xi, who is also general secretary of the CPC Central Committee, arrived.") ==
          std::make_tuple(std::string("general"), true, true));
    CHECK(office_after_comma("Hun Sen, who is now president of Cambodia's Senate, was not there.") ==
          std::make_tuple(std::string("president"), true, true));
    CHECK(office_after_comma("Rubio, who was confirmed as secretary of state last month, spoke.") ==
          std::make_tuple(std::string("confirmed"), true, false));
    CHECK(office_after_comma("Xi, also general secretary of the CPC Central Committee, arrived.") ==
          std::make_tuple(std::string("general"), false, true));
    CHECK(office_after_comma("Rafael Grossi, director general of the IAEA, said.") ==
          std::make_tuple(std::string("director"), false, false));
}

TEST_CASE("'the German chancellor' is the one German named before when the article gave him no title", "[entity_resolver]") {
    // the Financial Times; the BBC
    const auto doc = test::analyse(
        "Olaf Scholz and Emmanuel Macron failed to agree on joint EU borrowing for defence at a dinner at the Elysee on "
        "Tuesday. The German chancellor and the French president were joined by Polish Prime Minister Donald Tusk.");
    CHECK(test::position(doc, "Olaf Scholz") == "chancellor");
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "dinner"));
    // the country people.tsv knows; a verb or an article ends the office
    const auto bbc = test::analyse(
        "Sir Keir Starmer met Donald Trump at the White House. The prime minister handed the US president a letter.");
    CHECK(test::position(bbc, "Donald Trump") == "president");
    // two of that country named before: neither
    const auto two = test::analyse(
        "Olaf Scholz and Annalena Baerbock arrived in Paris. The German chancellor met Emmanuel Macron.");
    CHECK(test::position(two, "Olaf Scholz").empty());
}

TEST_CASE("an office's initials alone ('EAM') are its one holder", "[entity_resolver]") {
    // India's Ministry of External Affairs
    const auto doc = test::analyse(
        "External Affairs Minister Dr. S. Jaishankar paid an official visit to the UAE. During the visit, EAM called on "
        "H.H. Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE. EAM also held talks with H.H. Sheikh Abdullah bin "
        "Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs of the UAE. The two Ministers co-chaired "
        "the 15th India-UAE Joint Commission Meeting and the 5th India-UAE Strategic Dialogue in Abu Dhabi.");
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::met_with, "Mohamed bin Zayed Al Nahyan"));
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::met_with, "Abdullah bin Zayed Al Nahyan"));
    CHECK(test::has_relation(doc, "S. Jaishankar", RelationType::co_chaired, "15th India-UAE Joint Commission Meeting"));
    CHECK(test::has_relation(doc, "Abdullah bin Zayed Al Nahyan", RelationType::co_chaired, "5th India-UAE Strategic Dialogue"));
    CHECK_FALSE(test::has_relation(doc, "Mohamed bin Zayed Al Nahyan", RelationType::co_chaired, "15th India-UAE Joint Commission Meeting"));
}

TEST_CASE("a secretary's counterpart is no secretary; 'who was confirmed as' gives the office", "[entity_resolver]") {
    // The Guardian
    const auto doc = test::analyse(
        "The foreign secretary, David Lammy, has held his first face-to-face meeting with his US counterpart, Marco Rubio, "
        "in Washington. Rubio, who was confirmed as secretary of state last month, later met the French foreign "
        "minister, Jean-Noël Barrot.");
    CHECK(test::position(doc, "Marco Rubio") == "secretary of state");
    CHECK(test::position(doc, "David Lammy") == "foreign secretary");
}

TEST_CASE("a sovereign named first without his regnal number takes it", "[entity_resolver]") {
    // MENA
    const auto doc = test::analyse_titled(
        "Egypt's Sisi receives Jordan's King Abdullah in Cairo",
        "President Abdel Fattah al-Sisi received King Abdullah II of Jordan at Al-Ittihadiya Palace in Cairo on Tuesday.");
    const int king = test::entity(doc, "Abdullah II");
    REQUIRE(king >= 0);
    CHECK(doc.entities[king].name == "Abdullah II");
    CHECK(test::entity(doc, "Abdullah") == king);
}

TEST_CASE("a headline's ordinary words in capitals name someone only if the story does", "[entity_resolver]") {
    // White House readouts
    const auto doc = test::analyse_titled(
        "Readout of White House Meeting on Child Care to Mark Black History Month",
        "Today, senior officials met with child care providers to mark Black History Month.");
    CHECK(test::entity(doc, "Mark Black") < 0);
    const auto named = test::analyse_titled(
        "Readout of Meeting with Mark Carney", "President Biden met today with Prime Minister Mark Carney of Canada.");
    CHECK(test::entity(named, "Mark Carney") >= 0);
}

TEST_CASE("'the two EU leaders' are the two named before who serve the body, not the host", "[entity_resolver]") {
    // Reuters from Beijing
    const auto doc = test::analyse(
        "European Council President Antonio Costa and European Commission President Ursula von der Leyen met Chinese "
        "Premier Li Qiang in Beijing on Thursday for an EU-China summit. The two EU leaders also met President Xi "
        "Jinping. Hun Sen, who is now president of Cambodia's Senate, was not there.");
    CHECK(test::has_relation(doc, "Antonio Costa", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Ursula von der Leyen", RelationType::met_with, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(doc, "Li Qiang", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Hun Sen", RelationType::member_of, "Cambodia Senate"));
}

TEST_CASE("a headline in capitals: its small words begin no name, its offices are the text's", "[entity_resolver]") {
    // Nigeria's presidency
    const auto doc = test::analyse_titled(
        "PRESIDENT TINUBU RECEIVES SENEGALESE COUNTERPART IN ABUJA",
        "President Bola Ahmed Tinubu on Tuesday received President Bassirou Diomaye Faye of Senegal at the State House, "
        "Abuja.");
    CHECK(test::count(doc, EntityType::person) == 2);
    CHECK(test::position(doc, "Bola Ahmed Tinubu") == "President");
    CHECK(doc.entities[test::entity(doc, "Bola Ahmed Tinubu")].positions.size() == 1);
}

TEST_CASE("a deputy head of government and a minister of one surname are one person", "[entity_resolver]") {
    // The Straits Times; a White House readout
    const auto doc = test::analyse(
        "He was accompanied by Minister for Trade and Industry Gan Kim Yong. The Joint Council, co-chaired by "
        "Deputy Prime Minister Gan and Chinese Vice-Premier Ding Xuexiang, will meet in Tianjin.");
    CHECK(test::entity(doc, "Gan") == test::entity(doc, "Gan Kim Yong"));
    CHECK(test::count(doc, EntityType::person) == 2);
    const auto safadi = test::analyse(
        "Jake Sullivan met Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman "
        "Safadi. Mr. Sullivan and Deputy Prime Minister and Foreign Minister Safadi agreed to stay in touch.");
    CHECK(test::entity(safadi, "Safadi") == test::entity(safadi, "Ayman Safadi"));
    // offices of other kinds still tell namesakes apart
    const auto two = test::analyse(
        "Minister of Public Security Wang Xiaohong met Jen Daskal. Foreign Minister Wang also attended.");
    CHECK(test::entity(two, "Wang") != test::entity(two, "Wang Xiaohong"));
}

TEST_CASE("'the Iranian foreign minister', 'the Iranian top diplomat' before an auxiliary are the one holder named", "[entity_resolver]") {
    // IRNA
    const auto doc = test::analyse(
        "Iranian Foreign Minister Abbas Araghchi met Sergei Lavrov in Moscow. The Iranian top diplomat had held "
        "talks with US envoy Steve Witkoff in Rome last week. The Iranian foreign minister has met Witkoff twice.");
    std::vector<int> described;
    for (const auto& m : doc.mentions)
        if (m.kind == MentionKind::description && m.type == EntityType::person) described.push_back(m.entity);
    CHECK(described == std::vector<int>{test::entity(doc, "Abbas Araghchi"), test::entity(doc, "Abbas Araghchi")});
    CHECK(test::has_relation(doc, "Abbas Araghchi", RelationType::met_with, "Steve Witkoff"));
}

TEST_CASE("'the Ukrainian leader' is the country's head of state or government named before, whatever his title", "[entity_resolver]") {
    // Vatican News
    const auto doc = test::analyse(
        "Pope Leo XIV on Tuesday received Ukrainian President Volodymyr Zelensky and Deputy Foreign Minister Andrii "
        "Sybiha. Earlier in the day, the Ukrainian leader held talks in Rome with Italian Prime Minister Giorgia Meloni.");
    CHECK(test::has_relation(doc, "Volodymyr Zelensky", RelationType::met_with, "Giorgia Meloni"));
    CHECK_FALSE(test::has_relation(doc, "Andrii Sybiha", RelationType::met_with, "Giorgia Meloni"));
    // ("Earlier in the day", after the story's talks: another occasion)
    const auto earlier = test::analyse(
        "Pope Leo XIV received President Volodymyr Zelensky. During the cordial talks, they discussed the war. Earlier "
        "in the day, the Ukrainian leader held talks in Rome with Italian Prime Minister Giorgia Meloni.");
    CHECK(test::has_relation(earlier, "talks", RelationType::held_in, "Rome"));
    CHECK_FALSE(test::has_relation(earlier, "cordial talks", RelationType::held_in, "Rome"));
    // ("following meetings in Geneva": earlier occasions than the one told of)
    const auto following = test::analyse(
        "Chinese and U.S. teams held talks in Stockholm on Monday. This was the third round of talks, following "
        "meetings in Geneva in May.");
    CHECK_FALSE(test::has_relation(following, "talks", RelationType::held_in, "Geneva"));
    CHECK(test::has_relation(following, "meetings", RelationType::held_in, "Geneva"));
    // no country said: "the leader" is no one in particular
    const auto unsaid = test::analyse(
        "President Volodymyr Zelensky met Prime Minister Giorgia Meloni. Later, the leader held talks with Pope Leo.");
    CHECK_FALSE(test::has_relation(unsaid, "Volodymyr Zelensky", RelationType::met_with, "Leo"));
    CHECK_FALSE(test::has_relation(unsaid, "Giorgia Meloni", RelationType::met_with, "Leo"));
    // (a holder people.tsv places in the country: the pronoun after the description is his)
    const auto known = test::analyse(
        "Prime Minister Anthony Albanese spoke with President Joe Biden by phone on Friday. The Australian leader was "
        "last in China in November 2023, when he met Xi Jinping at the Great Hall of the People.");
    CHECK(test::has_relation(known, "Anthony Albanese", RelationType::met_with, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(known, "Joe Biden", RelationType::met_with, "Xi Jinping"));
}

TEST_CASE("'the heads of state' are the leaders last named", "[entity_resolver]") {
    // the Kremlin
    const auto doc = test::analyse(
        "Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. The President of "
        "Russia expressed his condolences. The heads of state agreed to stay in contact.");
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::agreed, "Ilham Aliyev"));
    // Reuters from Beijing: "the EU leaders" are the EU's two named before, without a number too
    const auto eu = test::analyse(
        "European Council President Antonio Costa and European Commission President Ursula von der Leyen met "
        "Chinese President Xi Jinping on the sidelines of the APEC Leaders Summit. The EU leaders later held talks "
        "with Premier Li Qiang.");
    CHECK(test::has_relation(eu, "Antonio Costa", RelationType::met_with, "Li Qiang"));
    CHECK(test::has_relation(eu, "Ursula von der Leyen", RelationType::met_with, "Li Qiang"));
    CHECK_FALSE(test::has_relation(eu, "Xi Jinping", RelationType::met_with, "Li Qiang"));
    CHECK(test::entity(eu, "APEC Leaders Summit") >= 0);
}

TEST_CASE("'the two ministers' are the last two who hold the office the group names", "[entity_resolver]") {
    // Reuters from Washington
    const auto doc = test::analyse(
        "Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign Minister Olivier Nduhungirehe signed "
        "the deal in the presence of Secretary of State Marco Rubio. President Donald Trump later met the two ministers "
        "at the White House.");
    CHECK(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Therese Kayikwamba Wagner"));
    CHECK(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Olivier Nduhungirehe"));
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::met_with, "Marco Rubio"));
}

TEST_CASE("'his Singaporean counterpart' with no name is the one Singaporean named before, whatever his office", "[entity_resolver]") {
    // Việt Nam News; Xinhua
    const auto doc = test::analyse(
        "Singaporean Prime Minister Lawrence Wong arrived in Hanoi on Tuesday. Earlier, Prime Minister Pham Minh Chinh "
        "and his Singaporean counterpart held talks at the Government Headquarters. Wang Yi met his Egyptian "
        "counterpart in Cairo.");
    CHECK(test::has_relation(doc, "Pham Minh Chinh", RelationType::met_with, "Lawrence Wong"));
    CHECK(test::position(doc, "Lawrence Wong") == "Prime Minister");  // a peer's word is no office
    for (const auto& m : doc.mentions)
        if (m.kind == MentionKind::pronoun) CHECK(doc.entities[m.entity].name != "Lawrence Wong");  // "his" is Chinh's
    // no Egyptian named before: no one
    CHECK(test::count(doc, EntityType::person) == 3);
}

TEST_CASE("a body's numbered meeting is not 'the meeting' of a sentence before", "[entity_resolver]") {
    // KUNA; a White House readout
    const auto doc = test::analyse(
        "The Crown Prince received Saudi Foreign Minister Prince Faisal bin Farhan on Monday. The meeting was attended "
        "by Kuwaiti Foreign Minister Abdullah Al-Yahya. Earlier, Al-Yahya and his Saudi counterpart co-chaired the "
        "fifth meeting of the Saudi-Kuwaiti Coordination Council.");
    CHECK(test::has_relation(doc, "Abdullah Al-Yahya", RelationType::attended, "meeting"));
    CHECK(test::entity(doc, "meeting") != test::entity(doc, "fifth meeting"));
    // in apposition, the same meeting
    const auto same = test::analyse(
        "They noted that their December 9 trilateral meeting in Seoul — the fourth such meeting of the Biden "
        "Administration — had allowed them to strengthen their coordination.");
    CHECK(test::count(same, EntityType::event) == 1);
}

TEST_CASE("a meeting still to come is not the meeting a later sentence tells of", "[entity_resolver]") {
    // Anadolu from Athens
    const auto doc = test::analyse(
        "Turkish Foreign Minister Hakan Fidan met his Greek counterpart George Gerapetritis in Athens on Friday. The "
        "two ministers discussed preparations for the High-Level Cooperation Council meeting to be chaired by "
        "President Recep Tayyip Erdogan and Prime Minister Kyriakos Mitsotakis in Ankara next year. Earlier on "
        "Friday, Fidan held a meeting with Greek opposition leader Nikos Androulakis.");
    CHECK(test::entity(doc, "meeting") != test::entity(doc, "High-Level Cooperation Council meeting"));
    CHECK_FALSE(test::has_relation(doc, "Hakan Fidan", RelationType::attended, "High-Level Cooperation Council meeting"));
}

TEST_CASE("a pronoun later in a sentence that a pronoun opens is that one's person", "[entity_resolver]") {
    // AP from Jerusalem
    const auto doc = test::analyse(
        "U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu on Tuesday. Blinken, on "
        "his ninth trip to the region, also met Defense Minister Yoav Gallant and opposition leader Yair Lapid. "
        "He later traveled to Amman, where he met Jordan's King Abdullah II and Foreign Minister Ayman Safadi.");
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Abdullah II"));
    CHECK_FALSE(test::has_relation(doc, "Yair Lapid", RelationType::met_with, "Abdullah II"));
}

TEST_CASE("'his counterpart' in a relative clause is the counterpart of the person the clause describes", "[entity_resolver]") {
    // DW
    const auto doc = test::analyse(
        "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw. Merz was accompanied by "
        "Foreign Minister Johann Wadephul, who held talks with his Polish counterpart Radoslaw Sikorski.");
    CHECK(test::position(doc, "Radoslaw Sikorski") == "Foreign Minister");
    CHECK(test::has_relation(doc, "Johann Wadephul", RelationType::met_with, "Radoslaw Sikorski"));
    for (const auto& m : doc.mentions)
        if (m.kind == MentionKind::pronoun) CHECK(m.entity == test::entity(doc, "Johann Wadephul"));
}

TEST_CASE("'the two foreign ministers' are the ministers named further back than the leaders they spoke of", "[entity_resolver]") {
    // China's foreign ministry
    const auto doc = test::analyse(
        "On July 18, Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira in Beijing. Wang "
        "Yi said that under the strategic guidance of President Xi Jinping and President Luiz Inácio Lula da Silva, "
        "relations are at their best. Mauro Vieira said that Brazil firmly adheres to the one-China policy. The two "
        "sides also exchanged views on BRICS cooperation and the Ukraine crisis. After the talks, the two foreign "
        "ministers jointly met the press.");
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::met_with, "Luiz Inácio Lula da Silva"));
    CHECK(test::has_relation(doc, "Wang Yi", RelationType::met_with, "Mauro Vieira"));
}

TEST_CASE("a subject pronoun that opens a clause of place is the sentence's subject, unless an owner came between",
          "[entity_resolver]") {
    // AP from Doha; a White House readout
    const auto doc = test::analyse(
        "Secretary of State Antony Blinken had earlier traveled to Egypt, where he held talks with President Abdel "
        "Fattah el-Sisi, and to Israel, where he met Prime Minister Benjamin Netanyahu. Jake Sullivan expressed "
        "appreciation for Prime Minister Fumio Kishida's visit to India, where he met Prime Minister Narendra Modi.");
    CHECK(test::has_relation(doc, "Antony Blinken", RelationType::met_with, "Benjamin Netanyahu"));
    CHECK_FALSE(test::has_relation(doc, "Abdel Fattah el-Sisi", RelationType::met_with, "Benjamin Netanyahu"));
    CHECK(test::has_relation(doc, "Fumio Kishida", RelationType::met_with, "Narendra Modi"));
    CHECK_FALSE(test::has_relation(doc, "Jake Sullivan", RelationType::met_with, "Narendra Modi"));
}

TEST_CASE("an event ahead or in preparation is still to come; an indefinite occasion with another head is another",
          "[entity_resolver]") {
    // AP from Paris; a White House readout
    const auto doc = test::analyse(
        "International Olympic Committee President Thomas Bach met French President Emmanuel Macron at the Elysee "
        "Palace on Monday to review security preparations for the Paris Olympics. Interior Minister Gérald Darmanin "
        "briefed the group on plans to deploy police for the opening ceremony on the Seine. Macron later hosted a "
        "dinner for IOC members at the palace. President Biden spoke with Chancellor Scholz ahead of the NATO Summit.");
    CHECK(test::has_relation(doc, "Thomas Bach", RelationType::met_with, "Emmanuel Macron"));
    CHECK_FALSE(test::has_relation(doc, "Thomas Bach", RelationType::attended, "Paris Olympics"));
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "dinner"));
    CHECK(test::entity(doc, "dinner") != test::entity(doc, "opening ceremony"));
    CHECK_FALSE(test::has_relation(doc, "Biden", RelationType::attended, "NATO Summit"));
}

TEST_CASE("the pronoun after ', with whom' is the sentence's first person, not the one the clause describes",
          "[entity_resolver]") {
    // a news page from Beijing
    const auto doc = test::analyse(
        "Australian Prime Minister Anthony Albanese also met Premier Li Qiang, with whom he held the annual leaders' "
        "meeting.");
    CHECK(test::has_relation(doc, "Anthony Albanese", RelationType::attended, "annual leaders' meeting"));
    CHECK(test::has_relation(doc, "Li Qiang", RelationType::attended, "annual leaders' meeting"));
}

TEST_CASE("a capital 'He' inside a sentence, after 'He Lifeng' was named, is no pronoun", "[entity_resolver]") {
    // Xinhua from Stockholm
    const auto doc = test::analyse(
        "Chinese Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent held talks in Stockholm. The Chinese "
        "side was represented by He, also a member of the Political Bureau, and Li Chenggang. He said the talks went "
        "well.");
    CHECK_FALSE(test::has_relation(doc, "Scott Bessent", RelationType::represents, "China"));
    CHECK(test::country(doc, "Scott Bessent") == "US");
    std::size_t pronouns = 0;
    for (const auto& m : doc.mentions) pronouns += m.kind == MentionKind::pronoun;
    CHECK(pronouns == 1);  // the sentence-opening "He" is one
}

TEST_CASE("an office set off after a name, and the body it is of, are that person's before a list's \"and\"",
          "[entity_resolver]") {
    // the Council of the EU's summit page
    const auto doc = test::analyse(
        "The EU was represented by António Costa, President of the European Council, and Ursula von der Leyen, "
        "President of the European Commission. China was represented by President Xi Jinping and Premier Li Qiang.");
    CHECK_FALSE(test::has_relation(doc, "Xi Jinping", RelationType::member_of, "European Union"));
    CHECK(test::has_relation(doc, "António Costa", RelationType::member_of, "European Council"));
    CHECK(test::has_relation(doc, "Xi Jinping", RelationType::represents, "China"));
}

TEST_CASE("a pronoun opening a sentence goes on with the pronoun that opened the one before", "[entity_resolver]") {
    // an AP obituary
    const auto doc = test::analyse(
        "Henry Kissinger negotiated the Paris Peace Accords. He made a secret trip to Beijing in 1971 that paved the "
        "way for Richard Nixon's visit to China and his meeting with Mao Zedong. He met Chinese President Xi Jinping "
        "in Beijing in July 2023.");
    CHECK(test::has_relation(doc, "Henry Kissinger", RelationType::met_with, "Xi Jinping"));
    CHECK_FALSE(test::has_relation(doc, "Richard Nixon", RelationType::met_with, "Xi Jinping"));
    CHECK(test::has_relation(doc, "Richard Nixon", RelationType::met_with, "Mao Zedong"));
    // (Nixon's visit is another occasion than the trip the sentence has just told of)
    CHECK(test::has_relation(doc, "Richard Nixon", RelationType::attended, "visit"));
    CHECK_FALSE(test::has_relation(doc, "Richard Nixon", RelationType::attended, "secret trip"));
}

TEST_CASE("a press briefing or news conference is where news is told, not the meeting the story tells of",
          "[entity_resolver]") {
    // a State Department briefing's transcript
    const auto doc = test::analyse(
        "Department Press Briefing\n\nThe Secretary met with Foreign Minister Sergey Lavrov in Riyadh on February 18. "
        "National Security Advisor Mike Waltz and Special Envoy Steve Witkoff joined the meeting.");
    CHECK_FALSE(test::has_relation(doc, "Mike Waltz", RelationType::attended, "Department Press Briefing"));
    CHECK(test::has_relation(doc, "Mike Waltz", RelationType::attended, "meeting"));
    // (who holds one with someone was there with them)
    const auto press = test::analyse("Chancellor Olaf Scholz spoke at a news conference with President Emmanuel Macron.");
    CHECK(test::has_relation(press, "Emmanuel Macron", RelationType::attended, "news conference"));
}

TEST_CASE("a description the event's later name spells out in full is that event; the host honours a guest",
          "[entity_resolver]") {
    // Reuters from New Delhi
    const auto doc = test::analyse(
        "Narendra Modi and Vladimir Putin on Friday pledged to expand trade at their annual summit in New Delhi. "
        "Putin was welcomed by Modi at the airport. The two leaders then held a private dinner. At the 23rd "
        "India-Russia Annual Summit on Friday, the leaders signed agreements. Ajit Doval attended the talks. Later, "
        "Putin met President Droupadi Murmu, who hosted a state banquet in his honour.");
    CHECK(test::has_relation(doc, "23rd India-Russia Annual Summit", RelationType::held_in, "New Delhi"));
    CHECK(test::entity(doc, "annual summit") < 0);
    CHECK(test::has_relation(doc, "Ajit Doval", RelationType::attended, "23rd India-Russia Annual Summit"));
    CHECK(test::has_relation(doc, "Vladimir Putin", RelationType::attended, "state banquet"));
}

TEST_CASE("leaders of no number that someone else reports on are not the last pair named without the speaker",
          "[entity_resolver]") {
    // AP from a G7 summit
    const auto doc = test::analyse(
        "Prime Minister Keir Starmer and President Donald Trump signed a trade deal on the sidelines of the summit. "
        "Prime Minister Mark Carney said the leaders agreed on a statement on Iran.");
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Donald Trump"));
    CHECK(test::count(doc, RelationType::agreed) == 1);
    // (one of the pair may report on them)
    const auto pair = test::analyse(
        "Prime Minister Keir Starmer met President Donald Trump at Chequers. Starmer said the leaders agreed on "
        "tariffs.");
    CHECK(test::has_relation(pair, "Keir Starmer", RelationType::agreed, "Donald Trump"));
}

TEST_CASE("\"the two\" opening a sentence are the pair the sentence before named, when it named no one else",
          "[entity_resolver]") {
    // a White House readout; AP
    const auto doc = test::analyse(
        "National Security Advisor Jake Sullivan spoke over the phone today with Philippine National Security "
        "Advisor Eduardo M. Año. The two reaffirmed the alliance.");
    CHECK(test::has_relation(doc, "Jake Sullivan", RelationType::agreed, "Eduardo M. Año"));
    const auto three = test::analyse(
        "Antony Blinken met Wang Yi and Olaf Scholz on Friday. The two reaffirmed the alliance.");
    CHECK(test::count(three, RelationType::agreed) == 0);
}

TEST_CASE("an office named before anyone holds it is not one introduced later with a country of his own",
          "[entity_resolver]") {
    // a gov.uk readout
    const auto doc = test::analyse(
        "PM call with President Zelenskyy: 5 March 2025\n\nThe Prime Minister spoke to President Zelenskyy this "
        "morning. The Prime Minister also spoke to Canadian Prime Minister Justin Trudeau.");
    CHECK_FALSE(test::has_relation(doc, "Justin Trudeau", RelationType::met_with, "Zelenskyy"));
    // (a headline's office may be the one the story names later: "Call with President Macron of France")
    const auto headline = test::analyse_titled(
        "Readout of President Biden's Call with President Macron of France",
        "Readout of President Biden's Call with President Macron of France\n\nPresident Joseph R. Biden, Jr. spoke "
        "today with President Emmanuel Macron of France.");
    CHECK(test::has_relation(headline, "Joseph R. Biden, Jr.", RelationType::met_with, "Emmanuel Macron"));
}

TEST_CASE("whom an office serves holds no such office: \"the Vice President\" is not her adviser", "[entity_resolver]") {
    // a White House readout; China's foreign ministry
    const auto doc = test::analyse(
        "National Security Advisor to the Vice President Phil Gordon met Vice President Kamala Harris. During the "
        "meeting, the Vice President said the talks went well.");
    CHECK(test::has_relation(doc, "Kamala Harris", RelationType::attended, "meeting"));
    CHECK_FALSE(test::has_relation(doc, "Phil Gordon", RelationType::attended, "meeting"));
    const auto advisor = test::analyse(
        "On May 23, 2024, Director Wang Yi met with Special Advisor to the Brazilian President Celso Amorim in Beijing.");
    CHECK(test::position(advisor, "Celso Amorim") == "Special Advisor to the Brazilian President");
    CHECK(test::country(advisor, "Celso Amorim") == "BR");
}

TEST_CASE("a sentence that turns to another scene introduces another occasion", "[entity_resolver]") {
    // Reuters from Kyiv
    const auto doc = test::analyse(
        "Ukrainian President Volodymyr Zelenskiy met U.S. special envoy Keith Kellogg in Kyiv on Thursday. Foreign "
        "Minister Andrii Sybiha joined the talks. Meanwhile, Russian Foreign Minister Sergei Lavrov and U.S. "
        "Secretary of State Marco Rubio held talks in Riyadh. Saudi Foreign Minister Prince Faisal bin Farhan hosted "
        "the meeting.");
    REQUIRE(test::count(doc, EntityType::event) == 2);
    CHECK(test::count(doc, RelationType::held_in) == 1);
    // (Sybiha attended the talks in Kyiv, which were held nowhere the text says; Faisal the ones in Riyadh)
    const auto attended = [&](const std::string& person, int event) {
        return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& a) {
            return a.type == RelationType::attended && a.target == event && doc.entities[static_cast<std::size_t>(a.source)].name == person;
        });
    };
    for (const auto& r : doc.relations)
        if (r.type == RelationType::held_in) {
            CHECK(attended("Faisal bin Farhan", r.source));
            CHECK_FALSE(attended("Andrii Sybiha", r.source));
        }
}

TEST_CASE("a pronoun after \"in which\" is the subject of the sentence, past an owner's partner", "[entity_resolver]") {
    // a White House readout
    const auto doc = test::analyse(
        "President Joe Biden briefed leaders on his call with President Vladimir Putin, in which he discussed the "
        "serious consequences of Russian military action in Ukraine.");
    bool checked = false;
    for (const auto& m : doc.mentions)
        if (m.kind == MentionKind::pronoun && doc.key(m.first_token) == "he") {
            REQUIRE(m.entity >= 0);
            CHECK(doc.entities[static_cast<std::size_t>(m.entity)].name == "Joe Biden");
            checked = true;
        }
    CHECK(checked);
}

TEST_CASE("a ministry's regular briefing is where news is told, not a meeting held after it", "[entity_resolver]") {
    // Reuters from Beijing
    const auto doc = test::analyse(
        "Chinese Foreign Ministry spokesperson Mao Ning told a regular briefing on Monday that Beijing opposed the "
        "sanctions. U.S. Trade Representative Katherine Tai held a virtual meeting with Chinese Vice Premier Liu He.");
    CHECK(test::has_relation(doc, "Katherine Tai", RelationType::attended, "virtual meeting"));
    CHECK_FALSE(test::has_relation(doc, "Katherine Tai", RelationType::attended, "regular briefing"));
}

TEST_CASE("an event's head alone in a list's header is the article's occasion, not another", "[entity_resolver]") {
    // a White House readout's list of speakers
    const auto doc = test::analyse_titled(
        "Readout of Vice President Kamala Harris's Meeting with Indiana State Legislators",
        "Vice President Kamala Harris met with Indiana state legislators today.\n\nMeeting Speakers:\n\n-   Rep. Phil "
        "GiaQuinta, Indiana House Minority Leader\n-   Rep. Cherrish Pryor, Indiana House Democratic Floor Leader");
    CHECK(test::count(doc, EntityType::event) == 1);
    CHECK(test::has_relation(doc, "Phil GiaQuinta", RelationType::attended, "Meeting"));
    CHECK(test::entity(doc, "Democratic Floor") < 0);
}

TEST_CASE("an adviser to 'the' leader serves the country of the one holder of that office named", "[entity_resolver]") {
    // a White House readout's headline; a Nigerian paper names two presidents
    const auto doc = test::analyse(
        "Jake Sullivan met with Prime Minister Mario Draghi of Italy and Diplomatic Advisor to the Prime Minister "
        "Luigi Mattiolo.");
    CHECK(test::country(doc, "Luigi Mattiolo") == "IT");
    const auto abuja = test::analyse(
        "President Bola Tinubu received South African President Cyril Ramaphosa. Chief of Staff to the President "
        "Femi Gbajabiamila attended.");
    CHECK(test::country(abuja, "Femi Gbajabiamila") != "ZA");
}

TEST_CASE("a leader's own office-holder, named after 'his' and the office, is of his country", "[entity_resolver]") {
    const auto doc = test::analyse(
        "Hungarian Prime Minister Viktor Orban skipped the summit in Brussels, sending his foreign minister, Peter "
        "Szijjarto, instead. Egypt's President Sisi was thanked for his participation in President Biden's summit.");
    CHECK(test::country(doc, "Peter Szijjarto") == "HU");
    CHECK(test::country(doc, "Biden") == "US");
}
