#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>

namespace kg::extraction {

void SentenceRelations::read_body_parts() {
    for (auto index : mentions_) {
        const Mention& part = mention(index);
        // (a party tag describes its person: "Rep. Chip Roy, R-Texas, a member of the House Freedom Caucus")
        if (part.type != EntityType::agency || part.entity < 0 || part.kind != MentionKind::name || part.party_tag) continue;
        // "Europol's European Cybercrime Centre": an organ after its body's possessive (not "NATO's
        // Indo-Pacific Partners")
        if (part.first_token >= 2 && key(part.first_token - 1) == "'s" && names_an_organ(doc_.entities[part.entity].name))
            if (const int whole = agency_ending_at(part.first_token - 1); whole >= 0 && whole != part.entity)
                add(RelationType::part_of, part.entity, whole);
        // "The Swiss Agency for Development and Cooperation, part of the Federal Department of Foreign
        // Affairs,", "the Federal Intelligence Service, an agency under the Federal Department of Defence"
        const std::uint32_t whole_at = body_after_part_words(part.end_token);
        if (whole_at == 0) continue;
        for (auto m : mentions_) {
            const Mention& whole = mention(m);
            if (whole.type != EntityType::agency || whole.entity < 0 || whole.first_token != whole_at) continue;
            if (whole.entity != part.entity) add(RelationType::part_of, part.entity, whole.entity);
            attached_.insert(m);  // describes the body, no party to the sentence's events
            break;
        }
    }
}

bool SentenceRelations::names_an_organ(const std::string& name) {
    static constexpr std::string_view heads[] = {"office", "agency", "administration", "centre", "center", "service",
                                                 "division", "bureau", "council", "commission", "committee",
                                                 "department", "directorate", "secretariat", "unit", "institute",
                                                 "command", "authority"};
    const std::string lower = to_lower_ascii(name);
    const std::string_view last = std::string_view(lower).substr(lower.find_last_of(' ') + 1);
    return std::find(std::begin(heads), std::end(heads), last) != std::end(heads);
}

int SentenceRelations::agency_ending_at(std::uint32_t end) const {
    for (auto m : mentions_) {
        const Mention& body = mention(m);
        if (body.type == EntityType::agency && body.entity >= 0 && body.end_token == end) return body.entity;
    }
    return -1;
}

std::uint32_t SentenceRelations::body_after_part_words(std::uint32_t t) const {
    const std::uint32_t end = sentence_.end_token;
    if (t + 3 >= end || key(t) != ",") return 0;
    ++t;
    if (t + 1 < end && key(t) == "which" && key(t + 1) == "is") t += 2;
    if (t + 2 < end && key(t) == "part" && key(t + 1) == "of") {
        t += 2;
    } else if (one_of(key(t), {"a", "an"})) {
        // "an agency under", "a unit of", "a department within": a noun or two in lower case before it
        std::uint32_t u = t + 1;
        while (u < end && u < t + 4 && lower_case_word(u) && !one_of(key(u), {"under", "of", "within"})) ++u;
        if (u == t + 1 || u + 1 >= end || !one_of(key(u), {"under", "of", "within"})) return 0;
        t = u + 1;
    } else {
        return 0;
    }
    if (t < end && key(t) == "the") ++t;
    return t < end ? t : 0;
}

}  // namespace kg::extraction
