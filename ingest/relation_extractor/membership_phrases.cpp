#include "ingest/relation_extractor/sentence_relations.hpp"

#include "ingest/text.hpp"

namespace kg::extraction {

void SentenceRelations::read_membership_phrase(const TriggerHit& hit) {
    if (negated(hit)) return;
    std::uint32_t t = hit.end;
    if (t < sentence_.end_token && key(t) == "the") ++t;
    const Argument* body = argument_starting_at(t, EntityType::agency);
    // "Biden joined White House COVID-19 Response Coordinator Jeff Zients": the body is a title's
    if (!body || (body->end_token < sentence_.end_token && doc_.tokens[body->end_token].has(token_capitalized))) return;
    if (hit.first == sentence_.first_token) return;
    // (a verb of its own: "joined NATO", "sits on the board of KKR")
    const bool joined = starts_with(key(hit.first), "join") || one_of(key(hit.first), {"sits", "sat", "serves", "served"});
    if (!joined && key(hit.first - 1) == ",") {
        if (const Argument* member = argument_ending_at(hit.first - 1)) add(RelationType::member_of, member->entity, body->entity);
        return;
    }
    if (!joined && !is_membership_verb(key(hit.first - 1))) return;
    for (const auto& member : members_before(hit.first)) add(RelationType::member_of, member.entity, body->entity);
}

bool SentenceRelations::is_membership_verb(std::string_view word) {
    return one_of(word, {"is", "are", "was", "were", "been", "be", "became", "become", "becomes", "becoming", "remains",
                         "remain", "remained"});
}

std::vector<Argument> SentenceRelations::members_before(std::uint32_t token) const {
    while (token > sentence_.first_token &&
           (is_membership_verb(key(token - 1)) ||
            one_of(key(token - 1), {"has", "have", "had", "formally", "officially", "already", "also", "later",
                                    "finally", "eventually", "then", "now", "both", "all", "each"})))
        --token;
    std::vector<Argument> members;
    while (true) {
        bool found = false;
        // a group ("Both countries") stands for all its members at once
        for (const auto& a : arguments_)
            if (a.end_token == token && (a.type == EntityType::person || a.type == EntityType::country)) {
                members.push_back(a);
                found = true;
            }
        if (!found) break;
        token = members.back().first_token;
        if (token > sentence_.first_token && key(token - 1) == "and") --token;
        if (token > sentence_.first_token && key(token - 1) == ",") --token;
    }
    return members;
}

void SentenceRelations::read_member_countries() {
    for (const auto& a : arguments_) {
        if (a.type != EntityType::agency) continue;
        std::uint32_t t = a.end_token;
        if (t >= sentence_.end_token || !one_of(key(t), {"member", "members"})) continue;
        ++t;
        if (t < sentence_.end_token && one_of(key(t), {"state", "states", "country", "countries", "nation", "nations"})) ++t;
        while (const Argument* country = argument_starting_at(t, EntityType::country)) {
            add(RelationType::member_of, country->entity, a.entity);
            t = country->end_token;
            if (t < sentence_.end_token && key(t) == ",") ++t;
            if (t < sentence_.end_token && key(t) == "and") ++t;
        }
    }
}

}  // namespace kg::extraction
