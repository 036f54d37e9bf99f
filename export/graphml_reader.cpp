#include "export/graphml_reader.hpp"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "export/attribute_table.hpp"
#include "export/graphml_writer.hpp"
#include "ingest/error.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

struct KeyInfo {
    std::string name;
    bool for_edges = false, for_nodes = false;
    const NodeAttribute* node = nullptr;  // what the key sets, found once per key rather than per value
    const EdgeAttribute* edge = nullptr;
};

/// A data element's text exactly, whitespace included; a view when it is one piece (the usual case).
std::string_view value_of(const XmlNode& node, std::string& scratch) {
    const XmlNode* first = node.first_node();
    if (!first) return {};
    if (!first->next_sibling() && (first->type() == rapidxml::node_data || first->type() == rapidxml::node_cdata))
        return {first->value(), first->value_size()};
    scratch.clear();
    for (const XmlNode* n = first; n; n = n->next_sibling())
        if (n->type() == rapidxml::node_data || n->type() == rapidxml::node_cdata) scratch.append(n->value(), n->value_size());
    return scratch;
}

}  // namespace

KnowledgeGraph read_graphml_text(std::string text, const std::string& name) {
    XmlDocument xml(std::move(text), name);
    const XmlNode& root = *xml.root();
    if (local_name(root) != "graphml") throw InputError(name, 1, 1, "not GraphML: the root element is <" + std::string(local_name(root)) + ">");
    std::unordered_map<std::string_view, KeyInfo> keys;  // views into the parsed document
    std::string scratch;
    KnowledgeGraph kg;
    for (const XmlNode* k = root.first_node(); k; k = k->next_sibling()) {
        if (k->type() != rapidxml::node_element || local_name(*k) != "key") continue;
        KeyInfo info;
        info.name = std::string(attribute(*k, "attr.name"));
        if (info.name.empty()) info.name = std::string(attribute(*k, "id"));
        const auto domain = attribute(*k, "for");
        info.for_nodes = domain == "node" || domain == "all" || domain.empty();
        info.for_edges = domain == "edge" || domain == "all" || domain.empty();
        if (info.name == "degree" && info.for_nodes) kg.has_metrics = true;
        for (const auto& a : node_attributes())
            if (a.name == info.name && a.set && info.for_nodes) info.node = &a;
        for (const auto& a : edge_attributes())
            if ((a.name == info.name || graphml_edge_key(a.name) == info.name) && a.set && info.for_edges) info.edge = &a;
        keys[attribute(*k, "id")] = info;
    }
    const XmlNode* graph = child(root, "graph");
    if (!graph) throw InputError(name, 1, 1, "GraphML file has no <graph>");
    std::unordered_map<std::string_view, Vertex> vertices;
    auto vertex_for = [&](std::string_view id) -> Vertex {
        auto found = vertices.find(id);
        if (found != vertices.end()) return found->second;
        EntityNode node;  // GraphML allows edges to name nodes declared later; declare it now
        node.id = std::string(id);
        node.label = node.id;
        const Vertex v = kg.add_node(std::move(node));
        vertices.emplace(id, v);
        return v;
    };
    for (const XmlNode* n = graph->first_node(); n; n = n->next_sibling()) {
        if (n->type() != rapidxml::node_element) continue;
        const auto element = local_name(*n);
        if (element == "node") {
            const auto id = attribute(*n, "id");
            if (id.empty()) throw InputError(name, 1, 1, "a <node> has no id");
            const Vertex v = vertex_for(id);
            EntityNode& node = kg.graph[v];
            for (const XmlNode* d = n->first_node(); d; d = d->next_sibling()) {
                if (d->type() != rapidxml::node_element || local_name(*d) != "data") continue;
                auto key = keys.find(attribute(*d, "key"));
                if (key == keys.end() || !key->second.for_nodes) continue;
                const std::string_view value = value_of(*d, scratch);
                if (key->second.node) key->second.node->set(node, value);
                if (key->second.name == "name" && node.label == node.id) node.label = std::string(value);
            }
        } else if (element == "edge") {
            const Vertex s = vertex_for(attribute(*n, "source"));
            const Vertex t = vertex_for(attribute(*n, "target"));
            RelationEdge edge;
            edge.weight = 1;
            for (const XmlNode* d = n->first_node(); d; d = d->next_sibling()) {
                if (d->type() != rapidxml::node_element || local_name(*d) != "data") continue;
                auto key = keys.find(attribute(*d, "key"));
                if (key == keys.end() || !key->second.for_edges) continue;
                const std::string_view value = value_of(*d, scratch);
                if (key->second.edge) key->second.edge->set(edge, value);
                if (key->second.name == "label" || key->second.name == "edgelabel")
                    if (auto r = relation_type_from(value)) edge.relation = *r;
            }
            kg.add_edge(s, t, std::move(edge));
        }
    }
    return kg;
}

KnowledgeGraph read_graphml(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, 0, "cannot open GraphML file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return read_graphml_text(buffer.str(), path);
}

}  // namespace kg
