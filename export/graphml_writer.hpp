#pragma once
/// GraphML for Gephi, NetworkX, igraph and yEd: a directed graph whose keys have
/// ids equal to their attr.name, typed attributes, r/g/b colours and a size per node.
#include <ostream>

#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;
void write_graphml(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out);
}  // namespace kg
