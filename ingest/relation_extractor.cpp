#include "ingest/relation_extractor.hpp"

#include <algorithm>
#include <set>

#include "ingest/document.hpp"
#include "ingest/relation_extractor/sentence_relations.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {

using extraction::SentenceRelations;

namespace {

/// Agencies listed after one that names its country share it:
/// "China's Ministry of Public Security, Cyberspace Administration, ... and the U.S.' Department of Justice".
void share_countries_along_lists(Document& doc) {
    const Mention* previous = nullptr;
    for (auto& m : doc.mentions) {
        if (m.type != EntityType::agency || m.kind != MentionKind::name || m.qualifier) continue;
        // (a known body without a country has none: "Senate Democrats" are no body of the U.S.)
        if (previous && previous->sentence == m.sentence && m.country.empty() && m.known_id.empty() &&
            !previous->country.empty() && previous->end_token < m.first_token) {
            bool listed = true;
            for (std::uint32_t t = previous->end_token; t < m.first_token && listed; ++t) {
                const auto k = doc.key(t);
                listed = k == "," || k == "and" || k == "the" || k == "as" || k == "well";
            }
            if (listed) m.country = previous->country;
        }
        previous = &m;
    }
    for (const auto& m : doc.mentions)
        if (m.type == EntityType::agency && m.entity >= 0 && doc.entities[m.entity].country.empty())
            doc.entities[m.entity].country = m.country;
}

/// The event named most often (a name counts twice), the one the text names first on ties; of those
/// named by sentence `last_sentence` ("were joined by Tusk" is at the dinner told of so far, not at "a
/// summit of the Weimar Triangle" that a later sentence says was postponed), of a class if one is given.
int focal_event(const Document& doc, std::uint32_t last_sentence, std::string_view event_class = {}) {
    int best = -1;
    std::size_t best_count = 0;
    std::uint32_t best_first = 0;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const auto& entity = doc.entities[e];
        if (entity.type != EntityType::event || entity.mentions.empty()) continue;
        if (!event_class.empty() && entity.event_class != event_class) continue;
        // ("announced the charges at a press conference", then "Agencies from ten countries took part"
        // in the operation): a press conference is where news is told, no occasion others take part in
        const std::string name = to_lower_ascii(entity.name);
        if (name.find("press conference") != std::string::npos || name.find("news conference") != std::string::npos)
            continue;
        // ("agreed to hold the second meeting of the Working Group later this year": an occasion only
        // planned is not the one the article tells of)
        if (std::all_of(entity.mentions.begin(), entity.mentions.end(),
                        [&](std::uint32_t m) { return doc.names_planned_event(doc.mentions[m]); }))
            continue;
        std::size_t named = 0;
        for (auto m : entity.mentions) named += doc.mentions[m].kind == MentionKind::name ? 2 : 1;
        const std::uint32_t first = *std::min_element(entity.mentions.begin(), entity.mentions.end());
        if (doc.mentions[first].sentence > last_sentence) continue;
        if (named > best_count || (named == best_count && first < best_first)) {
            best_first = first;
            best = static_cast<int>(e);
            best_count = named;
        }
    }
    return best;
}

/// Adds the relations whose type, source and target the document does not have yet.
void add_new_relations(Document& doc, const std::vector<Relation>& more) {
    for (const auto& r : more) {
        bool known = false;
        for (const auto& o : doc.relations) known |= o.type == r.type && o.source == r.source && o.target == r.target;
        if (!known) doc.relations.push_back(r);
    }
}

/// Whether a sentence that ends in a colon introduces the people who took part: "The following leaders
/// took part:", "Joining President Biden at the meeting were the following leaders:", "Participants:".
bool introduces_participants(const Document& doc, const Sentence& s) {
    if (s.end_token == s.first_token || doc.key(s.end_token - 1) != ":") return false;
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
        if (one_of(doc.key(t), {"part", "participated", "participating", "participants", "attended", "attending",
                                "attendance", "attendees", "joining", "joined", "present"}))
            return true;
    return false;
}

/// The first mention of `type` in sentence `s` that starts within `reach` tokens of its beginning and
/// stands for an entity (names only for people), or nullptr.
const Mention* first_in_sentence(const Document& doc, std::uint32_t s, EntityType type, std::uint32_t reach) {
    const Sentence& sentence = doc.sentences[s];
    for (const auto& m : doc.mentions)
        if (m.sentence == s && m.type == type && m.entity >= 0 && m.first_token - sentence.first_token < reach &&
            (type != EntityType::person || m.kind == MentionKind::name))
            return &m;
    return nullptr;
}

/// The list after a sentence that introduces participants, one person a line ("- Bulgarian President
/// Rumen Radev", "Mette Frederiksen, Prime Minister of Denmark"): each attended the event that sentence
/// names, else the article's.
void attend_listed_participants(Document& doc, int focal) {
    std::vector<Relation> listed;
    for (std::uint32_t s = 0; s + 1 < doc.sentences.size(); ++s) {
        if (!introduces_participants(doc, doc.sentences[s])) continue;
        // (no one on the list took part in "the anniversary of the shooting" or an election)
        auto gathers = [&](int e) {
            return e >= 0 && !one_of(doc.entities[static_cast<std::size_t>(e)].event_class, {"incident", "election"});
        };
        int event = focal;
        if (const Mention* named = first_in_sentence(doc, s, EntityType::event, UINT32_MAX)) {
            // "at the meeting" that was resolved to a summit of another kind says too little to list anyone
            const Entity& e = doc.entities[static_cast<std::size_t>(named->entity)];
            if (named->kind != MentionKind::name && named->event_class != e.event_class) continue;
            if (gathers(named->entity)) event = named->entity;
        }
        if (!gathers(event)) continue;
        for (std::uint32_t item = s + 1; item < doc.sentences.size(); ++item) {
            if (!doc.tokens[doc.sentences[item].first_token].has(token_line_break_before)) break;
            const Mention* person = first_in_sentence(doc, item, EntityType::person, 8);  // after a country and a title
            if (!person) break;
            listed.push_back({RelationType::attended, person->entity, event, item, "", ""});
        }
    }
    add_new_relations(doc, listed);
}

/// Whether one of the agency's mentions names its country ("the Russian foreign ministry", "U.S.
/// Department of State"; not "the White House").
bool names_its_country(const Document& doc, const Schema& schema, const Entity& agency) {
    auto is_its_country = [&](const std::vector<std::uint32_t>& ids) {
        return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
            const LexEntry& entry = schema.entry(id);
            return (entry.category == LexCategory::country || entry.category == LexCategory::demonym) && entry.value == agency.country;
        });
    };
    // (the country opens the name, after "the" at most: its first two words are looked up)
    for (auto m : agency.mentions) {
        const Mention& mention = doc.mentions[m];
        for (std::uint32_t t = mention.first_token; t < mention.end_token && t < mention.first_token + 2; ++t) {
            const auto phrase = schema.lexicon().longest(doc, t, mention.end_token);
            if (is_its_country(schema.lexicon().exact(doc.key(t))) || (phrase.values && is_its_country(*phrase.values))) return true;
        }
    }
    return false;
}

/// A national body is part of its country, which the article may name only inside the body's name
/// ("the Russian foreign ministry").
void add_agency_countries(Document& doc, const Schema& schema) {
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        if (doc.entities[e].type != EntityType::agency || doc.entities[e].country.empty()) continue;
        int country = doc.country_entity(doc.entities[e].country);
        if (country < 0 && names_its_country(doc, schema, doc.entities[e]))
            country = doc.country_entity_or_add(doc.entities[e].country, schema.country_name(doc.entities[e].country));
        if (country < 0) continue;
        const auto& agency = doc.entities[e];  // (after doc.entities may have grown)
        // evidence: the first sentence that names the agency
        const std::uint32_t sentence = agency.mentions.empty() ? 0 : doc.mentions[agency.mentions.front()].sentence;
        doc.relations.push_back({RelationType::part_of, static_cast<int>(e), country, sentence, "", ""});
    }
}

/// Officials of a national agency represent its country (a company's or an association's do not).
void infer_representation(Document& doc, const Schema& schema) {
    std::vector<Relation> inferred;
    for (const auto& r : doc.relations) {
        if (r.type != RelationType::member_of || schema.names_private_body(doc.entities[static_cast<std::size_t>(r.target)].name))
            continue;
        bool has = false;
        for (const auto& other : doc.relations)
            has |= other.type == RelationType::represents && other.source == r.source;
        if (has) continue;
        for (const auto& p : doc.relations)
            if (p.type == RelationType::part_of && p.source == r.target &&
                doc.entities[static_cast<std::size_t>(p.target)].type == EntityType::country) {
                inferred.push_back({RelationType::represents, r.source, p.target, r.sentence, "", "inferred"});
                break;
            }
    }
    add_new_relations(doc, inferred);
}

/// A co-chair attended too: keep the stronger relation only.
void drop_attended_for_cochairs(Document& doc) {
    std::set<std::pair<int, int>> chairs;
    for (const auto& r : doc.relations)
        if (r.type == RelationType::co_chaired) chairs.insert({r.source, r.target});
    doc.relations.erase(std::remove_if(doc.relations.begin(), doc.relations.end(),
                                       [&](const Relation& r) {
                                           return r.type == RelationType::attended && chairs.count({r.source, r.target});
                                       }),
                        doc.relations.end());
}

}  // namespace

void RelationExtractor::run(Document& doc) const {
    doc.relations.clear();
    share_countries_along_lists(doc);
    extraction::FocalEvents focal;
    focal.article = focal_event(doc, UINT32_MAX);
    focal.meeting = focal_event(doc, UINT32_MAX, "meeting");
    std::set<std::size_t> attached;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const int so_far = focal_event(doc, s);
        focal.told_so_far = so_far >= 0 ? so_far : focal.article;
        SentenceRelations(doc, schema_, s, focal, attached).extract();
    }
    attend_listed_participants(doc, focal.article);
    add_agency_countries(doc, schema_);
    infer_representation(doc, schema_);
    drop_attended_for_cochairs(doc);
}

}  // namespace kg
