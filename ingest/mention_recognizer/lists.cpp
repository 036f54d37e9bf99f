#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/text.hpp"

namespace kg::recognition {

void SentenceReader::read_party_tags() {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        Mention& person = doc_.mentions[m];
        if (person.type != EntityType::person || person.kind != MentionKind::name || !person.country.empty()) continue;
        const std::uint32_t tag = person.end_token + 1;
        if (tag >= sentence_.end_token || !one_of(doc_.key(person.end_token), {"(", ","}) || !party_tag_at(tag)) continue;
        person.country = "US";
    }
}

bool SentenceReader::party_tag_at(std::size_t token) const {
    const std::string_view text = doc_.text(doc_.tokens[token]);
    if (text.size() < 4 || text.size() > 9 || text[1] != '-' || !one_of(text.substr(0, 1), {"D", "R", "I"})) return false;
    if (text[2] < 'A' || text[2] > 'Z') return false;
    return std::all_of(text.begin() + 3, text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '.'; });
}

void SentenceReader::read_national_lists() {
    for (std::size_t u = 0; u + 2 < units_.size(); ++u) {
        if (!national_adjective(u)) continue;
        std::vector<std::size_t> countries{u};
        while (u + 2 < units_.size() && units_[u + 1].is(u_and | u_comma) && national_adjective(u + 2)) {
            u += 2;
            countries.push_back(u);
        }
        std::size_t k = u + 1;
        if (units_[k].is(u_possessive)) ++k;
        std::size_t office_end = k;
        while (office_end < units_.size() && office_end - k < 3 &&
               (is_title_word(units_[office_end], false) || plural_office(office_end)))
            ++office_end;
        if (office_end == k || !plural_office(office_end - 1) || office_end == units_.size()) continue;
        std::size_t next = office_end;
        if (units_[next].is(u_comma)) ++next;
        std::vector<std::size_t> people;
        for (std::size_t person; (person = person_named_at(past_titles(next))) != SIZE_MAX;) {
            people.push_back(person);
            next = unit_at_token(doc_.mentions[person].end_token);
            if (next < units_.size() && units_[next].is(u_comma)) ++next;
            if (next < units_.size() && units_[next].is(u_and)) ++next;
        }
        if (people.size() < 2 || (countries.size() > 1 && countries.size() != people.size())) continue;
        for (std::size_t p = 0; p < people.size(); ++p)
            if (doc_.mentions[people[p]].country.empty())
                doc_.mentions[people[p]].country = qualifier_code(countries[countries.size() > 1 ? p : 0]);
        for (std::size_t country : countries) qualify(country);
    }
}

void SentenceReader::read_plural_titles() {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        if (doc_.mentions[m].type != EntityType::person || doc_.mentions[m].kind != MentionKind::name) continue;
        // the first name's position stays the text's (the relation stage finds it there); the
        // resolver keeps its singular
        // ("Sens. Mitch McConnell of Kentucky, Susan Collins of Maine and Lisa Murkowski of Alaska": an
        // abbreviation's plural, and each name's state after "of")
        const std::string singular = schema_.singular_title(schema_.spelled_out_title(doc_.mentions[m].position));
        if (singular.empty()) continue;
        // ("Cabinet Secretaries Musalia Mudavadi (Foreign Affairs) and Davis Chirchir (Roads and Transport)":
        // or each one's portfolio in brackets)
        const auto past_home = [&](std::size_t u) {
            if (u + 1 < units_.size() && doc_.key(units_[u].first) == "of" && units_[u + 1].is(u_place | u_country)) return u + 2;
            if (u < units_.size() && doc_.key(units_[u].first) == "(")
                for (std::size_t close = u + 1; close < units_.size() && close < u + 8; ++close)
                    if (doc_.key(units_[close].first) == ")") return close + 1;
            return u;
        };
        std::vector<std::size_t> listed;
        std::size_t next = past_home(unit_at_token(doc_.mentions[m].end_token));
        for (std::size_t person;;) {
            const bool comma = next < units_.size() && units_[next].is(u_comma);
            if (comma) ++next;
            const bool last = next < units_.size() && units_[next].is(u_and);
            if (last) ++next;
            if ((!comma && !last) || (person = person_named_at(next)) == SIZE_MAX) {
                listed.clear();  // the list did not close with "and"
                break;
            }
            listed.push_back(person);
            if (last) break;
            next = past_home(unit_at_token(doc_.mentions[person].end_token));
        }
        for (auto person : listed)
            if (doc_.mentions[person].position.empty()) doc_.mentions[person].position = singular;
    }
}

bool SentenceReader::national_adjective(std::size_t u) const {
    return units_[u].is(u_countryish) && units_[u].is(u_cap) && !units_[u].is(u_compound);
}

std::size_t SentenceReader::past_titles(std::size_t u) const {
    while (u < units_.size() && units_[u].is(u_cap) && units_[u].is(u_title | u_title_mod) && person_named_at(u) == SIZE_MAX)
        ++u;
    return u;
}

bool SentenceReader::plural_office(std::size_t u) const {
    if (units_[u].is(u_cap) || units_[u].end - units_[u].first != 1) return false;
    const std::string_view key = doc_.key(units_[u].first);
    if (key.size() < 4 || key.back() != 's') return false;
    return schema_.in_category(key, LexCategory::title) || schema_.in_category(key.substr(0, key.size() - 1), LexCategory::title);
}

std::size_t SentenceReader::person_named_at(std::size_t u) const {
    if (u >= units_.size()) return SIZE_MAX;
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        const Mention& mention = doc_.mentions[m];
        if (mention.type == EntityType::person && mention.kind == MentionKind::name && mention.first_token == units_[u].first)
            return m;
    }
    return SIZE_MAX;
}

std::size_t SentenceReader::unit_at_token(std::uint32_t token) const {
    const auto found = std::lower_bound(units_.begin(), units_.end(), token, [](const Unit& unit, std::uint32_t t) {
        return unit.first < t;
    });
    return found != units_.end() && found->first == token ? static_cast<std::size_t>(found - units_.begin()) : units_.size();
}

std::size_t SentenceReader::read_organisation_and_officer(std::size_t i, std::size_t b) {
    std::size_t end = i;
    if (unknown_acronym(i)) {
        end = i + 1;
    } else {
        while (end < b && end - i < 3 && !consumed_[end] && units_[end].is(u_cap) && units_[end].is(u_unknown | u_proper) &&
               !units_[end].is(u_lexical | u_connector) && !is_known_surname(doc_.key(units_[end].first)))
            ++end;
        // ("Foxconn Chairman Young Liu": or a chairman, after words no dictionary knows)
        const bool unknown_words = std::all_of(units_.begin() + i, units_.begin() + end, [](const Unit& u) { return u.is(u_unknown); });
        const bool chair = end < b && one_of(doc_.key(units_[end].first), {"chairman", "chairwoman", "chairperson"});
        if (end < b && !units_[end].corporate && !(chair && end > i && unknown_words)) return i;
    }
    if (end == i || end >= b || consumed_[end] || !units_[end].is(u_title | u_title_mod) || units_[end].rank) return i;
    // "HMS Queen Elizabeth": a ship, not a queen serving HMS
    if (units_[end].regnal) return i;
    const std::size_t mentions_before = doc_.mentions.size();
    add(i, end, EntityType::agency, MentionKind::name);
    for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
    const std::size_t read = read_person_at(end, b);
    const bool named = read > end && doc_.mentions.size() > mentions_before + 1 &&
                       doc_.mentions.back().type == EntityType::person;
    if (named) return read;
    doc_.mentions.resize(mentions_before);
    for (std::size_t k = i; k < read; ++k) consumed_[k] = false;
    return i;
}

std::size_t SentenceReader::country_of_title(std::size_t first, std::size_t end) const {
    if (end < first + 3) return SIZE_MAX;
    std::size_t u = end - 1;
    // "Emir of Qatar Sheikh Tamim": a rank or a form of address between the office and the name
    while (u > first + 2 && (units_[u].rank || units_[u].is(u_honorific))) --u;
    if (!units_[u].is(u_country) || units_[u].is(u_compound)) return SIZE_MAX;
    std::size_t before = u - 1;
    if (units_[before].is(u_the)) --before;
    // ("Ambassador of India to Japan Sibi George": the country served, not the one posted to)
    if (doc_.key(units_[before].first) == "to" && before >= first + 3) {
        std::size_t served = before - 1;
        std::size_t of = served - 1;
        if (units_[of].is(u_the) && of > first) --of;
        if (units_[served].is(u_country) && !units_[served].is(u_compound) && doc_.key(units_[of].first) == "of") return served;
    }
    return doc_.key(units_[before].first) == "of" ? u : SIZE_MAX;
}

}  // namespace kg::recognition
