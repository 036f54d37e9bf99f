#include "ingest/entity_resolver/resolution.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "ingest/entity_resolver.hpp"
#include "ingest/text.hpp"

namespace kg::resolution {

int Resolution::new_entity(EntityType type, std::string name) {
    Entity e;
    e.type = type;
    e.name = std::move(name);
    doc_.entities.push_back(std::move(e));
    return static_cast<int>(doc_.entities.size() - 1);
}

void Resolution::read_surnames_named_as_places() {
    std::set<std::string> surnames;
    for (const auto& m : doc_.mentions) {
        if (m.type != EntityType::person || m.kind != MentionKind::name) continue;
        const auto words = person_name_words(m.name, schema_);
        // (a person for sure: one with a title; "Asian Pacific" may be a misread body's name)
        if (words.size() >= 2 && !m.position.empty())
            surnames.insert(words.back());
    }
    if (surnames.empty()) return;
    for (auto& m : doc_.mentions) {
        if (m.type != EntityType::place || m.kind != MentionKind::name || m.qualifier ||
            m.end_token != m.first_token + 1 || !surnames.count(to_lower_ascii(m.name)))
            continue;
        const bool after_preposition = m.first_token > 0 && schema_.in_category(doc_.key(m.first_token - 1), LexCategory::place_prep);
        const bool dateline = m.end_token < doc_.tokens.size() &&
                              (doc_.key(m.end_token) == "," || doc_.key(m.end_token) == "-" || doc_.key(m.end_token) == "--");
        if (after_preposition || dateline) continue;
        m.type = EntityType::person;
        m.country.clear();
        m.known_id.clear();
    }
}

void Resolution::resolve_countries_places() {
    std::map<std::string, int> by_key;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        auto& m = doc_.mentions[i];
        if ((m.type != EntityType::country && m.type != EntityType::place) || m.kind != MentionKind::name) continue;
        // ("Bogotá" in a headline, "BOGOTA" in the dateline: one city, accents or none; most names are
        // plain ASCII, which lower case folds alone)
        const std::string& written = m.known_id.empty() ? m.name : m.known_id;
        const std::string key = std::string(to_string(m.type)) + ":" + (is_ascii(written) ? to_lower_ascii(written) : fold_for_lookup(written));
        auto found = by_key.find(key);
        if (found == by_key.end()) {
            std::string name = m.type == EntityType::country ? std::string(schema_.country_name(m.known_id)) : m.known_id;
            if (name.empty()) name = m.name;
            const int e = new_entity(m.type, name);
            doc_.entities[e].country = m.type == EntityType::country ? m.known_id : m.country;
            found = by_key.emplace(key, e).first;
        }
        // "summit in Arusha" in the headline, "ARUSHA, Tanzania" in the dateline: the region said once
        auto& e = doc_.entities[found->second];
        if (e.country.empty() && m.type == EntityType::place) e.country = m.country;
        link(i, found->second);
    }
}

std::string Resolution::short_name_in_brackets_after(const Mention& m) const {
    const std::uint32_t open = m.end_token;
    if (open + 2 >= doc_.tokens.size() || doc_.key(open) != "(" || doc_.key(open + 2) != ")") return {};
    const Token& word = doc_.tokens[open + 1];
    if (!word.has(token_all_caps) || word.end - word.begin < 2) return {};
    return std::string(doc_.text(word));
}

bool Resolution::names_foreign_ministry(std::string_view name) {
    std::string lower = to_lower_ascii(name);
    if (starts_with(lower, "the ")) lower.erase(0, 4);
    if (starts_with(lower, "foreign ministry")) return lower.size() == 16 || starts_with(lower.substr(16), " of ");
    // (one word before it, the country's: "Qatari Foreign Ministry")
    return ends_with(lower, " foreign ministry") && lower.find(' ') == lower.size() - 17;
}

void Resolution::resolve_agencies() {
    struct Cluster {
        std::string key, country;
        int entity;
    };
    std::vector<Cluster> clusters;
    std::vector<std::size_t> descriptions;
    // "the National Crime Agency (NCA)", then "NCA Director General Graeme Biggar": a short name the
    // article defines in brackets after a body's name is that body's
    std::map<std::string, int> defined;  // the short name's key -> the body
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        auto& m = doc_.mentions[i];
        if (m.type != EntityType::agency) continue;
        if (m.kind == MentionKind::description) { descriptions.push_back(i); continue; }
        // ("the Qatari Foreign Ministry", "the Foreign Ministry of Qatar": the formal name that the lower
        // case's "the Qatari foreign ministry" gets, so that all are one body)
        const bool foreign_ministry = m.known_id.empty() && !m.country.empty() && names_foreign_ministry(m.name);
        const std::string* qualified = m.known_id.empty() && m.country.empty() ? known_body_qualifying(m.name) : nullptr;
        // ("The White House Task Force met": a sentence's article, read with the gazetteer's "the White
        // House", is no word of the name)
        const std::string bare = m.known_id.empty() && starts_with(m.name, "The ") ? m.name.substr(4) : std::string();
        const std::string& name = foreign_ministry ? foreign_ministry_name
                                  : qualified      ? *qualified
                                  : !bare.empty()  ? bare
                                  : m.known_id.empty() ? m.name
                                                       : m.known_id;
        const std::string key = agency_key(name);
        int entity = -1;
        if (const auto found = defined.find(key); found != defined.end() && m.known_id.empty()) entity = found->second;
        for (auto& c : clusters) {
            if (c.key != key) continue;
            if (!c.country.empty() && !m.country.empty() && c.country != m.country) continue;
            entity = c.entity;
            if (c.country.empty()) c.country = m.country;
            break;
        }
        if (entity < 0) {
            entity = new_entity(EntityType::agency, name);
            clusters.push_back({key, m.country, entity});
        }
        if (const std::string short_name = short_name_in_brackets_after(m); !short_name.empty())
            defined.emplace(agency_key(short_name), entity);
        auto& e = doc_.entities[entity];
        if (e.country.empty()) e.country = m.country;
        if (!m.known_id.empty()) e.name = m.known_id;
        // "Japan's Ministry of Foreign Affairs" is the gazetteer's "Ministry of Foreign Affairs of Japan"
        if (m.known_id.empty() && !e.country.empty())
            if (const std::string_view national = schema_.national_agency(e.name, e.country); !national.empty())
                e.name = std::string(national);
        link(i, entity);
    }
    // "the ministry": the last agency named with that head word, else the only one; "the alliance",
    // "the bloc": the last international body named before
    for (auto i : descriptions) {
        const std::string head = to_lower_ascii(doc_.text(doc_.mentions[i]).substr(4));
        const bool grouping = one_of(head, {"alliance", "bloc"});
        int best = -1;
        for (std::size_t j = 0; j < doc_.mentions.size(); ++j) {
            const auto& other = doc_.mentions[j];
            if (other.type != EntityType::agency || other.entity < 0 || other.kind == MentionKind::description) continue;
            const Entity& body = doc_.entities[other.entity];
            if (grouping ? !body.country.empty() || other.begin > doc_.mentions[i].begin
                         : to_lower_ascii(body.name).find(head) == std::string::npos)
                continue;
            if (best < 0 || other.begin < doc_.mentions[i].begin) best = other.entity;
        }
        link(i, best);
    }
}

const std::string* Resolution::known_body_qualifying(const std::string& bare) const {
    // "Supreme Court hears arguments", then "The U.S. Supreme Court": the known body the article names
    // with its country before the bare name
    const std::string suffix = " " + bare;
    for (const Mention& other : doc_.mentions)
        if (other.type == EntityType::agency && !other.known_id.empty() && !other.country.empty() &&
            ends_with(doc_.text(other), suffix))
            return &other.known_id;
    return nullptr;
}

void Resolution::resolve_people() {
    // Full names first, longest first, so shorter names can join them.
    std::vector<std::size_t> named, singles, titles;
    std::unordered_map<std::size_t, std::vector<std::string>> words_of_mention;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        const auto& m = doc_.mentions[i];
        if (m.type != EntityType::person) continue;
        if (m.kind == MentionKind::name) {
            auto& words = words_of_mention[i] = person_name_words(m.name, schema_);
            (words.size() >= 2 ? named : singles).push_back(i);
        } else if (m.kind == MentionKind::title || m.kind == MentionKind::description) {
            titles.push_back(i);
        }
    }
    // (tentative names last: they join a name the text gives, or are no one)
    std::stable_sort(named.begin(), named.end(), [&](std::size_t a, std::size_t b) {
        const bool tentative_a = doc_.mentions[a].tentative, tentative_b = doc_.mentions[b].tentative;
        if (tentative_a != tentative_b) return tentative_b;
        return words_of_mention[a].size() > words_of_mention[b].size();
    });
    std::vector<std::pair<std::vector<std::string>, int>> people;
    auto attach = [&](std::size_t i, int entity) {
        link(i, entity);
        auto& e = doc_.entities[entity];
        const auto& m = doc_.mentions[i];
        // (a peer's word, "his Singaporean counterpart", is no office)
        if (!m.position.empty() && !names_a_peer(m.position)) {
            // "Foreign Ministers Baerbock and Sikorski": each holds the office in the singular
            // ("Gov." is "Governor"; "Sens. Mitch McConnell" is a "Senator")
            std::string position = schema_.spelled_out_title(m.position);
            if (std::string singular = schema_.singular_title(position); !singular.empty()) position = std::move(singular);
            // ("PRESIDENT TINUBU RECEIVES ..." in a headline, then "President Bola Ahmed Tinubu": one office)
            const std::string lower = to_lower_ascii(position);
            const bool held = std::any_of(e.positions.begin(), e.positions.end(), [&](const std::string& p) { return to_lower_ascii(p) == lower; });
            if (held) {
                // the office as the text writes it in sentences, not in a headline's capitals
                for (auto& p : e.positions)
                    if (to_lower_ascii(p) == lower && std::all_of(p.begin(), p.end(), [](char c) { return !std::islower(static_cast<unsigned char>(c)); }))
                        p = position;
            } else {
                e.positions.push_back(std::move(position));
            }
        }
        if (e.country.empty()) e.country = m.country;
        if (e.gender.empty()) e.gender = m.gender;
    };
    std::map<int, std::uint32_t> introduced_at;  // where each full name first appears
    for (auto i : named) {
        const auto& words = words_of_mention[i];
        int entity = -1;
        for (auto& [known, e] : people)
            if (subset_of(words, known)) {
                entity = e;
                // ("Joao Gomes Cravinho" in a headline, "João Gomes Cravinho" in the text: the name with its accents)
                const std::string name = strip_trailing_punctuation(doc_.mentions[i].name);
                if (words.size() == known.size() && !is_ascii(name) && is_ascii(doc_.entities[e].name))
                    doc_.entities[e].name = name;
                break;
            }
        if (entity < 0 && doc_.mentions[i].tentative) continue;
        if (entity < 0) {
            entity = new_entity(EntityType::person, strip_trailing_punctuation(doc_.mentions[i].name));
            people.emplace_back(words, entity);
        }
        attach(i, entity);
        auto [at, first] = introduced_at.emplace(entity, doc_.mentions[i].begin);
        if (!first) at->second = std::min(at->second, doc_.mentions[i].begin);
    }
    for (auto i : singles) {
        const auto& words = words_of_mention[i];
        if (words.empty()) continue;
        const Mention& m = doc_.mentions[i];
        // a full name's key starts with the formal given name: "Jon" is the "jonathan" of "Jon Finer"
        const std::string_view given = schema_.formal_name(words[0]);
        std::set<int> namesakes, titled;  // full names with this word; those whose titles agree
        const bool regnal = !m.position.empty() && regnal_title(m.position);
        for (auto& [known, e] : people)
            if (known.size() >= 2 && (known.front() == words[0] || known.front() == given || known.back() == words[0])) {
                namesakes.insert(e);
                // ("King Charles" is not Chuck Schumer: a sovereign goes by a given name, which joins only
                // a full name whose holder is known to be one)
                if (regnal && !std::any_of(doc_.entities[e].positions.begin(), doc_.entities[e].positions.end(),
                                           [&](const std::string& p) { return regnal_title(p); }))
                    continue;
                // (an office "also" held says nothing of the others: "Xi, who is also general secretary of ...")
                if (m.also_holds || compatible_positions(m.position, doc_.entities[e].positions)) titled.insert(e);
            }
        if (namesakes.empty()) {
            // "President Lula" after "Luiz Inácio Lula da Silva": a middle name of one person only
            for (auto& [known, e] : people)
                if (known.size() >= 3 && std::find(known.begin() + 1, known.end() - 1, words[0]) != known.end() - 1)
                    namesakes.insert(e);
            if (namesakes.size() == 1) titled = namesakes;
        }
        if (titled.size() > 1) {
            // "Kishida said" after Prime Minister Fumio Kishida and before Yuko Kishida: a surname
            // refers back to the one namesake the reader has met so far.
            std::set<int> met;
            for (int e : titled)
                if (introduced_at[e] < m.begin) met.insert(e);
            if (met.size() != 1) continue;  // "Wang" after two Wangs: leave it out
            titled = met;
        }
        int entity = titled.empty() ? -1 : *titled.begin();
        // "Ambassador Rice" is the article's one Rice, Domestic Policy Advisor Susan Rice: former
        // holders keep a courtesy title, so it does not tell namesakes apart as "President" does.
        // ("Rep. Michael McCaul met Lai. McCaul, the chair of the House Foreign Affairs Committee, said":
        // an office set off after the surname says more of the one namesake; it names no other)
        const bool office_after = m.end_token + 1 < doc_.tokens.size() && doc_.key(m.end_token) == "," &&
                                  (one_of(doc_.key(m.end_token + 1), {"the", "a", "an", "who"}) ||
                                   starts_with(to_lower_ascii(m.position), doc_.key(m.end_token + 1)));
        if (titled.empty() && namesakes.size() == 1 && (courtesy_title(m.position) || office_after)) {
            const auto& gender = doc_.entities[*namesakes.begin()].gender;
            if (m.gender.empty() || gender.empty() || gender == m.gender) entity = *namesakes.begin();
        }
        if (entity < 0) {
            // "Jaishankar" at a sentence's start is a name when "S. Jaishankar" came before
            for (auto& [known, e] : people)
                if (known == words) entity = e;
            if (entity < 0 && doc_.mentions[i].tentative) continue;
            // "Malacañang said" beside "Malacañang Palace": a place's or body's short name, or the body
            if (entity < 0 && m.position.empty() && begins_place_or_body(m)) continue;
            if (entity < 0) {
                entity = new_entity(EntityType::person, strip_trailing_punctuation(doc_.mentions[i].name));
                people.emplace_back(words, entity);
            }
        }
        // ("EAM Jaishankar" in a headline, then "S. Jaishankar", "King Abdullah", then "Abdullah II": the
        // name with its initials or regnal number, which are no words of it)
        const std::string written = strip_trailing_punctuation(m.name);
        const std::string& known_as = doc_.entities[entity].name;
        if (ends_with(written, " " + known_as) || starts_with(written, known_as + " ")) doc_.entities[entity].name = written;
        attach(i, entity);
        take_particles_before(i);
    }
    // "the Executive Vice Minister", "the ambassador": the one person who holds that title ("the
    // president" is President Biden, not Vice President Harris, whose title only contains it)
    // each person's first name mention, looked up below for a title's one holder (one pass, not one a title)
    std::vector<const Mention*> first_names(doc_.entities.size(), nullptr);
    for (const Mention& m : doc_.mentions)
        if (m.type == EntityType::person && m.kind == MentionKind::name && m.entity >= 0) {
            const Mention*& first = first_names[static_cast<std::size_t>(m.entity)];
            if (!first || m.begin < first->begin) first = &m;
        }
    const auto first_name_of = [&](int entity) { return first_names[static_cast<std::size_t>(entity)]; };
    // each person's offices as their titles spell them out ("Raksha Mantri": "defence minister"), read
    // once, when a title is first compared with them
    std::vector<std::vector<std::string>> offices_meant(doc_.entities.size());
    std::vector<bool> meant_read(doc_.entities.size(), false);
    const auto meant_offices = [&](std::size_t e) -> const std::vector<std::string>& {
        if (!meant_read[e])
            for (const auto& p : doc_.entities[e].positions) offices_meant[e].push_back(to_lower_ascii(schema_.office_meant(p)));
        meant_read[e] = true;
        return offices_meant[e];
    };
    for (auto i : titles) {
        if (const int named = named_in_apposition(i); named >= 0) {
            link(i, named);
            continue;
        }
        // ("The Egyptian delegation included Sameh Shoukry, Minister of Foreign Affairs": not the UAE's
        // minister of that title named before)
        if (const int named = named_before_apposition(i); named >= 0) {
            link(i, named);
            continue;
        }
        // ("EAM also met ...": an office's initials, spelled out)
        const std::string wanted = to_lower_ascii(schema_.office_meant(doc_.mentions[i].position));
        const bool spelled_differently = wanted != to_lower_ascii(doc_.mentions[i].position);
        const std::string& country = doc_.mentions[i].country;
        // ("the Ukrainian leader" after President Zelensky: a country's head of state or government,
        // whichever title he holds)
        const bool any_leader = wanted == "leader" && !country.empty();
        std::set<int> holders;
        for (const auto& other : doc_.mentions) {
            if (other.type != EntityType::person || other.entity < 0 || other.kind != MentionKind::name) continue;
            // "the Qatari prime minister" is Qatar's, not one whose country the article never said (unless
            // people.tsv says it: "Prime Minister Anthony Albanese ... The Australian leader")
            const Entity& holder = doc_.entities[other.entity];
            if (!country.empty() && holder.country != country &&
                !(holder.country.empty() && schema_.known_person_country(holder.name) == country))
                continue;
            for (const auto& p : holder.positions)
                if (holds_title(to_lower_ascii(p), wanted) || (any_leader && schema_.is_leader_position(p)))
                    holders.insert(other.entity);
            // ("Raksha Mantri also called on ...": the holder's office as the title spells it out too)
            // (only for a title written in another language or in short: most are compared as written)
            if (spelled_differently && !holders.count(other.entity))
                for (const auto& meant : meant_offices(static_cast<std::size_t>(other.entity)))
                    if (holds_title(meant, wanted)) holders.insert(other.entity);
        }
        // ("The Prime Minister spoke to President Zelenskyy ... also spoke to Canadian Prime Minister Justin
        // Trudeau": one introduced later with a country of his own is someone else)
        for (auto it = holders.begin(); it != holders.end();) {
            const Mention* first = first_name_of(*it);
            const bool introduced_later = !doc_.in_headline(doc_.mentions[i].first_token) && first &&
                                          first->sentence > doc_.mentions[i].sentence && !first->country.empty() &&
                                          country.empty();
            it = introduced_later ? holders.erase(it) : std::next(it);
        }
        if (holders.size() > 1) {
            // "Prime Minister also met the Prime Minister of Italy, Giorgia Meloni": not the one
            // named beside it
            for (const auto& other : doc_.mentions)
                if (other.sentence == doc_.mentions[i].sentence && &other != &doc_.mentions[i] && other.entity >= 0)
                    holders.erase(other.entity);
        }
        if (holders.size() > 1 && doc_.mentions[i].kind == MentionKind::description)
            holders = last_named_of(holders, doc_.mentions[i].sentence);
        if (holders.empty() && !country.empty()) {
            if (const int holder = untitled_holder(doc_.mentions[i]); holder >= 0) {
                attach(i, holder);
                continue;
            }
        }
        // ("the President continues to engage with ... President Sisi": one named only after the office,
        // later in its sentence, is someone else, whom the holder of the office meets)
        if (holders.size() == 1) {
            const int holder = *holders.begin();
            const Mention& title = doc_.mentions[i];
            const Mention* first_named = first_name_of(holder);
            bool named_after = first_named && first_named->sentence == title.sentence && first_named->first_token > title.first_token;
            // (not the title set off before its own name: "U.S. Secretary of Health and Human Services, Xavier Becerra")
            if (named_after) {
                bool verb_between = false;
                for (std::uint32_t t = title.end_token; t < first_named->first_token && !verb_between; ++t)
                    verb_between = doc_.tokens[t].has(token_word) && !doc_.tokens[t].capitalised() &&
                                   !one_of(doc_.key(t), {"of", "the", "and", "for", "to", "on", "in", "at"});
                named_after = verb_between;
            }
            if (!named_after) link(i, holder);
        }
    }
}

int Resolution::untitled_holder(const Mention& description) const {
    if (description.position.empty()) return -1;
    // ("Prime Minister Chinh and his Singaporean counterpart held talks": a peer holds an office of his own)
    const bool peer = description.position == "counterpart";  // (one peer: "counterparts" are several)
    int found = -1;
    for (const Mention& m : doc_.mentions) {
        if (m.type != EntityType::person || m.kind != MentionKind::name || m.entity < 0 || m.first_token >= description.first_token)
            continue;
        const Entity& person = doc_.entities[static_cast<std::size_t>(m.entity)];
        // (the country the text gives, or the one people.tsv knows: "Donald Trump")
        const std::string_view country = person.country.empty() ? schema_.known_person_country(person.name) : person.country;
        if (country != description.country || m.entity == found) continue;
        if (found >= 0 || (!person.positions.empty() && !peer)) return -1;
        found = m.entity;
    }
    return found;
}

std::set<int> Resolution::last_named_of(const std::set<int>& holders, std::uint32_t sentence) const {
    std::set<int> last;
    std::uint32_t last_sentence = 0;
    for (const Mention& m : doc_.mentions) {
        if (m.sentence >= sentence || m.sentence + 2 < sentence || m.entity < 0 || !holders.count(m.entity)) continue;
        if (last.empty() || m.sentence > last_sentence) {
            last = {m.entity};
            last_sentence = m.sentence;
        } else if (m.sentence == last_sentence) {
            last.insert(m.entity);
        }
    }
    return last.size() == 1 ? last : holders;
}

std::uint32_t Resolution::counterpart_before(const Mention& m) const {
    const std::uint32_t first = doc_.sentences[m.sentence].first_token;
    for (std::uint32_t t = m.first_token; t > first && m.first_token - t < 10; --t) {
        const std::string_view word = doc_.key(t - 1);
        if (names_a_peer(word)) return t - 1;
        if (!doc_.tokens[t - 1].capitalised() && !one_of(word, {",", "and"})) break;
    }
    return UINT32_MAX;
}

void Resolution::copy_counterparts_offices() {
    for (const Mention& m : doc_.mentions) {
        if (m.type != EntityType::person || m.kind != MentionKind::name || m.entity < 0) continue;
        const std::uint32_t word = counterpart_before(m);  // (rare: looked for first)
        if (word == UINT32_MAX) continue;
        Entity& peer = doc_.entities[static_cast<std::size_t>(m.entity)];
        if (!std::all_of(peer.positions.begin(), peer.positions.end(), [&](const std::string& p) { return courtesy_title(p); }))
            continue;
        // whose: "his counterpart", "his Nigerian counterpart", "his Polish and Lithuanian counterparts"
        std::uint32_t owner = word;
        while (owner > doc_.sentences[m.sentence].first_token && word - owner < 3 &&
               (doc_.tokens[owner - 1].capitalised() || doc_.key(owner - 1) == "and"))
            --owner;
        if (owner == 0 || !one_of(doc_.key(owner - 1), {"his", "her", "their"})) continue;
        // the host: the first person of the sentence who holds an office, or the one a relative clause
        // describes ("Merz was accompanied by Foreign Minister Johann Wadephul, who held talks with his
        // Polish counterpart")
        const Mention* host = nullptr;
        for (std::size_t k = 0; k < doc_.mentions.size() && !host; ++k) {
            const Mention& other = doc_.mentions[k];
            if (other.sentence != m.sentence || other.first_token != owner - 1 || other.kind != MentionKind::pronoun) continue;
            if (const std::size_t antecedent = relative_antecedent(k); antecedent != SIZE_MAX) host = &doc_.mentions[antecedent];
        }
        for (const Mention& other : doc_.mentions)
            if (!host && other.sentence == m.sentence && other.type == EntityType::person && other.entity >= 0 &&
                other.end_token <= word && !doc_.entities[static_cast<std::size_t>(other.entity)].positions.empty())
                host = &other;
        if (!host || host->entity == m.entity) continue;
        for (const std::string& office : doc_.entities[static_cast<std::size_t>(host->entity)].positions) {
            const std::string lower = to_lower_ascii(office);
            if (lower.find(" of ") != std::string::npos || lower.find(" for ") != std::string::npos ||
                lower.find(" to ") != std::string::npos || starts_with(lower, "former ") || courtesy_title(office))
                continue;
            // (an office a word names only as a leader's: "Secretary Blinken and his counterpart" must
            // leave "the Secretary" his)
            if (!schema_.is_leader_position(office) && lower.find(' ') == std::string::npos) continue;
            // ("the foreign secretary, David Lammy, ... his US counterpart, Marco Rubio": a secretary's
            // office is named as each government names its own, so his counterpart's is another name)
            if (ends_with(lower, "secretary")) continue;
            if (std::find(peer.positions.begin(), peer.positions.end(), office) == peer.positions.end())
                peer.positions.push_back(office);
        }
    }
}

void Resolution::take_country_of_leader_served() {
    // "Prime Minister Mario Draghi of Italy and Diplomatic Advisor to the Prime Minister Luigi Mattiolo":
    // an adviser to "the" leader serves the country of the one holder of that office the article names
    for (Entity& adviser : doc_.entities) {
        if (adviser.type != EntityType::person || !adviser.country.empty()) continue;
        for (const std::string& position : adviser.positions) {
            const std::string lower = to_lower_ascii(position);
            const auto at = lower.find(" to the ");
            if (at == std::string::npos) continue;
            const std::string served = lower.substr(at + 8);
            if (!schema_.is_leader_position(served)) continue;
            // (the one holder, of a known country: not "Chief of Staff to the President" Gbajabiamila where
            // Presidents Tinubu, of no country said yet, and Ramaphosa are both named)
            const Entity* holder = nullptr;
            bool one = true;
            for (const Entity& leader : doc_.entities) {
                if (leader.type != EntityType::person || &leader == &adviser) continue;
                const bool holds = std::any_of(leader.positions.begin(), leader.positions.end(),
                                               [&](const std::string& p) { return to_lower_ascii(p) == served; });
                if (!holds) continue;
                one = one && !holder;
                holder = &leader;
            }
            const std::string country = one && holder ? holder->country : std::string();
            if (!country.empty()) {
                adviser.country = country;
                break;
            }
        }
    }
}

void Resolution::take_country_of_owner() {
    // "Orban ... sent his foreign minister, Peter Szijjarto,": an office the pronoun's leader owns serves his
    // country ("his counterpart" is no office, and another country's)
    for (std::size_t i = 1; i < doc_.mentions.size(); ++i) {
        const Mention& m = doc_.mentions[i];
        if (m.type != EntityType::person || m.kind != MentionKind::name || m.entity < 0 || m.position.empty() ||
            !doc_.entities[static_cast<std::size_t>(m.entity)].country.empty())
            continue;
        const Mention& owner = doc_.mentions[i - 1];
        if (owner.kind != MentionKind::pronoun || owner.entity < 0 || owner.sentence != m.sentence ||
            !one_of(doc_.key(owner.first_token), {"his", "her"}) || m.first_token > owner.end_token + 5)
            continue;
        // (the words between are the office and nothing else: not "his participation in President Biden's ...")
        std::uint32_t office_end = m.first_token;
        if (office_end > owner.end_token && doc_.key(office_end - 1) == ",") --office_end;
        if (office_end <= owner.end_token ||
            !iequals_ascii(doc_.text(doc_.tokens[owner.end_token].begin, doc_.tokens[office_end - 1].end), m.position))
            continue;
        const Entity& leader = doc_.entities[static_cast<std::size_t>(owner.entity)];
        if (!leader.country.empty() && schema_.holds_leader_office(leader.positions))
            doc_.entities[static_cast<std::size_t>(m.entity)].country = leader.country;
    }
}

int Resolution::named_in_apposition(std::size_t title) const {
    const Mention& m = doc_.mentions[title];
    if (m.end_token >= doc_.tokens.size() || !one_of(doc_.key(m.end_token), {",", "of", "for", "to"})) return -1;
    for (std::size_t i = title + 1; i < doc_.mentions.size(); ++i) {
        const Mention& other = doc_.mentions[i];
        if (other.sentence != m.sentence) return -1;
        if (other.first_token < m.end_token) continue;  // inside the office: "Prime Minister of Pakistan"
        if (other.first_token - m.end_token > 10) return -1;
        if (other.type != EntityType::person) continue;
        if (other.kind != MentionKind::name || other.entity < 0) return -1;
        for (std::uint32_t t = m.end_token; t < other.first_token; ++t) {
            const std::string_view word = doc_.key(t);
            if (word == "and" || word == "." || word == ";" || word == "(") return -1;
        }
        // the name follows the comma, or forms of address do: "..., Ambassador Akuei Bona Malwal"
        std::uint32_t comma = other.first_token;
        while (comma > m.end_token && doc_.key(comma - 1) != ",") --comma;
        if (comma == m.end_token) return -1;
        for (std::uint32_t t = comma; t < other.first_token; ++t)
            if (!doc_.tokens[t].capitalised()) return -1;
        return other.entity;
    }
    return -1;
}

void Resolution::take_particles_before(std::size_t i) {
    Mention& m = doc_.mentions[i];
    if (m.entity < 0) return;
    const std::string full = " " + to_lower_ascii(doc_.entities[m.entity].name) + " ";
    std::string tail = to_lower_ascii(m.name);
    std::uint32_t first = m.first_token;
    while (first > doc_.sentences[m.sentence].first_token && is_name_particle(doc_.key(first - 1)) &&
           full.find(" " + std::string(doc_.key(first - 1)) + " " + tail + " ") != std::string::npos) {
        tail = std::string(doc_.key(first - 1)) + " " + tail;
        --first;
    }
    if (first == m.first_token) return;
    m.first_token = first;
    m.begin = doc_.tokens[first].begin;
    m.name = std::string(doc_.article.text.substr(m.begin, m.end - m.begin));
}

int Resolution::named_before_apposition(std::size_t title) const {
    const Mention& m = doc_.mentions[title];
    if (title == 0 || m.first_token < 2) return -1;
    const std::uint32_t first = doc_.sentences[m.sentence].first_token;
    std::uint32_t comma = m.first_token - 1;
    // ("Li Chenggang, China International Trade Representative": capitalised words of the office before it)
    while (comma > first + 1 && m.first_token - comma <= 3 && doc_.tokens[comma].capitalised() && doc_.key(comma) != ",") --comma;
    if (one_of(doc_.key(comma), {"the", "a"}) && comma > 0) --comma;
    std::size_t j = title;  // the name before them, past a country among them
    while (j > 0 && doc_.mentions[j - 1].sentence == m.sentence && doc_.mentions[j - 1].first_token > comma) --j;
    if (j == 0) return -1;
    const Mention& before = doc_.mentions[j - 1];
    if (before.sentence != m.sentence || before.type != EntityType::person || before.kind != MentionKind::name ||
        before.entity < 0 || before.end_token != comma || doc_.key(comma) != ",")
        return -1;
    // set off on both sides: in "Melissa Dalton, Assistant Secretary at DHS Blas Nunez-Neto" it is the next name's
    // ("António Costa, President of the European Council, and ...": past the body the office is of)
    std::uint32_t after = m.end_token;
    if (after + 1 < doc_.sentences[m.sentence].end_token && one_of(doc_.key(after), {"of", "for"})) {
        std::uint32_t body_first = after + (doc_.key(after + 1) == "the" ? 2 : 1);
        // ("Friedrich Merz, the leader of the center-right Christian Democratic Union,": past words that describe it)
        const std::uint32_t end = doc_.sentences[m.sentence].end_token;
        for (std::uint32_t t = body_first; t < end && t < body_first + 4 && !doc_.tokens[t].capitalised() &&
                                            (doc_.tokens[t].has(token_word) || doc_.key(t) == "-");
             ++t)
            if (t + 1 < end && doc_.tokens[t + 1].capitalised()) body_first = t + 1;
        for (std::size_t k = title + 1; k < doc_.mentions.size() && doc_.mentions[k].sentence == m.sentence; ++k) {
            const Mention& body = doc_.mentions[k];
            if (body.first_token == body_first && (body.type == EntityType::agency || body.type == EntityType::country))
                after = std::max(after, body.end_token);
        }
    }
    // ("Li Chenggang, China International Trade Representative and vice minister of commerce,": or a
    // second office joined to it)
    const bool closed = after >= doc_.sentences[m.sentence].end_token || one_of(doc_.key(after), {",", ";", ".", ")"}) ||
                        (doc_.key(after) == "and" && after + 1 < doc_.sentences[m.sentence].end_token &&
                         !doc_.tokens[after + 1].capitalised());
    return closed ? before.entity : -1;
}

bool Resolution::holds_title(const std::string& position, const std::string& title) {
    if (starts_with(position, "former ")) return false;  // held it once: "the prime minister" is another
    for (auto at = position.find(title); at != std::string::npos; at = position.find(title, at + 1)) {
        const std::string_view before = std::string_view(position).substr(0, at);
        // ("co-leader": one of several holders, none of them "the leader")
        const bool deputy = ends_with(before, "vice ") || ends_with(before, "vice-") || ends_with(before, "deputy ") ||
                            ends_with(before, "under ") || ends_with(before, "assistant ") || ends_with(before, "co-");
        // ("Special Advisor to the Brazilian President", "Assistant to the President": whom one serves)
        const bool served = (" " + std::string(before)).find(" to ") != std::string::npos;
        if (!deputy && !served) return true;
    }
    return false;
}

bool Resolution::regnal_title(const std::string& position) const {
    std::string lower = to_lower_ascii(position);
    if (const auto of = lower.find(" of "); of != std::string::npos) lower.resize(of);  // "Sultan of Oman"
    return schema_.title_marked(lower, "regnal");
}

bool Resolution::courtesy_title(const std::string& position) const {
    const std::string lower = to_lower_ascii(position);
    return schema_.title_marked(lower, "courtesy") || schema_.title_marked(lower, "rank");
}

std::string Resolution::portfolio_first(const std::string& title) {
    for (std::string_view office : {"minister", "secretary"})
        for (std::string_view link : {" of ", " for "}) {
            const std::string head = std::string(office) + std::string(link);
            if (title.compare(0, head.size(), head) != 0) continue;
            std::string field = title.substr(head.size());
            if (field.compare(0, 4, "the ") == 0) field.erase(0, 4);
            // ("minister of foreign affairs of japan" names a country too: not one portfolio)
            if (field.empty()) return title;
            for (std::string_view more : {" of ", " for ", " to "})
                if (field.find(more) != std::string::npos) return title;
            // ("secretary of agriculture and rural development" is the agriculture secretary)
            if (const auto joined = field.find(" and "); joined != std::string::npos) field.erase(joined);
            return field + " " + std::string(office);
        }
    return title;
}

std::string Resolution::without_country(std::string title) const {
    const auto of = title.rfind(" of ");
    if (of == std::string::npos) return title;
    std::string_view rest = std::string_view(title).substr(of + 4);
    if (rest.compare(0, 4, "the ") == 0) rest.remove_prefix(4);
    for (auto id : schema_.lexicon().exact_words(rest))
        if (schema_.entry(id).category == LexCategory::country) {
            title.resize(of);
            return title;
        }
    return title;
}

std::string Resolution::comparable_office(const std::string& position) const {
    return same_portfolio_words(portfolio_first(without_country(to_lower_ascii(position))));
}

std::string Resolution::same_portfolio_words(std::string title) {
    // ("foreign affairs minister" is the "foreign minister", "home affairs minister" the "home minister")
    for (auto at = title.find(" affairs "); at != std::string::npos; at = title.find(" affairs ")) title.erase(at, 8);
    return title;
}

namespace {

/// "Deputy Prime Minister Gan" and "Minister for Trade and Industry Gan Kim Yong": a deputy head of
/// government most often holds a ministry as well, so the two offices may be one person's.
bool deputy_leader_and_minister(const std::string& a, const std::string& b) {
    const auto deputy = [](const std::string& office) {
        for (const char* title : {"deputy prime minister", "vice premier", "vice-premier", "deputy premier"})
            if (office.find(title) != std::string::npos) return true;
        return false;
    };
    const auto minister = [](const std::string& office) { return office.find("minister") != std::string::npos; };
    return (deputy(a) && minister(b)) || (deputy(b) && minister(a));
}

}  // namespace

bool Resolution::compatible_positions(const std::string& position, const std::vector<std::string>& held) const {
    if (position.empty() || held.empty()) return true;
    const std::string office = without_former(schema_.spelled_out_title(position));  // as held: "Governor"
    const std::string wanted = comparable_office(office);
    for (const auto& held_position : held) {
        const std::string p = without_former(held_position);
        const std::string mine = comparable_office(p);
        if (mine.find(wanted) != std::string::npos || wanted.find(mine) != std::string::npos) return true;
        if (deputy_leader_and_minister(mine, wanted)) return true;
        // "PM Shehbaz" is Prime Minister Shehbaz Sharif
        if (title_initials(p) == office || title_initials(office) == p) return true;
    }
    return false;
}

}  // namespace kg::resolution
