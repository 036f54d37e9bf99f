#include <catch2/catch.hpp>

#include <sstream>

#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "graph/metrics.hpp"
#include "hostile.hpp"
#include "ingest/error.hpp"
#include "ingest/schema.hpp"

using namespace kg;

namespace {
std::string graphml(const KnowledgeGraph& g) {
    std::ostringstream out;
    write_graphml(g, *Schema::defaults(), out);
    return out.str();
}
}  // namespace

TEST_CASE("GraphML follows Gephi's conventions", "[graphml]") {
    const std::string xml = graphml(test::hostile_graph());
    CHECK(xml.find("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"edgelabel\" for=\"edge\" attr.name=\"edgelabel\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"edge_evidence\" for=\"edge\" attr.name=\"edge_evidence\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>") != std::string::npos);
    CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
}

TEST_CASE("GraphML with hostile labels parses and round-trips byte for byte", "[graphml]") {
    KnowledgeGraph original = test::hostile_graph();
    compute_metrics(original);
    const std::string first = graphml(original);
    const KnowledgeGraph read = read_graphml_text(first, "hostile.graphml");
    CHECK(read.node_count() == original.node_count());
    CHECK(read.edge_count() == original.edge_count());
    CHECK(read.has_metrics);
    const std::string second = graphml(read);
    CHECK(second == first);
    // what was representable survives exactly
    CHECK(read.graph[0].label == original.graph[0].label);
    CHECK(read.graph[3].label == "new\nline and carriage\rreturn");
    CHECK(read.graph[12].aliases == original.graph[12].aliases);
}

TEST_CASE("GraphML from other tools: NetworkX key ids", "[graphml]") {
    const std::string networkx =
        "<?xml version='1.0' encoding='utf-8'?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
        "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
        "<key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>"
        "<key id=\"d2\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>"
        "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\">Ada</data><data key=\"d1\">person</data></node>"
        "<node id=\"b\"><data key=\"d0\">Bureau</data><data key=\"d1\">agency</data></node>"
        "<edge source=\"a\" target=\"b\"><data key=\"d2\">member_of</data></edge></graph></graphml>";
    const KnowledgeGraph g = read_graphml_text(networkx, "nx.graphml");
    REQUIRE(g.node_count() == 2);
    CHECK(g.graph[0].label == "Ada");
    CHECK(g.graph[1].type == EntityType::agency);
    CHECK(g.graph[*boost::edges(g.graph).first].relation == RelationType::member_of);
}

TEST_CASE("broken GraphML is an error with a position", "[graphml]") {
    CHECK_THROWS_AS(read_graphml_text("<graphml><graph><node id=\"a\">", "bad.graphml"), InputError);
    CHECK_THROWS_WITH(read_graphml_text("<gexf/>", "other.xml"), "other.xml:1:1: error: not GraphML: the root element is <gexf>");
}

namespace {
std::string wrapped(const std::string& graph_content, const std::string& keys = "") {
    return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + keys +
           "<graph edgedefault=\"directed\">\n" + graph_content + "</graph>\n</graphml>\n";
}
const std::string label_key = "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
}  // namespace

TEST_CASE("the GraphML stream skips comments, CDATA, DOCTYPE subsets and '>' inside attribute values", "[graphml]") {
    const std::string text =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY x \"<node id='fake'/>\"> ]>\n"
        "<graphml><!-- <node id=\"commented\"/> -->" + label_key +
        "<graph><node id=\"a>b\"><data key=\"d0\"><![CDATA[</node> & </graph>]]></data></node>"
        "<?pi <node id='pi'/> ?><node id=\"c\"/><edge source=\"a>b\" target=\"c\"/></graph></graphml>";
    const KnowledgeGraph g = read_graphml_text(text, "tricky.graphml");
    REQUIRE(g.node_count() == 2);
    CHECK(g.graph[0].id == "a>b");
    CHECK(g.graph[0].label == "</node> & </graph>");
    CHECK(g.edge_count() == 1);
}

TEST_CASE("GraphML <default> values apply to elements without the data", "[graphml]") {
    const std::string keys =
        "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>agency</default></key>\n";
    const KnowledgeGraph g =
        read_graphml_text(wrapped("<node id=\"a\"/><node id=\"b\"><data key=\"t\">country</data></node>", keys), "d.graphml");
    CHECK(g.graph[0].type == EntityType::agency);
    CHECK(g.graph[1].type == EntityType::country);
}

TEST_CASE("an element larger than the read buffer is read whole", "[graphml]") {
    const std::string huge(3 << 20, 'x');  // 3 MB, bigger than one read
    const KnowledgeGraph g = read_graphml_text(wrapped("<node id=\"a\"><data key=\"d0\">" + huge + "</data></node>", label_key), "big.graphml");
    CHECK(g.graph[0].label == huge);
}

TEST_CASE("GraphML errors name the line and column, even megabytes into the file", "[graphml]") {
    std::string nodes;
    for (int i = 0; i < 40000; ++i) nodes += "<node id=\"n" + std::to_string(i) + "\"><data key=\"d0\">Ünïcode label</data></node>\n";
    // line 1 is the XML declaration, 2 <graphml>, 3 the key, 4 <graph>, then one node a line
    const std::string broken = wrapped(nodes + "<node id=\"bad\"><data key=\"d0\">x</dta></node>\n", label_key);
    REQUIRE(broken.size() > (2u << 20));
    CHECK_THROWS_WITH(read_graphml_text(broken, "late.graphml"),
                      Catch::StartsWith("late.graphml:40005:") && Catch::Contains("malformed XML"));
    const std::string whole = wrapped(nodes);
    CHECK_THROWS_WITH(read_graphml_text(whole.substr(0, whole.find('\n', 1500000) + 1), "cut.graphml"),
                      Catch::StartsWith("cut.graphml:") && Catch::EndsWith("error: the file ends inside <graph>"));
    CHECK_THROWS_WITH(read_graphml_text(whole.substr(0, 1500000), "cut-in-tag.graphml"), Catch::Contains("unterminated tag"));
    CHECK_THROWS_WITH(read_graphml_text("<graphml>\n<graph>\n<node id=\"a\"/>\n</graphml>", "mismatch.graphml"),
                      "mismatch.graphml:4:1: error: mismatched end tag </graphml> inside <graph>");
    CHECK_THROWS_WITH(read_graphml_text("<graphml><graph><node id=\"a\" x=\"1></node></graph></graphml>", "quote.graphml"),
                      Catch::Contains("unterminated tag"));
    CHECK_THROWS_WITH(read_graphml_text("<graphml><graph><edge source=\"a\"/></graph></graphml>", "edge.graphml"),
                      "edge.graphml:1:17: error: an <edge> needs a source and a target");
    CHECK_THROWS_WITH(read_graphml_text("", "empty.graphml"), "empty.graphml:1:1: error: XML document has no root element");
    CHECK_THROWS_WITH(read_graphml_text("<graphml></graphml>", "nograph.graphml"), "nograph.graphml:1:1: error: GraphML file has no <graph>");
}

TEST_CASE("GraphML nested deeper than the limit is refused, not parsed", "[graphml]") {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<x>";
    CHECK_THROWS_WITH(read_graphml_text(wrapped("<node id=\"a\">" + deep + "</node>"), "deep.graphml"), Catch::Contains("nested more than"));
}
