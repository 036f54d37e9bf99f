// kg path FROM TO: the shortest chain of connections, with the evidence for every hop.
#include <cxxopts.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "export/dot_writer.hpp"
#include "export/escape.hpp"
#include "graph/name_lookup.hpp"
#include "graph/shortest_path.hpp"
#include "graph/subgraph.hpp"
#include "ingest/error.hpp"
#include "ingest/schema.hpp"

namespace kg::cli {
namespace {

std::string source_of(const KnowledgeGraph& graph, const std::string& article) {
    for (const auto& a : graph.articles)
        if (a.id == article) return a.source_file;
    return {};
}

void print_text(const KnowledgeGraph& graph, const std::vector<Path>& paths, std::ostream& out) {
    const auto& g = graph.graph;
    for (std::size_t p = 0; p < paths.size(); ++p) {
        if (paths.size() > 1) out << "path " << p + 1 << " of " << paths.size() << ":\n";
        out << paths[p].size() << " hop(s): " << g[paths[p].front().from].label;
        for (const auto& step : paths[p]) out << " -> " << g[step.to].label;
        out << "\n";
        for (const auto& step : paths[p]) {
            const RelationEdge& edge = g[step.edge];
            const std::string arrow = is_symmetric(edge.relation) ? "--" + std::string(to_string(edge.relation)) + "--"
                                      : step.forward ? "--" + std::string(to_string(edge.relation)) + "-->"
                                                     : "<--" + std::string(to_string(edge.relation)) + "--";
            out << "  " << g[step.from].label << " (" << to_string(g[step.from].type) << ") " << arrow << " "
                << g[step.to].label << " (" << to_string(g[step.to].type) << ")\n";
            for (const auto& e : edge.evidence) {
                const std::string file = source_of(graph, e.article);
                out << "      [" << (file.empty() ? e.article : file + " " + e.article) << " @" << e.begin << "-" << e.end
                    << "] \"" << e.text << "\"\n";
            }
        }
    }
}

void print_json(const KnowledgeGraph& graph, const std::vector<Path>& paths, std::ostream& out) {
    const auto& g = graph.graph;
    auto str = [](std::string_view s) {
        std::string o = "\"";
        append_json_escaped(o, s);
        return o + "\"";
    };
    out << "{\"paths\": [";
    for (std::size_t p = 0; p < paths.size(); ++p) {
        out << (p ? ", [" : "[");
        for (std::size_t i = 0; i < paths[p].size(); ++i) {
            const auto& step = paths[p][i];
            const RelationEdge& edge = g[step.edge];
            out << (i ? ", " : "") << "{\"from\": " << str(g[step.from].id) << ", \"from_label\": " << str(g[step.from].label)
                << ", \"to\": " << str(g[step.to].id) << ", \"to_label\": " << str(g[step.to].label)
                << ", \"relation\": " << str(to_string(edge.relation))
                << ", \"direction\": " << str(is_symmetric(edge.relation) ? "both" : step.forward ? "forward" : "backward")
                << ", \"weight\": " << edge.weight << ", \"evidence\": [";
            for (std::size_t k = 0; k < edge.evidence.size(); ++k)
                out << (k ? ", " : "") << "{\"article\": " << str(edge.evidence[k].article)
                    << ", \"source_file\": " << str(source_of(graph, edge.evidence[k].article))
                    << ", \"begin\": " << edge.evidence[k].begin << ", \"end\": " << edge.evidence[k].end
                    << ", \"text\": " << str(edge.evidence[k].text) << "}";
            out << "]}";
        }
        out << "]";
    }
    out << "]}\n";
}

}  // namespace

Command path_command() {
    return {"path", "shortest chain of connections between two entities, with evidence",
            [](cxxopts::Options& options) {
                add_ingest_options(options, false);
                add_graph_option(options);
                options.add_options()
                    ("from", "first entity (label, alias or unique surname)", cxxopts::value<std::string>())
                    ("to", "second entity", cxxopts::value<std::string>())
                    ("weighted", "Dijkstra: relations with more evidence count as shorter")
                    ("all", "all shortest paths")
                    ("directed", "follow relations only in their direction")
                    ("max-hops", "longest path to report", cxxopts::value<int>()->default_value("-1"))
                    ("through", "intermediate nodes only of these types, e.g. person,agency", cxxopts::value<std::string>()->default_value(""))
                    ("format", "text, json or dot", cxxopts::value<std::string>()->default_value("text"));
                options.parse_positional({"from", "to", "inputs"});
                options.positional_help("FROM TO [INPUT...]");
            },
            [](const cxxopts::ParseResult& result) {
                if (!result.count("from") || !result.count("to")) throw UsageError("give FROM and TO");
                const std::string format = result["format"].as<std::string>();
                if (format != "text" && format != "json" && format != "dot") throw UsageError("--format takes text, json or dot");
                PathOptions options;
                options.weighted = result.count("weighted") > 0;
                options.all = result.count("all") > 0;
                options.directed = result.count("directed") > 0;
                options.max_hops = result["max-hops"].as<int>();
                options.through = parse_entity_types(result["through"].as<std::string>());
                if (options.weighted && options.all) throw UsageError("--all finds breadth-first paths; drop --weighted");
                const KnowledgeGraph graph = load_graph(result);
                const NameIndex names(graph);
                const Vertex from = names.find(result["from"].as<std::string>());
                const Vertex to = names.find(result["to"].as<std::string>());
                PathFinder finder(graph);
                const auto paths = finder.find(from, to, options);
                if (paths.empty()) {
                    std::cerr << "kg path: no path from '" << graph.graph[from].label << "' to '" << graph.graph[to].label << "'"
                              << (options.max_hops >= 0 ? " within " + std::to_string(options.max_hops) + " hops" : "") << "\n";
                    return exit_failure;
                }
                if (format == "json") print_json(graph, paths, std::cout);
                else if (format == "dot") write_dot(path_subgraph(graph, paths), *Schema::defaults(), std::cout);
                else print_text(graph, paths, std::cout);
                return exit_ok;
            }};
}

}  // namespace kg::cli
