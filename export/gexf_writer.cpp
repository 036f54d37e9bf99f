#include "export/gexf_writer.hpp"

#include <algorithm>

#include "export/attribute_table.hpp"
#include "export/escape.hpp"
#include "ingest/schema.hpp"

namespace kg {
namespace {

std::string_view gexf_type(AttributeType type) {
    switch (type) {
        case AttributeType::string: return "string";
        case AttributeType::integer: return "integer";
        case AttributeType::real: return "double";
        case AttributeType::boolean: return "boolean";
    }
    return "string";
}

bool is_viz(std::string_view name) { return name == "r" || name == "g" || name == "b" || name == "size" || name == "label"; }

void attribute(std::string& out, std::string_view name, std::string_view value) {
    out += " ";
    out += name;
    out += "=\"";
    append_xml_escaped(out, value);
    out += '"';
}

void timeline(std::string& out, const std::string& date) {
    const std::string start = timeline_date(date, false), end = timeline_date(date, true);
    if (start.empty()) return;
    attribute(out, "start", start);
    attribute(out, "end", end.empty() ? start : end);
}

}  // namespace

std::string timeline_date(const std::string& date, bool last) {
    std::string part = date;
    const auto slash = date.find('/');
    if (slash != std::string::npos) part = last ? date.substr(slash + 1) : date.substr(0, slash);
    const bool year = part.size() >= 4 && std::all_of(part.begin(), part.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    if (!year) return {};  // "--12-07": a day without a year cannot be placed on a timeline
    if (part.size() == 10 && part[4] == '-') return part;
    if (part.size() == 7 && part[4] == '-') return part + (last ? "-28" : "-01");
    if (part.size() == 4) return part + (last ? "-12-31" : "-01-01");
    return {};
}

void write_gexf(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, bool dynamic) {
    const AttributeContext context{schema, graph};
    std::string buffer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        "  <meta>\n    <creator>kg</creator>\n    <description>knowledge graph built from news articles</description>\n  </meta>\n";
    buffer += dynamic ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
                      : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
    buffer += "    <attributes class=\"node\" mode=\"static\">\n";
    for (const auto& a : node_attributes()) {
        if (is_viz(a.name) || (a.metric && !graph.has_metrics)) continue;
        buffer += "      <attribute id=\"" + std::string(a.name) + "\" title=\"" + std::string(a.name) + "\" type=\"" +
                  std::string(gexf_type(a.type)) + "\"/>\n";
    }
    buffer += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n";
    for (const auto& a : edge_attributes()) {
        if (a.name == "label" || a.name == "weight") continue;
        buffer += "      <attribute id=\"" + std::string(a.name) + "\" title=\"" + std::string(a.name) + "\" type=\"" +
                  std::string(gexf_type(a.type)) + "\"/>\n";
    }
    buffer += "    </attributes>\n    <nodes>\n";
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        const EntityNode& node = graph.graph[v];
        buffer += "      <node";
        attribute(buffer, "id", node.id);
        attribute(buffer, "label", node.label);
        if (dynamic && node.type == EntityType::event) timeline(buffer, node.date);
        buffer += ">\n        <attvalues>\n";
        for (const auto& a : node_attributes()) {
            if (is_viz(a.name) || (a.metric && !graph.has_metrics)) continue;
            const std::string value = a.get(node, context);
            if (value.empty()) continue;
            buffer += "          <attvalue";
            attribute(buffer, "for", a.name);
            attribute(buffer, "value", value);
            buffer += "/>\n";
        }
        const EntityStyle& style = schema.style(node.type);
        buffer += "        </attvalues>\n        <viz:color r=\"" + std::to_string(style.red()) + "\" g=\"" +
                  std::to_string(style.green()) + "\" b=\"" + std::to_string(style.blue()) + "\"/>\n";
        for (const auto& a : node_attributes())
            if (a.name == "size") buffer += "        <viz:size value=\"" + a.get(node, context) + "\"/>\n";
        buffer += "      </node>\n";
    }
    buffer += "    </nodes>\n    <edges>\n";
    std::size_t index = 0;
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) {
        const RelationEdge& edge = graph.graph[e];
        buffer += "      <edge";
        attribute(buffer, "id", "e" + std::to_string(index++));
        attribute(buffer, "source", graph.graph[boost::source(e, graph.graph)].id);
        attribute(buffer, "target", graph.graph[boost::target(e, graph.graph)].id);
        attribute(buffer, "label", to_string(edge.relation));
        attribute(buffer, "weight", format_number(edge.weight));
        if (is_symmetric(edge.relation)) attribute(buffer, "type", "undirected");
        if (dynamic) timeline(buffer, edge.date);
        buffer += ">\n        <attvalues>\n";
        for (const auto& a : edge_attributes()) {
            if (a.name == "label" || a.name == "weight") continue;
            const std::string value = a.get(edge, context);
            if (value.empty()) continue;
            buffer += "          <attvalue";
            attribute(buffer, "for", a.name);
            attribute(buffer, "value", value);
            buffer += "/>\n";
        }
        buffer += "        </attvalues>\n      </edge>\n";
    }
    buffer += "    </edges>\n  </graph>\n</gexf>\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
