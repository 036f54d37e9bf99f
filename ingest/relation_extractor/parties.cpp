#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::extraction {

void SentenceRelations::read_partners(const TriggerHit& hit, std::uint32_t end, int event, const std::vector<Argument>& subjects) {
    const bool co_chairs = hit.trigger.relation == RelationType::co_chaired && starts_with(key(hit.first), "co-");
    const std::string& kind = doc_.entities[event].event_class;
    const bool attends = hit.trigger.relation == RelationType::attended;
    const bool talks = attends && (kind == "meeting" || kind == "call" || kind == "summit");
    // "held a press conference with Sikorski": he was there too, which makes no talks between them
    const bool together = attends && (kind == "conference" || kind == "ceremony" || kind == "press");
    // ("Modi chaired a meeting on Operation Sindoor with Defence Minister Rajnath Singh": who the chair
    // met there attended, and met the chair)
    const bool chaired_with = hit.trigger.relation == RelationType::co_chaired && !co_chairs &&
                              one_of(key(hit.first), {"chaired", "chairs", "chairing"}) && (kind == "meeting" || kind == "call");
    if (!co_chairs && !talks && !together && !chaired_with) return;
    for (const auto& a : arguments_) {
        if (a.entity != event || a.first_token < hit.end || a.end_token >= end) continue;
        // "in the Kremlin", "of the U.S.-China Dialogue on Friday" may stand between the event and "with"
        const std::uint32_t with = with_before_person(a.end_token, end);
        // "Kallas and Anand also held a meeting": the subjects met each other (not in "indirect talks",
        // where a mediator carries the messages)
        if (with >= end && talks && one_of(key(hit.first), {"held", "had", "hold", "holds"}) &&
            !has_word(hit.end, end, "indirect"))
            pairwise(RelationType::met_with, people(subjects));
        if (with >= end) return;
        // "attended the session along with Guterres": he was there too, not their partner in talks
        const bool alongside = with > 0 && one_of(key(with - 1), {"along", "together"});
        for (const auto& p : right_group(with + 1, list_end(with + 1, end))) {
            if (p.type != EntityType::person) continue;
            add(co_chairs ? RelationType::co_chaired : RelationType::attended, p.entity, event);
            if ((talks || chaired_with) && !alongside)
                for (const auto& s : subjects)
                    if (s.type == EntityType::person) add(RelationType::met_with, s.entity, p.entity);
        }
        return;
    }
}

std::vector<Argument> SentenceRelations::agreement_partners(const TriggerHit& hit, std::uint32_t end) const {
    // ("struck a deal with Meloni", "reached an agreement with Fernández": or a phrase ending on the deal)
    const bool verb = hit.end == hit.first + 1 && one_of(key(hit.first), {"signed", "sign", "signs", "agreed", "agree", "agrees",
                                                                          "inked", "inks"});
    if (!verb && !(hit.end > hit.first + 1 && one_of(key(hit.end - 1), {"deal", "agreement"}))) return {};
    const std::uint32_t with = with_before_person(hit.end, std::min<std::uint32_t>(end, hit.end + 8));
    if (with >= end || with >= hit.end + 8) return {};
    for (std::uint32_t t = hit.end; t < with; ++t)
        if (one_of(key(t), {"to", ","})) return {};
    // the list ends where a phrase in lower case is set off: "..., at a ceremony witnessed by X"
    std::uint32_t stop = list_end(with + 1, end);
    for (std::uint32_t t = with + 1; t + 1 < stop; ++t)
        if (key(t) == "," && !doc_.tokens[t + 1].has(token_capitalized) && key(t + 1) != "and") stop = t;
    return right_group(with + 1, stop);
}

std::uint32_t SentenceRelations::list_end(std::uint32_t begin, std::uint32_t end) const {
    std::uint32_t t = begin;
    // ("a virtual meeting with Caribbean leaders and in June, at the Summit ...": "and" may begin another clause)
    // (a purpose's "to" comes before a verb in lower case: not "an aide to President Biden", "To Lam")
    auto purpose = [&](std::uint32_t u) {
        return key(u) == "to" && !doc_.tokens[u].capitalised() && u + 1 < end && !doc_.tokens[u + 1].capitalised() &&
               !one_of(key(u + 1), {"the", "a", "an", "his", "her", "their"});
    };
    while (t < end && !purpose(t) && key(t) != "—" && key(t) != ";" &&
           !(key(t) == "and" && t + 1 < end && one_of(key(t + 1), {"in", "at", "on", "during", "after", "later", "then"})))
        ++t;
    return t;
}

std::uint32_t SentenceRelations::first_clause_end(std::uint32_t begin, std::uint32_t end) const {
    std::uint32_t comma = end;
    for (std::uint32_t t = begin; t < end; ++t) {
        if (key(t) == ",") comma = t;
        if (key(t) == "by") return comma < t ? comma : t;
    }
    return end;
}

std::uint32_t SentenceRelations::set_off_agents_end(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t t = begin; t < end; ++t) {
        if (key(t) != "," || t == begin) continue;
        // ("co-chaired by A, B and C": a comma inside the list, names up to its "and"; "by Commissioner
        // Maroš Šefčovič, Minister of Electronics and IT Ashwini Vaishnaw": each with a title before it)
        std::uint32_t next = t + 1;
        while (next < end && key(next) != "and") {
            const Argument* a = person_after_title(next, end);
            if (!a) break;
            next = a->end_token < end && key(a->end_token) == "," ? a->end_token + 1 : a->end_token;
        }
        if (next == end || key(next) != "and") return t;
    }
    return end;
}

const Argument* SentenceRelations::person_after_title(std::uint32_t token, std::uint32_t end) const {
    for (const auto& a : arguments_) {
        if (a.type != EntityType::person || a.first_token < token || a.first_token >= end || a.first_token > token + 8) continue;
        for (std::uint32_t t = token; t < a.first_token; ++t)
            if (!doc_.tokens[t].capitalised() && !one_of(key(t), {"of", "for", "and", "the", "-"})) return nullptr;
        return &a;
    }
    return nullptr;
}

bool SentenceRelations::venue_after_agents(std::uint32_t t, std::uint32_t end) const {
    if (key(t) != "at") return false;
    bool after = false, more = false;
    for (const auto& a : arguments_)
        if (a.type == EntityType::person) {
            after = after || a.end_token == t;
            more = more || (a.first_token > t && a.first_token < end);
        }
    return after && !more;
}

std::uint32_t SentenceRelations::purpose_after_parties(std::uint32_t begin, std::uint32_t end) const {
    const auto party_ends_at = [&](std::uint32_t t) {
        return std::any_of(mentions_.begin(), mentions_.end(), [&](std::size_t m) { return mention(m).end_token == t; });
    };
    bool joined = false;
    for (std::uint32_t t = begin; t < end; ++t) {
        joined = joined || key(t) == "and";
        if (joined && one_of(key(t), {"for", "to", "on", "over"}) && party_ends_at(t)) return t;
    }
    return end;
}

std::uint32_t SentenceRelations::pair_end(std::uint32_t begin, std::uint32_t end) const {
    bool joined = false;
    for (std::uint32_t t = begin; t < end; ++t) {
        if (key(t) == "and") joined = true;
        if (!joined || key(t) != ",") continue;
        std::uint32_t next = t + 1;
        while (next < sentence_.end_token) {
            if (const Argument* a = argument_starting_at(next, EntityType::person)) { next = a->end_token; continue; }
            if (one_of(key(next), {"and", ","}) || doc_.tokens[next].has(token_capitalized)) { ++next; continue; }
            break;
        }
        if (next > t + 1 && next < sentence_.end_token &&
            (ends_with(key(next), "ed") || !schema_.triggers().exact(key(next)).empty()))
            return t;
    }
    return end;
}

std::uint32_t SentenceRelations::with_before_person(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t t = begin; t < end; ++t) {
        if (key(t) == "with") return t;
        if (argument_starting_at(t, EntityType::person)) break;
    }
    return end;
}

bool SentenceRelations::in_attendance_after(std::uint32_t from) const {
    for (std::uint32_t t = from; t + 1 < sentence_.end_token && t < from + 14 && key(t) != ","; ++t)
        if ((key(t) == "in" && key(t + 1) == "attendance") || one_of(key(t), {"present", "attending"})) return true;
    return false;
}

bool SentenceRelations::includes_topics(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t t = begin; t < end; ++t) {
        for (const auto& a : arguments_)
            if (a.first_token == t) return false;
        if (one_of(key(t), {"discussion", "discussions", "conversation", "exchange", "proposal", "proposals"})) return true;
    }
    return false;
}

const Argument* SentenceRelations::argument_starting_at(std::uint32_t token, EntityType type) const {
    for (const auto& a : arguments_)
        if (a.first_token == token && a.type == type) return &a;
    return nullptr;
}

const Argument* SentenceRelations::argument_ending_at(std::uint32_t end) const {
    for (const auto& a : arguments_)
        if (a.end_token == end && (a.type == EntityType::person || a.type == EntityType::country)) return &a;
    return nullptr;
}

std::uint32_t SentenceRelations::place_preposition(std::uint32_t first) const {
    std::uint32_t t = first;
    if (t > sentence_.first_token && key(t - 1) == "the") --t;
    return t > sentence_.first_token && one_of(key(t - 1), {"in", "at"}) ? t - 1 : no_token;
}

std::uint32_t SentenceRelations::past_time_phrase(std::uint32_t end) const {
    const auto time_word = [&](std::uint32_t t) {
        return one_of(key(t), {"last", "this", "month", "week", "year", "earlier", "today", "yesterday"}) ||
               doc_.tokens[t].has(token_number) || schema_.in_category(key(t), LexCategory::weekday) ||
               schema_.in_category(key(t), LexCategory::month);
    };
    std::uint32_t t = end;
    while (t > sentence_.first_token && end - t < 3 && time_word(t - 1)) --t;
    // ("on Monday", "in May")
    if (t < end && t > sentence_.first_token && one_of(key(t - 1), {"on", "in"})) --t;
    return t;
}

std::uint32_t SentenceRelations::place_phrase_start(std::uint32_t end) const {
    for (const auto& a : arguments_)
        if ((a.type == EntityType::place || a.type == EntityType::country) && a.end_token == end)
            if (const std::uint32_t in = place_preposition(a.first_token); in != no_token) return in;
    return end;
}

int SentenceRelations::event_ending_at(std::uint32_t end) const {
    for (const auto& a : arguments_)
        if (a.type == EntityType::event && a.end_token == end) return a.entity;
    return -1;
}

std::vector<int> SentenceRelations::parties(const std::vector<Argument>& group) const {
    std::vector<int> out;
    const bool bodies_only = std::all_of(group.begin(), group.end(), [](const Argument& a) { return a.type == EntityType::agency; });
    // ("Israel and Hamas agreed", "the United States and the European Union agreed": a body the
    // gazetteer knows as no one country's is a party beside a country, the two of them alone; a
    // country's own body is its part)
    const auto national = [&](const Argument& a) { return !doc_.entities[static_cast<std::size_t>(a.entity)].country.empty(); };
    const auto country_or_international = [&](const Argument& a) {
        return a.type == EntityType::country ||
               (a.type == EntityType::agency && !national(a) && !mention(a.mention).known_id.empty());
    };
    const bool country_and_body = group.size() == 2 && std::all_of(group.begin(), group.end(), country_or_international) &&
                                  group[0].type != group[1].type;
    auto party_body = [&](const Argument& a) {
        return a.type == EntityType::agency && ((bodies_only && national(a)) || (country_and_body && !national(a)));
    };
    for (const auto& a : group)
        if ((a.type == EntityType::person || a.type == EntityType::country || party_body(a)) &&
            std::find(out.begin(), out.end(), a.entity) == out.end())
            out.push_back(a.entity);
    // a group of people and countries agrees as people when people are named
    bool person = false;
    for (const auto& a : group) person |= a.type == EntityType::person;
    if (person) {
        out.clear();
        for (const auto& a : group)
            if (a.type == EntityType::person && std::find(out.begin(), out.end(), a.entity) == out.end())
                out.push_back(a.entity);
    }
    return out;
}

std::vector<int> SentenceRelations::people(const std::vector<Argument>& group) {
    std::vector<int> out;
    for (const auto& a : group)
        if (a.type == EntityType::person && std::find(out.begin(), out.end(), a.entity) == out.end()) out.push_back(a.entity);
    return out;
}

void SentenceRelations::pairwise(RelationType type, const std::vector<int>& parties) {
    for (std::size_t i = 0; i < parties.size(); ++i)
        for (std::size_t j = i + 1; j < parties.size(); ++j) add(type, parties[i], parties[j]);
}

}  // namespace kg::extraction
