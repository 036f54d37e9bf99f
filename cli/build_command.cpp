// kg build INPUT... -o OUT: articles in, one merged graph out.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/teardown.hpp"
#include "export/format.hpp"
#include "graph/graph_builder.hpp"
#include "graph/metrics.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/schema.hpp"

namespace kg::cli {
namespace {

struct BuildOptions {
    IngestOptions ingest;
    std::string output;
    GraphFormat format = GraphFormat::graphml;
    ExportOptions export_options;
    bool metrics = false;
};

BuildOptions parse(const cxxopts::ParseResult& result) {
    BuildOptions o;
    o.ingest = ingest_options(result);
    if (o.ingest.inputs.empty()) throw UsageError("no INPUT articles given");
    o.output = result["output"].as<std::string>();
    if (o.output.empty()) throw UsageError("no output given: -o FILE.graphml|.dot|.gexf|.json, or -o - with --format");
    const std::string format = result["format"].as<std::string>();
    std::optional<GraphFormat> chosen = format.empty() ? graph_format_from_path(o.output) : graph_format_from_name(format);
    if (!chosen) throw UsageError(format.empty() ? "cannot tell the format from '" + o.output + "': use --format"
                                                 : "unknown format '" + format + "'");
    o.format = *chosen;
    o.metrics = result.count("metrics") > 0;
    o.export_options.dot.cluster_by_country = result["cluster-by"].as<std::string>() == "country";
    if (!result["cluster-by"].as<std::string>().empty() && !o.export_options.dot.cluster_by_country)
        throw UsageError("--cluster-by takes 'country'");
    o.export_options.gexf_dynamic = result.count("dynamic") > 0;
    o.export_options.threads = o.ingest.threads;
    o.export_options.fsync = fsync_requested(result);
    return o;
}

}  // namespace

Command build_command() {
    return {"build", "build one graph from articles and write it (GraphML, DOT, GEXF, JSON)",
            [](cxxopts::Options& options) {
                add_ingest_options(options);
                add_fsync_option(options);
                options.add_options()
                    ("o,output", "output file; its extension picks the format; - for stdout", cxxopts::value<std::string>()->default_value(""))
                    ("f,format", "graphml, dot, gexf or json (default: from the output's extension)", cxxopts::value<std::string>()->default_value(""))
                    ("metrics", "compute degree, betweenness, PageRank, components and communities as node attributes")
                    ("cluster-by", "DOT: group nodes in clusters by 'country'", cxxopts::value<std::string>()->default_value(""))
                    ("dynamic", "GEXF: dated events and relations for Gephi's timeline");
            },
            [](const cxxopts::ParseResult& result) {
                const BuildOptions o = parse(result);
                auto schema = load_schema(o.ingest);
                Pipeline pipeline(schema);
                auto builder = std::make_unique<GraphBuilder>(*schema);
                const IngestReport report = ingest(o.ingest, pipeline, *builder);
                if (report.articles == 0) throw Error("no article could be read; nothing written");
                std::unique_ptr<KnowledgeGraph> graph(new KnowledgeGraph(std::move(*builder).build(o.ingest.threads)));
                const BackgroundFree freeing(std::move(builder));
                if (o.metrics) compute_metrics(*graph);
                write_graph_file(*graph, *schema, o.format, o.output, o.export_options);
                keep_until_exit(std::move(graph));
                return finish(o.ingest, report);
            }};
}

}  // namespace kg::cli
