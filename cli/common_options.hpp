#pragma once
/// What several subcommands share: reading articles from INPUT... (with the error
/// policy: report, skip, count, or stop with --strict), in parallel but delivered in
/// input order, and loading a graph from --graph or from articles.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "ingest/document.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace kg {
class Schema;
class Pipeline;
class GraphBuilder;
}  // namespace kg

namespace kg::cli {

struct IngestOptions {
    std::vector<std::string> inputs;
    std::string schema_directory;
    bool strict = false;
    bool quiet = false;
    unsigned threads = 1;
};

struct IngestReport {
    std::size_t files = 0, articles = 0, skipped = 0, warnings = 0;
    std::uint64_t bytes = 0;  ///< article text analysed
};

/// INPUT... (positional), --schemas, --strict, --threads, --quiet.
void add_ingest_options(cxxopts::Options& options, bool inputs_required = true);
IngestOptions ingest_options(const cxxopts::ParseResult& result);
std::shared_ptr<const Schema> load_schema(const IngestOptions& options);

/// Reads and analyses every article. `prepare` runs on the thread that analysed the
/// document (with --threads, several at once), `sink` on one thread at a time in input order.
/// Bad inputs are reported on stderr as FILE:LINE:COLUMN: error: ... and skipped (or, with
/// --strict, end the run by throwing). Returns the counts for the summary.
template <class Prepared>
IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, const std::function<Prepared(Document&&)>& prepare,
                    const std::function<void(Prepared&&)>& sink);
/// Each analysed document, in input order, without its tokens.
IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, const std::function<void(Document&&)>& sink);
/// Every article folded into `builder`; the costly part of adding runs beside the analysis.
IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, GraphBuilder& builder);

/// "kg: 2 files, 2 articles, 0 skipped" on stderr (unless quiet); the exit code to use.
int finish(const IngestOptions& options, const IngestReport& report);

/// "person, agency" -> {person, agency}; throws UsageError naming the bad item.
std::vector<EntityType> parse_entity_types(const std::string& list);
/// "met_with,attended" -> {met_with, attended}; throws UsageError naming the bad item.
std::vector<RelationType> parse_relation_types(const std::string& list);

/// The graph from --graph G.graphml, or built from INPUT... articles.
KnowledgeGraph load_graph(const cxxopts::ParseResult& result, IngestReport* report = nullptr);
/// --fsync, for commands that write a file.
void add_fsync_option(cxxopts::Options& options);
bool fsync_requested(const cxxopts::ParseResult& result);

/// --graph option for commands that take a saved graph.
void add_graph_option(cxxopts::Options& options);

}  // namespace kg::cli
