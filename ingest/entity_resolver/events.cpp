#include "ingest/entity_resolver/resolution.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "ingest/entity_resolver.hpp"
#include "ingest/text.hpp"

namespace kg::resolution {

std::string Resolution::without_former(const std::string& position) {
    return starts_with(position, "former ") ? position.substr(7) : position;
}

void Resolution::resolve_events() {
    struct Named {
        std::vector<std::string> core;
        std::string parties;  // countries and organisations of its name: "US-China", "EU-Japan"
        int ordinal;
        std::string event_class;
        int entity;
        std::size_t mentions;
        std::uint32_t first_sentence;  // where it is first named
        bool in_headline;              // first named in the headline, which names the article's event
        bool planned;                  // named only as still to come ("agreed to hold the second meeting of X")
        bool setting;                  // named only as where others met ("on the margins of the ASEAN meeting")
    };
    std::vector<Named> events;
    std::vector<std::size_t> descriptions;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        auto& m = doc_.mentions[i];
        if (m.type != EntityType::event) continue;
        // ("Meeting Speakers:": a list's header names the head alone, as a description would)
        if (m.kind == MentionKind::description || names_head_alone(m)) { descriptions.push_back(i); continue; }
        const EventKey key = event_key(m.name, schema_);
        const auto core = words_of(key.core);
        int entity = -1;
        for (auto& ev : events) {
            if (ev.ordinal && m.ordinal && ev.ordinal != m.ordinal) continue;
            if (!compatible_class(ev.event_class, m.event_class)) continue;
            if (!same_parties(ev.parties, key.countries)) continue;
            if (core.empty() || ev.core.empty() || subset_of(core, ev.core) || subset_of(ev.core, core)) {
                entity = ev.entity;
                ev.planned = ev.planned && doc_.names_planned_event(m);
                ev.setting = ev.setting && names_setting(m);
                if (!ev.ordinal) ev.ordinal = m.ordinal;
                if (core.size() > ev.core.size()) ev.core = core;
                if (ev.parties.empty()) ev.parties = key.countries;
                ++ev.mentions;
                break;
            }
        }
        if (entity < 0) {
            entity = new_entity(EntityType::event, m.name);
            events.push_back({core, key.countries, m.ordinal, m.event_class, entity, 1, m.sentence,
                              doc_.in_headline(m.first_token), doc_.names_planned_event(m), names_setting(m)});
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
        // ("held a bilateral meeting with Fidan", then "preparations for the 7th session of the Council":
        // an event named later is the one an indefinite description introduced only when its name has
        // the description's head)
        const auto words = words_of(to_lower_ascii(description.name));
        const std::string head = words.empty() ? std::string() : words.back();
        const bool indefinite = this->indefinite(description);
        // ("Wang, Iwaya and Cho attended a trilateral foreign ministers' meeting" after the
        // China-Japan consultation: an indefinite description after the name tells of another event,
        // unless a headline gave the name: "Labor Leaders Meeting", then "held a productive meeting")
        auto named_so = [&](const Named& ev) {
            const bool later = ev.first_sentence > description.sentence;
            if (!ev.planned && (!indefinite || (!later && ev.first_sentence == description.sentence) || ev.in_headline))
                return true;  // (most: no name to compare)
            // ("agreed to hold the second meeting of the Working Group", then "attended the meeting": a
            // meeting only planned is no other meeting; "the NATO Summit, which will be held", then
            // "Spain's hosting of the summit" is that summit)
            const bool same_head = to_lower_ascii(doc_.entities[ev.entity].name).find(head) != std::string::npos;
            // ("preparations for the Council meeting to be held next year", then "he held a meeting with
            // the Patriarch": an indefinite description is another, held, meeting)
            if (ev.planned && (!same_head || indefinite)) return false;
            if (indefinite && ev.first_sentence < description.sentence && !ev.in_headline) return false;
            return !later || !indefinite || same_head;
        };
        // ("their annual summit in New Delhi", then three sentences on "the 23rd India-Russia Annual Summit":
        // a description of two words or more that the name spells out in full is it, named later still)
        const auto spelled_out = [&](const Named& ev) {
            if (words.size() < 2 || indefinite) return false;
            const auto name_words = words_of(to_lower_ascii(doc_.entities[ev.entity].name));
            return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                return std::find(name_words.begin(), name_words.end(), w) != name_words.end();
            });
        };
        // ("the dialogue" after "the Foreign Ministers' Meeting" and "the China-Japan Economic Dialogue":
        // of the events it may be, one whose name ends in its head first)
        const Named* best = nullptr;
        const Named* best_of_head = nullptr;
        const auto ends_in_head = [&](std::string_view name) {  // (same_head without splitting each name)
            const auto space = name.find_last_of(' ');
            return !head.empty() && iequals_ascii(space == std::string_view::npos ? name : name.substr(space + 1), head);
        };
        // ("Readout of Secretary Rubio's Meeting with ...", "met ... on the margins of the ASEAN Foreign
        // Ministers' Meeting", then "joined the meeting": not the one that was only the setting)
        const bool described = described_before(description) || doc_.in_headline(description.first_token);
        for (const auto& ev : events)
            if ((ev.first_sentence <= named_by || spelled_out(ev)) && named_so(ev) && !(ev.setting && described) &&
                compatible_class(ev.event_class, description.event_class) && !(talks && ev.event_class == "conference")) {
                if (!best || ev.mentions > best->mentions) best = &ev;
                if (ends_in_head(doc_.entities[ev.entity].name) &&
                    (!best_of_head || ev.mentions > best_of_head->mentions))
                    best_of_head = &ev;
            }
        if (best_of_head) best = best_of_head;
        return best ? best->entity : -1;
    };
    std::map<std::string, int> unnamed;  // class (and words, if any) -> event made from descriptions
    std::set<int> headline_events;       // made from a headline's description that says no more than its class
    std::map<int, int> by_ordinal;
    for (auto i : descriptions) {
        auto& m = doc_.mentions[i];
        if (another_occasion(m) && !has_proper_modifier(m.name)) continue;  // "the upcoming COP27 conference" is known
        // "agreeing to work toward a summit of their leaders", "agreed to hold a meeting": an occasion
        // still to come that nothing names is no node
        if (doc_.names_planned_event(m) && !has_proper_modifier(m.name)) continue;
        // ("weeks of negotiations through the WMCC", then "Modi and Xi held bilateral talks": talks that
        // went on for weeks or more are an event of their own that no later description tells of again)
        if (long_process(m)) {
            const int entity = new_entity(EntityType::event, m.name);
            doc_.entities[entity].event_class = m.event_class;
            link(i, entity);
            continue;
        }
        // "chaired a separate meeting of the two delegations": an event of its own, which "the meeting" may follow
        if (separate_occasion(m)) {
            const int entity = new_entity(EntityType::event, m.name);
            doc_.entities[entity].event_class = m.event_class;
            // ("at his meeting with Biden in San Francisco last November", then "present at the meeting":
            // one dated to the past is no meeting the story goes on about)
            // (and "the meeting" after it is this one, not one made before)
            // (not one that only sets the time: "Following a closed-door meeting, the two leaders chaired an
            // inter-delegation meeting")
            if (!owned_and_dated_after(m) && !sets_the_time(m)) latest_unnamed[m.event_class] = unnamed[m.event_class] = entity;
            link(i, entity);
            continue;
        }
        // ("the Foreign and Defense Ministerial Meeting ("2+2")", then "the "2+2" meeting": the short name
        // in brackets after a named event)
        if (const int named = named_by_short_form(m); named >= 0) {
            link(i, named);
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
            // ("The meeting was attended by ...", then "the fifth meeting of the Coordination Council": a
            // body's meeting says which it is, unless in apposition: "their trilateral meeting in Seoul — the
            // fourth such meeting of the Biden Administration", or after a headline's "Meeting")
            const auto described_in_sentence = [&](int event) {
                for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == m.sentence;)
                    if (doc_.mentions[j].entity == event) return true;
                return false;
            };
            const bool another_body_meeting = m.end_token < doc_.tokens.size() && doc_.key(m.end_token) == "of" &&
                                              latest_unnamed.count(m.event_class) &&
                                              !described_in_sentence(latest_unnamed[m.event_class]) &&
                                              !headline_events.count(latest_unnamed[m.event_class]);
            if (entity < 0 && !another_body_meeting && latest_unnamed.count(m.event_class) &&
                same_unnumbered_head(doc_.entities[latest_unnamed[m.event_class]], m.name)) {
                entity = latest_unnamed[m.event_class];
                doc_.entities[entity].ordinal = m.ordinal;
                doc_.entities[entity].name = m.name;
                by_ordinal[m.ordinal] = entity;
            }
            // ("held the China-Japan High-Level Economic Dialogue with Iwaya, the sixth such dialogue": an
            // appositive that numbers the event named before it)
            if (const int named = event_set_off_before(i); entity < 0 && named >= 0 && same_head(doc_.entities[named].name, m.name)) {
                entity = named;
                if (!doc_.entities[entity].ordinal) doc_.entities[entity].ordinal = m.ordinal;
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
                // ("their annual summit", named later: "the talks" after it are held there too)
                if (entity >= 0 && m.event_class == "summit") latest_unnamed["summit"] = entity;
            }
            if (entity < 0) {
                auto found = unnamed.find(unnamed_key);
                // ("for the opening ceremony", then "hosted a dinner": an indefinite description with another
                // head is another occasion of the class; not of talks, which readouts call a meeting, then "a
                // productive conversation")
                // (nor one set off after another: "his July trip to Israel, a visit that ...")
                const bool set_off = m.first_token >= 2 && doc_.key(m.first_token - 2) == ",";
                const bool another_occasion_of_class = indefinite(m) && !set_off && !one_of(m.event_class, {"meeting", "call"});
                if (found != unnamed.end() && another_occasion_of_class && !same_head(doc_.entities[found->second].name, m.name))
                    found = unnamed.end();
                // "an extraordinary summit ... joined the meeting virtually": "the meeting" in an article
                // that has described a summit and no other meeting is the summit (a named summit's
                // sidelines host meetings of their own; "the negotiations" there are another occasion)
                // ("agreed during their summit in Seoul", then "present at the talks": so are the talks)
                const std::string lower_name = to_lower_ascii(m.name);
                // ("the ASEAN summit in Jakarta", then "the G20 foreign ministers' meeting": a meeting whose
                // description says which is another)
                const bool summit_meeting = (ends_with(lower_name, "meeting") || lower_name == "talks") && !specific &&
                                            !latest_unnamed.count("meeting") && latest_unnamed.count("summit") && definite(m);
                // "G20 leaders open summit in Rio", then "opened a two-day G20 summit": the headline's
                // summit is the one the story describes, which names it better
                const auto headline = unnamed.find(m.event_class);
                const bool told_in_headline = headline != unnamed.end() && specific &&
                                              headline_events.count(headline->second) && !doc_.in_headline(m.first_token) &&
                                              same_head(doc_.entities[headline->second].name, m.name);
                // ("He made a secret trip to Beijing that paved the way for Nixon's visit": one that a name owns
                // is another occasion than the one its sentence has just described)
                const bool owned_beside = m.first_token > 0 && doc_.tokens[m.first_token - 1].has(token_possessive) &&
                                          ((found != unnamed.end() && mentioned_in_sentence(found->second, i)) ||
                                           (latest_unnamed.count(m.event_class) &&
                                            mentioned_in_sentence(latest_unnamed[m.event_class], i)));
                if (owned_beside) found = unnamed.end();
                if (found == unnamed.end() && summit_meeting) {
                    entity = latest_unnamed["summit"];
                } else if (found == unnamed.end() && !specific && latest_unnamed.count(m.event_class) && !owned_beside &&
                           !(another_occasion_of_class && !same_head(doc_.entities[latest_unnamed[m.event_class]].name, m.name))) {
                    entity = latest_unnamed[m.event_class];  // "the summit": the one just described
                } else if (found == unnamed.end() && told_in_headline) {
                    entity = headline->second;
                    headline_events.erase(entity);
                    doc_.entities[entity].name = m.name;
                    unnamed.emplace(unnamed_key, entity);
                } else if (found == unnamed.end()) {
                    entity = new_entity(EntityType::event, m.name);
                    doc_.entities[entity].event_class = m.event_class;
                    unnamed.emplace(unnamed_key, entity);
                    if (!specific && doc_.in_headline(m.first_token)) headline_events.insert(entity);
                } else {
                    entity = found->second;
                }
                // ("preparations for the Council meeting to be held next year": one still to come is not
                // the meeting a later "a meeting" or "the meeting" tells of)
                if (!doc_.names_planned_event(m)) latest_unnamed[m.event_class] = entity;
            }
        }
        link(i, entity);
    }
}

int Resolution::named_by_short_form(const Mention& description) const {
    // the description's words before its head, without quotes: "2+2" of '"2+2" meeting'
    const std::string_view name = description.name;
    const auto space = name.find_last_of(' ');
    if (space == std::string_view::npos) return -1;
    const auto bare = [](std::string_view s) {
        std::string out;
        for (char c : s)
            if (c != '"' && c != ' ' && c != '\'') out += c;
        return out;
    };
    std::string_view modifier = name.substr(0, space);
    if (starts_with(modifier, "the ")) modifier.remove_prefix(4);
    const std::string wanted = bare(modifier);
    if (wanted.empty()) return -1;
    for (const Mention& e : doc_.mentions) {
        if (e.type != EntityType::event || e.kind != MentionKind::name || e.entity < 0 || e.begin >= description.begin) continue;
        // '("2+2")' right after the name
        std::uint32_t t = e.end_token;
        if (t + 2 >= doc_.tokens.size() || doc_.key(t) != "(") continue;
        std::uint32_t close = t + 1;
        while (close < doc_.tokens.size() && close < t + 8 && doc_.key(close) != ")") ++close;
        if (close < doc_.tokens.size() && doc_.key(close) == ")" &&
            bare(doc_.text(doc_.tokens[t + 1].begin, doc_.tokens[close - 1].end)) == wanted)
            return e.entity;
    }
    return -1;
}

int Resolution::event_set_off_before(std::size_t i) const {
    const Mention& m = doc_.mentions[i];
    if (m.first_token < 2 || doc_.key(m.first_token - 1) != "the" || doc_.key(m.first_token - 2) != ",") return -1;
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == m.sentence;) {
        const Mention& before = doc_.mentions[j];
        if (before.end_token + 7 < m.first_token) return -1;  // (at most "with Foreign Minister Iwaya" between)
        if (before.type == EntityType::event) return before.entity;
    }
    return -1;
}

bool Resolution::names_setting(const Mention& m) const {
    std::uint32_t t = m.first_token;
    if (t > 0 && doc_.key(t - 1) == "the") --t;
    return t >= 2 && doc_.key(t - 1) == "of" && one_of(doc_.key(t - 2), {"sidelines", "margins", "margin"});
}

bool Resolution::mentioned_in_sentence(int entity, std::size_t i) const {
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == doc_.mentions[i].sentence;)
        if (doc_.mentions[j].entity == entity) return true;
    return false;
}

bool Resolution::another_occasion(const Mention& m) const {
    static constexpr std::string_view before_or_after[] = {"previous", "preceding", "prior", "last", "next", "upcoming"};
    auto among = [](std::string_view word) {
        return std::find(std::begin(before_or_after), std::end(before_or_after), word) != std::end(before_or_after);
    };
    const auto words = words_of(to_lower_ascii(m.name));
    if (!words.empty() && among(words.front())) return true;
    return m.first_token > 0 && among(doc_.key(m.first_token - 1));
}

bool Resolution::indefinite(const Mention& m) const {
    return m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"a", "an"});
}

bool Resolution::definite(const Mention& m) const {
    return m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"the", "this", "that"});
}

bool Resolution::separate_occasion(const Mention& m) const {
    const auto words = words_of(to_lower_ascii(m.name));
    const bool said = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return w == "separate" || w == "another" || schema_.in_category(w, LexCategory::month);
    });
    // ("Meanwhile, Lavrov and Rubio held talks in Riyadh": a sentence that turns to another scene)
    const std::string_view opening = doc_.key(doc_.sentences[m.sentence].first_token);
    // ("Earlier in the day, the Ukrainian leader held talks in Rome with Meloni": another scene before the
    // one the story has told of; not the lead's "Earlier this week, officials hosted a listening session")
    const auto told_before = [&] {
        return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& e) {
            return e.type == EntityType::event && e.sentence < m.sentence && !doc_.in_headline(e.first_token);
        });
    };
    const bool another_scene = (one_of(opening, {"meanwhile", "separately", "elsewhere"}) || (opening == "earlier" && told_before())) &&
                               !definite(m);  // ("the working group")
    // ("the third round of talks, following meetings in Geneva in May": earlier ones, not the one told of)
    const bool sequence = m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"following", "after", "before", "since"});
    return said || another_scene || sequence || sets_the_time(m) || owned_and_dated_after(m) ||
           (m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"separate", "another"}));
}

bool Resolution::names_head_alone(const Mention& m) const {
    // (a headline's "Forum meeting" is short for the one the story names: a name, so that it joins it)
    return m.end_token == m.first_token + 1 && !m.ordinal && m.name.find(' ') == std::string::npos && !doc_.in_headline(m.first_token) &&
           schema_.in_category(doc_.key(m.first_token), LexCategory::event_head);
}

bool Resolution::sets_the_time(const Mention& m) const {
    // "Following a closed-door meeting, ...": a phrase that opens the sentence with an occasion not told
    // of before ("After the talks, ..." are the ones told of)
    const std::uint32_t t = m.first_token;
    return indefinite(m) && t >= 2 && t - 2 == doc_.sentences[m.sentence].first_token &&
           one_of(doc_.key(t - 2), {"following", "after", "before"});
}

bool Resolution::long_process(const Mention& m) const {
    return m.first_token >= 2 && doc_.key(m.first_token - 1) == "of" &&
           one_of(doc_.key(m.first_token - 2), {"weeks", "months", "years", "decades"});
}

bool Resolution::owned_and_dated_after(const Mention& m) const {
    // ("the meeting between PM Modi and President Xi in Kazan last October": or its partners named after it)
    const bool between = m.end_token < doc_.tokens.size() && doc_.key(m.end_token) == "between" && definite(m);
    if (m.first_token == 0 || !(between || one_of(doc_.key(m.first_token - 1), {"their", "his", "her"}))) return false;
    // ("his meeting with President Joe Biden in San Francisco last November": past a partner and a place)
    const std::uint32_t end = std::min<std::uint32_t>(doc_.sentences[m.sentence].end_token, m.end_token + 10);
    for (std::uint32_t t = m.end_token; t + 1 < end; ++t) {
        // ("their first summit since Lee took office in June": the date is another clause's)
        if (one_of(doc_.key(t), {"since", "after", "before", "when", "while", ",", "which", "that"})) return false;
        if (one_of(doc_.key(t), {"in", "last"}) &&
            (schema_.in_category(doc_.key(t + 1), LexCategory::month) || doc_.key(t + 1) == "year" ||
             (doc_.tokens[t + 1].has(token_number) && doc_.key(t + 1).size() == 4)))
            return true;
    }
    return false;
}

bool Resolution::same_head(const std::string& a, const std::string& b) {
    const auto first = words_of(to_lower_ascii(a)), second = words_of(to_lower_ascii(b));
    return !first.empty() && !second.empty() && first.back() == second.back();
}

bool Resolution::same_unnumbered_head(const Entity& event, const std::string& description) {
    const auto a = words_of(to_lower_ascii(event.name)), b = words_of(to_lower_ascii(description));
    if (event.ordinal || a.empty() || b.empty() || a.back() != b.back()) return false;
    // ("the Quad meeting", then "his first bilateral meeting": a word each has and the other lacks
    // tells another meeting)
    std::vector<std::string> unnumbered;
    for (const auto& word : b)
        if (!contains_ordinal(word) && !one_of(word, {"such", "the", "a", "an"})) unnumbered.push_back(word);  // "the fourth such meeting"
    return subset_of(a, unnumbered) || subset_of(unnumbered, a);
}

bool Resolution::same_parties(const std::string& a, const std::string& b) {
    const auto x = split(a, ';'), y = split(b, ';');
    auto within = [](const auto& small, const auto& big) {
        const bool organisation = std::any_of(small.begin(), small.end(), [](auto p) { return !is_country_code(p); });
        // ("the Japan-China Foreign Ministers' Meeting" is not "the Japan-China-ROK Foreign Ministers' Meeting")
        if ((organisation || small.size() >= 2) && small.size() != big.size()) return false;
        return std::all_of(small.begin(), small.end(), [&](auto p) {
            return p.empty() || std::find(big.begin(), big.end(), p) != big.end();
        });
    };
    return a.empty() || b.empty() || within(x, y) || within(y, x);
}

bool Resolution::is_country_code(std::string_view party) {
    return party.size() == 2 && std::isupper(static_cast<unsigned char>(party[0])) && std::isupper(static_cast<unsigned char>(party[1]));
}

bool Resolution::contains_ordinal(const std::string& name) {
    const std::string lower = to_lower_ascii(name);
    for (auto w : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                   "inaugural"})
        if (lower.find(w) != std::string::npos) return true;
    for (const auto& w : words_of(lower))
        if (numeric_ordinal(w)) return true;
    return false;
}

}  // namespace kg::resolution
