// The relation extractor on who agreed with whom.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using namespace kg;
using test::has_relation;

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

TEST_CASE("agreements in the plural between countries, or their governments, are agreed by them", "[relation_extractor]") {
    // The Star from Nairobi
    const auto doc = test::analyse(
        "The two presidents witnessed the signing of five agreements between the governments of Kenya and Uganda. A "
        "pact between Rwanda and Burundi followed.");
    CHECK(test::has_relation(doc, "Kenya", RelationType::agreed, "Uganda"));
    CHECK(test::has_relation(doc, "Rwanda", RelationType::agreed, "Burundi"));
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

TEST_CASE("'the two sides' are the two people who met after the last countries named", "[relation_extractor]") {
    // The Korea Herald; a White House readout
    const auto doc = test::analyse(
        "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met in Lima. \"The two leaders shared the view that military cooperation between North Korea and Russia poses a serious "
        "threat,\" Kim said. Later in the day, Yoon held talks with Chinese President Xi Jinping for the first time "
        "in two years. The two sides agreed to continue communication at the ministerial level.");
    CHECK(has_relation(doc, "Yoon Suk Yeol", RelationType::agreed, "Xi Jinping"));
    CHECK_FALSE(has_relation(doc, "North Korea", RelationType::agreed, "Russia"));
    // three people are no two sides
    const auto three = test::analyse(
        "National Security Advisor Jake Sullivan met with Defense Minister Yoav Gallant and Chief of the General Staff "
        "Herzi Halevi. In his discussions with Minister Gallant and General Halevi, Mr. Sullivan received briefings on Israeli "
        "military operations. Minister Gallant and General Halevi briefed Mr. Sullivan on the concerns expressed by "
        "the U.S. side. The two sides agreed to continue discussions.");
    CHECK_FALSE(has_relation(three, "Halevi", RelationType::agreed, "Sullivan"));
}

TEST_CASE("a country after 'with' is a partner, not the subject of the verb after it", "[relation_extractor]") {
    // The Korea Herald; China Daily
    const auto doc = test::analyse(
        "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Saturday to strengthen trilateral "
        "security cooperation with the United States, in their summit held on the sidelines of the APEC summit in "
        "Lima, Peru.");
    CHECK(has_relation(doc, "Yoon Suk Yeol", RelationType::attended, "APEC summit"));
    CHECK_FALSE(has_relation(doc, "United States", RelationType::attended, "APEC summit"));
    // "with both sides pledging": the subject of a clause of its own
    const auto daily = test::analyse(
        "The China-US Counternarcotics Working Group held its third meeting in Beijing on Wednesday, with both sides "
        "pledging to deepen cooperation on fentanyl precursor control.");
    CHECK(has_relation(daily, "China", RelationType::agreed, "United States"));
}

TEST_CASE("two countries' bodies named alone agree with each other", "[relation_extractor]") {
    // Reuters from Hanoi
    const auto doc = test::analyse(
        "The Philippine Coast Guard and the Vietnam Coast Guard agreed to set up a hotline. Hamas and Boeing agreed "
        "on nothing.");
    CHECK(has_relation(doc, "Philippine Coast Guard", RelationType::agreed, "Vietnam Coast Guard"));
    CHECK_FALSE(has_relation(doc, "Hamas", RelationType::agreed, "Boeing"));  // bodies of no country said
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

TEST_CASE("deals inked, agreements reached, statements adopted; a known body of no country agrees beside one", "[relation_extractor]") {
    const auto doc = test::analyse(
        "Prime Minister Narendra Modi and President Joe Biden inked a deal on jet engines. Foreign Minister Wang Yi "
        "and Foreign Minister Penny Wong reached an agreement on trade. President Xi Jinping and President Vladimir "
        "Putin adopted a joint statement.");
    CHECK(has_relation(doc, "Narendra Modi", RelationType::agreed, "Joe Biden"));
    CHECK(has_relation(doc, "Wang Yi", RelationType::agreed, "Penny Wong"));
    CHECK(has_relation(doc, "Xi Jinping", RelationType::agreed, "Vladimir Putin"));
    const auto bodies = test::analyse(
        "Israel and Hamas agreed on a ceasefire. The United States and the European Union agreed to cooperate on "
        "chips. The Biden-Harris Administration reaffirmed its commitment to ensuring that Americans can vote.");
    CHECK(has_relation(bodies, "Israel", RelationType::agreed, "Hamas"));
    CHECK(has_relation(bodies, "United States", RelationType::agreed, "European Union"));
    CHECK_FALSE(has_relation(bodies, "Biden-Harris Administration", RelationType::agreed, "United States"));
}

TEST_CASE("who agreed after talks attended them", "[relation_extractor]") {
    // the BBC
    const auto doc = test::analyse(
        "Sir Keir Starmer and Emmanuel Macron have agreed to deepen defence co-operation after talks in Paris.");
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::agreed, "Emmanuel Macron"));
    CHECK(test::has_relation(doc, "Keir Starmer", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "Emmanuel Macron", RelationType::attended, "talks"));
    CHECK(test::has_relation(doc, "talks", RelationType::held_in, "Paris"));
    // meeting after an event is no attending of it
    const auto met = test::analyse("Starmer met Macron after the G7 summit in Rome.");
    CHECK_FALSE(test::has_relation(met, "Starmer", RelationType::attended, "G7 summit"));
}

TEST_CASE("a word in quotes goes on with the clause: who agreed during a summit attended it", "[relation_extractor]") {
    // Yonhap
    const auto doc = test::analyse(
        "President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Tuesday to develop bilateral "
        "relations in a \"stable\" manner during their first summit on the sidelines of the Group of Seven (G7) summit "
        "in Canada, Lee's office said.");
    CHECK(test::has_relation(doc, "Shigeru Ishiba", RelationType::attended, "first summit"));
    CHECK(test::has_relation(doc, "Lee Jae-myung", RelationType::attended, "first summit"));
    // a quotation still ends it
    const auto quoted = test::analyse(
        "Starmer said \"we will meet the President of France and the Chancellor of Germany\" at the summit.");
    CHECK(test::count(quoted, RelationType::met_with) == 0);
}

TEST_CASE("who issued a joint statement agreed on it", "[relation_extractor]") {
    // AFP
    const auto doc = test::analyse(
        "Colombian President Gustavo Petro, Brazilian President Luiz Inacio Lula da Silva and Mexican President Andres "
        "Manuel Lopez Obrador had issued a joint statement last month calling for the publication of the vote tallies.");
    CHECK(test::has_relation(doc, "Gustavo Petro", RelationType::agreed, "Luiz Inacio Lula da Silva"));
    CHECK(test::has_relation(doc, "Andres Manuel Lopez Obrador", RelationType::agreed, "Gustavo Petro"));
}

TEST_CASE("who sign, after 'the signing of ... by', agree; a participle's agent does not", "[relation_extractor]") {
    // a Nairobi paper; AP from Manila
    const auto doc = test::analyse(
        "The two Heads of State witnessed the signing of three agreements on energy, transport and tourism by Kenya's "
        "Trade Cabinet Secretary Rebecca Miano and Tanzania's Minister for Industry and Trade Ashatu Kijaji. They "
        "attended the signing of the deal, witnessed by President Joe Biden and President Emmanuel Macron.");
    CHECK(test::has_relation(doc, "Rebecca Miano", RelationType::agreed, "Ashatu Kijaji"));
    CHECK(test::count(doc, RelationType::agreed) == 1);
}

TEST_CASE("who struck a deal or reached an agreement with someone agreed with them", "[relation_extractor]") {
    // Reuters; EFE
    const auto doc = test::analyse(
        "Chancellor Olaf Scholz struck a deal with Prime Minister Giorgia Meloni on energy. President Lula reached "
        "an agreement with President Alberto Fernández on a common currency.");
    CHECK(test::has_relation(doc, "Olaf Scholz", RelationType::agreed, "Giorgia Meloni"));
    CHECK(test::has_relation(doc, "Lula", RelationType::agreed, "Alberto Fernández"));
    // (not whom the deal is about, past "to")
    const auto about = test::analyse("Olaf Scholz struck a deal to send tanks to President Volodymyr Zelensky.");
    CHECK(test::count(about, RelationType::agreed) == 0);
}
