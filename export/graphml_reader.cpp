#include "export/graphml_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "export/attribute_table.hpp"
#include "export/graphml_writer.hpp"
#include "export/xml_element_stream.hpp"
#include "ingest/error.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

struct Key {
    std::string id, name;
    bool for_edges = false, for_nodes = false;
    const NodeAttribute* node = nullptr;  // what the key sets, found once per key rather than per value
    const EdgeAttribute* edge = nullptr;
    std::optional<std::string> default_value;  // <default>, for elements without this <data>
};

/// The <key> declarations. Data elements come in the same order in every node, so the
/// search starts just past the previous match and usually succeeds at once.
class KeyTable {
public:
    void add(const XmlNode& element) {
        Key key;
        key.id = std::string(attribute(element, "id"));
        key.name = std::string(attribute(element, "attr.name"));
        if (key.name.empty()) key.name = key.id;
        const auto domain = attribute(element, "for");
        key.for_nodes = domain == "node" || domain == "all" || domain.empty();
        key.for_edges = domain == "edge" || domain == "all" || domain.empty();
        for (const auto& a : node_attributes())
            if (a.name == key.name && a.set && key.for_nodes) key.node = &a;
        for (const auto& a : edge_attributes())
            if ((a.name == key.name || graphml_edge_key(a.name) == key.name) && a.set && key.for_edges) key.edge = &a;
        if (const XmlNode* d = child(element, "default")) key.default_value = inner_text(*d);
        has_defaults_ = has_defaults_ || key.default_value.has_value();
        keys_.push_back(std::move(key));
    }

    /// Index of the key with this id, or npos.
    std::size_t find(std::string_view id) {
        for (std::size_t k = 0; k < keys_.size(); ++k) {
            const std::size_t i = (hint_ + k) % keys_.size();
            if (keys_[i].id == id) {
                hint_ = i + 1;
                return i;
            }
        }
        return std::string::npos;
    }

    const Key& operator[](std::size_t i) const { return keys_[i]; }
    std::size_t size() const { return keys_.size(); }
    bool has_defaults() const { return has_defaults_; }
    bool declares_metrics() const {
        for (const auto& k : keys_)
            if (k.name == "degree" && k.for_nodes) return true;
        return false;
    }

private:
    std::vector<Key> keys_;
    std::size_t hint_ = 0;
    bool has_defaults_ = false;
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

/// Turns <node> and <edge> elements into graph records, one element at a time.
class GraphBuilderFromXml {
public:
    GraphBuilderFromXml(KnowledgeGraph& graph, KeyTable& keys) : graph_(graph), keys_(keys), seen_(keys.size()) {}

    void node(const XmlNode& element, const XmlElementStream& xml, std::size_t offset) {
        const auto id = attribute(element, "id");
        if (id.empty()) xml.fail(offset, "a <node> has no id");
        EntityNode& node = graph_.graph[vertex_for(id)];
        for_each_value(element, [&](const Key& key, std::string_view value) {
            if (!key.for_nodes) return;
            if (key.node) key.node->set(node, value);
            if (key.name == "name" && node.label == node.id) node.label = std::string(value);
        });
    }

    void edge(const XmlNode& element, const XmlElementStream& xml, std::size_t offset) {
        const auto source = attribute(element, "source"), target = attribute(element, "target");
        if (source.empty() || target.empty()) xml.fail(offset, "an <edge> needs a source and a target");
        const Vertex s = vertex_for(source);
        const Vertex t = vertex_for(target);
        RelationEdge edge;
        edge.weight = 1;
        for_each_value(element, [&](const Key& key, std::string_view value) {
            if (!key.for_edges) return;
            if (key.edge) key.edge->set(edge, value);
            if (key.name == "label" || key.name == "edgelabel")
                if (auto r = relation_type_from(value)) edge.relation = *r;
        });
        graph_.add_edge(s, t, std::move(edge));
    }

private:
    /// Calls apply(key, value) for each <data> of the element, then for each default it lacks.
    template <typename Apply>
    void for_each_value(const XmlNode& element, Apply apply) {
        if (keys_.has_defaults()) std::fill(seen_.begin(), seen_.end(), false);
        for (const XmlNode* d = element.first_node(); d; d = d->next_sibling()) {
            if (d->type() != rapidxml::node_element || local_name(*d) != "data") continue;
            const auto k = keys_.find(attribute(*d, "key"));
            if (k == std::string::npos) continue;
            apply(keys_[k], value_of(*d, scratch_));
            if (keys_.has_defaults()) seen_[k] = true;
        }
        if (!keys_.has_defaults()) return;
        for (std::size_t k = 0; k < keys_.size(); ++k)
            if (!seen_[k] && keys_[k].default_value) apply(keys_[k], *keys_[k].default_value);
    }

    Vertex vertex_for(std::string_view id) {
        if (auto found = graph_.find(id)) return *found;
        EntityNode node;  // GraphML allows edges to name nodes declared later; declare it now
        node.id = std::string(id);
        node.label = node.id;
        return graph_.add_node(std::move(node));
    }

    KnowledgeGraph& graph_;
    KeyTable& keys_;
    std::vector<bool> seen_;
    std::string scratch_;
};

/// Reads the children of <graph> up to its end tag.
void read_graph(XmlElementStream& xml, const XmlElementStream::Tag& graph_tag, KnowledgeGraph& graph, KeyTable& keys) {
    xml.start_tag(graph_tag);  // checks its attributes are well formed
    if (graph_tag.self_closing) return;
    GraphBuilderFromXml builder(graph, keys);
    XmlElementStream::Tag tag;
    for (;;) {
        if (!xml.next_tag(tag)) xml.fail(xml.offset(), "the file ends inside <graph>");
        if (tag.end) {
            if (tag.name != "graph") xml.fail(tag.offset, "mismatched end tag </" + tag.name + "> inside <graph>");
            return;
        }
        if (tag.name == "node") builder.node(xml.element(tag), xml, tag.offset);
        else if (tag.name == "edge") builder.edge(xml.element(tag), xml, tag.offset);
        else xml.skip(tag);  // <data>, <desc>, hyperedges: nothing kg keeps
    }
}

}  // namespace

KnowledgeGraph read_graphml(std::istream& in, const std::string& name) {
    XmlElementStream xml(in, name);
    XmlElementStream::Tag tag;
    if (!xml.next_tag(tag) || tag.end) xml.fail(0, "XML document has no root element");
    if (tag.name != "graphml") xml.fail(tag.offset, "not GraphML: the root element is <" + tag.name + ">");
    xml.start_tag(tag);
    KnowledgeGraph graph;
    KeyTable keys;
    bool has_graph = false, closed = tag.self_closing;
    while (!closed && xml.next_tag(tag)) {
        if (tag.end) {
            if (tag.name != "graphml") xml.fail(tag.offset, "mismatched end tag </" + tag.name + ">");
            closed = true;
        } else if (tag.name == "key") {
            keys.add(xml.element(tag));
        } else if (tag.name == "graph" && !has_graph) {
            graph.has_metrics = keys.declares_metrics();
            read_graph(xml, tag, graph, keys);
            has_graph = true;
        } else {
            xml.skip(tag);  // further graphs, <desc>, <data> of the document
        }
    }
    if (!closed) xml.fail(xml.offset(), "the file ends before </graphml>");
    if (!has_graph) xml.fail(0, "GraphML file has no <graph>");
    graph.shrink_to_fit();
    return graph;
}

KnowledgeGraph read_graphml_text(std::string text, const std::string& name) {
    std::istringstream in(std::move(text));
    return read_graphml(in, name);
}

KnowledgeGraph read_graphml(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, 0, std::string("cannot open GraphML file: ") + std::strerror(errno));
    return read_graphml(in, path);  // a failed read(2) is reported by the stream as an InputError
}

}  // namespace kg
