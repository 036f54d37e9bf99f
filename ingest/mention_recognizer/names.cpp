#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::recognition {

namespace {

/// Endings of abstract nouns, which end no one's name ("Awareness", "Transformation", "Security").
constexpr std::string_view abstract_suffixes[] = {"ness", "tion", "sion", "ity", "ment", "ance", "ence", "ism", "ship"};
// ("the Department of North American and Oceanian Affairs": the plural that ends an office's field)
constexpr std::string_view field_plurals[] = {"affairs", "relations", "studies", "services", "operations", "programs",
                                               "programmes", "resources", "sciences", "communications"};

}  // namespace

bool SentenceReader::continues_field_series(std::size_t k, std::size_t b) const {
    auto field_word = [&](std::size_t u) {
        return u < b && units_[u].is(u_cap) && units_[u].is(u_common) && !units_[u].is(u_namey | u_countryish | u_title);
    };
    for (std::size_t u = k; u < b && u < k + 8; ++u) {
        if (!field_word(u)) return false;
        while (field_word(u + 1)) ++u;
        if (u + 1 < b && units_[u + 1].is(u_and)) return field_word(u + 2);
        if (u + 1 >= b || !units_[u + 1].is(u_comma)) return false;
        ++u;  // the next comma; the loop steps past it
    }
    return false;
}

std::size_t SentenceReader::title_complement_end(std::size_t j, std::size_t b) const {
    const std::string_view word = doc_.key(units_[j].first);
    if (word != "of" && word != "for" && word != "to") return j;
    std::size_t k = j + 1;
    if (k < b && units_[k].is(u_the)) ++k;
    const std::size_t start = k;
    // ("Special Envoy for the Middle East Steve Witkoff", "Minister for Europe Stephen Doughty": a region,
    // though not one that qualifies the next title: "Senior Policy Advisor to Maine Governor Janet Mills")
    const auto region = [&](std::size_t u) {
        return units_[u].is(u_place) && !units_[u].is(u_countryish) && !consumed_[u] && !(u + 1 < b && units_[u + 1].is(u_title));
    };
    while (k < b) {
        // "Director of the Federal Bureau of Investigation Christopher Wray", "Secretary of Health and
        // Human Services Xavier Becerra": an agency read first is (the rest of) the office
        if (consumed_[k]) {
            std::size_t end = agency_end_at(k);
            // ("General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam": the
            // body's organ after its short name in brackets)
            if (end > k && end + 3 < b && short_name_after(end + 3) && consumed_[end + 3] && agency_end_at(end + 3) > end + 3)
                end = agency_end_at(end + 3);
            // ("Assistant Foreign Minister for Gulf Cooperation Council Affairs Nasser Al-Qahtani": the
            // body names the field, whose last word, a plural, follows it; not "... Council Christen
            // Linke Young")
            if (end > k && end + 1 < b && !consumed_[end] && units_[end].is(u_cap) && units_[end].is(u_common) &&
                !units_[end].is(u_title | u_proper) && ends_with(doc_.key(units_[end].first), "s") && starts_name(end + 1, b))
                ++end;
            // "Head of the Office of the President of Ukraine Andriy Yermak": the body's country
            if (end > k && end + 1 < b && doc_.key(units_[end].first) == "of") {
                std::size_t c = end + 1;
                if (units_[c].is(u_the) && c + 1 < b) ++c;
                if (units_[c].is(u_country) && starts_name(c + 1, b)) end = c + 1;
            }
            // ("... Central Committee Xi Jinping", "... Central Committee To Lam": a short word that is
            // also a word, or "To", begins a name before another)
            const bool short_name = end + 1 < b && !consumed_[end] && units_[end].is(u_cap) &&
                                    doc_.key(units_[end].first).size() <= 3 && !units_[end].is(u_title | u_title_mod) &&
                                    units_[end + 1].is(u_namey | u_common) && units_[end + 1].is(u_cap) &&
                                    !units_[end + 1].is(u_lexical | u_place | u_countryish);
            const bool name_next = starts_name(end, b) || short_name ||
                                   (end < b && units_[end].is(u_honorific) && starts_name(end + 1, b)) || ranks_before_name(end, b);
            return end > k && name_next ? end : (k == start ? j : k);
        }
        const Unit& u = units_[k];
        // ("Special Advisor to the Brazilian President Celso Amorim": a demonym before the office served)
        if (u.is(u_demonym) && k == start && k + 1 < b && units_[k + 1].is(u_title) &&
            doc_.key(units_[j].first) == "to") {
            ++k;
            continue;
        }
        if (u.is(u_country) && k == start) { ++k; break; }  // "Ambassador to China", "Minister of Japan"
        // "Secretary of State Cardinal Parolin", "Secretary of Labor Martin J. Walsh": a rank or a
        // given name that is also a word, right before a name, starts the person
        if (k > start && ranks_before_name(k, b)) break;
        if (k > start && u.is(u_proper) && !u.is(u_lexical) && starts_name(k + 1, b)) break;
        // ("... for Management and Resources John Bass": a given name and a last capitalised word,
        // though "bass" is also a word)
        if (k > start && u.is(u_proper) && !u.is(u_lexical) && k + 2 == b && units_[k + 1].is(u_cap) &&
            !units_[k + 1].is(u_title | u_org | u_agency))
            break;
        // ("Chief of Staff to the President Femi Gbajabiamila": a second complement)
        if (k > start && doc_.key(u.first) == "to") {
            const std::size_t more = title_complement_end(k, b);
            if (more == k) break;
            k = more;
            continue;
        }
        if (u.is(u_title | u_title_mod | u_org | u_agency) || region(k) ||
            (u.is(u_common) && !u.is(u_unknown))) {
            ++k;
            continue;
        }
        // "of Intergovernmental Affairs Tom Perez": a word the dictionary lacks, before an ordinary
        // word that is no name ("Affairs") and a name, belongs to the office. Without the name after
        // it, it is the name: "Chief of Cabinet Nicolás Posse of Argentina".
        // ("for Foreign and Diaspora Affairs Musalia Mudavadi": or a proper noun before "Affairs")
        auto unknown_field = [&](std::size_t f) {
            return f + 2 < b && (units_[f].is(u_unknown) || (units_[f].is(u_proper) && before_affairs(f, b))) && units_[f].is(u_cap) && !consumed_[f + 1] &&
                   units_[f + 1].is(u_common) && !units_[f + 1].is(u_proper | u_unknown) && starts_name(f + 2, b);
        };
        // ("Advisor for Cyber Anne Neuberger", "for Cyber and Emerging Technology Anne Neuberger": a word the
        // dictionary lacks right after "for", before a name or "and", is the field's too)
        // (a given name the dictionary knows and a surname after it: "Yunjong Wang" is a name itself)
        const auto given_and_surname = [&](std::size_t g) {
            return g + 1 < b && units_[g].is(u_proper) && !units_[g].is(u_common) && starts_name(g, b) && units_[g + 1].is(u_cap) &&
                   !units_[g + 1].is(u_lexical);
        };
        if (k == start && u.is(u_unknown) && !u.is(u_proper) && u.is(u_cap) && !consumed_[k] && k + 1 < b &&
            (given_and_surname(k + 1) || (units_[k + 1].is(u_and) && k + 2 < b && units_[k + 2].is(u_common)))) {
            ++k;
            if (starts_name(k, b)) break;
            continue;
        }
        // ("for Political and Peacebuilding Affairs Rosemary DiCarlo": so after "and")
        if (u.is(u_and) && k + 1 < b && (units_[k + 1].is(u_common) || unknown_field(k + 1) || region(k + 1))) { ++k; continue; }
        if (u.is(u_comma) && k > start && continues_field_series(k + 1, b)) { ++k; continue; }
        if (unknown_field(k)) { k += 2; continue; }
        break;
    }
    // "Minister of Japan" ends the title, but "of Japan" after a name is read by the caller.
    return k == start ? j : k;
}

std::size_t SentenceReader::agency_end_at(std::size_t u) const {
    for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend() && m->sentence == index_; ++m) {
        if (m->type != EntityType::agency || m->first_token != units_[u].first) continue;
        std::size_t end = u;
        while (end < units_.size() && units_[end].first < m->end_token) ++end;
        return end;
    }
    return u;
}

bool SentenceReader::starts_name(std::size_t k, std::size_t b) const {
    if (k >= b || consumed_[k]) return false;
    const Unit& u = units_[k];
    if (u.is(u_lexical) || !u.is(u_namey)) return false;
    if (small_word_in_capitals(k)) return false;
    if (u.is(u_initial) || !u.is(u_common)) return true;
    return u.is(u_proper) && k + 1 < b && !consumed_[k + 1] && !units_[k + 1].is(u_common | u_lexical) &&
           units_[k + 1].is(u_namey);
}

bool SentenceReader::ranks_before_name(std::size_t k, std::size_t b) const {
    if (k >= b || !units_[k].rank) return false;
    while (k < b && !consumed_[k] && units_[k].rank) ++k;
    return starts_name(k, b);
}

std::size_t SentenceReader::after_particles(std::size_t particle, std::size_t next) const {
    if (!units_[particle].word(w_particle)) return next;
    while (next < units_.size() && next - particle < 3 && units_[next].is(u_connector) && units_[next].word(w_particle) &&
           !units_[next].is(u_cap))
        ++next;
    // ("King Abdullah II bin Al Hussein": the Arabic article after "bin" is written with a capital)
    const auto patronymic = [&](std::string_view word) { return one_of(word, {"bin", "bint", "ibn"}); };
    if (next == particle + 1 && next + 1 < units_.size() && patronymic(doc_.key(units_[particle].first)) &&
        one_of(doc_.key(units_[next].first), {"al", "el"}) && units_[next].is(u_cap) && units_[next + 1].is(u_cap))
        ++next;
    return next;
}

bool SentenceReader::is_short_form(std::size_t k) const {
    if (units_[k].end != units_[k].first + 1) return false;
    const std::string_view text = doc_.text(doc_.tokens[units_[k].first]);
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

bool SentenceReader::brand_name(const Unit& u) const {
    if (u.end - u.first != 1) return false;
    const std::string_view text = doc_.text(doc_.tokens[u.first]);
    for (std::size_t k = 2; k < text.size(); ++k) {
        if (!(text[k] >= 'A' && text[k] <= 'Z')) continue;
        if (!(text[k - 1] >= 'a' && text[k - 1] <= 'z') || !(text[k - 2] >= 'a' && text[k - 2] <= 'z')) return false;
        const std::string prefix = to_lower_ascii(text.substr(0, k));
        return !one_of(prefix, {"mac", "van", "von", "fitz", "del", "della", "des", "les", "las", "los"});
    }
    return false;
}

bool SentenceReader::hyphen_joins_country(const Unit& u) const {
    for (std::uint32_t t = u.first; t < u.end; ++t) {
        const std::string_view word = doc_.key(t);
        if (word.find('-') == std::string_view::npos) continue;
        const auto parts = split(word, '-');
        for (const auto& part : parts)
            if (schema_.in_category(part, LexCategory::country)) return true;
        // ("the Lobito Trans-Africa Corridor", "Pan-Pacific": a prefix that crosses a region)
        if (parts.size() == 2 && one_of(parts[0], {"trans", "pan", "inter", "intra", "sub"}) &&
            schema_.in_category(parts[1], LexCategory::place))
            return true;
        // ("the Malindi-Lunga Lunga-Tanga-Bagamoyo highway": or three places in a row; a person's
        // name joins two at most)
        if (parts.size() >= 3 && doc_.tokens[t].capitalised()) return true;
    }
    return false;
}

bool SentenceReader::unknown_acronym(std::size_t k) const {
    const Token& t = doc_.tokens[units_[k].first];
    return t.has(token_all_caps) && units_[k].is(u_unknown) && !units_[k].is(u_lexical) && t.end - t.begin >= 3 &&
           doc_.key(t).find('.') == std::string_view::npos;
}

bool SentenceReader::small_word_in_capitals(std::size_t k) const {
    // ("SENEGALESE COUNTERPART IN ABUJA": a headline in capitals writes its small words so too)
    return units_[k].word(w_function | w_connector | w_determiner) && doc_.tokens[units_[k].first].has(token_all_caps);
}

bool SentenceReader::opens_question(std::size_t k) const {
    // ("AFP: Will President Xi Jinping meet President Trump?": a question's auxiliary, though "Will" is a name)
    const std::uint32_t t = units_[k].first;
    const bool opens = t == sentence_.first_token || (t > sentence_.first_token && doc_.key(t - 1) == ":");
    // ("Analysis: Will Trump and Xi meet before the APEC summit?": or before a name, when a question mark ends it)
    const bool question = doc_.key(sentence_.end_token - 1) == "?";
    return opens && k + 1 < units_.size() && (units_[k + 1].is(u_title | u_honorific) || question) &&
           one_of(doc_.key(t), {"will", "may", "can", "would", "could", "should", "shall", "must", "did", "does", "do"});
}

bool SentenceReader::names_region(std::size_t k) const {
    // ("the Supreme Allied Commander Europe, General Christopher Cavoli": a title's region, no one's name;
    // a region is a place of no country)
    return units_[k].is(u_place) && units_[k].place && units_[k].place->country.empty();
}

std::size_t SentenceReader::name_run_end(std::size_t j, std::size_t b, bool force_first) const {
    std::size_t k = j;
    if (force_first && k < b) ++k;
    if (k == j && k < b && (small_word_in_capitals(k) || names_region(k) || opens_question(k))) return k;
    // ("President von der Leyen": after a title, a name may begin with its particles)
    if (k == j && k + 1 < b && j > 0 && units_[j - 1].is(u_title | u_honorific) && units_[k].is(u_connector) &&
        units_[k].word(w_particle) && !units_[k].is(u_cap)) {
        const std::size_t next = after_particles(k, k + 1);
        if (next < b && !consumed_[next] && units_[next].is(u_namey) && units_[next].is(u_cap) && !units_[next].is(u_lexical))
            k = next;
    }
    while (k < b && !consumed_[k]) {
        const Unit& u = units_[k];
        const bool started = k > j;
        if (started && u.post_nominal) break;
        if (k == j + 1 && u.is(u_org) && right_named_person(j, k)) { ++k; continue; }  // "Seth Center, the ... envoy"
        if (u.is(u_namey) && !u.is(u_countryish | u_agency | u_org | u_event | u_venue)) { ++k; continue; }
        if (u.is(u_namey) && u.is(u_place) && started) { ++k; continue; }
        // "Deputy Attorney General Lisa Monaco": a country's name after a title and a given name ends a name
        if (k == j + 1 && j > 0 && units_[j - 1].is(u_title | u_title_mod | u_honorific) && u.is(u_country) &&
            !u.is(u_compound) && u.end - u.first == 1 && units_[j].is(u_proper) && !units_[j].is(u_common | u_lexical) &&
            (k + 1 >= b || !units_[k + 1].is(u_cap))) {
            ++k;
            break;
        }
        if (started && u.is(u_suffix) && !u.post_nominal) { ++k; continue; }
        if (started && pronoun_ending_name(k)) { ++k; break; }
        if (started && u.inner && k + 1 < b && units_[k + 1].is(u_namey) && !units_[k + 1].is(u_title | u_countryish)) {
            ++k;
            continue;
        }
        if (started && u.is(u_comma) && k + 1 < b && units_[k + 1].is(u_suffix) && !units_[k + 1].post_nominal) {
            k += 2;
            continue;
        }
        // ("... Call with President Emmanuel Macron of France": a headline's word the dictionary knows ends
        // no well-known name)
        const bool known_name = title_case_ && started && u.is(u_common) && u.is(u_cap) &&
                                !schema_.known_person_country(surface(j, k + 1)).empty();
        if (started && u.is(u_common) && u.is(u_cap) && !u.is(u_lexical) && (!(title_case_ && !u.is(u_proper)) || known_name) &&
            !u.word(w_document)) {
            ++k;  // "Merrick Garland", though not the "Launches" of a headline
            continue;
        }
        if (started && u.is(u_connector) && u.word(w_particle)) {
            const std::size_t next = after_particles(k, k + 1);
            if (next < b && (units_[next].is(u_namey) || ordinary_word_in_name(next))) { k = next; continue; }
        }
        break;
    }
    return k;
}

bool SentenceReader::ordinary_word_in_name(std::size_t k) const {
    const Unit& u = units_[k];
    return u.is(u_common) && u.is(u_cap) && !u.is(u_lexical) && !title_case_ && !u.word(w_function | w_connector) &&
           !doc_.tokens[u.first].has(token_all_caps);
}

bool SentenceReader::short_surname_at(std::size_t i) const {
    return units_[i].is(u_cap) && units_[i].is(u_common) && !units_[i].is(u_lexical) &&
           !units_[i].word(w_function | w_determiner | w_connector) && doc_.key(units_[i].first).size() <= 3 &&
           i + 1 < units_.size() && units_[i + 1].is(u_unknown) && units_[i + 1].is(u_cap) && !units_[i + 1].is(u_lexical) &&
           !doc_.tokens[units_[i + 1].first].has(token_all_caps);  // "LOS ALAMOS," begins a dateline
}

std::size_t SentenceReader::read_bare_name(std::size_t i, std::size_t b) {
    // ("Media Note" on a line of its own, "DFAT Media Liaison" after a body: ordinary words alone, the
    // last no surname, name no one)
    // ("DFAT Media Liaison: (02) 6261 1555": or before a colon that gives a contact)
    const bool line_ends = b == units_.size() || doc_.key(units_[b].first) == ":";
    const bool alone = (i == 0 && line_ends) || (i > 0 && consumed_[i - 1] && units_[i - 1].is(u_agency) && line_ends);
    if (alone && b >= i + 2 && !units_[b - 1].is(u_proper) &&
        std::all_of(units_.begin() + i, units_.begin() + b, [](const Unit& u) { return u.is(u_common) && u.is(u_cap); })) {
        std::fill(consumed_.begin() + i, consumed_.begin() + b, true);
        return b;
    }
    if (i + 1 < b && (short_surname_at(i) || surname_like_short_word(i)))
        return add_bare_person(i, name_run_end(i, b, /*force_first=*/true));
    // ("Munir met Trump": a word the dictionary knows, capitalised inside a sentence, that people.tsv
    // gives as a well-known person's name, is that person)
    // (not "Trump envoy Kellogg", "the Trump tax giveaways": a name that modifies the noun after it)
    const auto modifies_noun = [&] {
        const std::uint32_t next = units_[i].end;
        if (i > 0 && units_[i - 1].word(w_determiner)) return true;
        return next < sentence_.end_token && doc_.tokens[next].has(token_word) && !doc_.tokens[next].capitalised() &&
               (has_lower_title(next) || one_of(doc_.key(next), {"administration", "government", "team", "camp", "campaign",
                                                               "era", "presidency", "allies", "ally", "aides", "aide", "regime",
                                                               "loyalists", "supporters", "doctrine", "years"}));
    };
    if (i + 1 == b && units_[i].end == units_[i].first + 1 && units_[i].first > sentence_.first_token &&
        units_[i].is(u_cap) && !units_[i].is(u_title | u_agency | u_countryish | u_place) && !modifies_noun() &&
        !schema_.known_person_country(std::string(doc_.text(doc_.tokens[units_[i].first]))).empty()) {
        const std::size_t person = doc_.mentions.size();  // (reading a title after it may add mentions)
        const std::size_t end = add_bare_person(i, i + 1);
        doc_.mentions[person].tentative = false;  // (the gazetteer names him, as a full name would)
        return end;
    }
    if (!units_[i].is(u_namey) || units_[i].is(u_lexical)) return i;
    // "APNSA Jake Sullivan": a title's acronym before a known name; "MOTEGI Toshimitsu" is a
    // surname written in capitals before a given name
    if (unknown_acronym(i) && starts_name(i + 1, b) && units_[i + 1].is(u_proper) &&
        !doc_.tokens[units_[i + 1].first].has(token_all_caps))  // "SAN JOSÉ" is all in capitals
        return i;
    const std::size_t end = name_run_end(i, b);
    if (end == i) return i;
    // "Advisor for Cyber Anne Neuberger": a word the dictionary does not know after a title's "for",
    // before a given name it knows, is the office's field
    if (i > 0 && end >= i + 3 && one_of(doc_.key(units_[i - 1].first), {"for", "of"}) && units_[i].is(u_unknown) &&
        !units_[i].is(u_proper) && units_[i + 1].is(u_proper) && !units_[i + 1].is(u_common)) {
        consumed_[i] = true;
        return i + 1;
    }
    // "DFAT Media Liaison": an acronym before ordinary words is an office, not a person; so is one
    // before a place ("by PIB Delhi")
    // ("the Blueprint for an AI Bill of Rights", "the National AI Research Resource": two capitals too)
    const Token& first_token = doc_.tokens[units_[i].first];
    const bool acronym = unknown_acronym(i) || (first_token.has(token_all_caps) && first_token.end - first_token.begin == 2 &&
                                                !units_[i].is(u_agency | u_countryish | u_place));
    // ("Councilwoman YT Bell": a name the dictionary knows after two capitals is a person's)
    const bool two_capitals = !unknown_acronym(i);
    const bool office = acronym && end > i + 1 && std::all_of(&units_[i + 1], &units_[end], [&](const Unit& u) {
        return (u.is(u_common) && !u.is(u_unknown) && !(two_capitals && u.is(u_proper))) || u.is(u_place | u_country);
    });
    // "an AI Bill of Rights": a document's head before "of" ends no name
    const bool document = end < b && units_[end - 1].word(w_document) && doc_.key(units_[end].first) == "of";
    // "the India-Middle East-Europe Economic Corridor": a name that joins a country to other
    // words by a hyphen names a project or a route, not a person
    const bool joins_country = std::any_of(&units_[i], &units_[end], [&](const Unit& u) { return hyphen_joins_country(u); });
    // ("LockBit Ransomware", "FedEx Logistics": a product's or a company's name; "EunSook Lee" is a person's)
    const bool brand = std::any_of(&units_[i], &units_[end], [&](const Unit& u) { return brand_name(u); }) &&
                       std::none_of(&units_[i], &units_[end], [&](const Unit& u) { return u.is(u_proper) && !brand_name(u); });
    // ("the Quad Cancer Moonshot": ordinary words right after a body's short name name its programme; a
    // given name there begins a person's: "Hamas Ismail Haniyeh"; and so may any word after a body's
    // long name, the end of an office: "... at the Department of the Treasury Lily Batchelder")
    const bool programme = i > 0 && units_[i - 1].is(u_agency) && units_[i - 1].is(u_cap) &&
                           units_[i - 1].end == units_[i - 1].first + 1 && units_[i].is(u_common) &&
                           !schema_.word(doc_.key(units_[i].first)).given;
    if (joins_country || brand || programme) {
        for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
        return end;
    }
    // "St. Patrick's Day", "Mother's Day": a name's day is a holiday; so is "Independence Day"
    const bool holiday = end + 1 < b && units_[end].is(u_possessive) && doc_.key(units_[end + 1].first) == "day";
    const bool named_day = end - i >= 2 && doc_.key(units_[end - 1].first) == "day" &&
                           (units_[i].is(u_common) || !units_[i].is(u_proper));  // not "Doris Day"
    if (office || holiday || named_day || document || (end < b && units_[end].is(u_cap) && units_[end].word(w_document))) {  // "the Abraham Accords"
        const std::size_t read = office || named_day ? end : holiday ? end + 2 : end + 1;
        for (std::size_t k = i; k < read; ++k) consumed_[k] = true;
        return read;
    }
    // "in Woodside", "Woodside, California": a place, not a person
    const std::uint32_t before = units_[i].first;
    // ("at Trump's golf resort": not a person the article has named, whose possessive follows)
    const bool named_owner = end < units_.size() && units_[end].is(u_possessive) && is_known_surname(doc_.key(units_[end - 1].first));
    const bool after_place_word = before > sentence_.first_token && !named_owner &&
                                  one_of(doc_.key(before - 1), {"in", "at", "near", "outside", "across"});
    bool before_region = false;
    std::string region_country;  // "Gandhinagar, India" lies in India
    // "Woodside, California" is a place; "Tarra Simmons, Washington State Representative" a person
    // ("SAN JOSÉ, Costa Rica": a dateline's capitals name a place, whatever its first word)
    const bool in_capitals = std::all_of(&units_[i], &units_[end], [&](const Unit& u) {
        return doc_.tokens[u.first].has(token_all_caps);
    });
    const bool given_name_first = end - i >= 2 && units_[i].is(u_proper) && !in_capitals;
    // ("Julissa Reynoso, United States Ambassador to Spain": a country that begins a title is no region)
    // ("Korea, Japan, China agree": a country followed by more countries is a list, no region)
    const bool region_alone = (end + 2 >= units_.size() || !units_[end + 2].is(u_cap | u_possessive)) &&
                              !(end + 3 < units_.size() && units_[end + 1].is(u_country) && units_[end + 2].is(u_comma) &&
                                units_[end + 3].is(u_country));
    // ("Bilawal, Qin discuss CPEC, Afghanistan": capitals inside a sentence are an acronym, no dateline)
    const bool acronym_in_sentence = in_capitals && before > sentence_.first_token;
    if (!given_name_first && !acronym_in_sentence && end + 1 < units_.size() && units_[end].is(u_comma) && region_alone) {
        const Unit& region = units_[end + 1];  // "New Mexico" is one unit
        if (region.is(u_country) && !region.is(u_compound)) {
            before_region = true;
            region_country = region.country->value;
        } else if (region.is(u_place)) {
            before_region = true;
            region_country = region.place->country;
        }
    }
    // "travels to the Western Balkans", "a statement from the Amiri Diwan": a person's name takes
    // no article, so what follows "the" is a place after a preposition of place, else no one
    // ("the Biden administration" is a name used as a modifier, and still a person's)
    // ("from the Vaca Muerta field": but words no dictionary knows as a name, before a noun, name a thing)
    const bool after_the = end - i >= 2 && !units_[i].is(u_honorific) && before > sentence_.first_token &&
                           doc_.key(before - 1) == "the" &&
                           (end == units_.size() || units_[end].first >= sentence_.end_token || ends_phrase(end) ||
                            std::none_of(&units_[i], &units_[end], [](const Unit& u) { return u.is(u_proper); }));
    const bool place_before_the = after_the && before - 1 > sentence_.first_token &&
                                  one_of(doc_.key(before - 2), {"in", "at", "to", "near", "across", "around",
                                                                 "throughout", "toward", "towards", "into"});
    // "in AI", "in EV": an acronym after "in" is a field, not a place
    const bool field = end == i + 1 && unknown_acronym(i) && !before_region;
    if (field) {
        consumed_[i] = true;
        return end;
    }
    // ("Sudan's North Darfur state", "Khyber Pakhtunkhwa province": a subdivision's word in lower case after it)
    // (not "Latina state legislators": the word ends the phrase)
    const bool subdivision = end < units_.size() && units_[end].first < sentence_.end_token && !units_[end].is(u_cap) &&
                             one_of(doc_.key(units_[end].first), {"state", "province", "region", "district", "county",
                                                                   "governorate", "prefecture", "oblast", "municipality"}) &&
                             ends_noun_phrase(units_[end].first + 1);
    if (subdivision && i >= 2 && units_[i - 1].is(u_possessive) && units_[i - 2].is(u_country) && units_[i - 2].country) {
        before_region = true;  // the country it lies in
        region_country = units_[i - 2].country->value;
    }
    if (after_place_word || before_region || place_before_the || subdivision) {
        Mention& m = add(i, end, EntityType::place, MentionKind::name);
        // a dateline's "GANDHINAGAR, India": the place as the article's text writes it
        if (in_capitals && before_region) m.name = capitalise_words(m.name);
        m.known_id = m.name;
        if (before_region) m.country = region_country;
        for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
        return end;
    }
    // "Space Situational Awareness", "Digital Transformation": a run that ends in an abstract noun
    // names a topic or a programme, no one
    if (after_the || abstract_noun(end - 1) || names_group_or_observance(i, end)) {
        for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
        return end;
    }
    return add_bare_person(i, end);
}

bool SentenceReader::names_group_or_observance(std::size_t i, std::size_t end) const {
    // ("Black History Month", "Earth Week", "Democratic Governors", "Black Women", "Western States": a
    // time or a group of people, whose last word says so; the dictionary knows "Mike" and "Burns" too,
    // so the words alone cannot tell "Mike Burns" from them)
    if (end < i + 2 || units_[end - 1].end != units_[end - 1].first + 1) return false;
    return one_of(doc_.key(units_[end - 1].first),
                  {"month", "week", "women", "girls", "men", "boys", "governors", "states", "attorneys", "speakers",
                   "voters", "colleges", "mayors", "tribes", "communities", "families", "workers", "americans"});
}

bool SentenceReader::ends_noun_phrase(std::uint32_t token) const {
    if (token >= sentence_.end_token || !doc_.tokens[token].has(token_word)) return true;
    return one_of(doc_.key(token), {"and", "of", "in", "on", "to", "where", "which", "after", "before", "with", "from",
                                    "that", "through"});
}

std::size_t SentenceReader::country_after_name(std::size_t name_end) const {
    const std::size_t b = units_.size();
    // ("Vassily Nebenzia (Russian Federation) said": the UN's record names a delegate's country so)
    if (name_end + 2 < b && doc_.key(units_[name_end].first) == "(" && units_[name_end + 1].is(u_country) &&
        !units_[name_end + 1].is(u_compound) && doc_.key(units_[name_end + 2].first) == ")")
        return name_end + 1;
    if (name_end + 1 >= b || doc_.key(units_[name_end].first) != "of") return SIZE_MAX;
    std::size_t c = name_end + 1;
    if (c < b && units_[c].is(u_the)) ++c;
    // ("Charisse Jones of USA Today": a country that begins a longer name is not one)
    return c < b && units_[c].is(u_country) && (c + 1 == b || !units_[c + 1].is(u_cap)) ? c : SIZE_MAX;
}

bool SentenceReader::abstract_noun(std::size_t k) const {
    if (!units_[k].is(u_common) || units_[k].is(u_proper)) return false;
    const std::string_view word = doc_.key(units_[k].first);
    if (std::find(std::begin(field_plurals), std::end(field_plurals), word) != std::end(field_plurals)) return true;
    return word.size() > 6 && std::any_of(std::begin(abstract_suffixes), std::end(abstract_suffixes),
                                          [&](std::string_view suffix) { return ends_with(word, suffix); });
}

std::size_t SentenceReader::add_bare_person(std::size_t i, std::size_t end) {
    // ("Gen Z voters", "Plan B": a lone capital letter with no initial's point after it ends no name)
    const auto lone_letter_last = [&] {
        const Token& last = doc_.tokens[units_[end - 1].end - 1];
        return last.end == last.begin + 1 && last.capitalised() &&
               !(units_[end - 1].end < sentence_.end_token && doc_.key(units_[end - 1].end) == ".");
    };
    if (end >= i + 2 && lone_letter_last()) {
        std::fill(consumed_.begin() + static_cast<std::ptrdiff_t>(i), consumed_.begin() + static_cast<std::ptrdiff_t>(end), true);
        return end;
    }
    add(i, end, EntityType::person, MentionKind::name);
    const std::size_t person = doc_.mentions.size() - 1;  // an index: reading the title may add mentions
    read_lower_case_title(i, person);
    read_trailing_title(end, person);
    if (const std::size_t of_country = country_after_name(end);
        of_country != SIZE_MAX && doc_.mentions[person].country.empty())
        doc_.mentions[person].country = units_[of_country].country->value;
    const bool single = end - i == 1;
    // ("Indonesia's Foreign Minister, Sugiono,": one name after a country's office set off is a person's;
    // "Indonesia's Minister for Foreign Affairs, Sugiono,": the office may end on its field; "the
    // Indonesian foreign minister, Sugiono,": or be in lower case)
    const Mention& named = doc_.mentions[person];
    const bool office_set_off = i >= 2 && units_[i - 1].is(u_comma) &&
                                (units_[i - 2].is(u_title | u_cap) || is_title_word(units_[i - 2], false)) &&
                                !named.position.empty() && !named.country.empty();
    // ("held a phone call with her counterpart Sugiono", "his Indonesian counterpart, Sugiono,": whom a
    // counterpart names is a person)
    const auto counterpart_at = [&](std::size_t back) {
        return i >= back && one_of(doc_.key(units_[i - back].first), {"counterpart", "counterparts"});
    };
    const bool counterpart_named = counterpart_at(1) || (i >= 2 && units_[i - 1].is(u_comma) && counterpart_at(2));
    // ("Meeting with NABTU Tradeswomen on Opportunities for Women to Secure Good Jobs": a headline's
    // ordinary words in capitals name someone only if the story does)
    const bool ordinary_words = title_case_ && named.position.empty() &&
                                std::all_of(units_.begin() + i, units_.begin() + end, [](const Unit& u) { return u.is(u_common); });
    // ("addressed the Raisina Tokyo conference": names between "the" and an event's head in lower case
    // name the event, and someone only if the story does)
    const bool names_event = i > 0 && units_[i - 1].is(u_the) && end < units_.size() && units_[end].is(u_event) &&
                             !units_[end].is(u_cap);
    doc_.mentions[person].tentative =
        (single && !near_speech_verb(units_[i].first, units_[end - 1].end) && !office_set_off && !counterpart_named) || ordinary_words ||
        names_event;
    for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
    return end;
}

}  // namespace kg::recognition
