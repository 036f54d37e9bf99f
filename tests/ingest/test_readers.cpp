#include <catch2/catch.hpp>

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"
#include "support.hpp"

using namespace kg;

namespace {
std::vector<Article> read(const std::string& text, const std::string& name = "in.txt") {
    return read_articles_from_text(text, name, *Schema::defaults());
}
std::string error_of(const std::string& text, const std::string& name) {
    try {
        read(text, name);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("plain text: breadcrumb dropped, dateline and byline become metadata", "[reader][text]") {
    const auto articles = read(
        "Home > World\nWednesday, June 15, 2016, 10:03\n\nTalks to resume\n\nBy Zhang Yi\n\n"
        "Officials met in Beijing on Tuesday.\nPowered by Discuz! X3.4\n");
    REQUIRE(articles.size() == 1);
    const Article& a = articles[0];
    CHECK(a.format == "text");
    CHECK(a.date == "2016-06-15");
    CHECK(a.byline == "Zhang Yi");
    CHECK(a.title == "Talks to resume");
    CHECK(a.text.find("Home") == std::string::npos);
    CHECK(a.text.find("Powered") == std::string::npos);
    CHECK(a.text.find("Officials met in Beijing on Tuesday.") != std::string::npos);
}

TEST_CASE("plain text: a byline of two reporters and their agency; a line that opens with 'By' and reads on is text", "[reader][text]") {
    // AP from Riyadh
    const auto articles = read(
        "Rubio, Lavrov agree to restore embassies\n\nBy MATTHEW LEE and ELLEN KNICKMEYER Associated Press\n\n"
        "RIYADH, Saudi Arabia (AP) - Top U.S. and Russian officials agreed Tuesday to work toward ending the war.\n");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].byline == "MATTHEW LEE and ELLEN KNICKMEYER Associated Press");
    CHECK(articles[0].text.find("KNICKMEYER") == std::string::npos);
    const auto prose = read("Talks end\n\nBy then the ministers had left for the airport\n\nThey flew home.\n");
    CHECK(prose[0].byline.empty());
    // China Daily parts the reporter from the paper with a bar
    const auto barred = read(
        "China, US launch counternarcotics working group\n\nBy MO JINGXI | China Daily\n\nChina and the United States "
        "on Tuesday launched a working group in Beijing.\n");
    CHECK(barred[0].byline == "MO JINGXI | China Daily");
    CHECK(barred[0].text.find("JINGXI") == std::string::npos);
    // ABC and the BBC write the reporter's desk before the name
    const auto desk = read("Albanese meets Prabowo in Jakarta\n\nBy political reporter Jake Evans\n\nPrime Minister "
                           "Anthony Albanese has met Indonesian President Prabowo Subianto in Jakarta.\n");
    CHECK(desk[0].byline == "political reporter Jake Evans");
    CHECK(desk[0].text.find("Evans") == std::string::npos);
    const auto analysis = read("Why the Xi-Putin partnership worries Washington\n\nAnalysis by Sarah Chen\n\nWhen Chinese "
                               "leader Xi Jinping hosted Russian President Vladimir Putin in Beijing, they hugged.\n");
    CHECK(analysis[0].byline == "Sarah Chen");
}

TEST_CASE("plain text: a release's place and date give the date; the place stays in the text", "[reader][text]") {
    // India's Ministry of External Affairs
    const auto articles = read(
        "EAM's meeting with Foreign Minister of Singapore\n\nNew Delhi, 13 August 2025\n\n"
        "External Affairs Minister Dr. S. Jaishankar met Dr. Vivian Balakrishnan in New Delhi today.\n");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].date == "2025-08-13");
    CHECK(articles[0].text.find("New Delhi, 13 August 2025") != std::string::npos);
    CHECK(is_placed_dateline("Ottawa, May 20, 2025"));
    CHECK_FALSE(is_placed_dateline("officials said, May 20, 2025"));
    CHECK_FALSE(is_placed_dateline("Paris, France"));
    CHECK(read("Talks end\n\nThe talks ended, June 3, 2024 was the last day.\n")[0].date.empty());
}

TEST_CASE("an article's id hashes its file name, place in the file and text, the same on every machine", "[reader]") {
    const std::string text = "Officials met in Beijing on Tuesday.";
    const std::string id = read(text, "in.txt")[0].id;
    CHECK(id == "d4d220072018de3");  // XXH3 is one algorithm everywhere: graphs of separate runs share ids
    CHECK(id.size() == 15);  // fits std::string's inline buffer: millions of copies allocate nothing
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(read(text, "in.txt")[0].id == id);
    CHECK(read(text, "other.txt")[0].id != id);
    CHECK(read(text + " They agreed.", "in.txt")[0].id != id);
}

TEST_CASE("markdown: YAML front matter with escapes and folded lines", "[reader][markdown]") {
    const auto articles = read(test::data_file("2024-01-30-readout-of-the-u-s-prc-bilateral-counternarcotics-working-group-inaugural-meeting.md"),
                               "readout.md");
    REQUIRE(articles.size() == 1);
    const Article& a = articles[0];
    CHECK(a.format == "markdown");
    CHECK(a.date == "2024-01-30");
    CHECK(a.title == "Readout of the U.S.-PRC Bilateral Counternarcotics Working Group Inaugural Meeting");
    CHECK(a.url.find("bidenwhitehouse.archives.gov") != std::string::npos);
    CHECK(a.text.rfind(a.title, 0) == 0);
    CHECK(a.text.find("###") == std::string::npos);
    CHECK(a.text.find("launched their bilateral Counternarcotics Working Group") != std::string::npos);  // unwrapped
}

TEST_CASE("markdown: a hard line break ends a line of a list written without bullets", "[reader][markdown]") {
    const auto articles = read(
        "Attendees included:\n\nDepartment of Commerce Secretary Gina Raimondo  \nDepartment of Labor Secretary "
        "Marty Walsh\\\nPort Envoy John Porcari\nand others.\n",
        "list.md");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "Attendees included:\n\nDepartment of Commerce Secretary Gina Raimondo\n\n"
                              "Department of Labor Secretary Marty Walsh\n\nPort Envoy John Porcari and others.");
}

TEST_CASE("HTML: article text kept, scripts, navigation and footers dropped", "[reader][html]") {
    const auto articles = read(
        "<!DOCTYPE html><html><head><title>Ministers meet | Daily Planet</title>"
        "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">"
        "<meta name=\"author\" content=\"Lois Lane\"><script>var x = '<p>no</p>';</script></head>"
        "<body><nav>Home &gt; World</nav><div class=\"breadcrumb\">World</div>"
        "<article><h1>Ministers meet</h1><p>Foreign Minister Wang Yi met Secretary of State Antony Blinken"
        " in Munich &amp; Berlin.</p></article><footer>Powered by nobody</footer></body></html>",
        "page.html");
    REQUIRE(articles.size() == 1);
    const Article& a = articles[0];
    CHECK(a.format == "html");
    CHECK(a.title == "Ministers meet");
    CHECK(a.date == "2024-03-01");
    CHECK(a.byline == "Lois Lane");
    CHECK(a.text == "Ministers meet\n\nForeign Minister Wang Yi met Secretary of State Antony Blinken in Munich & Berlin.");
}

TEST_CASE("HTML: a photo's caption and the author's biography are no article text", "[reader][html]") {
    const auto articles = read(
        "<html><body><article><h1>Blinken meets Wang Yi</h1><p>Antony Blinken met Wang Yi in Munich.</p>"
        "<figure><img src=\"x.jpg\"><figcaption>Blinken and Wang. Photo: Reuters/John Smith</figcaption></figure>"
        "<div class=\"image-caption\">Scholz in Munich. Photo: AFP</div></article>"
        "<div class=\"author-bio\">Jane Doe covers diplomacy.</div></body></html>",
        "page.html");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "Blinken meets Wang Yi\n\nAntony Blinken met Wang Yi in Munich.");
}

TEST_CASE("HTML: a byline paragraph is the byline, not article text", "[reader][html]") {
    const auto articles = read(
        "<html><body><article><h1>Talks in Riyadh</h1><p class=\"byline\">By Jane Doe, Staff Writer</p>"
        "<p>Prince Faisal bin Farhan met Tzachi Hanegbi.</p><p>By Sunday, no deal was reached.</p></article></body></html>",
        "page.html");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].byline == "Jane Doe, Staff Writer");
    // a sentence that starts with "By" and ends with a full stop stays
    CHECK(articles[0].text == "Talks in Riyadh\n\nPrince Faisal bin Farhan met Tzachi Hanegbi.\n\nBy Sunday, no deal was reached.");
}

TEST_CASE("HTML: the page's own address from og:url, else from the canonical link", "[reader][html]") {
    const auto og = read(
        "<html><head><meta property=\"og:url\" content=\"https://www.pm.gc.ca/en/news/readouts/2025/06/16/x\">"
        "<link rel=\"canonical\" href=\"https://example.com/other\"></head><body><p>Prime Minister Carney met "
        "President Sheinbaum.</p></body></html>",
        "page.html");
    REQUIRE(og.size() == 1);
    CHECK(og[0].url == "https://www.pm.gc.ca/en/news/readouts/2025/06/16/x");
    const auto canonical = read(
        "<html><head><link rel=\"Canonical\" href=\"https://www.state.gov/readout\"></head><body><p>Secretary "
        "Rubio met Foreign Minister Wang Yi.</p></body></html>",
        "page.html");
    REQUIRE(canonical.size() == 1);
    CHECK(canonical[0].url == "https://www.state.gov/readout");
}

TEST_CASE("HTML nested 100,000 levels deep is read without recursion", "[reader][html]") {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "President Lula visited Beijing.";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    html += "</body></html>";
    const auto articles = read(html, "deep.html");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "President Lula visited Beijing.");
}

TEST_CASE("RSS 2.0: one article per item, HTML descriptions decoded", "[reader][rss]") {
    const auto articles = read(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>"
        "<item><title>First</title><pubDate>Fri, 21 Aug 2026 16:00:54 -0400</pubDate>"
        "<description>&lt;p&gt;President Macron met Chancellor Scholz.&lt;/p&gt;</description></item>"
        "<item><title>Second</title><link>https://example.org/2</link>"
        "<content:encoded><![CDATA[<p>The summit ended.</p>]]></content:encoded></item>"
        "</channel></rss>",
        "feed.xml");
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].format == "rss");
    CHECK(articles[0].date == "2026-08-21");
    CHECK(articles[0].text == "First\n\nPresident Macron met Chancellor Scholz.");
    CHECK(articles[1].url == "https://example.org/2");
    CHECK(articles[1].text == "Second\n\nThe summit ended.");
    CHECK(articles[0].id != articles[1].id);
}

TEST_CASE("Atom: entries with authors and dates", "[reader][atom]") {
    const auto articles = read(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
        "<entry><title>Leaders meet</title><updated>2023-11-15T12:00:00Z</updated>"
        "<author><name>Jane Doe</name></author><link href=\"https://example.org/a\"/>"
        "<content type=\"html\">&lt;p&gt;President Biden met President Xi in Woodside.&lt;/p&gt;</content></entry></feed>",
        "atom.xml");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].format == "atom");
    CHECK(articles[0].byline == "Jane Doe");
    CHECK(articles[0].date == "2023-11-15");
    CHECK(articles[0].url == "https://example.org/a");
}

TEST_CASE("NITF: headline, byline, issue date and paragraphs", "[reader][nitf]") {
    const auto articles = read(test::data_file("sample.nitf.xml"), "sample.nitf.xml");
    REQUIRE(articles.size() == 1);
    const Article& a = articles[0];
    CHECK(a.format == "nitf");
    CHECK(a.title == "Leaders agree to resume talks");
    CHECK(a.byline == "Maria Garcia");
    CHECK(a.date == "2024-03-05");
    CHECK(a.text.find("Prime Minister Narendra Modi met President Emmanuel Macron") != std::string::npos);
}

TEST_CASE("NewsML-G2: news item with inline XHTML", "[reader][newsml]") {
    const auto articles = read(test::data_file("sample.newsml.xml"), "sample.newsml.xml");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].format == "newsml");
    CHECK(articles[0].title == "Ministers sign trade accord");
    CHECK(articles[0].date == "2024-04-10");
    CHECK(articles[0].text.find("signed the accord in Ottawa") != std::string::npos);
}

TEST_CASE("format is detected from content, not from the file name", "[reader]") {
    CHECK(detect_format("<rss version=\"2.0\"><channel/></rss>", "news.txt") == InputFormat::rss);
    CHECK(detect_format("<?xml version=\"1.0\"?>\n<!-- c -->\n<nitf><body/></nitf>", "x.dat") == InputFormat::nitf);
    CHECK(detect_format("---\ntitle: x\n---\nbody", "a.txt") == InputFormat::markdown);
    CHECK(detect_format("<html><body><p>x</p></body></html>", "a.txt") == InputFormat::html);
    CHECK(detect_format("Plain words.", "a.xml") == InputFormat::text);
}

TEST_CASE("malformed XML is reported with file, line and column", "[reader][errors]") {
    CHECK(error_of("<rss version=\"2.0\">\n<channel>\n<item><title>x</title>\n", "cut.xml") ==
          "cut.xml:4:1: error: malformed XML: unexpected end of data");
    CHECK(error_of("<rss>\n<channel><item><title>x</item></channel></rss>", "tags.xml") ==
          "tags.xml:2:30: error: malformed XML: invalid closing tag name");
    std::string deep = "<rss>";
    for (int i = 0; i < 5000; ++i) deep += "<a>";
    CHECK(error_of(deep, "deep.xml").rfind("deep.xml:1:", 0) == 0);
    CHECK(error_of(deep, "deep.xml").find("nested more than 2000 elements deep") != std::string::npos);
}

TEST_CASE("DTD entities are never expanded (no billion laughs, no external fetch)", "[reader][errors]") {
    const auto articles = read(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
        "<!ENTITY ext SYSTEM \"http://example.org/evil\">]>"
        "<rss><channel><item><title>A &lol2; B</title><description>&ext; text</description></item></channel></rss>",
        "dtd.xml");
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == "A &lol2; B");
}

TEST_CASE("empty and whitespace-only files are errors", "[reader][errors]") {
    CHECK(error_of("", "empty.txt") == "empty.txt:1:1: error: empty file");
    CHECK(error_of(" \n\t\n", "blank.txt") == "blank.txt:1:1: error: no article text (only whitespace)");
    CHECK(error_of("---\ntitle: [\n", "fm.md") == "fm.md:1:1: error: front matter opened with '---' is never closed");
}
