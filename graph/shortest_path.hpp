#pragma once
/// Shortest chains of connections between two entities, with the edge (and so the
/// evidence) behind every hop. Relations are followed both ways unless `directed`.
#include <optional>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct PathOptions {
    bool weighted = false;  ///< Dijkstra, an edge costing 1/weight: stronger evidence is shorter
    bool all = false;       ///< every shortest path (breadth-first only), up to max_paths
    bool directed = false;  ///< follow relations only in their direction
    int max_hops = -1;      ///< -1: no limit
    std::vector<EntityType> through;  ///< allowed types of intermediate nodes; empty: any
    std::size_t max_paths = 100;
};

struct PathStep {
    Vertex from, to;
    Edge edge;
    bool forward;  ///< the relation points from `from` to `to`
};
using Path = std::vector<PathStep>;

/// Reusable search state, so repeated queries on a large graph allocate nothing.
class PathFinder {
public:
    explicit PathFinder(const KnowledgeGraph& graph);
    /// Shortest path(s) from `from` to `to`; empty when there is none.
    std::vector<Path> find(Vertex from, Vertex to, const PathOptions& options = {});

private:
    std::vector<Path> bidirectional_bfs(Vertex from, Vertex to, const PathOptions& options);
    std::vector<Path> all_shortest(Vertex from, Vertex to, const PathOptions& options);
    std::vector<Path> dijkstra(Vertex from, Vertex to, const PathOptions& options);
    bool may_pass(Vertex v, Vertex from, Vertex to, const PathOptions& options) const;

    /// Neighbours in compressed rows (built once): a search reads contiguous memory, not
    /// Boost's per-vertex lists, and an edge is a 4-byte index until a path is reported.
    using EdgeRef = std::uint32_t;  // index into edges_
    struct Step {
        std::uint32_t neighbour;
        EdgeRef edge;
    };
    struct Rows {
        std::vector<std::uint32_t> offset;  // per vertex, into steps
        std::vector<Step> steps;
    };
    /// Calls f(neighbour, edge) for every relation of v the search may follow: out-edges
    /// forward, in-edges backward, both when undirected.
    template <typename F>
    void for_each_step(Vertex v, bool directed, bool backwards, F&& f) const;
    const Rows& rows(bool directed, bool backwards) const;
    void prefetch_row(const Rows& rows, const std::vector<Vertex>& frontier, std::size_t i) const;
    PathStep step(Vertex from, Vertex to, EdgeRef edge) const;

    const KnowledgeGraph& graph_;
    std::vector<Edge> edges_;
    Rows out_, in_, both_;
    /// A vertex's search state in both directions, in one place: checking a neighbour
    /// costs one cache miss, not one per array.
    struct Visit {
        std::uint32_t seen = 0, seen_back = 0;  // generation stamps
        std::uint32_t parent = 0, parent_back = 0;
        EdgeRef via = 0, via_back = 0;
    };
    std::vector<Visit> visits_;
    std::vector<int> depth_;
    std::uint32_t generation_ = 0;
};

}  // namespace kg
