#pragma once
/// DOT for Graphviz: every id and label quoted and escaped, shape and colour per
/// entity type from schemas/styles.tsv, relations as edge labels (undirected ones
/// drawn without arrows), optional clusters per country and a legend.
#include <ostream>
#include <string>

#include "graph/knowledge_graph.hpp"

namespace kg {
class Schema;

struct DotOptions {
    bool cluster_by_country = false;
    bool legend = true;
};

void write_dot(const KnowledgeGraph& graph, const Schema& schema, std::ostream& out, const DotOptions& options = {});
}  // namespace kg
