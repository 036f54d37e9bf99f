#include "graph/metrics.hpp"

#include <algorithm>
#include <numeric>
#include <cstdint>
#include <random>

#include <boost/graph/bc_clustering.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

namespace kg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Symmetric = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

/// Neighbour lists with each connected pair once, whatever the relations between them.
std::vector<std::vector<std::size_t>> neighbours(const KnowledgeGraph& graph) {
    const std::size_t n = graph.node_count();
    std::vector<std::vector<std::size_t>> adjacent(n);
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph))) {
        const auto s = boost::source(e, graph.graph), t = boost::target(e, graph.graph);
        if (s == t) continue;
        adjacent[s].push_back(t);
        adjacent[t].push_back(s);
    }
    for (auto& list : adjacent) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return adjacent;
}

/// Neighbour lists packed into one array (compressed rows), so a breadth-first pass over a
/// large graph reads contiguous memory.
struct CompressedRows {
    std::vector<std::uint32_t> first;  // row v is targets[first[v], first[v + 1])
    std::vector<std::uint32_t> targets;
    explicit CompressedRows(const std::vector<std::vector<std::size_t>>& adjacent) : first(adjacent.size() + 1, 0) {
        for (std::size_t v = 0; v < adjacent.size(); ++v) first[v + 1] = first[v] + static_cast<std::uint32_t>(adjacent[v].size());
        targets.reserve(first.back());
        for (const auto& row : adjacent)
            for (auto w : row) targets.push_back(static_cast<std::uint32_t>(w));
    }
    const std::uint32_t* begin(std::size_t v) const { return targets.data() + first[v]; }
    const std::uint32_t* end(std::size_t v) const { return targets.data() + first[v + 1]; }
};

/// Brandes' betweenness from the given sources (unweighted BFS), scaled by n/k for k sources.
/// From every source in order it is exact, and the same figures as Boost's brandes_betweenness_centrality
/// (the same sums in the same order), but a pass touches only its source's component where Boost's
/// resets every vertex: on an archive's many small components that was O(n^2) and most of the time.
std::vector<double> betweenness_from(const std::vector<std::vector<std::size_t>>& adjacent,
                                     const std::vector<std::size_t>& sources) {
    const std::size_t n = adjacent.size();
    const CompressedRows rows(adjacent);
    std::vector<double> centrality(n, 0.0), delta(n, 0.0), sigma(n, 0.0);
    std::vector<int> distance(n, -1);
    std::vector<std::uint32_t> order;  // vertices in the order the search reaches them: also its queue
    order.reserve(n);
    for (std::size_t s : sources) {
        order.clear();
        sigma[s] = 1;
        distance[s] = 0;
        order.push_back(static_cast<std::uint32_t>(s));
        for (std::size_t head = 0; head < order.size(); ++head) {
            const std::uint32_t v = order[head];
            for (const std::uint32_t* w = rows.begin(v); w != rows.end(v); ++w) {
                if (distance[*w] < 0) {
                    distance[*w] = distance[v] + 1;
                    order.push_back(*w);
                }
                if (distance[*w] == distance[v] + 1) sigma[*w] += sigma[v];
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const std::uint32_t w = *it;
            for (const std::uint32_t* v = rows.begin(w); v != rows.end(w); ++v)
                if (distance[*v] == distance[w] - 1) delta[*v] += sigma[*v] / sigma[w] * (1 + delta[w]);
            if (w != s) centrality[w] += delta[w];
        }
        for (const std::uint32_t v : order) {  // only what this search touched: the next starts clean
            sigma[v] = 0;
            delta[v] = 0;
            distance[v] = -1;
        }
    }
    const double scale = sources.empty() ? 0 : static_cast<double>(n) / static_cast<double>(sources.size()) / 2.0;
    for (auto& c : centrality) c *= scale;  // undirected: each path counted from both ends
    return centrality;
}

/// Every vertex, in order.
std::vector<std::size_t> all_sources(std::size_t n) {
    std::vector<std::size_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0);
    return sources;
}

/// `samples` vertices drawn with a fixed seed: same graph, same figures.
std::vector<std::size_t> sampled_sources(std::size_t n, std::size_t samples) {
    auto sources = all_sources(n);
    std::mt19937_64 random(20261123);
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(std::min(samples, n));
    return sources;
}

/// What exact betweenness costs: vertices x connections, summed over the connected components.
double brandes_work(const std::vector<std::vector<std::size_t>>& adjacent, const std::vector<int>& component,
                    std::size_t components) {
    std::vector<double> vertices(components, 0), connections(components, 0);
    for (std::size_t v = 0; v < adjacent.size(); ++v) {
        vertices[component[v]] += 1;
        connections[component[v]] += static_cast<double>(adjacent[v].size()) / 2;
    }
    return std::inner_product(vertices.begin(), vertices.end(), connections.begin(), 0.0);
}

}  // namespace

void compute_metrics(KnowledgeGraph& graph, const MetricsOptions& options) {
    const std::size_t n = graph.node_count();
    const auto adjacent = neighbours(graph);
    Undirected undirected(n);
    Symmetric symmetric(n);
    std::size_t pairs = 0;
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t w : adjacent[v]) {
            boost::add_edge(v, w, symmetric);
            if (v < w) { boost::add_edge(v, w, undirected); ++pairs; }
        }
    std::vector<int> component(n, 0);
    const auto components = n ? static_cast<std::size_t>(boost::connected_components(undirected, component.data())) : 0;

    const std::vector<double> betweenness =
        brandes_work(adjacent, component, components) <= options.exact_betweenness_work
            ? betweenness_from(adjacent, all_sources(n))
            : betweenness_from(adjacent, sampled_sources(n, options.betweenness_samples));

    std::vector<double> rank(n, 0.0);
    if (n) {
        boost::graph::page_rank(symmetric, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, symmetric)),
                         boost::graph::n_iterations(50));
        const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
        if (total > 0)
            for (auto& r : rank) r /= total;  // Boost's ranks sum to n; report probabilities
    }

    std::vector<int> community = component;
    if (pairs && pairs <= options.clustering_edge_limit) {
        // Girvan-Newman: remove the edge of highest betweenness until none exceeds the threshold.
        using ClusterGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                                   boost::property<boost::edge_centrality_t, double>>;
        ClusterGraph cluster(n);
        for (std::size_t v = 0; v < n; ++v)
            for (std::size_t w : adjacent[v])
                if (v < w) boost::add_edge(v, w, cluster);
        boost::betweenness_centrality_clustering(
            cluster, boost::bc_clustering_threshold<double>(0.5, cluster, true), boost::get(boost::edge_centrality, cluster));
        boost::connected_components(cluster, community.data());
    }

    for (std::size_t v = 0; v < n; ++v) {
        EntityNode& node = graph.graph[v];
        node.degree = static_cast<double>(adjacent[v].size());
        node.betweenness = betweenness[v];
        node.pagerank = rank[v];
        node.component = component[v];
        node.community = community[v];
    }
    graph.has_metrics = true;
}

}  // namespace kg
