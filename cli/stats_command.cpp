// kg stats: counts by type and relation, components, and the most central entities.
#include <cxxopts.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "export/escape.hpp"
#include "graph/metrics.hpp"
#include "ingest/error.hpp"

namespace kg::cli {
namespace {

struct Ranked {
    std::string_view measure;
    double EntityNode::*field;
};
constexpr Ranked measures[] = {{"degree", &EntityNode::degree},
                               {"betweenness", &EntityNode::betweenness},
                               {"pagerank", &EntityNode::pagerank}};

std::vector<Vertex> top(const KnowledgeGraph& graph, EntityType type, double EntityNode::*field, std::size_t n) {
    std::vector<Vertex> vertices;
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph)))
        if (graph.graph[v].type == type) vertices.push_back(v);
    std::stable_sort(vertices.begin(), vertices.end(),
                     [&](Vertex a, Vertex b) { return graph.graph[a].*field > graph.graph[b].*field; });
    if (vertices.size() > n) vertices.resize(n);
    return vertices;
}

}  // namespace

Command stats_command() {
    return {"stats", "node and edge counts, components, degree, betweenness and PageRank leaders",
            [](cxxopts::Options& options) {
                add_ingest_options(options, false);
                add_graph_option(options);
                options.add_options()
                    ("top", "entities listed per type and measure", cxxopts::value<std::size_t>()->default_value("5"))
                    ("format", "text or json", cxxopts::value<std::string>()->default_value("text"));
            },
            [](const cxxopts::ParseResult& result) {
                const std::string format = result["format"].as<std::string>();
                if (format != "text" && format != "json") throw UsageError("--format takes text or json");
                KnowledgeGraph graph = load_graph(result);
                compute_metrics(graph);
                const std::size_t n = result["top"].as<std::size_t>();
                std::map<std::string_view, std::size_t> by_type, by_relation;
                for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) ++by_type[to_string(graph.graph[v].type)];
                for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) ++by_relation[to_string(graph.graph[e].relation)];
                std::set<int> components;
                std::map<int, std::size_t> component_size;
                for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) ++component_size[graph.graph[v].component];
                std::size_t largest = 0;
                for (const auto& [c, size] : component_size) largest = std::max(largest, size);
                auto& out = std::cout;
                if (format == "json") {
                    out << "{\"nodes\": " << graph.node_count() << ", \"edges\": " << graph.edge_count()
                        << ", \"components\": " << component_size.size() << ", \"largest_component\": " << largest
                        << ", \"nodes_by_type\": {";
                    bool first = true;
                    for (const auto& [t, c] : by_type) { out << (first ? "" : ", ") << "\"" << t << "\": " << c; first = false; }
                    out << "}, \"edges_by_relation\": {";
                    first = true;
                    for (const auto& [r, c] : by_relation) { out << (first ? "" : ", ") << "\"" << r << "\": " << c; first = false; }
                    out << "}, \"top\": {";
                    bool first_measure = true;
                    for (const auto& m : measures) {
                        out << (first_measure ? "" : ", ") << "\"" << m.measure << "\": {";
                        first_measure = false;
                        bool first_type = true;
                        for (auto type : all_entity_types) {
                            out << (first_type ? "" : ", ") << "\"" << to_string(type) << "\": [";
                            first_type = false;
                            const auto leaders = top(graph, type, m.field, n);
                            for (std::size_t i = 0; i < leaders.size(); ++i) {
                                std::string label;
                                append_json_escaped(label, graph.graph[leaders[i]].label);
                                out << (i ? ", " : "") << "{\"label\": \"" << label << "\", \"value\": " << graph.graph[leaders[i]].*m.field << "}";
                            }
                            out << "]";
                        }
                        out << "}";
                    }
                    out << "}}\n";
                    return exit_ok;
                }
                out << "nodes " << graph.node_count() << ", edges " << graph.edge_count() << ", components "
                    << component_size.size() << " (largest " << largest << " nodes)\n\nnodes by type\n";
                for (const auto& [t, c] : by_type) out << "  " << std::left << std::setw(12) << t << std::right << std::setw(8) << c << "\n";
                out << "\nedges by relation\n";
                for (const auto& [r, c] : by_relation) out << "  " << std::left << std::setw(12) << r << std::right << std::setw(8) << c << "\n";
                for (const auto& m : measures) {
                    out << "\ntop " << n << " by " << m.measure << "\n";
                    for (auto type : all_entity_types) {
                        const auto leaders = top(graph, type, m.field, n);
                        if (leaders.empty()) continue;
                        out << "  " << to_string(type) << "\n";
                        for (auto v : leaders)
                            out << "    " << std::left << std::setw(48) << graph.graph[v].label.substr(0, 47) << std::right
                                << std::setw(12) << std::setprecision(4) << graph.graph[v].*m.field << "\n";
                    }
                }
                return exit_ok;
            }};
}

}  // namespace kg::cli
