#include "cli/common_options.hpp"

#include <cxxopts.hpp>

#include <atomic>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

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

/// The outcome of reading and analysing one file.
struct FileResult {
    std::vector<Document> documents;
    std::string error;  // empty when the file was read
    std::vector<std::string> warnings;
};

FileResult process_file(const std::string& path, const Pipeline& pipeline) {
    FileResult result;
    try {
        for (auto& article : read_articles(path, pipeline.schema())) {
            for (const auto& w : article.warnings) result.warnings.push_back(w);
            Document doc = pipeline.analyse(std::move(article));
            // Tokens serve the analysis only; dropping them keeps a file's pending documents small.
            doc.tokens = {};
            doc.token_keys = {};
            result.documents.push_back(std::move(doc));
        }
    } catch (const InputError& e) {
        result.error = e.what();
        result.documents.clear();
    } catch (const std::bad_alloc&) {
        result.error = path + ":0:0: error: out of memory reading this file";
        result.documents.clear();
    }
    return result;
}

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

IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, const std::function<void(Document&&)>& sink) {
    IngestReport report;
    std::vector<std::string> missing;
    const auto files = collect_input_files(options.inputs, missing);
    for (const auto& m : missing) {
        const std::string message = m + ":0:0: error: no such file or directory";
        if (options.strict) throw InputError(m, 0, 0, "no such file or directory");
        std::cerr << message << "\n";
        ++report.skipped;
    }
    for (const auto& input : options.inputs) {
        std::vector<std::string> none, found = collect_input_files({input}, none);
        if (none.empty() && found.empty()) {
            std::cerr << input << ":0:0: error: directory holds no article files\n";
            ++report.skipped;
        }
    }
    report.files = files.size();

    // Workers analyse files ahead of the consumer, at most `window` files ahead, and the
    // consumer takes results strictly in input order: output does not depend on threads.
    const std::size_t window = 4 * options.threads;
    std::vector<std::optional<FileResult>> slots(files.size());
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next_file = 0, consumed = 0;
    bool stop = false;
    std::vector<std::unique_ptr<Pipeline>> pipelines;
    auto worker = [&](const Pipeline& own) {
        for (;;) {
            std::size_t index;
            {
                std::unique_lock<std::mutex> lock(mutex);
                room.wait(lock, [&] { return stop || next_file >= files.size() || next_file < consumed + window; });
                if (stop || next_file >= files.size()) return;
                index = next_file++;
            }
            FileResult result = process_file(files[index], own);
            {
                std::lock_guard<std::mutex> lock(mutex);
                slots[index] = std::move(result);
            }
            ready.notify_all();
        }
    };
    std::vector<std::thread> threads;
    if (options.threads > 1) {
        for (unsigned t = 0; t < options.threads; ++t) {
            pipelines.push_back(std::make_unique<Pipeline>(Schema::load(options.schema_directory)));
            threads.emplace_back(worker, std::cref(*pipelines.back()));
        }
    }
    auto stop_workers = [&] {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        room.notify_all();
        for (auto& t : threads) t.join();
        threads.clear();
    };
    try {
        for (std::size_t i = 0; i < files.size(); ++i) {
            FileResult result;
            if (threads.empty()) {
                result = process_file(files[i], pipeline);
            } else {
                std::unique_lock<std::mutex> lock(mutex);
                ready.wait(lock, [&] { return slots[i].has_value(); });
                result = std::move(*slots[i]);
                slots[i].reset();
                consumed = i + 1;
                lock.unlock();
                room.notify_all();
            }
            for (const auto& w : result.warnings) std::cerr << w << "\n";
            report.warnings += result.warnings.size();
            if (!result.error.empty()) {
                if (options.strict) throw Error(result.error);
                std::cerr << result.error << "\n";
                ++report.skipped;
                continue;
            }
            for (auto& doc : result.documents) {
                report.bytes += doc.article.text.size();
                if (doc.article.part <= 1) ++report.articles;  // a long article's parts count once
                sink(std::move(doc));
            }
        }
    } catch (...) {
        stop_workers();
        throw;
    }
    stop_workers();
    return report;
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
    const IngestReport r = ingest(options, pipeline, [&](Document&& doc) { builder.add(doc); });
    if (report) *report = r;
    return builder.build();
}

}  // namespace kg::cli
