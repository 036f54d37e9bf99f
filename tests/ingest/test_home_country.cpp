#include <catch2/catch.hpp>

#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"
#include "support.hpp"

using namespace kg;

namespace {

/// Reads `text` as a plain-text file would be read (furniture, credit, dateline), then analyses it.
Document analyse_file_text(const std::string& text, const std::string& file = "article.txt") {
    static const Pipeline pipeline(Schema::defaults());
    auto articles = read_articles_from_text(text, file, *Schema::defaults());
    REQUIRE(articles.size() == 1);
    return pipeline.analyse(std::move(articles.front()));
}

/// Analyses `text` as a White House readout: its site makes its unqualified officials American.
Document analyse_published(const std::string& url, const std::string& text) {
    static const Pipeline pipeline(Schema::defaults());
    Article article;
    article.url = url;
    article.text = text;
    return pipeline.analyse(std::move(article));
}

Document analyse_readout(const std::string& text) {
    return analyse_published("https://www.whitehouse.gov/briefing-room/statements-releases/readout/", text);
}

}  // namespace

TEST_CASE("a national agency's dateline at home gives its unqualified officials the home country", "[home_country]") {
    // Yonhap from Seoul: the article never names South Korea
    const auto doc = analyse_file_text(
        "Lee, Ishiba agree to boost cooperation\n\n"
        "SEOUL, Aug. 23 (Yonhap) -- President Lee Jae Myung held a summit with Japanese Prime Minister Shigeru Ishiba "
        "in Tokyo on Saturday. National Security Adviser Wi Sung-lac accompanied Lee.\n");
    CHECK(doc.article.credit == "Yonhap");
    CHECK(test::country(doc, "Lee Jae Myung") == "KR");
    CHECK(test::has_relation(doc, "Lee Jae Myung", RelationType::represents, "South Korea"));
    CHECK(test::has_relation(doc, "Wi Sung-lac", RelationType::represents, "South Korea"));
    CHECK(test::country(doc, "Shigeru Ishiba") == "JP");
    CHECK_FALSE(test::has_relation(doc, "Shigeru Ishiba", RelationType::represents, "South Korea"));
    // (a home official who reports a meeting abroad is no one met there)
    const auto abroad = analyse_file_text(
        "Lee, Ishiba agree\n\nSEOUL, June 17 (Yonhap) -- President Lee Jae-myung met Prime Minister Shigeru Ishiba "
        "on Tuesday. The two leaders shared the view that cooperation with Japan was important, presidential "
        "spokesperson Kang Yu-jung told reporters.\n");
    CHECK(test::country(abroad, "Kang Yu-jung") == "KR");
}

TEST_CASE("the home country is not given abroad, to the officials met there, or to a body's officials",
          "[home_country]") {
    // dpa from Berlin about a trip to China
    const auto trip = analyse_file_text(
        "BERLIN (dpa) - Chancellor Olaf Scholz left for China on Saturday. In Beijing he is due to meet President Xi "
        "Jinping. Environment Minister Steffi Lemke is travelling with the chancellor.\n");
    CHECK(test::country(trip, "Olaf Scholz") == "DE");
    CHECK(test::country(trip, "Steffi Lemke") == "DE");
    CHECK(test::country(trip, "Xi Jinping") != "DE");  // (China's, as people.tsv knows)
    // Xinhua from Washington: its dateline is abroad
    const auto abroad = analyse_file_text("WASHINGTON, Jan. 5 (Xinhua) -- President Donald Trump said on Sunday he would act.\n");
    CHECK_FALSE(test::has_relation(abroad, "Donald Trump", RelationType::represents, "China"));
    CHECK(test::country(abroad, "Donald Trump") != "CN");
    // Xinhua from Beijing: a UN official belongs to the UN
    const auto un = analyse_file_text(
        "BEIJING, March 3 (Xinhua) -- UN Secretary-General Antonio Guterres met Foreign Minister Wang Yi on Monday.\n");
    CHECK(test::country(un, "Wang Yi") == "CN");
    CHECK(test::country(un, "Antonio Guterres").empty());
    // no credit, no home
    const auto plain = analyse_file_text("SEOUL, Aug. 23 -- President Lee Jae Myung spoke on Saturday.\n");
    CHECK_FALSE(test::has_relation(plain, "Lee Jae Myung", RelationType::represents, "South Korea"));
}

TEST_CASE("an office the home country's holder is named in belongs to another country", "[home_country]") {
    // AFP from Paris: "French President Emmanuel Macron" is France's president, so "President Donald Trump" is not
    const auto doc = analyse_file_text(
        "Macron hosts Zelensky and Starmer\n\n"
        "PARIS, Jan 6 (AFP) - French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky at the "
        "Elysee Palace on Tuesday. Jared Kushner, President Donald Trump's son-in-law, attended. Defence Minister "
        "Catherine Vautrin also took part.\n");
    CHECK(test::country(doc, "Emmanuel Macron") == "FR");
    CHECK(test::country(doc, "Donald Trump") != "FR");
    CHECK_FALSE(test::has_relation(doc, "Donald Trump", RelationType::represents, "France"));
    CHECK(test::has_relation(doc, "Catherine Vautrin", RelationType::represents, "France"));
}

TEST_CASE("the dateline is the place that opens the text, not the first place in capitals", "[home_country]") {
    // AP from the United Nations: "U.S." later in the text is no dateline
    const auto un = analyse_file_text(
        "Security Council fails to adopt Gaza ceasefire resolution\n\n"
        "UNITED NATIONS (AP) — The United States vetoed a U.N. Security Council resolution on Wednesday. U.S. "
        "deputy ambassador Robert Wood spoke. Secretary-General Antonio Guterres has repeatedly called for a "
        "humanitarian ceasefire.\n");
    CHECK(test::country(un, "Robert Wood") == "US");
    CHECK(test::country(un, "Antonio Guterres").empty());
    // Reuters from London, under a headline that opens with a body in capitals
    const auto london = analyse_file_text(
        "EU and UK leaders hold first summit since Brexit\n\n"
        "LONDON (Reuters) - Foreign Secretary David Lammy met European Commission President Ursula von der Leyen "
        "at Lancaster House on Monday.\n");
    CHECK(test::country(london, "David Lammy") == "GB");
}

TEST_CASE("an office held in a place of another country is no home official's", "[home_country]") {
    // AP from Miami
    const auto doc = analyse_file_text(
        "Messi scores twice as Inter Miami beat Orlando\n\n"
        "MIAMI (AP) — Lionel Messi scored twice. The match was attended by 21,000 fans, including former England "
        "captain David Beckham. Ontario Premier Doug Ford also watched. Commerce Secretary Gina Raimondo attended.\n");
    CHECK(test::country(doc, "David Beckham").empty());
    CHECK(test::country(doc, "Doug Ford").empty());
    CHECK(test::country(doc, "Gina Raimondo") == "US");
}

TEST_CASE("a credit with no dash after it, after a dateline in capitals, still credits the agency", "[home_country]") {
    // PTI from New Delhi
    const auto doc = analyse_file_text(
        "Jaishankar meets Chinese counterpart Wang Yi in Johannesburg\n\n"
        "NEW DELHI, Aug 24 (PTI) External Affairs Minister S Jaishankar on Thursday met Chinese Foreign Minister Wang Yi "
        "on the sidelines of the BRICS summit in Johannesburg.\n");
    CHECK(doc.article.credit == "PTI");
    CHECK(test::country(doc, "S Jaishankar") == "IN");
    CHECK(test::country(doc, "Wang Yi") == "CN");
    // a bracket after a name that opens a line is no credit
    const auto aa = analyse_file_text("Alcoholics Anonymous (AA) Groups met on Tuesday.\n");
    CHECK(aa.article.credit.empty());
    CHECK(aa.article.text.find("(AA)") != std::string::npos);
}

TEST_CASE("TASS's credit between slashes credits TASS, and its officials at home are Russia's", "[home_country]") {
    const auto doc = analyse_file_text(
        "Putin meets Lukashenko\n\n"
        "MOSCOW, April 12. /TASS/. President Vladimir Putin met Belarusian President Alexander Lukashenko in the "
        "Kremlin on Saturday, Kremlin spokesman Dmitry Peskov said.\n");
    CHECK(doc.article.credit == "TASS");
    CHECK(doc.article.text.find("/TASS/") == std::string::npos);
    CHECK(test::country(doc, "Vladimir Putin") == "RU");
    CHECK(test::country(doc, "Alexander Lukashenko") == "BY");
    // a slash in a line is no credit
    const auto plain = analyse_file_text("The 24/7 hotline opened on Monday, April 12. /Officials/ said so.\n");
    CHECK(plain.article.credit.empty());
}

TEST_CASE("a person the text says represents a country is that country's", "[home_country]") {
    // PTI from New Delhi, and a White House readout with neither credit nor dateline
    const auto doc = analyse_file_text(
        "India, Australia hold 2+2 dialogue\n\n"
        "NEW DELHI, Nov 29 (PTI) - India and Australia on Friday held their second 2+2 ministerial dialogue in New "
        "Delhi. External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh represented India.\n");
    CHECK(test::country(doc, "S. Jaishankar") == "IN");
    CHECK(test::country(doc, "Rajnath Singh") == "IN");
    const auto readout = test::analyse(
        "The United States was represented by Secretary of Energy Jennifer Granholm. Ambassador Kenji Yamada of "
        "Japan also spoke.");
    CHECK(test::has_relation(readout, "Jennifer Granholm", RelationType::represents, "United States"));
    CHECK(test::country(readout, "Jennifer Granholm") == "US");
    CHECK(test::country(readout, "Kenji Yamada") == "JP");
}

TEST_CASE("an official who accompanies a leader is the leader's country's, before the dateline's", "[home_country]") {
    // AP from Washington
    const auto doc = analyse_file_text(
        "Milei meets IMF chief\n\n"
        "WASHINGTON (AP) — Argentine President Javier Milei met with IMF chief Kristalina Georgieva on Monday. "
        "Economy Minister Luis Caputo, who accompanied Milei, said the talks went well.\n");
    CHECK(test::country(doc, "Luis Caputo") == "AR");
    CHECK(test::has_relation(doc, "Luis Caputo", RelationType::represents, "Argentina"));
    CHECK_FALSE(test::has_relation(doc, "Luis Caputo", RelationType::represents, "United States"));
    const auto listed = test::analyse(
        "Argentine President Javier Milei, accompanied by Economy Minister Luis Caputo and Foreign Minister Gerardo "
        "Werthein, met Managing Director Kristalina Georgieva in Washington.");
    CHECK(test::country(listed, "Gerardo Werthein") == "AR");
    // a relative clause between the leader and "was accompanied by"
    const auto clause = test::analyse(
        "South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo. Lee, who took "
        "office in June, was accompanied by National Security Adviser Wi Sung-lac and Foreign Minister Cho Hyun.");
    CHECK(test::country(clause, "Cho Hyun") == "KR");
    CHECK(test::country(listed, "Kristalina Georgieva").empty());  // whom they met is no companion
}

TEST_CASE("officials in a sentence that opens on one country's side are that country's", "[home_country]") {
    // SPA from Riyadh
    const auto doc = analyse_file_text(
        "Crown prince receives Syrian president\n\n"
        "RIYADH (SPA) -- Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on "
        "Sunday. The meeting was attended by Foreign Minister Prince Faisal bin Farhan. On the Syrian side, Foreign "
        "Minister Asaad al-Shaibani attended the meeting.\n");
    CHECK(test::country(doc, "Asaad al-Shaibani") == "SY");
    CHECK(test::has_relation(doc, "Asaad al-Shaibani", RelationType::represents, "Syria"));
    CHECK(test::country(doc, "Faisal bin Farhan") == "SA");
}

TEST_CASE("without a credit, the dateline's country is home when the text names only other countries' people",
          "[home_country]") {
    // the Philippine News Agency, its credit left off
    const auto pna = analyse_file_text(
        "Marcos, Albanese sign maritime cooperation deal\n\n"
        "MANILA – President Ferdinand R. Marcos Jr. and Australian Prime Minister Anthony Albanese on Thursday signed "
        "a joint declaration. Department of Foreign Affairs (DFA) Secretary Enrique Manalo and Australian Foreign "
        "Minister Penny Wong also attended the meeting, Presidential Communications Office (PCO) Secretary Cheloy "
        "Garafil said.\n");
    CHECK(pna.article.credit.empty());
    CHECK(test::country(pna, "Cheloy Garafil") == "PH");  // a country has many secretaries
    CHECK(test::country(pna, "Ferdinand R. Marcos Jr.") == "PH");
    CHECK(test::has_relation(pna, "Ferdinand R. Marcos Jr.", RelationType::represents, "Philippines"));
    CHECK(test::country(pna, "Enrique Manalo") == "PH");  // a member of a body of no named country
    CHECK(test::has_relation(pna, "Department of Foreign Affairs", RelationType::part_of, "Philippines"));
    CHECK(test::country(pna, "Anthony Albanese") == "AU");
    // a dateline alone on its line
    const auto sabah = analyse_file_text(
        "Erdogan hosts Swedish PM\n\nANKARA\n\nPresident Recep Tayyip Erdogan on Monday hosted Swedish Prime Minister "
        "Ulf Kristersson in Ankara. NATO Secretary-General Jens Stoltenberg is expected to meet them in Vilnius.\n");
    CHECK(test::country(sabah, "Recep Tayyip Erdogan") == "TR");
    CHECK(test::country(sabah, "Ulf Kristersson") == "SE");
    CHECK(test::country(sabah, "Jens Stoltenberg").empty());  // NATO's
    // a Rome dateline: Italy has no pope
    const auto rome = analyse_file_text(
        "Zelensky visits Rome\n\nROME - Ukrainian President Volodymyr Zelensky met Pope Leo and Prime Minister "
        "Giorgia Meloni on Tuesday.\n");
    CHECK(test::country(rome, "Leo").empty());
    CHECK(test::country(rome, "Giorgia Meloni") == "IT");
    // the Times of India: an official placed by his ministry ("MEA spokesperson") marks no one at home
    const auto toi = analyse_file_text(
        "NEW DELHI: Prime Minister Narendra Modi held talks with his Japanese counterpart Fumio Kishida on Monday. "
        "\"The two leaders reviewed the partnership,\" MEA spokesperson Arindam Bagchi said.\n");
    CHECK(test::country(toi, "Narendra Modi") == "IN");
    // a correspondent abroad names the officials there as theirs: the rest are not the dateline's
    const auto kyiv = analyse_file_text(
        "KYIV, Ukraine — President Joe Biden met Ukraine's president, Volodymyr Zelensky, on Monday. Secretary of "
        "State Antony Blinken joined them.\n");
    CHECK(test::country(kyiv, "Joe Biden") != "UA");
    CHECK_FALSE(test::has_relation(kyiv, "Antony Blinken", RelationType::represents, "Ukraine"));
}

TEST_CASE("Antara's credit in capitals after a dateline in ordinary case and a dash; Dawn's dateline and colon",
          "[home_country]") {
    const auto doc = analyse_file_text(
        "Indonesia, China discuss maritime cooperation\n\n"
        "Jakarta (ANTARA) - Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi on Tuesday.\n");
    CHECK(doc.article.credit == "ANTARA");
    CHECK(test::country(doc, "Retno Marsudi") == "ID");
    CHECK(test::country(doc, "Wang Yi") == "CN");
    // a headline's dash between two countries is no dateline
    const auto headline = analyse_file_text(
        "Iran - US talks resume\n\nSpecial Envoy Steve Witkoff met Omani Foreign Minister Badr Albusaidi.\n");
    CHECK(test::country(headline, "Steve Witkoff").empty());
    // Dawn's dateline has a colon after it
    const auto dawn = analyse_file_text(
        "ISLAMABAD: Foreign Minister Bilawal Bhutto-Zardari held talks with his Chinese counterpart Qin Gang.\n");
    CHECK(test::country(dawn, "Bilawal Bhutto-Zardari") == "PK");
}

TEST_CASE("a place in ordinary case with the date alone on its line is a dateline", "[home_country]") {
    // Pakistan's foreign ministry and India's PIB: "Islamabad, 26 September 2024" under the headline
    const auto mofa = analyse_file_text(
        "Foreign Minister holds talks with Turkish counterpart\n\nIslamabad, 26 September 2024\n\n"
        "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar held a bilateral meeting with "
        "Foreign Minister of the Republic of Türkiye, Hakan Fidan, in New York. Foreign Secretary Amna Baloch "
        "accompanied the Deputy Prime Minister.\n");
    CHECK(test::country(mofa, "Mohammad Ishaq Dar") == "PK");
    CHECK(test::country(mofa, "Amna Baloch") == "PK");
    CHECK(test::country(mofa, "Hakan Fidan") == "TR");
    // the courtesy title after the office is how he is addressed, no word of the office
    CHECK(test::position(mofa, "Mohammad Ishaq Dar") == "Deputy Prime Minister and Foreign Minister");
    // a place and more words after its comma is a sentence, no dateline
    const auto sentence = analyse_file_text(
        "Talks\n\nIslamabad, the capital, hosted Foreign Minister Hakan Fidan of Turkey and Foreign Secretary Amna "
        "Baloch.\n");
    CHECK(test::country(sentence, "Amna Baloch").empty());
}

TEST_CASE("who hosts a foreign guest in a place is the place's country's", "[home_country]") {
    // New Zealand's Beehive, its address left off
    const auto doc = analyse_file_text(
        "NZ and Australia reaffirm alliance\n\nForeign Minister Winston Peters and Defence Minister Judith Collins "
        "today hosted their Australian counterparts, Foreign Minister Penny Wong and Deputy Prime Minister and "
        "Defence Minister Richard Marles, for the annual meeting in Wellington.\n");
    CHECK(test::country(doc, "Winston Peters") == "NZ");
    CHECK(test::has_relation(doc, "Judith Collins", RelationType::represents, "New Zealand"));
    CHECK(test::country(doc, "Penny Wong") == "AU");
    // a guest is no host; what the host welcomed may be no guest
    const auto guest = analyse_file_text(
        "Talks\n\nForeign Minister Jan Novak was hosted by Indian Foreign Minister S. Jaishankar in Canberra. Minister "
        "Jane Roe welcomed the release of two hostages in Gaza.\n");
    CHECK(test::country(guest, "Jan Novak").empty());
    CHECK(test::country(guest, "Jane Roe").empty());
    // the OAS: a body's head hosts at its seat for no country
    const auto oas = analyse_file_text(
        "OAS chief meets minister\n\nThe Secretary General of the Organization of American States (OAS), Albert "
        "Ramdin, today received the Minister of Foreign Affairs of Guatemala, Carlos Ramiro Martinez, at the "
        "headquarters of the organization in Washington.\n");
    CHECK(test::has_relation(oas, "Albert Ramdin", RelationType::member_of, "Organization of American States"));
    CHECK(test::country(oas, "Albert Ramdin").empty());
    CHECK(test::country(oas, "Carlos Ramiro Martinez") == "GT");
}

TEST_CASE("a Gulf agency's credit after the date and a comma credits it, and its officials at home are its country's",
          "[home_country]") {
    // the Saudi Press Agency
    const auto doc = analyse_file_text(
        "Crown Prince receives phone call from French President\n\nRiyadh, March 10, 2025, SPA -- His Royal "
        "Highness Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received a phone call today from President "
        "Emmanuel Macron of the French Republic.\n\nThe call was attended by National Security Advisor Dr. Musaed "
        "bin Mohammed Al-Aiban.\n");
    CHECK(doc.article.credit == "SPA");
    CHECK(doc.article.text.find("SPA") == std::string::npos);
    CHECK(test::country(doc, "Mohammed bin Salman bin Abdulaziz Al Saud") == "SA");
    CHECK(test::country(doc, "Musaed bin Mohammed Al-Aiban") == "SA");
    CHECK(test::country(doc, "Emmanuel Macron") == "FR");
}

TEST_CASE("a leader's companions listed after a group and 'including' are the leader's country's", "[home_country]") {
    // DW
    const auto doc = analyse_file_text(
        "Germany, Poland hold consultations\n\nGerman Chancellor Olaf Scholz traveled to Warsaw on Tuesday for "
        "consultations with Polish Prime Minister Donald Tusk. Scholz was accompanied by several cabinet ministers, "
        "including Foreign Minister Jan Novak and Defense Minister Boris Pistorius.\n");
    CHECK(test::country(doc, "Jan Novak") == "DE");
    CHECK(test::has_relation(doc, "Boris Pistorius", RelationType::represents, "Germany"));
}

TEST_CASE("an envoy named with his country does not make a dateline's paper a correspondent abroad", "[home_country]") {
    // Mexico's foreign ministry
    const auto doc = analyse_file_text(
        "Foreign Secretary meets US Secretary of State\n\nMexico City, October 3, 2024 - Foreign Secretary Juan "
        "Ramon de la Fuente held a working meeting with US Secretary of State Antony Blinken. Mexico's Ambassador "
        "to the United States, Esteban Moctezuma, also took part in the meeting.\n");
    CHECK(test::country(doc, "Juan Ramon de la Fuente") == "MX");
    CHECK(test::country(doc, "Esteban Moctezuma") == "MX");
}

TEST_CASE("a government's own site is at home: its officials with no country named are its country's",
          "[home_country]") {
    // a White House readout, its URL in the front matter (people people.tsv does not know)
    const auto readout = analyse_file_text(
        "---\ntitle: Readout of Deputy Secretary Campbell's Meeting with Prime Minister Mitsotakis\n"
        "source_url: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/readout/\n---\n"
        "President George W. Bush and President Hu Jintao announced the working group in 2006. Today Deputy "
        "Ambassador Kurt Campbell met Prime Minister Kyriakos Mitsotakis. Assistant Secretary Daniel "
        "Kritenbrink and Pope Francis joined.\n",
        "readout.md");
    CHECK(readout.article.url.find("whitehouse") != std::string::npos);
    CHECK(test::country(readout, "George W. Bush") == "US");
    CHECK(test::has_relation(readout, "Daniel Kritenbrink", RelationType::represents, "United States"));
    CHECK(test::country(readout, "Hu Jintao").empty());          // the first president named is the home one
    CHECK(test::country(readout, "Kyriakos Mitsotakis").empty());  // the US has no prime minister
    CHECK(test::country(readout, "Francis").empty());            // nor a pope
    // a company's or a foundation's officers serve no government, whatever site names them
    const auto guests = analyse_file_text(
        "---\ntitle: Readout of a White House Convening\n"
        "source_url: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/readout/\n---\n"
        "Senior Advisor and Director of Public Engagement Keisha Lance Bottoms hosted the convening. Reverend Al "
        "Sharpton, President and Founder, National Action Network, and Jeremy Stoppelman, Chief Executive Officer, "
        "Yelp, attended.\n",
        "readout.md");
    CHECK(test::position(guests, "Keisha Lance Bottoms") == "Senior Advisor and Director of Public Engagement");
    CHECK(test::has_relation(guests, "Keisha Lance Bottoms", RelationType::represents, "United States"));
    CHECK_FALSE(test::has_relation(guests, "Jeremy Stoppelman", RelationType::represents, "United States"));
    REQUIRE(test::entity(guests, "Reverend Al Sharpton") >= 0);
    CHECK_FALSE(test::has_relation(guests, "Reverend Al Sharpton", RelationType::represents, "United States"));
    // the same text elsewhere says nothing of home
    const auto elsewhere = analyse_file_text(
        "---\ntitle: A call\nsource_url: https://example.com/news/1\n---\nToday Ambassador Kurt Campbell met "
        "Prime Minister Kyriakos Mitsotakis.\n",
        "readout.md");
    CHECK(test::country(elsewhere, "Kurt Campbell").empty());
}

TEST_CASE("a well-known office holder is the country people.tsv gives, as an attribute with no edge", "[home_country]") {
    const auto doc = analyse_file_text("President Xi Jinping met President Vladimir Putin and President Luiz Inacio Lula da Silva in Kazan.\n");
    CHECK(test::country(doc, "Xi Jinping") == "CN");
    CHECK(test::country(doc, "Vladimir Putin") == "RU");
    CHECK(test::country(doc, "Luiz Inacio Lula da Silva") == "BR");
    CHECK(test::count(doc, RelationType::represents) == 0);
    CHECK(test::entity(doc, "China") < 0);
}

TEST_CASE("a member of a national body is its country's, though the text never names the country", "[home_country]") {
    // Reuters from Cairo: neither the US nor an edge to it
    const auto doc = analyse_file_text(
        "CAIRO (Reuters) - CIA Director William Burns met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al "
        "Thani in Cairo on Sunday.\n");
    CHECK(test::country(doc, "William Burns") == "US");
    CHECK(test::entity(doc, "United States") < 0);
    CHECK(test::country(doc, "Mohammed bin Abdulrahman Al Thani") == "QA");
}

namespace {

/// The country of the body of that name the person is a member of, or "(none)".
std::string country_of_body(const Document& doc, const std::string& person, const std::string& body) {
    for (const Relation& r : doc.relations)
        if (r.type == RelationType::member_of && r.source == test::entity(doc, person) &&
            doc.entities[static_cast<std::size_t>(r.target)].name == body)
            return doc.entities[static_cast<std::size_t>(r.target)].country;
    return "(none)";
}

}  // namespace

TEST_CASE("a ministry named by its field alone is its members' country's, one body for each country", "[home_country]") {
    // Australia's foreign minister's release: the two defence ministers are two governments' ministers
    const auto doc = analyse_file_text(
        "Today the Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, welcomed Indonesia's "
        "Minister for Foreign Affairs, Retno Marsudi, and Minister of Defence, Prabowo Subianto, to Melbourne. Prime "
        "Minister Anthony Albanese met the Indonesian ministers.\n");
    CHECK(test::country(doc, "Prabowo Subianto") == "ID");
    CHECK(country_of_body(doc, "Prabowo Subianto", "Ministry of Defence") == "ID");
    CHECK(country_of_body(doc, "Richard Marles", "Ministry of Defence") == "AU");
    // a member of no known country keeps a body of none rather than take another's
    const auto wam = analyse_file_text(
        "The meeting was attended by H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs. The "
        "Egyptian delegation included Sameh Shoukry, Minister of Foreign Affairs, and Hassan Rashad.\n");
    CHECK(country_of_body(wam, "Sameh Shoukry", "Ministry of Foreign Affairs") == "EG");
    CHECK(country_of_body(wam, "Abdullah bin Zayed Al Nahyan", "Ministry of Foreign Affairs") == "AE");  // people.tsv
    const auto unknown = analyse_file_text(
        "The meeting was attended by Ali Al Mansouri, Minister of Foreign Affairs. The Egyptian delegation included "
        "Sameh Shoukry, Minister of Foreign Affairs, and Hassan Rashad.\n");
    CHECK(country_of_body(unknown, "Sameh Shoukry", "Ministry of Foreign Affairs") == "EG");
    CHECK(country_of_body(unknown, "Ali Al Mansouri", "Ministry of Foreign Affairs") == "");
    CHECK(test::country(unknown, "Ali Al Mansouri") == "");
}

TEST_CASE("a national wire abroad with its leader leaves the leader's party unqualified", "[home_country]") {
    // Bernama from Jakarta
    const auto doc = analyse_file_text(
        "Anwar, Prabowo witness exchange of MoUs\n\nJAKARTA, June 27 (Bernama) -- Prime Minister Datuk Seri Anwar "
        "Ibrahim and Indonesian President Prabowo Subianto today witnessed the exchange of four memoranda of "
        "understanding. Also present were Foreign Minister Datuk Seri Mohamad Hasan and Indonesian Foreign Minister "
        "Sugiono.\n");
    CHECK(test::country(doc, "Mohamad Hasan") == "MY");
    CHECK(test::has_relation(doc, "Mohamad Hasan", RelationType::represents, "Malaysia"));
    CHECK(test::country(doc, "Sugiono") == "ID");
    // Antara from Kuala Lumpur: the hosts' monarch is no member of the party
    const auto visit = analyse_file_text(
        "Kuala Lumpur (ANTARA) - Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim "
        "held their annual consultation. The meeting was also attended by Foreign Minister Sugiono. Earlier, Prabowo "
        "was welcomed by Yang di-Pertuan Agong Sultan Ibrahim at Istana Negara.\n");
    CHECK(test::country(visit, "Sugiono") == "ID");
    CHECK_FALSE(test::has_relation(visit, "Ibrahim", RelationType::represents, "Indonesia"));
    // AP, a wire that serves the world, names its own country's officials: the others are not American
    const auto summit = analyse_file_text(
        "THE HAGUE, Netherlands (AP) — NATO leaders agreed on Wednesday to raise their defence spending target "
        "after U.S. President Donald Trump pressed allies. Secretary-General Mark Rutte, who chaired the summit, "
        "said the alliance was stronger.\n");
    CHECK_FALSE(test::has_relation(summit, "Mark Rutte", RelationType::represents, "United States"));
}

TEST_CASE("companions whose titles are set off before their names are the leader's country's", "[home_country]") {
    // Canada's Prime Minister's Office: the gazetteer knows the leader's country, the text does not say it
    const auto doc = test::analyse(
        "Prime Minister Mark Carney met with the President of the European Council, Antonio Costa. Prime Minister "
        "Carney was accompanied by the Minister of Foreign Affairs, Anita Anand, and the Minister of National "
        "Defence, David McGuinty.");
    CHECK(test::country(doc, "Anita Anand") == "CA");
    CHECK(test::has_relation(doc, "David McGuinty", RelationType::represents, "Canada"));
    // a title that names a body is no compatriot's
    const auto body = test::analyse(
        "Prime Minister Mark Carney was accompanied by the President of the European Commission, Ursula von der Leyen.");
    CHECK(test::country(body, "Ursula von der Leyen").empty());
}

TEST_CASE("a dateline's date may give the weekday and an ordinal day", "[home_country]") {
    // Kenya's State House
    const auto doc = analyse_file_text(
        "Ruto hosts Samia\n\nNairobi, Thursday, 8th May 2025\n\nPresident William Ruto held talks with his "
        "Tanzanian counterpart, President Samia Suluhu Hassan. Present were Prime Cabinet Secretary Musalia Mudavadi "
        "and Tanzania's Minister for Foreign Affairs Mahmoud Thabit Kombo.\n");
    CHECK(test::country(doc, "Musalia Mudavadi") == "KE");
    CHECK(test::country(doc, "Mahmoud Thabit Kombo") == "TZ");
}

TEST_CASE("officials after 'From the Jordanian side' are Jordan's, not the dateline's", "[home_country]") {
    // Egypt's presidency
    const auto doc = analyse_file_text(
        "President El-Sisi receives King Abdullah II\n\nCairo, 2 March 2025\n\nPresident Abdel Fattah El-Sisi "
        "received King Abdullah II of Jordan. The meeting was attended by Prime Minister Mostafa Madbouly. From the "
        "Jordanian side, the meeting was attended by Deputy Prime Minister and Foreign Minister Ayman Safadi.\n");
    CHECK(test::country(doc, "Ayman Safadi") == "JO");
    CHECK_FALSE(test::has_relation(doc, "Ayman Safadi", RelationType::represents, "Egypt"));
    CHECK(test::country(doc, "Mostafa Madbouly") == "EG");
}

TEST_CASE("an official who accompanied a leader, said without a comma, is the leader's country's", "[home_country]") {
    // NHK World
    const auto doc = test::analyse(
        "Prime Minister Ishiba Shigeru and US President Donald Trump held their first summit talks at the White House. "
        "Deputy Chief Cabinet Secretary Tachibana Keiichiro accompanied Ishiba.");
    CHECK(test::country(doc, "Tachibana Keiichiro") == "JP");
}

TEST_CASE("who led a country's delegation represents it", "[home_country]") {
    // a State Department media note
    const auto doc = test::analyse(
        "Deputy Assistant to the President and Deputy Homeland Security Advisor Jen Daskal led the U.S. delegation, "
        "which included officials from the Department of State. The PRC delegation was led by Vice Minister of "
        "Public Security Wei Xiaodong.");
    CHECK(test::has_relation(doc, "Jen Daskal", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Wei Xiaodong", RelationType::represents, "China"));
}

TEST_CASE("whom a home official on a trip abroad meets is no home official", "[home_country]") {
    // a White House readout of travel to Colombia
    const auto doc = analyse_readout(
        "On Tuesday, Principal Deputy National Security Advisor Jon Finer traveled to Colombia to lead the U.S. "
        "delegation. He also met with Foreign Minister Alvaro Leyva and Chief of Staff Laura Sarabia to follow up on "
        "the recent meeting between President Biden and President Petro.");
    CHECK(test::country(doc, "Jon Finer") == "US");
    CHECK(test::country(doc, "Laura Sarabia").empty());
    CHECK_FALSE(test::has_relation(doc, "Alvaro Leyva", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Biden", RelationType::represents, "United States"));  // known at home
}

TEST_CASE("officials who attended 'on the Indian side', said at the sentence's end, are India's", "[home_country]") {
    // India's Ministry of External Affairs
    const auto doc = test::analyse(
        "Minister of State Pabitra Margherita and Joint Secretary Vinay Kumar attended the talks on the Indian side.");
    CHECK(test::has_relation(doc, "Pabitra Margherita", RelationType::represents, "India"));
    CHECK(test::country(doc, "Vinay Kumar") == "IN");
    // whom someone met on a side is not told of
    const auto met = test::analyse("Deputy Secretary Kurt Campbell met Joint Secretary Vinay Kumar on the Indian side.");
    CHECK(test::country(met, "Kurt Campbell") != "IN");
}

TEST_CASE("an office joined by 'and' or a comma to one a country qualifies shares the country", "[home_country]") {
    // Australia's foreign minister; a White House readout
    const auto doc = test::analyse(
        "Today Richard Marles and I hosted Japan's Minister for Foreign Affairs, Kamikawa Yoko, and Minister of "
        "Defense, Kihara Minoru, in Queenscliff. Blinken and Austin hosted Indian Minister of External Affairs Dr. "
        "S. Jaishankar and Minister of Defence Rajnath Singh in Washington.");
    CHECK(test::has_relation(doc, "Kihara Minoru", RelationType::represents, "Japan"));
    CHECK(test::country(doc, "Rajnath Singh") == "IN");
    // or by a comma, in a list whose last item another country qualifies (Reuters from Tokyo)
    const auto comma = test::analyse(
        "The Reciprocal Access Agreement was signed in Manila by Japanese Foreign Minister Yoko Kamikawa, Defence "
        "Minister Minoru Kihara and Philippine Defence Secretary Gilberto Teodoro.");
    CHECK(test::country(comma, "Minoru Kihara") == "JP");
    CHECK(test::country(comma, "Gilberto Teodoro") == "PH");
    // two subjects, co-hosts, may be counterparts; a body between names the second one's
    const auto hosts = test::analyse(
        "Today, U.S. Special Presidential Coordinator Amos Hochstein and Deputy Prime Minister Chrystia Freeland "
        "co-hosted the inaugural meeting. Zelensky met Ukrainian Prime Minister Denys Shmyhal and European "
        "Commission Director-General Gert Jan Koopman.");
    CHECK(test::country(hosts, "Chrystia Freeland") != "US");
    CHECK(test::country(hosts, "Gert Jan Koopman") != "UA");
}

TEST_CASE("whom a home official on a trip meets 'in a meeting with' is the host's", "[home_country]") {
    // a White House readout of travel to El Salvador
    const auto doc = analyse_readout(
        "National Security Advisor to the Vice President Dr. Philip Gordon traveled to El Salvador on November 28. "
        "In a meeting with President Nayib Bukele, Dr. Gordon emphasized the importance of the bilateral relationship.");
    CHECK(test::country(doc, "Philip Gordon") == "US");
    CHECK_FALSE(test::has_relation(doc, "Nayib Bukele", RelationType::represents, "United States"));
}

TEST_CASE("a country whose doings a sentence discusses does not set it abroad", "[home_country]") {
    // a White House readout
    const auto doc = analyse_readout(
        "Today, National Security Advisor Jake Sullivan and Deputy National Security Advisor for Cyber and Emerging "
        "Technology Anne Neuberger hosted a meeting with executives to discuss the People's Republic of China's "
        "significant cyber espionage campaign.");
    CHECK(test::has_relation(doc, "Anne Neuberger", RelationType::represents, "United States"));
}

TEST_CASE("an international body's officer or a foreign ministry's secretary is no publisher's official", "[home_country]") {
    // White House readouts
    const auto doc = analyse_readout(
        "National Security Advisor Jake Sullivan met with African Union Commission Chairperson Moussa Faki Mahamat. "
        "Principal Deputy National Security Advisor Jon Finer met yesterday with Australian Department of Foreign "
        "Affairs and Trade Secretary Jan Adams.");
    CHECK_FALSE(test::has_relation(doc, "Moussa Faki Mahamat", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Jan Adams", RelationType::member_of, "Department of Foreign Affairs and Trade"));
    CHECK(test::country(doc, "Jan Adams") == "AU");
}

TEST_CASE("a companion's office set off before the name may list fields", "[home_country]") {
    // NAN from Abuja
    const auto doc = analyse_file_text(
        "ABUJA, Dec 3 (NAN) - President Bola Tinubu on Tuesday received his South African counterpart, President "
        "Cyril Ramaphosa, at the Presidential Villa. Ramaphosa was accompanied by the Minister of Trade, Industry and "
        "Competition, Parks Tau.\n");
    CHECK(test::country(doc, "Parks Tau") == "ZA");
    CHECK_FALSE(test::has_relation(doc, "Parks Tau", RelationType::represents, "Nigeria"));
}

TEST_CASE("whom someone meets in the country a sentence opens on are that country's", "[home_country]") {
    // a White House readout of travel to Nigeria
    const auto doc = test::analyse(
        "Earlier this week, Principal Deputy National Security Advisor Jon Finer traveled to Nigeria. In Nigeria, Mr. "
        "Finer met with Vice President Yemi Osinbajo, Minister of Foreign Affairs Geoffrey Onyeama, and other senior "
        "officials.");
    CHECK(test::has_relation(doc, "Yemi Osinbajo", RelationType::represents, "Nigeria"));
    CHECK(test::country(doc, "Geoffrey Onyeama") == "NG");
    CHECK(test::country(doc, "Jon Finer") != "NG");
    // a European Parliament press release: or in a city of the country
    const auto city = test::analyse(
        "A delegation led by its chair David McAllister visited Taiwan. In Taipei, the seven Members met with "
        "President Lai Ching-te, Vice President Hsiao Bi-khim and Minister of Foreign Affairs Lin Chia-lung.");
    CHECK(test::has_relation(city, "Lai Ching-te", RelationType::represents, "Taiwan"));
    CHECK(test::country(city, "Lin Chia-lung") == "TW");
    CHECK(test::country(city, "David McAllister") != "TW");
}

TEST_CASE("a head of government named by surname alone takes the country people.tsv gives that surname", "[home_country]") {
    // White House readouts
    const auto doc = test::analyse(
        "The President reiterated the importance of the meeting with President Xi. Speaker Johnson and Governor "
        "Cooper spoke.");
    CHECK(test::country(doc, "Xi") == "CN");
    CHECK(test::country(doc, "Johnson").empty());  // a Speaker's surname is many people's
    CHECK(test::country(doc, "Cooper").empty());
}

TEST_CASE("any government's own domain ('gov.sg', 'go.jp', 'gov.uk') makes it the publisher", "[home_country]") {
    // Singapore's foreign ministry, in its RSS feed
    const auto doc = analyse_published(
        "https://www.mfa.gov.sg/Newsroom/Press-Statements",
        "Senior Minister of State for Foreign Affairs Sim Ann visited Tokyo from 5 to 7 March 2025. She called on "
        "State Minister for Foreign Affairs Miyaji Takuma.");
    CHECK(test::has_relation(doc, "Sim Ann", RelationType::represents, "Singapore"));
    CHECK(test::country(doc, "Miyaji Takuma") != "SG");  // whom she called on abroad
    // a commercial site under a country's domain is no government's
    const auto news = analyse_published("https://www.straitstimes.com.sg/asia", "Senior Minister of State Sim Ann visited Tokyo.");
    CHECK(test::country(news, "Sim Ann").empty());
}

TEST_CASE("a national wire's home country is no country of titles its officials never carry", "[home_country]") {
    // Xinhua from London
    const auto doc = analyse_file_text(
        "LONDON, Oct 30 (Xinhua) -- Chinese State Councilor Zhao Kezhi and British Home Secretary Priti Patel "
        "co-chaired the second China-UK High-Level Security Dialogue in London on Tuesday. The first dialogue was held "
        "in Beijing in 2017, co-chaired by Guo Shengkun and then Home Secretary Amber Rudd. Zhao said China would "
        "implement the consensus reached by President Xi Jinping and Prime Minister Theresa May.");
    CHECK(test::country(doc, "Amber Rudd") != "CN");
    CHECK(test::country(doc, "Theresa May") != "CN");
}

TEST_CASE("a home official joined by 'and' to another who speaks with a foreign leader is no one visited abroad", "[home_country]") {
    // a White House readout
    const auto doc = analyse_readout(
        "This afternoon, President Biden and Vice President Harris spoke with Prime Minister Netanyahu to provide an "
        "update on ongoing U.S. support for Israel.");
    CHECK(test::has_relation(doc, "Harris", RelationType::represents, "United States"));
    CHECK(test::country(doc, "Netanyahu") != "US");
    // or by commas in a list
    const auto list = analyse_readout(
        "On Friday, Director of the White House Gender Policy Council Jennifer Klein, Principal Deputy National "
        "Security Advisor Jon Finer, and U.S. Ambassador-at-Large for Global Women's Issues Geeta Rao Gupta met with "
        "Israeli and Palestinian women leaders working to advance peace.");
    CHECK(test::has_relation(list, "Jon Finer", RelationType::represents, "United States"));
    // counterparts joined by "and" who meet each other stay apart
    const auto pair = analyse_readout(
        "National Security Advisor Jake Sullivan and Director Wang Yi met in Vienna to discuss the relationship "
        "between China and the United States.");
    CHECK(test::country(pair, "Wang Yi") != "US");
}

TEST_CASE("the United States' territories are at home for its government", "[home_country]") {
    // a White House readout
    const auto doc = analyse_readout(
        "Today, Domestic Policy Advisor Susan E. Rice, National Economic Advisor Brian Deese, and Director of "
        "Intergovernmental Affairs Julie Rodriguez chaired the inaugural meeting of the White House Working Group on "
        "Puerto Rico.");
    CHECK(test::has_relation(doc, "Brian Deese", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Julie Rodriguez", RelationType::represents, "United States"));
}

TEST_CASE("a board of no named country that a home official chairs is the home government's", "[home_country]") {
    // a White House readout's participants list
    const auto doc = analyse_readout(
        "Participants in today's meeting included Lina Khan, Chair of the Federal Trade Commission, and Marty Oberman, "
        "Chair of the Surface Transportation Board.");
    CHECK(test::has_relation(doc, "Marty Oberman", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Surface Transportation Board", RelationType::part_of, "United States"));
}

TEST_CASE("people.tsv knows a name written with its accents", "[home_country]") {
    // a White House readout
    const auto doc = analyse_readout(
        "President Biden expressed condolences on the passing of General Secretary Nguyễn Phú Trọng. He also spoke "
        "with Prime Minister Ariel Henry.");
    CHECK(test::country(doc, "Nguyễn Phú Trọng") == "VN");
    CHECK(test::country(doc, "Ariel Henry") == "HT");
}

TEST_CASE("the holder of a place's office serves the place's country", "[home_country]") {
    // AP from Austin; a wire report from Lviv
    const auto doc = analyse_file_text(
        "AUSTIN, Texas (AP) - Texas Gov. Greg Abbott hosted Chihuahua Gov. Maru Campos at the Governor's Mansion on "
        "Thursday. Lviv Mayor Andriy Sadovyi joined by video. The meeting came a week after the Woodside summit between "
        "President Xi Jinping and President Joe Biden.");
    CHECK(test::country(doc, "Maru Campos") == "MX");
    CHECK(test::country(doc, "Andriy Sadovyi") == "UA");
    CHECK(test::country(doc, "Xi Jinping") != "US");  // "Woodside summit between" is no title
    // whichever of the person's titles the place comes before
    const auto later = test::analyse("The governor of Jalisco, Pablo Lemus, spoke first. Jalisco Gov. Pablo Lemus said more.");
    CHECK(test::country(later, "Pablo Lemus") == "MX");
}

TEST_CASE("a monarchy's wire gives no home country to a king, whom its state does not have", "[home_country]") {
    // KUNA from Kuwait
    const auto doc = analyse_file_text(
        "Kuwait Crown Prince receives visiting Saudi FM\n\n"
        "KUWAIT, Feb 10 (KUNA) -- His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah received Saudi "
        "Foreign Minister Prince Faisal bin Farhan, who conveyed a message from King Salman bin Abdulaziz Al-Saud.\n");
    CHECK(test::country(doc, "Sabah Khaled Al-Hamad Al-Sabah") == "KW");
    CHECK(test::country(doc, "Salman bin Abdulaziz Al-Saud") != "KW");
}

TEST_CASE("a series of offices after a foreign qualifier shares its country before the dateline's is given", "[home_country]") {
    // the Justice Department from Washington
    const auto doc = analyse_file_text(
        "Joint Statement on the Fourth U.S.-Mexico High-Level Security Dialogue\n\n"
        "WASHINGTON - Attorney General Merrick B. Garland and Secretary of State Antony J. Blinken hosted Mexican "
        "Foreign Secretary Alicia Bárcena, Security Secretary Rosa Icela Rodríguez and Attorney General Alejandro "
        "Gertz Manero for the fourth High-Level Security Dialogue in Washington, D.C. on October 13. They discussed "
        "the upcoming visit by Israeli Prime Minister Bennett, and Mr. Garland conveyed the President's greetings.\n");
    CHECK(test::country(doc, "Rosa Icela Rodríguez") == "MX");
    CHECK(test::country(doc, "Alejandro Gertz Manero") == "MX");
    CHECK(test::country(doc, "Merrick B. Garland") == "US");  // not the Israeli's after ", and Mr."
}

TEST_CASE("a Brussels dateline makes no European commissioner or president Belgian", "[home_country]") {
    // a European Commission press release
    const auto doc = analyse_file_text(
        "EU and China hold second High-Level Digital Dialogue\n\n"
        "Brussels, 19 September 2023\n\n"
        "European Commission Vice-President Věra Jourová and Chinese Vice Premier Zhang Guoqing co-chaired the "
        "second EU-China High-Level Digital Dialogue in Beijing. Commissioner for Internal Market Thierry Breton "
        "could not attend. Prime Minister Alexander De Croo welcomed the outcome.\n");
    CHECK(test::country(doc, "Thierry Breton") == "");
    CHECK(test::country(doc, "Zhang Guoqing") == "CN");
}

TEST_CASE("a leader's companions after 'his wife ...' are his country's, whatever the dateline", "[home_country]") {
    // AFP from Paris
    const auto doc = analyse_file_text(
        "Macron hosts Tinubu\n\n"
        "PARIS (AFP) - French President Emmanuel Macron hosted Nigerian President Bola Tinubu on Thursday. Tinubu was "
        "accompanied by his wife Remi Tinubu and Foreign Minister Yusuf Tuggar.\n");
    CHECK(test::country(doc, "Yusuf Tuggar") == "NG");
    CHECK(test::has_relation(doc, "Yusuf Tuggar", RelationType::represents, "Nigeria"));
}

TEST_CASE("a country's possessive owns both offices of a pair that opens the sentence", "[home_country]") {
    // Reuters from Brasília
    const auto doc = analyse_file_text(
        "Lula and Milei meet for first time\n\n"
        "BRASILIA, Oct 2 (Reuters) - Brazilian President Luiz Inácio Lula da Silva received Argentine President Javier "
        "Milei on Wednesday. Brazil's Foreign Minister Mauro Vieira and Finance Minister Fernando Haddad also took part "
        "in the talks. U.S. Coordinator Amos Hochstein and Deputy Prime Minister Chrystia Freeland co-hosted a call.\n");
    CHECK(test::country(doc, "Fernando Haddad") == "BR");
    CHECK(test::has_relation(doc, "Fernando Haddad", RelationType::represents, "Brazil"));
    CHECK(test::country(doc, "Chrystia Freeland") != "US");  // an adjective before a pair of subjects: counterparts
    // Arab News: "member" is an office's word in a series
    const auto series = analyse_file_text(
        "RIYADH: Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi. The meeting was "
        "attended by Saudi Foreign Minister Prince Faisal bin Farhan, Minister of State and Cabinet member Musaed "
        "Al-Aiban, and others.\n");
    CHECK(test::country(series, "Musaed Al-Aiban") == "SA");
}

TEST_CASE("a home paper names its own official beside another country's and stays at home", "[home_country]") {
    // a Nairobi paper, uncredited
    const auto doc = analyse_file_text(
        "Ruto, Samia agree to resolve trade disputes\n\n"
        "NAIROBI, Kenya, May 4 - President William Ruto on Thursday hosted his Tanzanian counterpart Samia Suluhu "
        "Hassan at State House, Nairobi. The two Heads of State witnessed the signing of three agreements by Kenya's "
        "Trade Cabinet Secretary Rebecca Miano and Tanzania's Minister for Industry and Trade Ashatu Kijaji. Also "
        "present were Prime Cabinet Secretary Musalia Mudavadi and Interior Cabinet Secretary Kithure Kindiki.\n");
    CHECK(test::country(doc, "Musalia Mudavadi") == "KE");
    CHECK(test::has_relation(doc, "Kithure Kindiki", RelationType::represents, "Kenya"));
    CHECK(test::country(doc, "Ashatu Kijaji") == "TZ");
    // a correspondent abroad names the host's official with his country and the visitor without
    const auto abroad = analyse_file_text(
        "KYIV, Ukraine - Secretary of State Antony Blinken met Ukraine's president, Volodymyr Zelensky, on "
        "Wednesday. Defense Minister Rustem Umerov joined them.\n");
    CHECK(test::country(abroad, "Antony Blinken") != "UA");
}

TEST_CASE("two officials who represent one side at a meeting abroad are both home's", "[home_country]") {
    // the Bangkok Post
    const auto doc = analyse_file_text(
        "Thai PM holds talks with Hun Manet\n\n"
        "BANGKOK, June 15 (Bangkok Post) - Prime Minister Paetongtarn Shinawatra held talks with Cambodian Prime "
        "Minister Hun Manet by telephone on Sunday. Defence Minister Phumtham Wechayachai and Foreign Minister Maris "
        "Sangiampongsa will represent Thailand at the JBC meeting in Phnom Penh on Saturday.\n");
    CHECK(test::country(doc, "Maris Sangiampongsa") == "TH");
    CHECK(test::country(doc, "Phumtham Wechayachai") == "TH");
}

TEST_CASE("an office an appositive gives to someone named serves that person's country", "[home_country]") {
    // Yonhap; a report from Washington
    const auto doc = analyse_file_text(
        "Lee, Ishiba agree on shuttle diplomacy\n\n"
        "SEOUL, June 17 (Yonhap) -- President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Tuesday "
        "to resume shuttle diplomacy. The talks were attended by Wi Sung-lac, Lee's national security adviser, and "
        "Japanese Chief Cabinet Secretary Yoshimasa Hayashi.\n");
    CHECK(test::position(doc, "Wi Sung-lac") == "national security adviser");
    CHECK(test::country(doc, "Wi Sung-lac") == "KR");
    const auto abroad = analyse_file_text(
        "WASHINGTON - Secretary of State Antony Blinken met Japanese Prime Minister Shigeru Ishiba. The talks were "
        "attended by Akihisa Nagashima, Ishiba's special adviser.\n");
    CHECK(test::country(abroad, "Akihisa Nagashima") == "JP");
    CHECK(test::has_relation(abroad, "Akihisa Nagashima", RelationType::represents, "Japan"));
    // AP from Doha: or a title before the name
    const auto before = analyse_file_text(
        "DOHA, Qatar (AP) - U.S. Secretary of State Antony Blinken met the emir. Blinken's spokesman, Matthew Miller, "
        "said the secretary would return to Washington.\n");
    CHECK(test::country(before, "Matthew Miller") == "US");
}

TEST_CASE("whom one holds a meeting with at home, from another country, is a guest: the host is the place's", "[home_country]") {
    // Korea's Ministry of Foreign Affairs
    const auto doc = analyse_file_text(
        "Outcome of the Korea-Japan Foreign Ministers' Meeting\n\n"
        "Minister of Foreign Affairs Cho Tae-yul held a Korea-Japan Foreign Ministers' Meeting with Minister for "
        "Foreign Affairs of Japan Iwaya Takeshi on January 13 in Seoul. Vice President Harris had a productive "
        "meeting with President Cyril Ramaphosa.\n");
    CHECK(test::country(doc, "Cho Tae-yul") == "KR");
    CHECK(test::country(doc, "Iwaya Takeshi") == "JP");
    CHECK(test::has_relation(doc, "Harris", RelationType::met_with, "Cyril Ramaphosa"));
}

TEST_CASE("a party of no country places no one abroad: the dateline's country is its officials'", "[home_country]") {
    // AP from Washington
    const auto doc = analyse_file_text(
        "WASHINGTON (AP) — Democratic leader Chuck Schumer met Sen. Dan Sullivan, R-Alaska, on Tuesday.");
    CHECK(test::has_relation(doc, "Chuck Schumer", RelationType::member_of, "Democratic Party"));
    CHECK(test::has_relation(doc, "Chuck Schumer", RelationType::represents, "United States"));
    CHECK(test::has_relation(doc, "Dan Sullivan", RelationType::member_of, "Republican Party"));
    CHECK(test::country(doc, "Dan Sullivan") == "US");
}

TEST_CASE("a world wire abroad's one unplaced head of state or government is the dateline country's",
          "[home_country]") {
    // Reuters from Caracas; AP from Port-au-Prince
    const auto doc = analyse_file_text(
        "CARACAS (Reuters) - U.S. envoy Richard Grenell arrived in Caracas on Friday and will meet President "
        "Nicolas Maduro, a source said.");
    CHECK(test::has_relation(doc, "Nicolas Maduro", RelationType::represents, "Venezuela"));
    CHECK(test::has_relation(doc, "Richard Grenell", RelationType::represents, "United States"));
    // (two such: the text does not say which is the host's)
    const auto two = analyse_file_text(
        "CARACAS (Reuters) - President Nicolas Maduro met President Rodrigo Paz on Friday, a source said.");
    CHECK(test::country(two, "Nicolas Maduro").empty());
    CHECK(test::country(two, "Rodrigo Paz").empty());
}
