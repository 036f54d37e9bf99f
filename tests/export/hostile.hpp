#pragma once
// Labels full of what breaks careless exporters.
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::test {

inline std::vector<std::string> hostile_strings() {
    return {
        "quote \" apostrophe ' amp & lt < gt >",
        "cdata end ]]> and comment -- end -->",
        "back\\slash \\N \\l \\\\ and tab\there",
        "new\nline and carriage\rreturn",
        std::string("control \x01\x02\x1f\x7f chars and NUL-free"),
        "right-to-left \xE2\x80\x8F\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 mark",
        "emoji \xF0\x9F\x98\x80 and CJK \xE4\xB8\xAD\xE5\x9B\xBD",
        "invalid utf-8 \xFF\xFE \xC3 end",
        "noncharacter \xEF\xBF\xBE and \xEF\xBF\xBF",
        "graph",  // a DOT keyword
        "node",
        "digraph {",
        "|pipes|and\\|escapes|",
    };
}

/// Every hostile string as a node label, alias and evidence; edges between neighbours.
inline KnowledgeGraph hostile_graph() {
    KnowledgeGraph g;
    const auto strings = hostile_strings();
    for (std::size_t i = 0; i < strings.size(); ++i) {
        EntityNode n;
        n.id = "n" + std::to_string(i) + ":" + strings[i];
        n.label = strings[i];
        n.type = all_entity_types[i % 5];
        n.aliases = {strings[(i + 1) % strings.size()], "plain"};
        n.mentions = static_cast<std::uint32_t>(i + 1);
        n.evidence = {{"article" + std::to_string(i), 3, 9, strings[i]}};
        n.articles = {"article" + std::to_string(i)};
        g.add_node(n);
    }
    for (std::size_t i = 0; i + 1 < strings.size(); ++i) {
        RelationEdge e;
        e.relation = all_relation_types[i % 8];
        e.weight = static_cast<double>(i) + 0.5;
        e.detail = strings[i];
        e.evidence = {{"a", 1, 2, strings[i + 1]}};
        g.add_edge(i, i + 1, e);
    }
    return g;
}

}  // namespace kg::test
