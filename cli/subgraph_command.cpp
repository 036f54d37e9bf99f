// kg subgraph: the neighbourhood of some entities, or a filter by type, relation and date.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "export/format.hpp"
#include "graph/metrics.hpp"
#include "graph/name_lookup.hpp"
#include "graph/subgraph.hpp"
#include "ingest/error.hpp"
#include "ingest/schema.hpp"

namespace kg::cli {

Command subgraph_command() {
    return {"subgraph", "k-hop neighbourhood of entities, or a filter by type, relation and dates",
            [](cxxopts::Options& options) {
                add_ingest_options(options, false);
                add_graph_option(options);
                options.add_options()
                    ("around", "entities at the centre (repeat or separate with ';')", cxxopts::value<std::vector<std::string>>())
                    ("hops", "neighbourhood radius", cxxopts::value<int>()->default_value("1"))
                    ("types", "keep node types, e.g. person,agency", cxxopts::value<std::string>()->default_value(""))
                    ("relations", "keep relations, e.g. met_with,attended", cxxopts::value<std::string>()->default_value(""))
                    ("from-date", "keep dated events and relations from this ISO date", cxxopts::value<std::string>()->default_value(""))
                    ("to-date", "... up to this ISO date", cxxopts::value<std::string>()->default_value(""))
                    ("o,output", "output file (format from extension), - for stdout", cxxopts::value<std::string>()->default_value(""))
                    ("f,format", "graphml, dot, gexf or json", cxxopts::value<std::string>()->default_value(""))
                    ("metrics", "compute graph measures on the subgraph");
                add_fsync_option(options);
            },
            [](const cxxopts::ParseResult& result) {
                const std::string output = result["output"].as<std::string>();
                if (output.empty()) throw UsageError("no output given: -o FILE or -o - --format F");
                const std::string name = result["format"].as<std::string>();
                const auto format = name.empty() ? graph_format_from_path(output) : graph_format_from_name(name);
                if (!format) throw UsageError("cannot tell the output format: use --format");
                SubgraphFilter filter;
                filter.types = parse_entity_types(result["types"].as<std::string>());
                filter.relations = parse_relation_types(result["relations"].as<std::string>());
                filter.from_date = result["from-date"].as<std::string>();
                filter.to_date = result["to-date"].as<std::string>();
                const KnowledgeGraph graph = load_graph(result);
                std::vector<Vertex> keep;
                if (result.count("around")) {
                    const NameIndex names(graph);
                    std::vector<Vertex> seeds;
                    for (const auto& item : result["around"].as<std::vector<std::string>>()) seeds.push_back(names.find(item));
                    keep = neighbourhood(graph, seeds, result["hops"].as<int>());
                }
                KnowledgeGraph part = filtered_subgraph(graph, keep, filter);
                if (result.count("metrics")) compute_metrics(part);
                ExportOptions options;
                options.fsync = fsync_requested(result);
                write_graph_file(part, *Schema::defaults(), *format, output, options);
                return exit_ok;
            }};
}

}  // namespace kg::cli
