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

/// An event that may be the one a sentence naming none is about: how often it is named (a name counts
/// twice) and where first.
struct FocalCandidate {
    int entity;
    std::size_t count;
    std::uint32_t first_mention;
    std::uint32_t first_sentence;
    bool meeting;
};

/// The article's events that may be its main one, computed once: not a press conference or briefing (where news is
/// told: "announced the charges at a press conference", then "Agencies from ten countries took part"),
/// not one only planned ("agreed to hold the second meeting of the Working Group later this year").
std::vector<FocalCandidate> focal_candidates(const Document& doc) {
    std::vector<FocalCandidate> candidates;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const auto& entity = doc.entities[e];
        if (entity.type != EntityType::event || entity.mentions.empty()) continue;
        if (entity.event_class == "press") continue;
        if (std::all_of(entity.mentions.begin(), entity.mentions.end(),
                        [&](std::uint32_t m) { return doc.names_planned_event(doc.mentions[m]); }))
            continue;
        std::size_t named = 0;
        for (auto m : entity.mentions) named += doc.mentions[m].kind == MentionKind::name ? 2 : 1;
        const std::uint32_t first = *std::min_element(entity.mentions.begin(), entity.mentions.end());
        candidates.push_back({static_cast<int>(e), named, first, doc.mentions[first].sentence, entity.event_class == "meeting"});
    }
    return candidates;
}

/// Whether `a` is a better main event than `b`: named more often, or as often and first.
bool better_focal(const FocalCandidate& a, const FocalCandidate* b) {
    return !b || a.count > b->count || (a.count == b->count && a.first_mention < b->first_mention);
}

/// The events sentences that name none may be about: the article's main event, its main meeting
/// ("ministers meet in Tokyo"), and for each sentence the main one of those named by then ("were
/// joined by Tusk" is at the dinner told of so far, not at "a summit of the Weimar Triangle" that a
/// later sentence says was postponed). One pass over the candidates, then one over the sentences.
struct FocalPlan {
    extraction::FocalEvents article;
    std::vector<int> told_so_far;  // per sentence: the article's main event when none was named yet
};

FocalPlan plan_focal_events(const Document& doc) {
    auto candidates = focal_candidates(doc);
    FocalPlan plan;
    const FocalCandidate* article = nullptr;
    const FocalCandidate* meeting = nullptr;
    for (const auto& c : candidates) {
        if (better_focal(c, article)) article = &c;
        if (c.meeting && better_focal(c, meeting)) meeting = &c;
    }
    plan.article.article = article ? article->entity : -1;
    plan.article.meeting = meeting ? meeting->entity : -1;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const FocalCandidate& a, const FocalCandidate& b) { return a.first_sentence < b.first_sentence; });
    plan.told_so_far.assign(doc.sentences.size(), plan.article.article);
    const FocalCandidate* so_far = nullptr;
    std::size_t next = 0;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        for (; next < candidates.size() && candidates[next].first_sentence <= s; ++next)
            if (better_focal(candidates[next], so_far)) so_far = &candidates[next];
        if (so_far) plan.told_so_far[s] = so_far->entity;
    }
    return plan;
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
/// took part:", "Joining President Biden at the meeting were the following leaders:", "Participants:",
/// "Public officials speaking at the second convening included:".
bool introduces_participants(const Document& doc, const Sentence& s) {
    if (s.end_token == s.first_token || doc.key(s.end_token - 1) != ":") return false;
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
        if (one_of(doc.key(t), {"part", "participated", "participating", "participants", "attended", "attending",
                                "attendance", "attendees", "joining", "joined", "present", "speaking", "speakers",
                                "panelists", "panellists"}))
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
            // (after a country and a title: "Kingdom of Saudi Arabia: Foreign Minister Prince Faisal bin Farhan")
            const Mention* person = first_in_sentence(doc, item, EntityType::person, 12);
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
    const FocalPlan plan = plan_focal_events(doc);
    extraction::FocalEvents focal = plan.article;
    std::set<std::size_t> attached;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        focal.told_so_far = plan.told_so_far[s];
        SentenceRelations(doc, schema_, s, focal, attached).extract();
    }
    attend_listed_participants(doc, focal.article);
    add_agency_countries(doc, schema_);
    infer_representation(doc, schema_);
    drop_attended_for_cochairs(doc);
}

}  // namespace kg
