#pragma once
/// The merged knowledge graph: a Boost.Graph adjacency_list whose vertices and
/// edges carry bundled Entity/Relation records with their evidence.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "ingest/document.hpp"

namespace kg {

/// A sentence that supports a node or an edge.
struct Evidence {
    std::string article;        ///< article id
    std::uint32_t begin = 0;    ///< character (code point) offsets of the sentence in the article text
    std::uint32_t end = 0;
    std::string text;           ///< the sentence
};

/// Summary of one article, kept for provenance.
struct ArticleInfo {
    std::string id, source_file, title, date;
};

struct EntityNode {
    std::string id;  ///< stable, readable: "person:guo-shengkun"
    EntityType type = EntityType::person;
    std::string label;
    std::vector<std::string> aliases;
    std::string country;                 ///< ISO code where known
    std::vector<std::string> positions;  ///< persons
    int ordinal = 0;                     ///< events
    std::string date;                    ///< events
    std::uint32_t mentions = 0;          ///< supporting mentions in all articles
    std::vector<std::string> articles;   ///< article ids
    std::vector<Evidence> evidence;      ///< the first few supporting sentences
    // Graph measures, filled by compute_metrics().
    double degree = 0, betweenness = 0, pagerank = 0;
    int component = -1, community = -1;
};

struct RelationEdge {
    RelationType relation = RelationType::attended;
    double weight = 0;                  ///< number of supporting sentences
    std::string date;
    std::string detail;                 ///< member_of: the position held
    std::vector<std::string> articles;
    std::vector<Evidence> evidence;
};

using GraphType = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, RelationEdge>;
using Vertex = boost::graph_traits<GraphType>::vertex_descriptor;
using Edge = boost::graph_traits<GraphType>::edge_descriptor;

/// How many sentences of evidence a node or edge keeps (all are counted in weight).
constexpr std::size_t max_evidence = 5;

class KnowledgeGraph {
public:
    GraphType graph;
    std::vector<ArticleInfo> articles;
    bool has_metrics = false;

    Vertex add_node(EntityNode node);
    /// The vertex with this id, if any.
    std::optional<Vertex> find(const std::string& id) const;
    Edge add_edge(Vertex from, Vertex to, RelationEdge edge);
    std::size_t node_count() const { return boost::num_vertices(graph); }
    std::size_t edge_count() const { return boost::num_edges(graph); }

private:
    std::unordered_map<std::string, Vertex> index_;
};

}  // namespace kg
