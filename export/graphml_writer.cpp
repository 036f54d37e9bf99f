#include "export/graphml_writer.hpp"

#include <charconv>
#include <vector>

#include "export/attribute_table.hpp"
#include "export/escape.hpp"
#include "export/ordered_parallel_write.hpp"

namespace kg {
namespace {

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

void write_graphml(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, unsigned threads) {
    const AttributeContext context{schema, graph};
    std::string buffer;
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
    buffer += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
    const GraphType& g = graph.graph;
    write_in_item_order(graph.node_count(), threads, [&](std::size_t first, std::size_t last, std::string& text) {
        std::string value;
        for (std::size_t v = first; v < last; ++v) {
            const EntityNode& node = g[v];
            text += "    <node id=\"";
            append_xml_escaped(text, node.id);
            text += "\">\n";
            for (std::size_t k = 0; k < node_tags.size(); ++k) {
                const NodeAttribute& a = node_attributes()[k];
                if (!a.metric || graph.has_metrics) write_data(text, node_tags[k], a, node, context, value);
            }
            text += "    </node>\n";
        }
    }, out);
    std::vector<std::string> ids;  // each id escaped once, not once per edge
    ids.reserve(graph.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(g))) ids.push_back(xml_escaped(g[v].id));
    // Edges in boost::edges() order, which is the order they were added; numbered "e0", "e1", ...
    std::vector<Edge> edges;
    edges.reserve(graph.edge_count());
    for (auto e : boost::make_iterator_range(boost::edges(g))) edges.push_back(e);
    write_in_item_order(edges.size(), threads, [&](std::size_t first, std::size_t last, std::string& text) {
        std::string value;
        for (std::size_t index = first; index < last; ++index) {
            const Edge e = edges[index];
            const RelationEdge& edge = g[e];
            text += "    <edge id=\"e";
            char number[24];
            text.append(number, std::to_chars(number, number + sizeof number, index).ptr);
            text += "\" source=\"";
            text += ids[boost::source(e, g)];
            text += "\" target=\"";
            text += ids[boost::target(e, g)];
            text += "\">\n";
            for (std::size_t k = 0; k < edge_tags.size(); ++k)
                write_data(text, edge_tags[k], edge_attributes()[k], edge, context, value);
            text += "    </edge>\n";
        }
    }, out);
    buffer += "  </graph>\n</graphml>\n";
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
