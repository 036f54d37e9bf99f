#include "graph/metrics.hpp"

#include <algorithm>
#include <numeric>
#include <queue>
#include <random>
#include <set>

#include <boost/graph/bc_clustering.hpp>
#include <boost/graph/betweenness_centrality.hpp>
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

/// Brandes' accumulation from a sample of sources (unweighted BFS), scaled by n/k.
std::vector<double> sampled_betweenness(const std::vector<std::vector<std::size_t>>& adjacent, std::size_t samples) {
    const std::size_t n = adjacent.size();
    std::vector<double> centrality(n, 0.0), delta(n);
    std::vector<double> sigma(n);
    std::vector<int> distance(n);
    std::vector<std::size_t> order;
    std::vector<std::size_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0);
    std::mt19937_64 random(20261123);  // fixed seed: same graph, same figures
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(std::min(samples, n));
    for (std::size_t s : sources) {
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(delta.begin(), delta.end(), 0.0);
        order.clear();
        std::queue<std::size_t> queue;
        sigma[s] = 1;
        distance[s] = 0;
        queue.push(s);
        while (!queue.empty()) {
            const std::size_t v = queue.front();
            queue.pop();
            order.push_back(v);
            for (std::size_t w : adjacent[v]) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.push(w);
                }
                if (distance[w] == distance[v] + 1) sigma[w] += sigma[v];
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const std::size_t w = *it;
            for (std::size_t v : adjacent[w])
                if (distance[v] == distance[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
            if (w != s) centrality[w] += delta[w];
        }
    }
    const double scale = sources.empty() ? 0 : static_cast<double>(n) / static_cast<double>(sources.size()) / 2.0;
    for (auto& c : centrality) c *= scale;  // undirected: each path counted from both ends
    return centrality;
}

}  // namespace

std::size_t weak_components(const KnowledgeGraph& graph, std::vector<int>& component) {
    const auto adjacent = neighbours(graph);
    Undirected g(adjacent.size());
    for (std::size_t v = 0; v < adjacent.size(); ++v)
        for (std::size_t w : adjacent[v])
            if (v < w) boost::add_edge(v, w, g);
    component.assign(adjacent.size(), 0);
    return adjacent.empty() ? 0 : static_cast<std::size_t>(boost::connected_components(g, component.data()));
}

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

    std::vector<double> betweenness(n, 0.0);
    if (static_cast<double>(n) * static_cast<double>(pairs) <= options.exact_betweenness_work) {
        boost::brandes_betweenness_centrality(
            undirected, boost::make_iterator_property_map(betweenness.begin(), boost::get(boost::vertex_index, undirected)));
    } else {
        betweenness = sampled_betweenness(adjacent, options.betweenness_samples);
    }

    std::vector<double> rank(n, 0.0);
    if (n) {
        boost::graph::page_rank(symmetric, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, symmetric)),
                         boost::graph::n_iterations(50));
        const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
        if (total > 0)
            for (auto& r : rank) r /= total;  // Boost's ranks sum to n; report probabilities
    }

    std::vector<int> component;
    weak_components(graph, component);

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
        std::vector<int> parts(n);
        boost::connected_components(cluster, parts.data());
        community = parts;
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
