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
