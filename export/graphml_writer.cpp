#include "export/graphml_writer.hpp"

#include <charconv>
#include <vector>

#include "export/attribute_table.hpp"
#include "export/escape.hpp"

namespace kg {
namespace {

constexpr std::size_t flush_size = 1 << 16;

void flush_if_full(std::string& buffer, std::ostream& out) {
    if (buffer.size() < flush_size) return;
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
}

void write_key(std::string& buffer, std::string_view domain, std::string_view name, AttributeType type) {
    buffer += "  <key id=\"";
    buffer += name;
    buffer += "\" for=\"";
    buffer += domain;
    buffer += "\" attr.name=\"";
    buffer += name;
    buffer += "\" attr.type=\"";
    buffer += to_string(type);
    buffer += "\"/>\n";
}

/// `<data key="KEY">VALUE</data>`, or nothing when the value is empty. `open` is the
/// element's start tag, written ahead of time; `value` is scratch space.
template <typename Attribute, typename Record>
void write_data(std::string& buffer, std::string_view open, const Attribute& attribute, const Record& record,
                const AttributeContext& context, std::string& value) {
    value.clear();
    attribute.append(value, record, context);
    if (value.empty()) return;
    buffer += open;
    append_xml_escaped(buffer, value);
    buffer += "</data>\n";
}

std::string data_tag(std::string_view key) { return "      <data key=\"" + std::string(key) + "\">"; }

}  // namespace

std::string graphml_edge_key(std::string_view name) {
    if (name == "label") return "edgelabel";  // the key Gephi's importer reads edge labels from
    for (const auto& n : node_attributes())
        if (n.name == name) return "edge_" + std::string(name);
    return std::string(name);
}

void write_graphml(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out) {
    const AttributeContext context{schema, graph};
    std::string buffer;
    buffer.reserve(flush_size + 4096);
    buffer +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    // One key per attribute, id = attr.name (Gephi's convention), unique across nodes and edges.
    for (const auto& a : node_attributes())
        if (!a.metric || graph.has_metrics) write_key(buffer, "node", a.name, a.type);
    std::vector<std::string> node_tags, edge_tags;  // "<data key=...>" for each attribute, built once
    for (const auto& a : node_attributes()) node_tags.push_back(data_tag(a.name));
    for (const auto& a : edge_attributes()) {
        const std::string key = graphml_edge_key(a.name);
        edge_tags.push_back(data_tag(key));
        write_key(buffer, "edge", key, a.type);
    }
    std::string value;
    buffer += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) {
        const EntityNode& node = graph.graph[v];
        buffer += "    <node id=\"";
        append_xml_escaped(buffer, node.id);
        buffer += "\">\n";
        for (std::size_t k = 0; k < node_tags.size(); ++k) {
            const NodeAttribute& a = node_attributes()[k];
            if (!a.metric || graph.has_metrics) write_data(buffer, node_tags[k], a, node, context, value);
        }
        buffer += "    </node>\n";
        flush_if_full(buffer, out);
    }
    std::vector<std::string> ids;  // each id escaped once, not once per edge
    ids.reserve(graph.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(graph.graph))) ids.push_back(xml_escaped(graph.graph[v].id));
    std::size_t index = 0;
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) {
        const RelationEdge& edge = graph.graph[e];
        buffer += "    <edge id=\"e";
        char number[24];
        buffer.append(number, std::to_chars(number, number + sizeof number, index++).ptr);
        buffer += "\" source=\"";
        buffer += ids[boost::source(e, graph.graph)];
        buffer += "\" target=\"";
        buffer += ids[boost::target(e, graph.graph)];
        buffer += "\">\n";
        for (std::size_t k = 0; k < edge_tags.size(); ++k)
            write_data(buffer, edge_tags[k], edge_attributes()[k], edge, context, value);
        buffer += "    </edge>\n";
        flush_if_full(buffer, out);
    }
    buffer += "  </graph>\n</graphml>\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
