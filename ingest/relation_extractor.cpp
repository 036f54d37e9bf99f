#include "ingest/relation_extractor.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "ingest/document.hpp"
#include "ingest/entity_resolver.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

constexpr std::size_t negation_window = 6;  // tokens before a trigger that can make it hypothetical
constexpr std::size_t plan_window = 10;     // tokens between "agreed to" and the meeting it plans
constexpr std::size_t appositive_window = 14;
constexpr std::size_t held_in_window = 10;
/// Events that are held somewhere (a shooting happens in a place; it is not "held" there).
const std::set<std::string> held_classes = {"meeting", "summit", "conference", "ceremony", "games", "exercise", ""};
/// Events that happen to people rather than being attended by them.
const std::set<std::string> unattended_classes = {"incident", "election"};

/// An entity taking part in a sentence, at the position of the mention that names it.
struct Argument {
    std::size_t mention;
    int entity;
    EntityType type;
    std::uint32_t first_token, end_token;
};

struct TriggerHit {
    std::uint32_t first, end;  // tokens
    Trigger trigger;
};

class SentenceRelations {
public:
    SentenceRelations(Document& doc, const Schema& schema, std::uint32_t index, int focal_event,
                      std::set<std::size_t>& attached)
        : doc_(doc), schema_(schema), index_(index), sentence_(doc.sentences[index]), focal_event_(focal_event),
          attached_(attached) {}

    void extract() {
        collect_mentions();
        find_triggers();
        read_memberships();
        collect_arguments();
        read_held_in();
        read_member_countries();
        for (const auto& hit : memberships_) read_membership_phrase(hit);
        for (const auto& hit : triggers_) read_trigger(hit);
    }

private:
    void add(RelationType type, int source, int target, std::string detail = {}) {
        if (source < 0 || target < 0 || source == target) return;
        if ((type == RelationType::attended || type == RelationType::co_chaired) && !can_be_attended(target)) return;
        for (const auto& r : doc_.relations)
            if (r.sentence == index_ && r.type == type &&
                ((r.source == source && r.target == target) ||
                 (is_symmetric(type) && r.source == target && r.target == source)))
                return;
        Relation r;
        r.type = type;
        r.source = source;
        r.target = target;
        r.sentence = index_;
        r.detail = std::move(detail);
        doc_.relations.push_back(std::move(r));
    }

    /// One attends or chairs a meeting, not a war or an election ("the war began", "the 2020 election").
    bool can_be_attended(int entity) const {
        const Entity& e = doc_.entities[entity];
        return e.type != EntityType::event || unattended_classes.count(e.event_class) == 0;
    }

    std::string_view key(std::uint32_t token) const { return doc_.key(token); }

    void collect_mentions() {
        for (std::size_t m = 0; m < doc_.mentions.size(); ++m)
            if (doc_.mentions[m].sentence == index_) mentions_.push_back(m);
    }

    void find_triggers() {
        negation_.assign(sentence_.end_token - sentence_.first_token, false);
        for (std::uint32_t t = sentence_.first_token; t < sentence_.end_token;) {
            const auto match = schema_.triggers().longest(doc_, t, sentence_.end_token);
            if (!match.length) {
                const std::uint32_t with = dated_meeting_with(t);
                if (with) triggers_.push_back({t, with + 1, Trigger{RelationType::met_with, TriggerVoice::with}});
                t = with ? with + 1 : t + 1;
                continue;
            }
            for (auto id : *match.values) {
                const Trigger& trigger = schema_.trigger(id);
                if (trigger.voice == TriggerVoice::negation) negation_[t - sentence_.first_token] = true;
                // "met with members of the Caucus, including X": a membership phrase bounds no other clause
                else if (trigger.relation == RelationType::member_of) memberships_.push_back({t, t + match.length, trigger});
                else triggers_.push_back({t, t + match.length, trigger});
            }
            t += match.length;
        }
    }

    bool negated(const TriggerHit& hit) const {
        const std::uint32_t from = hit.first > sentence_.first_token + negation_window ? hit.first - negation_window
                                                                                       : sentence_.first_token;
        for (std::uint32_t t = hit.first; t-- > from;) {
            // "Tusk, who did not attend, spoke by phone with Macron": the comma closes what was denied
            if (key(t) == ";" || key(t) == "." || key(t) == ",") break;
            if (negation_[t - sentence_.first_token] && !names_month(t)) return true;
        }
        // "They agreed to hold a trilateral foreign ministers' meeting with ...", "looked forward to
        // meeting", "is expected to visit Beijing next month to hold talks with": a plan, not a meeting
        for (std::uint32_t t = hit.first; t > sentence_.first_token + 1 && t + plan_window > hit.first;) {
            --t;
            if (one_of(key(t), {",", ";", "."})) break;
            if (key(t) == "to" && one_of(key(t - 1), {"agreed", "agree", "agrees", "decided", "forward", "committed", "expected",
                                                      "scheduled", "set", "due", "plans", "planned", "plan", "intends",
                                                      "intend", "invited", "hopes", "hope"}))
                return true;
        }
        // "Xi will meet Biden", "said they would also attend"
        for (std::uint32_t t = hit.first; t > sentence_.first_token && t + 3 > hit.first;) {
            --t;
            if (one_of(key(t), {"will", "would", "shall", "'ll"})) return true;
            if (!is_adverb(t)) break;
        }
        // "for Maduro and his representatives to meet their commitments": meeting an obligation
        if (key(hit.end - 1) == "meet" && hit.end < sentence_.end_token && one_of(key(hit.end), {"their", "its", "our", "his", "her"}))
            return true;
        // "intention to work with President Banga ... to agree to steps": an aim, not an agreement
        if (hit.trigger.relation == RelationType::agreed && hit.first > sentence_.first_token && key(hit.first - 1) == "to")
            return true;
        if (modifies_thing_before(hit)) return true;
        // "... to attend the meeting, but they withdrew"
        for (std::uint32_t t = hit.end; t + 1 < sentence_.end_token; ++t)
            if (key(t) == "but")
                for (std::uint32_t u = t + 1; u < sentence_.end_token && u < t + 5; ++u)
                    if (negation_[u - sentence_.first_token]) return true;
        return false;
    }

    /// "the next steps of the 100-year partnership signed in January": a past participle right after a
    /// thing's noun says what was done to the thing, not what the sentence's people did ("the two
    /// leaders signed in Paris" is a group's act).
    bool modifies_thing_before(const TriggerHit& hit) const {
        if (hit.end != hit.first + 1 || !ends_with(key(hit.first), "ed") || hit.first < sentence_.first_token + 2 ||
            hit.end >= sentence_.end_token || !one_of(key(hit.end), {"in", "on", "last", "earlier", "at", "during"}))
            return false;
        const std::uint32_t noun = hit.first - 1;
        const Token& token = doc_.tokens[noun];
        if (!token.has(token_word) || token.capitalised() ||
            ends_with(key(noun), "ly") || is_role_word(noun) || schema_.in_category(key(noun), LexCategory::group) ||
            schema_.in_category(key(noun), LexCategory::pronoun) ||
            one_of(key(noun), {"and", "also", "then", "have", "has", "had", "was", "were", "is", "are", "be", "been",
                               "who", "which", "that", "they", "together"}))
            return false;
        for (auto m : mentions_)
            if (mention(m).first_token <= noun && noun < mention(m).end_token) return false;
        // a determiner opens the noun's phrase: "the 100-year partnership", "a deal"
        for (std::uint32_t t = noun; t > sentence_.first_token && t + 4 > noun;) {
            --t;
            if (key(t) == ",") break;
            if (one_of(key(t), {"the", "a", "an", "its", "their", "this"})) return true;
        }
        return false;
    }

    /// "spoke on May 7 with", "met on Tuesday with": a date between a verb of meeting and its
    /// partner. The token of "with", or 0.
    std::uint32_t dated_meeting_with(std::uint32_t verb) const {
        if (!one_of(key(verb), {"spoke", "met", "talked", "speaks", "meets"}) || verb + 3 >= sentence_.end_token ||
            key(verb + 1) != "on")
            return 0;
        for (std::uint32_t t = verb + 2; t < sentence_.end_token && t < verb + 8; ++t) {
            if (key(t) == "with") return t > verb + 2 ? t : 0;
            bool date_word = doc_.tokens[t].has(token_number) || key(t) == ",";
            for (auto id : schema_.lexicon().exact(key(t))) {
                const LexCategory category = schema_.entry(id).category;
                date_word |= category == LexCategory::month || category == LexCategory::weekday;
            }
            if (!date_word) return 0;
        }
        return 0;
    }

    /// "on May 24": the month, not the modal verb "may".
    bool names_month(std::uint32_t token) const {
        return key(token) == "may" && token > sentence_.first_token && doc_.tokens[token].has(token_capitalized);
    }

    /// Clause limits around a trigger: other triggers, semicolons and subordinate clauses bound it.
    std::uint32_t left_limit(const TriggerHit& hit) const {
        std::uint32_t limit = sentence_.first_token;
        // "Reiterating President Biden's condolences, Mr. Finer pledged support": the participle's
        // clause is no part of the subject
        if (opens_with_participle())
            for (std::uint32_t t = limit; t < hit.first; ++t)
                if (key(t) == ",") {
                    limit = t + 1;
                    break;
                }
        // "Zelenskyy, who was welcomed by King Charles, attended": a verb in a relative clause that has
        // closed does not start the clause of the one after it
        for (const auto& other : triggers_)
            if (other.end <= hit.first && other.end > limit && !same_place(other, hit) && has_object(other, hit.first) &&
                !inside_relative_clause(other.first, other.end, hit.first))
                limit = other.end;
        for (std::uint32_t t = hit.first; t-- > limit;) {
            if (key(t) == ";" || key(t) == "\"") return t + 1;  // a quotation opens a clause of its own
            // "Yoon was accompanied by Kim and by Park Jin, who held talks with Hayashi": a relative
            // clause's subject is the one it follows, not everyone named before it.
            // One that has closed before the trigger is skipped: "X, who is visiting Manila, held talks".
            if (key(t) == "who" && t > limit && key(t - 1) == "," && !has_comma(t, hit.first)) return antecedent_start(t - 1);
            // "He said the two leaders gave input when they met": the speaker reports the clause, he
            // is no party to it (when the clause has subjects of its own)
            if (reports_clause(t) && subject_follows(t + 1, hit.first)) return t + 1;
            // "X urged the parties in Sudan to talk, as leaders gathered for the summit": a clause
            // of its own, with its own subject
            if (opens_adverbial_clause(t, hit.first)) return t + 1;
            // "The President offered his support to Cherelle, and he committed to ...": a pronoun after
            // ", and" is the subject of a clause of its own
            if (key(t) == "and" && t > limit && key(t - 1) == "," && t + 1 < hit.first &&
                one_of(key(t + 1), {"he", "she", "they", "we"}))
                return t + 1;
        }
        return limit;
    }
    /// Whether a conjunction after a comma at `token` opens a clause with a subject of its own
    /// before the verb at `verb` ("as leaders gathered"); a pronoun or "the two" refers back.
    bool opens_adverbial_clause(std::uint32_t token, std::uint32_t verb) const {
        if (token == 0 || key(token - 1) != "," || token + 1 >= verb || has_comma(token, verb)) return false;
        if (!one_of(key(token), {"as", "while", "when", "whereas", "although", "though", "because"})) return false;
        const std::string_view next = key(token + 1);
        if (one_of(next, {"well", "part", "he", "she", "they", "it", "we", "both", "all"})) return false;
        return !(next == "the" && one_of(key(token + 2), {"two", "three", "four", "five"}));
    }
    /// A verb that reports a clause ("said", "told"; not "urged", whose clause did not happen, nor
    /// "spoke", which is talking itself).
    bool reports_clause(std::uint32_t token) const {
        const std::string_view word = key(token);
        return word == "said" || word == "says" || word == "told" || word == "added" || word == "stated";
    }
    /// Whether a participant starts the reported clause: right after the verb, or after "that".
    bool subject_follows(std::uint32_t begin, std::uint32_t end) const {
        if (begin < end && key(begin) == "that") ++begin;
        for (const auto& a : arguments_)
            if (a.first_token >= begin && a.first_token <= begin + 1 && a.end_token <= end && participant(a.type)) return true;
        return false;
    }
    /// Whether the token is part of an event's mention ("held a Japan-Philippines Foreign Ministers' Meeting
    /// with ...", "held a summit meeting with ...": "meeting with" there is a noun, no verb that ends the clause).
    bool inside_event_name(std::uint32_t token) const {
        for (auto m : mentions_) {
            const Mention& e = mention(m);
            if (e.type != EntityType::event || token >= e.end_token) continue;
            if (e.first_token < token || (e.first_token == token && e.kind == MentionKind::description)) return true;
        }
        return false;
    }
    /// Where the participants just before the comma at `comma` begin ("the two leaders, who"), or
    /// `comma` itself if none ends there: the clause then has no subject to read.
    std::uint32_t antecedent_start(std::uint32_t comma) const {
        std::uint32_t start = comma;
        for (const auto& a : arguments_)
            if (a.end_token == comma && participant(a.type)) start = std::min(start, a.first_token);
        return start;
    }
    std::uint32_t right_limit(const TriggerHit& hit) const {
        std::uint32_t limit = sentence_.end_token;
        // "Edun, who chairs the African Caucus, said the talks ...": the relative clause ends at its comma
        const bool relative = hit.first >= sentence_.first_token + 2 && one_of(key(hit.first - 1), {"who", "which"}) &&
                              key(hit.first - 2) == ",";
        for (const auto& other : triggers_)
            if (other.first >= hit.end && other.first < limit && !same_place(other, hit) && !inside_event_name(other.first) &&
                !ownerless(other))
                limit = other.first;
        for (std::uint32_t t = hit.end; t < limit; ++t) {
            // (the quotes of "the second "2+2" talks" are the event's)
            if (key(t) == ";" || (key(t) == "\"" && !inside_event_name(t))) return t;
            // "met students in Shanghai, where he urged them ...": a clause after the comma has its own
            if (key(t) == "," && t + 1 < limit && one_of(key(t + 1), {"but", "which", "while", "according", "where", "when"}))
                return t;
            if (key(t) == "," && (relative || attribution_after(t))) return t;
            // "met Biden in what was expected to be their final meeting before Donald Trump takes
            // office": a clause of time or reason with a subject of its own
            // ("hosted Zelenskyy in Istanbul, as Turkey pushed for a new round of talks")
            if (one_of(key(t), {"before", "after", "until", "because", "although", "though", "unless", "once", "as", "while",
                                "whereas"}) &&
                t + 1 < limit && doc_.tokens[t + 1].has(token_capitalized) && subject_at(t + 1))
                return t;
        }
        return limit;
    }
    /// Whether a person or party named at `token` is followed by a verb in the present or past
    /// ("Donald Trump takes office", "Xi arrived"): the subject of a clause.
    bool subject_at(std::uint32_t token) const {
        for (const auto& a : arguments_) {
            if (a.first_token != token || !participant(a.type) || a.end_token >= sentence_.end_token) continue;
            const std::string_view verb = key(a.end_token);
            return lower_case_word(a.end_token) &&
                   ((verb.size() > 2 && verb.back() == 's') || past_tense(verb) || one_of(verb, {"will", "was", "met"}));
        }
        return false;
    }
    /// "held talks in the Kremlin, Kremlin spokesman Dmitry Peskov told reporters": who reports
    /// after the comma took no part in what the clause before it says.
    bool attribution_after(std::uint32_t comma) const {
        for (std::uint32_t t = comma + 1; t < sentence_.end_token && t <= comma + 8; ++t) {
            if (key(t) == "," || key(t) == "and") return false;
            if (one_of(key(t), {"said", "says", "told", "added", "stated", "reported", "wrote"})) return t > comma + 1;
        }
        return false;
    }
    static bool same_place(const TriggerHit& a, const TriggerHit& b) { return a.first == b.first; }

    /// "signed the Reciprocal Access Agreement with ...": a possessive trigger with no owner before
    /// it ("Biden's and Xi's agreement") is a plain noun and starts no clause
    bool ownerless(const TriggerHit& hit) const {
        return hit.trigger.voice == TriggerVoice::possessive && hit.first > sentence_.first_token &&
               key(hit.first - 1) != "'s" && key(hit.first - 1) != "'";
    }

    const Mention& mention(std::size_t m) const { return doc_.mentions[m]; }

    bool only_words_between(std::uint32_t from, std::uint32_t to, std::initializer_list<std::string_view> words) const {
        for (std::uint32_t t = from; t < to; ++t) {
            if (std::find(words.begin(), words.end(), key(t)) != words.end()) continue;
            if (inside_qualifier(t)) continue;
            return false;
        }
        return true;
    }

    bool inside_qualifier(std::uint32_t token) const {
        for (auto m : mentions_)
            if (mention(m).qualifier && mention(m).first_token <= token && token < mention(m).end_token) return true;
        return false;
    }

    // ---- member_of, represents from names and appositives --------------------------------
    void read_memberships() {
        for (std::size_t k = 0; k < mentions_.size(); ++k) {
            const Mention& p = mention(mentions_[k]);
            if (p.type != EntityType::person || p.entity < 0 || p.kind != MentionKind::name) continue;
            if (!p.country.empty()) add(RelationType::represents, p.entity, doc_.country_entity(p.country));
            read_title_membership(p);
            read_affiliation(k);
        }
    }

    /// "Minister of Public Security Guo" -> member_of Ministry of Public Security.
    void read_title_membership(const Mention& p) {
        if (read_agency_in_title(p)) return;
        const std::string position = to_lower_ascii(p.position);
        // A headline's "Minister of Trade Yilmaz" serves the country the body gives her ("of Micronesia"):
        // without it, every country's trade minister would join one stateless Ministry of Trade.
        const std::string& country = p.country.empty() ? doc_.entities[p.entity].country : p.country;
        for (auto [title, body] : {std::pair<std::string_view, std::string_view>{"minister of ", "Ministry of "},
                                   {"minister for ", "Ministry of "},
                                   {"secretary of ", "Department of "}}) {
            const auto at = position.find(title);
            if (at == std::string::npos) continue;
            std::string complement = p.position.substr(at + title.size());
            for (std::string_view stop : {" of ", " for ", " to "}) {
                const auto cut = to_lower_ascii(complement).find(stop);
                if (cut != std::string::npos) complement = complement.substr(0, cut);
            }
            // "Minister of Foreign Affairs and Deputy Prime Minister" holds two offices; the Department
            // of Housing and Urban Development and the Ministry of Foreign Affairs and Trade are one body
            const auto joined = to_lower_ascii(complement).find(" and ");
            if (joined != std::string::npos && names_title(to_lower_ascii(complement.substr(joined + 5))))
                complement = complement.substr(0, joined);
            // "Secretary of Housing & Urban Development" serves the Department of Housing and Urban Development
            for (auto amp = complement.find(" & "); amp != std::string::npos; amp = complement.find(" & "))
                complement.replace(amp, 3, " and ");
            // ("Minister of State" is a rank below a cabinet minister, in no ministry of that name; a British
            // "Secretary of State for Defence" heads the ministry of the field after "for", unlike an
            // American "Assistant Secretary of State for ...")
            const bool of_state = to_lower_ascii(complement) == "state";
            if (of_state && at == 0 && country != "US" && starts_with(position, "secretary of state for ")) continue;
            const bool minister = starts_with(title, "minister");
            if (complement.empty() || (of_state && (minister || (country != "US" && !country.empty())))) continue;
            // "the minister for European Union relations" names a field, not a ministry's name
            if (!names_field_in_capitals(complement)) continue;
            // "Prime Minister of Canada", "Deputy Prime Minister for Restoration" and "Minister of the
            // Kingdom" lead a government or a task, not a ministry.
            if ((at >= 6 && position.compare(at - 6, 6, "prime ") == 0) || names_place(complement)) continue;
            const std::string agency_name = std::string(body) + complement;
            // "Secretary of Commerce Gina Raimondo", of no country the article says, heads the department
            // the gazetteer knows by that name, the United States' ("Minister of Defence Marles" may be
            // anyone's: many countries have a ministry of that name)
            const LexEntry* known = country.empty() && body == "Department of " ? schema_.agency_named(agency_name) : nullptr;
            const int agency = known && !known->country.empty() ? find_or_make_agency(known->value, known->country)
                                                                : find_or_make_agency(agency_name, country);
            add(RelationType::member_of, p.entity, agency, p.position);
            return;
        }
    }

    /// "Public Security", "the Interior", "Foreign Affairs and Trade": every word but "the" and "and"
    /// capitalised, as a ministry's name is.
    static bool names_field_in_capitals(std::string_view complement) {
        std::size_t at = 0;
        while (at < complement.size()) {
            std::size_t end = complement.find(' ', at);
            if (end == std::string_view::npos) end = complement.size();
            const std::string_view word = complement.substr(at, end - at);
            if (!word.empty() && word != "the" && word != "and" && std::islower(static_cast<unsigned char>(word.front()))) return false;
            at = end + 1;
        }
        return true;
    }

    /// "Director of the Federal Bureau of Investigation Christopher Wray": the title names an agency the
    /// recogniser read, just before the name (a rank may stand between: "... of Staff General Mark Milley").
    /// "FBI Director Christopher Wray", "State Department spokesman Ned Price": the agency stands right
    /// before the title.
    bool read_agency_in_title(const Mention& p) {
        for (auto m : mentions_) {
            const Mention& agency = mention(m);
            if (agency.type != EntityType::agency || agency.entity < 0 || agency.kind != MentionKind::name) continue;
            if (agency.end_token > p.first_token) continue;
            // "Head of the Office of the President of Ukraine Andriy Yermak": the body's country may follow it
            const bool inside = p.position.find(doc_.text(agency)) != std::string::npos &&
                                (address_start(p) - agency.end_token <= 1 || ends_title(agency.end_token, p));
            // "Klein, White House Gender Policy Council Director, Julie Chavez Rodriguez": after a comma, a
            // title set off by another is the name's before it
            const bool set_off_allowed = !(agency.first_token > 0 && key(agency.first_token - 1) == ",");
            if (!inside && !title_between(agency.end_token, p, set_off_allowed)) continue;
            // "Sudan's Ambassador to the UN": posted to the body, a member of the country's service
            const std::uint32_t before = agency.first_token > 0 && key(agency.first_token - 1) == "the" ? agency.first_token - 1 : agency.first_token;
            // "Algeria's U.N. Ambassador": a country's envoy posted to the body
            const bool posted = !p.country.empty() && agency.end_token < p.first_token && schema_.is_posting_title(key(agency.end_token));
            if (!(before > 0 && key(before - 1) == "to") && !posted) add(RelationType::member_of, p.entity, agency.entity, p.position);
            attached_.insert(m);  // part of the person's title, not a party to the sentence's events
            return true;
        }
        return false;
    }
    /// Whether the tokens from `from` up to the person's name are the person's title and nothing else
    /// ("'s" or an acronym may come first: "the Pentagon's press secretary John Kirby").
    bool title_between(std::uint32_t from, const Mention& p, bool set_off_allowed) const {
        if (from < p.first_token && key(from) == "'s") ++from;
        // "Federal Trade Commission (FTC) Chair Lina Khan": the body's acronym may follow it
        if (from + 2 < p.first_token && key(from) == "(" && key(from + 2) == ")") from += 3;
        if (p.position.empty() || from >= p.first_token) return false;
        // "WHO Director-General Dr Tedros": a form of address may stand between title and name
        const std::uint32_t address = address_start(p);
        if (address <= from) return false;
        std::uint32_t last = address - 1;
        // "the African Union Commission Chairperson, Moussa Faki Mahamat": a comma may set the name off
        if (set_off_allowed && last > from && key(last) == ",") --last;
        const std::string_view between = doc_.text(doc_.tokens[from].begin, doc_.tokens[last].end);
        return collapse_whitespace(between) == p.position;
    }

    /// Where the forms of address before a person's name begin ("H.E. Ms. Fatou Kiné Diop").
    std::uint32_t address_start(const Mention& p) const {
        std::uint32_t first = p.first_token;
        while (first > sentence_.first_token && is_honorific(first - 1)) --first;
        return first;
    }

    /// Whether a word of `text` (in lower case) is a title: "deputy prime minister", not "trade".
    bool names_title(std::string_view text) const {
        for (const auto& word : split(text, ' '))
            if (schema_.in_category(word, LexCategory::title)) return true;
        return false;
    }

    bool is_honorific(std::uint32_t token) const {
        return schema_.in_category(key(token), LexCategory::honorific);
    }

    /// Whether the tokens from `from` up to the person's name end the person's title.
    bool ends_title(std::uint32_t from, const Mention& p) const {
        if (from >= p.first_token) return false;
        const std::string between = collapse_whitespace(doc_.text(doc_.tokens[from].begin, doc_.tokens[p.first_token - 1].end));
        return p.position.size() > between.size() && ends_with(p.position, " " + between);
    }

    int find_or_make_agency(const std::string& name, const std::string& country) {
        // "Minister for Foreign Affairs of Japan" serves the body the gazetteer calls "Ministry of
        // Foreign Affairs of Japan", as other articles name it
        const std::string_view national = schema_.national_agency(name, country);
        const std::string wanted = agency_key(name), wanted_national = agency_key(national);
        auto is_wanted = [&](const std::string& n) {
            const std::string key = agency_key(n);
            return key == wanted || (!national.empty() && key == wanted_national);
        };
        for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
            const Entity& entity = doc_.entities[e];
            if (entity.type != EntityType::agency) continue;
            if (!country.empty() && !entity.country.empty() && entity.country != country) continue;
            if (is_wanted(entity.name) || std::any_of(entity.aliases.begin(), entity.aliases.end(), is_wanted))
                return static_cast<int>(e);
        }
        // The title names a body the article does not: make it.
        Entity made;
        made.type = EntityType::agency;
        made.name = national.empty() ? name : std::string(national);
        made.country = country;
        doc_.entities.push_back(std::move(made));
        return static_cast<int>(doc_.entities.size() - 1);
    }

    /// "Takamura from the National Security Secretariat", "Spaulding, an undersecretary at the US DHS",
    /// "Max Baucus, the US ambassador to China".
    void read_affiliation(std::size_t k) {
        const Mention& p = mention(mentions_[k]);
        std::uint32_t t = p.end_token;
        std::size_t first = k + 1;
        // "President Bola Tinubu of Nigeria, the current ECOWAS chairman,": the appositive follows the country
        if (first < mentions_.size() && t < sentence_.end_token && key(t) == "of") {
            const Mention& country = mention(mentions_[first]);
            if (country.type == EntityType::country && country.first_token == t + 1 &&
                country.end_token < sentence_.end_token && key(country.end_token) == ",") {
                t = country.end_token;
                ++first;
            }
        }
        // "X, a member of Y", "X, the foreign minister of Y", "X, President of Y" (a title with no name
        // after it: in "X, Director of Y Brian Deese" the title is the next person's), and the same said
        // outright: "X is a member of Y"
        const bool titled = t + 1 < sentence_.end_token && key(t) == "," && title_alone_at(t + 1);
        // "Rafael Grossi, director general of the IAEA,": a title in lower case needs no article
        const bool lower_title = t + 1 < sentence_.end_token && key(t) == "," &&
                                 !doc_.tokens[t + 1].has(token_capitalized) && is_role_word(t + 1);
        // "Mark Rutte, NATO's secretary general,": a body's possessive before the role
        const bool owned_title = t + 3 < sentence_.end_token && key(t) == "," && key(t + 2) == "'s" && role_at(t + 3);
        const bool appositive = t + 1 < sentence_.end_token &&
                                (key(t) == "," || key(t) == "is" || key(t) == "was") &&
                                (key(t + 1) == "a" || key(t + 1) == "an" || key(t + 1) == "the" || titled || lower_title ||
                                 owned_title);
        const std::uint32_t limit = std::min<std::uint32_t>(sentence_.end_token, t + (appositive ? appositive_window : 4));
        // The body is looked for near the name, but an appositive describes the person up to its end
        // ("Cai Qi, a member of the Standing Committee of the Political Bureau of the CPC Central
        // Committee and director of its General Office, and Wang Yi attended"): no body in it is a party.
        std::uint32_t close = sentence_.end_token;
        // ("Opposition leader Kemi Badenoch, of the Conservative Party,": "of" may follow a comma)
        const bool comma_of = t + 1 < sentence_.end_token && key(t) == "," && key(t + 1) == "of";
        for (std::uint32_t u = t + (appositive || comma_of ? 1 : 0); u < sentence_.end_token; ++u)
            if (key(u) == "," || key(u) == ";" || key(u) == "." || key(u) == "said" || key(u) == "told") { close = u; break; }
        const std::uint32_t stop = std::min(close, limit);
        for (std::size_t j = first; j < mentions_.size(); ++j) {
            const Mention& m = mention(mentions_[j]);
            if (m.first_token >= stop) break;
            if (appositive && m.kind == MentionKind::title) {  // "X, President of Y": X's own title
                // "Kamikawa Yoko, Minister for Foreign Affairs of Japan,": the country the title serves
                if (titled && !m.country.empty()) add(RelationType::represents, p.entity, doc_.country_entity(m.country));
                continue;
            }
            // "Keir Starmer, the leader of the Labour Party": the appositive's head is the person again
            if (appositive && m.type == EntityType::person && m.kind == MentionKind::description && m.first_token == t + 1)
                continue;
            if (m.entity < 0) break;
            if (m.type == EntityType::person && !m.qualifier) break;
            if (m.type == EntityType::country) {
                // "the US ambassador to China": the country right before the role, not the one after "to";
                // "the foreign minister of Germany": the one after the role and "of"
                // "the United Kingdom's Permanent Representative": the role may follow a possessive
                const std::uint32_t role = m.end_token < sentence_.end_token && key(m.end_token) == "'s" ? m.end_token + 1 : m.end_token;
                const bool before_role = !(m.first_token > 0 && key(m.first_token - 1) == "to") && role_at(role);
                const bool of_role = m.first_token >= 2 && key(m.first_token - 1) == "of" && is_role_word(m.first_token - 2);
                if (appositive && (before_role || of_role)) add(RelationType::represents, p.entity, m.entity);
                // "LeBlanc, the minister responsible for Canada-U.S. trade, attended": a country the
                // appositive's words lead up to is the person's field, not a party
                else if (appositive && words_in_lower_case(t + 1, m.first_token)) attached_.insert(mentions_[j]);
                continue;
            }
            if (m.type != EntityType::agency || m.kind == MentionKind::description) continue;
            // "Volker Turk, the UN High Commissioner for Human Rights": the agency names the role's body
            // (not when a name follows the role: "X, Chief Medical Advisor and NIAID Director Dr. Anthony Fauci")
            // "Chuck Schumer, a New York Democrat,": the body is the appositive's last word, its head
            const bool body_heads = appositive && (key(t + 1) == "a" || key(t + 1) == "an") && m.end_token == close &&
                                    m.kind == MentionKind::name;
            if (body_heads || (appositive && role_follows(m.end_token) && !name_after_role(m.end_token))) {
                add(RelationType::member_of, p.entity, m.entity, p.position);
                attach_agencies(j, close);
                break;
            }
            const std::uint32_t before = m.first_token;
            bool preposition = false;
            // "an undersecretary at the DHS" works there; "hosted Zelensky at Downing Street" is a place
            for (std::uint32_t u = t; u < before; ++u)
                if (key(u) == "from" || (key(u) == "at" && appositive) || key(u) == "of" || key(u) == "with") preposition = true;
            if (!preposition) break;
            if (!appositive && !only_words_between(comma_of ? t + 1 : t, before, {"from", "at", "of", "with", "the", "'s", "'"}))
                break;
            // "X, Secretary of Health and Human Services Xavier Becerra": a name after the body takes the title
            if (titled && m.end_token < sentence_.end_token && doc_.tokens[m.end_token].has(token_capitalized)) break;
            add(RelationType::member_of, p.entity, m.entity, p.position);
            if (appositive) attach_agencies(j, close);
            else attached_.insert(mentions_[j]);
            // "Senior Directors Tarun Chhabra and Nora Todd from the NSC": both
            if (k > 0 && !appositive) {
                const Mention& before_person = mention(mentions_[k - 1]);
                if (before_person.type == EntityType::person && before_person.entity >= 0 &&
                    before_person.kind == MentionKind::name &&
                    only_words_between(before_person.end_token, p.first_token, {"and"}))
                    add(RelationType::member_of, before_person.entity, m.entity, before_person.position);
            }
            break;
        }
    }

    /// Whether a person's name follows the capitalised words from `token` on ("Director Dr. Anthony Fauci").
    bool name_after_role(std::uint32_t token) const {
        for (std::uint32_t u = token; u < sentence_.end_token && u < token + 6; ++u) {
            for (auto m : mentions_)
                if (mention(m).type == EntityType::person && mention(m).kind == MentionKind::name && mention(m).first_token == u)
                    return true;
            if (!doc_.tokens[u].capitalised()) return false;
        }
        return false;
    }

    /// The agencies from mentions_[first] up to token `stop` describe a person ("Cai Qi, a member of
    /// the Standing Committee of the Political Bureau of the CPC Central Committee, attended"): none
    /// of them is a party to the sentence's events.
    void attach_agencies(std::size_t first, std::uint32_t stop) {
        for (std::size_t j = first; j < mentions_.size() && mention(mentions_[j]).first_token < stop; ++j)
            if (mention(mentions_[j]).type == EntityType::agency) attached_.insert(mentions_[j]);
    }

    /// "Tanden and Marten met with members of the Council": the phrase ends in the word that brings
    /// in a partner, and the partner is no one named, so the two did not meet each other ("met with
    /// each other" says they did).
    /// "called on Russia to withdraw its troops" urges; "called on Prime Minister Modi" visits him.
    bool urges(const TriggerHit& hit, std::uint32_t right) const {
        if (!one_of(key(hit.first), {"called", "calls"}) || key(hit.end - 1) != "on") return false;
        const std::uint32_t end = list_end(hit.end, right);
        return (end < right && key(end) == "to") || !names_person(hit.end, end);
    }
    /// "welcomed Colombian President Gustavo Petro to the Planalto Palace" receives him; "welcomed the
    /// decision by Xi" or "welcomed Xi's visit" does not: the guest's name comes next, after a title.
    bool welcomes_no_guest(const TriggerHit& hit) const {
        if (!one_of(key(hit.first), {"welcomed", "welcomes"})) return false;
        // ("welcomed her Mexican counterpart, Alicia Barcena": the guest's title and a comma may come first)
        auto before_guest = [&](std::uint32_t t) {
            return doc_.tokens[t].has(token_capitalized) ||
                   one_of(key(t), {"her", "his", "their", "the", "visiting", "counterpart", "counterparts", ","});
        };
        for (std::uint32_t t = hit.end; t < sentence_.end_token && t < hit.end + 8 && before_guest(t); ++t) {
            const Argument* guest = argument_starting_at(t, EntityType::person);
            if (guest) return guest->end_token < sentence_.end_token && doc_.tokens[guest->end_token].has(token_possessive);
        }
        return true;
    }
    /// Whether a person is named within [begin, end).
    bool names_person(std::uint32_t begin, std::uint32_t end) const {
        for (const auto& a : arguments_)
            if (a.first_token >= begin && a.end_token <= end && a.type == EntityType::person) return true;
        return false;
    }

    bool partner_unnamed(const TriggerHit& hit) const {
        const std::string_view last = key(hit.end - 1);
        if (last != "with" && last != "on") return false;
        return !(hit.end < sentence_.end_token && (key(hit.end) == "each" || key(hit.end) == "one"));
    }

    /// Whether a title that names nobody starts at `token` (the recogniser found no name after it).
    bool title_alone_at(std::uint32_t token) const {
        for (auto m : mentions_)
            if (mention(m).first_token == token && mention(m).kind == MentionKind::title) return true;
        return false;
    }

    /// Whether the words are a country, a place or start with "the": the complement of a head of government's title.
    bool names_place(const std::string& words) const {
        const std::string lower = to_lower_ascii(words);
        if (lower.rfind("the ", 0) == 0) return true;
        for (auto id : schema_.lexicon().exact(lower)) {
            const auto c = schema_.entry(id).category;
            if (c == LexCategory::country || c == LexCategory::place) return true;
        }
        return false;
    }

    /// Whether a title or role starts at `token`, after any words that only modify one: "national
    /// security adviser", not "policy toward Asia" or "trade,".
    bool role_at(std::uint32_t token) const {
        for (std::uint32_t u = token; u < sentence_.end_token; ++u) {
            if (is_role_word(u, /*modifier=*/false)) return true;
            if (!is_role_word(u)) return false;
        }
        return false;
    }

    /// Whether [from, to) holds a word in lower case other than an article or "and": "the minister
    /// responsible for", not "the" of "Biden, the UK and France".
    bool words_in_lower_case(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t u = from; u < to; ++u)
            if (lower_case_word(u) && !one_of(key(u), {"the", "a", "an", "and", "or"})) return true;
        return false;
    }

    /// Whether a role word comes within three words of `token`, before a comma ("UN High Commissioner").
    bool role_follows(std::uint32_t token) const {
        for (std::uint32_t u = token; u < sentence_.end_token && u < token + 3 && key(u) != ","; ++u)
            if (is_role_word(u)) return true;
        return false;
    }

    /// `modifier`: whether a word that only modifies a title ("deputy", "national") counts.
    bool is_role_word(std::uint32_t token, bool modifier = true) const {
        for (auto id : schema_.lexicon().exact(key(token))) {
            const auto c = schema_.entry(id).category;
            if (c == LexCategory::role || c == LexCategory::title || (modifier && c == LexCategory::title_mod)) return true;
        }
        return false;
    }

    // ---- arguments -------------------------------------------------------------------------
    void collect_arguments() {
        for (auto m : mentions_) {
            const Mention& x = mention(m);
            if (x.qualifier || attached_.count(m) || in_dateline(x) || locates_place(x) || kin_named(x) ||
                names_whose(x) || posted_to(x))
                continue;
            if (!x.members.empty()) {
                for (int member : x.members)
                    if (mention(member).entity >= 0)
                        arguments_.push_back({m, mention(member).entity, mention(member).type, x.first_token, x.end_token});
                continue;
            }
            if (x.entity < 0) continue;
            arguments_.push_back({m, x.entity, x.type, x.first_token, x.end_token});
        }
    }

    /// "Kenya's ambassador to China, Willy Bett, attended": the country an envoy is posted to says who
    /// the envoy is, it is no party to the sentence's events.
    bool posted_to(const Mention& x) const {
        if (x.type != EntityType::country || x.first_token < sentence_.first_token + 2) return false;
        std::uint32_t to = x.first_token - 1;
        if (key(to) == "the" && to > sentence_.first_token + 1) --to;
        return key(to) == "to" && is_role_word(to - 1, /*modifier=*/false);
    }

    /// "spoke with Cherelle Griner, the wife of Brittney Griner", "met the family of Paul Whelan": the
    /// person named after a kinship word only says whose kin met; he or she was not there.
    bool kin_named(const Mention& x) const {
        if (x.type != EntityType::person || x.first_token < sentence_.first_token + 2 || key(x.first_token - 1) != "of")
            return false;
        return is_kin_word(key(x.first_token - 2));
    }
    static bool is_kin_word(std::string_view word) {
        if (ends_with(word, "-in-law")) return true;  // "Trump's son-in-law Jared Kushner"
        return one_of(word, {"wife", "husband", "spouse", "widow", "son", "daughter", "mother", "father", "brother",
                             "sister", "family", "families", "parents", "children", "relatives", "ones",  // "loved ones"
                             "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle", "aunt"});
    }
    /// "met Rwandan President Paul Kagame's envoy", "Biden's wife": the person whose aide or kin is
    /// named was not there either.
    bool names_whose(const Mention& x) const {
        const std::uint32_t after = x.end_token;
        if (x.type != EntityType::person || after + 1 >= sentence_.end_token || !doc_.tokens[after].has(token_possessive))
            return false;
        if (is_kin_word(key(after + 1))) return true;
        // the role heads the words after "'s" ("special envoy"), not a later phrase ("Meeting with Prime Minister X")
        for (std::uint32_t u = after + 1; u < sentence_.end_token && u < after + 6; ++u) {
            if (!doc_.tokens[u].has(token_word) || one_of(key(u), {"with", "of", "to", "in", "on", "for", "at", "by", "and"}))
                return false;
            if (is_role_word(u, /*modifier=*/false)) return true;
        }
        return false;
    }

    /// The place before the comma of "Apulia, Italy", when a country follows that comma; else null.
    const Mention* place_before_country(std::uint32_t comma) const {
        const Mention* place = nullptr;
        bool country = false;
        for (auto m : mentions_) {
            if (mention(m).type == EntityType::place && mention(m).end_token == comma) place = &mention(m);
            country |= mention(m).type == EntityType::country && mention(m).first_token == comma + 1;
        }
        return country ? place : nullptr;
    }
    /// The comma of "Apulia, Italy" closes no clause.
    bool between_place_and_country(std::uint32_t comma) const { return place_before_country(comma) != nullptr; }
    /// "visiting Apulia, Italy to attend the summit": the country after a place and its comma says
    /// where the place is; it is no party ("In Beijing, China and Russia signed" has one).
    bool locates_place(const Mention& x) const {
        if (x.type != EntityType::country || x.first_token < sentence_.first_token + 2 || key(x.first_token - 1) != ",")
            return false;
        const Mention* place = place_before_country(x.first_token - 1);
        // a place in a list ("Grenada, St. Kitts, Suriname") is one of its items
        const bool place_before = place && !(place->first_token > sentence_.first_token &&
                                             one_of(key(place->first_token - 1), {",", "and", "&"}));
        if (!place_before) return false;
        if (x.end_token >= sentence_.end_token) return true;
        return one_of(key(x.end_token), {",", ".", "to", "on", "in", "for", "at", "from", "—", "–", ")", "last", "this",
                                         "next", "earlier", "later", "today", "yesterday"});
    }

    /// "UNITED NATIONS, 12 March — The Security Council met", "ADDIS ABABA, Ethiopia (AP) — ...": the
    /// place a report comes from, a word in capitals and what follows it up to a dash, is no party
    /// to its first sentence.
    bool in_dateline(const Mention& x) const {
        const std::uint32_t first = sentence_.first_token;
        std::uint32_t place_end = first;  // "ADDIS ABABA", not "UN Secretary-General Guterres —"
        while (place_end < sentence_.end_token && doc_.tokens[place_end].has(token_all_caps)) ++place_end;
        if (place_end == first || place_end == sentence_.end_token ||
            !(key(place_end) == "," || key(place_end) == "(" || is_dash(place_end)))
            return false;
        for (std::uint32_t t = place_end; t < sentence_.end_token && t < first + 12; ++t) {
            if (is_dash(t)) return x.end_token <= t;
            const Token& token = doc_.tokens[t];
            const bool dateline_word = token.capitalised() || token.has(token_number);
            if (token.has(token_word) && !dateline_word) return false;
        }
        return false;
    }

    bool is_dash(std::uint32_t token) const { return kg::is_dash(key(token)); }

    bool has_comma_and(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t + 1 < to; ++t)
            if (key(t) == "," && key(t + 1) == "and") return true;
        return false;
    }
    /// "spoke with Micheál Martin and wished him a happy St. Patrick's Day": "and" before a verb in the
    /// past tense ends the list of partners and starts a second predicate.
    bool and_verb(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t + 1 < to; ++t) {
            if (key(t) != "and" || doc_.tokens[t + 1].has(token_capitalized)) continue;
            const std::string_view next = key(t + 1);
            // ("on cybercrime and related issues": a participle that describes the noun after it)
            const bool describes_noun = t + 2 < to && lower_case_word(t + 2) &&
                                        one_of(next, {"related", "associated", "affiliated", "allied", "armed", "organized",
                                                      "organised", "connected"});
            if (past_tense(next) && !describes_noun) return true;
        }
        return false;
    }
    /// "An Israeli delegation led by Mossad chief David Barnea arrived in the Egyptian capital": the
    /// first word in the past tense after the agents ends them. Returns that word's token, or `end`.
    std::uint32_t past_verb_or(std::uint32_t from, std::uint32_t end) const {
        for (std::uint32_t t = from; t < end; ++t)
            if (lower_case_word(t) && past_tense(key(t)) && !inside_argument(t)) return t;
        return end;
    }
    /// "arrived", "signed": a regular verb's past ("ed" alone, as in "led", is too short to tell)
    static bool past_tense(std::string_view word) { return word.size() > 4 && ends_with(word, "ed"); }
    bool lower_case_word(std::uint32_t token) const {
        const Token& t = doc_.tokens[token];
        return t.has(token_word) && !t.capitalised();
    }
    bool inside_argument(std::uint32_t token) const {
        for (const auto& a : arguments_)
            if (a.first_token <= token && token < a.end_token) return true;
        return false;
    }
    bool has_comma(std::uint32_t from, std::uint32_t to) const { return has_word(from, to, ","); }
    bool has_word(std::uint32_t from, std::uint32_t to, std::string_view word) const {
        for (std::uint32_t t = from; t < to; ++t)
            if (key(t) == word) return true;
        return false;
    }

    static bool participant(EntityType t) { return t == EntityType::person || t == EntityType::agency || t == EntityType::country; }

    /// The coordinated list just before `end`: a second ", and" going back starts another list.
    std::vector<Argument> left_group(std::uint32_t begin, std::uint32_t end) const {
        std::vector<Argument> in;
        for (const auto& a : arguments_)
            if (a.first_token >= begin && a.end_token <= end && participant(a.type) &&
                !inside_relative_clause(a.first_token, a.end_token, end) && !scene_or_target(a))
                in.push_back(a);
        std::vector<Argument> out;
        int conjunctions = 0;
        for (std::size_t k = in.size(); k-- > 0;) {
            if (!out.empty()) {
                const std::uint32_t later = out.back().first_token;
                if (later != in[k].first_token && has_comma_and(in[k].end_token, later) && ++conjunctions >= 2) {
                    // the element right after this second ", and" closed the earlier list: drop it
                    while (out.size() > 1 && out.back().first_token == later) out.pop_back();
                    break;
                }
            }
            out.push_back(in[k]);
        }
        return out;
    }

    /// "urged an end to the violence in Myanmar as they opened the meeting", "sanctions against Hamas":
    /// a country or body behind such a preposition is where or whom something happens, no subject.
    bool scene_or_target(const Argument& a) const {
        if (a.type == EntityType::person || a.first_token <= sentence_.first_token) return false;
        std::uint32_t before = a.first_token - 1;
        if (key(before) == "the" && before > sentence_.first_token) --before;
        return one_of(key(before), {"in", "against", "into", "over", "inside"});
    }

    /// Whether tokens [first, last) stand in a relative clause that closes before `end`: the African
    /// Union in "Ruto, who chairs the African Union's committee, attended" did not attend.
    bool inside_relative_clause(std::uint32_t first, std::uint32_t last, std::uint32_t end) const {
        for (std::uint32_t t = first; t-- > sentence_.first_token + 1;) {
            if (key(t) == "," && !between_place_and_country(t)) return false;
            if ((key(t) == "who" || key(t) == "which" || key(t) == "whose") && key(t - 1) == ",") {
                for (std::uint32_t u = last; u < end; ++u)
                    if (key(u) == ",") return true;
                return false;
            }
        }
        return false;
    }

    std::vector<Argument> right_group(std::uint32_t begin, std::uint32_t end) const {
        std::vector<Argument> out;
        bool closing = false;
        for (const auto& a : arguments_) {
            if (a.first_token < begin || a.end_token > end || !participant(a.type) || possessive(a)) continue;
            if (!out.empty() && out.back().first_token != a.first_token) {
                if (served_by_appositive(out.back().end_token, a.first_token)) continue;
                if (relative_clause_opens(out.back().end_token, a.first_token)) break;
                if (closing && has_comma(out.back().end_token, a.first_token)) break;
                if (and_verb(out.back().end_token, a.first_token)) break;
                if (has_comma_and(out.back().end_token, a.first_token)) closing = true;
            }
            out.push_back(a);
        }
        return out;
    }

    /// "met Crown Prince Mohammed bin Salman, who conveyed his greetings to President Pezeshkian": whom
    /// a relative clause between `from` and `to` names is no party of the verb before it.
    bool relative_clause_opens(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t + 1 < to; ++t)
            if (key(t) == "," && one_of(key(t + 1), {"who", "which", "whose", "whom"})) return true;
        return false;
    }

    /// "met with Anwar Gargash, a diplomatic adviser to UAE President Mohamed bin Zayed": whom the
    /// appositive between `from` and `to` says the one before serves is no party of the verb.
    bool served_by_appositive(std::uint32_t from, std::uint32_t to) const {
        if (from >= to || key(from) != ",") return false;
        bool noun = false;
        for (std::uint32_t t = from + 1; t < to; ++t) {
            const std::string_view word = key(t);
            if (one_of(word, {"to", "of", "for"})) {
                if (!noun) return false;
                // what follows is the served one's title: capitalised words and a country's
                for (std::uint32_t u = t + 1; u < to; ++u)
                    if (!doc_.tokens[u].capitalised() && !one_of(key(u), {"the", "'s"})) return false;
                return true;
            }
            if (one_of(word, {",", "and", "or", "with", "who", "which"}) || doc_.tokens[t].has(token_capitalized))
                return false;
            noun = noun || !one_of(word, {"a", "an", "the", "his", "her", "their", "its"});
        }
        return false;
    }

    /// "with her French counterpart Gerald Darmanin": a possessive pronoun is the partner's
    /// determiner, not a partner ("met her on Monday" names her).
    bool possessive(const Argument& a) const {
        return a.end_token == a.first_token + 1 && doc_.possessive_pronoun(a.first_token);
    }

    /// Whether a trigger took an object before the next one: only then does the next start a new clause
    /// ("joined X in co-chairing Y", "held talks in Paris and signed" do not).
    bool has_object(const TriggerHit& trigger, std::uint32_t end) const {
        const bool wants_event = trigger.trigger.relation == RelationType::attended ||
                                 trigger.trigger.relation == RelationType::co_chaired;
        for (auto m : mentions_) {
            const Mention& x = mention(m);
            if (x.first_token < trigger.end || x.end_token > end || x.entity < 0 || x.qualifier) continue;
            if (wants_event ? x.type == EntityType::event : (x.type == EntityType::person || x.type == EntityType::country))
                return true;
        }
        return false;
    }

    int first_event(std::uint32_t begin, std::uint32_t end, bool skip_dating = false) const {
        for (const auto& a : arguments_)
            if (a.type == EntityType::event && a.first_token >= begin && a.end_token <= end &&
                !(skip_dating && dated_by(a.first_token)))
                return a.entity;
        return -1;
    }
    /// "hosted Zelensky on Wednesday, a day after a meeting of defence ministers": an event that
    /// only dates the verb, after a temporal preposition, is not the one the subject attended.
    bool dated_by(std::uint32_t event_first) const {
        std::uint32_t t = event_first;
        if (t > sentence_.first_token && one_of(key(t - 1), {"a", "an", "the", "this", "last"})) --t;
        if (t <= sentence_.first_token) return false;
        const std::string_view before = key(t - 1);
        return one_of(before, {"after", "before", "following", "since", "until", "ahead"}) ||
               (before == "of" && t - 1 > sentence_.first_token && key(t - 2) == "ahead");
    }

    /// "Japan was represented by Prime Minister Ishiba": the people represent the country, or belong to
    /// the organisation ("The European Union was represented by Costa, President of the European Council"),
    /// and attended the event named after them or, when none is, the article's event.
    void read_represented_by(const TriggerHit& hit, std::uint32_t left, std::uint32_t right) {
        const auto represented = left_group(left, hit.first);
        if (represented.empty()) return;
        const Argument& party = represented.back();
        if (party.type != EntityType::country && party.type != EntityType::agency) return;
        const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
        const auto people = right_group(hit.end, right);
        int event = people.empty() ? -1 : first_event(people.back().end_token, right, /*skip_dating=*/true);
        if (event < 0) event = focal_event_;
        for (const auto& p : people) {
            if (p.type != EntityType::person) continue;
            add(rel, p.entity, party.entity);
            if (event >= 0) add(RelationType::attended, p.entity, event);
        }
    }

    /// "Jaishankar represented India at the summit": the person serves the country (or belongs to
    /// the body) and attended the event.
    void read_represented(const TriggerHit& hit, std::uint32_t right, const std::vector<Argument>& subjects) {
        // "the Institute, which represents all U.S. utilities": the clause is about a body
        if (hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"which", "that"})) return;
        const auto represented = right_group(hit.end, right);
        if (represented.empty()) return;
        const Argument& party = represented.front();
        // right after the verb: "the organizations represented on the call" represent no one named later
        if (party.first_token > hit.end + 1) return;
        if (party.type != EntityType::country && party.type != EntityType::agency) return;
        const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
        const int event = first_event(party.end_token, right, /*skip_dating=*/true);
        for (const auto& s : subjects) {
            if (s.type != EntityType::person) continue;
            add(rel, s.entity, party.entity);
            if (event >= 0) add(RelationType::attended, s.entity, event);
        }
    }

    // ---- held_in -----------------------------------------------------------------------------
    void read_held_in() {
        for (auto m : mentions_) {
            const Mention& e = mention(m);
            if (e.type != EntityType::event || e.entity < 0) continue;
            // "The next EU-Canada Summit will take place in Canada": another summit under the same name
            if (e.first_token > sentence_.first_token && key(e.first_token - 1) == "next") continue;
            const bool held = held_classes.count(doc_.entities[e.entity].event_class) > 0;
            // places, countries and organisations inside the name: "Phnom Penh Summit", "US-China
            // Dialogue", "EU-Japan summit"
            // ("the Jeddah talks": a city before a description's head is no qualifier, but inside it too)
            std::vector<const Mention*> inside;
            for (auto q : mentions_) {
                const Mention& inner = mention(q);
                if ((inner.qualifier || inner.type == EntityType::place) && inner.entity >= 0 &&
                    inner.first_token >= e.first_token && inner.end_token <= e.end_token && &inner != &e)
                    inside.push_back(&inner);
            }
            auto is_party = [](const Mention* inner) {
                return inner->type == EntityType::country || inner->type == EntityType::agency;
            };
            // ("China Development Forum": a country alone names where or what, not who takes part;
            // "Australia – U.S. Ministerial Consultations" names two)
            const bool several_parties = std::count_if(inside.begin(), inside.end(), is_party) >= 2;
            for (const Mention* inner : inside) {
                // (a region names the forum's reach, not its venue: "East Asia Summit", "Indo-Pacific Dialogue")
                const bool city = !doc_.entities[inner->entity].country.empty();
                if (inner->type == EntityType::place && held && city) add(RelationType::held_in, e.entity, inner->entity);
                const bool joined = doc_.tokens[inner->first_token].has(token_hyphenated);
                if (is_party(inner) && (joined || several_parties)) add(RelationType::attended, inner->entity, e.entity);
            }
            // "the dialogue in Beijing", "Summit between A and B in Woodside", "at X Guesthouse in Beijing"
            if (!held) continue;
            // "met Wang Yi in Kuala Lumpur, on the margins of the ASEAN meeting": the city is the event's
            if (const Mention* venue = city_before_event(e)) add(RelationType::held_in, e.entity, venue->entity);
            // ("The first China-US dialogue on fighting cybercrime and related issues was held in Washington":
            // a verb of holding reaches past a long complement)
            std::uint32_t window = held_in_window;
            for (std::uint32_t t = e.end_token; t < sentence_.end_token && t < e.end_token + held_in_window; ++t)
                if (one_of(key(t), {"held", "convened", "took"})) window = held_in_window + 6;
            const std::uint32_t limit = std::min<std::uint32_t>(sentence_.end_token, e.end_token + window);
            for (auto q : mentions_) {
                const Mention& place = mention(q);
                if (place.first_token < e.end_token || place.first_token >= limit || place.entity < 0) continue;
                if (place.type == EntityType::event) break;
                if (place.type != EntityType::place && place.type != EntityType::country) continue;
                if (place.qualifier) continue;
                if (place_preposition(place.first_token) == no_token) continue;
                // "a meeting on the situation in Sudan" (but "held the fourth dialogue on cybercrime in Beijing")
                if (names_topic(e.end_token, place.first_token) && !(held_before(e) && place.type == EntityType::place &&
                                                                      !names_trouble(e.end_token, place.first_token)))
                    break;
                if (crosses_clause(e.end_token, place.first_token)) break;
                add(RelationType::held_in, e.entity, place.entity);
                if (place.type == EntityType::country) break;
                // "at Diaoyutai State Guesthouse in Beijing": the venue's city too
                if (place.end_token + 1 < sentence_.end_token && key(place.end_token) == "in") continue;
                break;
            }
        }
    }

    /// The city named with "in" right before "[,] on the margins (sidelines) of [the] EVENT" or before
    /// "for the [annual] EVENT" ("met in Queenstown for the annual Leaders' Meeting"), or null.
    const Mention* city_before_event(const Mention& event) const {
        std::uint32_t t = event.first_token;
        const std::uint32_t first = sentence_.first_token;
        for (int skipped = 0; skipped < 2 && t > first && lower_case_word(t - 1) && !one_of(key(t - 1), {"the", "for", "of"}); ++skipped)
            --t;
        if (t > first && key(t - 1) == "the") --t;
        if (t > first && key(t - 1) == "for") {
            t -= 1;
        } else if (t >= first + 4 && key(t - 1) == "of" && one_of(key(t - 2), {"margins", "sidelines", "margin"}) &&
                   key(t - 3) == "the" && key(t - 4) == "on") {
            t -= 4;
        } else {
            return nullptr;
        }
        // "gathered in Addis Ababa on Saturday for the 38th African Union summit": when, between the two
        for (std::uint32_t words = 1; words <= 3 && t > first + words + 1; ++words) {
            if (key(t - words - 1) != "on") continue;
            bool date = true;
            for (std::uint32_t u = t - words; u < t; ++u)
                date = date && (doc_.tokens[u].has(token_number) || key(u) == "." ||
                                schema_.in_category(key(u), LexCategory::weekday) || schema_.in_category(key(u), LexCategory::month));
            if (date) { t -= words + 1; break; }
        }
        const std::uint32_t city_end = t > first && key(t - 1) == "," ? t - 1 : t;
        for (auto q : mentions_) {
            const Mention& place = mention(q);
            if (place.end_token != city_end || place.type != EntityType::place || place.entity < 0 || place.qualifier) continue;
            const std::uint32_t in = place_preposition(place.first_token);
            if (!doc_.entities[place.entity].country.empty() && in != no_token && key(in) == "in") return &place;
        }
        return nullptr;
    }

    /// Whether the words between an event and a place say what the event was about ("on the
    /// situation in", "about the war in"): the place is the topic's, not the event's.
    bool names_topic(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t < to; ++t)
            if (one_of(key(t), {"on", "about", "regarding", "concerning"})) {
                const std::uint32_t next = t + 1 < to && key(t + 1) == "the" ? t + 2 : t + 1;
                // "on Friday", "on 12 March", "on the sidelines of" say when and where, not what about
                if (next < to && !doc_.tokens[next].has(token_capitalized) && !doc_.tokens[next].has(token_number) &&
                    !one_of(key(next), {"sidelines", "margins", "margin", "occasion", "eve", "morning", "afternoon", "evening"}) &&
                    !held_after(next, to))
                    return true;
            }
        return false;
    }

    /// Whether the sentence holds the event, a verb of holding right before it: "held the fourth dialogue".
    bool held_before(const Mention& event) const {
        for (std::uint32_t t = event.first_token; t > sentence_.first_token && t + 4 > event.first_token; --t)
            if (one_of(key(t - 1), {"held", "hold", "holds", "convened", "hosted", "hosts"})) return true;
        return false;
    }

    /// Whether [from, to) names a trouble somewhere, which a place after it is the scene of: "on the
    /// situation in", "on the crisis in".
    bool names_trouble(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t < to; ++t)
            if (one_of(key(t), {"situation", "crisis", "war", "conflict", "violence", "fighting", "humanitarian", "security"}))
                return true;
        return false;
    }

    /// Whether "was held", "took place" or "convened" comes in [from, to): the topic has ended and the
    /// place after it is the event's ("dialogue on fighting cybercrime was held in Washington").
    bool held_after(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t + 1 < to; ++t)
            if ((key(t) == "held" && t > from && one_of(key(t - 1), {"was", "were", "is", "be", "been"})) ||
                (key(t) == "took" && key(t + 1) == "place") || key(t) == "convened")
                return true;
        return false;
    }

    /// Whether a clause ends between the two tokens: a full stop or semicolon, another relation's
    /// trigger, or a second verb ("addressed the session and called for a ceasefire in Sudan").
    bool crosses_clause(std::uint32_t from, std::uint32_t to) const {
        if (and_verb(from, to)) return true;
        for (std::uint32_t t = from; t < to; ++t) {
            if (key(t) == ";" || key(t) == "." ) return true;
            for (const auto& hit : triggers_)
                if (hit.first == t && hit.trigger.relation != RelationType::attended) return true;
        }
        return false;
    }

    // ---- triggers ------------------------------------------------------------------------------
    void read_trigger(const TriggerHit& hit) {
        if (negated(hit)) return;
        const std::uint32_t left = left_limit(hit), right = right_limit(hit);
        const RelationType rel = hit.trigger.relation;
        switch (hit.trigger.voice) {
            case TriggerVoice::active: {
                auto shared = shared_subject(hit);
                auto subjects = shared ? std::move(*shared) : left_group(left, hit.first);
                if (subjects.empty()) subjects = subject_after_opening_participle(hit);
                if (rel == RelationType::attended || rel == RelationType::co_chaired) {
                    int event = first_event(hit.end, right, /*skip_dating=*/true);
                    if (subjects.empty() && event >= 0) subjects = subjects_after_inversion(hit);
                    if (event < 0 && read_relative_clause_event(hit, right)) return;
                    // "Finance Minister Sitharaman also participated": in the article's event
                    if (event < 0 && intransitive(hit)) event = focal_event_;
                    // "Burns, who has led the U.S. side in the negotiations": who leads a side attends
                    const bool side = leads(hit) && names_delegation(hit.end, std::min<std::uint32_t>(right, hit.end + 4));
                    if (event < 0 && side) event = focal_event_;
                    if (event < 0) return;
                    for (const auto& s : subjects) add(side ? RelationType::attended : rel, s.entity, event);
                    // "Kishida joined Biden at the summit", "Macron hosted Zelensky and Starmer for a meeting"
                    if (rel == RelationType::attended && one_of(key(hit.first), {"joined", "hosted", "hosts"}))
                        add_joined(hit.end, right, event);
                    read_partners(hit, right, event, subjects);
                } else if (rel == RelationType::agreed) {
                    // "Kamikawa and Kihara signed the pact with their Philippine counterparts, Manalo and
                    // Teodoro": each side agreed with the other, not with itself
                    const auto partners = parties(agreement_partners(hit, right));
                    if (partners.empty()) pairwise(RelationType::agreed, parties(subjects));
                    for (int s : parties(subjects))
                        for (int p : partners) add(RelationType::agreed, s, p);
                    // "Lula and Milei signed an accord on the sidelines of the Mercosur summit": both were there
                    if (const int event = event_where_met(hit.end, right, /*sidelines_only=*/true); event >= 0)
                        for (const auto& people_agreeing : {people(subjects), partners})
                            for (int p : people_agreeing)
                                if (doc_.entities[p].type == EntityType::person) add(RelationType::attended, p, event);
                } else if (rel == RelationType::represents) {
                    read_represented(hit, right, subjects);
                }
                break;
            }
            case TriggerVoice::passive: {
                // "The meeting included candid discussion of ... U.S.-China relations": topics, not delegates
                if (key(hit.first) == "included" && includes_topics(hit.end, right)) break;
                if (rel == RelationType::represents) {
                    read_represented_by(hit, left, right);
                    break;
                }
                // "The U.S. delegation, led by Secretary Blinken, attended the Forum": who leads a
                // delegation to an event attends it; the event's chair is someone else
                const bool delegation = leads(hit) && delegation_before(hit, left);
                if (delegation) read_delegation_party(hit, left, right);
                int event = first_event(left, hit.first);
                if (event < 0 && delegation) event = first_event(hit.end, sentence_.end_token, /*skip_dating=*/true);
                // "a state led by a revitalized Palestinian Authority": what is led need not be an event,
                // and "the Negotiating Body, co-chaired by X" is a body
                const int body = agency_just_before(hit.first);
                if (event < 0 && (!leads(hit) || delegation) && body < 0) event = focal_event_;
                const auto agents = right_group(hit.end, past_verb_or(hit.end, right));
                if (event < 0 && body >= 0) {
                    // "The Foreign Affairs Council, chaired by Kaja Kallas": who chairs a body is one of it
                    for (int p : people(agents)) add(RelationType::member_of, p, body);
                    return;
                }
                if (event < 0) return;
                for (const auto& p : agents) add(delegation ? RelationType::attended : rel, p.entity, event);
                break;
            }
            case TriggerVoice::between: {
                const auto group = right_group(hit.end, pair_end(hit.end, first_clause_end(hit.end, right)));
                if (rel == RelationType::agreed) {
                    pairwise(RelationType::agreed, parties(group));
                } else {
                    // "the Summit between A and B", "talks in Beijing between A and B": the event named
                    // just before "between", or before where it was held
                    const int event = event_ending_at(place_phrase_start(hit.first));
                    if (event < 0) return;
                    // ("the Jeddah talks between the Sudanese Armed Forces and the Rapid Support Forces": bodies too)
                    for (const auto& p : group)
                        if (p.type == EntityType::person || p.type == EntityType::country || p.type == EntityType::agency)
                            add(rel, p.entity, event);
                    // "talks between Foreign Minister Wong and Secretary Blinken": the people met as well
                    const std::string& kind = doc_.entities[event].event_class;
                    if (kind == "meeting" || kind == "call") pairwise(RelationType::met_with, people(group));
                }
                break;
            }
            case TriggerVoice::possessive: {
                // "President Biden's and President Xi Jinping's decision"
                std::vector<int> owners;
                std::uint32_t t = hit.first;
                while (t > left && (key(t - 1) == "'s" || key(t - 1) == "'")) {
                    const Argument* owner = argument_ending_at(t - 1);
                    if (!owner) break;
                    owners.push_back(owner->entity);
                    t = owner->first_token;
                    // "President Biden's and President Xi's": step over the title before the name
                    for (int steps = 0; steps < 6 && t > left && doc_.tokens[t - 1].has(token_capitalized) &&
                                        !argument_ending_at(t);
                         ++steps)
                        --t;
                    if (t > left && key(t - 1) == "and") --t;
                    else break;
                }
                pairwise(RelationType::agreed, owners);
                break;
            }
            case TriggerVoice::with:
            case TriggerVoice::group: {
                if (urges(hit, right) || welcomes_no_guest(hit)) break;
                // "Lavrov attended the summit and met with Wang": the verb after "and" shares the subject
                auto shared = shared_subject(hit);
                std::vector<int> left_people = people(shared ? std::move(*shared) : left_group(left, hit.first));
                if (left_people.empty()) left_people = adverbial_owners(hit);
                // "informed the Prime Minister about his talks with Trump": the talks are his, whoever he is
                if (hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"his", "her"}) &&
                    doc_.possessive_pronoun(hit.first - 1))
                    left_people = owner_of(hit.first - 1);
                // "Putin held talks in the Kremlin with Xi": a group trigger with its partner after "with",
                // whose list ends at a purpose ("... with Ben-Shabbat to express concern")
                const std::uint32_t window = std::min<std::uint32_t>(right, hit.end + 6);  // "in the Kremlin with"
                const bool with_later = hit.trigger.voice == TriggerVoice::group && with_before_person(hit.end, window) < window;
                const std::vector<int> right_people = people(right_group(hit.end, with_later ? list_end(hit.end, right) : right));
                const bool with = hit.trigger.voice == TriggerVoice::with || with_later;
                if (with && !right_people.empty()) {
                    for (int a : left_people)
                        for (int b : right_people) add(RelationType::met_with, a, b);
                } else if (right_people.empty() && !partner_unnamed(hit)) {
                    pairwise(RelationType::met_with, left_people);
                }
                // "Biden met with Xi at the G20 Summit", "... on the sidelines of the summit": both were there
                const int event = event_where_met(hit.end, right);
                if (event >= 0 && !left_people.empty())
                    for (const auto& people_met : {left_people, right_people})
                        for (int p : people_met) add(RelationType::attended, p, event);
                // "Readout of Jon Finer's Meeting with Ma Zhaoxu", then "Finer met today with Ma in
                // Washington": the lead's city is where the article's meeting was held
                if (event < 0 && !left_people.empty() && index_ <= 2)
                    if (const Mention* city = city_in(hit.end, right); city && !names_another_time(hit.end, right))
                        if (const int meeting = headline_meeting(); meeting >= 0) add(RelationType::held_in, meeting, city->entity);
                break;
            }
            case TriggerVoice::negation: break;
        }
    }

    /// The person a possessive pronoun at `token` stands for, if the resolver found one.
    std::vector<int> owner_of(std::uint32_t token) const {
        for (auto m : mentions_)
            if (mention(m).first_token == token && mention(m).type == EntityType::person && mention(m).entity >= 0)
                return {mention(m).entity};
        return {};
    }

    /// "Speaking at a news conference, Governor Hochul said": a participle's clause that opens the
    /// sentence has the subject after its comma. Empty when the trigger stands elsewhere.
    std::vector<Argument> subject_after_opening_participle(const TriggerHit& hit) const {
        const std::uint32_t first = sentence_.first_token;
        if (!opens_with_participle()) return {};
        std::uint32_t comma = hit.end;
        while (comma < sentence_.end_token && key(comma) != ",") ++comma;
        if (comma == sentence_.end_token || has_comma(first, hit.first)) return {};
        for (const auto& a : arguments_)
            if (a.first_token > comma && a.first_token <= comma + 8 && a.type == EntityType::person) return {a};
        return {};
    }

    bool opens_with_participle() const {
        const std::uint32_t first = sentence_.first_token;
        if (!ends_with(key(first), "ing") || !doc_.tokens[first].has(token_capitalized)) return false;
        for (const auto& a : arguments_)
            if (a.first_token == first) return false;  // "Beijing hosted ...": a name, no participle
        return true;
    }

    /// The event after "at" or "on the sidelines/margins of" in [begin, end), or -1.
    int event_where_met(std::uint32_t begin, std::uint32_t end, bool sidelines_only = false) const {
        for (std::uint32_t t = begin; t < end; ++t) {
            std::uint32_t next = t + 1;
            if (one_of(key(t), {"sidelines", "margins", "margin"})) {
                if (next >= end || key(next) != "of") continue;
                ++next;
            } else if (sidelines_only || (key(t) != "at" && key(t) != "for")) {
                continue;
            }
            const bool definite = next < end && key(next) == "the";
            if (definite) ++next;
            // "for the annual Australia-New Zealand Leaders' Meeting": a word or two that say how often
            auto event_at = [&](std::uint32_t token) {
                return std::any_of(arguments_.begin(), arguments_.end(),
                                   [&](const Argument& a) { return a.type == EntityType::event && a.first_token == token; });
            };
            for (int skipped = 0; skipped < 2 && next < end && lower_case_word(next) && !event_at(next); ++skipped) ++next;
            // "met her counterpart for the seventh Foreign and Strategic Dialogue", "for the annual leaders'
            // meeting"; "met for talks" says no more
            const bool named_only = key(t) == "for" && !definite;
            for (const auto& a : arguments_)
                if (a.type == EntityType::event && a.first_token == next && a.end_token <= end &&
                    (!named_only || mention(a.mention).kind == MentionKind::name))
                    return a.entity;
        }
        return -1;
    }

    /// The city (a place of some country) that "in" introduces in [begin, end) before the clause says
    /// what it is about ("to discuss the crisis in Gaza"), or null.
    const Mention* city_in(std::uint32_t begin, std::uint32_t end) const {
        for (std::uint32_t t = begin; t < end; ++t)
            if (one_of(key(t), {",", ";", "to", "about", "regarding", "concerning", "on"}) &&
                !(key(t) == "on" && t + 1 < end && schema_.in_category(key(t + 1), LexCategory::weekday))) {
                end = t;
                break;
            }
        for (auto q : mentions_) {
            const Mention& place = mention(q);
            // (the place may run past the clause's end: "in Washington, D.C.")
            if (place.first_token < begin || place.first_token >= end || place.type != EntityType::place || place.entity < 0 ||
                place.qualifier || doc_.entities[place.entity].country.empty())
                continue;
            const std::uint32_t in = place_preposition(place.first_token);
            if (in != no_token && key(in) == "in") return &place;
        }
        return nullptr;
    }

    /// The meeting the headline names ("Readout of President Biden's Meeting with President Duda"), or -1.
    int headline_meeting() const {
        for (const Mention& m : doc_.mentions)
            if (m.sentence == 0 && m.type == EntityType::event && m.entity >= 0 &&
                doc_.entities[m.entity].event_class == "meeting")
                return m.entity;
        return -1;
    }

    /// Whether [begin, end) dates what it tells to another time than the article's: "last year", "in May".
    bool names_another_time(std::uint32_t begin, std::uint32_t end) const {
        for (std::uint32_t t = begin; t < end; ++t)
            if (one_of(key(t), {"last", "previous", "earlier", "ago", "next", "since"}) || schema_.in_category(key(t), LexCategory::month))
                return true;
        return false;
    }

    /// "Kishida joined President Biden at the summit": the people joined (or hosted) were there too.
    void add_joined(std::uint32_t begin, std::uint32_t end, int event) {
        std::uint32_t event_first = end;
        for (const auto& a : arguments_)
            if (a.entity == event && a.first_token >= begin) { event_first = std::min(event_first, a.first_token); }
        for (const auto& p : right_group(begin, event_first))
            if (p.type == EntityType::person) add(RelationType::attended, p.entity, event);
    }

    /// Whether the trigger is "led by" after something other than a delegation ("a state led by",
    /// "an initiative led by"): "the delegation was led by X" means X led it at the event.
    bool leads(const TriggerHit& hit) const {
        for (std::uint32_t t = hit.first; t < hit.end; ++t)
            if (key(t) == "led" || key(t) == "headed") return true;
        return false;
    }
    bool delegation_before(const TriggerHit& hit, std::uint32_t left) const { return names_delegation(left, hit.first); }
    bool names_delegation(std::uint32_t from, std::uint32_t to) const { return delegation_word(from, to) < to; }
    /// The first word for a delegation in [from, to), or `to`.
    std::uint32_t delegation_word(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t t = from; t < to; ++t)
            if (one_of(key(t), {"delegation", "delegations", "side", "team"})) return t;
        return to;
    }

    /// "An Israeli delegation led by Mossad chief David Barnea", "a Hamas delegation headed by Khalil
    /// al-Hayya": who leads a country's delegation represents it, an organisation's belongs to it.
    void read_delegation_party(const TriggerHit& hit, std::uint32_t left, std::uint32_t right) {
        const std::uint32_t word = delegation_word(left, hit.first);
        for (auto m : mentions_) {
            const Mention& party = mention(m);
            if (party.end_token != word || party.entity < 0) continue;
            if (party.type != EntityType::country && party.type != EntityType::agency) continue;
            const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
            for (const auto& p : right_group(hit.end, past_verb_or(hit.end, right)))
                if (p.type == EntityType::person) add(rel, p.entity, party.entity);
        }
    }

    /// The agency that ends at `token`, or at the comma before it; -1 if none.
    int agency_just_before(std::uint32_t token) const {
        if (token > sentence_.first_token && key(token - 1) == ",") --token;
        for (const auto& a : arguments_)
            if (a.type == EntityType::agency && a.end_token == token) return a.entity;
        return -1;
    }

    /// "Jaishankar met Prince Faisal and co-chaired the council", "X met Y in Tokyo and later attended
    /// the summit": a verb right after "and" shares the subject of the active verb before it, whose
    /// object stands between (none, if that verb has none here). Nothing when the verb has a subject of its own.
    /// "Also present at the meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and ...": the
    /// subjects come after the event and a copula.
    std::vector<Argument> subjects_after_inversion(const TriggerHit& hit) const {
        for (const auto& a : arguments_) {
            if (a.type != EntityType::event || a.first_token < hit.end) continue;
            if (a.end_token < sentence_.end_token && one_of(key(a.end_token), {"were", "was"}))
                return right_group(a.end_token + 1, sentence_.end_token);
            break;
        }
        return {};
    }

    std::optional<std::vector<Argument>> shared_subject(const TriggerHit& hit) const {
        std::uint32_t t = hit.first;
        while (t > sentence_.first_token && t + 2 > hit.first && is_adverb(t - 1)) --t;
        if (t <= sentence_.first_token || key(t - 1) != "and") return std::nullopt;
        const std::uint32_t conjunction = t - 1;
        // the last verb before "and" (a phrase may be read in several voices: "met" has "with" and "group")
        const TriggerHit* last = nullptr;
        for (const auto& verb : triggers_)
            if (verb.end <= conjunction && (!last || verb.first > last->first ||
                                            (verb.first == last->first && verb.trigger.voice == TriggerVoice::active) ||
                                            (verb.first == last->first && verb.trigger.voice == TriggerVoice::with)))
                last = &verb;
        if (!last || (last->trigger.voice != TriggerVoice::active && last->trigger.voice != TriggerVoice::with))
            return std::nullopt;
        // "a trip to attend the G7 Summit and meet with Johnson" is a plan; "Finer, joined by Hood,
        // traveled ... and met" has its subject before "joined by"
        if ((last->first > sentence_.first_token && key(last->first - 1) == "to") || key(last->end) == "by")
            return std::nullopt;
        return left_group(left_limit(*last), last->first);
    }

    bool is_adverb(std::uint32_t token) const {
        const std::string_view word = key(token);
        return one_of(word, {"later", "also", "then", "jointly", "subsequently", "afterwards", "together"}) ||
               (word.size() > 4 && ends_with(word, "ly") && !doc_.tokens[token].has(token_capitalized));
    }

    /// Whether a trigger reports taking part without saying in what ("participated", "took part").
    /// "Erdogan agreed to forward the bid after talks with Kristersson": talks in a phrase of time
    /// ("after", "following", "during") are held by the subject of the clause's first verb.
    std::vector<int> adverbial_owners(const TriggerHit& hit) const {
        if (hit.first == sentence_.first_token || !one_of(key(hit.first - 1), {"after", "following", "during"})) return {};
        for (const auto& verb : triggers_)
            if (verb.end <= hit.first && verb.trigger.voice == TriggerVoice::active)
                return people(left_group(left_limit(verb), verb.first));
        return {};
    }

    bool intransitive(const TriggerHit& hit) const {
        const std::string_view last = key(hit.end - 1);
        if (last == "participated" || last == "part") return true;
        // "Petro, Arce and Boluarte attended, while Ecuador sent ministers": a verb with no object
        return one_of(last, {"attended", "attend", "attends"}) &&
               (hit.end >= sentence_.end_token || one_of(key(hit.end), {",", ".", ";", "while", "but", "—"}));
    }

    /// "a meeting of the Berlin Process foreign ministers, which she co-chaired with her Montenegrin
    /// counterpart, Filip Ivanović": the event before ", which" is what the clause's subject (and the
    /// partners after "with") attended or chaired. False when the trigger stands in no such clause.
    bool read_relative_clause_event(const TriggerHit& hit, std::uint32_t right) {
        std::uint32_t which = hit.first;
        while (which > sentence_.first_token + 1 && hit.first - which < 6 && key(which - 1) != ",") --which;
        if (which >= hit.first || key(which) != "which" || key(which - 1) != ",") return false;
        // "the summit in Wilmington, hosted by President Biden in September, which Modi attended":
        // the clause is about what came before a participle's phrase
        const std::uint32_t antecedent_end = before_participle_phrase(which - 1);
        int event = -1;
        std::uint32_t event_end = 0;
        for (const auto& a : arguments_)
            if (a.type == EntityType::event && a.end_token <= antecedent_end && a.end_token + 8 >= antecedent_end) {
                event = a.entity;
                event_end = a.end_token;
            }
        if (event < 0) return false;
        // "the summit of the SCO, which India joined": a party named after the event is the antecedent
        for (const auto& a : arguments_)
            if (participant(a.type) && a.first_token >= event_end && a.end_token <= antecedent_end) return false;
        const RelationType rel = hit.trigger.relation;
        for (const auto& s : left_group(which + 1, hit.first)) add(rel, s.entity, event);
        // "which she co-chaired with ...", "which Modi attended along with Kishida"
        std::uint32_t partners = hit.end;
        if (partners + 1 < right && one_of(key(partners), {"along", "together"}) && key(partners + 1) == "with") ++partners;
        if (partners < right && one_of(key(partners), {"with", "alongside"}))
            for (const auto& p : right_group(partners + 1, list_end(partners + 1, right)))
                if (p.type == EntityType::person) add(rel, p.entity, event);
        return true;
    }
    /// The comma at `comma`, or when a past participle's phrase ends there (", hosted by X in
    /// September,"), the token where that phrase begins.
    std::uint32_t before_participle_phrase(std::uint32_t comma) const {
        std::uint32_t t = comma;
        while (t > sentence_.first_token + 1 && comma - t < 12 && key(t - 1) != ",") --t;
        if (t == comma || key(t - 1) != "," || !one_of(key(t), {"hosted", "held", "organised", "organized", "chaired",
                                                                 "convened", "led", "sponsored"}))
            return comma;
        return t - 1;
    }

    /// "Finland joined NATO", "Hungary is a member of the EU", "Wang Huning, a member of the Standing
    /// Committee": the body right after the phrase has the subject as a member. "He met a member of
    /// the committee" says nothing of him: "a member of" needs a copula or an appositive's comma.
    void read_membership_phrase(const TriggerHit& hit) {
        if (negated(hit)) return;
        std::uint32_t t = hit.end;
        if (t < sentence_.end_token && key(t) == "the") ++t;
        const Argument* body = argument_starting_at(t, EntityType::agency);
        // "Biden joined White House COVID-19 Response Coordinator Jeff Zients": the body is a title's
        if (!body || (body->end_token < sentence_.end_token && doc_.tokens[body->end_token].has(token_capitalized))) return;
        if (hit.first == sentence_.first_token) return;
        const bool joined = starts_with(key(hit.first), "join");
        if (!joined && key(hit.first - 1) == ",") {
            if (const Argument* member = argument_ending_at(hit.first - 1)) add(RelationType::member_of, member->entity, body->entity);
            return;
        }
        if (!joined && !is_membership_verb(key(hit.first - 1))) return;
        for (const auto& member : members_before(hit.first)) add(RelationType::member_of, member.entity, body->entity);
    }
    static bool is_membership_verb(std::string_view word) {
        return one_of(word, {"is", "are", "was", "were", "been", "be", "became", "become", "becomes", "becoming", "remains",
                             "remain", "remained"});
    }
    /// The people and countries right before a membership's verb, with only auxiliaries and adverbs
    /// between ("Finland formally joined", "Hungary has been a member of"). A list counts whole; a
    /// subject further back ("Sullivan underscored the view that Sweden and Finland ...") does not.
    std::vector<Argument> members_before(std::uint32_t token) const {
        while (token > sentence_.first_token &&
               (is_membership_verb(key(token - 1)) ||
                one_of(key(token - 1), {"has", "have", "had", "formally", "officially", "already", "also", "later",
                                        "finally", "eventually", "then", "now", "both", "all", "each"})))
            --token;
        std::vector<Argument> members;
        while (true) {
            bool found = false;
            // a group ("Both countries") stands for all its members at once
            for (const auto& a : arguments_)
                if (a.end_token == token && (a.type == EntityType::person || a.type == EntityType::country)) {
                    members.push_back(a);
                    found = true;
                }
            if (!found) break;
            token = members.back().first_token;
            if (token > sentence_.first_token && key(token - 1) == "and") --token;
            if (token > sentence_.first_token && key(token - 1) == ",") --token;
        }
        return members;
    }

    /// "NATO member Turkey", "EU member states Hungary and Slovakia": the countries named after a body's
    /// "member" are its members.
    void read_member_countries() {
        for (const auto& a : arguments_) {
            if (a.type != EntityType::agency) continue;
            std::uint32_t t = a.end_token;
            if (t >= sentence_.end_token || !one_of(key(t), {"member", "members"})) continue;
            ++t;
            if (t < sentence_.end_token && one_of(key(t), {"state", "states", "country", "countries", "nation", "nations"})) ++t;
            while (const Argument* country = argument_starting_at(t, EntityType::country)) {
                add(RelationType::member_of, country->entity, a.entity);
                t = country->end_token;
                if (t < sentence_.end_token && key(t) == ",") ++t;
                if (t < sentence_.end_token && key(t) == "and") ++t;
            }
        }
    }

    /// The people after "with" that follows the event: "X co-chaired the Roundtable with Deputy Prime
    /// Minister Gan" (they chaired it too), "Putin held talks in the Kremlin with Xi Jinping" (they
    /// took part and met). The list ends at a purpose ("... with Gan to discuss").
    void read_partners(const TriggerHit& hit, std::uint32_t end, int event, const std::vector<Argument>& subjects) {
        const bool co_chairs = hit.trigger.relation == RelationType::co_chaired && starts_with(key(hit.first), "co-");
        const std::string& kind = doc_.entities[event].event_class;
        const bool attends = hit.trigger.relation == RelationType::attended;
        const bool talks = attends && (kind == "meeting" || kind == "call" || kind == "summit");
        // "held a press conference with Sikorski": he was there too, which makes no talks between them
        const bool together = attends && (kind == "conference" || kind == "ceremony");
        if (!co_chairs && !talks && !together) return;
        for (const auto& a : arguments_) {
            if (a.entity != event || a.first_token < hit.end || a.end_token >= end) continue;
            // "in the Kremlin", "of the U.S.-China Dialogue on Friday" may stand between the event and "with"
            const std::uint32_t with = with_before_person(a.end_token, end);
            // "Kallas and Anand also held a meeting": the subjects met each other (not in "indirect talks",
            // where a mediator carries the messages)
            if (with >= end && talks && one_of(key(hit.first), {"held", "had", "hold", "holds"}) &&
                !has_word(hit.end, end, "indirect"))
                pairwise(RelationType::met_with, people(subjects));
            if (with >= end) return;
            // "attended the session along with Guterres": he was there too, not their partner in talks
            const bool alongside = with > 0 && one_of(key(with - 1), {"along", "together"});
            for (const auto& p : right_group(with + 1, list_end(with + 1, end))) {
                if (p.type != EntityType::person) continue;
                add(co_chairs ? RelationType::co_chaired : RelationType::attended, p.entity, event);
                if (talks && !alongside)
                    for (const auto& s : subjects)
                        if (s.type == EntityType::person) add(RelationType::met_with, s.entity, p.entity);
            }
            return;
        }
    }

    /// Who signed or agreed with the subjects: "signed the pact with X", "agreed with X". Not "pledged
    /// to expand cooperation with X", which is no agreement with X, nor a "with" far from the verb.
    std::vector<Argument> agreement_partners(const TriggerHit& hit, std::uint32_t end) const {
        if (hit.end != hit.first + 1 || !one_of(key(hit.first), {"signed", "sign", "signs", "agreed", "agree", "agrees"}))
            return {};
        const std::uint32_t with = with_before_person(hit.end, std::min<std::uint32_t>(end, hit.end + 8));
        if (with >= end || with >= hit.end + 8) return {};
        for (std::uint32_t t = hit.end; t < with; ++t)
            if (one_of(key(t), {"to", ","})) return {};
        // the list ends where a phrase in lower case is set off: "..., at a ceremony witnessed by X"
        std::uint32_t stop = list_end(with + 1, end);
        for (std::uint32_t t = with + 1; t + 1 < stop; ++t)
            if (key(t) == "," && !doc_.tokens[t + 1].has(token_capitalized) && key(t + 1) != "and") stop = t;
        return right_group(with + 1, stop);
    }

    /// Where a list of partners that starts at `begin` ends: at a purpose ("to discuss"), a dash or a semicolon.
    std::uint32_t list_end(std::uint32_t begin, std::uint32_t end) const {
        std::uint32_t t = begin;
        while (t < end && key(t) != "to" && key(t) != "—" && key(t) != ";") ++t;
        return t;
    }

    /// Where the parties listed from `begin` end: before the clause of another "by" ("signed by A and
    /// B in Manila, in a ceremony witnessed by C"), or at `end`.
    std::uint32_t first_clause_end(std::uint32_t begin, std::uint32_t end) const {
        std::uint32_t comma = end;
        for (std::uint32_t t = begin; t < end; ++t) {
            if (key(t) == ",") comma = t;
            if (key(t) == "by") return comma < t ? comma : t;
        }
        return end;
    }

    /// Where "between A and B" ends: a comma after its "and" that the main clause's subject and verb
    /// follow ("Following the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo
    /// reaffirmed ..."; not "between the U.S. and Gabon, Liberia, and Nigeria to ..."), or `end`.
    std::uint32_t pair_end(std::uint32_t begin, std::uint32_t end) const {
        bool joined = false;
        for (std::uint32_t t = begin; t < end; ++t) {
            if (key(t) == "and") joined = true;
            if (!joined || key(t) != ",") continue;
            std::uint32_t next = t + 1;
            while (next < sentence_.end_token) {
                if (const Argument* a = argument_starting_at(next, EntityType::person)) { next = a->end_token; continue; }
                if (one_of(key(next), {"and", ","}) || doc_.tokens[next].has(token_capitalized)) { ++next; continue; }
                break;
            }
            if (next > t + 1 && next < sentence_.end_token &&
                (ends_with(key(next), "ed") || !schema_.triggers().exact(key(next)).empty()))
                return t;
        }
        return end;
    }

    /// The token "with" in [begin, end) before any person is named, or `end`.
    std::uint32_t with_before_person(std::uint32_t begin, std::uint32_t end) const {
        for (std::uint32_t t = begin; t < end; ++t) {
            if (key(t) == "with") return t;
            if (argument_starting_at(t, EntityType::person)) break;
        }
        return end;
    }

    /// Whether a word for what was said comes before anyone is named in [begin, end).
    bool includes_topics(std::uint32_t begin, std::uint32_t end) const {
        for (std::uint32_t t = begin; t < end; ++t) {
            for (const auto& a : arguments_)
                if (a.first_token == t) return false;
            if (one_of(key(t), {"discussion", "discussions", "conversation", "exchange", "proposal", "proposals"})) return true;
        }
        return false;
    }
    const Argument* argument_starting_at(std::uint32_t token, EntityType type) const {
        for (const auto& a : arguments_)
            if (a.first_token == token && a.type == type) return &a;
        return nullptr;
    }

    const Argument* argument_ending_at(std::uint32_t end) const {
        for (const auto& a : arguments_)
            if (a.end_token == end && (a.type == EntityType::person || a.type == EntityType::country)) return &a;
        return nullptr;
    }

    static constexpr std::uint32_t no_token = UINT32_MAX;
    /// The "in" or "at" before a place that begins at `first` ("in Beijing", "at the Kremlin"), or no_token.
    std::uint32_t place_preposition(std::uint32_t first) const {
        std::uint32_t t = first;
        if (t > sentence_.first_token && key(t - 1) == "the") --t;
        return t > sentence_.first_token && one_of(key(t - 1), {"in", "at"}) ? t - 1 : no_token;
    }
    /// Where "in Beijing", "at the Kremlin" begins when it ends at `end`, else `end`.
    std::uint32_t place_phrase_start(std::uint32_t end) const {
        for (const auto& a : arguments_)
            if ((a.type == EntityType::place || a.type == EntityType::country) && a.end_token == end)
                if (const std::uint32_t in = place_preposition(a.first_token); in != no_token) return in;
        return end;
    }

    int event_ending_at(std::uint32_t end) const {
        for (const auto& a : arguments_)
            if (a.type == EntityType::event && a.end_token == end) return a.entity;
        return -1;
    }

    /// Who agrees: people, else countries, and a country's bodies when only bodies are named ("the
    /// Philippine Coast Guard and the Vietnam Coast Guard agreed").
    std::vector<int> parties(const std::vector<Argument>& group) const {
        std::vector<int> out;
        const bool bodies_only = std::all_of(group.begin(), group.end(), [](const Argument& a) { return a.type == EntityType::agency; });
        auto national_body = [&](const Argument& a) {
            return bodies_only && a.type == EntityType::agency && !doc_.entities[static_cast<std::size_t>(a.entity)].country.empty();
        };
        for (const auto& a : group)
            if ((a.type == EntityType::person || a.type == EntityType::country || national_body(a)) &&
                std::find(out.begin(), out.end(), a.entity) == out.end())
                out.push_back(a.entity);
        // a group of people and countries agrees as people when people are named
        bool person = false;
        for (const auto& a : group) person |= a.type == EntityType::person;
        if (person) {
            out.clear();
            for (const auto& a : group)
                if (a.type == EntityType::person && std::find(out.begin(), out.end(), a.entity) == out.end())
                    out.push_back(a.entity);
        }
        return out;
    }

    static std::vector<int> people(const std::vector<Argument>& group) {
        std::vector<int> out;
        for (const auto& a : group)
            if (a.type == EntityType::person && std::find(out.begin(), out.end(), a.entity) == out.end()) out.push_back(a.entity);
        return out;
    }

    void pairwise(RelationType type, const std::vector<int>& parties) {
        for (std::size_t i = 0; i < parties.size(); ++i)
            for (std::size_t j = i + 1; j < parties.size(); ++j) add(type, parties[i], parties[j]);
    }

    Document& doc_;
    const Schema& schema_;
    std::uint32_t index_;
    const Sentence& sentence_;
    int focal_event_;
    std::set<std::size_t>& attached_;
    std::vector<std::size_t> mentions_;
    std::vector<TriggerHit> triggers_;
    std::vector<TriggerHit> memberships_;
    std::vector<bool> negation_;
    std::vector<Argument> arguments_;
};

/// Agencies listed after one that names its country share it:
/// "China's Ministry of Public Security, Cyberspace Administration, ... and the U.S.' Department of Justice".
void share_countries_along_lists(Document& doc) {
    const Mention* previous = nullptr;
    for (auto& m : doc.mentions) {
        if (m.type != EntityType::agency || m.kind != MentionKind::name || m.qualifier) continue;
        // (a known body without a country has none: "Senate Democrats" are no body of the U.S.)
        if (previous && previous->sentence == m.sentence && m.country.empty() && m.known_id.empty() &&
            !previous->country.empty() && previous->end_token < m.first_token) {
            bool listed = true;
            for (std::uint32_t t = previous->end_token; t < m.first_token && listed; ++t) {
                const auto k = doc.key(t);
                listed = k == "," || k == "and" || k == "the" || k == "as" || k == "well";
            }
            if (listed) m.country = previous->country;
        }
        previous = &m;
    }
    for (const auto& m : doc.mentions)
        if (m.type == EntityType::agency && m.entity >= 0 && doc.entities[m.entity].country.empty())
            doc.entities[m.entity].country = m.country;
}

int focal_event(const Document& doc) {
    int best = -1;
    std::size_t best_count = 0;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const auto& entity = doc.entities[e];
        if (entity.type != EntityType::event) continue;
        std::size_t named = 0;
        for (auto m : entity.mentions) named += doc.mentions[m].kind == MentionKind::name ? 2 : 1;
        if (named > best_count) {
            best = static_cast<int>(e);
            best_count = named;
        }
    }
    return best;
}

/// Adds the relations whose type, source and target the document does not have yet.
void add_new_relations(Document& doc, const std::vector<Relation>& more) {
    for (const auto& r : more) {
        bool known = false;
        for (const auto& o : doc.relations) known |= o.type == r.type && o.source == r.source && o.target == r.target;
        if (!known) doc.relations.push_back(r);
    }
}

/// Whether a sentence that ends in a colon introduces the people who took part: "The following leaders
/// took part:", "Joining President Biden at the meeting were the following leaders:", "Participants:".
bool introduces_participants(const Document& doc, const Sentence& s) {
    if (s.end_token == s.first_token || doc.key(s.end_token - 1) != ":") return false;
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
        if (one_of(doc.key(t), {"part", "participated", "participating", "participants", "attended", "attending",
                                "attendance", "attendees", "joining", "joined", "present"}))
            return true;
    return false;
}

/// The first mention of `type` in sentence `s` that starts within `reach` tokens of its beginning and
/// stands for an entity (names only for people), or nullptr.
const Mention* first_in_sentence(const Document& doc, std::uint32_t s, EntityType type, std::uint32_t reach) {
    const Sentence& sentence = doc.sentences[s];
    for (const auto& m : doc.mentions)
        if (m.sentence == s && m.type == type && m.entity >= 0 && m.first_token - sentence.first_token < reach &&
            (type != EntityType::person || m.kind == MentionKind::name))
            return &m;
    return nullptr;
}

/// The list after a sentence that introduces participants, one person a line ("- Bulgarian President
/// Rumen Radev", "Mette Frederiksen, Prime Minister of Denmark"): each attended the event that sentence
/// names, else the article's.
void attend_listed_participants(Document& doc, int focal) {
    std::vector<Relation> listed;
    for (std::uint32_t s = 0; s + 1 < doc.sentences.size(); ++s) {
        if (!introduces_participants(doc, doc.sentences[s])) continue;
        // (no one on the list took part in "the anniversary of the shooting" or an election)
        auto gathers = [&](int e) {
            return e >= 0 && !one_of(doc.entities[static_cast<std::size_t>(e)].event_class, {"incident", "election"});
        };
        int event = focal;
        if (const Mention* named = first_in_sentence(doc, s, EntityType::event, UINT32_MAX)) {
            // "at the meeting" that was resolved to a summit of another kind says too little to list anyone
            const Entity& e = doc.entities[static_cast<std::size_t>(named->entity)];
            if (named->kind != MentionKind::name && named->event_class != e.event_class) continue;
            if (gathers(named->entity)) event = named->entity;
        }
        if (!gathers(event)) continue;
        for (std::uint32_t item = s + 1; item < doc.sentences.size(); ++item) {
            if (!doc.tokens[doc.sentences[item].first_token].has(token_line_break_before)) break;
            const Mention* person = first_in_sentence(doc, item, EntityType::person, 8);  // after a country and a title
            if (!person) break;
            listed.push_back({RelationType::attended, person->entity, event, item, "", ""});
        }
    }
    add_new_relations(doc, listed);
}

/// Whether one of the agency's mentions names its country ("the Russian foreign ministry", "U.S.
/// Department of State"; not "the White House").
bool names_its_country(const Document& doc, const Schema& schema, const Entity& agency) {
    auto is_its_country = [&](const std::vector<std::uint32_t>& ids) {
        return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
            const LexEntry& entry = schema.entry(id);
            return (entry.category == LexCategory::country || entry.category == LexCategory::demonym) && entry.value == agency.country;
        });
    };
    // (the country opens the name, after "the" at most: its first two words are looked up)
    for (auto m : agency.mentions) {
        const Mention& mention = doc.mentions[m];
        for (std::uint32_t t = mention.first_token; t < mention.end_token && t < mention.first_token + 2; ++t) {
            const auto phrase = schema.lexicon().longest(doc, t, mention.end_token);
            if (is_its_country(schema.lexicon().exact(doc.key(t))) || (phrase.values && is_its_country(*phrase.values))) return true;
        }
    }
    return false;
}

/// A national body is part of its country, which the article may name only inside the body's name
/// ("the Russian foreign ministry").
void add_agency_countries(Document& doc, const Schema& schema) {
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        if (doc.entities[e].type != EntityType::agency || doc.entities[e].country.empty()) continue;
        int country = doc.country_entity(doc.entities[e].country);
        if (country < 0 && names_its_country(doc, schema, doc.entities[e]))
            country = doc.country_entity_or_add(doc.entities[e].country, schema.country_name(doc.entities[e].country));
        if (country < 0) continue;
        const auto& agency = doc.entities[e];  // (after doc.entities may have grown)
        // evidence: the first sentence that names the agency
        const std::uint32_t sentence = agency.mentions.empty() ? 0 : doc.mentions[agency.mentions.front()].sentence;
        doc.relations.push_back({RelationType::part_of, static_cast<int>(e), country, sentence, "", ""});
    }
}

/// Officials of a national agency represent its country.
void infer_representation(Document& doc) {
    std::vector<Relation> inferred;
    for (const auto& r : doc.relations) {
        if (r.type != RelationType::member_of) continue;
        bool has = false;
        for (const auto& other : doc.relations)
            has |= other.type == RelationType::represents && other.source == r.source;
        if (has) continue;
        for (const auto& p : doc.relations)
            if (p.type == RelationType::part_of && p.source == r.target) {
                inferred.push_back({RelationType::represents, r.source, p.target, r.sentence, "", "inferred"});
                break;
            }
    }
    add_new_relations(doc, inferred);
}

/// A co-chair attended too: keep the stronger relation only.
void drop_attended_for_cochairs(Document& doc) {
    std::set<std::pair<int, int>> chairs;
    for (const auto& r : doc.relations)
        if (r.type == RelationType::co_chaired) chairs.insert({r.source, r.target});
    doc.relations.erase(std::remove_if(doc.relations.begin(), doc.relations.end(),
                                       [&](const Relation& r) {
                                           return r.type == RelationType::attended && chairs.count({r.source, r.target});
                                       }),
                        doc.relations.end());
}

}  // namespace

void RelationExtractor::run(Document& doc) const {
    doc.relations.clear();
    share_countries_along_lists(doc);
    const int focal = focal_event(doc);
    std::set<std::size_t> attached;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) SentenceRelations(doc, schema_, s, focal, attached).extract();
    attend_listed_participants(doc, focal);
    add_agency_countries(doc, schema_);
    infer_representation(doc);
    drop_attended_for_cochairs(doc);
}

}  // namespace kg
