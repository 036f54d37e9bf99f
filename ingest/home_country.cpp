#include "ingest/home_country.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/date_parser.hpp"
#include "ingest/document.hpp"
#include "ingest/entity_resolver.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// Each sentence's mentions, gathered in one pass: the steps below read one sentence at a time, and
/// a scan of all mentions for each sentence would grow with the square of an article's length.
class MentionsBySentence {
public:
    explicit MentionsBySentence(const Document& doc) : first_(doc.sentences.size() + 1, 0) {
        const std::size_t sentences = doc.sentences.size();
        for (const Mention& m : doc.mentions)  // counted, then placed
            if (m.sentence < sentences) ++first_[m.sentence + 1];
        for (std::size_t s = 1; s < first_.size(); ++s) first_[s] += first_[s - 1];
        mentions_.resize(first_.back());
        std::vector<std::size_t> next(first_.begin(), first_.end() - 1);
        for (const Mention& m : doc.mentions)
            if (m.sentence < sentences) mentions_[next[m.sentence]++] = &m;
    }
    struct Range {
        const Mention* const* first;
        const Mention* const* last;
        const Mention* const* begin() const { return first; }
        const Mention* const* end() const { return last; }
    };
    /// The mentions of sentence `s`, in the order the document has them.
    Range of(std::uint32_t s) const { return {mentions_.data() + first_[s], mentions_.data() + first_[s + 1]}; }

private:
    std::vector<std::size_t> first_;
    std::vector<const Mention*> mentions_;
};

/// Whether the tokens from `first` to `end`, or to a dash, are a date and nothing else: "26 September
/// 2024", "March 10, 2025 --", "Thursday, 8th May 2025".
bool only_date_after(const Document& doc, std::uint32_t first, std::uint32_t end) {
    bool month = false;
    for (std::uint32_t t = first; t < end; ++t) {
        if (is_dash(doc.key(t))) return month;
        const std::string_view key = doc.key(t);
        if (doc.tokens[t].has(token_number) || one_of(key, {",", "."}) || weekday_from_name(key) != 0 ||
            numeric_ordinal(key) > 0)
            continue;
        if (month_from_name(doc.key(t)) == 0) return false;
        month = true;
    }
    return month;
}

/// The country of the article's dateline ("SEOUL, Aug. 23 --", the first place written in capitals), or "".
/// The dateline opens a sentence, and a comma, a bracket, a colon or a dash follows it, or it stands alone on its
/// line ("ANKARA", then the story); in ordinary case, a dash follows it ("Jakarta (ANTARA) - ..."):
/// "UNITED NATIONS (AP)" lies in no country, whatever "U.S." comes later;
/// "EU and UK leaders meet" is a headline.
std::string_view dateline_country(const Document& doc) {
    for (const Mention& m : doc.mentions) {
        const Sentence& sentence = doc.sentences[m.sentence];
        if (m.first_token != sentence.first_token) continue;
        const bool alone = m.end_token == sentence.end_token;
        const std::string_view after = alone ? std::string_view() : doc.key(m.end_token);
        if (!doc.tokens[m.first_token].has(token_all_caps)) {
            // "Jakarta (ANTARA) - ...": a place in ordinary case and a dash open the story too, though
            // not a headline's "Iran - US talks resume"; so does one with the date alone on its line
            // ("Islamabad, 26 September 2024"), or with the date and a dash ("Riyadh, March 10, 2025, SPA --")
            if (m.sentence > 2 || doc.in_headline(m.first_token)) continue;
            if ((alone || !is_dash(after)) && !(after == "," && only_date_after(doc, m.end_token + 1, sentence.end_token))) continue;
        } else if (!alone && !one_of(after, {",", "(", ":"}) && !is_dash(after)) {
            continue;
        }
        const bool place = m.type == EntityType::place || m.type == EntityType::country;
        if (!place || m.entity < 0 || (alone && m.sentence > 2)) return {};
        return doc.entities[static_cast<std::size_t>(m.entity)].country;
    }
    return {};
}

/// The home of an article without a wire's credit: a local paper's ("MANILA - President Marcos and
/// Australian Prime Minister Albanese ...") names its own officials without their country and foreign
/// ones with it. So the dateline's country is home when the text has placed someone in another country
/// and no one yet in that one; a correspondent abroad names the officials there as foreign instead
/// ("KYIV - Secretary Blinken met Ukraine's president, Volodymyr Zelensky").
std::string_view uncredited_home(const Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    const std::string_view dateline = dateline_country(doc);
    if (dateline.empty()) return {};
    // ("Mexico's Ambassador to the United States, Esteban Moctezuma": an envoy abroad is named with
    // his country by any paper, at home too)
    auto envoy = [&](const Entity& person) {
        return std::any_of(person.positions.begin(), person.positions.end(), [&](const std::string& position) {
            const std::string lower = to_lower_ascii(position);
            const auto words = split(lower, ' ');
            return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return schema.is_posting_title(word); });
        });
    };
    // ("MEA spokesperson Arindam Bagchi" is India's by his ministry, which any paper names so)
    auto placed_by_body = [&](int person) {
        return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
            return r.type == RelationType::member_of && r.source == person &&
                   doc.entities[static_cast<std::size_t>(r.target)].country == dateline;
        });
    };
    // ("the signing by Kenya's Trade Cabinet Secretary Rebecca Miano and Tanzania's Minister for
    // Industry and Trade Ashatu Kijaji": a home paper too names its own beside another country's)
    auto set_beside_foreign = [&](const Entity& person) {
        for (const std::uint32_t named : person.mentions) {
            const Mention& own = doc.mentions[named];
            if (own.country != dateline) continue;
            for (const Mention* other : by_sentence.of(own.sentence))
                if (other->type == EntityType::person && !other->country.empty() && other->country != dateline) return true;
        }
        return false;
    };
    bool placed_abroad = false;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const Entity& person = doc.entities[e];
        if (person.type != EntityType::person || person.country.empty()) continue;
        if (person.country != dateline) placed_abroad = true;
        else if (!placed_by_body(static_cast<int>(e)) && !envoy(person) && !set_beside_foreign(person)) return {};
    }
    return placed_abroad ? dateline : std::string_view();
}

/// Whether an agency is a government body of a country the text does not name: no gazetteer knows it
/// and no country qualifies it, and its head is a government's ("Department of Foreign Affairs",
/// "Presidential Communications Office", "National Intelligence Organization"). At home, it is home's.
bool unplaced_government_body(const Document& doc, const Entity& agency) {
    if (agency.type != EntityType::agency || !agency.country.empty()) return false;
    for (auto m : agency.mentions)
        if (!doc.mentions[m].known_id.empty()) return false;
    static constexpr std::string_view heads[] = {"ministry", "department", "office", "directorate", "bureau", "agency",
                                                 "commission", "council", "organization", "organisation", "authority",
                                                 "service", "secretariat", "administration", "board"};
    const std::string name = to_lower_ascii(agency.name);
    return std::any_of(std::begin(heads), std::end(heads),
                       [&](std::string_view head) { return name.find(head) != std::string::npos; });
}

/// Whether the person is already tied to a country, or to a body that is not the home country's (a UN
/// official, a company's chief; not a party of no country): either says where the person belongs better
/// than a dateline does.
bool placed_elsewhere(const Document& doc, int person, std::string_view home) {
    return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
        if (r.source != person) return false;
        if (r.type == RelationType::represents) return true;
        if (r.type != RelationType::member_of) return false;
        const Entity& body = doc.entities[static_cast<std::size_t>(r.target)];
        if (body.country == home || unplaced_government_body(doc, body)) return false;
        // (a party several countries' parties are named like, "Democratic Party", places no one)
        const std::string_view name = body.name;
        return !(body.country.empty() && name.size() > 6 && iequals_ascii(name.substr(name.size() - 6), " party"));
    });
}

/// The government bodies of no named country that home officials are members of are home's too.
void place_bodies_at_home(Document& doc, std::string_view home, int home_entity, const char* evidence) {
    std::vector<Relation> found;
    for (const Relation& r : doc.relations) {
        if (r.type != RelationType::member_of || r.source < 0 || r.target < 0) continue;
        Entity& body = doc.entities[static_cast<std::size_t>(r.target)];
        if (doc.entities[static_cast<std::size_t>(r.source)].country != home || !unplaced_government_body(doc, body))
            continue;
        body.country = std::string(home);
        found.push_back({RelationType::part_of, r.target, home_entity, r.sentence, "", evidence});
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// Whether someone else already holds one of the person's offices of head of state or government for
/// the home country: AFP from Paris names "French President Emmanuel Macron", so "President Donald
/// Trump" is another country's president. (A country has many secretaries and ministers.)
bool office_taken_at_home(const Document& doc, const Schema& schema, const Entity& person, std::string_view home) {
    return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& other) {
        if (&other == &person || other.type != EntityType::person || other.country != home) return false;
        for (const auto& position : person.positions)
            if (schema.is_leader_position(position) &&
                std::find(other.positions.begin(), other.positions.end(), position) != other.positions.end())
                return true;
        return false;
    });
}

/// "President Biden and Vice President Harris spoke with ...": whether the person is joined by "and" (and
/// his title's capitalised words) to the person named right before him, the pair meeting someone else.
bool joined_to_person_before(const Document& doc, const MentionsBySentence& by_sentence, const Mention& person) {
    const Mention* before = nullptr;
    for (const Mention* mp : by_sentence.of(person.sentence))
        if (const Mention& m = *mp; m.type == EntityType::person && m.kind == MentionKind::name &&
            m.end_token <= person.first_token && (!before || m.end_token > before->end_token))
            before = mp;
    if (!before || before->end_token >= person.first_token || !one_of(doc.key(before->end_token), {"and", ","})) return false;
    std::uint32_t t = before->end_token + 1;
    if (t < person.first_token && doc.key(t) == "and") ++t;  // ", and"
    for (; t < person.first_token; ++t)
        if (!doc.tokens[t].capitalised() && doc.key(t) != "-") return false;
    // (the list then meets someone else, "spoke with Prime Minister Netanyahu"; "Sullivan and Director
    // Wang met" are counterparts)
    const Sentence& sentence = doc.sentences[person.sentence];
    for (std::uint32_t u = person.end_token; u < sentence.end_token; ++u)
        if (doc.key(u) == "with") return true;
    // ("Defence Minister Phumtham and Foreign Minister Maris will represent Thailand at the meeting in
    // Phnom Penh": nor do two who represent or lead one side)
    std::uint32_t verb = person.end_token;
    while (verb < sentence.end_token && one_of(doc.key(verb), {"also", "will", "would", "jointly"})) ++verb;
    return verb < sentence.end_token && one_of(doc.key(verb), {"represent", "represented", "represents", "led", "lead",
                                                               "leads", "headed", "head", "heads", "accompanied"});
}

/// Whether a place's country lies abroad from `home`: ISO 3166 gives the United States' territories codes
/// of their own ("the White House Working Group on Puerto Rico" is held at home).
bool abroad_from(std::string_view country, std::string_view home) {
    if (country.empty() || country == home) return false;
    return !(home == "US" && one_of(country, {"PR", "GU", "VI", "AS", "MP", "UM"}));
}

/// "In Beijing he is due to meet President Xi Jinping": a person someone else goes to see, in a
/// sentence set abroad, is the other country's official.
bool met_abroad(const Document& doc, const MentionsBySentence& by_sentence, const Mention& titled, std::string_view home) {
    // ("President Biden and Vice President Harris spoke with Prime Minister Netanyahu ... support for
    // Israel": one joined to the person before by "and" is that person's companion, whom no one went to see)
    if (joined_to_person_before(doc, by_sentence, titled)) return false;
    // (nor one who reports it: "..., presidential spokesperson Kang Yu-jung told reporters")
    if (titled.end_token < doc.tokens.size() && one_of(doc.key(titled.end_token), {"said", "told", "says", "tells"})) return false;
    bool abroad = false, someone_before = false;
    for (const Mention* mp : by_sentence.of(titled.sentence)) {
        const Mention& m = *mp;
        // (not a country whose doings the sentence talks about: "to discuss the People's Republic of
        // China's cyber espionage campaign")
        const bool where = m.type == EntityType::place || m.end_token >= doc.tokens.size() || !doc.tokens[m.end_token].has(token_possessive);
        if ((m.type == EntityType::place || m.type == EntityType::country) && where && !m.qualifier && m.entity >= 0) {
            const std::string& country = doc.entities[static_cast<std::size_t>(m.entity)].country;
            abroad = abroad || abroad_from(country, home);
        }
        someone_before = someone_before || (m.type == EntityType::person && m.first_token < titled.first_token);
    }
    return abroad && someone_before;
}

/// "Deputy National Security Advisor Daleep Singh was in New Delhi": the article follows a home official
/// abroad, a trip's words before a place in another country in one of its first sentences.
bool follows_trip_abroad(const Document& doc, std::string_view home) {
    for (const Mention& m : doc.mentions) {
        if (m.sentence > 3 || m.first_token < 2) continue;
        if ((m.type != EntityType::place && m.type != EntityType::country) || m.qualifier || m.entity < 0) continue;
        const std::string& country = doc.entities[static_cast<std::size_t>(m.entity)].country;
        if (!abroad_from(country, home)) continue;
        const std::string_view before = doc.key(m.first_token - 1), verb = doc.key(m.first_token - 2);
        if (one_of(before, {"visited", "visiting"}) ||
            (one_of(before, {"in", "to"}) && one_of(verb, {"was", "were", "traveled", "travelled", "arrived", "trip", "travel"})))
            return true;
    }
    return false;
}

/// "Singh met with Principal Secretary P.K. Mishra", "called on", in an article that follows a home official abroad:
/// whom the official meets is the host's.
bool met_on_trip(const Document& doc, const Mention& titled) {
    const Sentence& sentence = doc.sentences[titled.sentence];
    bool met = false;
    for (std::uint32_t t = sentence.first_token + 1; t < titled.first_token && !met; ++t)
        met = one_of(doc.key(t), {"met", "meets", "meeting", "meetings"}) ||
              (one_of(doc.key(t), {"called", "calls"}) && doc.key(t + 1) == "on");  // "She called on State Minister ..."
    return met;
}

/// "Ontario Premier Doug Ford", "Chihuahua Gov. Maru Campos": the place right before a person's title,
/// joined to it by the title's words only (no comma, no dash; in capitals if asked: not the "Woodside
/// summit between President Xi"), which says where the office is; nullptr if none.
const Mention* place_of_office(const Document& doc, const MentionsBySentence& by_sentence, const Mention& titled, bool capitals_only) {
    for (const Mention* mp : by_sentence.of(titled.sentence)) {
        const Mention& m = *mp;
        if (m.type != EntityType::place || m.entity < 0 ||
            m.end_token >= titled.first_token || m.end_token + 3 < titled.first_token)
            continue;
        bool joined = true;
        for (std::uint32_t t = m.end_token; t < titled.first_token; ++t)
            joined = joined && doc.tokens[t].has(token_word) && (!capitals_only || doc.tokens[t].capitalised());
        if (joined) return mp;
    }
    return nullptr;
}

/// "former England captain David Beckham", "Ontario Premier Doug Ford": an office of a place in another
/// country is no home official's.
bool office_placed_abroad(const Document& doc, const MentionsBySentence& by_sentence, const Mention& titled, std::string_view home) {
    const Mention* place = place_of_office(doc, by_sentence, titled, /*capitals_only=*/false);
    return place && abroad_from(doc.entities[static_cast<std::size_t>(place->entity)].country, home);
}

/// The mention that gives a person's title (the first), else the first mention.
const Mention& titled_mention(const Document& doc, const Entity& person) {
    const auto& mentions = person.mentions;
    const auto with_title = std::find_if(mentions.begin(), mentions.end(), [&](std::uint32_t m) { return !doc.mentions[m].position.empty(); });
    return doc.mentions[with_title == mentions.end() ? mentions.front() : *with_title];
}

/// "Chihuahua Gov. Maru Campos", "Kyiv Mayor Vitali Klitschko": the holder of a place's office serves
/// the place's country.
void take_offices_countries(Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    std::vector<Relation> found;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        Entity& person = doc.entities[e];
        // (a head of state's or government's title is left to the rules above and below: a place's
        // "Premier" is no rival to the home President)
        if (person.type != EntityType::person || !person.country.empty() || person.positions.empty() || person.mentions.empty() ||
            schema.holds_leader_office(person.positions))
            continue;
        const Mention* place = nullptr;
        std::uint32_t sentence = 0;
        for (auto m : person.mentions)  // (any mention with a title: "The governor of Jalisco, Pablo Lemus", then "Jalisco Gov. Pablo Lemus")
            if (!place && !doc.mentions[m].position.empty())
                if ((place = place_of_office(doc, by_sentence, doc.mentions[m], /*capitals_only=*/true))) sentence = doc.mentions[m].sentence;
        if (!place) continue;
        const std::string country = doc.entities[static_cast<std::size_t>(place->entity)].country;
        if (country.empty()) continue;
        const int country_entity = doc.country_entity_or_add(country, schema.country_name(country));  // may grow doc.entities
        doc.entities[e].country = country;
        found.push_back({RelationType::represents, static_cast<int>(e), country_entity, sentence, "", "office"});
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// A person with no country yet takes the country of what a relation of `type` ties them to: "Jaishankar
/// and Singh represented India" (represents, a country); "CIA Director William Burns" (member_of, a
/// national body, whose country the text may never name: the attribute says it, no edge is drawn).
void take_countries_along(Document& doc, RelationType type, EntityType target_type) {
    for (const Relation& r : doc.relations) {
        if (r.type != type || r.source < 0 || r.target < 0) continue;
        Entity& person = doc.entities[static_cast<std::size_t>(r.source)];
        const Entity& target = doc.entities[static_cast<std::size_t>(r.target)];
        if (person.type == EntityType::person && person.country.empty() && target.type == target_type)
            person.country = target.country;
    }
}

/// The country people.tsv gives the person by any of the names the text uses, or "".
std::string_view known_country(const Entity& person, const Schema& schema) {
    std::string_view country = schema.known_person_country(person.name);
    for (std::size_t a = 0; country.empty() && a < person.aliases.size(); ++a)
        country = schema.known_person_country(person.aliases[a]);
    // ("President Xi", "President Giammattei": a head of state or government named by surname alone; not
    // "Speaker Johnson" nor "Governor Cooper", whose surnames are many people's)
    if (country.empty() && person.name.find(' ') == std::string::npos && schema.holds_leader_office(person.positions))
        country = schema.known_surname_country(person.name);
    return country;
}

/// "President Xi Jinping", "Modi": a well-known office holder the text gives no country is the
/// gazetteer's country's. An attribute only: the text does not say it, so no edge is drawn.
void take_known_people(Document& doc, const Schema& schema) {
    for (Entity& person : doc.entities)
        if (person.type == EntityType::person && person.country.empty()) person.country = std::string(known_country(person, schema));
}

/// "Minister for Defence Richard Marles" and "Minister of Defence Prabowo Subianto" in one article serve
/// two governments: a ministry named by its field alone is its members' country's, one body for each
/// country among them. An attribute, as for the members themselves: the text draws no edge. Members of
/// no known country keep the body of no country (it would give them the first one's).
void split_departments_by_country(Document& doc) {
    const std::size_t bodies = doc.entities.size();
    for (std::size_t b = 0; b < bodies; ++b) {
        if (!unplaced_government_body(doc, doc.entities[b]) || !names_a_government_department(agency_key(doc.entities[b].name)))
            continue;
        const auto member_country = [&](const Relation& r) -> const std::string& {
            return doc.entities[static_cast<std::size_t>(r.source)].country;
        };
        const auto member = [&](const Relation& r) { return r.type == RelationType::member_of && r.target == static_cast<int>(b); };
        bool body_taken = std::any_of(doc.relations.begin(), doc.relations.end(),
                                      [&](const Relation& r) { return member(r) && member_country(r).empty(); });
        std::vector<std::pair<std::string, int>> body_of_country;  // in the order the members come
        for (Relation& r : doc.relations) {
            if (!member(r) || member_country(r).empty()) continue;
            const std::string country = member_country(r);
            auto found = std::find_if(body_of_country.begin(), body_of_country.end(), [&](const auto& c) { return c.first == country; });
            if (found == body_of_country.end()) {
                int body = static_cast<int>(b);
                if (body_taken) {  // another government's body of the same name
                    Entity other;
                    other.type = EntityType::agency;
                    other.name = doc.entities[b].name;
                    other.country = country;
                    doc.entities.push_back(std::move(other));
                    body = static_cast<int>(doc.entities.size() - 1);
                } else {
                    doc.entities[b].country = country;
                    body_taken = true;
                }
                found = body_of_country.insert(body_of_country.end(), {country, body});
            }
            r.target = found->second;
        }
    }
}

/// The person mention that begins at `token` or within two tokens after it (past a title), or null.
const Mention* person_at(const Document& doc, std::uint32_t token, std::uint32_t sentence) {
    for (const Mention& m : doc.mentions)
        if (m.sentence == sentence && m.type == EntityType::person && m.entity >= 0 && m.first_token >= token &&
            m.first_token <= token + 2)
            return &m;
    return nullptr;
}

/// The person mention that ends right before `token` (past a comma), or null.
const Mention* person_before(const Document& doc, std::uint32_t token, std::uint32_t sentence) {
    const Mention* last = nullptr;
    for (const Mention& m : doc.mentions)
        if (m.sentence == sentence && m.type == EntityType::person && m.entity >= 0 && m.end_token <= token &&
            m.end_token + 2 >= token)
            last = &m;
    return last;
}

/// Whether the tokens [from, to) only join a list's names: commas, "and", and capitalised titles,
/// which may be set off before the name ("the Minister of Foreign Affairs, Anita Anand") when they
/// name no body or country (the companion of "the President of the European Commission, X" is no
/// compatriot).
bool only_list_words(const Document& doc, std::uint32_t from, std::uint32_t to) {
    if (to > from + 12) return false;  // ("the Minister of Trade, Industry and Competition, Parks Tau")
    // ("accompanied by his wife Remi Tinubu and ...": whose companion, and a word in lower case or two)
    if (from + 1 < to && one_of(doc.key(from), {"his", "her", "their"})) {
        std::uint32_t t = from + 1;
        while (t < to && t < from + 3 && doc.tokens[t].has(token_word) && !doc.tokens[t].capitalised()) ++t;
        from = t;
    }
    for (std::uint32_t t = from; t < to; ++t) {
        const std::string_view text = doc.text(doc.tokens[t]);
        const bool capitalised = !text.empty() && std::isupper(static_cast<unsigned char>(text.front()));
        if (!capitalised && !one_of(doc.key(t), {",", "and", "the", "of", "for", "on"})) return false;
    }
    if (to <= from + 4) return true;
    return std::none_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
        return m.first_token < to && m.end_token > from && m.type != EntityType::person;
    });
}

/// "Economy Minister Luis Caputo, who accompanied Milei", "Milei, accompanied by Caputo and Quirno": an
/// official who travels with a country's leader is that country's, whatever the dateline's agency says.
/// (A leader the gazetteer knows leads its country even where the text does not say so.)
void take_companions_countries(Document& doc, const Schema& schema) {
    std::vector<Relation> found;
    auto follow = [&](const Mention* companion, const Mention* leader) {
        if (!companion || !leader || companion->entity == leader->entity) return;
        const Entity& person = doc.entities[static_cast<std::size_t>(companion->entity)];
        const Entity& led_by = doc.entities[static_cast<std::size_t>(leader->entity)];
        const std::string country = led_by.country.empty() ? std::string(known_country(led_by, schema)) : led_by.country;
        if (!person.country.empty() || person.positions.empty() || country.empty()) return;
        const int country_entity = doc.country_entity_or_add(country, schema.country_name(country));  // may grow doc.entities
        doc.entities[static_cast<std::size_t>(companion->entity)].country = country;
        found.push_back({RelationType::represents, companion->entity, country_entity, companion->sentence, "", "accompanied"});
    };
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        for (std::uint32_t t = sentence.first_token + 1; t + 1 < sentence.end_token; ++t) {
            if (!one_of(doc.key(t), {"accompanied", "accompanying"})) continue;
            if (doc.key(t + 1) == "by") {  // the leader before, the companions listed after
                const Mention* leader = person_before(doc, doc.key(t - 1) == "was" || doc.key(t - 1) == "," ? t - 1 : t, s);
                // ("Lee, who took office in June, was accompanied by ...": the sentence's subject)
                if (!leader && doc.key(t - 1) == "was") leader = person_at(doc, sentence.first_token, s);
                std::uint32_t list_end = t + 2;
                // ("accompanied by several cabinet ministers, including Foreign Minister Baerbock and ...")
                for (std::uint32_t u = t + 2; u < sentence.end_token && u < t + 8; ++u)
                    if (doc.key(u) == "including") { list_end = u + 1; break; }
                for (const Mention& m : doc.mentions) {
                    // (a title set off before its name is read with the words up to the name)
                    if (m.sentence != s || m.type != EntityType::person || m.entity < 0 || m.first_token < list_end ||
                        m.kind == MentionKind::title || m.kind == MentionKind::pronoun)  // ("his wife ...": whose)
                        continue;
                    if (!only_list_words(doc, list_end, m.first_token)) break;
                    follow(&m, leader);
                    list_end = m.end_token;
                }
            } else {  // "X, who accompanied Y", "X accompanied Y": the companion before, the leader after
                const std::uint32_t clause = doc.key(t - 1) == "who" ? t - 1 : t;
                if (clause > sentence.first_token && doc.key(clause - 1) == ",") {
                    follow(person_before(doc, clause - 1, s), person_at(doc, t + 1, s));
                } else if (const Mention* subject = person_before(doc, t, s); subject && subject->end_token == t) {
                    follow(subject, person_at(doc, t + 1, s));
                }
            }
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// Whether the office of `holder` is the possessive `owner`'s: "Wi Sung-lac, Lee's national security
/// adviser,", "Blinken's spokesman, Matthew Miller,".
bool office_owned_by(const Document& doc, const Mention& holder, const Mention& owner) {
    const Sentence& sentence = doc.sentences[holder.sentence];
    if (owner.end_token >= sentence.end_token || !doc.tokens[owner.end_token].has(token_possessive)) return false;
    if (holder.end_token < sentence.end_token && doc.key(holder.end_token) == "," && owner.first_token == holder.end_token + 1)
        return true;
    // the office in lower case between the possessive and the name
    if (owner.end_token + 1 >= holder.first_token || holder.first_token > owner.end_token + 6) return false;
    for (std::uint32_t t = owner.end_token + 1; t < holder.first_token; ++t)
        if (doc.key(t) != "," && (!doc.tokens[t].has(token_word) || doc.tokens[t].capitalised())) return false;
    return true;
}

/// "Wi Sung-lac, Lee's national security adviser,": an office the text gives to someone else named
/// serves that person's country.
void take_owners_countries(Document& doc, const MentionsBySentence& by_sentence) {
    std::vector<Relation> found;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const auto mentions = by_sentence.of(s);
        for (const Mention* holder : mentions) {
            if (holder->type != EntityType::person || holder->entity < 0 || holder->position.empty()) continue;
            for (const Mention* owner : mentions) {
                if (owner->type != EntityType::person || owner->entity < 0 || owner->entity == holder->entity ||
                    !office_owned_by(doc, *holder, *owner))
                    continue;
                const std::string country = doc.entities[static_cast<std::size_t>(owner->entity)].country;
                Entity& person = doc.entities[static_cast<std::size_t>(holder->entity)];
                const int country_entity = country.empty() ? -1 : doc.country_entity(country);
                if (!person.country.empty() || country_entity < 0) continue;
                person.country = country;
                found.push_back({RelationType::represents, holder->entity, country_entity, s, "", "served"});
            }
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// "Kingdom of Bahrain: Foreign Minister Abdullatif bin Rashid Al Zayani": a list of participants
/// line by line, each after its country and a colon, represents that country.
void take_listed_countries(Document& doc, const MentionsBySentence& by_sentence) {
    std::vector<Relation> found;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const auto mentions = by_sentence.of(s);
        if (mentions.begin() == mentions.end()) continue;
        const Mention& first = **mentions.begin();
        if (first.type != EntityType::country || first.entity < 0 || first.first_token != doc.sentences[s].first_token ||
            first.end_token >= doc.sentences[s].end_token || doc.key(first.end_token) != ":")
            continue;
        for (const Mention* m : mentions) {
            if (m->type != EntityType::person || m->entity < 0) continue;
            Entity& person = doc.entities[static_cast<std::size_t>(m->entity)];
            if (!person.country.empty()) continue;
            person.country = doc.entities[static_cast<std::size_t>(first.entity)].country;
            found.push_back({RelationType::represents, m->entity, first.entity, s, "", "listed"});
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// "Japanese Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru", "Japan's Minister for
/// Foreign Affairs, Kamikawa Yoko, and Minister of Defense, Kihara Minoru": an office joined by "and" to
/// one a country's name qualifies shares the country.
void share_qualified_country(Document& doc, const MentionsBySentence& by_sentence, bool serial_only) {
    std::vector<Relation> found;
    std::vector<const Mention*> people, qualifiers;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        bool in_series = false;  // the pair before shared the country after a comma
        people.clear();
        qualifiers.clear();
        for (const Mention* m : by_sentence.of(s)) {
            if (m->type == EntityType::country && m->qualifier) qualifiers.push_back(m);
            if (m->type == EntityType::person && m->kind == MentionKind::name && m->entity >= 0) people.push_back(m);
        }
        if (qualifiers.empty() || people.size() < 2) continue;
        std::sort(people.begin(), people.end(), [](const Mention* a, const Mention* b) { return a->first_token < b->first_token; });
        for (std::size_t i = 0; i + 1 < people.size(); ++i) {
            const Mention& first = *people[i];
            const Mention& next = *people[i + 1];
            const std::uint32_t since = i > 0 ? people[i - 1]->end_token : doc.sentences[s].first_token;
            // (the two are what a verb takes: as its subjects, "U.S. Coordinator Amos Hochstein and Deputy
            // Prime Minister Chrystia Freeland co-hosted", they may be counterparts)
            const bool qualified = std::any_of(qualifiers.begin(), qualifiers.end(), [&](const Mention* q) {
                // ("Brazil's Foreign Minister Mauro Vieira and Finance Minister Fernando Haddad also took
                // part": a possessive owns both offices wherever they stand)
                bool after_verb = q->end_token < doc.sentences[s].end_token && doc.key(q->end_token) == "'s";
                for (std::uint32_t t = doc.sentences[s].first_token; t < q->first_token && !after_verb; ++t)
                    after_verb = doc.tokens[t].has(token_word) && !doc.tokens[t].capitalised();
                return after_verb && q->first_token >= since && q->end_token <= first.first_token &&
                       q->end_token + 8 >= first.first_token;
            });
            // only an office's words between: ", and Minister of Defense," or "and Defense Minister"
            // (no body's or place's name: "and European Commission Director-General Gert Jan Koopman")
            bool joined = false, comma = false, office_words = next.first_token > first.end_token + 2;
            for (std::uint32_t t = first.end_token; t < next.first_token && office_words; ++t) {
                const std::string_view key = doc.key(t);
                joined = joined || key == "and" || key == ",";
                comma = comma || key == ",";
                // (a form of address is no office: "Israeli Prime Minister Bennett, and Mr. Sullivan conveyed")
                // ("..., Minister of State and Cabinet member Musaed Al-Aiban": "member" is an office's word)
                office_words = one_of(key, {",", "and", "of", "for", "the", "member"}) ||
                               (doc.tokens[t].capitalised() && !one_of(key, {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr"}));
            }
            // (before the home country is given: only a series, "hosted Mexican Foreign Secretary Alicia
            // Bárcena, Security Secretary Rosa Icela Rodríguez and Attorney General Alejandro Gertz Manero")
            if (serial_only && !comma && !in_series) continue;
            for (const Mention* m : by_sentence.of(s))
                if (m->type != EntityType::person && m->first_token >= first.end_token && m->end_token <= next.first_token)
                    office_words = false;
            Entity& person = doc.entities[static_cast<std::size_t>(next.entity)];
            const std::string& country = doc.entities[static_cast<std::size_t>(first.entity)].country;
            // (a series goes on sharing it: "..., Security Secretary B and Attorney General C")
            if (!(qualified || in_series) || !joined || !office_words || !person.country.empty() || person.positions.empty() ||
                country.empty()) {
                in_series = false;
                continue;
            }
            person.country = country;
            in_series = serial_only;
            const int country_entity = doc.country_entity(country);
            if (country_entity >= 0) found.push_back({RelationType::represents, next.entity, country_entity, s, "", "listed"});
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo and Minister of Foreign Affairs Geoffrey
/// Onyeama", "In Taipei, the delegation met with President Lai Ching-te": whom someone meets in the
/// country (or the country's city) a sentence opens on are that country's.
void take_visited_countries(Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    std::vector<Relation> found;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        if (sentence.first_token + 2 >= sentence.end_token || doc.key(sentence.first_token) != "in") continue;
        const Mention* visited = nullptr;
        for (const Mention* m : by_sentence.of(s))
            if ((m->type == EntityType::country || m->type == EntityType::place) && m->entity >= 0 &&
                m->first_token == sentence.first_token + 1 && m->end_token < sentence.end_token && doc.key(m->end_token) == ",")
                visited = m;
        if (!visited) continue;
        const std::string country = doc.entities[static_cast<std::size_t>(visited->entity)].country;
        if (country.empty()) continue;
        std::uint32_t met = sentence.end_token;
        for (std::uint32_t t = visited->end_token; t < sentence.end_token && met == sentence.end_token; ++t)
            if (one_of(doc.key(t), {"met", "meets"})) met = t;
        int country_entity = -1;  // (added only for someone it places: doc.entities may grow)
        for (const Mention* m : by_sentence.of(s)) {
            if (m->type != EntityType::person || m->kind != MentionKind::name || m->entity < 0 || m->first_token <= met) continue;
            if (!doc.entities[static_cast<std::size_t>(m->entity)].country.empty() ||
                doc.entities[static_cast<std::size_t>(m->entity)].positions.empty())
                continue;
            if (country_entity < 0) country_entity = doc.country_entity_or_add(country, schema.country_name(country));
            doc.entities[static_cast<std::size_t>(m->entity)].country = country;
            found.push_back({RelationType::represents, m->entity, country_entity, s, "", "host"});
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// Whether the sentence says who took part ("attended", "participated", "were present") and no one met.
bool tells_attendance(const Document& doc, const Sentence& sentence) {
    bool attended = false;
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        const std::string_view word = doc.key(t);
        if (one_of(word, {"met", "meets", "received", "hosted"})) return false;
        attended = attended || one_of(word, {"attended", "participated", "present", "joined"});
    }
    return attended;
}

/// "On the Syrian side, Foreign Minister Asaad al-Shaibani attended the meeting", "From the Jordanian
/// side, ...": the officials of a sentence that opens on one country's side are that country's; so are
/// those after "on the Russian side were".
void take_sides_countries(Document& doc, const MentionsBySentence& by_sentence) {
    std::vector<Relation> found;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        // ("Taking part in the talks on the Russian side were X and Y": or the side comes before its people)
        const Mention* side = nullptr;
        for (const Mention* mention : by_sentence.of(s)) {
            const Mention& m = *mention;
            if (m.type != EntityType::country || m.entity < 0 || m.first_token < 2) continue;
            if (!one_of(doc.key(m.first_token - 2), {"on", "from"}) || doc.key(m.first_token - 1) != "the") continue;
            const bool opens = m.first_token - 2 == doc.sentences[s].first_token;
            // ("Minister Jaishankar and Ajit Doval attended the talks on the Indian side.": or ends a
            // sentence that says who took part, not whom they met)
            const bool ends = m.end_token + 2 == doc.sentences[s].end_token && doc.key(m.end_token) == "side" &&
                              doc.key(m.end_token + 1) == "." && tells_attendance(doc, doc.sentences[s]);
            if (ends || (m.end_token + 1 < doc.sentences[s].end_token && doc.key(m.end_token) == "side" &&
                         (opens ? doc.key(m.end_token + 1) == "," : one_of(doc.key(m.end_token + 1), {"were", "was"}))))
                side = &m;
        }
        if (!side) continue;
        const std::string country = doc.entities[static_cast<std::size_t>(side->entity)].country;
        for (const Mention* mention : by_sentence.of(s)) {
            const Mention& m = *mention;
            if (m.type != EntityType::person || m.entity < 0 || m.kind != MentionKind::name) continue;
            const bool side_ends = side->end_token + 2 == doc.sentences[s].end_token;
            if (m.first_token < side->end_token && side->first_token - 2 != doc.sentences[s].first_token && !side_ends) continue;
            Entity& person = doc.entities[static_cast<std::size_t>(m.entity)];
            if (!person.country.empty() || person.positions.empty()) continue;
            person.country = country;
            found.push_back({RelationType::represents, m.entity, side->entity, s, "", "side"});
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// "Foreign Minister Winston Peters today hosted his Australian counterpart, Penny Wong, ... in
/// Wellington": who hosts a guest from another country in a place is the place's country's.
void take_hosts_countries(Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    std::vector<Relation> found;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        std::uint32_t verb = sentence.end_token;
        for (std::uint32_t t = sentence.first_token + 1; t < sentence.end_token && verb == sentence.end_token; ++t) {
            if (one_of(doc.key(t - 1), {"was", "were", "is", "are", "been", "be"})) continue;  // "was hosted by": a guest
            if (one_of(doc.key(t), {"hosted", "hosts", "welcomed", "welcomes", "received", "receives"})) verb = t;
            // ("Minister Cho held a Foreign Ministers' Meeting with Minister for Foreign Affairs of Japan Iwaya
            // in Seoul": whom one holds talks with at home is a guest too)
            if (one_of(doc.key(t), {"held", "holds"}))
                for (std::uint32_t u = t + 1; u < sentence.end_token && u < t + 10 && verb == sentence.end_token; ++u)
                    if (doc.key(u) == "with") verb = u;
        }
        if (verb == sentence.end_token) continue;
        // the guest named right after the verb ("welcomed the release of two hostages" hosts no one),
        // the place the first after it
        const Mention* guest = nullptr;
        const Mention* place = nullptr;
        for (const Mention* mention : by_sentence.of(s)) {
            const Mention& m = *mention;
            if (m.entity < 0 || m.first_token <= verb) continue;
            if (!guest && m.type == EntityType::person && m.first_token <= verb + 8) guest = &m;
            if (!place && guest && m.type == EntityType::place && doc.key(m.first_token - 1) == "in" &&
                !doc.entities[static_cast<std::size_t>(m.entity)].country.empty())
                place = &m;
        }
        if (!place) continue;
        const std::string country = doc.entities[static_cast<std::size_t>(place->entity)].country;
        // the guest's country, known or said of "their Australian counterparts"
        bool foreign_guest = false;
        for (const Mention* mention : by_sentence.of(s)) {
            const Mention& m = *mention;
            if (m.entity < 0 || m.first_token <= verb) continue;
            const Entity& guest = doc.entities[static_cast<std::size_t>(m.entity)];
            const std::string_view guest_country = guest.country.empty() && m.type == EntityType::person ? known_country(guest, schema) : std::string_view(guest.country);
            const bool counterparts = m.type == EntityType::country && m.end_token < sentence.end_token &&
                                      names_a_peer(doc.key(m.end_token));
            if ((m.type == EntityType::person || counterparts) && !guest_country.empty() && guest_country != country)
                foreign_guest = true;
        }
        if (!foreign_guest) continue;
        for (const Mention* mention : by_sentence.of(s)) {
            const Mention& m = *mention;
            if (m.type != EntityType::person || m.entity < 0 || m.end_token > verb) continue;
            const Entity& person = doc.entities[static_cast<std::size_t>(m.entity)];
            if (!person.country.empty() || person.positions.empty()) continue;
            // ("The Secretary General of the OAS, Albert Ramdin, received ... in Washington": a body's head
            // hosts at its seat, for no country)
            if (placed_elsewhere(doc, m.entity, country)) continue;
            const int country_entity = doc.country_entity_or_add(country, schema.country_name(country));  // may grow doc.entities
            doc.entities[static_cast<std::size_t>(m.entity)].country = country;
            found.push_back({RelationType::represents, m.entity, country_entity, s, "", "host"});
        }
    }
    doc.relations.insert(doc.relations.end(), found.begin(), found.end());
}

/// What says that a national wire abroad names its leader's party.
constexpr const char* delegation = "delegation";

/// Whether the article names a head of state or government of `home`.
bool names_home_leader(const Document& doc, const Schema& schema, std::string_view home) {
    return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& person) {
        if (person.type != EntityType::person || person.mentions.empty()) return false;
        const std::string_view country = person.country.empty() ? known_country(person, schema) : std::string_view(person.country);
        return country == home && schema.holds_leader_office(person.positions);
    });
}

/// The article's home country and what says so ("dateline", "publisher"), or an empty country.
std::pair<std::string, const char*> article_home(const Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    // (a copy: the dateline's country lives in doc.entities, which may grow)
    std::string home(schema.news_agency_country(doc.article.credit));
    if (!doc.article.credit.empty()) {
        if (home == dateline_country(doc)) return {home, "dateline"};
        // "JAKARTA, June 27 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian President
        // Prabowo": a national wire abroad with its country's leader leaves his party unqualified
        if (!home.empty() && !schema.world_news_agency(doc.article.credit) && names_home_leader(doc, schema, home))
            return {home, delegation};
        return {};  // a national wire abroad, or another wire
    }
    // a government's own site is at home wherever it writes from
    if (home = schema.publisher_country(doc.article.url); !home.empty()) return {home, "publisher"};
    return {std::string(uncredited_home(doc, by_sentence, schema)), "dateline"};
}

/// The titled people no other reading placed are the home country's, when the article has one.
void take_home_country(Document& doc, const MentionsBySentence& by_sentence, const Schema& schema) {
    const auto found = article_home(doc, by_sentence, schema);
    const std::string& home = found.first;
    const char* evidence = found.second;
    if (home.empty()) return;
    // In the order the text names them: of "President Biden and President Xi" in a White House
    // readout, the first is the home country's president, and then the office is taken.
    std::vector<std::size_t> people;
    for (std::size_t e = 0; e < doc.entities.size(); ++e)
        if (doc.entities[e].type == EntityType::person && !doc.entities[e].mentions.empty()) people.push_back(e);
    std::sort(people.begin(), people.end(), [&](std::size_t a, std::size_t b) {
        return doc.entities[a].mentions.front() < doc.entities[b].mentions.front();
    });
    int home_entity = -1;
    const bool trip_abroad = follows_trip_abroad(doc, home);  // (once: it reads the article's opening)
    for (const std::size_t e : people) {
        const Entity& person = doc.entities[e];  // not used once country_entity may grow doc.entities
        // ("President and Founder" of a foundation serves no government)
        const auto foreign = [&](const std::string& title) {
            return schema.foreign_title(home, title) || schema.names_corporate_office(title);
        };
        // ("President Lula" in a White House readout that names no American president)
        const std::string_view known = known_country(person, schema);
        // (a wire abroad with its leader: the other heads of state there are the hosts)
        const bool host_leader = evidence == delegation && schema.holds_leader_office(person.positions);
        if (person.positions.empty() || !person.country.empty() || host_leader || placed_elsewhere(doc, static_cast<int>(e), home) ||
            std::any_of(person.positions.begin(), person.positions.end(), foreign) || (!known.empty() && known != home) ||
            office_taken_at_home(doc, schema, person, home))
            continue;
        // the sentence that gives the title is the evidence, as the country's would have been given with it
        const Mention& titled = titled_mention(doc, person);
        if (met_abroad(doc, by_sentence, titled, home) || (trip_abroad && known != home && met_on_trip(doc, titled)) ||
            office_placed_abroad(doc, by_sentence, titled, home))
            continue;
        const std::uint32_t sentence = titled.sentence;
        if (home_entity < 0) home_entity = doc.country_entity_or_add(home, schema.country_name(home));  // may grow doc.entities
        doc.entities[e].country = home;
        doc.relations.push_back({RelationType::represents, static_cast<int>(e), home_entity, sentence, "", evidence});
    }
    if (home_entity >= 0) place_bodies_at_home(doc, home, home_entity, evidence);
}

/// "CARACAS (Reuters) - ... will meet President Nicolas Maduro": a world wire abroad names the host's
/// head of state or government without his country. The one leader the article leaves unplaced, when
/// no leader of the dateline's country is named, is the dateline country's.
void take_world_wire_host(Document& doc, const Schema& schema) {
    if (doc.article.credit.empty() || !schema.world_news_agency(doc.article.credit)) return;
    const std::string host(dateline_country(doc));
    if (host.empty() || names_home_leader(doc, schema, host)) return;
    int unplaced = -1;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const Entity& person = doc.entities[e];
        if (person.type != EntityType::person || person.mentions.empty() || !person.country.empty() ||
            !known_country(person, schema).empty() || !schema.holds_leader_office(person.positions) ||
            placed_elsewhere(doc, static_cast<int>(e), host) ||
            std::any_of(person.positions.begin(), person.positions.end(), [&](const std::string& p) {
                return schema.foreign_title(host, p) || schema.names_corporate_office(p);
            }))
            continue;
        if (unplaced >= 0) return;  // (two: which one is the host's, the text does not say)
        unplaced = static_cast<int>(e);
    }
    if (unplaced < 0) return;
    const Mention& titled = titled_mention(doc, doc.entities[static_cast<std::size_t>(unplaced)]);
    const int host_entity = doc.country_entity_or_add(host, schema.country_name(host));  // may grow doc.entities
    doc.entities[static_cast<std::size_t>(unplaced)].country = host;
    doc.relations.push_back({RelationType::represents, unplaced, host_entity, titled.sentence, "", "dateline"});
}

}  // namespace

void HomeCountryResolver::run(Document& doc) const {
    const MentionsBySentence by_sentence(doc);  // (the steps add entities and relations, never mentions)
    take_countries_along(doc, RelationType::represents, EntityType::country);
    take_companions_countries(doc, schema_);
    take_owners_countries(doc, by_sentence);
    take_listed_countries(doc, by_sentence);
    take_sides_countries(doc, by_sentence);
    take_visited_countries(doc, by_sentence, schema_);
    take_offices_countries(doc, by_sentence, schema_);
    share_qualified_country(doc, by_sentence, /*serial_only=*/true);
    take_home_country(doc, by_sentence, schema_);
    take_world_wire_host(doc, schema_);
    // (after: a host at home would seem a correspondent's foreign official to the dateline's reading)
    take_hosts_countries(doc, by_sentence, schema_);
    // (after: whom the home country leaves unqualified are home's, whoever was named before them)
    share_qualified_country(doc, by_sentence, /*serial_only=*/false);
    // last, as attributes: what the text does not say is no reason to skip a person above
    take_known_people(doc, schema_);
    split_departments_by_country(doc);
    take_countries_along(doc, RelationType::member_of, EntityType::agency);
}

}  // namespace kg
