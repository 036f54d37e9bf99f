#pragma once
/// A parsed XML file (RapidXML) that reports errors as FILE:LINE:COLUMN, refuses
/// nesting deep enough to exhaust the stack, and never expands DTD entities.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <rapidxml/rapidxml.hpp>

namespace kg {

using XmlNode = rapidxml::xml_node<char>;

class XmlDocument {
public:
    /// Parses `text` (UTF-8). Throws InputError naming `file` and the position.
    XmlDocument(std::string text, const std::string& file);
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    const XmlNode* root() const;
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::string buffer_;  // parsed in place; node names and values point into it
    rapidxml::xml_document<char> doc_;
};

/// Element names without a namespace prefix ("content:encoded" -> "encoded").
std::string_view local_name(const XmlNode& node);
/// The first child element with this local name, or nullptr.
const XmlNode* child(const XmlNode& node, std::string_view name);
/// The first descendant element with this local name (breadth first), or nullptr.
const XmlNode* descendant(const XmlNode& node, std::string_view name);
/// All text inside the node, CDATA included, child texts separated by a space.
std::string inner_text(const XmlNode& node);
/// Attribute value or empty.
std::string_view attribute(const XmlNode& node, std::string_view name);

/// Deepest element nesting allowed; deeper documents are rejected, not parsed.
constexpr std::size_t max_xml_depth = 2000;

}  // namespace kg
