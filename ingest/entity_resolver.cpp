#include "ingest/entity_resolver.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "ingest/document.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

constexpr std::string_view event_noise_words[] = {"bilateral", "trilateral", "multilateral", "inaugural", "annual",
                                                  "the", "a", "an", "such", "'s", "'", "–", "-", "first", "second",
                                                  "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                                  "tenth", "first-ever", "new", "latest", "recent", "two-day", "three-day",
                                                  "one-day", "this", "that", "their", "his", "her", "its", "our"};
constexpr std::string_view name_noise_words[] = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", ","};

/// The words of `text` split at ASCII whitespace, as `>>` would split them, without a stream.
std::vector<std::string> words_of(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; };
    std::vector<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !space(text[i])) ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }
    return words;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

/// "NATO summit", "G20 meeting": a capitalised word before the head says which event a description
/// means; "a bilateral cybersecurity dialogue" says only what kind.
bool has_proper_modifier(std::string_view description) {
    const auto words = words_of(description);
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        const std::string& w = words[k];
        if (w == "The" || w == "A" || w == "An" || w == "This" || w == "That") continue;
        if ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9')) return true;
    }
    return false;
}

bool subset_of(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    for (const auto& w : small)
        if (std::find(big.begin(), big.end(), w) == big.end()) return false;
    return true;
}

/// Typographic apostrophes straightened, as in recognised names.
std::string surface_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (cp == 0x2019 || cp == 0x2018) out += '\'';
        else out.append(text.substr(start, i - start));
    }
    return out;
}

std::string strip_trailing_comma(std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    return s;
}

const std::set<std::string_view> meeting_like = {"meeting", "call", "conference"};

bool compatible_class(const std::string& a, const std::string& b) {
    if (a == b) return true;
    return meeting_like.count(a) && meeting_like.count(b) && (a == "meeting" || b == "meeting");
}

/// Groups mentions into entities and fills the entity table of one document.
class Resolution {
public:
    Resolution(Document& doc, const Schema& schema) : doc_(doc), schema_(schema) {}

    void run() {
        doc_.entities.clear();
        for (auto& m : doc_.mentions) m.entity = -1;
        read_surnames_named_as_places();
        resolve_countries_places();
        resolve_agencies();
        resolve_people();
        resolve_events();
        resolve_pronouns_and_groups();
        finish();
    }

private:
    int new_entity(EntityType type, std::string name) {
        Entity e;
        e.type = type;
        e.name = std::move(name);
        doc_.entities.push_back(std::move(e));
        return static_cast<int>(doc_.entities.size() - 1);
    }

    void link(std::size_t mention, int entity) { doc_.mentions[mention].entity = entity; }

    /// "Austin Hosts Australian Counterpart": a place's name that is the surname of a person the
    /// article names in full ("Lloyd J. Austin III") is that person, unless a preposition or a
    /// dateline makes it a place ("in Austin", "AUSTIN, Texas").
    void read_surnames_named_as_places() {
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

    void resolve_countries_places() {
        std::map<std::string, int> by_key;
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            auto& m = doc_.mentions[i];
            if ((m.type != EntityType::country && m.type != EntityType::place) || m.kind != MentionKind::name) continue;
            const std::string key = std::string(to_string(m.type)) + ":" + to_lower_ascii(m.known_id.empty() ? m.name : m.known_id);
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

    void resolve_agencies() {
        struct Cluster {
            std::string key, country;
            int entity;
        };
        std::vector<Cluster> clusters;
        std::vector<std::size_t> descriptions;
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            auto& m = doc_.mentions[i];
            if (m.type != EntityType::agency) continue;
            if (m.kind == MentionKind::description) { descriptions.push_back(i); continue; }
            const std::string key = m.known_id.empty() ? agency_key(m.name) : agency_key(m.known_id);
            int entity = -1;
            for (auto& c : clusters) {
                if (c.key != key) continue;
                if (!c.country.empty() && !m.country.empty() && c.country != m.country) continue;
                entity = c.entity;
                if (c.country.empty()) c.country = m.country;
                break;
            }
            if (entity < 0) {
                entity = new_entity(EntityType::agency, m.known_id.empty() ? m.name : m.known_id);
                clusters.push_back({key, m.country, entity});
            }
            auto& e = doc_.entities[entity];
            if (e.country.empty()) e.country = m.country;
            if (!m.known_id.empty()) e.name = m.known_id;
            // "Japan's Ministry of Foreign Affairs" is the gazetteer's "Ministry of Foreign Affairs of Japan"
            if (m.known_id.empty() && !e.country.empty())
                if (const std::string_view national = schema_.national_agency(e.name, e.country); !national.empty())
                    e.name = std::string(national);
            link(i, entity);
        }
        // "the ministry": the last agency named with that head word, else the only one
        for (auto i : descriptions) {
            const std::string head = to_lower_ascii(doc_.text(doc_.mentions[i]).substr(4));
            int best = -1;
            for (std::size_t j = 0; j < doc_.mentions.size(); ++j) {
                const auto& other = doc_.mentions[j];
                if (other.type != EntityType::agency || other.entity < 0 || other.kind == MentionKind::description) continue;
                if (to_lower_ascii(doc_.entities[other.entity].name).find(head) == std::string::npos) continue;
                if (best < 0 || other.begin < doc_.mentions[i].begin) best = other.entity;
            }
            link(i, best);
        }
    }

    void resolve_people() {
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
        std::stable_sort(named.begin(), named.end(), [&](std::size_t a, std::size_t b) {
            return words_of_mention[a].size() > words_of_mention[b].size();
        });
        std::vector<std::pair<std::vector<std::string>, int>> people;
        auto attach = [&](std::size_t i, int entity) {
            link(i, entity);
            auto& e = doc_.entities[entity];
            const auto& m = doc_.mentions[i];
            if (!m.position.empty()) {
                // "Foreign Ministers Baerbock and Sikorski": each holds the office in the singular
                std::string position = schema_.singular_title(m.position);
                position = schema_.spelled_out_title(position.empty() ? m.position : position);  // "Gov." is "Governor"
                if (std::find(e.positions.begin(), e.positions.end(), position) == e.positions.end())
                    e.positions.push_back(std::move(position));
            }
            if (e.country.empty()) e.country = m.country;
            if (e.gender.empty()) e.gender = m.gender;
        };
        std::map<int, std::uint32_t> introduced_at;  // where each full name first appears
        for (auto i : named) {
            const auto& words = words_of_mention[i];
            int entity = -1;
            for (auto& [known, e] : people)
                if (subset_of(words, known)) { entity = e; break; }
            if (entity < 0) {
                entity = new_entity(EntityType::person, strip_trailing_comma(doc_.mentions[i].name));
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
            for (auto& [known, e] : people)
                if (known.size() >= 2 && (known.front() == words[0] || known.front() == given || known.back() == words[0])) {
                    namesakes.insert(e);
                    if (compatible_positions(m.position, doc_.entities[e].positions)) titled.insert(e);
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
            if (titled.empty() && namesakes.size() == 1 && courtesy_title(m.position)) {
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
                    entity = new_entity(EntityType::person, strip_trailing_comma(doc_.mentions[i].name));
                    people.emplace_back(words, entity);
                }
            }
            attach(i, entity);
        }
        // "the Executive Vice Minister", "the ambassador": the one person who holds that title ("the
        // president" is President Biden, not Vice President Harris, whose title only contains it)
        for (auto i : titles) {
            if (const int named = named_in_apposition(i); named >= 0) {
                link(i, named);
                continue;
            }
            const std::string wanted = to_lower_ascii(doc_.mentions[i].position);
            const std::string& country = doc_.mentions[i].country;
            std::set<int> holders;
            for (const auto& other : doc_.mentions) {
                if (other.type != EntityType::person || other.entity < 0 || other.kind != MentionKind::name) continue;
                // "the Qatari prime minister" is Qatar's, not one whose country the article never said
                if (!country.empty() && doc_.entities[other.entity].country != country) continue;
                for (const auto& p : doc_.entities[other.entity].positions)
                    if (holds_title(to_lower_ascii(p), wanted)) holders.insert(other.entity);
            }
            if (holders.size() > 1) {
                // "Prime Minister also met the Prime Minister of Italy, Giorgia Meloni": not the one
                // named beside it
                for (const auto& other : doc_.mentions)
                    if (other.sentence == doc_.mentions[i].sentence && &other != &doc_.mentions[i] && other.entity >= 0)
                        holders.erase(other.entity);
            }
            if (holders.size() == 1) link(i, *holders.begin());
        }
    }

    /// "The representative of South Sudan, Ambassador Akuei Bona Malwal,": the person named right
    /// after an office and a comma holds it, whoever held an office of that name before. The entity, or -1.
    int named_in_apposition(std::size_t title) const {
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

    /// Whether a position includes a title, as the same office: "vice president" and "deputy prime
    /// minister" are other offices than "president" and "prime minister".
    static bool holds_title(const std::string& position, const std::string& title) {
        if (starts_with(position, "former ")) return false;  // held it once: "the prime minister" is another
        for (auto at = position.find(title); at != std::string::npos; at = position.find(title, at + 1)) {
            const std::string_view before = std::string_view(position).substr(0, at);
            const bool deputy = ends_with(before, "vice ") || ends_with(before, "vice-") || ends_with(before, "deputy ") ||
                                ends_with(before, "under ") || ends_with(before, "assistant ");
            if (!deputy) return true;
        }
        return false;
    }

    /// A title its holders keep after leaving the office: the lexicon marks it "courtesy" or "rank".
    bool courtesy_title(const std::string& position) const {
        for (auto id : schema_.lexicon().exact(to_lower_ascii(position))) {
            const LexEntry& entry = schema_.entry(id);
            if (entry.category == LexCategory::title && (entry.marked("courtesy") || entry.marked("rank"))) return true;
        }
        return false;
    }

    /// "minister of defense" as "defense minister", so that the headline's "Defense Minister Reznikov"
    /// is the text's "Minister of Defense Oleksii Reznikov". Other titles stay as they are.
    static std::string portfolio_first(const std::string& title) {
        for (std::string_view office : {"minister", "secretary"})
            for (std::string_view link : {" of ", " for "}) {
                const std::string head = std::string(office) + std::string(link);
                if (title.compare(0, head.size(), head) != 0) continue;
                std::string field = title.substr(head.size());
                if (field.compare(0, 4, "the ") == 0) field.erase(0, 4);
                // ("minister of foreign affairs of japan" names a country too: not one portfolio)
                if (field.empty()) return title;
                for (std::string_view more : {" of ", " for ", " to ", " and "})
                    if (field.find(more) != std::string::npos) return title;
                return field + " " + std::string(office);
            }
        return title;
    }

    /// "President Biden" is not First Lady Jill Biden: a titled surname joins only a name whose titles agree.
    /// ("former PM Johnson" is former Prime Minister Boris Johnson: the same holder, then or now)
    bool compatible_positions(const std::string& position, const std::vector<std::string>& held) const {
        if (position.empty() || held.empty()) return true;
        const std::string office = without_former(schema_.spelled_out_title(position));  // as held: "Governor"
        const std::string wanted = portfolio_first(to_lower_ascii(office));
        for (const auto& held_position : held) {
            const std::string p = without_former(held_position);
            const std::string mine = portfolio_first(to_lower_ascii(p));
            if (mine.find(wanted) != std::string::npos || wanted.find(mine) != std::string::npos) return true;
            // "PM Shehbaz" is Prime Minister Shehbaz Sharif
            if (title_initials(p) == office || title_initials(office) == p) return true;
        }
        return false;
    }
    static std::string without_former(const std::string& position) {
        return starts_with(position, "former ") ? position.substr(7) : position;
    }

    void resolve_events() {
        struct Named {
            std::vector<std::string> core;
            std::string parties;  // countries and organisations of its name: "US-China", "EU-Japan"
            int ordinal;
            std::string event_class;
            int entity;
            std::size_t mentions;
            std::uint32_t first_sentence;  // where it is first named
        };
        std::vector<Named> events;
        std::vector<std::size_t> descriptions;
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            auto& m = doc_.mentions[i];
            if (m.type != EntityType::event) continue;
            if (m.kind == MentionKind::description) { descriptions.push_back(i); continue; }
            const EventKey key = event_key(m.name, schema_);
            const auto core = words_of(key.core);
            int entity = -1;
            for (auto& ev : events) {
                if (ev.ordinal && m.ordinal && ev.ordinal != m.ordinal) continue;
                if (!compatible_class(ev.event_class, m.event_class)) continue;
                if (!same_parties(ev.parties, key.countries)) continue;
                if (core.empty() || ev.core.empty() || subset_of(core, ev.core) || subset_of(ev.core, core)) {
                    entity = ev.entity;
                    if (!ev.ordinal) ev.ordinal = m.ordinal;
                    if (core.size() > ev.core.size()) ev.core = core;
                    if (ev.parties.empty()) ev.parties = key.countries;
                    ++ev.mentions;
                    break;
                }
            }
            if (entity < 0) {
                entity = new_entity(EntityType::event, m.name);
                events.push_back({core, key.countries, m.ordinal, m.event_class, entity, 1, m.sentence});
            }
            auto& e = doc_.entities[entity];
            if (!e.ordinal) e.ordinal = m.ordinal;
            if (e.event_class.empty()) e.event_class = m.event_class;
            // the fullest name wins the label, one that writes its ordinal first (the ordinal of "the 13th
            // round of the X Dialogue" is the dialogue's, but "X Dialogue" does not write it)
            const bool writes_ordinal = m.ordinal && contains_ordinal(m.name);
            if ((writes_ordinal && !contains_ordinal(e.name)) ||
                (m.name.size() > e.name.size() && (!e.ordinal || writes_ordinal || !contains_ordinal(e.name))))
                e.name = m.name;
            link(i, entity);
        }
        // The article's main event of each class: the one named most often, first on ties. A lead may
        // describe it a sentence before naming it ("officials meeting for a bilateral cybersecurity
        // dialogue", then its name), but "held a bilateral meeting with Macron" is not the "Outreach
        // Session" two sentences on.
        // "held talks with Xi ... in China for the Belt and Road Forum", then "attended the talks": talks
        // are not the forum (a meeting there may be)
        // Once the article has described an event of the class, "the meeting" is not one named later:
        // "was present at the meeting", then "in Delhi for the Raisina Dialogue".
        std::map<std::string, int> latest_unnamed;  // class -> the last event made from descriptions
        auto described_before = [&](const Mention& description) {
            return std::any_of(latest_unnamed.begin(), latest_unnamed.end(),
                               [&](const auto& made) { return compatible_class(made.first, description.event_class); });
        };
        auto focal = [&](const Mention& description) {
            const bool talks = ends_with(to_lower_ascii(description.name), "talks");
            const std::uint32_t named_by = description.sentence + (described_before(description) ? 0 : 1);
            const Named* best = nullptr;
            for (const auto& ev : events)
                if (ev.first_sentence <= named_by && compatible_class(ev.event_class, description.event_class) &&
                    !(talks && ev.event_class == "conference") && (!best || ev.mentions > best->mentions))
                    best = &ev;
            return best ? best->entity : -1;
        };
        std::map<std::string, int> unnamed;  // class (and words, if any) -> event made from descriptions
        std::map<int, int> by_ordinal;
        for (auto i : descriptions) {
            auto& m = doc_.mentions[i];
            if (another_occasion(m) && !has_proper_modifier(m.name)) continue;  // "the upcoming COP27 conference" is known
            // "chaired a separate meeting of the two delegations": an event of its own, which "the meeting" may follow
            if (separate_occasion(m)) {
                const int entity = new_entity(EntityType::event, m.name);
                doc_.entities[entity].event_class = m.event_class;
                latest_unnamed[m.event_class] = entity;
                link(i, entity);
                continue;
            }
            int entity = -1;
            // "the NATO summit" after "the G20 summit": a description that says which is another event
            EventKey key;  // looked up only for the few that may say which event
            if (has_proper_modifier(m.name)) key = event_key(m.name, schema_);
            const auto core = words_of(key.core);
            const bool specific = core.size() > 1 || !key.countries.empty();
            const std::string unnamed_key =
                m.event_class + (specific ? "|" + join(core) + "|" + key.countries : std::string());
            if (m.ordinal) {
                for (const auto& ev : events)
                    if (ev.ordinal == m.ordinal && compatible_class(ev.event_class, m.event_class)) entity = ev.entity;
                if (entity < 0 && by_ordinal.count(m.ordinal)) entity = by_ordinal[m.ordinal];
                // "India, Australia hold 2+2 ministerial dialogue", then "held the second 2+2 ministerial
                // dialogue": the description before with the same head and no number is this one
                if (entity < 0 && latest_unnamed.count(m.event_class) &&
                    same_unnumbered_head(doc_.entities[latest_unnamed[m.event_class]], m.name)) {
                    entity = latest_unnamed[m.event_class];
                    doc_.entities[entity].ordinal = m.ordinal;
                    doc_.entities[entity].name = m.name;
                    by_ordinal[m.ordinal] = entity;
                }
                if (entity < 0) {
                    entity = new_entity(EntityType::event, m.name);
                    doc_.entities[entity].ordinal = m.ordinal;
                    doc_.entities[entity].event_class = m.event_class;
                    by_ordinal[m.ordinal] = entity;
                    if (specific) unnamed.emplace(unnamed_key, entity);  // "the 30th EU-Japan summit", then "the EU-Japan summit"
                }
                latest_unnamed[m.event_class] = entity;  // "its 55th session", then "the session"
            } else {
                if (specific) {
                    for (const auto& ev : events)
                        if (compatible_class(ev.event_class, m.event_class) && subset_of(core, ev.core) &&
                            same_parties(ev.parties, key.countries))
                            entity = ev.entity;
                } else {
                    entity = focal(m);
                }
                if (entity < 0) {
                    auto found = unnamed.find(unnamed_key);
                    if (found == unnamed.end() && !specific && latest_unnamed.count(m.event_class)) {
                        entity = latest_unnamed[m.event_class];  // "the summit": the one just described
                    } else if (found == unnamed.end()) {
                        entity = new_entity(EntityType::event, m.name);
                        doc_.entities[entity].event_class = m.event_class;
                        unnamed.emplace(unnamed_key, entity);
                    } else {
                        entity = found->second;
                    }
                    latest_unnamed[m.event_class] = entity;
                }
            }
            link(i, entity);
        }
    }

    /// "The previous round was held in Rome", "the next summit": an occasion before or after the ones
    /// the article describes, which it does not name.
    bool another_occasion(const Mention& m) const {
        static constexpr std::string_view before_or_after[] = {"previous", "preceding", "prior", "last", "next", "upcoming"};
        auto among = [](std::string_view word) {
            return std::find(std::begin(before_or_after), std::end(before_or_after), word) != std::end(before_or_after);
        };
        const auto words = words_of(to_lower_ascii(m.name));
        if (!words.empty() && among(words.front())) return true;
        return m.first_token > 0 && among(doc_.key(m.first_token - 1));
    }

    /// "a separate meeting", "another round of talks", "the July 27 meeting": not the occasion described
    /// before (a date says which one it is).
    bool separate_occasion(const Mention& m) const {
        const auto words = words_of(to_lower_ascii(m.name));
        const bool said = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
            return w == "separate" || w == "another" || schema_.in_category(w, LexCategory::month);
        });
        return said || owned_and_dated_after(m) ||
               (m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"separate", "another"}));
    }

    /// "at their meeting in Mar-a-Lago in April": someone's meeting the words after it date to a month
    /// or a year is an occasion of its own.
    bool owned_and_dated_after(const Mention& m) const {
        if (m.first_token == 0 || !one_of(doc_.key(m.first_token - 1), {"their", "his", "her"})) return false;
        const std::uint32_t end = std::min<std::uint32_t>(doc_.sentences[m.sentence].end_token, m.end_token + 6);
        for (std::uint32_t t = m.end_token; t + 1 < end; ++t)
            if (one_of(doc_.key(t), {"in", "last"}) &&
                (schema_.in_category(doc_.key(t + 1), LexCategory::month) || doc_.key(t + 1) == "year" ||
                 (doc_.tokens[t + 1].has(token_number) && doc_.key(t + 1).size() == 4)))
                return true;
        return false;
    }

    static bool same_unnumbered_head(const Entity& event, const std::string& description) {
        const auto a = words_of(to_lower_ascii(event.name)), b = words_of(to_lower_ascii(description));
        return !event.ordinal && !a.empty() && !b.empty() && a.back() == b.back();
    }

    /// "the US-China dialogue" and "the US-Japan dialogue" are two; a name that gives fewer parties
    /// ("the Japan dialogue", or "United States – Japan – Republic of Korea", whose long names
    /// event_key does not see) may be either. An organisation's own meeting ("the ASEAN Summit")
    /// is not its meeting with others ("the ASEAN-GCC-China Summit").
    static bool same_parties(const std::string& a, const std::string& b) {
        const auto x = split(a, ';'), y = split(b, ';');
        auto within = [](const auto& small, const auto& big) {
            const bool organisation = std::any_of(small.begin(), small.end(), [](auto p) { return !is_country_code(p); });
            if (organisation && small.size() != big.size()) return false;
            return std::all_of(small.begin(), small.end(), [&](auto p) {
                return p.empty() || std::find(big.begin(), big.end(), p) != big.end();
            });
        };
        return a.empty() || b.empty() || within(x, y) || within(y, x);
    }
    /// Parties are ISO codes for countries, canonical names for organisations.
    static bool is_country_code(std::string_view party) {
        return party.size() == 2 && std::isupper(static_cast<unsigned char>(party[0])) && std::isupper(static_cast<unsigned char>(party[1]));
    }

    static bool contains_ordinal(const std::string& name) {
        const std::string lower = to_lower_ascii(name);
        for (auto w : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "inaugural"})
            if (lower.find(w) != std::string::npos) return true;
        for (const auto& w : words_of(lower))
            if (numeric_ordinal(w)) return true;
        return false;
    }

    /// Named, resolved mentions of `type` before `before`, newest first, at most `sentences` back;
    /// with `pronouns`, also the he/she/him/her already resolved.
    std::vector<std::size_t> recent(EntityType type, std::size_t before, std::uint32_t sentences,
                                    bool pronouns = false) const {
        std::vector<std::size_t> out;
        const std::uint32_t sentence = doc_.mentions[before].sentence;
        for (std::size_t j = before; j-- > 0;) {
            const auto& m = doc_.mentions[j];
            if (m.sentence + sentences < sentence) break;
            const bool named = m.kind != MentionKind::pronoun && m.kind != MentionKind::group;
            const bool singular_pronoun = pronouns && m.kind == MentionKind::pronoun && m.gender != "plural";
            if (m.type == type && m.entity >= 0 && (named || singular_pronoun) && !(m.qualifier && type != EntityType::country))
                out.push_back(j);
        }
        return out;
    }

    /// Which mentions may be members of `group`: a pronoun only in the group's own sentence ("Ishiba
    /// welcomed him, where the leaders signed"); before it, "He raised Navalny's case" names no pair.
    auto named_or_beside(const Mention& group) const {
        return [this, sentence = group.sentence](std::size_t j) {
            return doc_.mentions[j].kind != MentionKind::pronoun || doc_.mentions[j].sentence == sentence;
        };
    }

    /// Whether the first person mention in pronoun i's sentence, before it, is a title that names no one.
    bool unnamed_subject_before(std::size_t i) const {
        const Mention& pronoun = doc_.mentions[i];
        for (std::size_t j = 0; j < i; ++j) {
            const Mention& m = doc_.mentions[j];
            if (m.sentence != pronoun.sentence || m.type != EntityType::person) continue;
            return m.kind == MentionKind::title && m.entity < 0;
        }
        return false;
    }

    /// Whether a one-word mention's word begins the name of a place or a body the article names.
    bool begins_place_or_body(const Mention& single) const {
        if (single.end_token != single.first_token + 1) return false;
        const std::string_view word = doc_.key(single.first_token);
        // ("Apple said" after "Apple Chief Executive Tim Cook": the body itself)
        return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
            return (m.type == EntityType::place || m.type == EntityType::agency) &&
                   (m.end_token > m.first_token + 1 || m.type == EntityType::agency) && doc_.key(m.first_token) == word;
        });
    }

    void resolve_pronouns_and_groups() {
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            auto& m = doc_.mentions[i];
            if (m.kind == MentionKind::pronoun) {
                if (m.gender == "plural") {
                    m.members = last_group(i, EntityType::person, 2, named_or_beside(m));  // "they met": most often a pair
                    continue;
                }
                // "The President of Russia informed the Prime Minister about his talks": a subject the
                // article never names leaves the pronoun open
                if (unnamed_subject_before(i)) continue;
                // he/she: the most recent person; a pronoun that opens its sentence continues the
                // subject of the sentence before ("Jaishankar called on Wong and Lee. He also met ...")
                const auto candidates = recent(EntityType::person, i, 2);
                auto fits = [&](std::size_t j) {
                    const auto& e = doc_.entities[doc_.mentions[j].entity];
                    return e.gender.empty() || e.gender == m.gender;
                };
                // so does an object pronoun whose own sentence's subject it cannot be ("Lee arrived for
                // talks with Trump. Ishiba welcomed him")
                const bool object_of_subject = !candidates.empty() && subject_of_object(candidates.front(), i);
                const std::size_t subject = opens_sentence(i) || object_of_subject ? sentence_subject(candidates, m.sentence) : SIZE_MAX;
                if (subject != SIZE_MAX && fits(subject)) {
                    m.entity = doc_.mentions[subject].entity;
                } else {
                    // "she" and "her" go to a woman named before when there is one: most people in the news
                    // whose gender the article has not shown are men
                    const bool female = m.gender == "female";
                    for (int pass = female ? 0 : 1; pass < 2 && m.entity < 0; ++pass)
                        for (auto j : candidates) {
                            if (!fits(j) || in_closed_relative_clause(j, i) || subject_of_object(j, i)) continue;
                            if (pass == 0 && doc_.entities[doc_.mentions[j].entity].gender != "female") continue;
                            m.entity = doc_.mentions[j].entity;
                            break;
                        }
                }
                if (m.entity >= 0 && doc_.entities[m.entity].gender.empty()) doc_.entities[m.entity].gender = m.gender;
            } else if (m.kind == MentionKind::group) {
                const std::string_view text = doc_.text(m);
                m.members = last_group(i, m.type, group_size(text), named_or_beside(m));
                if (m.type == EntityType::country && group_size(text) == 2) {
                    // "Both sides agreed" after "the 25th EU-China Summit" and "China's support to Russia's war
                    // against Ukraine": the two sides are the parties the event's name gives
                    auto parties = parties_of_last_event(i, /*bodies=*/ends_with(to_lower_ascii(text), "sides"));
                    if (parties.size() == 2) m.members = std::move(parties);
                }
                if (m.type == EntityType::person && names_an_office(text) && !names_leaders(text)) {
                    // "Both ministers agreed" after "Minister Wong raised the case of Dr Yang": people who
                    // hold an office, when the article has named such a group
                    // ("The two ministers agreed" after "Iwaya also met Premier Li Qiang": not a head of
                    // government, when others hold the office the group names)
                    const auto beside = named_or_beside(m);
                    std::string office = words_of(to_lower_ascii(text)).back();
                    if (office.size() > 3 && office.back() == 's') office.pop_back();
                    auto holds = [&](std::size_t j, bool named_office) {
                        const auto& positions = doc_.entities[doc_.mentions[j].entity].positions;
                        return beside(j) && !positions.empty() &&
                               (!named_office || std::any_of(positions.begin(), positions.end(), [&](const std::string& p) {
                                    return to_lower_ascii(p).find(office) != std::string::npos && !schema_.is_leader_position(p);
                                }));
                    };
                    auto leads = [&](int j) {
                        const auto& positions = doc_.entities[doc_.mentions[j].entity].positions;
                        return std::any_of(positions.begin(), positions.end(), [&](const std::string& p) { return schema_.is_leader_position(p); });
                    };
                    auto officials = last_group(i, m.type, group_size(text), [&](std::size_t j) { return holds(j, false); });
                    if (std::any_of(officials.begin(), officials.end(), leads) && !schema_.is_leader_position(office))
                        if (auto holders = last_group(i, m.type, group_size(text), [&](std::size_t j) { return holds(j, true); });
                            !holders.empty())
                            officials = std::move(holders);
                    if (!officials.empty()) m.members = std::move(officials);
                }
                auto leads = [&](std::size_t j) {
                    for (const auto& position : doc_.entities[doc_.mentions[j].entity].positions)
                        if (schema_.is_leader_position(position)) return true;
                    return false;
                };
                auto holds_another_office = [&](std::size_t j) {
                    return !doc_.entities[doc_.mentions[j].entity].positions.empty() && !leads(j);
                };
                if (m.type == EntityType::person && names_leaders(text) &&
                    (std::none_of(m.members.begin(), m.members.end(), leads) ||
                     std::any_of(m.members.begin(), m.members.end(), holds_another_office))) {
                    // "the two leaders" after "Iwaya and his counterpart Cho attended": the heads of
                    // government named before those two, when there are such ("The leaders signed" after
                    // "envoy Witkoff and Kushner, President Trump's son-in-law": those who hosted and came)
                    auto leaders = last_group(i, m.type, group_size(text), leads);
                    if (!leaders.empty()) m.members = std::move(leaders);
                }
            }
        }
    }

    /// "Cooper, who accompanied Starmer, held talks with her counterpart": mention j stands in a
    /// relative clause that closed before mention i, so "her" is not Starmer.
    bool in_closed_relative_clause(std::size_t j, std::size_t i) const {
        const Mention& candidate = doc_.mentions[j];
        const Mention& pronoun = doc_.mentions[i];
        if (candidate.sentence != pronoun.sentence) return false;
        const std::uint32_t first = doc_.sentences[candidate.sentence].first_token;
        bool opened = false;
        for (std::uint32_t t = candidate.first_token; t-- > first + 1;) {
            const std::string_view word = doc_.key(t);
            if (word == ",") return false;
            if ((word == "who" || word == "whom") && doc_.key(t - 1) == ",") { opened = true; break; }
        }
        if (!opened) return false;
        for (std::uint32_t t = candidate.end_token; t < pronoun.first_token; ++t)
            if (doc_.key(t) == ",") return true;
        return false;
    }

    /// "Starmer met her on Monday": an object pronoun is not the subject of its own verb.
    bool subject_of_object(std::size_t j, std::size_t i) const {
        const Mention& subject = doc_.mentions[j];
        const Mention& pronoun = doc_.mentions[i];
        const std::string_view word = doc_.key(pronoun.first_token);
        if (subject.sentence != pronoun.sentence || (word != "him" && word != "her")) return false;
        if (doc_.possessive_pronoun(pronoun.first_token)) return false;  // "met her counterpart" may be her own
        if (pronoun.first_token > subject.end_token + 3) return false;
        for (std::uint32_t t = subject.end_token; t < pronoun.first_token; ++t)
            if (!doc_.tokens[t].has(token_word)) return false;
        return true;
    }

    /// Whether no person is named in mention i's sentence before it.
    bool opens_sentence(std::size_t i) const {
        for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == doc_.mentions[i].sentence;)
            if (doc_.mentions[j].type == EntityType::person) return false;
        return true;
    }

    /// The first person named in the sentence before `sentence`, from `candidates` (newest first), or SIZE_MAX.
    std::size_t sentence_subject(const std::vector<std::size_t>& candidates, std::uint32_t sentence) const {
        std::size_t first = SIZE_MAX;
        for (auto j : candidates)
            if (doc_.mentions[j].sentence + 1 == sentence) first = j;
        return first;
    }

    /// How many a group names: "the two leaders", "both sides", "the pair" 2, "the three ministers" 3;
    /// 0 when it does not say ("the leaders").
    static std::size_t group_size(std::string_view text) {
        std::size_t n = 0;
        for (const auto& word : words_of(to_lower_ascii(text)))
            for (auto [number, count] : {std::pair<std::string_view, std::size_t>{"two", 2}, {"both", 2}, {"pair", 2},
                                         {"duo", 2}, {"three", 3}, {"four", 4}, {"five", 5}})
                if (word == number) n = count;
        return n;
    }

    /// Whether a group of people is named for an office ("the two ministers", "both foreign ministers").
    bool names_an_office(std::string_view text) const {
        const auto words = words_of(to_lower_ascii(text));
        return !words.empty() && schema_.in_category(words.back(), LexCategory::title);
    }

    /// Whether a group of people is named for their office as heads of state or government.
    static bool names_leaders(std::string_view text) {
        const std::string words = to_lower_ascii(text);
        return words.find("leaders") != std::string::npos || words.find("presidents") != std::string::npos;
    }

    /// The countries (and, with `bodies`, the organisations) named inside the last event named before
    /// mention i, within three sentences ("EU" and "China" of "the EU-China Summit"), one mention each.
    std::vector<int> parties_of_last_event(std::size_t i, bool bodies) const {
        const std::uint32_t sentence = doc_.mentions[i].sentence;
        for (std::size_t e = i; e-- > 0;) {
            const Mention& event = doc_.mentions[e];
            if (event.sentence + 3 < sentence) break;
            if (event.type != EntityType::event || event.kind != MentionKind::name) continue;
            std::vector<int> parties;
            for (std::size_t j = 0; j < doc_.mentions.size(); ++j) {
                const Mention& party = doc_.mentions[j];
                const bool kind = party.type == EntityType::country || (bodies && party.type == EntityType::agency);
                if (!kind || party.entity < 0 || party.first_token < event.first_token || party.end_token > event.end_token)
                    continue;
                if (std::none_of(parties.begin(), parties.end(), [&](int p) { return doc_.mentions[p].entity == party.entity; }))
                    parties.push_back(static_cast<int>(j));
            }
            return parties;
        }
        return {};
    }

    /// The people (or countries) a group or "they" stands for: the last ones named together in one
    /// sentence, as many as the group says, else all of them ("Starmer hosted Costa and von der Leyen.
    /// The leaders agreed ...").
    template <typename Fits>
    std::vector<int> last_group(std::size_t i, EntityType type, std::size_t wanted, Fits&& fits) const {
        std::vector<int> pair;
        std::uint32_t sentence = UINT32_MAX;
        for (auto j : recent(type, i, 3, true)) {
            if (!fits(j)) continue;
            const auto& m = doc_.mentions[j];
            if (sentence != UINT32_MAX && m.sentence != sentence) {
                if (pair.size() >= 2) break;
                pair.clear();
            }
            sentence = m.sentence;
            if (std::find(pair.begin(), pair.end(), static_cast<int>(j)) == pair.end()) {
                bool duplicate = false;
                for (int p : pair) duplicate |= doc_.mentions[p].entity == m.entity;
                if (!duplicate) pair.push_back(static_cast<int>(j));
            }
        }
        if (pair.size() < 2) return {};
        const std::size_t size = wanted ? wanted : pair.size();
        if (pair.size() > size) pair.resize(size);
        return pair;
    }

    /// The letters that abbreviate a title: "EAM" for "External Affairs Minister".
    static std::string title_initials(std::string_view title) {
        std::string initials;
        for (const auto& word : words_of(title))
            if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) initials += word[0];
        return initials;
    }

    /// "EAM Jaishankar" in a headline is "External Affairs Minister S. Jaishankar": a title's initials
    /// before a surname are no given name. The person is named as the text names them elsewhere.
    void drop_title_initials(Entity& e) const {
        const auto space = e.name.find(' ');
        if (space == std::string::npos || space < 2) return;
        const std::string first = e.name.substr(0, space);
        if (!std::all_of(first.begin(), first.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) ||
            std::none_of(e.positions.begin(), e.positions.end(), [&](const std::string& p) { return title_initials(p) == first; }))
            return;
        std::string name = e.name.substr(space + 1);
        for (auto i : e.mentions) {
            const Mention& m = doc_.mentions[i];
            if (m.kind == MentionKind::name && m.name != e.name && m.name.size() > name.size() && ends_with(m.name, " " + name))
                name = m.name;
        }
        e.aliases.erase(std::remove(e.aliases.begin(), e.aliases.end(), name), e.aliases.end());
        e.aliases.push_back(e.name);  // still what the article wrote
        e.name = name;
    }

    void finish() {
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            const auto& m = doc_.mentions[i];
            if (m.entity < 0) continue;
            auto& e = doc_.entities[m.entity];
            e.mentions.push_back(static_cast<std::uint32_t>(i));
            if (m.kind != MentionKind::name || m.qualifier) continue;
            // the words the article used, which may differ from a gazetteer's canonical name
            const std::string alias = strip_trailing_comma(collapse_whitespace(surface_text(doc_.text(m))));
            if (alias != e.name && std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
                e.aliases.push_back(alias);
        }
        for (auto& e : doc_.entities) {
            if (e.type == EntityType::person) drop_title_initials(e);
            if (e.type == EntityType::event) {
                // "the second High-Level Dialogue" reads better without the article
                if (starts_with(e.name, "the ") || starts_with(e.name, "The ")) e.name = e.name.substr(4);
            }
        }
    }

    Document& doc_;
    const Schema& schema_;
};

}  // namespace

std::vector<std::string> person_name_words(std::string_view name, const Schema& schema) {
    std::vector<std::string> out;
    for (auto& w : words_of(to_lower_ascii(name))) {
        while (!w.empty() && (w.back() == ',' || w.back() == '\'')) w.pop_back();
        if (w.empty() || std::find(std::begin(name_noise_words), std::end(name_noise_words), w) != std::end(name_noise_words))
            continue;
        if (w.size() == 2 && w[1] == '.') continue;  // an initial
        // "el-Sisi" is the "Sisi" of later sentences: the Arabic article is no part of the surname
        if (w.size() > 3 && (starts_with(w, "al-") || starts_with(w, "el-"))) w.erase(0, 3);
        out.push_back(w);
    }
    if (out.size() >= 2) out.front() = std::string(schema.formal_name(out.front()));
    return out;
}

EventKey event_key(std::string_view name, const Schema& schema) {
    std::vector<std::string> core;
    std::set<std::string> countries;
    for (const auto& key : schema.phrase_keys(name)) {
        if (std::find(std::begin(event_noise_words), std::end(event_noise_words), key) != std::end(event_noise_words) ||
            numeric_ordinal(key))
            continue;
        bool country = false;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= key.size(); ++k) {  // "us-china", "u.s.-prc", "eu-japan"
            if (k < key.size() && key[k] != '-') continue;
            for (auto id : schema.lexicon().exact(key.substr(start, k - start))) {
                const auto& entry = schema.entry(id);
                if (entry.category == LexCategory::country || entry.category == LexCategory::demonym) {
                    country = true;
                    countries.insert(entry.country);
                } else if (entry.category == LexCategory::agency) {
                    // the EU of "EU-Japan" is a party like Japan; so is ASEAN in "the ASEAN Summit",
                    // whose name it stays in: an organisation's summits recur under its name
                    countries.insert(entry.value);
                }
            }
            start = k + 1;
        }
        if (!country) core.push_back(key);
    }
    std::string codes;
    for (const auto& code : countries) codes += (codes.empty() ? "" : ";") + code;  // names may have hyphens
    return {join(core), codes};
}

std::string event_core_key(std::string_view name, const Schema& schema) { return event_key(name, schema).core; }

std::string agency_key(std::string_view name) {
    auto words = words_of(to_lower_ascii(name));
    for (auto& w : words)
        for (auto& c : w)
            if (c == '\'') c = ' ';
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    // "Public Security Ministry" -> "ministry of public security"
    static const std::set<std::string> heads = {"ministry", "department", "bureau", "agency", "office", "administration"};
    if (words.size() >= 2 && heads.count(words.back()) &&
        std::find(words.begin(), words.end(), "of") == words.end()) {
        std::vector<std::string> reordered{words.back(), "of"};
        reordered.insert(reordered.end(), words.begin(), words.end() - 1);
        words = reordered;
    }
    return join(words);
}

void EntityResolver::run(Document& doc) const { Resolution(doc, schema_).run(); }

}  // namespace kg
