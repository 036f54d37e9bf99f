#include <catch2/catch.hpp>

#include <sstream>

#include "export/dot_writer.hpp"
#include "export/gexf_writer.hpp"
#include "export/json_writer.hpp"
#include "export/jsonl_writer.hpp"
#include "support.hpp"
#include "hostile.hpp"
#include "ingest/schema.hpp"
#include "ingest/xml_document.hpp"

using namespace kg;

TEST_CASE("DOT quotes every id and label and styles nodes by type", "[dot]") {
    std::ostringstream out;
    DotOptions options;
    options.cluster_by_country = true;
    KnowledgeGraph g = test::hostile_graph();
    g.graph[1].country = "US";
    write_dot(g, *Schema::defaults(), out, options);
    const std::string dot = out.str();
    CHECK(dot.find("\"n9:graph\" [label=\"graph\", shape=\"house\"") != std::string::npos);  // a DOT keyword, quoted
    CHECK(dot.find("label=\"back\\\\slash \\\\N \\\\l \\\\\\\\ and tab here\"") != std::string::npos);
    CHECK(dot.find("\"n3:new\\nline and carriagereturn\"") != std::string::npos);
    CHECK(dot.find("subgraph \"cluster_US\" {\n    label=\"United States\";") != std::string::npos);
    CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
    CHECK(dot.find("dir=none") != std::string::npos);  // agreed and met_with are undirected
}

TEST_CASE("GEXF is well-formed XML with viz colours, and dated spells in dynamic mode", "[gexf]") {
    KnowledgeGraph g = test::hostile_graph();
    g.graph[3].type = EntityType::event;
    g.graph[3].date = "2016-12-07/2016-12-08";
    std::ostringstream out;
    write_gexf(g, *Schema::defaults(), out, true);
    const std::string gexf = out.str();
    const XmlDocument parsed(gexf, "g.gexf");
    CHECK(std::string(local_name(*parsed.root())) == "gexf");
    CHECK(gexf.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
    CHECK(gexf.find("start=\"2016-12-07\" end=\"2016-12-08\"") != std::string::npos);
    CHECK(gexf.find("<viz:color r=\"141\" g=\"211\" b=\"199\"/>") != std::string::npos);
    CHECK(timeline_date("2016-06", false) == "2016-06-01");
    CHECK(timeline_date("--12-07", false).empty());
}

TEST_CASE("JSON node-link output escapes every string", "[json]") {
    std::ostringstream out;
    write_json(test::hostile_graph(), *Schema::defaults(), out);
    const std::string json = out.str();
    CHECK(json.rfind("{\"directed\": true", 0) == 0);
    CHECK(json.find("\"label\": \"quote \\\" apostrophe ' amp & lt < gt >\"") != std::string::npos);
    CHECK(json.find("\"aliases\": [\"") != std::string::npos);
    CHECK(json.find('\x01') == std::string::npos);
}

TEST_CASE("JSONL offsets count characters, so text[begin:end] is the mention", "[jsonl]") {
    const auto doc = test::analyse("President Biden\xE2\x80\x99s aide met Pr\xC3\xA9sident Macron in Paris.");
    std::ostringstream out;
    write_jsonl(doc, out);
    const std::string line = out.str();
    // "Paris" starts at character 47, byte 50: the curly apostrophe and the e-acute take extra bytes
    CHECK(line.find("{\"begin\": 47, \"end\": 52, \"text\": \"Paris\"") != std::string::npos);
    CHECK(line.find("\"sentences\": [[0, 53]]") != std::string::npos);
}
