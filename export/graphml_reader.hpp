#pragma once
/// Reads GraphML back (RapidXML): kg's own files without loss, and files from other
/// tools (NetworkX's d0/d1 key ids, yEd, Gephi), whose attributes are matched by attr.name.
#include <string>

#include "graph/knowledge_graph.hpp"

namespace kg {
/// Throws InputError naming the file and position for malformed XML or GraphML.
KnowledgeGraph read_graphml(const std::string& path);
KnowledgeGraph read_graphml_text(std::string text, const std::string& name);
}  // namespace kg
