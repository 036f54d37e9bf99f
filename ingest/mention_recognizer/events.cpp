#include "ingest/mention_recognizer/sentence_reader.hpp"

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_events(std::size_t a, std::size_t b) {
    for (std::size_t h = b; h-- > a;) {
        if (consumed_[h] || !units_[h].is(u_event) || !units_[h].is(u_cap) || names_appeal(h)) continue;
        // "the Summit Hall", "The Gathering Place": before a venue's head the word names the venue
        if (h + 1 < b && units_[h + 1].is(u_venue) && units_[h + 1].is(u_cap)) continue;
        // ("Israeli War Cabinet Member Benny Gantz": before an office's words, its field)
        if (h + 1 < b && units_[h + 1].is(u_title | u_title_mod) && units_[h + 1].is(u_cap) && !units_[h + 1].is(u_event))
            continue;
        // ("Briefing the Council earlier this week, Haysom warned": a participle opening its sentence)
        if (opening_participle(h)) continue;
        // ("the Working Mechanism for Consultation and Coordination": after a body's head and "for", the
        // body's purpose)
        if (h >= a + 2 && doc_.key(units_[h - 1].first) == "for" && units_[h - 2].is(u_org) && units_[h - 2].is(u_cap)) continue;
        // "National Shooting Sports Month": a headline's word in the name of an observance is no event
        if (title_case_ && names_observance(h + 1, b)) continue;
        std::size_t left = h;
        while (left > a && !consumed_[left - 1]) {
            if (left >= a + 4 && short_name_in_brackets(left - 1)) { left -= 3; continue; }
            if (left >= a + 3 && ministers_format(left - 3)) { left -= 3; continue; }  // "U.S.-India 2+2 Ministerial Dialogue"
            // ("Law Enforcement and Cybersecurity Dialogue": a word the dictionary lacks may be one)
            const auto modifier = [&](std::size_t k) {
                return plain_modifier(k) ||
                       (units_[k].is(u_unknown) && units_[k].is(u_cap) && !units_[k].is(u_proper | u_countryish | u_place | u_agency));
            };
            if (left >= a + 2 && left < h && units_[left - 1].is(u_and) && modifier(left - 2) && modifier(left)) {
                --left;  // "Strategic and Economic Dialogue"
                continue;
            }
            // ("the EAC Heads of State Summit", "the Chiefs of Defence Conference": whose meeting it is)
            // (holders of an office in the plural, not "on the Sidelines of BRICS Summit")
            const auto office_holders = [&](std::size_t k) {
                const std::string_view plural = doc_.key(units_[k].end - 1);
                return units_[k].is(u_cap) && units_[k].end == units_[k].first + 1 && ends_with(plural, "s") &&
                       schema_.in_category(plural.substr(0, plural.size() - 1), LexCategory::title);
            };
            if (left >= a + 2 && left < h + 1 && doc_.key(units_[left - 1].first) == "of" && office_holders(left - 2) &&
                !consumed_[left - 2]) {
                left -= 2;
                continue;
            }
            if (!extends_event_left(left - 1) || ends_person_name(left - 1, a)) break;
            --left;
        }
        // ("the third 2+2 Ministerial Meeting": the format before the chunk of capitals, and an ordinal in
        // lower case that numbers the sitting named)
        if (left >= 3 && ministers_format(left - 3) && !consumed_[left - 3] && !consumed_[left - 1] &&
            (left == 3 || !units_[left - 4].is(u_cap | u_possessive)))
            left -= 3;
        // ("White House Office of Gun Violence Prevention Convening of State Offices": words after a body's
        // "of" are the body's field, and the event is the head and what follows it)
        // (an office's or an academy's field: not the "Council of Governors Meeting", a council's meeting)
        if (left < h && left >= 2 && doc_.key(units_[left - 1].first) == "of" && units_[left - 2].is(u_org) &&
            units_[left - 2].is(u_cap) && one_of(doc_.key(units_[left - 2].end - 1), {"office", "academy", "institute"}))
            left = h;
        // "the 44th and 45th ASEAN Summits": two sittings named at once
        if (left >= 3 && units_[left - 1].is(u_ordinal) && units_[left - 2].is(u_and) && units_[left - 3].is(u_ordinal) &&
            !consumed_[left - 3] && !consumed_[left - 1])
            left -= 3;
        else if (left > 0 && units_[left - 1].is(u_ordinal) && !consumed_[left - 1] && !units_[left - 1].is(u_cap) && left < h)
            --left;
        if (names_treaty(left, h)) {
            for (std::size_t k = left; k <= h; ++k) consumed_[k] = true;
            h = left;
            continue;
        }
        std::size_t right = complement_end(h + 1, b, /*allow_places=*/false);
        // "World War II": a Roman numeral numbers the name
        if (right == h + 1 && right < b && roman_numeral(doc_.text(doc_.tokens[units_[right].first]))) ++right;
        // "Lee Holds Summit with Ishiba": a head the headline's capitals alone make a name is "a summit"
        const bool lone_head = title_case_ && left == h && right == h + 1;
        // "Inaugural Meeting of the X Dialogue": the meeting is the dialogue's; keep one name.
        Mention& m = add(left, right, EntityType::event, lone_head ? MentionKind::description : MentionKind::name);
        if (lone_head) m.name = to_lower_ascii(m.name);
        m.event_class = units_[h].event->value;
        for (std::size_t k = left; k < right; ++k) {
            if (units_[k].is(u_ordinal) && !m.ordinal) m.ordinal = units_[k].ordinal;
            consumed_[k] = true;
        }
        for (std::size_t k = left; k < right; ++k) add_qualifier(k);
        h = left;
    }
}

bool SentenceReader::names_treaty(std::size_t left, std::size_t head) const {
    const std::string_view word = doc_.key(units_[head].first);
    if (word == "conventions") return true;  // "the Geneva Conventions"
    if (word != "convention") return false;
    // ("the UN Framework Convention on Climate Change")
    if (head > left && doc_.key(units_[head - 1].first) == "framework") return true;
    std::size_t k = left;
    while (k > 0 && (units_[k - 1].is(u_number) || is_the(k - 1))) --k;  // "the 1948 Genocide Convention"
    if (k == 0) return false;
    const std::string_view before = doc_.key(units_[k - 1].first);
    // ("the Conference of the Parties to the UN Convention ...")
    if (before == "to" && k >= 2 && one_of(doc_.key(units_[k - 2].first), {"parties", "party", "signatories", "signatory"}))
        return true;
    return one_of(before, {"violated", "violates", "violating", "violate", "breach", "breached", "breaching", "ratified",
                           "ratify", "ratifies", "under", "signed", "signatory", "signatories", "party", "implement", "withdraw"});
}

bool SentenceReader::opening_participle(std::size_t h) const {
    const Unit& unit = units_[h];
    // ("Call 1-800-662-HELP (4357) or visit ...": an imperative before a number)
    if (unit.first == sentence_.first_token && unit.end < sentence_.end_token && doc_.tokens[unit.end].has(token_number))
        return true;
    // (a headline's "Meeting with President of the UAE" is a noun)
    if (unit.first != sentence_.first_token || unit.end != unit.first + 1 || !ends_with(doc_.key(unit.first), "ing") ||
        unit.end >= sentence_.end_token || doc_.in_headline(unit.first))
        return false;
    // (a determiner, a preposition or an adverb after it: not "Meeting participants included:")
    const std::string_view next = doc_.key(unit.end);
    const bool adverb = next.size() > 4 && ends_with(next, "ly") && !doc_.tokens[unit.end].capitalised();
    return adverb || one_of(next, {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "with", "in",
                                   "at", "on", "to", "reporters"});
}

bool SentenceReader::names_observance(std::size_t k, std::size_t b) const {
    for (std::size_t end = k; end < b && end < k + 3 && units_[end].is(u_cap) && units_[end].is(u_common); ++end)
        if (one_of(doc_.key(units_[end].first), {"month", "week", "day", "year"})) return true;
    return false;
}

bool SentenceReader::roman_numeral(std::string_view word) {
    return !word.empty() && word.size() <= 5 && word.find_first_not_of("IVX") == std::string_view::npos;
}

bool SentenceReader::short_name_in_brackets(std::size_t k) const {
    return short_name_after(k + 1) && units_[k - 3].is(u_agency);
}

bool SentenceReader::names_appeal(std::size_t k) const {
    if (units_[k].event->value != "call" || k + 1 >= units_.size()) return false;
    const std::string_view next = doc_.key(units_[k + 1].first);
    if (next == "for") return true;
    if (next != "to" || k + 2 >= units_.size()) return false;
    // "a call to action", "endorsed a call to tax the richest": a verb after "to" (not "a call to
    // the president", "a call to him", "a call to Putin")
    const std::uint32_t after = units_[k + 2].first;
    const std::string_view word = doc_.key(after);
    return one_of(word, {"action", "arms"}) ||
           (doc_.tokens[after].has(token_word) && !doc_.tokens[after].capitalised() &&
            !one_of(word, {"the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "him", "them", "us",
                           "me", "this", "that", "these", "those", "each", "all", "both", "every", "one", "two"}));
}

bool SentenceReader::ends_person_name(std::size_t k, std::size_t a) const {
    const Unit& u = units_[k];
    // ("the Lobito Trans-Africa Corridor Summit": a place's compound is no surname)
    if (k <= a || u.is(u_common | u_lexical) || hyphen_joins_country(u)) return false;
    if (u.is(u_proper)) return units_[k - 1].is(u_namey | u_initial | u_title | u_title_mod);
    // "Anne Neuberger Meeting": a surname the dictionary does not know, after a given name it does
    const Unit& given = units_[k - 1];
    return u.is(u_unknown) && given.is(u_proper) && !given.is(u_common | u_countryish | u_place | u_agency | u_org);
}

bool SentenceReader::is_trigger(std::size_t k) const {
    const Unit& u = units_[k];
    return u.end - u.first == 1 && !schema_.triggers().exact(doc_.key(u.first)).empty();
}

bool SentenceReader::extends_event_left(std::size_t k) const {
    const Unit& u = units_[k];
    if (u.is(u_possessive)) {
        // "Leaders' Summit" keeps a plural possessive; "Finer's Meeting" and "Harris' Meeting" stop at the owner.
        return doc_.key(u.first) == "'" && k > 0 && units_[k - 1].is(u_common) && !units_[k - 1].is(u_proper | u_namey);
    }
    if (u.is(u_dash)) return true;
    // ("President Joseph R. Biden Jr. Call with ...": a name's suffix ends the name before the event)
    if (!u.is(u_cap) || u.is(u_connector | u_honorific | u_suffix)) return false;
    // "President Lee Holds Summit with ...": a headline capitalises its verbs too
    if (title_case_ && is_trigger(k)) return false;
    return u.is(u_common | u_unknown | u_proper | u_ordinal | u_countryish | u_place | u_agency | u_event | u_org |
                u_title | u_title_mod);
}

std::size_t SentenceReader::complement_end(std::size_t from, std::size_t b, bool allow_places) const {
    std::size_t end = from;
    std::size_t k = from;
    while (k < b && units_[k].is(u_connector) && !units_[k].is(u_and | u_the)) {
        const std::string_view word = doc_.key(units_[k].first);
        if (word != "of" && word != "on" && word != "for") break;
        std::size_t j = k + 1;
        if (j < b && units_[j].is(u_the)) ++j;
        std::size_t words = j;
        while (words < b && !consumed_[words]) {
            const Unit& u = units_[words];
            if (u.is(u_and) && words + 1 < b && units_[words + 1].is(u_cap)) { ++words; continue; }
            if (u.is(u_comma) && words > j && continues_field_series(words + 1, b)) { ++words; continue; }
            if (!u.is(u_cap) || u.is(u_connector)) break;
            // ("of the South Africa-Nigeria Bi-National Commission": a compound of parties may begin a body's name)
            const bool parties_first = words == j && u.is(u_compound) && words + 1 < b && units_[words + 1].is(u_cap);
            // ("the Alliance of Sahel States": a region before the word for its members belongs to the name)
            const bool region_members = words + 1 < b && units_[words + 1].is(u_cap) &&
                                        one_of(doc_.key(units_[words + 1].first), {"states", "nations", "countries"});
            if ((u.is(u_countryish) && !parties_first) || (u.is(u_place) && !allow_places && !region_members)) break;
            if (u.is(u_title | u_honorific) && !u.is(u_common)) break;
            // "Office of Public Engagement Director Stephen Benjamin": a title and a name end the complement
            // ("NATO for President Erdoğan to send": or, a leader's title with no article, are none; "the
            // Office of the President Andriy Yermak" heads)
            if (u.is(u_title) && starts_name(words + 1, b) &&
                (words > j || (!units_[j - 1].is(u_the) && schema_.is_leader_position(doc_.key(u.first)))))
                break;
            // a name after the complement's first word belongs to someone else ("... Engagement Cedric Richmond")
            // (not a proper noun before "Affairs": "of Foreign and Diaspora Affairs")
            if (words > j && u.is(u_namey) && !u.is(u_common) && !u.is(u_lexical) && !before_affairs(words, b)) break;
            ++words;
        }
        // "Council of Ministers and National Security Advisor X": the "and" joined the next title
        while (words > j && units_[words - 1].is(u_and)) --words;
        if (words == j || (words == j + 1 && units_[j].is(u_compound))) break;  // the parties alone name no body
        end = k = words;
    }
    return end;
}

}  // namespace kg::recognition
