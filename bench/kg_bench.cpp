// kg_bench: the measurements of bench/run.
//   kg_bench ingest DIR...        `kg build` on one thread: per-stage time, MB/s (analysis alone, the build
//                                  as `kg build` runs it, and with --metrics), articles/s, peak memory
//   kg_bench graph NODES EDGES OUT.graphml
//                                  a synthetic graph: GraphML/DOT write MB/s, GraphML read MB/s, load time,
//                                  path query latency (median of 100 random pairs), stats time, peak memory;
//                                  also writes OUT.graphml.edges (topology) and OUT.graphml.pairs (the queries)
//   kg_bench read FILE.graphml    GraphML read MB/s and peak memory of the reader alone
// Prints "name value unit" lines that bench/run turns into the table and CSV.
#include <malloc.h>
#ifdef KG_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "export/dot_writer.hpp"
#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "graph/graph_builder.hpp"
#include "graph/metrics.hpp"
#include "graph/shortest_path.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/read_ahead.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
/// Resident memory now (not the peak), from /proc.
double resident_mb() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / 1048576.0;
}
/// Memory now in transparent huge pages (cli/huge_page_heap.cpp asks for them), from /proc.
double huge_pages_mb() {
    std::ifstream rollup("/proc/self/smaps_rollup");
    for (std::string line; std::getline(rollup, line);)
        if (line.rfind("AnonHugePages:", 0) == 0) return std::stod(line.substr(14)) / 1024.0;
    return 0;
}
double peak_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}
void report(const std::string& name, double value, const std::string& unit) { std::cout << name << " " << value << " " << unit << "\n"; }

/// Bytes the allocator has handed out and not had back: the heap the program's data uses.
double heap_in_use() {
#ifdef KG_TCMALLOC
    std::size_t bytes = 0;
    MallocExtension::instance()->GetNumericProperty("generic.current_allocated_bytes", &bytes);
    return static_cast<double>(bytes);
#else
    const struct mallinfo2 m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd);
#endif
}

/// Reports the graph's heap bytes per node-or-edge with and without its provenance (the
/// articles table, article lists and evidence sentences): it drops the provenance, then the
/// graph, and counts what each gave back. Freeing, rather than a heap baseline taken before
/// the graph was made, leaves out what else changed meanwhile (the builder's records, whose
/// strings the graph took over; a path finder's arrays).
void report_graph_bytes(kg::KnowledgeGraph& g) {
    const double with = heap_in_use();
    std::vector<kg::ArticleInfo>().swap(g.articles);
    for (auto v : boost::make_iterator_range(boost::vertices(g.graph))) {
        std::vector<std::string>().swap(g.graph[v].articles);
        std::vector<kg::Evidence>().swap(g.graph[v].evidence);
    }
    for (auto e : boost::make_iterator_range(boost::edges(g.graph))) {
        std::vector<std::string>().swap(g.graph[e].articles);
        std::vector<kg::Evidence>().swap(g.graph[e].evidence);
    }
    const double provenance = with - heap_in_use();
    const double items = static_cast<double>(g.node_count() + g.edge_count());
    report("provenance_bytes_per_node_or_edge", provenance / items, "B");
    // What stays: ids, labels, attributes, Boost's vertex and edge storage, the id index.
    const double structure = heap_in_use();
    g = kg::KnowledgeGraph();
    report("structure_bytes_per_node_or_edge", (structure - heap_in_use()) / items, "B");
}


struct TimedWrite {
    double seconds, megabytes;
};
/// Writes the file at `path` with `write(stream)`, timing it to the last flushed byte.
template <typename Write>
TimedWrite timed_write(const std::string& path, Write&& write) {
    std::ofstream out(path, std::ios::binary);
    const auto start = Clock::now();
    write(out);
    out.flush();
    return {seconds_since(start), static_cast<double>(out.tellp()) / 1e6};
}

int ingest(const std::vector<std::string>& inputs) {
    auto schema = kg::Schema::defaults();
    kg::Pipeline pipeline(schema);
    kg::GraphBuilder builder(*schema);
    std::vector<std::string> missing;
    const auto files = kg::collect_input_files(inputs, missing);
    std::size_t articles = 0, bytes = 0;
    double reading = 0;
    const auto start = Clock::now();
    kg::ReadAhead read_ahead(files);  // as `kg build` reads
    for (std::size_t index = 0; index < files.size(); ++index) {
        const std::string& file = files[index];
        read_ahead.reached(index);
        const auto read_start = Clock::now();
        std::vector<kg::Article> read;
        try {
            read = kg::read_articles(file, *schema);
        } catch (const kg::Error&) {
            continue;
        }
        reading += seconds_since(read_start);
        for (auto& article : read) {
            bytes += article.text.size();
            ++articles;
            builder.add(pipeline.analyse(std::move(article)));
        }
    }
    const double analysed = seconds_since(start);
    const auto build_start = Clock::now();
    kg::KnowledgeGraph graph = std::move(builder).build();
    const double build = seconds_since(build_start);
    const auto metrics_start = Clock::now();
    kg::compute_metrics(graph);
    const double metrics = seconds_since(metrics_start);
    // To a file, as `kg build` writes it: a string stream would time its own regrowing instead.
    const std::string out_path = (std::filesystem::temp_directory_path() / "kg_bench_ingest.graphml").string();
    const auto written = timed_write(out_path, [&](std::ostream& out) { kg::write_graphml(graph, *schema, out); });
    std::remove(out_path.c_str());
    const double text_mb = static_cast<double>(bytes) / 1e6;
    // `kg build` computes the measures only with --metrics; betweenness grows faster than the corpus.
    const double total = analysed + build + written.seconds;
    report("articles", static_cast<double>(articles), "");
    report("text_mb", text_mb, "MB");
    report("nodes", static_cast<double>(graph.node_count()), "");
    report("edges", static_cast<double>(graph.edge_count()), "");
    report("analysis_mb_per_s", text_mb / analysed, "MB/s");
    report("ingest_mb_per_s", text_mb / total, "MB/s");
    report("ingest_with_metrics_mb_per_s", text_mb / (total + metrics), "MB/s");
    report("articles_per_s", static_cast<double>(articles) / total, "1/s");
    report("stage_read_s", reading, "s");
    const auto times = pipeline.stage_times();
    for (std::size_t i = 0; i < times.size(); ++i)
        report("stage_" + std::string(pipeline.stages()[i]->name()) + "_s", std::chrono::duration<double>(times[i]).count(), "s");
    report("stage_graph_merge_s", analysed - reading - [&] {
        double s = 0;
        for (auto t : times) s += std::chrono::duration<double>(t).count();
        return s;
    }(), "s");
    report("stage_build_graph_s", build, "s");
    report("stage_algorithms_s", metrics, "s");
    report("stage_export_s", written.seconds, "s");
    report("graphml_write_mb_per_s", written.megabytes / written.seconds, "MB/s");
    report("peak_rss_mb", peak_mb(), "MB");
    report("huge_pages_mb", huge_pages_mb(), "MB");
    report_graph_bytes(graph);
    return 0;
}

/// A graph shaped like a news archive: a few hubs (countries, leaders), many rarely named people.
kg::KnowledgeGraph synthetic(std::size_t nodes, std::size_t edges) {
    std::mt19937_64 random(42);
    kg::KnowledgeGraph g;
    static const char* first[] = {"Ana", "Li", "Omar", "Yuki", "Jon", "Maria", "Wei", "Ivan", "Amara", "Pedro"};
    static const char* last[] = {"Silva", "Wang", "Haddad", "Sato", "Finer", "Garcia", "Zhang", "Petrov", "Okafor", "Lopez"};
    for (std::size_t i = 0; i < nodes; ++i) {
        kg::EntityNode n;
        n.type = kg::all_entity_types[i % 5];
        n.label = std::string(first[i % 10]) + " " + last[(i / 10) % 10] + " " + std::to_string(i);
        n.id = std::string(kg::to_string(n.type)) + ":" + std::to_string(i);
        n.mentions = 1 + static_cast<std::uint32_t>(i % 7);
        n.articles = {std::to_string(i % 9973)};
        g.add_node(std::move(n));
    }
    std::discrete_distribution<int> pick_hub({1, 99});  // 1% of edge ends go to the 1% hubs
    std::uniform_int_distribution<std::size_t> any(0, nodes - 1), hub(0, std::max<std::size_t>(1, nodes / 100) - 1);
    for (std::size_t e = 0; e < edges; ++e) {
        const std::size_t s = any(random);
        const std::size_t t = pick_hub(random) == 0 ? hub(random) : any(random);
        if (s == t) continue;
        kg::RelationEdge edge;
        edge.relation = kg::all_relation_types[e % 8];
        edge.weight = 1 + static_cast<double>(e % 3);
        edge.evidence = {{std::to_string(e % 9973), 10, 120, "Officials met in the capital on Tuesday."}};
        g.add_edge(s, t, std::move(edge));
    }
    return g;
}

int graph(std::size_t nodes, std::size_t edges, const std::string& path) {
    auto schema = kg::Schema::defaults();
    auto start = Clock::now();
    kg::KnowledgeGraph g = synthetic(nodes, edges);
    report("generate_s", seconds_since(start), "s");
    report("nodes", static_cast<double>(g.node_count()), "");
    report("edges", static_cast<double>(g.edge_count()), "");
    const auto graphml = timed_write(path, [&](std::ostream& out) { kg::write_graphml(g, *schema, out); });
    report("graphml_write_mb_per_s", graphml.megabytes / graphml.seconds, "MB/s");
    report("graphml_write_s", graphml.seconds, "s");
    report("graphml_mb", graphml.megabytes, "MB");
    const auto two_threads = timed_write(path + ".j2", [&](std::ostream& out) { kg::write_graphml(g, *schema, out, 2); });
    report("graphml_write_2_threads_mb_per_s", two_threads.megabytes / two_threads.seconds, "MB/s");
    std::remove((path + ".j2").c_str());
    const auto dot = timed_write(path + ".dot", [&](std::ostream& out) { kg::write_dot(g, *schema, out); });
    report("dot_write_mb_per_s", dot.megabytes / dot.seconds, "MB/s");
    {
        std::ofstream edges(path + ".edges");  // the topology alone, for peers that cannot read a file this large
        for (auto e : boost::make_iterator_range(boost::edges(g.graph)))
            edges << g.graph[boost::source(e, g.graph)].id << '\t' << g.graph[boost::target(e, g.graph)].id << '\n';
    }
    g = kg::KnowledgeGraph();
    start = Clock::now();
    kg::KnowledgeGraph loaded = kg::read_graphml(path);
    const double load = seconds_since(start);
    const double size = static_cast<double>(std::ifstream(path, std::ios::binary | std::ios::ate).tellg());
    report("graphml_read_mb_per_s", size / 1e6 / load, "MB/s");
    report("load_s", load, "s");
    // The loaded graph's footprint, provenance (evidence text, article lists) included.
    const double loaded_mb = resident_mb();
    report("resident_after_load_mb", loaded_mb, "MB");
    report("bytes_per_node_or_edge", loaded_mb * 1048576.0 / static_cast<double>(loaded.node_count() + loaded.edge_count()), "B");
    kg::PathFinder finder(loaded);
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::size_t> any(0, loaded.node_count() - 1);
    std::vector<double> latencies;
    std::size_t found = 0;
    std::ofstream pairs(path + ".pairs");  // the same queries for the peers
    for (int q = 0; q < 100; ++q) {
        const auto a = any(random), b = any(random);
        pairs << loaded.graph[a].id << '\t' << loaded.graph[b].id << '\n';
        start = Clock::now();
        found += !finder.find(a, b).empty();
        latencies.push_back(seconds_since(start) * 1e3);
    }
    std::sort(latencies.begin(), latencies.end());
    report("path_query_median_ms", latencies[50], "ms");
    report("path_query_p90_ms", latencies[90], "ms");
    report("paths_found", static_cast<double>(found), "of 100");
    start = Clock::now();
    kg::compute_metrics(loaded);
    report("stats_s", seconds_since(start), "s");
    report("peak_rss_mb", peak_mb(), "MB");
    report_graph_bytes(loaded);
    return 0;
}

}  // namespace

/// Reads one GraphML file: MB/s and peak memory of the reader alone.
int read(const std::string& path) {
    const auto start = Clock::now();
    kg::KnowledgeGraph g = kg::read_graphml(path);
    const double s = seconds_since(start);
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    report("nodes", static_cast<double>(g.node_count()), "");
    report("edges", static_cast<double>(g.edge_count()), "");
    report("graphml_read_mb_per_s", static_cast<double>(in.tellg()) / 1e6 / s, "MB/s");
    report("peak_rss_mb", peak_mb(), "MB");
    return 0;
}

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 2 && args[0] == "ingest") return ingest({args.begin() + 1, args.end()});
    if (args.size() == 2 && args[0] == "read") return read(args[1]);
    if (args.size() == 4 && args[0] == "graph") return graph(std::stoul(args[1]), std::stoul(args[2]), args[3]);
    std::cerr << "usage: kg_bench ingest DIR... | kg_bench graph NODES EDGES OUT.graphml | kg_bench read FILE.graphml\n";
    return 2;
}
