#pragma once
/// GraphML for Gephi, NetworkX, igraph and yEd: a directed graph whose keys have
/// ids equal to their attr.name, typed attributes, r/g/b colours and a size per node.
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;
/// The GraphML key of an edge attribute: its name, unless a node attribute has that name
/// ("label" -> "edgelabel", "date" -> "edge_date"), since key ids must be unique.
std::string graphml_edge_key(std::string_view name);
/// `threads` format the nodes and edges side by side; the text is the same for any number.
void write_graphml(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, unsigned threads = 1);
}  // namespace kg
