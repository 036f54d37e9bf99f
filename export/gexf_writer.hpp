#pragma once
/// GEXF 1.3 for Gephi: typed attributes, viz:color and viz:size per node, and in
/// dynamic mode start/end dates on dated events and relations so Gephi's timeline
/// can play the network over time.
#include <ostream>

#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;
void write_gexf(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, bool dynamic);

/// A full ISO date for GEXF's timeline from kg's date text ("2016-06" -> "2016-06-01"), or empty.
/// `last` picks the end of a range ("2016-12-07/2016-12-08").
std::string timeline_date(const std::string& date, bool last);
}  // namespace kg
