#pragma once
/// Graph measures written as node attributes (degree, betweenness, pagerank,
/// component, community) and summarised by `kg stats`. Measures treat the graph as
/// undirected: who is connected to whom, whatever the relation's direction.
#include <cstddef>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct MetricsOptions {
    /// Exact Brandes betweenness while nodes x connections, summed over the connected components,
    /// stays below this (Brandes is O(n·m) in each component);
    /// above, it is estimated from `betweenness_samples` sampled sources, scaled to the full graph.
    double exact_betweenness_work = 5e7;
    std::size_t betweenness_samples = 256;
    /// Betweenness clustering (Boost's bc_clustering) costs O(n·m) per edge removed:
    /// above this many edges each community is the connected component.
    std::size_t clustering_edge_limit = 2000;
};

void compute_metrics(KnowledgeGraph& graph, const MetricsOptions& options = {});

}  // namespace kg
