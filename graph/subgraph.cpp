#include "graph/subgraph.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace kg {
namespace {

bool in_range(const std::string& date, const SubgraphFilter& filter) {
    if (filter.from_date.empty() && filter.to_date.empty()) return true;
    if (date.empty() || date[0] == '-') return false;  // undated: outside any range asked for
    const std::string first = date.substr(0, date.find('/'));
    if (!filter.from_date.empty() && first.compare(0, filter.from_date.size(), filter.from_date) < 0) return false;
    if (!filter.to_date.empty() && first.substr(0, filter.to_date.size()) > filter.to_date) return false;
    return true;
}

template <typename T>
bool allowed(const std::vector<T>& list, T value) {
    return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::vector<Vertex> neighbourhood(const KnowledgeGraph& graph, const std::vector<Vertex>& seeds, int hops) {
    const auto& g = graph.graph;
    std::vector<int> depth(graph.node_count(), -1);
    std::vector<Vertex> order, level = seeds, next;
    for (auto s : seeds) depth[s] = 0;
    order = seeds;
    for (int d = 0; d < hops && !level.empty(); ++d) {
        next.clear();
        for (auto v : level) {
            auto visit = [&](Vertex w) {
                if (depth[w] >= 0) return;
                depth[w] = d + 1;
                next.push_back(w);
                order.push_back(w);
            };
            for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
            for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
        }
        level.swap(next);
    }
    std::sort(order.begin(), order.end());
    return order;
}

KnowledgeGraph filtered_subgraph(const KnowledgeGraph& graph, const std::vector<Vertex>& keep, const SubgraphFilter& filter) {
    const auto& g = graph.graph;
    KnowledgeGraph out;
    out.articles = graph.articles;
    out.has_metrics = graph.has_metrics;
    std::unordered_map<Vertex, Vertex> mapped;
    auto consider = [&](Vertex v) {
        const EntityNode& node = g[v];
        if (!allowed(filter.types, node.type)) return;
        if (node.type == EntityType::event && !in_range(node.date, filter)) return;
        mapped[v] = out.add_node(node);
    };
    if (keep.empty())
        for (auto v : boost::make_iterator_range(boost::vertices(g))) consider(v);
    else
        for (auto v : keep) consider(v);
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        auto s = mapped.find(boost::source(e, g)), t = mapped.find(boost::target(e, g));
        if (s == mapped.end() || t == mapped.end()) continue;
        if (!allowed(filter.relations, g[e].relation) || !in_range(g[e].date.empty() && filter.from_date.empty() && filter.to_date.empty() ? "" : g[e].date, filter))
            continue;
        out.add_edge(s->second, t->second, g[e]);
    }
    return out;
}

KnowledgeGraph path_subgraph(const KnowledgeGraph& graph, const std::vector<Path>& paths) {
    const auto& g = graph.graph;
    KnowledgeGraph out;
    std::unordered_map<Vertex, Vertex> mapped;
    std::set<Edge> edges;
    auto node = [&](Vertex v) {
        auto found = mapped.find(v);
        if (found != mapped.end()) return found->second;
        return mapped[v] = out.add_node(g[v]);
    };
    for (const auto& path : paths)
        for (const auto& step : path) {
            node(step.from);
            node(step.to);
            if (!edges.insert(step.edge).second) continue;
            out.add_edge(mapped[boost::source(step.edge, g)], mapped[boost::target(step.edge, g)], g[step.edge]);
        }
    return out;
}

}  // namespace kg
