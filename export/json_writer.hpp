#pragma once
/// Node-link JSON, the layout NetworkX's node_link_graph and d3 read:
/// {"directed": true, "multigraph": false, "graph": {...}, "nodes": [{"id": ...}], "links": [{"source": ..., "target": ...}]}
/// Node and link fields are the attributes of export/attribute_table.hpp, typed as JSON numbers,
/// booleans and strings; list attributes are JSON arrays.
#include <ostream>

#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;
void write_json(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out);
}  // namespace kg
