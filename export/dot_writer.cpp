#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
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

/// Thicker lines for better-supported relations: 1 + weight/2, from 1 to 5, as "d.dd".
void append_pen_width(std::string& out, double weight) {
    double width = 1.0 + weight * 0.5;
    if (!(width >= 1.0)) width = 1.0;  // also NaN, from a hand-edited file
    width = std::min(width, 5.0);
    const auto hundredths = static_cast<int>(std::lround(width * 100));
    const char text[] = {static_cast<char>('0' + hundredths / 100), '.', static_cast<char>('0' + hundredths / 10 % 10),
                         static_cast<char>('0' + hundredths % 10)};
    out.append(text, sizeof text);
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, const DotOptions& options) {
    std::string buffer;
    buffer += "digraph kg {\n";
    // Graphviz's ranking recursive on clusters fails on some graphs ("trouble in init_rank", then lost
    // edges; still in 2.43); one global ranking, as its maintainers advise, draws the same clusters
    if (options.cluster_by_country) buffer += "  newrank=true;\n";
    buffer +=
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
    // Everything an edge line repeats is built once: quoted ids, and per relation its attributes.
    std::vector<std::string> sources, targets;  // `  "id" -> ` and `"id"`
    sources.reserve(graph.node_count());
    targets.reserve(graph.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        targets.emplace_back();
        quoted(targets.back(), graph.graph[v].id);
        sources.push_back("  " + targets.back() + " -> ");
    }
    std::vector<std::string> opening, closing;  // ` [label="met_with", penwidth=` and `, dir=none];\n`
    for (auto relation : all_relation_types) {
        opening.emplace_back(" [label=");
        quoted(opening.back(), to_string(relation));
        opening.back() += ", penwidth=";
        closing.emplace_back(is_symmetric(relation) ? ", dir=none];\n" : "];\n");
    }
    // Edges grouped by source, in batches: each edge's record and its target's id sit at
    // random places in memory, so the batch asks for them a few edges ahead (prefetch)
    // and the waits overlap instead of adding up.
    constexpr std::size_t batch_size = 4096, ahead = 8;
    std::vector<std::pair<Vertex, Edge>> batch;
    batch.reserve(batch_size);
    auto write_batch = [&] {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (i + ahead < batch.size()) {
                const Edge next = batch[i + ahead].second;
                __builtin_prefetch(&graph.graph[next]);
                __builtin_prefetch(&targets[boost::target(next, graph.graph)]);
            }
            const auto [v, e] = batch[i];
            const RelationEdge& edge = graph.graph[e];
            const auto relation = static_cast<std::size_t>(edge.relation);
            buffer += sources[v];
            buffer += targets[boost::target(e, graph.graph)];
            buffer += opening[relation];
            append_pen_width(buffer, edge.weight);
            buffer += closing[relation];
        }
        batch.clear();
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
    };
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        for (auto e : boost::make_iterator_range(boost::out_edges(v, graph.graph))) batch.emplace_back(v, e);
        if (batch.size() >= batch_size) write_batch();
    }
    write_batch();
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
