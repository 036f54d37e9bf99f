#pragma once
/// Reads GraphML back: kg's own files without loss, and files from other tools
/// (NetworkX's d0/d1 key ids, yEd, Gephi), whose attributes are matched by attr.name
/// and whose <default> values apply to elements without the <data>. The file is read
/// as a stream and each <node> and <edge> parsed alone by RapidXML, so memory follows
/// the graph, not the file.
#include <istream>
#include <string>

#include "graph/knowledge_graph.hpp"

namespace kg {
/// Throws InputError naming the file and position for malformed XML or GraphML.
KnowledgeGraph read_graphml(const std::string& path);
KnowledgeGraph read_graphml(std::istream& in, const std::string& name);
KnowledgeGraph read_graphml_text(std::string text, const std::string& name);
}  // namespace kg
