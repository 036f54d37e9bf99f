#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_honours(std::size_t a, std::size_t b) {
    for (std::size_t k = a; k + 2 < b; ++k) {
        if (consumed_[k] || !units_[k].is(u_cap) || !one_of(doc_.key(units_[k].first), {"order", "medal"}) ||
            doc_.key(units_[k + 1].first) != "of")
            continue;
        // "the Order of Merit of the Italian Republic": capitalised words, joined by "of" and "the"
        std::size_t end = k + 2;
        while (end < b && !consumed_[end]) {
            std::size_t next = end;
            if (doc_.key(units_[next].first) == "of" && next > k + 2) ++next;
            if (next < b && units_[next].is(u_the)) ++next;
            if (next >= b || consumed_[next] || !units_[next].is(u_cap)) break;
            end = next + 1;
        }
        for (std::size_t c = k; c < end; ++c) consumed_[c] = true;
        k = end - 1;
    }
}

void SentenceReader::read_venues(std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
        if (consumed_[k] || !units_[k].is(u_venue) || !units_[k].is(u_cap)) continue;
        std::size_t left = k;
        while (left > a && !consumed_[left - 1] && units_[left - 1].is(u_cap) && !units_[left - 1].is(u_connector) &&
               units_[left - 1].is(u_common | u_unknown | u_proper | u_initial | u_place | u_title_mod))
            --left;
        // ("the Senate Palace" in the Kremlin: a body's one-word name right before the head names a building)
        if (left == k && k > a && !consumed_[k - 1] && units_[k - 1].is(u_cap) && units_[k - 1].is(u_agency) &&
            units_[k - 1].end == units_[k - 1].first + 1 && !units_[k - 1].is(u_connector))
            --left;
        std::size_t right = k + 1;
        // "Salt Lake City" (but "San Diego County District Attorney" is an office of the county)
        while (right < b && !consumed_[right] && units_[right].is(u_venue) && units_[right].is(u_cap) &&
               !(right + 1 < b && units_[right + 1].is(u_cap)))
            ++right;
        if (left == k && units_[k].vessel) {
            while (right < b && !consumed_[right] && units_[right].is(u_cap) && !units_[right].is(u_connector)) ++right;
        } else if (left == k && units_[k].leads) {
            right = name_after_head(k + 1, b);
        }
        if (left == k && right == k + 1) continue;
        // "Rebuilds America's Shipbuilding Industrial Base": a headline capitalises ordinary words,
        // which name no place there
        if (title_case_ && std::all_of(units_.begin() + left, units_.begin() + k, [](const Unit& u) {
                return u.is(u_common) && !u.is(u_proper | u_place | u_unknown);
            }))
            continue;
        // "Tuscaloosa City Schools", "the Columbia River Treaty": the name goes on past the head into
        // a body's or a document's, so it names no place
        if (right < b && units_[right].is(u_cap) && (units_[right].is(u_org | u_event) || units_[right].word(w_document)))
            continue;
        Mention& m = add(left, right, EntityType::place, MentionKind::name);
        m.known_id = m.name;
        for (std::size_t c = left; c < right; ++c) consumed_[c] = true;
        k = right - 1;
    }
}

std::size_t SentenceReader::name_after_head(std::size_t u, std::size_t b) const {
    std::size_t k = u;
    if (k + 1 < b && doc_.key(units_[k].first) == "of") ++k;
    if (k + 1 < b && k > u && units_[k].is(u_the)) ++k;
    const std::size_t first = k;
    while (k < b && !consumed_[k] && units_[k].is(u_cap) && !units_[k].is(u_connector | u_venue | u_title | u_honorific) &&
           units_[k].is(u_country | u_place | u_unknown | u_proper))
        ++k;
    return k > first ? k : u;
}

void SentenceReader::read_rest(std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
        if (consumed_[k]) continue;
        const Unit& u = units_[k];
        if (u.is(u_countryish)) {
            add_country(k, false);
        } else if (u.is(u_place)) {
            Mention& m = add(k, k + 1, EntityType::place, MentionKind::name);
            m.known_id = u.place->value;
            m.country = u.place->country;
        } else if (u.is(u_agency)) {
            Mention& m = add(k, k + 1, EntityType::agency, MentionKind::name);
            m.known_id = m.name = u.agency->value;
            m.country = u.agency->country;
        }
        consumed_[k] = true;
    }
}

}  // namespace kg::recognition
