#include "export/format.hpp"

#include <filesystem>
#include <iostream>

#include "export/atomic_file.hpp"
#include "export/gexf_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "ingest/text.hpp"

namespace kg {

std::optional<GraphFormat> graph_format_from_name(std::string_view name) {
    const std::string n = to_lower_ascii(name);
    if (n == "graphml") return GraphFormat::graphml;
    if (n == "dot" || n == "gv") return GraphFormat::dot;
    if (n == "gexf") return GraphFormat::gexf;
    if (n == "json") return GraphFormat::json;
    return std::nullopt;
}

std::optional<GraphFormat> graph_format_from_path(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext.empty()) return std::nullopt;
    return graph_format_from_name(ext.substr(1));
}

void write_graph(const KnowledgeGraph& graph, const Schema& schema, GraphFormat format, std::ostream& out,
                 const ExportOptions& options) {
    switch (format) {
        case GraphFormat::graphml: write_graphml(graph, schema, out, options.threads); break;
        case GraphFormat::dot: write_dot(graph, schema, out, options.dot); break;
        case GraphFormat::gexf: write_gexf(graph, schema, out, options.gexf_dynamic); break;
        case GraphFormat::json: write_json(graph, schema, out); break;
    }
}

void write_graph_file(const KnowledgeGraph& graph, const Schema& schema, GraphFormat format, const std::string& path,
                      const ExportOptions& options) {
    if (path == "-") {
        write_graph(graph, schema, format, std::cout, options);
        std::cout.flush();
        return;
    }
    AtomicFile file(path, options.fsync);
    write_graph(graph, schema, format, file.stream(), options);
    file.commit();
}

}  // namespace kg
