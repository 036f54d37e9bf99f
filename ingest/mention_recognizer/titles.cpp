#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_lower_case_title(std::size_t name_unit, std::size_t person, bool complement_required) {
    const std::size_t title_end = appositive_title_end(name_unit);
    const bool set_off = title_end != name_unit;
    bool complement = set_off && title_end + 1 < name_unit;  // "of Senegal", "of the African Union Commission"
    auto title_word = [&](const Unit& u) { return is_title_word(u, /*capitals=*/set_off); };
    std::size_t k = title_end;
    // "Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi", "U.S. special envoy for
    // Sudan Tom Perriello": the title's complement
    std::size_t c = title_end;
    // ("Minister of Economy, Trade and Industry, Yoji Muto": a series of fields is one complement)
    auto field_link = [&](std::size_t u) { return u > 0 && units_[u].is(u_and | u_comma) && units_[u - 1].is(u_cap); };
    while (c > 0 && title_end - c < 8 &&
           ((units_[c - 1].is(u_cap) && !units_[c - 1].is(u_title | u_comma)) || (c < title_end && field_link(c - 1))))
        --c;
    // ("U.S. ambassador to China Nicholas Burns": or the country an envoy is sent to)
    if (c < title_end && c >= 2 && one_of(doc_.key(units_[c - 1].first), {"for", "of", "to"}) && title_word(units_[c - 2])) {
        k = c - 1;
        complement = true;
    }
    // "chief economist", "chief negotiator": a role after a word of a title is a position
    if (k >= 2 && !units_[k - 1].is(u_cap) && units_[k - 1].end - units_[k - 1].first == 1 &&
        has_category(units_[k - 1].first, LexCategory::role) && title_word(units_[k - 2]))
        --k;
    // ("BEIJING: External affairs minister S Jaishankar on Monday met ...": a sentence's capital, or a
    // dateline's, is no title's)
    auto opens_sentence = [&](std::uint32_t t) {
        return t == sentence_.first_token || one_of(doc_.key(t - 1), {":", "—", "–", "--"});
    };
    auto title_word_at = [&](std::size_t u) {
        return title_word(units_[u]) || (units_[u].is(u_cap) && units_[u].end - units_[u].first == 1 &&
                                         opens_sentence(units_[u].first) && has_lower_title(units_[u].first) &&
                                         !given_name_not_title(units_[u]));
    };
    // ("external affairs minister S Jaishankar": "affairs" after a field's word belongs to the field)
    auto affairs = [&](std::size_t u) {
        return u >= 1 && !units_[u].is(u_cap) && doc_.key(units_[u].first) == "affairs" && title_word_at(u - 1);
    };
    while (k > 0 && (title_word_at(k - 1) || affairs(k - 1))) --k;
    // "Pakistan's army chief", "the Israeli spy chief": a noun in lower case between the country and
    // the title says which service
    if (k >= 2 && k < title_end && describes_service(k - 1) &&
        (units_[k - 2].is(u_possessive) || (units_[k - 2].is(u_countryish) && units_[k - 2].is(u_cap))))
        --k;
    if (k == title_end || !has_category_in(k, title_end, LexCategory::title)) return;
    auto country_before = [&](std::size_t u) {
        return u >= 2 && ((units_[u - 1].is(u_possessive) && units_[u - 2].is(u_countryish)) ||
                          (units_[u - 1].is(u_countryish) && units_[u - 1].is(u_cap) && !units_[u - 1].is(u_compound)));
    };
    // "India's External Affairs Minister, X": the portfolio's words in capitals, after the country
    if (set_off) {
        std::size_t f = k;
        while (f > 0 && k - f < 3 && units_[f - 1].is(u_cap) && units_[f - 1].is(u_common | u_title_mod) &&
               !units_[f - 1].is(u_title | u_countryish | u_place | u_agency | u_the | u_connector | u_comma))
            --f;
        if (f < k && country_before(f)) k = f;
    }
    // ("India's External Affairs Minister, Dr S. Jaishankar": a country it serves will do for a complement,
    // and so will a body's name right before the name's title: "Liberal Democrat leader Sir Ed Davey", not
    // "with CARICOM Foreign Ministers, Mr. Sullivan")
    const bool body_before = !set_off && k >= 1 && units_[k - 1].is(u_agency) && units_[k - 1].is(u_cap);
    if (complement_required && !complement && !country_before(k) && !body_before) return;
    // "Isabel Guzman, Administrator of the SBA, Xavier Becerra, ...": a title right after a comma
    // is the name's before it
    if (set_off && k > 0 && units_[k - 1].is(u_comma)) return;
    // ("Tom Perez, Assistant to the President, Senior Advisor to the President, and Director of the Office
    // of Intergovernmental Affairs, Stefanie Feldman": after ", and" that ends a list of offices, too)
    if (set_off && k > 2 && units_[k - 1].is(u_and) && units_[k - 2].is(u_comma)) {
        std::size_t s = k - 2;
        while (s > 0 && !units_[s - 1].is(u_comma)) --s;
        const std::uint32_t from = units_[s].first, to = units_[k - 2].first;
        const bool named = std::any_of(doc_.mentions.begin() + first_mention_, doc_.mentions.end(), [&](const Mention& m) {
            return m.type == EntityType::person && m.kind == MentionKind::name && m.first_token >= from && m.first_token < to;
        });
        if (s + 1 < k - 2 && s > 0 && has_category_in(s, k - 2, LexCategory::title) && !named) return;
    }
    std::size_t position_end = title_end == name_unit ? name_unit : name_unit - 1;  // without the comma
    if (position_end > title_end && short_name_after(position_end)) position_end -= 3;  // and "(OIC)"
    // "his Chinese counterpart Wang Yi": whose peer the person is, not which office; the country stays
    const bool peer = position_end == k + 1 && names_a_peer(doc_.key(units_[k].first));
    // ("The foreign ministers of Australia, India and Japan, Penny Wong, ...": an office of several
    // countries at once is each one's office without them)
    std::size_t countries = 0, of = position_end;
    for (std::size_t u = k; u < position_end; ++u) {
        if (units_[u].is(u_countryish) && units_[u].is(u_cap)) ++countries;
        if (of == position_end && doc_.key(units_[u].first) == "of") of = u;
    }
    if (countries >= 2 && of > k && of < position_end) position_end = of;
    if (!peer)
        doc_.mentions[person].position =
            std::string(doc_.text(doc_.tokens[units_[k].first].begin, doc_.tokens[units_[position_end - 1].end - 1].end));
    std::size_t q = k;
    if (q > 0 && units_[q - 1].is(u_possessive)) --q;
    // "U.S. Middle East envoy Steve Witkoff", "Russia's Syria envoy": the place is the field
    auto serves = [&](std::size_t after) {  // a country just before unit `after`
        return after > 0 && units_[after - 1].is(u_countryish) && !units_[after - 1].is(u_compound) &&
               units_[after - 1].is(u_cap);
    };
    std::size_t field = SIZE_MAX;
    if (q > 1 && (is_field(q - 1) || posted_to_body(q - 1))) {  // or the body it is posted to: "China's U.N. envoy"
        std::size_t before = q - 1;
        // "Russia's deputy UN ambassador": the rank of the office may stand before the body
        while (before > 1 && !units_[before - 1].is(u_cap) &&
               schema_.in_category(doc_.key(units_[before - 1].first), LexCategory::title_mod))
            --before;
        if (units_[before - 1].is(u_possessive)) --before;
        if (serves(before)) field = q - 1, q = before;
    }
    if (serves(q)) {
        doc_.mentions[person].country = qualifier_code(q - 1);
        qualify(q - 1);
        if (field != SIZE_MAX) qualify(field);
    } else if (q > 0 && doc_.key(units_[q - 1].first) == "its") {
        // "Qatar was represented by its prime minister, X": the country named last before "its"
        // (which stays a party of the sentence, not a word of the title)
        const std::size_t owner = last_country_or_body_before(q - 1);
        if (owner != SIZE_MAX && units_[owner].is(u_country)) doc_.mentions[person].country = qualifier_code(owner);
    } else if (set_off && doc_.key(units_[title_end].first) == "of") {
        // "the President of Finland, X" serves Finland ("the ambassador to the U.S., X" does not)
        std::size_t c = title_end + 1;
        if (units_[c].is(u_the)) ++c;
        if (units_[c].is(u_country)) {
            doc_.mentions[person].country = qualifier_code(c);
            qualify(c);
        }
    } else if (set_off && complement && doc_.key(units_[title_end].first) == "to" && title_end > k + 2 &&
               units_[title_end - 1].is(u_country) && !units_[title_end - 1].is(u_compound)) {
        // "the Permanent Representative of India to the United Nations, X" serves India
        const std::size_t c = title_end - 1;
        const std::size_t of = units_[c - 1].is(u_the) ? c - 2 : c - 1;
        if (doc_.key(units_[of].first) == "of") {
            doc_.mentions[person].country = qualifier_code(c);
            qualify(c);
        }
    }
}

std::size_t SentenceReader::last_field_of_series(std::size_t j, std::size_t b) const {
    auto field_word = [&](std::size_t k) {
        const Unit& u = units_[k];
        return k < b && u.is(u_cap) && u.is(u_common | u_title_mod) &&
               !u.is(u_title | u_countryish | u_place | u_agency | u_the | u_and | u_comma | u_connector);
    };
    std::size_t k = j, last = SIZE_MAX;
    while (field_word(k)) {
        std::size_t end = k;
        while (end < k + 3 && field_word(end)) ++end;
        if (end < b && units_[end].is(u_title) && !units_[end].rank) return last == SIZE_MAX ? SIZE_MAX : k;
        if (end + 1 >= b || end > k + 1 || !units_[end].is(u_and | u_comma)) return SIZE_MAX;
        if (units_[end].is(u_and)) last = end + 1;
        k = end + 1;
    }
    return SIZE_MAX;
}

std::size_t SentenceReader::last_country_or_body_before(std::size_t k) const {
    while (k > 0) {
        --k;
        if (units_[k].is(u_cap) && units_[k].is(u_country | u_agency | u_org)) return k;
    }
    return SIZE_MAX;
}

bool SentenceReader::describes_service(std::size_t k) const {
    const Unit& u = units_[k];
    return u.end - u.first == 1 && !u.is(u_cap) && u.is(u_common | u_org) && !u.is(u_connector) &&
           !u.word(w_function | w_determiner | w_phrase_ender) && !is_trigger(k) &&
           doc_.tokens[u.first].has(token_word) && !ends_with(doc_.key(u.first), "ed");
}

bool SentenceReader::is_title_word(const Unit& u, bool capitals) const {
    // ("Jenny Black, President and CEO,": a title's initials are no name)
    // ("The Taoiseach, Simon Harris,": a title no dictionary knows is a title still, unless it may
    // stand inside a name: "Tunku")
    if (u.is(u_cap))
        return capitals && u.is(u_title | u_title_mod) &&
               (!u.is(u_initial) || doc_.tokens[u.first].has(token_all_caps)) &&
               !(u.is(u_unknown) && schema_.title_marked(doc_.key(u.first), "inner"));
    return u.end - u.first == 1 && has_lower_title(u.first);
}

std::size_t SentenceReader::read_party_tag(std::size_t comma) {
    if (comma + 2 >= units_.size() || !units_[comma].is(u_comma)) return comma;
    const Token& tag = doc_.tokens[units_[comma + 1].first];
    const std::string_view text = doc_.text(tag);
    if (text.size() < 3 || (text[0] != 'R' && text[0] != 'D') || text[1] != '-' || !std::isupper(static_cast<unsigned char>(text[2])))
        return comma;
    std::size_t end = comma + 2;
    while (end < units_.size() && end < comma + 6 && !units_[end].is(u_comma)) ++end;
    if (end == units_.size() || end == comma + 6) return comma;
    Mention& party = add(comma + 1, comma + 2, EntityType::agency, MentionKind::name);
    party.name = party.known_id = text[0] == 'R' ? "Republican Party" : "Democratic Party";
    party.party_tag = true;
    std::fill(consumed_.begin() + static_cast<std::ptrdiff_t>(comma + 1), consumed_.begin() + static_cast<std::ptrdiff_t>(end), true);
    return end;
}

std::size_t SentenceReader::body_by_head_end(std::size_t k) const {
    for (std::size_t u = k; u < units_.size() && u < k + 5; ++u) {
        const Unit& unit = units_[u];
        if (!unit.is(u_cap) || consumed_[u] || unit.is(u_title | u_title_mod | u_countryish | u_place | u_honorific)) break;
        if (unit.is(u_org) && u > k) return u + 1;
    }
    return k;
}

void SentenceReader::read_trailing_title(std::size_t name_end, std::size_t person) {
    // "The Hon Penny Wong MP, Minister for Foreign Affairs": letters after the name come first
    while (name_end < units_.size() && units_[name_end].post_nominal) ++name_end;
    name_end = read_party_tag(name_end);
    // ("Sheikh Abdullah bin Zayed, Minister of Foreign Affairs": a rank before the name is no office)
    const std::string& held = doc_.mentions[person].position;
    if ((!held.empty() && !schema_.title_marked(to_lower_ascii(held), "rank")) || name_end + 2 > units_.size()) return;
    // "The Senate confirmed Marco Rubio as secretary of state": the office taken
    bool as = doc_.key(units_[name_end].first) == "as";
    // "Yvette Cooper became interior minister", "John Healey was appointed defence secretary": the office
    // taken, said by a verb
    const auto word_at = [&](std::size_t u) { return u < units_.size() ? doc_.key(units_[u].first) : std::string_view(); };
    std::size_t taken = SIZE_MAX;
    if (!as && one_of(word_at(name_end), {"became", "becomes"})) taken = name_end + 1;
    if (!as && one_of(word_at(name_end), {"was", "is"}) && one_of(word_at(name_end + 1), {"made", "appointed", "named", "elected"}))
        taken = name_end + 2 + (word_at(name_end + 2) == "as" ? 1 : 0);
    if (taken != SIZE_MAX && taken + 1 < units_.size()) as = true;
    if (!as && (name_end + 2 == units_.size() || !units_[name_end].is(u_comma))) return;
    std::size_t k = taken != SIZE_MAX && as ? taken : name_end + 1;
    // "Xi, who is also general secretary of the CPC Central Committee,": a relative clause that only
    // says what else the holder is
    bool also = false;
    if (const Document::SecondOffice second = doc_.second_office_at(units_[k].first, units_.back().end); !as && second.relative) {
        while (units_[k].first < second.office) ++k;
        also = second.also;  // "Hun Sen, who is now president of ..."
        // ("Rubio, who was confirmed as secretary of state last month,": the office taken)
        if (!also && k + 2 < units_.size() && one_of(doc_.key(units_[k].first), {"confirmed", "appointed", "named", "elected"}) &&
            doc_.key(units_[k + 1].first) == "as") {
            k += 2;
            as = true;
        }
    }
    if (units_[k].is(u_the)) ++k;
    // ("Liu Pengyu, a spokesperson for the Chinese Embassy,": one of the office's holders, named by its field)
    else if (!as && k + 2 < units_.size() && one_of(doc_.key(units_[k].first), {"a", "an"}) && !units_[k + 1].is(u_cap) &&
             is_title_word(units_[k + 1], false) && doc_.key(units_[k + 1].first) != "member" &&
             one_of(doc_.key(units_[k + 2].first), {"for", "of", "to"}))
        ++k;
    std::size_t country = SIZE_MAX, owner = SIZE_MAX;
    if (k < units_.size() && units_[k].is(u_countryish) && !units_[k].is(u_compound) && units_[k].is(u_cap)) {
        country = k++;
        if (k < units_.size() && units_[k].is(u_possessive)) ++k;
    } else if (k + 1 < units_.size() && units_[k].is(u_agency) && units_[k].is(u_cap) && units_[k + 1].is(u_possessive)) {
        k += 2;  // "Mark Rutte, NATO's secretary general,": the body is read as a member's
    } else if (k + 1 < units_.size() && k > name_end + 1 && units_[k - 1].is(u_the) && !units_[k].is(u_cap) &&
               units_[k].end == units_[k].first + 1 && has_category(units_[k].first, LexCategory::org_head) &&
               units_[k + 1].is(u_possessive)) {
        // "Mark Rutte, the alliance's secretary general,": the body the article named before
        add(k - 1, k + 1, EntityType::agency, MentionKind::description);
        k += 2;
    } else if (k + 1 < units_.size() && units_[k].is(u_agency) && units_[k].is(u_cap) && is_title_word(units_[k + 1], true)) {
        ++k;  // "Valdecy Urquiza, INTERPOL Secretary General,"
    } else if (const std::size_t body_end = body_by_head_end(k);
               body_end != k && body_end < units_.size() && !units_[body_end].is(u_cap) && is_title_word(units_[body_end], true)) {
        k = body_end;  // "Michelle O'Neill, Progressive Party vice president,": a body its head word names
    } else if (k + 2 < units_.size() && !consumed_[k] && units_[k].is(u_cap) && units_[k + 1].is(u_possessive) &&
               !units_[k].is(u_countryish | u_place | u_agency | u_title | u_title_mod | u_the)) {
        owner = k;  // "Tim Cook, Apple's chief executive,": a company, if the office is a company's
        k += 2;
    }
    // "India's new high commissioner": how long the holder has held it is no word of the office
    if (k + 1 < units_.size() && !units_[k].is(u_cap) && one_of(doc_.key(units_[k].first), {"new", "incoming", "outgoing", "current"}))
        ++k;
    const std::size_t first = k;
    // ("Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR": two offices joined by "and")
    const auto title_at = [&](std::size_t u) {
        return u < units_.size() && !consumed_[u] && (is_title_word(units_[u], /*capitals=*/true) || (as && units_[u].is(u_title)));
    };
    while (title_at(k) || (k > first && k + 1 < units_.size() && units_[k].is(u_and) && title_at(k + 1)))
        ++k;
    if (k == first || !has_category_in(first, k, LexCategory::title)) return;
    std::size_t title_end = k;
    bool serves_leader = false;
    // "President of Finland": the country right after "of"
    const auto country_after_of = [&](std::size_t of) {
        std::size_t c = of + 1;
        if (units_[c].is(u_the) && c + 1 < units_.size()) ++c;
        return units_[c].is(u_country) && !units_[c].is(u_compound) ? c : SIZE_MAX;
    };
    if (country == SIZE_MAX && k + 1 < units_.size() && doc_.key(units_[k].first) == "of" && country_after_of(k) != SIZE_MAX) {
        country = country_after_of(k);
        k = country + 1;
        // ("Sibi George, Ambassador of India to Japan,": and where the envoy is posted, part of the office)
        if (k + 1 < units_.size() && doc_.key(units_[k].first) == "to") {
            const std::size_t posted = units_[k + 1].is(u_the) && k + 2 < units_.size() ? k + 2 : k + 1;
            if (units_[posted].is(u_country | u_place | u_agency) && units_[posted].is(u_cap)) title_end = k = posted + 1;
        }
    } else if (k + 1 < units_.size() && doc_.key(units_[k].first) == "to") {
        // "the U.S. ambassador to the United Nations": where the holder is sent belongs to the
        // position, and is not the holder's country
        std::size_t c = k + 1;
        if (units_[c].is(u_the) && c + 1 < units_.size()) ++c;
        // (the words after the comma are read later: a body known by name, or a country)
        if (units_[c].is(u_agency | u_country) && !units_[c].is(u_compound)) title_end = k = c + 1;
        // "Tom Perez, Assistant to the President,": or the office served
        else if (units_[c - 1].is(u_the) && c + 1 < units_.size() && units_[c].is(u_title) && units_[c].is(u_cap) &&
                 !units_[c].rank && units_[c + 1].is(u_comma))
            title_end = k = c + 1;
        // "Jen Daskal, deputy homeland security adviser to US President Joe Biden": an adviser to a
        // country's leader serves that country; the leader is read after
        if (country == SIZE_MAX && units_[c].is(u_countryish) && !units_[c].is(u_compound) && c + 1 < units_.size() &&
            units_[c + 1].is(u_title) && schema_.is_leader_position(surface(c + 1, c + 2))) {
            country = c;
            title_end = c - (units_[c - 1].is(u_the) ? 2 : 1);
            serves_leader = true;
        }
    } else if (k + 1 < units_.size() && (doc_.key(units_[k].first) == "for" || (!as && doc_.key(units_[k].first) == "of"))) {
        // "Nick Thomas-Symonds, the minister for European Union relations,": the field is the position's;
        // "Minister for Foreign Affairs of Japan,": a country that ends it is the one served
        // (a name ends the title: "Emhoff, Secretary of Labor Martin J. Walsh, ..." is a list)
        const auto names_someone = [](const Unit& u) {
            return u.is(u_cap) && u.is(u_namey) && !u.is(u_lexical | u_common | u_countryish);
        };
        std::size_t c = k + 1;
        // (a number ends it too: "Lloyd Austin, Secretary of Defense 2. Xavier Becerra, ..." numbers a list)
        // ("...; Sheikh Abdullah bin Zayed, Minister of Foreign Affairs; and ...": a semicolon parts a list)
        const auto ends_item = [&](std::size_t u) { return units_[u].is(u_comma) || one_of(doc_.key(units_[u].first), {".", ";"}); };
        // ("Neal Jetton, INTERPOL's Director of Cybercrime,": a word that could be a name, alone
        // before the comma, is the field; so is one before the field's last word: "of North American
        // and Oceanian Affairs")
        // ("..., and Head of UNMISS,": or the last word after the last "of")
        const auto field_alone = [&](std::size_t u) {
            return u + 1 < units_.size() &&
                   (((u == k + 1 || one_of(doc_.key(units_[u - 1].first), {"of", "for"})) && ends_item(u + 1)) || abstract_noun(u + 1));
        };
        while (c < units_.size() && c - k <= 20 && !ends_item(c) && (!names_someone(units_[c]) || field_alone(c)) &&
               !doc_.tokens[units_[c].first].has(token_number))
            ++c;
        // (the sentence may end the complement: "..., and Ursula von der Leyen, President of the Commission.")
        if (c == units_.size() || ends_item(c)) {
            const std::size_t complement = k + 1;
            title_end = k = c;
            std::size_t of = c - 2;
            if (units_[of].is(u_the)) --of;
            if (country == SIZE_MAX && of > first + 1 && units_[c - 1].is(u_country) && !units_[c - 1].is(u_compound) &&
                doc_.key(units_[of].first) == "of")
                country = c - 1, title_end = of;
            else if (country == SIZE_MAX)
                country = country_of_body(complement, c);
        }
    }
    // "of", "for", "to" go on to a complement, which is part of the title
    auto complement_follows = [&](std::size_t k) { return one_of(doc_.key(units_[k].first), {"of", "for", "to"}); };
    if (as && k < units_.size() && title_end == k && complement_follows(k)) {
        // "as secretary of state", "as director of the National Economic Council"
        std::size_t c = k + 1;
        while (c < units_.size() && c - k <= 6 && !units_[c].is(u_comma | u_possessive) &&
               !doc_.tokens[units_[c].first].has(token_punct) && (units_[c].is(u_the) || !units_[c].word(w_phrase_ender)))
            ++c;
        if (c > k + 1 && !units_[c - 1].is(u_the)) title_end = k = c;
    }
    // the title is the whole appositive: "X, the president's son," is not a president
    const bool ends = serves_leader || k >= units_.size() || units_[k].is(u_comma) ||
                      one_of(doc_.key(units_[k].first), {".", ";"}) ||
                      (as && units_[k].word(w_phrase_ender) && !complement_follows(k));
    if (!ends || office_of_next_name(first, k)) return;
    const std::string position(doc_.text(doc_.tokens[units_[first].first].begin, doc_.tokens[units_[title_end - 1].end - 1].end));
    if (owner != SIZE_MAX && schema_.names_corporate_office(position)) {
        add(owner, owner + 1, EntityType::agency, MentionKind::name);
        consumed_[owner] = true;
    } else if (owner != SIZE_MAX && !is_known_surname(doc_.key(units_[owner].first))) {
        return;  // (whose office it is, if not a company's, is someone the article has named: "Wi Sung-lac, Lee's national security adviser,")
    }
    Mention& m = doc_.mentions[person];
    m.position = position;
    m.also_holds = also;
    if (country == SIZE_MAX) {
        // ("Sheikh Khaled ..., Crown Prince of Abu Dhabi,": an office of a place serves the place's country)
        const Unit& last = units_[title_end - 1];
        if (title_end >= first + 3 && last.is(u_place) && last.place && !last.place->country.empty() &&
            doc_.key(units_[title_end - 2].first) == "of")
            m.country = last.place->country;
        return;
    }
    m.country = qualifier_code(country);
    qualify(country);
    consumed_[country] = true;
}

bool SentenceReader::office_of_next_name(std::size_t first, std::size_t comma) const {
    // "Canada's Justin Trudeau, the Nato secretary general, Mark Rutte, and the EU's Ursula von der Leyen":
    // an office set off between two names is the second's, unless each name of the list has its office
    // after it ("Blinken, the secretary of state, Lloyd Austin, the defense secretary, ...")
    std::size_t opening = first;  // ("the Nato secretary general": the office read from after its body)
    while (opening > 0 && units_[opening - 1].is(u_agency | u_countryish | u_possessive)) --opening;
    if (opening == 0 || !units_[opening - 1].is(u_the) || comma + 1 >= units_.size() || !units_[comma].is(u_comma)) return false;
    const auto name_like = [&](std::size_t u) { return units_[u].is(u_cap) && units_[u].is(u_namey) && !units_[u].is(u_lexical | u_countryish); };
    if (!name_like(comma + 1)) return false;
    std::size_t end = comma + 1;
    while (end < units_.size() && name_like(end)) ++end;
    // ("Ali Zaidi, the National Climate Advisor, Brenda Mallory, Chair of the Council on Environmental Quality")
    const bool office_after = end + 1 < units_.size() && units_[end].is(u_comma) &&
                              (units_[end + 1].is(u_the | u_title) || one_of(doc_.key(units_[end + 1].first), {"a", "an"}));
    return !office_after;
}

std::size_t SentenceReader::country_of_body(std::size_t from, std::size_t to) const {
    std::size_t c = from < to && units_[from].is(u_the) ? from + 1 : from;
    if (c >= to || !units_[c].is(u_countryish) || units_[c].is(u_compound) || !units_[c].is(u_cap)) return SIZE_MAX;
    std::size_t k = c + 1;
    if (k < to && units_[k].is(u_possessive)) ++k;
    while (k + 1 < to && !units_[k].is(u_cap) && units_[k].is(u_common)) ++k;
    return k + 1 == to && !units_[k].is(u_cap) && has_category(units_[k].first, LexCategory::org_head) ? c : SIZE_MAX;
}

void SentenceReader::qualify(std::size_t u) {
    bool named = false;
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        Mention& mention = doc_.mentions[m];
        if ((mention.type != EntityType::country && mention.type != EntityType::place) ||
            mention.first_token != units_[u].first)
            continue;
        mention.qualifier = true;
        named = true;
    }
    if (!named) add_qualifier(u);
}

std::size_t SentenceReader::appositive_title_end(std::size_t name_unit) const {
    if (name_unit < 2 || !units_[name_unit - 1].is(u_comma)) return name_unit;
    std::size_t j = name_unit - 1;
    // "the Secretary-General of the Organisation of Islamic Cooperation (OIC), X": the body's short
    // name may follow it
    const std::size_t body_end = short_name_after(j) ? j - 3 : j;
    // "the President of the European Council, António Costa": a body the title leads, as a country;
    // "the UK ambassador to Washington, Lord Mandelson": a capital for its country
    const std::size_t body = agency_ending_at(body_end);
    if (body_end >= 3 && (units_[body_end - 1].is(u_countryish | u_place) || body < body_end)) {
        std::size_t c = std::min(body_end - 1, body);
        if (c > 0 && units_[c - 1].is(u_the)) --c;
        // ("the Permanent Secretary of Nigeria's Ministry of Foreign Affairs, X": or a country's)
        else if (c >= 2 && body < body_end && units_[c - 1].is(u_possessive) && units_[c - 2].is(u_countryish)) c -= 2;
        const std::string_view linking = c > 0 ? doc_.key(units_[c - 1].first) : std::string_view();
        // ("Spain's ambassador in Beijing, Marta Betanzos": an envoy's post)
        const bool post = linking == "in" && c >= 2 && schema_.is_posting_title(doc_.key(units_[c - 2].end - 1));
        if (linking == "of" || linking == "to" || post) j = c - 1;
    }
    if (j == name_unit - 1) j = complement_start(j);
    // "community leaders, CVI Collaborative, ...": a plural names a list's members, not this name
    const std::string_view head = j > 0 ? doc_.key(units_[j - 1].first) : std::string_view();
    // ("Cabinet Secretary for Foreign Affairs, X" ends in a capitalised complement, not a plural)
    if (head.size() > 2 && head.back() == 's' && head[head.size() - 2] != 's' && !units_[j - 1].is(u_cap)) return name_unit;
    return j;
}

bool SentenceReader::short_name_after(std::size_t u) const {
    return u >= 4 && doc_.key(units_[u - 1].first) == ")" && doc_.key(units_[u - 3].first) == "(" && units_[u - 2].is(u_cap);
}

std::size_t SentenceReader::complement_start(std::size_t comma) const {
    for (std::size_t u = comma; u > 1 && comma - u < 5; --u) {
        const Unit& word = units_[u - 1];
        if (one_of(doc_.key(word.first), {"for", "on", "to", "of"})) {
            if (u < comma && is_title_word(units_[u - 2], true)) return u - 1;
            // ("the Chief of Staff to the President, X": an office with a complement of its own before "to")
            if (u < comma && doc_.key(word.first) == "to") {
                const std::size_t office = complement_start(u - 1);
                if (office < u - 1) return office;
            }
            return comma;
        }
        // ("to the President": the office served)
        const bool served = word.is(u_title) && u >= 3 && units_[u - 2].is(u_the) && doc_.key(units_[u - 3].first) == "to";
        const bool plain = word.is(u_the) || served || (word.is(u_common | u_cap) && !word.is(u_comma | u_and | u_connector | u_title));
        if (!plain || word.end - word.first != 1)
            return comma;
    }
    return comma;
}

std::size_t SentenceReader::agency_ending_at(std::size_t u) const {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        const Mention& mention = doc_.mentions[m];
        if (mention.type != EntityType::agency || mention.end_token != units_[u].first) continue;
        std::size_t first = u;
        while (first > 0 && units_[first - 1].end > mention.first_token) --first;
        return first;
    }
    return u;
}

bool SentenceReader::has_lower_title(std::uint32_t token) const {
    if (has_category(token, LexCategory::title) || has_category(token, LexCategory::title_mod)) return true;
    // "India's high commissioner to Canada", "Argentieri, acting assistant attorney general": a word of
    // a lexicon's phrase ("High Commissioner", "Attorney General"), which is matched in capitals only
    auto title_phrase = [&](std::uint32_t first) {
        for (auto id : schema_.lexicon().exact(doc_.key(first), doc_.key(first + 1)))
            if (schema_.entry(id).category == LexCategory::title) return true;
        return false;
    };
    return (token + 1 < sentence_.end_token && title_phrase(token)) ||
           (token > sentence_.first_token && title_phrase(token - 1));
}

bool SentenceReader::has_category_in(std::size_t a, std::size_t b, LexCategory category) const {
    for (std::size_t u = a; u < b; ++u)
        for (std::uint32_t t = units_[u].first; t < units_[u].end; ++t)
            if (has_category(t, category)) return true;
    return false;
}

bool SentenceReader::near_speech_verb(std::uint32_t first, std::uint32_t end) const {
    if (end < sentence_.end_token && is_speech(end)) return true;
    if (first > sentence_.first_token && is_speech(first - 1)) return true;
    return false;
}

}  // namespace kg::recognition
