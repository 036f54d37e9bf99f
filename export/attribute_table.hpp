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
    void (*append)(std::string& out, const EntityNode&, const AttributeContext&);  ///< the value, unescaped
    void (*set)(EntityNode&, std::string_view);  ///< nullptr for attributes derived on writing (colours, size)
    bool metric;                                 ///< written only when the graph has metrics

    std::string get(const EntityNode& node, const AttributeContext& context) const {
        std::string value;
        append(value, node, context);
        return value;
    }
};

struct EdgeAttribute {
    std::string_view name;
    AttributeType type;
    void (*append)(std::string& out, const RelationEdge&, const AttributeContext&);  ///< the value, unescaped
    void (*set)(RelationEdge&, std::string_view);

    std::string get(const RelationEdge& edge, const AttributeContext& context) const {
        std::string value;
        append(value, edge, context);
        return value;
    }
};

const std::vector<NodeAttribute>& node_attributes();
const std::vector<EdgeAttribute>& edge_attributes();

/// Numbers written the same way by every writer: shortest text that reads back exactly.
std::string format_number(double value);
void append_number(std::string& out, double value);

}  // namespace kg
