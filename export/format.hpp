#pragma once
/// Output formats, chosen by the output file's extension or --format.
#include <optional>
#include <ostream>
#include <string>

#include "export/dot_writer.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;

enum class GraphFormat { graphml, dot, gexf, json };

std::optional<GraphFormat> graph_format_from_name(std::string_view name);
/// graphml, dot, gv, gexf, json by extension; nullopt if the extension names none.
std::optional<GraphFormat> graph_format_from_path(const std::string& path);

struct ExportOptions {
    DotOptions dot;
    bool gexf_dynamic = false;
    unsigned threads = 1;  ///< GraphML: format nodes and edges on this many threads (same text)
    bool fsync = false;    ///< write_graph_file: flush the file to disk before moving it into place
};

void write_graph(const KnowledgeGraph& graph, const Schema& schema, GraphFormat format, std::ostream& out,
                 const ExportOptions& options = {});

/// Writes to `path` atomically, or to stdout when path is "-".
void write_graph_file(const KnowledgeGraph& graph, const Schema& schema, GraphFormat format, const std::string& path,
                      const ExportOptions& options = {});

}  // namespace kg
