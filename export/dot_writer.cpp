#include "export/dot_writer.hpp"

#include <charconv>
#include <map>
#include <vector>

#include "export/escape.hpp"
#include "ingest/schema.hpp"

namespace kg {
namespace {

void quoted(std::string& out, std::string_view text) {
    out += '"';
    append_dot_escaped(out, text);
    out += '"';
}

/// `"id" [label="...", shape="...", fillcolor="..."` (the caller closes the bracket).
void open_styled_node(std::string& out, std::string_view indent, std::string_view id, std::string_view label,
                      const EntityStyle& style) {
    out += indent;
    quoted(out, id);
    out += " [label=";
    quoted(out, label);
    out += ", shape=";
    quoted(out, style.shape);
    out += ", fillcolor=";
    quoted(out, style.color);
}

void write_node(std::string& out, const EntityNode& node, const Schema& schema, std::string_view indent) {
    open_styled_node(out, indent, node.id, node.label, schema.style(node.type));
    out += ", tooltip=\"";
    out += to_string(node.type);
    if (!node.country.empty()) {
        out += " (";
        append_dot_escaped(out, node.country);
        out += ')';
    }
    out += "\"];\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, const DotOptions& options) {
    std::string buffer;
    buffer +=
        "digraph kg {\n"
        "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\", fontsize=12];\n"
        "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
    std::map<std::string, std::vector<Vertex>> clusters;  // country code -> nodes
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        const EntityNode& node = graph.graph[v];
        if (options.cluster_by_country && !node.country.empty() && node.type != EntityType::event)
            clusters[node.country].push_back(v);
        else
            write_node(buffer, node, schema, "  ");
        if (buffer.size() > (1 << 16)) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    }
    for (const auto& [country, nodes] : clusters) {
        buffer += "  subgraph ";
        quoted(buffer, "cluster_" + country);
        buffer += " {\n    label=";
        const std::string_view name = schema.country_name(country);
        quoted(buffer, name.empty() ? country : std::string(name));
        buffer += ";\n    style=rounded;\n    color=\"#999999\";\n";
        for (auto v : nodes) write_node(buffer, graph.graph[v], schema, "    ");
        buffer += "  }\n";
    }
    // Each id escaped once, not once per edge.
    std::vector<std::string> ids;
    ids.reserve(graph.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        ids.emplace_back();
        quoted(ids.back(), graph.graph[v].id);
    }
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) {
        if (buffer.size() > (1 << 16)) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
        const RelationEdge& edge = graph.graph[e];
        buffer += "  ";
        buffer += ids[boost::source(e, graph.graph)];
        buffer += " -> ";
        buffer += ids[boost::target(e, graph.graph)];
        buffer += " [label=";
        quoted(buffer, to_string(edge.relation));
        buffer += ", penwidth=";
        char width[16];
        const auto written = std::to_chars(width, width + sizeof width, std::min(1.0 + edge.weight * 0.5, 5.0),
                                           std::chars_format::fixed, 2);
        buffer.append(width, written.ptr);
        if (is_symmetric(edge.relation)) buffer += ", dir=none";
        buffer += "];\n";
    }
    if (options.legend) {
        buffer += "  subgraph cluster_legend {\n    label=\"Legend\";\n    style=rounded;\n    color=\"#999999\";\n";
        for (auto type : all_entity_types) {
            const EntityStyle& style = schema.style(type);
            open_styled_node(buffer, "    ", "legend:" + std::string(to_string(type)), style.legend, style);
            buffer += "];\n";
        }
        buffer += "  }\n";
    }
    buffer += "}\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
