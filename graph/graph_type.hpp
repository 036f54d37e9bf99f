#pragma once
/// The records a knowledge graph's vertices and edges carry (bundled properties), and
/// the Boost.Graph adjacency_list type that holds them.
#include <cstdint>
#include <string>
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
    std::string label;
    std::vector<std::string> aliases;
    std::string country;                 ///< ISO code where known
    std::vector<std::string> positions;  ///< persons
    std::string date;                    ///< events
    std::vector<std::string> articles;   ///< article ids
    std::vector<Evidence> evidence;      ///< the first few supporting sentences
    // The small fields together: a node is stored once per entity, millions of times on large graphs.
    EntityType type = EntityType::person;
    int ordinal = 0;                     ///< events
    std::uint32_t mentions = 0;          ///< supporting mentions in all articles
    // Graph measures, filled by compute_metrics().
    int component = -1, community = -1;
    double degree = 0, betweenness = 0, pagerank = 0;
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

}  // namespace kg
