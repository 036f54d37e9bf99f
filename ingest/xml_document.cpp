#include "ingest/xml_document.hpp"

#include <deque>

#include "ingest/error.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// Offset where nesting passes max_xml_depth, or npos. Cheap scan: tags, comments, CDATA.
std::size_t find_excessive_nesting(std::string_view text) {
    std::size_t depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') continue;
        if (text.compare(i, 4, "<!--") == 0) {
            const auto end = text.find("-->", i + 4);
            if (end == std::string_view::npos) return std::string_view::npos;  // the parser reports it
            i = end + 2;
        } else if (text.compare(i, 9, "<![CDATA[") == 0) {
            const auto end = text.find("]]>", i + 9);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 2;
        } else if (i + 1 < text.size() && (text[i + 1] == '?' || text[i + 1] == '!')) {
            continue;
        } else if (i + 1 < text.size() && text[i + 1] == '/') {
            if (depth) --depth;
        } else {
            const auto close = text.find('>', i);
            if (close == std::string_view::npos) return std::string_view::npos;
            if (text[close - 1] != '/' && ++depth > max_xml_depth) return i;
            i = close;
        }
    }
    return std::string_view::npos;
}

void append_text(const XmlNode& node, std::string& out) {
    for (const XmlNode* n = node.first_node(); n; n = n->next_sibling()) {
        if (n->type() == rapidxml::node_data || n->type() == rapidxml::node_cdata) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            out.append(n->value(), n->value_size());
        } else if (n->type() == rapidxml::node_element) {
            append_text(*n, out);
        }
    }
}

}  // namespace

XmlDocument::XmlDocument(std::string text, const std::string& file) : file_(file) {
    const auto deep = find_excessive_nesting(text);
    if (deep != std::string_view::npos) {
        const auto pos = position_of(text, deep);
        throw InputError(file, pos.line, pos.column,
                         "XML nested more than " + std::to_string(max_xml_depth) + " elements deep");
    }
    buffer_ = std::move(text);
    try {
        // Only XML's five entities and character references are expanded; a DOCTYPE's
        // entity declarations are skipped, so nothing is fetched and nothing explodes.
        doc_.parse<rapidxml::parse_validate_closing_tags>(buffer_.data());
    } catch (const rapidxml::parse_error& e) {
        const auto offset = static_cast<std::size_t>(e.where<char>() - buffer_.data());
        // the parse wrote string terminators into the buffer: positions count lines up to the error only
        const auto pos = position_of(buffer_, offset);
        throw InputError(file, pos.line, pos.column, std::string("malformed XML: ") + e.what());
    }
    if (!root()) throw InputError(file, 1, 1, "XML document has no root element");
}

const XmlNode* XmlDocument::root() const { return doc_.first_node(); }

std::string_view local_name(const XmlNode& node) {
    std::string_view name(node.name(), node.name_size());
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

const XmlNode* child(const XmlNode& node, std::string_view name) {
    for (const XmlNode* n = node.first_node(); n; n = n->next_sibling())
        if (n->type() == rapidxml::node_element && local_name(*n) == name) return n;
    return nullptr;
}

const XmlNode* descendant(const XmlNode& node, std::string_view name) {
    std::deque<const XmlNode*> queue{&node};
    while (!queue.empty()) {
        const XmlNode* n = queue.front();
        queue.pop_front();
        for (const XmlNode* c = n->first_node(); c; c = c->next_sibling()) {
            if (c->type() != rapidxml::node_element) continue;
            if (local_name(*c) == name) return c;
            queue.push_back(c);
        }
    }
    return nullptr;
}

std::string inner_text(const XmlNode& node) {
    std::string out;
    append_text(node, out);
    return std::string(trim(out));
}

std::string_view attribute(const XmlNode& node, std::string_view name) {
    for (auto* a = node.first_attribute(); a; a = a->next_attribute())
        if (std::string_view(a->name(), a->name_size()) == name) return {a->value(), a->value_size()};
    return {};
}

}  // namespace kg
