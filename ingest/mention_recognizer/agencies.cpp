#include "ingest/mention_recognizer/sentence_reader.hpp"

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_agencies(std::size_t a, std::size_t b) {
    for (std::size_t h = b; h-- > a;) {
        if (consumed_[h] || !units_[h].is(u_cap)) continue;
        const bool head = units_[h].is(u_org) && !units_[h].is(u_title_mod | u_title);
        const bool known = units_[h].is(u_agency);
        if (!head && !known) continue;
        // ("received Witkoff at the Senate Palace": a body's one-word name before a venue's head names a building)
        if (known && units_[h].end == units_[h].first + 1 && h + 1 < b && !consumed_[h + 1] &&
            units_[h + 1].is(u_venue) && units_[h + 1].is(u_cap) && !units_[h + 1].is(u_org))
            continue;
        std::size_t left = h;
        // "a Louisiana Republican" is a member of a body of no one country, not a body of Louisiana
        // ("the Illinois Senate" is the state's own)
        const bool international = known && units_[h].agency->country.empty();
        // ("Acting OMB Director": a known body takes no word that ranks a title's holder)
        while (left > a && !consumed_[left - 1] && extends_org_left(left - 1) &&
               !(international && units_[left - 1].is(u_place)) && !(known && ranks_holder(left - 1)))
            --left;
        if (left >= a + 2 && !consumed_[left - 2] && field_and_before_body(left - 1, h)) left -= 2;
        // "National Oceanic and Atmospheric Administration": plain words joined by "and" in one name
        // ("National Security and Defence Council": or fields)
        while (!known && left >= a + 2 && left < h && units_[left - 1].is(u_and) && word_of_body_name(left) &&
               word_of_body_name(left - 2) && !consumed_[left - 2]) {
            left -= 2;
            while (left > a && !consumed_[left - 1] && extends_org_left(left - 1)) --left;
        }
        // ("Incoming House Democratic Leader", "Former Louisiana State University ...": how long a person
        // holds an office is no word of the body's name)
        while (left < h && one_of(doc_.key(units_[left].first), {"incoming", "outgoing", "former", "then"})) ++left;
        // "Senior Administration Officials": a word that ranks people before the head names no body
        if (!known && left + 1 == h && ranks_holder(left)) continue;
        // ("the American Academy of Physician Associates": a firm's head after "of" and a body's head is
        // the end of the body's name, not a firm the body belongs to)
        if (!known && units_[h].company && left >= a + 2 && doc_.key(units_[left - 1].first) == "of" &&
            units_[left - 2].is(u_org) && !consumed_[left - 2])
            continue;
        // ("Seth Center, the State Department's deputy envoy,": a given name before "Center" whose
        // appositive ends on an office is a person)
        if (!known && left + 1 == h && right_named_person(left, h)) continue;
        std::size_t right = complement_end(h + 1, b, /*allow_places=*/false);
        // a bare "Ministry" names nothing; "U.S.-ASEAN Center" does, though "U.S.-Japan Alliance" is
        // a bond between the parties rather than a body they set up
        const bool joint_body = h > a && names_parties(h - 1) && !one_of(doc_.key(units_[h].first), {"alliance", "coalition"});
        if (!known && left == h && right == h + 1 && !joint_body) continue;
        if (known && left == h && right == h + 1 && portfolio_of_office(h)) continue;
        // A demonym right before the head describes it ("Chinese Embassy"); one further left is
        // part of the name ("Chinese Academy of Social Sciences").
        std::string country;
        // "the Israeli Government" keeps its demonym: "Government" alone names nothing; "the Qatari
        // Emiri Diwan" is Qatar's known Amiri Diwan, but the "American Red Cross" no international one
        const bool bare_head = right == h + 1;
        const bool own_body = known && units_[left].is(u_demonym) && units_[h].agency->country == units_[left].country->value;
        if (units_[left].is(u_demonym) && left + 1 == h && (!bare_head || own_body)) {
            country = units_[left].country->value;
            add_country(left, true);
            ++left;
        } else if (units_[left].is(u_demonym)) {
            country = units_[left].country->value;
        }
        // "the Seventy-eighth World Health Assembly", "the 20th Party Congress": a numbered sitting
        // of a body is a meeting
        const bool numbered = units_[left].is(u_ordinal) || (left > 0 && units_[left - 1].is(u_ordinal));
        if (numbered && one_of(doc_.key(units_[h].end - 1), {"assembly", "congress", "plenum"})) {
            Mention& sitting = add(left, right, EntityType::event, MentionKind::name);
            sitting.event_class = "conference";
            sitting.ordinal = units_[left].is(u_ordinal) ? units_[left].ordinal : 0;
            for (std::size_t k = left; k < right; ++k) consumed_[k] = true;
            h = left;
            continue;
        }
        Mention& m = add(left, right, EntityType::agency, MentionKind::name);
        if (known && left == h && right == h + 1) {
            m.known_id = units_[h].agency->value;
            m.country = units_[h].agency->country;
            m.name = units_[h].agency->value;
        }
        if (!country.empty()) m.country = country;
        // "AU Commission", "U.N. General Assembly": a known body's short name begins the name of
        // one of its organs, which is then named in full, as the long form is (a company is no
        // organ: "CDC Small Business Finance Corporation")
        const bool company = units_[h].company;
        if (left < h && units_[left].agency && is_short_form(left) && !company) {
            // "the NATO Alliance" is NATO itself
            const std::string& body = units_[left].agency->value;
            const bool itself = right == left + 2 && one_of(doc_.key(units_[left + 1].first),
                                                            {"alliance", "bloc", "organization", "organisation"});
            m.name = itself ? body : body + " " + surface(left + 1, right);
            if (itself) m.known_id = m.name;
        }
        // "the Communist Party of Vietnam Central Committee": a known body's organ is its country's
        if (m.country.empty() && left < h && units_[left].agency && !company) m.country = units_[left].agency->country;
        // ("the Communist Party of Vietnam (CPV) Central Committee": so with the body's short name in brackets between)
        if (!known && !company && left >= 4 && short_name_in_brackets(left - 1) && units_[left - 4].agency) {
            m.name = units_[left - 4].agency->value + " " + surface(left, right);
            if (m.country.empty()) m.country = units_[left - 4].agency->country;
        }
        const std::size_t mention_index = doc_.mentions.size() - 1;
        for (std::size_t k = left; k < right; ++k) consumed_[k] = true;
        // "China's Ministry ...", "U.S. National Security Council", "... Secretariat of Japan"
        std::size_t q = left;
        if (q > a && units_[q - 1].is(u_possessive)) --q;
        if (q == left && q > a && !known && names_parties(q - 1) && !consumed_[q - 1]) {
            // "U.S.-EU Task Force": the parties name a joint body, which belongs to neither
            take_qualifier_into_name(mention_index, q - 1, right);
        } else if (q == left && q > a && !known && country_name_begins_body(q - 1, h) && !consumed_[q - 1]) {
            // "the Japan International Cooperation Agency": the country's name is the body's first
            // word, and the body is the country's, unless it gathers others ("the Ukraine Defense
            // Contact Group") or the name is also a place's ("the Georgia Ports Authority")
            const std::string code = units_[q - 1].is(u_place) ? std::string() : qualifier_code(q - 1);
            take_qualifier_into_name(mention_index, q - 1, right);
            if (!gathers_others(left, right) && doc_.mentions[mention_index].country.empty())
                doc_.mentions[mention_index].country = code;
        } else if (q > a && units_[q - 1].is(u_countryish) && !consumed_[q - 1] && !international) {
            // ("South Africa's G20 presidency": a body of many countries belongs to none of them)
            doc_.mentions[mention_index].country = qualifier_code(q - 1);
            add_country(q - 1, true);
            for (std::size_t k = q - 1; k < left; ++k) consumed_[k] = true;
        }
        // "the China Coast Guard", "China's Coast Guard": another country's body named like a known
        // one ("Coast Guard" alone is the U.S. one) is that country's ("the Philippine Coast Guard"
        // keeps its demonym)
        Mention& body = doc_.mentions[mention_index];
        if (known && !body.known_id.empty() && !body.country.empty() && body.country != units_[h].agency->country &&
            !units_[h].agency->country.empty()) {
            body.known_id.clear();
            body.name = std::string(schema_.country_name(body.country)) + " " + surface(h, right);
        }
        if (right + 1 < b && doc_.key(units_[right].first) == "of") {
            std::size_t c = right + 1;
            if (c < b && units_[c].is(u_the)) ++c;
            if (c < b && units_[c].is(u_country) && !consumed_[c]) {
                doc_.mentions[mention_index].country = units_[c].country->value;
                add_country(c, true);
                for (std::size_t k = right; k <= c; ++k) consumed_[k] = true;
            } else if (!known && c < b && consumed_[c]) {
                take_owner_into_name(mention_index, left, c);
            }
        }
        h = left;
    }
}

bool SentenceReader::right_named_person(std::size_t given, std::size_t head) const {
    if (!units_[given].is(u_proper) || units_[given].is(u_common | u_countryish | u_place) ||
        !one_of(doc_.key(units_[head].first), {"center", "centre"}))
        return false;
    if (given > 0 && units_[given - 1].is(u_the)) return false;
    std::uint32_t t = units_[head].end;
    if (t + 2 >= sentence_.end_token || doc_.key(t) != "," || !one_of(doc_.key(t + 1), {"the", "a", "an"})) return false;
    // an office in lower case in the appositive's head ("the State Department's acting special envoy for
    // critical and emerging technology"), before any clause of its own ("the group founded by President X")
    for (std::uint32_t u = t + 2; u < sentence_.end_token && u < t + 12; ++u) {
        if (one_of(doc_.key(u), {",", ".", ";", "which", "that", "who", "by", "founded", "based"})) return false;
        if (!doc_.tokens[u].capitalised() && has_lower_title(u)) return true;
    }
    return false;
}

bool SentenceReader::portfolio_of_office(std::size_t u) const {
    if (!names_portfolio(units_[u]) || u < 2 || !one_of(doc_.key(units_[u - 1].first), {"of", "for"})) return false;
    const std::string_view office = doc_.key(units_[u - 2].end - 1);
    return units_[u - 2].is(u_title) || one_of(office, {"ministry", "department", "minister", "secretary"});
}

Mention* SentenceReader::body_read_at(std::size_t u) {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        Mention& body = doc_.mentions[m];
        if (body.type == EntityType::agency && body.kind == MentionKind::name && !body.qualifier &&
            body.first_token == units_[u].first)
            return &body;
    }
    return nullptr;
}

std::size_t SentenceReader::unit_past(const Mention& m, std::size_t u) const {
    while (u < units_.size() && units_[u].first < m.end_token) ++u;
    return u;
}

void SentenceReader::take_owner_into_name(std::size_t mention_index, std::size_t first, std::size_t c) {
    Mention* owner = body_read_at(c);
    if (!owner) return;
    owner->qualifier = true;
    Mention& organ = doc_.mentions[mention_index];
    organ.end_token = owner->end_token;
    organ.end = owner->end;
    organ.name = surface(first, unit_past(*owner, c));
    if (organ.country.empty()) organ.country = owner->country;
}

void SentenceReader::take_qualifier_into_name(std::size_t mention_index, std::size_t u, std::size_t right) {
    Mention& body = doc_.mentions[mention_index];
    body.first_token = units_[u].first;
    body.begin = byte_begin(u);
    body.name = surface(u, right);
    body.known_id.clear();
    add_country(u, true);
    consumed_[u] = true;
}

bool SentenceReader::country_name_begins_body(std::size_t u, std::size_t head) const {
    const Unit& c = units_[u];
    if (!c.is(u_country) || c.is(u_demonym | u_compound | u_possessive) || c.end - c.first != 1 ||
        all_caps_or_dotted(c.first) || u + 1 > head)
        return false;
    if (u + 1 == head && !one_of(doc_.key(units_[head].end - 1), {"institute", "institution", "foundation", "university",
                                                                   "college", "academy", "society", "association",
                                                                   "federation", "chamber", "center", "centre"}))
        return false;
    return c.first == sentence_.first_token || (u > 0 && is_the(u - 1));  // ("The" opening a sentence too)
}

bool SentenceReader::gathers_others(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k)
        if (one_of(doc_.key(units_[k].end - 1), {"group", "coalition", "fund", "forum", "initiative", "partnership",
                                                 "alliance", "compact", "caucus", "network", "platform", "council"}))
            return true;
    return false;
}

std::string SentenceReader::qualifier_code(std::size_t u) const {
    const Unit& unit = units_[u];
    if (unit.is(u_compound)) return {};  // "US-China" qualifies nothing alone
    return unit.country ? unit.country->value : std::string();
}

bool SentenceReader::ranks_holder(std::size_t k) const {
    return units_[k].is(u_title | u_title_mod) &&
           one_of(doc_.key(units_[k].first), {"deputy", "vice", "senior", "acting", "former", "assistant", "associate",
                                              "principal", "managing", "chief"});
}

bool SentenceReader::extends_org_left(std::size_t k) const {
    const Unit& u = units_[k];
    if (u.is(u_possessive)) return owned_by_many(k);
    if (ampersand(k)) return k > 0 && plain_capital(k - 1) && plain_capital(k + 1);
    if (!u.is(u_cap) || u.is(u_connector | u_possessive | u_dash | u_compound)) return false;
    if (u.is(u_country) && !u.is(u_demonym)) return false;  // a qualifier, not part of the name
    if (u.is(u_title | u_honorific) && !u.is(u_common)) return false;
    // ("Erdogan Receives Hamas Delegation": a headline capitalises its verbs too)
    if (title_case_ && is_trigger(k)) return false;
    return u.is(u_common | u_unknown | u_proper | u_demonym | u_agency | u_org | u_place);
}

bool SentenceReader::owned_by_many(std::size_t possessive) const {
    if (possessive == 0) return false;
    const Unit& owner = units_[possessive - 1];
    if (!owner.is(u_cap) || owner.end - owner.first != 1 || owner.is(u_country | u_place)) return false;
    const std::string_view word = doc_.key(owner.first);
    if (doc_.key(units_[possessive].first) == "'") return word.size() > 3 && word.back() == 's';
    return one_of(word, {"people", "women", "children", "men"});
}

}  // namespace kg::recognition
