#include "export/attribute_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "export/escape.hpp"
#include "ingest/schema.hpp"

namespace kg {
namespace {

int to_int(std::string_view s) {
    int value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

double to_double(std::string_view s) {
    double value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

std::uint32_t to_offset(std::string_view s) {
    std::uint32_t value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

std::vector<std::string> evidence_texts(const std::vector<Evidence>& evidence) {
    std::vector<std::string> texts;
    for (const auto& e : evidence) texts.push_back(e.text);
    return texts;
}

/// Calls set(evidence item, list item) for each item, growing `evidence` as needed:
/// texts and refs are separate attributes that fill the same items.
template <typename Set>
void set_evidence_items(std::vector<Evidence>& evidence, std::string_view joined, Set set) {
    std::size_t i = 0;
    for_each_list_item(joined, [&](std::string_view item) {
        if (i == evidence.size()) evidence.emplace_back();
        set(evidence[i++], item);
    });
}

void set_evidence_texts(std::vector<Evidence>& evidence, std::string_view joined) {
    set_evidence_items(evidence, joined, [](Evidence& e, std::string_view text) { e.text.assign(text); });
}

/// "ARTICLE:BEGIN-END"; the article id may itself hold ':' and '-'.
void set_evidence_ref(Evidence& e, std::string_view ref) {
    const auto colon = ref.rfind(':');
    const auto dash = ref.rfind('-');
    if (colon == std::string_view::npos || dash == std::string_view::npos || dash < colon) return;
    e.article.assign(ref.substr(0, colon));
    e.begin = to_offset(ref.substr(colon + 1, dash - colon - 1));
    e.end = to_offset(ref.substr(dash + 1));
}

void set_evidence_refs(std::vector<Evidence>& evidence, std::string_view joined) {
    set_evidence_items(evidence, joined, set_evidence_ref);
}

double node_size(const EntityNode& n, const AttributeContext& c) {
    if (c.graph.has_metrics) return 10.0 + 3.0 * n.degree;
    return 10.0 + 2.0 * std::sqrt(static_cast<double>(n.mentions));
}

}  // namespace

std::string_view to_string(AttributeType type) {
    switch (type) {
        case AttributeType::string: return "string";
        case AttributeType::integer: return "int";
        case AttributeType::real: return "double";
        case AttributeType::boolean: return "boolean";
    }
    return "string";
}

std::string format_number(double value) {
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer - 2, value);  // shortest text that reads back exactly
    char* end = result.ptr;
    if (std::find_if(buffer, end, [](char c) { return c == '.' || c == 'e' || c == 'n' || c == 'i'; }) == end) {
        *end++ = '.';  // "3" -> "3.0": a double in every reader's eyes
        *end++ = '0';
    }
    return std::string(buffer, end);
}

std::string evidence_refs(const std::vector<Evidence>& evidence) {
    std::vector<std::string> refs;
    for (const auto& e : evidence) refs.push_back(e.article + ":" + std::to_string(e.begin) + "-" + std::to_string(e.end));
    return join_list(refs);
}

const std::vector<NodeAttribute>& node_attributes() {
    using C = const AttributeContext&;
    static const std::vector<NodeAttribute> table = {
        {"label", AttributeType::string, [](const EntityNode& n, C) { return n.label; },
         [](EntityNode& n, std::string_view v) { n.label = std::string(v); }, false},
        {"type", AttributeType::string, [](const EntityNode& n, C) { return std::string(to_string(n.type)); },
         [](EntityNode& n, std::string_view v) { if (auto t = entity_type_from(v)) n.type = *t; }, false},
        {"aliases", AttributeType::string, [](const EntityNode& n, C) { return join_list(n.aliases); },
         [](EntityNode& n, std::string_view v) { assign_list(n.aliases, v); }, false},
        {"mentions", AttributeType::integer, [](const EntityNode& n, C) { return std::to_string(n.mentions); },
         [](EntityNode& n, std::string_view v) { n.mentions = static_cast<std::uint32_t>(to_int(v)); }, false},
        {"country", AttributeType::string, [](const EntityNode& n, C) { return n.country; },
         [](EntityNode& n, std::string_view v) { n.country = std::string(v); }, false},
        {"positions", AttributeType::string, [](const EntityNode& n, C) { return join_list(n.positions); },
         [](EntityNode& n, std::string_view v) { assign_list(n.positions, v); }, false},
        {"ordinal", AttributeType::integer, [](const EntityNode& n, C) { return std::to_string(n.ordinal); },
         [](EntityNode& n, std::string_view v) { n.ordinal = to_int(v); }, false},
        {"date", AttributeType::string, [](const EntityNode& n, C) { return n.date; },
         [](EntityNode& n, std::string_view v) { n.date = std::string(v); }, false},
        {"articles", AttributeType::string, [](const EntityNode& n, C) { return join_list(n.articles); },
         [](EntityNode& n, std::string_view v) { assign_list(n.articles, v); }, false},
        {"evidence", AttributeType::string, [](const EntityNode& n, C) { return join_list(evidence_texts(n.evidence)); },
         [](EntityNode& n, std::string_view v) { set_evidence_texts(n.evidence, v); }, false},
        {"evidence_refs", AttributeType::string, [](const EntityNode& n, C) { return evidence_refs(n.evidence); },
         [](EntityNode& n, std::string_view v) { set_evidence_refs(n.evidence, v); }, false},
        {"r", AttributeType::integer, [](const EntityNode& n, C c) { return std::to_string(c.schema.style(n.type).red()); }, nullptr, false},
        {"g", AttributeType::integer, [](const EntityNode& n, C c) { return std::to_string(c.schema.style(n.type).green()); }, nullptr, false},
        {"b", AttributeType::integer, [](const EntityNode& n, C c) { return std::to_string(c.schema.style(n.type).blue()); }, nullptr, false},
        {"size", AttributeType::real, [](const EntityNode& n, C c) { return format_number(node_size(n, c)); }, nullptr, false},
        {"degree", AttributeType::real, [](const EntityNode& n, C) { return format_number(n.degree); },
         [](EntityNode& n, std::string_view v) { n.degree = to_double(v); }, true},
        {"betweenness", AttributeType::real, [](const EntityNode& n, C) { return format_number(n.betweenness); },
         [](EntityNode& n, std::string_view v) { n.betweenness = to_double(v); }, true},
        {"pagerank", AttributeType::real, [](const EntityNode& n, C) { return format_number(n.pagerank); },
         [](EntityNode& n, std::string_view v) { n.pagerank = to_double(v); }, true},
        {"component", AttributeType::integer, [](const EntityNode& n, C) { return std::to_string(n.component); },
         [](EntityNode& n, std::string_view v) { n.component = to_int(v); }, true},
        {"community", AttributeType::integer, [](const EntityNode& n, C) { return std::to_string(n.community); },
         [](EntityNode& n, std::string_view v) { n.community = to_int(v); }, true},
    };
    return table;
}

const std::vector<EdgeAttribute>& edge_attributes() {
    using C = const AttributeContext&;
    static const std::vector<EdgeAttribute> table = {
        {"label", AttributeType::string, [](const RelationEdge& e, C) { return std::string(to_string(e.relation)); }, nullptr},
        {"relation", AttributeType::string, [](const RelationEdge& e, C) { return std::string(to_string(e.relation)); },
         [](RelationEdge& e, std::string_view v) { if (auto r = relation_type_from(v)) e.relation = *r; }},
        {"weight", AttributeType::real, [](const RelationEdge& e, C) { return format_number(e.weight); },
         [](RelationEdge& e, std::string_view v) { e.weight = to_double(v); }},
        {"symmetric", AttributeType::boolean, [](const RelationEdge& e, C) { return std::string(is_symmetric(e.relation) ? "true" : "false"); }, nullptr},
        {"date", AttributeType::string, [](const RelationEdge& e, C) { return e.date; },
         [](RelationEdge& e, std::string_view v) { e.date = std::string(v); }},
        {"detail", AttributeType::string, [](const RelationEdge& e, C) { return e.detail; },
         [](RelationEdge& e, std::string_view v) { e.detail = std::string(v); }},
        {"articles", AttributeType::string, [](const RelationEdge& e, C) { return join_list(e.articles); },
         [](RelationEdge& e, std::string_view v) { assign_list(e.articles, v); }},
        {"evidence", AttributeType::string, [](const RelationEdge& e, C) { return join_list(evidence_texts(e.evidence)); },
         [](RelationEdge& e, std::string_view v) { set_evidence_texts(e.evidence, v); }},
        {"evidence_refs", AttributeType::string, [](const RelationEdge& e, C) { return evidence_refs(e.evidence); },
         [](RelationEdge& e, std::string_view v) { set_evidence_refs(e.evidence, v); }},
    };
    return table;
}

}  // namespace kg
