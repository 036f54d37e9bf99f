#pragma once
/// The node and edge attributes every format writes (GraphML keys, GEXF attributes,
/// JSON fields), each with its type, how to read it from the graph and how to set it
/// back, so writers and readers cannot drift apart. Lists are joined with '|'
/// (see join_list); evidence_refs pairs with evidence item by item as "ARTICLE:BEGIN-END".
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

class Schema;

enum class AttributeType { string, integer, real, boolean };
/// GraphML / GEXF type name: string, int, double, boolean.
std::string_view to_string(AttributeType type);

struct AttributeContext {
    const Schema& schema;
    const KnowledgeGraph& graph;
};

struct NodeAttribute {
    std::string_view name;
    AttributeType type;
    std::string (*get)(const EntityNode&, const AttributeContext&);
    void (*set)(EntityNode&, std::string_view);  ///< nullptr for attributes derived on writing (colours, size)
    bool metric;                                 ///< written only when the graph has metrics
};

struct EdgeAttribute {
    std::string_view name;
    AttributeType type;
    std::string (*get)(const RelationEdge&, const AttributeContext&);
    void (*set)(RelationEdge&, std::string_view);
};

const std::vector<NodeAttribute>& node_attributes();
const std::vector<EdgeAttribute>& edge_attributes();

/// Numbers written the same way by every writer: shortest text that reads back exactly.
std::string format_number(double value);

std::string evidence_refs(const std::vector<Evidence>& evidence);

}  // namespace kg
