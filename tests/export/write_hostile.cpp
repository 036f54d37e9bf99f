// Writes the hostile-label graph in every format, for the external validators
// (xmllint, NetworkX, igraph, Graphviz) run by tests/cli/outputs_validate.sh.
#include <iostream>

#include "export/format.hpp"
#include "graph/metrics.hpp"
#include "hostile.hpp"
#include "ingest/schema.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: write_hostile DIRECTORY\n";
        return 2;
    }
    kg::KnowledgeGraph graph = kg::test::hostile_graph();
    kg::compute_metrics(graph);
    const std::string dir = argv[1];
    const auto& schema = *kg::Schema::defaults();
    kg::ExportOptions options;
    options.dot.cluster_by_country = true;
    kg::write_graph_file(graph, schema, kg::GraphFormat::graphml, dir + "/hostile.graphml");
    kg::write_graph_file(graph, schema, kg::GraphFormat::dot, dir + "/hostile.dot", options);
    kg::write_graph_file(graph, schema, kg::GraphFormat::json, dir + "/hostile.json");
    options.gexf_dynamic = true;
    kg::write_graph_file(graph, schema, kg::GraphFormat::gexf, dir + "/hostile.gexf", options);
    return 0;
}
