#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_people(std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b;) {
        if (consumed_[i]) { ++i; continue; }
        const std::size_t next = read_person_at(i, b);
        i = next > i ? next : i + 1;
    }
}

std::size_t SentenceReader::read_person_at(std::size_t i, std::size_t b) {
    // ("Democratic Sen. Chris Coons": the party's adjective before a title names the party, as "Republican"
    // does; alone it begins too many names to be the party's: "House Democratic Caucus")
    if (i + 1 < b && units_[i].end == units_[i].first + 1 && units_[i].is(u_cap) && doc_.key(units_[i].first) == "democratic" &&
        units_[i + 1].is(u_title) && !consumed_[i + 1]) {
        Mention& party = add(i, i + 1, EntityType::agency, MentionKind::name);
        party.name = party.known_id = "Democratic Party";
        consumed_[i] = true;
        return i + 1;
    }
    std::size_t j = i;
    std::string country;
    std::size_t qualifier_unit = SIZE_MAX;
    bool has_title = false, honorific = false;
    std::size_t title_first = SIZE_MAX, title_end = i;
    // "Secretary of State" in "Secretary of State Cardinal Parolin": the office, without the rank
    bool office = false;
    std::size_t office_end = SIZE_MAX;
    if (units_[j].is(u_countryish) && !units_[j].is(u_compound)) {
        qualifier_unit = j;
        country = qualifier_code(j);
        ++j;
        if (j < b && units_[j].is(u_possessive)) ++j;
    }
    // "U.S. Middle East envoy Steve Witkoff": a place between the country and the title is the
    // holder's field; the country is the one served
    std::size_t field_unit = SIZE_MAX;
    if (qualifier_unit != SIZE_MAX && j + 1 < b && !consumed_[j] && is_field(j) && units_[j + 1].is(u_title | u_title_mod)) {
        field_unit = j;
        ++j;
    }
    // "Algeria's U.N. Ambassador Amar Bendjama": the body between the country and the envoy's
    // title is where the country posted the envoy (read already, as a body)
    if (qualifier_unit != SIZE_MAX && j + 1 < b && consumed_[j] && !consumed_[j + 1] && posted_to_body(j)) ++j;
    // "H.E. Mr. Enrique Manalo": forms of address in a row
    while (j < b && !consumed_[j] && units_[j].is(u_honorific) && (!honorific || starts_name(j + 1, b))) {
        honorific = true;
        if (title_first == SIZE_MAX) title_first = j;
        title_end = ++j;
    }
    // "His Majesty King Abdullah II", "His Holiness Pope Francis": a title may follow a style
    std::size_t office_first = SIZE_MAX;
    // "Commerce and Industry Minister Piyush Goyal", "UK Business and Trade Secretary": fields in a series
    if (title_first == SIZE_MAX) {
        const std::size_t last_field = last_field_of_series(j, b);
        if (last_field != SIZE_MAX && std::none_of(consumed_.begin() + j, consumed_.begin() + last_field, [](bool c) { return c; }))
            title_first = office_first = j, j = last_field;
    }
    // ("Israeli War Cabinet Member Benny Gantz": or one field, after the country; "Public Security
    // Minister Wang Xiaohong": or before a field the lexicon knows, with no country)
    const bool field_before_field = qualifier_unit == SIZE_MAX && j + 2 < b && units_[j + 1].is(u_title_mod) &&
                                    !units_[j + 1].is(u_title) && !one_of(doc_.key(units_[j].first), {"today", "meanwhile", "later", "also"});
    if (title_first == SIZE_MAX && (qualifier_unit != SIZE_MAX || field_before_field)) {
        std::size_t f = j;
        while (f < b && f < j + 2 && !consumed_[f] && units_[f].is(u_cap) && units_[f].is(u_common) &&
               !units_[f].is(u_title | u_title_mod | u_countryish | u_place | u_agency | u_connector))
            ++f;
        std::size_t name = f;  // (before a name: "Li Chenggang, China International Trade Representative and ..." is set off)
        while (name < b && !consumed_[name] && units_[name].is(u_title | u_title_mod)) ++name;
        if (f > j && name > f && starts_name(name, b)) title_first = office_first = j, j = f;
    }
    while (j < b && !consumed_[j]) {
        const Unit& u = units_[j];
        if (u.is(u_title | u_title_mod) && !(u.is(u_namey) && !u.is(u_lexical))) {
            has_title = has_title || u.is(u_title);
            if (office_first == SIZE_MAX) office_first = j;
            // ("Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar": or a courtesy title)
            const bool courtesy = office && units_[j - 1].is(u_title) && !units_[j - 1].is(u_title_mod) &&
                                  schema_.title_marked(to_lower_ascii(surface(j, j + 1)), "courtesy");
            // ("Pentagon Press Secretary Maj. Gen. Pat Ryder": ranks in a row; "Trade Minister Tengku
            // Datuk Seri Zafrul": a style after the rank)
            const bool ranks_follow = u.rank && j + 1 < b && (units_[j + 1].rank || units_[j + 1].is(u_honorific));
            if ((u.rank || courtesy) && office && office_end == SIZE_MAX && (starts_name(j + 1, b) || ranks_follow))
                office_end = title_end;
            // "Foreign Minister Senator the Hon Penny Wong": a title before a style, after the office, is
            // part of how the holder is addressed
            if (office && j + 2 < b && units_[j + 1].is(u_the) && units_[j + 2].is(u_honorific)) office_end = title_end;
            office = office || (u.is(u_title) && !u.rank);
            if (title_first == SIZE_MAX) title_first = j;
            title_end = ++j;
            continue;
        }
        if (has_title && u.is(u_connector) && !u.is(u_the | u_and)) {
            const std::size_t end = title_complement_end(j, b);
            if (end == j) break;
            title_end = j = end;
            office = true;
            continue;
        }
        if (has_title && u.is(u_and) && j + 1 < b && units_[j + 1].is(u_title | u_title_mod)) { ++j; continue; }
        // a capitalised ordinary word inside a title: "Deputy Homeland Security Advisor", "International
        // Program Director" (not an instrument's: "the Federal Emergency Declaration President Biden approved")
        const auto instrument = [&](std::size_t k) {
            return one_of(doc_.key(units_[k].end - 1), {"declaration", "act", "order", "agreement", "treaty", "accord",
                                                         "pact", "protocol", "charter", "memorandum", "bill", "resolution"});
        };
        if (office_first != SIZE_MAX && u.is(u_common) && !u.is(u_proper) && !instrument(j) && j + 1 < b &&
            units_[j + 1].is(u_title | u_title_mod | u_common) && !instrument(j + 1)) {
            ++j;
            continue;
        }
        break;
    }
    if (title_first == SIZE_MAX) {
        if (qualifier_unit != SIZE_MAX) return read_national(qualifier_unit, j, b);
        const std::size_t read = read_organisation_and_officer(i, b);
        return read > i ? read : read_bare_name(i, b);
    }
    if (!has_title && !honorific) return i;
    // "Senator the Hon. Penny Wong": a title before "the Hon" is part of how its holder is addressed,
    // and an office set off before or after the name says what she does
    const bool title_is_style = office && office_end == SIZE_MAX && title_end + 1 < b && units_[title_end].is(u_the) &&
                                units_[title_end + 1].is(u_honorific);
    j = title_end;
    // "Director of the National Hurricane Center Dr. Mike Brennan": a form of address between title and name
    std::string_view address_gender;
    // ("Foreign Minister of Egypt H.E. Dr. Badr Abdelatty": or two)
    // ("Foreign Minister Senator the Hon Penny Wong": "the" before the style)
    std::size_t address_end = j;
    if (address_end + 1 < b && units_[address_end].is(u_the) && units_[address_end + 1].is(u_honorific)) ++address_end;
    while (address_end < b && address_end < j + 3 && !consumed_[address_end] && units_[address_end].is(u_honorific))
        ++address_end;
    // ("President His Highness Sheikh Mohamed bin Zayed": a rank after the style is part of the address)
    if (address_end > j && address_end + 1 < b && !consumed_[address_end] && units_[address_end].rank) ++address_end;
    if (!honorific && address_end > j && address_end < b && starts_name(address_end, b)) {
        for (; j < address_end; ++j)
            if (units_[j].honorific && (address_gender.empty() || address_gender == "-"))
                address_gender = units_[j].honorific->value;
    }
    // A short word the complement swallowed may begin the name: "... Foreign Affairs Ma Zhaoxu".
    bool swallowed = false;
    // ("Minister of Justice and Law Nestor Osuna": a word after "and" is the office's second field)
    if (j > title_first + 1 && units_[j - 1].is(u_cap) && !units_[j - 1].is(u_title | u_title_mod | u_lexical) &&
        !units_[j - 2].is(u_and) &&
        doc_.key(units_[j - 1].first).size() <= 3 && (j == b || units_[j].is(u_namey))) {
        --j;
        title_end = j;
        swallowed = true;
    }
    // "President Xi", "Minister Ma": a capitalised word right after a title that the dictionary
    // knows as an ordinary word is still a name when it is short or ends the run.
    const bool forced = swallowed || (j < b && !consumed_[j] && surname_like_short_word(j)) ||
                        (j < b && !consumed_[j] && units_[j].is(u_cap) && !units_[j].is(u_lexical | u_connector) &&
                        !units_[j].is(u_namey) && doc_.tokens[units_[j].first].has(token_word) &&
                        (doc_.key(units_[j].first).size() <= 3 || j + 1 == b || (j + 1 < b && units_[j + 1].is(u_namey))));
    std::size_t name_end = name_run_end(j, b, forced);
    // "Visiting Professor of Law,", "Major Hurricane", "Head Start": one ordinary word after a title is
    // no name, unless the dictionary knows it as one ("Ambassador Rice") or the article has named it
    if (name_end == j + 1 && units_[j].is(u_common) && !units_[j].is(u_proper) &&
        !is_known_surname(doc_.key(units_[j].first)))
        name_end = j;
    std::string position = office_first == SIZE_MAX ? std::string()
                                                    : surface(office_first, office_end != SIZE_MAX ? office_end : title_end);
    // "former Prime Minister Boris Johnson": an office held once is not the one "the prime minister" is
    if (!position.empty() && held_once(qualifier_unit != SIZE_MAX ? qualifier_unit : title_first)) {
        position = "former " + position;
        // ("Kenya's former Prime Minister Raila Odinga": the country before "former")
        if (country.empty())
            if (const std::size_t before = country_before_former(title_first); before != SIZE_MAX) country = qualifier_code(before);
    }
    if (starts_with(position, "Former ")) position[0] = 'f';  // as it reads mid-sentence
    // "President of the People's Republic of China Xi Jinping" serves China
    std::size_t title_country = country_of_title(title_first, title_end);
    // ("Special Advisor to the Brazilian President Celso Amorim": the country of the office served)
    for (std::size_t u = title_first + 2; title_country == SIZE_MAX && u < title_end; ++u)
        if (units_[u].is(u_demonym) && units_[u - 1].is(u_the) && doc_.key(units_[u - 2].first) == "to") title_country = u;
    if (title_country != SIZE_MAX && country.empty()) country = units_[title_country].country->value;
    // ("Crown Prince of Abu Dhabi Sheikh Khaled": or of a place in it, whose country it is)
    if (title_country == SIZE_MAX && country.empty() && title_end >= title_first + 3) {
        const Unit& last = units_[title_end - 1];
        if (last.is(u_place) && last.place && !last.place->country.empty() && doc_.key(units_[title_end - 2].first) == "of")
            country = last.place->country;
    }
    if (name_end == j) {
        if (!honorific && has_title) {
            // "Director of the U.S. Geological Survey": a country before more of a name names a body
            const bool body_follows = title_country != SIZE_MAX && title_end < b && units_[title_end].is(u_cap);
            Mention& m = add(title_first, title_end, EntityType::person, MentionKind::title);
            m.position = position;
            m.country = body_follows && qualifier_unit == SIZE_MAX ? std::string() : country;
            if (qualifier_unit != SIZE_MAX) add_country(qualifier_unit, true);
            if (field_unit != SIZE_MAX) add_qualifier(field_unit);
            if (title_country != SIZE_MAX && !body_follows) add_country(title_country, true);
            for (std::size_t k = i; k < title_end; ++k) consumed_[k] = true;
        }
        return title_end;
    }
    const std::size_t of_country = country_after_name(name_end);
    Mention& m = add(j, name_end, EntityType::person, MentionKind::name);
    m.position = position;
    if (honorific) address_gender = units_[title_first].honorific->value;
    if (address_gender != "-") m.gender = std::string(address_gender);
    m.country = country;
    const std::size_t person = doc_.mentions.size() - 1;
    if (of_country != SIZE_MAX && doc_.mentions[person].country.empty())
        doc_.mentions[person].country = units_[of_country].country->value;
    // "the Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat": a form of address
    // alone leaves the title before the comma to the name, when the title says what office it is
    // ("Together, the Vice President, Dr. Gupta, Director Perez" is a list)
    // ("Minister for Defence, the Hon Richard Marles MP": "the" before the style)
    const std::size_t address_first = title_first > 1 && units_[title_first - 1].is(u_the) &&
                                              units_[title_first].is(u_honorific) && units_[title_first - 2].is(u_comma)
                                          ? title_first - 1
                                          : title_first;
    // ("The Prime Minister, Shri Narendra Modi met ...": an office that opens the sentence needs none, unless
    // the name goes on to a list's next office)
    const bool opens_sentence = address_first >= 3 && units_[address_first - 1].is(u_comma) &&
                                units_[address_first - 2].is(u_title) && doc_.key(sentence_.first_token) == "the" &&
                                units_[address_first - 2].first <= sentence_.first_token + 3 &&
                                !(name_end + 1 < units_.size() && units_[name_end].is(u_comma) && units_[name_end + 1].is(u_title));
    if (!has_title) read_lower_case_title(address_first, person, /*complement_required=*/!opens_sentence);
    // "His Excellency Mr. Shehbaz Sharif, Prime Minister of the Islamic Republic of Pakistan": or after it;
    // after a rank alone too ("His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar")
    // ("Ambassador Mohamed El-Shennawy, Spokesman for the Presidency": or a form of address alone)
    const bool address_only = office && schema_.title_marked(to_lower_ascii(doc_.mentions[person].position), "courtesy");
    if (!has_title || !office || title_is_style || address_only) {
        std::string rank = std::move(doc_.mentions[person].position);
        doc_.mentions[person].position.clear();
        read_trailing_title(name_end, person);
        if (doc_.mentions[person].position.empty()) doc_.mentions[person].position = std::move(rank);
    } else {
        read_party_tag(name_end);  // "Senate Majority Leader John Thune, R-S.D., told reporters"
    }
    // "his Saudi counterpart, Prince Faisal bin Farhan": the office before the comma says whom he serves
    // ("its foreign minister, Prince Faisal": and, when the title is only a rank, which office he holds;
    // "the Crown Prince, Sheikh Tahnoon, and Mr. Doval" is a list). Before a rank it needs no comma
    // when it names the country: "Sudan's army chief General Abdel Fattah al-Burhan".
    const bool title_set_off = title_first > 0 && units_[title_first - 1].is(u_comma);
    if (has_title && country.empty() && title_first > 0 && (title_set_off || !office)) {
        const std::string own_title = doc_.mentions[person].position, own_country = doc_.mentions[person].country;
        read_lower_case_title(title_first, person);
        const std::string& read_office = doc_.mentions[person].position;
        const bool rank_only = title_is_style || std::all_of(units_.begin() + title_first, units_.begin() + title_end,
                                                             [](const Unit& u) { return u.rank || !u.is(u_title); });
        // The office read is his when it names his country ("The Emir of Qatar, Sheikh Tamim"); set off
        // by a comma, also in lower case; in capitals it may be someone else's in a list.
        const bool names_country = doc_.mentions[person].country != own_country;
        const bool in_lower_case = !read_office.empty() && read_office.front() >= 'a' && read_office.front() <= 'z';
        // ("Philippine Coast Guard commandant Admiral Ronnie Gil Gavan": or right after a body's name)
        const bool after_body = in_lower_case && title_first >= 2 && !units_[title_first - 1].is(u_cap) &&
                                units_[title_first - 2].is(u_agency) && units_[title_first - 2].is(u_cap);
        // ("the Chair of the NATO Military Committee, Admiral Giuseppe Cavo Dragone": or a body's office
        // before a rank)
        // ("The Minister of Foreign Affairs, Amb. Yusuf Tuggar,": or, when the sentence opens on it, before
        // a courtesy title; not one of a list's titles before: "X, Senior Advisor and Director of ..., Ambassador Y")
        const bool opens_on_office = title_set_off && doc_.key(sentence_.first_token) == "the" &&
                                     units_[title_first - 1].first > sentence_.first_token + 1 &&
                                     collapse_whitespace(doc_.text(doc_.tokens[sentence_.first_token + 1].begin,
                                                                   doc_.tokens[units_[title_first - 1].first - 1].end)) == read_office;
        const bool courtesy_only = opens_on_office && schema_.title_marked(to_lower_ascii(own_title), "courtesy");
        const bool bodys_office = title_set_off && (rank_only || courtesy_only) && read_office.find(" of ") != std::string::npos;
        const bool his_office = read_office != own_title && !read_office.empty() &&
                                (names_country || (title_set_off && in_lower_case) || after_body || bodys_office);
        // ("the Permanent Secretary of Nigeria's Ministry of Foreign Affairs, Ambassador Adamu Lamuwa": a
        // courtesy title alone is how the holder of the office is addressed)
        const bool style_only = rank_only || (title_set_off && schema_.title_marked(to_lower_ascii(own_title), "courtesy"));
        if (!own_title.empty() && !(style_only && his_office)) doc_.mentions[person].position = own_title;
    }
    if (qualifier_unit != SIZE_MAX) add_country(qualifier_unit, true);
    if (field_unit != SIZE_MAX) add_qualifier(field_unit);
    if (title_country != SIZE_MAX) add_country(title_country, true);
    if (of_country != SIZE_MAX) add_country(of_country, true);
    for (std::size_t k = i; k < (of_country != SIZE_MAX ? of_country + 1 : name_end); ++k) consumed_[k] = true;
    return of_country != SIZE_MAX ? of_country + 1 : name_end;
}

bool SentenceReader::posted_to_body(std::size_t u) const {
    if (!units_[u].is(u_agency) || !units_[u].agency->country.empty()) return false;
    for (++u; u < units_.size() && (units_[u].is(u_title | u_title_mod) || has_lower_title(units_[u].first)); ++u)
        if (schema_.is_posting_title(doc_.key(units_[u].end - 1))) return true;
    return false;
}

bool SentenceReader::held_once(std::size_t u) const {
    return units_[u].first > sentence_.first_token && doc_.key(units_[u].first - 1) == "former";
}

std::size_t SentenceReader::country_before_former(std::size_t u) const {
    const std::size_t former = unit_at_token(units_[u].first - 1);
    if (former == units_.size() || former == 0) return SIZE_MAX;
    std::size_t country = former - 1;
    if (units_[country].is(u_possessive) && country > 0) --country;
    return units_[country].is(u_countryish) && !units_[country].is(u_compound) ? country : SIZE_MAX;
}

std::size_t SentenceReader::read_national(std::size_t country, std::size_t name, std::size_t b) {
    // "U.S. Middle East envoy Steve Witkoff": a place before the word in lower case is the field
    const bool field = name == country + 3 && is_field(country + 1);
    // "China's U.N. envoy Fu Cong": the body is where the country posted its envoy
    const bool posted = name == country + 3 && posted_to_body(country + 1);
    if ((name != country + 2 && !field && !posted) || !units_[country].is(u_country) || name + 1 >= b || consumed_[name] ||
        !units_[name].is(u_cap))
        return country;
    const std::size_t first_mention = doc_.mentions.size();
    const std::size_t end = read_bare_name(name, b);
    for (std::size_t m = first_mention; m < doc_.mentions.size(); ++m) {
        Mention& person = doc_.mentions[m];
        if (person.type != EntityType::person || person.first_token != units_[name].first ||
            person.end_token - person.first_token < 2)
            continue;
        if (person.country.empty()) person.country = units_[country].country->value;
        add_country(country, true);
        if (field) add_qualifier(country + 1);
        for (std::size_t k = country; k < name; ++k) consumed_[k] = true;
        return end;
    }
    return end > name ? end : country;
}

}  // namespace kg::recognition
