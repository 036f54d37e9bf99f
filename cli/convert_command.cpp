// kg convert G.graphml -o OUT: re-export a saved graph in another format.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "export/format.hpp"
#include "export/graphml_reader.hpp"
#include "graph/metrics.hpp"
#include "ingest/error.hpp"
#include "ingest/schema.hpp"

namespace kg::cli {

Command convert_command() {
    return {"convert", "read a GraphML graph and write it again (any format)",
            [](cxxopts::Options& options) {
                options.add_options()
                    ("input", "GraphML file", cxxopts::value<std::string>())
                    ("o,output", "output file; - for stdout", cxxopts::value<std::string>()->default_value(""))
                    ("f,format", "graphml, dot, gexf or json", cxxopts::value<std::string>()->default_value(""))
                    ("metrics", "compute graph measures before writing")
                    ("cluster-by", "DOT: group nodes by 'country'", cxxopts::value<std::string>()->default_value(""));
                add_fsync_option(options);
                options.parse_positional({"input"});
                options.positional_help("G.graphml");
            },
            [](const cxxopts::ParseResult& result) {
                if (!result.count("input")) throw UsageError("no input graph given");
                const std::string output = result["output"].as<std::string>();
                if (output.empty()) throw UsageError("no output given: -o FILE");
                const std::string name = result["format"].as<std::string>();
                const auto format = name.empty() ? graph_format_from_path(output) : graph_format_from_name(name);
                if (!format) throw UsageError("cannot tell the output format: use --format");
                KnowledgeGraph graph = read_graphml(result["input"].as<std::string>());
                if (result.count("metrics")) compute_metrics(graph);
                ExportOptions options;
                options.dot.cluster_by_country = result["cluster-by"].as<std::string>() == "country";
                options.fsync = fsync_requested(result);
                write_graph_file(graph, *Schema::defaults(), *format, output, options);
                return exit_ok;
            }};
}

}  // namespace kg::cli
