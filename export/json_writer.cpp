#include "export/json_writer.hpp"

#include "export/attribute_table.hpp"
#include "export/escape.hpp"

namespace kg {
namespace {

bool is_list(std::string_view name) {
    return name == "aliases" || name == "positions" || name == "articles" || name == "evidence" || name == "evidence_refs";
}

void write_value(std::string& out, std::string_view name, AttributeType type, const std::string& value) {
    out += '"';
    out += name;
    out += "\": ";
    if (is_list(name)) {
        out += '[';
        const auto items = split_list(value);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i) out += ", ";
            out += '"';
            append_json_escaped(out, items[i]);
            out += '"';
        }
        out += ']';
    } else if (type == AttributeType::string) {
        out += '"';
        append_json_escaped(out, value);
        out += '"';
    } else {
        out += value.empty() ? "null" : value;
    }
}

}  // namespace

void write_json(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out) {
    const AttributeContext context{schema, graph};
    std::string buffer = "{\"directed\": true, \"multigraph\": false, \"graph\": {\"articles\": ";
    buffer += std::to_string(graph.articles.size());
    buffer += "},\n \"nodes\": [\n";
    bool first = true;
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        const EntityNode& node = graph.graph[v];
        buffer += first ? "  {" : ",\n  {";
        first = false;
        buffer += "\"id\": \"";
        append_json_escaped(buffer, node.id);
        buffer += '"';
        for (const auto& a : node_attributes()) {
            if (a.metric && !graph.has_metrics) continue;
            buffer += ", ";
            write_value(buffer, a.name, a.type, a.get(node, context));
        }
        buffer += '}';
    }
    buffer += "\n ],\n \"links\": [\n";
    first = true;
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) {
        buffer += first ? "  {" : ",\n  {";
        first = false;
        buffer += "\"source\": \"";
        append_json_escaped(buffer, graph.graph[boost::source(e, graph.graph)].id);
        buffer += "\", \"target\": \"";
        append_json_escaped(buffer, graph.graph[boost::target(e, graph.graph)].id);
        buffer += '"';
        for (const auto& a : edge_attributes()) {
            buffer += ", ";
            write_value(buffer, a.name, a.type, a.get(graph.graph[e], context));
        }
        buffer += '}';
    }
    buffer += "\n ]\n}\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
