#include "cli/common_options.hpp"

#include <cxxopts.hpp>

#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "export/graphml_reader.hpp"
#include "graph/graph_builder.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg::cli {
namespace {

std::vector<std::string> split_commas(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (!list.empty() && start <= list.size()) {
        auto end = list.find(',', start);
        if (end == std::string::npos) end = list.size();
        const std::string item(trim(std::string_view(list).substr(start, end - start)));
        if (!item.empty()) out.push_back(item);
        start = end + 1;
    }
    return out;
}

}  // namespace

/// "a, b" read with `from` (entity_type_from, relation_type_from); an unknown item is a usage error.
template <typename T, typename From, std::size_t N>
std::vector<T> parse_names(const std::string& list, From from, std::string_view what, const T (&all)[N]) {
    std::vector<T> out;
    for (const auto& name : split_commas(list)) {
        const auto value = from(name);
        if (!value) {
            std::string known;
            for (const auto& a : all) known += (known.empty() ? "" : ", ") + std::string(to_string(a));
            throw UsageError("unknown " + std::string(what) + " '" + name + "' (" + known + ")");
        }
        out.push_back(*value);
    }
    return out;
}

std::vector<EntityType> parse_entity_types(const std::string& list) {
    return parse_names<EntityType>(list, entity_type_from, "entity type", all_entity_types);
}

std::vector<RelationType> parse_relation_types(const std::string& list) {
    return parse_names<RelationType>(list, relation_type_from, "relation", all_relation_types);
}

void add_ingest_options(cxxopts::Options& options, bool inputs_required) {
    options.add_options()
        ("inputs", inputs_required ? "article files or directories (recursed)" : "article files or directories",
         cxxopts::value<std::vector<std::string>>())
        ("schemas", "read gazetteers and patterns from this directory instead of the built-in copy",
         cxxopts::value<std::string>()->default_value(""))
        ("strict", "stop at the first unreadable input instead of skipping it")
        ("j,threads", "analyse articles on this many threads (output is the same for any number)",
         cxxopts::value<unsigned>()->default_value("1"))
        ("q,quiet", "no summary on stderr");
    options.parse_positional({"inputs"});
    options.positional_help("INPUT...");
}

void add_fsync_option(cxxopts::Options& options) {
    options.add_options()("fsync", "flush the output to disk before moving it into place, so that it survives a power failure");
}

bool fsync_requested(const cxxopts::ParseResult& result) { return result.count("fsync") > 0; }

IngestOptions ingest_options(const cxxopts::ParseResult& result) {
    IngestOptions o;
    if (result.count("inputs")) o.inputs = result["inputs"].as<std::vector<std::string>>();
    o.schema_directory = result["schemas"].as<std::string>();
    o.strict = result.count("strict") > 0;
    o.quiet = result.count("quiet") > 0;
    o.threads = std::max(1u, result["threads"].as<unsigned>());
    return o;
}

std::shared_ptr<const Schema> load_schema(const IngestOptions& options) {
    return options.schema_directory.empty() ? Schema::defaults() : Schema::load(options.schema_directory);
}

int finish(const IngestOptions& options, const IngestReport& report) {
    if (!options.quiet)
        std::cerr << "kg: " << report.files << " file(s), " << report.articles << " article(s), " << report.skipped
                  << " input(s) skipped, " << report.warnings << " warning(s)\n";
    return report.skipped ? exit_inputs_skipped : exit_ok;
}

void add_graph_option(cxxopts::Options& options) {
    options.add_options()("graph", "read a saved GraphML graph instead of articles", cxxopts::value<std::string>()->default_value(""));
}

KnowledgeGraph load_graph(const cxxopts::ParseResult& result, IngestReport* report) {
    const std::string graph = result["graph"].as<std::string>();
    const IngestOptions options = ingest_options(result);
    if (!graph.empty()) {
        if (!options.inputs.empty()) throw UsageError("give either --graph or INPUT articles, not both");
        return read_graphml(graph);
    }
    if (options.inputs.empty()) throw UsageError("give INPUT articles or --graph G.graphml");
    auto schema = load_schema(options);
    Pipeline pipeline(schema);
    GraphBuilder builder(*schema);
    const IngestReport r = ingest(options, pipeline, builder);
    if (report) *report = r;
    return std::move(builder).build(options.threads);
}

}  // namespace kg::cli
