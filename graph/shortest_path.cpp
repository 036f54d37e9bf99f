#include "graph/shortest_path.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>
#include <unordered_map>

namespace kg {
// A search waits on memory, not arithmetic: each neighbour's state is a cache miss. Asking
// for the state (and the next frontier vertices' rows) a few steps ahead overlaps those misses.
constexpr std::uint32_t prefetch_distance = 4;

const PathFinder::Rows& PathFinder::rows(bool directed, bool backwards) const {
    return !directed ? both_ : backwards ? in_ : out_;
}

void PathFinder::prefetch_row(const Rows& rows, const std::vector<Vertex>& frontier, std::size_t i) const {
    if (i + 2 * prefetch_distance < frontier.size()) __builtin_prefetch(&rows.offset[frontier[i + 2 * prefetch_distance]]);
    if (i + prefetch_distance < frontier.size()) __builtin_prefetch(&rows.steps[rows.offset[frontier[i + prefetch_distance]]]);
}

template <typename F>
void PathFinder::for_each_step(Vertex v, bool directed, bool backwards, F&& f) const {
    const Rows& r = rows(directed, backwards);
    const std::uint32_t end = r.offset[v + 1];
    for (std::uint32_t k = r.offset[v]; k < end; ++k) {
        if (k + prefetch_distance < end) __builtin_prefetch(&visits_[r.steps[k + prefetch_distance].neighbour]);
        f(Vertex(r.steps[k].neighbour), r.steps[k].edge);
    }
}

PathStep PathFinder::step(Vertex from, Vertex to, EdgeRef edge) const {
    const Edge e = edges_[edge];
    return {from, to, e, boost::source(e, graph_.graph) == from};
}

PathFinder::PathFinder(const KnowledgeGraph& graph) : graph_(graph) {
    const std::size_t n = graph.node_count();
    const auto& g = graph.graph;
    if (graph.edge_count() >= 0xFFFFFFFFu) throw std::length_error("path search holds at most 2^32 - 1 edges");
    edges_.reserve(graph.edge_count());
    out_.offset.assign(n + 1, 0);
    in_.offset.assign(n + 1, 0);
    both_.offset.assign(n + 1, 0);
    for (std::size_t v = 0; v < n; ++v)
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            edges_.push_back(e);
            ++out_.offset[v + 1];
            ++in_.offset[boost::target(e, g) + 1];
        }
    for (std::size_t v = 0; v < n; ++v) {
        both_.offset[v + 1] = both_.offset[v] + out_.offset[v + 1] + in_.offset[v + 1];
        out_.offset[v + 1] += out_.offset[v];
        in_.offset[v + 1] += in_.offset[v];
    }
    out_.steps.resize(edges_.size());
    in_.steps.resize(edges_.size());
    both_.steps.resize(2 * edges_.size());
    std::vector<std::uint32_t> out_next(out_.offset.begin(), out_.offset.end() - 1);
    std::vector<std::uint32_t> in_next(in_.offset.begin(), in_.offset.end() - 1);
    for (EdgeRef i = 0; i < edges_.size(); ++i) {
        const auto s = static_cast<std::uint32_t>(boost::source(edges_[i], g));
        const auto t = static_cast<std::uint32_t>(boost::target(edges_[i], g));
        out_.steps[out_next[s]++] = {t, i};
        in_.steps[in_next[t]++] = {s, i};
    }
    for (std::size_t v = 0; v < n; ++v) {  // undirected rows: the out-row, then the in-row
        auto next = both_.steps.begin() + both_.offset[v];
        next = std::copy(out_.steps.begin() + out_.offset[v], out_.steps.begin() + out_.offset[v + 1], next);
        std::copy(in_.steps.begin() + in_.offset[v], in_.steps.begin() + in_.offset[v + 1], next);
    }
    visits_.assign(n, Visit{});
    depth_.assign(n, 0);
}

bool PathFinder::may_pass(Vertex v, Vertex from, Vertex to, const PathOptions& options) const {
    if (v == from || v == to || options.through.empty()) return true;
    return std::find(options.through.begin(), options.through.end(), graph_.graph[v].type) != options.through.end();
}

std::vector<Path> PathFinder::find(Vertex from, Vertex to, const PathOptions& options) {
    if (from == to) return {};
    if (options.weighted) return dijkstra(from, to, options);
    if (options.all) return all_shortest(from, to, options);
    return bidirectional_bfs(from, to, options);
}

std::vector<Path> PathFinder::bidirectional_bfs(Vertex from, Vertex to, const PathOptions& options) {
    const std::uint32_t stamp = ++generation_;
    std::vector<Vertex> front{from}, back{to}, next;
    visits_[from].seen = stamp;
    visits_[to].seen_back = stamp;
    std::optional<Vertex> meeting;
    int forward_depth = 0, backward_depth = 0;
    while (!meeting && !front.empty() && !back.empty()) {
        if (options.max_hops >= 0 && forward_depth + backward_depth >= options.max_hops) break;
        // Expand the smaller frontier: this is what keeps queries fast on large graphs.
        const bool forward = front.size() <= back.size();
        auto& frontier = forward ? front : back;
        next.clear();
        const Rows& frontier_rows = rows(options.directed, !forward);
        for (std::size_t i = 0; i < frontier.size(); ++i) {
            const Vertex v = frontier[i];
            prefetch_row(frontier_rows, frontier, i);
            if (!may_pass(v, from, to, options)) continue;
            for_each_step(v, options.directed, !forward, [&](Vertex w, EdgeRef e) {
                if (meeting) return;
                if (forward) {
                    if (visits_[w].seen == stamp) return;
                    visits_[w].seen = stamp;
                    visits_[w].parent = static_cast<std::uint32_t>(v);
                    visits_[w].via = e;
                    if (visits_[w].seen_back == stamp && may_pass(w, from, to, options)) meeting = w;
                } else {
                    if (visits_[w].seen_back == stamp) return;
                    visits_[w].seen_back = stamp;
                    visits_[w].parent_back = static_cast<std::uint32_t>(v);
                    visits_[w].via_back = e;
                    if (visits_[w].seen == stamp && may_pass(w, from, to, options)) meeting = w;
                }
                next.push_back(w);
            });
            if (meeting) break;
        }
        frontier.swap(next);
        (forward ? forward_depth : backward_depth) += 1;
    }
    if (!meeting) return {};
    Path path;
    for (Vertex v = *meeting; v != from; v = visits_[v].parent) path.push_back(step(visits_[v].parent, v, visits_[v].via));
    std::reverse(path.begin(), path.end());
    for (Vertex v = *meeting; v != to; v = visits_[v].parent_back) path.push_back(step(v, visits_[v].parent_back, visits_[v].via_back));
    if (options.max_hops >= 0 && static_cast<int>(path.size()) > options.max_hops) return {};
    return {path};
}

std::vector<Path> PathFinder::all_shortest(Vertex from, Vertex to, const PathOptions& options) {
    const std::uint32_t stamp = ++generation_;
    std::vector<std::vector<std::pair<Vertex, EdgeRef>>> parents;  // per discovered vertex, by slot
    std::unordered_map<Vertex, std::size_t> slot;
    std::vector<Vertex> level{from}, next;
    visits_[from].seen = stamp;
    depth_[from] = 0;
    bool reached = false;
    for (int d = 0; !level.empty() && !reached; ++d) {
        if (options.max_hops >= 0 && d >= options.max_hops) break;
        next.clear();
        for (Vertex v : level) {
            if (!may_pass(v, from, to, options)) continue;
            for_each_step(v, options.directed, false, [&](Vertex w, EdgeRef e) {
                if (visits_[w].seen == stamp && depth_[w] != d + 1) return;
                if (visits_[w].seen != stamp) {
                    visits_[w].seen = stamp;
                    depth_[w] = d + 1;
                    next.push_back(w);
                    slot[w] = parents.size();
                    parents.emplace_back();
                }
                parents[slot[w]].emplace_back(v, e);
                reached |= w == to;
            });
        }
        level.swap(next);
    }
    if (!reached) return {};
    std::vector<Path> paths;
    Path current;
    std::function<void(Vertex)> walk = [&](Vertex v) {
        if (paths.size() >= options.max_paths) return;
        if (v == from) {
            paths.emplace_back(current.rbegin(), current.rend());
            return;
        }
        for (const auto& [p, e] : parents[slot[v]]) {
            current.push_back(step(p, v, e));
            walk(p);
            current.pop_back();
        }
    };
    walk(to);
    return paths;
}

std::vector<Path> PathFinder::dijkstra(Vertex from, Vertex to, const PathOptions& options) {
    const auto& g = graph_.graph;
    const std::uint32_t stamp = ++generation_;
    std::vector<double> distance(graph_.node_count(), std::numeric_limits<double>::infinity());
    using Item = std::pair<double, Vertex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    distance[from] = 0;
    depth_[from] = 0;
    visits_[from].seen = stamp;
    queue.emplace(0.0, from);
    while (!queue.empty()) {
        const double d = queue.top().first;
        const Vertex v = queue.top().second;
        queue.pop();
        if (d > distance[v]) continue;
        if (v == to) break;
        if (!may_pass(v, from, to, options)) continue;
        if (options.max_hops >= 0 && depth_[v] >= options.max_hops) continue;
        for_each_step(v, options.directed, false, [&](Vertex w, EdgeRef e) {
            const double cost = 1.0 / std::max(1.0, g[edges_[e]].weight);
            if (d + cost < distance[w]) {
                distance[w] = d + cost;
                visits_[w].parent = static_cast<std::uint32_t>(v);
                visits_[w].via = e;
                depth_[w] = depth_[v] + 1;
                visits_[w].seen = stamp;
                queue.emplace(distance[w], w);
            }
        });
    }
    if (visits_[to].seen != stamp) return {};
    Path path;
    for (Vertex v = to; v != from; v = visits_[v].parent) path.push_back(step(visits_[v].parent, v, visits_[v].via));
    std::reverse(path.begin(), path.end());
    return {path};
}

}  // namespace kg
