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

void append_int(std::string& out, long long value) {
    char buffer[24];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, written.ptr);
}

/// Appends the items, each as `project(item)` returns it, joined as join_list does.
template <typename Items, typename Project>
void append_joined(std::string& out, const Items& items, Project project) {
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += '|';
        first = false;
        append_list_item(out, project(item));
    }
}

void append_joined(std::string& out, const std::vector<std::string>& items) {
    append_joined(out, items, [](const std::string& item) -> std::string_view { return item; });
}

void append_evidence_texts(std::string& out, const std::vector<Evidence>& evidence) {
    append_joined(out, evidence, [](const Evidence& e) -> std::string_view { return e.text; });
}

/// "ARTICLE:BEGIN-END" per item.
void append_evidence_refs(std::string& out, const std::vector<Evidence>& evidence) {
    std::string ref;
    append_joined(out, evidence, [&](const Evidence& e) -> std::string_view {
        ref = e.article;
        ref += ':';
        append_int(ref, e.begin);
        ref += '-';
        append_int(ref, e.end);
        return ref;
    });
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

void append_number(std::string& out, double value) {
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer - 2, value);  // shortest text that reads back exactly
    char* end = result.ptr;
    if (std::find_if(buffer, end, [](char c) { return c == '.' || c == 'e' || c == 'n' || c == 'i'; }) == end) {
        *end++ = '.';  // "3" -> "3.0": a double in every reader's eyes
        *end++ = '0';
    }
    out.append(buffer, end);
}

std::string format_number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

const std::vector<NodeAttribute>& node_attributes() {
    using C = const AttributeContext&;
    using N = const EntityNode&;
    static const std::vector<NodeAttribute> table = {
        {"label", AttributeType::string, [](std::string& o, N n, C) { o += n.label; },
         [](EntityNode& n, std::string_view v) { n.label = std::string(v); }, false},
        {"type", AttributeType::string, [](std::string& o, N n, C) { o += to_string(n.type); },
         [](EntityNode& n, std::string_view v) { if (auto t = entity_type_from(v)) n.type = *t; }, false},
        {"aliases", AttributeType::string, [](std::string& o, N n, C) { append_joined(o, n.aliases); },
         [](EntityNode& n, std::string_view v) { assign_list(n.aliases, v); }, false},
        {"mentions", AttributeType::integer, [](std::string& o, N n, C) { append_int(o, n.mentions); },
         [](EntityNode& n, std::string_view v) { n.mentions = static_cast<std::uint32_t>(to_int(v)); }, false},
        {"country", AttributeType::string, [](std::string& o, N n, C) { o += n.country; },
         [](EntityNode& n, std::string_view v) { n.country = std::string(v); }, false},
        {"positions", AttributeType::string, [](std::string& o, N n, C) { append_joined(o, n.positions); },
         [](EntityNode& n, std::string_view v) { assign_list(n.positions, v); }, false},
        {"ordinal", AttributeType::integer, [](std::string& o, N n, C) { append_int(o, n.ordinal); },
         [](EntityNode& n, std::string_view v) { n.ordinal = to_int(v); }, false},
        {"date", AttributeType::string, [](std::string& o, N n, C) { o += n.date; },
         [](EntityNode& n, std::string_view v) { n.date = std::string(v); }, false},
        {"articles", AttributeType::string, [](std::string& o, N n, C) { append_joined(o, n.articles); },
         [](EntityNode& n, std::string_view v) { assign_list(n.articles, v); }, false},
        {"evidence", AttributeType::string, [](std::string& o, N n, C) { append_evidence_texts(o, n.evidence); },
         [](EntityNode& n, std::string_view v) { set_evidence_texts(n.evidence, v); }, false},
        {"evidence_refs", AttributeType::string, [](std::string& o, N n, C) { append_evidence_refs(o, n.evidence); },
         [](EntityNode& n, std::string_view v) { set_evidence_refs(n.evidence, v); }, false},
        {"r", AttributeType::integer, [](std::string& o, N n, C c) { append_int(o, c.schema.style(n.type).red()); }, nullptr, false},
        {"g", AttributeType::integer, [](std::string& o, N n, C c) { append_int(o, c.schema.style(n.type).green()); }, nullptr, false},
        {"b", AttributeType::integer, [](std::string& o, N n, C c) { append_int(o, c.schema.style(n.type).blue()); }, nullptr, false},
        {"size", AttributeType::real, [](std::string& o, N n, C c) { append_number(o, node_size(n, c)); }, nullptr, false},
        {"degree", AttributeType::real, [](std::string& o, N n, C) { append_number(o, n.degree); },
         [](EntityNode& n, std::string_view v) { n.degree = to_double(v); }, true},
        {"betweenness", AttributeType::real, [](std::string& o, N n, C) { append_number(o, n.betweenness); },
         [](EntityNode& n, std::string_view v) { n.betweenness = to_double(v); }, true},
        {"pagerank", AttributeType::real, [](std::string& o, N n, C) { append_number(o, n.pagerank); },
         [](EntityNode& n, std::string_view v) { n.pagerank = to_double(v); }, true},
        {"component", AttributeType::integer, [](std::string& o, N n, C) { append_int(o, n.component); },
         [](EntityNode& n, std::string_view v) { n.component = to_int(v); }, true},
        {"community", AttributeType::integer, [](std::string& o, N n, C) { append_int(o, n.community); },
         [](EntityNode& n, std::string_view v) { n.community = to_int(v); }, true},
    };
    return table;
}

const std::vector<EdgeAttribute>& edge_attributes() {
    using C = const AttributeContext&;
    using E = const RelationEdge&;
    static const std::vector<EdgeAttribute> table = {
        {"label", AttributeType::string, [](std::string& o, E e, C) { o += to_string(e.relation); }, nullptr},
        {"relation", AttributeType::string, [](std::string& o, E e, C) { o += to_string(e.relation); },
         [](RelationEdge& e, std::string_view v) { if (auto r = relation_type_from(v)) e.relation = *r; }},
        {"weight", AttributeType::real, [](std::string& o, E e, C) { append_number(o, e.weight); },
         [](RelationEdge& e, std::string_view v) { e.weight = to_double(v); }},
        {"symmetric", AttributeType::boolean, [](std::string& o, E e, C) { o += is_symmetric(e.relation) ? "true" : "false"; }, nullptr},
        {"date", AttributeType::string, [](std::string& o, E e, C) { o += e.date; },
         [](RelationEdge& e, std::string_view v) { e.date = std::string(v); }},
        {"detail", AttributeType::string, [](std::string& o, E e, C) { o += e.detail; },
         [](RelationEdge& e, std::string_view v) { e.detail = std::string(v); }},
        {"articles", AttributeType::string, [](std::string& o, E e, C) { append_joined(o, e.articles); },
         [](RelationEdge& e, std::string_view v) { assign_list(e.articles, v); }},
        {"evidence", AttributeType::string, [](std::string& o, E e, C) { append_evidence_texts(o, e.evidence); },
         [](RelationEdge& e, std::string_view v) { set_evidence_texts(e.evidence, v); }},
        {"evidence_refs", AttributeType::string, [](std::string& o, E e, C) { append_evidence_refs(o, e.evidence); },
         [](RelationEdge& e, std::string_view v) { set_evidence_refs(e.evidence, v); }},
    };
    return table;
}

}  // namespace kg
