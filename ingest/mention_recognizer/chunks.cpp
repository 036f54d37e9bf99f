#include "ingest/mention_recognizer/sentence_reader.hpp"

#include "ingest/text.hpp"

namespace kg::recognition {

bool SentenceReader::content(std::size_t u) const {
    const Unit& unit = units_[u];
    if (surname_like_short_word(u)) return true;
    if (!unit.is(u_cap) || unit.is(u_date | u_pronoun | u_connector | u_possessive | u_number)) return false;
    if (!unit.is(u_lexical) && unit.word(w_function)) return false;  // the "As" of "As President Biden said"
    if (doc_.tokens[unit.first].has(token_punct)) return false;
    // ("Pippa Crerar Political editor": a byline's desk is no word of the reporter's name)
    if (unit.is(u_common) && !unit.is(u_proper | u_lexical) && u + 1 < units_.size() && !units_[u + 1].is(u_cap) &&
        one_of(doc_.key(units_[u + 1].first), {"editor", "correspondent", "reporter", "writer", "columnist"}))
        return false;
    // A sentence's first word is capitalised anyway: ordinary words there name nothing.
    const bool first = unit.first == sentence_.first_token;
    // ... unless it starts a name: "Xi Jinping", "Conservative Party leader Kemi Badenoch"
    // ("United Methodist Church", "Motor and Equipment Manufacturers Association" opening a list's line:
    // or a body's head a few capitalised words on)
    const bool body_next = [&] {
        for (std::size_t k = u + 1; k < units_.size() && k <= u + 5; ++k) {
            if (units_[k].is(u_org) && units_[k].is(u_cap)) return true;
            if (!units_[k].is(u_cap) && !(units_[k].is(u_and) && k + 1 < units_.size() && units_[k + 1].is(u_cap))) return false;
        }
        return false;
    }();
    if (first && !unit.is(u_lexical) && unit.is(u_common) && !unit.is(u_proper) && !short_surname_at(u) && !body_next)
        return false;
    if (first && unit.is(u_lexical) && !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod |
                                                u_honorific | u_org | u_venue | u_event | u_ordinal))
        return false;
    if (unit.is(u_lexical) && !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod | u_honorific |
                                       u_org | u_venue | u_event | u_ordinal | u_suffix | u_role) &&
        !unit.is(u_namey | u_common))
        return false;
    return true;
}

bool SentenceReader::surname_like_short_word(std::size_t u) const {
    return ((capitalised_pronoun_inside(u) || capitalised_small_word_inside(u)) &&
            (units_[u - 1].is(u_title | u_org | u_agency) || after_lower_case_word(u)) && u + 1 < units_.size() &&
            units_[u + 1].is(u_namey | u_common) && units_[u + 1].is(u_cap) && !units_[u + 1].is(u_lexical) &&
            !units_[u + 1].word(w_function | w_connector)) ||
           pronoun_ending_name(u) || opens_with_named_person(u);
}

bool SentenceReader::opens_with_named_person(std::size_t u) const {
    return units_[u].first == sentence_.first_token && one_of(doc_.key(units_[u].first), {"to", "he"}) &&
           u + 1 < units_.size() && units_[u + 1].is(u_cap) && is_known_surname(doc_.key(units_[u + 1].first));
}

bool SentenceReader::after_lower_case_word(std::size_t u) const {
    const Token& before = doc_.tokens[units_[u - 1].first];
    return !title_case_ && before.has(token_word) && !before.has(token_capitalized) && !before.has(token_all_caps) &&
           one_of(doc_.key(units_[u].first), {"to", "he"});
}

bool SentenceReader::pronoun_ending_name(std::size_t u) const {
    return capitalised_pronoun_inside(u) && !title_case_ && doc_.key(units_[u].first) == "he" &&
           units_[u - 1].is(u_cap) && units_[u - 1].is(u_namey) && !units_[u - 1].is(u_lexical);
}

bool SentenceReader::capitalised_small_word_inside(std::size_t u) const {
    const Unit& unit = units_[u];
    return unit.is(u_cap) && unit.word(w_connector) && doc_.key(unit.first).size() <= 3 &&
           !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod | u_org | u_event | u_date) &&
           !title_case_ && u > 0 && unit.first != sentence_.first_token;
}

bool SentenceReader::capitalised_pronoun_inside(std::size_t u) const {
    const Unit& unit = units_[u];
    return unit.is(u_pronoun) && unit.is(u_cap) && unit.first != sentence_.first_token && u > 0;
}

bool SentenceReader::chunk_has(std::size_t a, std::size_t b, std::uint32_t flags) const {
    for (std::size_t k = a; k < b; ++k)
        if (units_[k].is(flags)) return true;
    return false;
}

std::size_t SentenceReader::content_run_end(std::size_t from) const {
    std::size_t k = from;
    while (k < units_.size() && content(k)) ++k;
    return k;
}

std::size_t SentenceReader::chunk_end(std::size_t a) const {
    if (!content(a)) return a;
    std::size_t b = a + 1;
    // "(UK) Science, Innovation and Technology Secretary X": the series and the title are one chunk
    std::size_t series = a;
    if (units_[series].is(u_countryish) && series + 1 < units_.size()) ++series;
    if (units_[series].is(u_possessive) && series + 1 < units_.size()) ++series;
    const std::size_t last_field = last_field_of_series(series, units_.size());
    if (last_field != SIZE_MAX) b = last_field;
    while (b < units_.size()) {
        if (content(b)) { ++b; continue; }
        const Unit& u = units_[b];
        const bool next_content = b + 1 < units_.size() && content(b + 1);
        if (u.is(u_possessive) && next_content) { b += 1; continue; }
        // "Foreign Minister Senator the Hon Penny Wong": a style after "the" inside the name
        if (u.is(u_the) && next_content && units_[b + 1].is(u_honorific)) { ++b; continue; }
        if (u.is(u_dash) && next_content && units_[b - 1].is(u_country) && units_[b + 1].is(u_country)) { ++b; continue; }
        // "the U.S.-India 2+2 Ministerial Dialogue"
        if (ministers_format(b) && b + 3 < units_.size() && content(b + 3)) { b += 3; continue; }
        // "National Oceanic and Atmospheric Administration": plain words joined by "and" before a body's head
        // ("National Security and Defence Council": fields too, though not after a body's head: "Office of
        // Public Engagement and Domestic Policy Council" are two)
        const bool after_head = std::any_of(units_.begin() + a, units_.begin() + b, [](const Unit& w) { return w.is(u_org) && w.is(u_cap); });
        if (u.is(u_and) && (plain_capital(b - 1) || (!after_head && word_of_body_name(b - 1))) &&
            and_joins_body_name(b + 1, /*fields=*/!after_head)) {
            ++b;
            continue;
        }
        // "Texas A&M University", "Centers for Medicare & Medicaid Services": "&" inside a name
        if (ampersand(b) && plain_capital(b - 1) && next_content && plain_capital(b + 1)) { ++b; continue; }
        if (u.is(u_comma) && b + 1 < units_.size() && units_[b + 1].is(u_suffix)) { b += 2; continue; }
        if (u.is(u_comma) && in_complement(a, b) && continues_field_series(b + 1, units_.size())) { ++b; continue; }
        // ("the 18th meeting of the ... (JLG) Plenary", "the Communist Party of Vietnam (CPV) Central
        // Committee": an event or an organ after a body's short name in brackets)
        if (b + 3 < units_.size() && content(b + 3) && short_name_in_brackets(b + 2) &&
            (units_[b + 3].is(u_event) || chunk_has(b + 3, content_run_end(b + 3), u_org))) {
            b += 4;
            continue;
        }
        if (u.is(u_connector) && !u.is(u_and) && !u.is(u_the)) {
            // of / for / on / to (the)? Capitalised...
            std::size_t next = b + 1;
            if (next < units_.size() && units_[next].is(u_the)) ++next;
            next = after_particles(b, next);  // "von der Leyen", "de la Rosa"
            if (next < units_.size() && content(next)) { b = next; continue; }
            break;
        }
        if (u.is(u_and) && next_content && joins_across_and(a, b)) { ++b; continue; }
        break;
    }
    return b;
}

bool SentenceReader::in_complement(std::size_t a, std::size_t b) const {
    for (std::size_t k = b; k-- > a;) {
        if (!units_[k].is(u_connector)) continue;
        return one_of(doc_.key(units_[k].first), {"of", "for"});
    }
    return false;
}

bool SentenceReader::joins_across_and(std::size_t a, std::size_t b) const {
    // "the Assembly of Heads of State and Government": one pair, in many a summit's name
    if (b > a && doc_.key(units_[b - 1].first) == "state" && doc_.key(units_[b + 1].first) == "government" &&
        units_[b - 1].end - units_[b - 1].first == 1)
        return true;
    const std::size_t next_end = content_run_end(b + 1);
    const bool open_complement = [&] {
        for (std::size_t k = a; k < b; ++k)
            if (units_[k].is(u_connector) && !units_[k].is(u_the)) return true;
        return false;
    }();
    // a portfolio word ("and Technology") is plain too; a title is not. A name may follow the plain
    // words: "Minister for Agriculture, Fisheries and Forestry Murray Watt"
    // ("for Political and Peacebuilding Affairs Rosemary DiCarlo": a word the dictionary lacks before a
    // plain one is a field too)
    auto plain = [&](std::size_t k) {
        return units_[k].is(u_common) && !units_[k].is(u_proper | u_title) &&
               !(units_[k].is(u_lexical) && !units_[k].is(u_title_mod));
    };
    // ("for Foreign and Diaspora Affairs": or a proper noun before "Affairs")
    auto unknown_before_plain = [&](std::size_t k) {
        return (units_[k].is(u_unknown) || (units_[k].is(u_proper) && before_affairs(k, next_end))) && !units_[k].is(u_countryish | u_place | u_agency) &&
               k + 1 < next_end && plain(k + 1);
    };
    std::size_t plain_end = b + 1;
    while (plain_end < next_end && (plain(plain_end) || unknown_before_plain(plain_end))) ++plain_end;
    // ("Minister of Foreign Affairs and Emigration Dr. Badr Abdelatty": or the holder's address)
    const bool plain_words = plain_end == next_end ||
                             (plain_end > b + 1 && ((units_[plain_end].is(u_namey) && !units_[plain_end].is(u_lexical)) ||
                                                    units_[plain_end].is(u_honorific) || units_[plain_end].rank));
    if (open_complement && plain_words && chunk_has(a, b, u_org | u_event | u_title)) return true;
    // "Coordinator for the Middle East and North Africa Brett McGurk": two regions in a title's complement
    const auto region = [&](std::size_t k) { return units_[k].is(u_place) && !units_[k].is(u_countryish); };
    if (open_complement && chunk_has(a, b, u_title) && region(b - 1) && region(b + 1)) return true;
    // "the Australia-China Foreign and Strategic Dialogue": plain words on both sides of an event's head;
    // "the Peace and Security Council": on both sides of a body's
    const bool body_field = units_[next_end - 1].is(u_org | u_agency) && field_and_before_body(b, next_end - 1);
    // ("the Law Enforcement and Cybersecurity Dialogue": a word the dictionary lacks is a field too)
    const auto field_word = [&](std::size_t k) {
        return plain_modifier(k) ||
               (units_[k].is(u_unknown) && units_[k].is(u_cap) && !units_[k].is(u_proper | u_countryish | u_place | u_agency));
    };
    if (next_end > b + 1 && ((units_[next_end - 1].is(u_event) && plain_modifier(b - 1)) || body_field)) {
        bool modifiers = true;
        for (std::size_t k = b + 1; k + 1 < next_end; ++k) modifiers = modifiers && field_word(k);
        if (modifiers) return true;
    }
    // titles joined by "and" before one name: "State Councilor and Minister of Public Security Guo";
    // a bare "President and First Lady Jill Biden" is two people, and so is "the President of the
    // Republic and President Volodymyr Zelensky": an office described, then the same office again
    const bool title_so_far = chunk_has(a, b, u_title) && (b - a >= 2 || units_[a].end - units_[a].first >= 2);
    bool name_so_far = false, same_office = false;
    for (std::size_t k = a; k < b; ++k) {
        if (units_[k].is(u_namey) && !units_[k].is(u_lexical)) name_so_far = true;
        // ("the Vice President and President Marcos": a deputy's office, then the office itself)
        const std::string office = surface(k, k + 1), next_office = surface(b + 1, b + 2);
        if (units_[k].is(u_title) && (office == next_office || ends_with(office, " " + next_office))) same_office = true;
    }
    const bool described = a > 0 && (units_[a - 1].is(u_the) || doc_.key(units_[a - 1].first) == "the");  // ("The" too)
    // ("Vice President Kamala Harris met Prime Minister Al-Sudani ... The Vice President and Prime
    // Minister Sudani reaffirmed": or an office someone named before holds)
    const bool held_before = described && [&] {
        const std::string office = to_lower_ascii(surface(a, b));
        return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
            return m.type == EntityType::person && m.kind == MentionKind::name && m.first_token < units_[a].first &&
                   to_lower_ascii(m.position) == office;
        });
    }();
    return title_so_far && !name_so_far && units_[b + 1].is(u_title | u_title_mod) && !(described && (same_office || held_before));
}

bool SentenceReader::field_and_before_body(std::size_t u, std::size_t head) const {
    if (u < 2 || !units_[u].is(u_and) || units_[head].end - units_[u + 1].first < 2) return false;
    const Unit& field = units_[u - 1];
    const Unit& before = units_[u - 2];
    return field.is(u_common) && !field.is(u_title | u_countryish | u_place | u_agency) &&
           (one_of(doc_.key(before.first), {"the", "their", "its"}) || before.is(u_agency | u_countryish));
}

bool SentenceReader::plain_capital(std::size_t k) const {
    return units_[k].is(u_cap) && plain_modifier(k) && !units_[k].is(u_title_mod | u_org);
}

bool SentenceReader::and_joins_body_name(std::size_t k, bool fields) const {
    for (std::size_t u = k; u < units_.size() && u < k + 4; ++u) {
        if (units_[u].is(u_org) && units_[u].is(u_cap) && u > k) return true;
        if (!(fields ? word_of_body_name(u) : plain_capital(u))) return false;
    }
    return false;
}

bool SentenceReader::word_of_body_name(std::size_t k) const {
    return plain_capital(k) || (units_[k].is(u_cap) && units_[k].is(u_title_mod) && !units_[k].is(u_title | u_org) &&
                                units_[k].end == units_[k].first + 1);
}

bool SentenceReader::plain_modifier(std::size_t k) const {
    const Unit& u = units_[k];
    return u.is(u_common) && !u.is(u_proper | u_title | u_countryish | u_place | u_agency | u_event);
}

}  // namespace kg::recognition
