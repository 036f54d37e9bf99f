#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::extraction {

namespace {

constexpr std::size_t held_in_window = 10;
/// Events that are held somewhere (a shooting happens in a place; it is not "held" there).
const std::set<std::string> held_classes = {"meeting", "summit", "conference", "ceremony", "games", "exercise", ""};

}  // namespace

void SentenceRelations::read_held_in() {
    for (auto m : mentions_) {
        const Mention& e = mention(m);
        if (e.type != EntityType::event || e.entity < 0) continue;
        // "The next EU-Canada Summit will take place in Canada": another summit under the same name
        if (e.first_token > sentence_.first_token && key(e.first_token - 1) == "next") continue;
        const bool held = held_classes.count(doc_.entities[e.entity].event_class) > 0;
        // places, countries and organisations inside the name: "Phnom Penh Summit", "US-China
        // Dialogue", "EU-Japan summit"
        // ("the Jeddah talks": a city before a description's head is no qualifier, but inside it too)
        std::vector<const Mention*> inside;
        for (auto q : mentions_) {
            const Mention& inner = mention(q);
            if ((inner.qualifier || inner.type == EntityType::place) && inner.entity >= 0 &&
                inner.first_token >= e.first_token && inner.end_token <= e.end_token && &inner != &e)
                inside.push_back(&inner);
        }
        auto is_party = [](const Mention* inner) {
            return inner->type == EntityType::country || inner->type == EntityType::agency;
        };
        // ("China Development Forum": a country alone names where or what, not who takes part;
        // "Australia – U.S. Ministerial Consultations" names two)
        const bool several_parties = std::count_if(inside.begin(), inside.end(), is_party) >= 2;
        for (const Mention* inner : inside) {
            // (a region names the forum's reach, not its venue: "East Asia Summit", "Indo-Pacific Dialogue")
            const bool city = !doc_.entities[inner->entity].country.empty();
            if (inner->type == EntityType::place && held && city) add(RelationType::held_in, e.entity, inner->entity);
            const bool joined = doc_.tokens[inner->first_token].has(token_hyphenated);
            if (is_party(inner) && (joined || several_parties) && !doc_.names_planned_event(e))
                add(RelationType::attended, inner->entity, e.entity);
        }
        // "the dialogue in Beijing", "Summit between A and B in Woodside", "at X Guesthouse in Beijing"
        if (!held) continue;
        // "met Wang Yi in Kuala Lumpur, on the margins of the ASEAN meeting": the city is the event's
        if (const Mention* venue = city_before_event(e)) add(RelationType::held_in, e.entity, venue->entity);
        // ("The first China-US dialogue on fighting cybercrime and related issues was held in Washington":
        // a verb of holding reaches past a long complement)
        // ("The summit, which brought together 40 heads of state, was held in Geneva": past the clause)
        const std::uint32_t from = past_relative_clause(e.end_token);
        std::uint32_t window = held_in_window;
        for (std::uint32_t t = from; t < sentence_.end_token && t < from + held_in_window; ++t)
            if (one_of(key(t), {"held", "convened", "took"})) window = held_in_window + 6;
        const std::uint32_t limit = std::min<std::uint32_t>(sentence_.end_token, from + window);
        for (auto q : mentions_) {
            const Mention& place = mention(q);
            if (place.first_token < from || place.first_token >= limit || place.entity < 0) continue;
            if (place.type == EntityType::event) break;
            if (place.type != EntityType::place && place.type != EntityType::country) continue;
            if (place.qualifier) continue;
            if (place_preposition(place.first_token) == no_token) continue;
            // "a meeting on the situation in Sudan" (but "held the fourth dialogue on cybercrime in Beijing")
            // (a verb of holding after the topic comes to the venue: "that discussed X was held in Geneva")
            if (names_topic(from, place.first_token) && !(held_before(e) && place.type == EntityType::place &&
                                                          !names_trouble(from, place.first_token))) {
                if (held_after(place.end_token, limit)) continue;
                break;
            }
            if (crosses_clause(from, place.first_token)) break;
            if (place.type == EntityType::country) {
                // "in the Saudi city of Jeddah", "in the Qatari capital, Doha": the city named after
                const Mention* city = city_named_after(place);
                add(RelationType::held_in, e.entity, city ? city->entity : place.entity);
                break;
            }
            add(RelationType::held_in, e.entity, place.entity);
            // "at Diaoyutai State Guesthouse in Beijing": the venue's city too
            if (place.end_token + 1 < sentence_.end_token && key(place.end_token) == "in") continue;
            break;
        }
    }
}

std::uint32_t SentenceRelations::past_relative_clause(std::uint32_t t) const {
    if (t + 2 >= sentence_.end_token || key(t) != "," || !one_of(key(t + 1), {"which", "that"})) return t;
    for (std::uint32_t u = t + 2; u + 1 < sentence_.end_token && u < t + 24; ++u)
        if (key(u) == ",") return one_of(key(u + 1), {"was", "were", "is", "will"}) ? u + 1 : t;
    return t;
}

const Mention* SentenceRelations::city_named_after(const Mention& country) const {
    std::uint32_t t = country.end_token;
    if (t + 2 >= sentence_.end_token || !one_of(key(t), {"city", "capital", "port", "town", "resort"})) return nullptr;
    ++t;
    if (one_of(key(t), {"of", ","})) ++t;
    for (auto q : mentions_) {
        const Mention& city = mention(q);
        if (city.first_token == t && city.type == EntityType::place && city.entity >= 0) return &city;
    }
    return nullptr;
}

const Mention* SentenceRelations::city_before_event(const Mention& event) const {
    std::uint32_t t = event.first_token;
    const std::uint32_t first = sentence_.first_token;
    for (int skipped = 0; skipped < 2 && t > first && lower_case_word(t - 1) && !one_of(key(t - 1), {"the", "for", "of"}); ++skipped)
        --t;
    if (t > first && key(t - 1) == "the") --t;
    if (t > first && key(t - 1) == "for") {
        t -= 1;
    } else if (t >= first + 4 && key(t - 1) == "of" && one_of(key(t - 2), {"margins", "sidelines", "margin"}) &&
               key(t - 3) == "the" && key(t - 4) == "on") {
        t -= 4;
    } else {
        return nullptr;
    }
    // "gathered in Addis Ababa on Saturday for the 38th African Union summit": when, between the two
    for (std::uint32_t words = 1; words <= 3 && t > first + words + 1; ++words) {
        if (key(t - words - 1) != "on") continue;
        bool date = true;
        for (std::uint32_t u = t - words; u < t; ++u)
            date = date && (doc_.tokens[u].has(token_number) || key(u) == "." ||
                            schema_.in_category(key(u), LexCategory::weekday) || schema_.in_category(key(u), LexCategory::month));
        if (date) { t -= words + 1; break; }
    }
    std::uint32_t city_end = t > first && key(t - 1) == "," ? t - 1 : t;
    // ("met in Arusha, Tanzania, on Friday for an extraordinary summit": past the city's country)
    for (auto q : mentions_) {
        const Mention& country = mention(q);
        if (country.type == EntityType::country && country.end_token == city_end && country.first_token > first + 1 &&
            key(country.first_token - 1) == ",") {
            city_end = country.first_token - 1;
            break;
        }
    }
    for (auto q : mentions_) {
        const Mention& place = mention(q);
        if (place.end_token != city_end || place.type != EntityType::place || place.entity < 0 || place.qualifier) continue;
        const std::uint32_t in = place_preposition(place.first_token);
        if (!doc_.entities[place.entity].country.empty() && in != no_token && key(in) == "in") return &place;
    }
    return nullptr;
}

bool SentenceRelations::names_topic(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t < to; ++t) {
        // "During the meeting, the two discussed the situation in Haiti": what is discussed is a topic
        if (one_of(key(t), {"discussed", "discuss", "discussing", "discusses", "reviewed"}) && !held_after(t + 1, to))
            return true;
        if (one_of(key(t), {"on", "about", "regarding", "concerning"})) {
            const std::uint32_t next = t + 1 < to && key(t + 1) == "the" ? t + 2 : t + 1;
            // "on Friday", "on 12 March", "on the sidelines of" say when and where, not what about
            if (next < to && !doc_.tokens[next].has(token_capitalized) && !doc_.tokens[next].has(token_number) &&
                !one_of(key(next), {"sidelines", "margins", "margin", "occasion", "eve", "morning", "afternoon", "evening"}) &&
                !held_after(next, to))
                return true;
        }
    }
    return false;
}

bool SentenceRelations::held_before(const Mention& event) const {
    for (std::uint32_t t = event.first_token; t > sentence_.first_token && t + 4 > event.first_token; --t)
        if (one_of(key(t - 1), {"held", "hold", "holds", "convened", "hosted", "hosts"})) return true;
    return false;
}

bool SentenceRelations::names_trouble(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t < to; ++t)
        if (one_of(key(t), {"situation", "crisis", "war", "conflict", "violence", "fighting", "humanitarian", "security"}))
            return true;
    return false;
}

bool SentenceRelations::held_after(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t + 1 < to; ++t)
        if ((key(t) == "held" && t > from && one_of(key(t - 1), {"was", "were", "is", "be", "been"})) ||
            (key(t) == "took" && key(t + 1) == "place") || key(t) == "convened")
            return true;
    return false;
}

bool SentenceRelations::crosses_clause(std::uint32_t from, std::uint32_t to) const {
    if (and_verb(from, to)) return true;
    for (std::uint32_t t = from; t < to; ++t) {
        // ("their first meeting since the Council in Ankara": another occasion's place)
        if (one_of(key(t), {";", ".", "since"})) return true;
        for (const auto& hit : triggers_)
            if (hit.first == t && hit.trigger.relation != RelationType::attended) return true;
    }
    return false;
}

}  // namespace kg::extraction
