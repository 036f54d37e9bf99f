#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <cstring>

#include "ingest/text.hpp"

namespace kg::recognition {

namespace {

/// Whether a word is written as romanised Japanese (Hepburn): syllables of an optional consonant
/// and a vowel, a doubled consonant or a syllabic "n" ("Kishida", "Toshimitsu", "Shinzo"). An
/// acronym ("DNI", "SRSG") or an English name ("Haines") is not.
bool romanised_japanese(std::string_view word) {
    static constexpr std::string_view onsets[] = {"ch", "sh", "ts", "ky", "gy", "ny", "hy", "by", "py", "my", "ry",
                                                  "j",  "k",  "g",  "s",  "z",  "t",  "d",  "n",  "h",  "b",  "p",
                                                  "m",  "y",  "r",  "w",  "f"};
    const std::string w = to_lower_ascii(word);
    auto vowel = [&](std::size_t k) { return k < w.size() && std::strchr("aiueo", w[k]) != nullptr; };
    for (std::size_t i = 0; i < w.size();) {
        std::size_t j = i;
        if (j + 1 < w.size() && w[j] == w[j + 1] && std::strchr("kstpc", w[j])) ++j;  // "Hokkaido", "Hattori"
        for (auto onset : onsets)
            if (w.compare(j, onset.size(), onset) == 0) {
                j += onset.size();
                break;
            }
        if (vowel(j)) i = j + 1;
        else if (w[i] == 'n' && j == i + 1) i = j;  // "Shinzo", "Ken"
        else return false;
    }
    return !w.empty();
}

}  // namespace

std::string SentenceReader::surface(std::size_t a, std::size_t b) const {
    std::string out;
    for (std::size_t k = a; k < b; ++k) {
        for (std::uint32_t t = units_[k].first; t < units_[k].end; ++t) {
            const Token& tok = doc_.tokens[t];
            if (!out.empty() && tok.has(token_space_before)) out += ' ';
            std::string_view text = doc_.text(tok);
            for (std::size_t i = 0; i < text.size();) {
                const std::size_t s = i;
                const char32_t cp = next_code_point(text, i);
                if (cp == 0x2019 || cp == 0x2018) {
                    out += '\'';
                } else if (cp == 0xA0) {
                    out += ' ';
                } else {  // with the plain ASCII after it, in one append
                    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
                    out.append(text.substr(s, i - s));
                }
            }
        }
    }
    return out;
}

Mention& SentenceReader::add(std::size_t a, std::size_t b, EntityType type, MentionKind kind) {
    Mention m;
    m.first_token = units_[a].first;
    m.end_token = units_[b - 1].end;
    m.begin = byte_begin(a);
    m.end = byte_end(b - 1);
    m.sentence = index_;
    m.type = type;
    m.kind = kind;
    m.name = type == EntityType::person && kind == MentionKind::name ? person_name(a, b) : surface(a, b);
    doc_.mentions.push_back(std::move(m));
    return doc_.mentions.back();
}

std::string SentenceReader::person_name(std::size_t a, std::size_t b) const {
    if (b - a != 2 || !unknown_acronym(a) || doc_.tokens[units_[a + 1].first].has(token_all_caps) ||
        units_[a + 1].end != units_[a + 1].first + 1 || !romanised_japanese(doc_.key(units_[a].first)) ||
        !romanised_japanese(doc_.key(units_[a + 1].first)))
        return surface(a, b);
    const std::string surname(doc_.text(doc_.tokens[units_[a].first]));
    return surface(a + 1, b) + " " + surname.substr(0, 1) + to_lower_ascii(surname.substr(1));
}

bool SentenceReader::is_field(std::size_t k) const {
    return units_[k].is(u_cap) && units_[k].is(u_place | u_country) &&
           !units_[k].is(u_compound | u_title | u_agency);
}

bool SentenceReader::names_portfolio(const Unit& unit) const {
    if (unit.end != unit.first + 1) return false;
    const auto& meanings = schema_.lexicon().exact(doc_.key(unit.first));
    return std::any_of(meanings.begin(), meanings.end(), [&](std::uint32_t id) {
        return schema_.entry(id).marked("portfolio") || schema_.entry(id).marked("ministry");
    });
}

void SentenceReader::add_qualifier(std::size_t k) {
    if (units_[k].is(u_countryish)) {
        add_country(k, true);
    } else if (units_[k].is(u_place) && !units_[k].is(u_agency)) {
        Mention& p = add(k, k + 1, EntityType::place, MentionKind::name);
        p.known_id = units_[k].place->value;
        p.country = units_[k].place->country;
        p.qualifier = true;
    }
}

void SentenceReader::add_country(std::size_t u, bool qualifier) {
    const Unit& unit = units_[u];
    if (unit.is(u_compound)) {
        for (const auto& part : unit.parts) {
            Mention m;
            m.first_token = unit.first;
            m.end_token = unit.end;
            m.begin = part.begin;
            m.end = part.end;
            m.sentence = index_;
            m.name = std::string(doc_.text(part.begin, part.end));
            m.qualifier = qualifier;
            if (part.entry->category == LexCategory::agency) {
                m.type = EntityType::agency;
                m.known_id = m.name = part.entry->value;
                m.country = part.entry->country;
            } else {
                m.type = EntityType::country;
                m.known_id = m.country = part.entry->value;
            }
            doc_.mentions.push_back(std::move(m));
        }
        return;
    }
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)  // read already, as a body's country
        if (doc_.mentions[m].type == EntityType::country && doc_.mentions[m].first_token == unit.first) return;
    Mention& m = add(u, u + 1, EntityType::country, MentionKind::name);
    m.known_id = m.country = unit.country->value;
    m.qualifier = qualifier;
}

void SentenceReader::interpret_chunk(std::size_t a, std::size_t b) {
    consumed_.assign(units_.size(), false);
    read_bodies_by_head(a, b);
    read_events(a, b);
    read_agencies(a, b);
    read_venues(a, b);
    read_honours(a, b);
    read_people(a, b);
    read_rest(a, b);
}

void SentenceReader::read_bodies_by_head(std::size_t a, std::size_t b) {
    for (std::size_t h = a; h < b; ++h) {
        const Unit& unit = units_[h];
        if (!unit.is(u_cap) || !(unit.alone || unit.is(u_event)) || unit.end != unit.first + 1 ||
            (h > a && units_[h - 1].is(u_cap) && !units_[h - 1].is(u_the)))
            continue;
        // ("the Council of Economic Advisers" is another body; "Chairperson of the Council" a title's)
        if (h + 1 < b && (units_[h + 1].is(u_connector | u_and) ||
                          (units_[h + 1].is(u_cap) && !units_[h + 1].is(u_title | u_title_mod))))
            continue;
        const std::size_t before = h > a && units_[h - 1].is(u_the) ? h - 1 : h;
        if (before > a && one_of(doc_.key(units_[before - 1].first), {"of", "for"})) continue;
        const Mention* body = body_named_with_head(doc_.key(unit.first));
        if (!body || (!unit.alone && body->known_id.empty())) continue;
        std::string name = body->name, known_id = body->known_id, country = body->country;  // add() may move it
        Mention& m = add(h, h + 1, EntityType::agency, MentionKind::name);
        m.name = std::move(name);
        m.known_id = std::move(known_id);
        m.country = std::move(country);
        consumed_[h] = true;
    }
}

const Mention* SentenceReader::body_named_with_head(std::string_view head) const {
    for (std::size_t m = first_mention_; m-- > 0;) {
        const Mention& body = doc_.mentions[m];
        if (body.type != EntityType::agency || body.kind != MentionKind::name || body.end_token < body.first_token + 2)
            continue;
        if (doc_.key(body.end_token - 1) == head) return &body;
    }
    return nullptr;
}

}  // namespace kg::recognition
