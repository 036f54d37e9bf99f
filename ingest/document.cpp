#include "ingest/document.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {
constexpr std::string_view entity_names[] = {"person", "agency", "country", "event", "place"};
constexpr std::string_view relation_names[] = {"attended",  "co_chaired", "agreed",     "met_with",
                                               "member_of", "part_of",    "represents", "held_in"};
}  // namespace

std::string_view to_string(EntityType type) { return entity_names[static_cast<int>(type)]; }
std::string_view to_string(RelationType type) { return relation_names[static_cast<int>(type)]; }

std::optional<EntityType> entity_type_from(std::string_view name) {
    for (auto t : all_entity_types)
        if (to_string(t) == name) return t;
    return std::nullopt;
}

std::optional<RelationType> relation_type_from(std::string_view name) {
    for (auto t : all_relation_types)
        if (to_string(t) == name) return t;
    return std::nullopt;
}

bool Document::possessive_pronoun(std::uint32_t token) const {
    const std::string_view word = key(token);
    if (word == "his" || word == "their") return true;
    if (word != "her" || token + 1 >= tokens.size() || !tokens[token + 1].has(token_word)) return false;
    return !one_of(key(token + 1), {"and", "or", "to", "on", "in", "at", "for", "about", "during", "after", "before",
                                    "as", "by", "over", "from", "with", "that", "since", "when", "while", "until",
                                    "again", "today", "yesterday", "last", "this"});
}

bool is_symmetric(RelationType type) { return type == RelationType::agreed || type == RelationType::met_with; }

}  // namespace kg
