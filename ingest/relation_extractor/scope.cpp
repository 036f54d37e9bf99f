#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::extraction {

namespace {

constexpr std::size_t negation_window = 6;  // tokens before a trigger that can make it hypothetical
constexpr std::size_t plan_window = 10;     // tokens between "agreed to" and the meeting it plans
/// Events that happen to people rather than being attended by them.
const std::set<std::string> unattended_classes = {"incident", "election"};

}  // namespace

void SentenceRelations::add(RelationType type, int source, int target, std::string detail) {
    if (source < 0 || target < 0 || source == target) return;
    if ((type == RelationType::attended || type == RelationType::co_chaired) && !can_be_attended(target)) return;
    if (type != RelationType::represents && type != RelationType::member_of && type != RelationType::part_of && absent(source))
        return;
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

bool SentenceRelations::absent(int entity) const {
    for (auto m : mentions_) {
        if (mention(m).entity != entity) continue;
        // ("with Chinese President Xi Jinping and Russian President Vladimir Putin absent": past the list)
        std::uint32_t t = mention(m).end_token;
        while (t < sentence_.end_token && (one_of(key(t), {"and", ","}) || doc_.tokens[t].capitalised())) ++t;
        if (t < sentence_.end_token && one_of(key(t), {"absent", "missing"})) return true;
    }
    return false;
}

bool SentenceRelations::can_be_attended(int entity) const {
    const Entity& e = doc_.entities[entity];
    return e.type != EntityType::event || unattended_classes.count(e.event_class) == 0;
}

void SentenceRelations::collect_mentions() {
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m)
        if (doc_.mentions[m].sentence == index_) mentions_.push_back(m);
}

void SentenceRelations::find_triggers() {
    negation_.assign(sentence_.end_token - sentence_.first_token, false);
    for (std::uint32_t t = sentence_.first_token; t < sentence_.end_token;) {
        const auto match = schema_.triggers().longest(doc_, t, sentence_.end_token);
        if (!match.length) {
            const std::uint32_t with = meeting_with_after_adverbial(t);
            if (with) triggers_.push_back({t, with + 1, Trigger{RelationType::met_with, TriggerVoice::with}});
            t = with ? with + 1 : t + 1;
            continue;
        }
        // "spoke to President Zelenskyy", not "spoke to reaffirm" nor "spoke to the economic imperative"
        const std::uint32_t after = t + static_cast<std::uint32_t>(match.length);
        const bool spoke_to = key(after - 1) == "to" && std::all_of(match.values->begin(), match.values->end(), [&](auto id) {
                                  return schema_.trigger(id).relation == RelationType::met_with;
                              });
        if (spoke_to && !person_named_at(after)) {
            t = after;
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

bool SentenceRelations::person_named_at(std::uint32_t token) const {
    // (past a title in capitals: "spoke to President Zelenskyy", not "spoke to HBCU leaders")
    for (std::uint32_t t = token; t < sentence_.end_token && t < token + 5 && doc_.tokens[t].has(token_capitalized); ++t)
        for (auto m : mentions_)
            if (mention(m).first_token == t && mention(m).type == EntityType::person && mention(m).kind == MentionKind::name)
                return true;
    return false;
}

bool SentenceRelations::negated(const TriggerHit& hit) const {
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
        // ("Prabowo also invited Albanese to attend the Bali Democracy Forum": whom someone invites, asks
        // or urges to do something has not done it)
        if (key(t) == "to")
            for (std::uint32_t u = t; u > sentence_.first_token && u + 6 > t;) {
                --u;
                if (one_of(key(u), {",", ";", "."})) break;
                if (one_of(key(u), {"invited", "invites", "inviting", "asked", "asks", "urged", "urges", "encouraged", "encourages"}))
                    return true;
            }
    }
    // "Xi will meet Biden", "said they would also attend"; "Lee will travel to Washington on Sunday
    // for a meeting with Trump": a future anywhere in the clause before the trigger
    for (std::uint32_t t = hit.first; t > sentence_.first_token;) {
        --t;
        if (one_of(key(t), {",", ";", ".", ":"})) break;
        if (one_of(key(t), {"will", "would", "shall", "'ll"})) return true;
    }
    // "for Maduro and his representatives to meet their commitments": meeting an obligation
    if (key(hit.end - 1) == "meet" && hit.end < sentence_.end_token && one_of(key(hit.end), {"their", "its", "our", "his", "her"}))
        return true;
    // "intention to work with President Banga ... to agree to steps": an aim, not an agreement
    if (hit.trigger.relation == RelationType::agreed && hit.first > sentence_.first_token && key(hit.first - 1) == "to")
        return true;
    if (modifies_thing_before(hit)) return true;
    // "hosting the recently concluded Africa Climate Summit": a participle that describes an event
    if (ends_with(key(hit.end - 1), "ed") && hit.first > sentence_.first_token &&
        one_of(key(hit.first - 1), {"recently", "newly", "just", "the", "a", "an", "its", "their"}))
        return true;
    // "... to attend the meeting, but they withdrew" (not "held talks but failed to reach a trade deal",
    // "met X but did not attend the talks": what failed is what follows)
    auto denies_another_verb = [&](std::uint32_t u) {
        // ("met Bessent on Monday but did not take part in the negotiations": an event named after the
        // denial is what was denied)
        for (auto m : mentions_)
            if (mention(m).type == EntityType::event && mention(m).first_token > u && mention(m).first_token <= u + 6)
                return true;
        // ("met Carney on the second day, but missed a planned meeting with Trump": a denial with an object
        // of its own)
        if (u + 1 < sentence_.end_token && one_of(key(u), {"missed", "skipped", "cancelled", "canceled"}) &&
            one_of(key(u + 1), {"a", "an", "the", "his", "her", "their", "its"}))
            return true;
        if (!one_of(key(u), {"failed", "unable", "refused", "declined"})) return false;
        const std::uint32_t to = u + 1;
        return to + 1 < sentence_.end_token && key(to) == "to" &&
               !one_of(key(to + 1), {"attend", "participate", "join", "do", "make", "come", "travel", "be"});
    };
    // No denial after the trigger: nothing below can deny it (most triggers).
    if (std::find(negation_.begin() + (hit.end - sentence_.first_token), negation_.end(), true) == negation_.end()) return false;
    // ("Putin's meeting with Trump has been postponed": the occasion called off in the same clause)
    for (std::uint32_t t = hit.end; t + 1 < sentence_.end_token && !one_of(key(t), {",", ";", ".", "and", "but"}); ++t)
        if (negation_[t + 1 - sentence_.first_token] && one_of(key(t), {"was", "were", "been", "be", "is", "are"}) &&
            one_of(key(t + 1), {"postponed", "cancelled", "canceled", "called", "scrapped", "delayed"}))
            return true;
    for (std::uint32_t t = hit.end; t + 1 < sentence_.end_token; ++t)
        if (key(t) == "but")
            for (std::uint32_t u = t + 1; u < sentence_.end_token && u < t + 5; ++u)
                if (negation_[u - sentence_.first_token] && !denies_another_verb(u)) return true;
    return false;
}

bool SentenceRelations::modifies_thing_before(const TriggerHit& hit) const {
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

std::uint32_t SentenceRelations::meeting_with_after_adverbial(std::uint32_t verb) const {
    if (!one_of(key(verb), {"spoke", "met", "talked", "speaks", "meets", "talks"}) || verb + 2 >= sentence_.end_token) return 0;
    for (std::uint32_t t = verb + 1; t < sentence_.end_token && t < verb + 8; ++t) {
        if (key(t) == "with") return t > verb + 1 ? t : 0;
        bool adverbial = doc_.tokens[t].has(token_number) || key(t) == "," ||
                         one_of(key(t), {"on", "this", "evening", "morning", "afternoon", "night", "week", "today",
                                         "yesterday", "tonight", "earlier", "later", "by", "phone", "telephone",
                                         "video", "link", "virtually", "separately", "briefly", "again"});
        for (auto id : schema_.lexicon().exact(key(t))) {
            const LexCategory category = schema_.entry(id).category;
            adverbial |= category == LexCategory::month || category == LexCategory::weekday;
        }
        if (!adverbial) return 0;
    }
    return 0;
}

bool SentenceRelations::names_month(std::uint32_t token) const {
    return key(token) == "may" && token > sentence_.first_token && doc_.tokens[token].has(token_capitalized);
}

std::uint32_t SentenceRelations::left_limit(const TriggerHit& hit) const {
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
        // "They agreed to buy weapons for Ukraine, Scholz said at a news conference": a speaker named
        // after a comma reports what comes before it, which names no one of his subject
        if (key(t) == "," && reports_clause(hit.first) && speaker_between(t + 1, hit.first)) return t + 1;
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

bool SentenceRelations::opens_adverbial_clause(std::uint32_t token, std::uint32_t verb) const {
    if (token == 0 || key(token - 1) != "," || token + 1 >= verb || has_comma(token, verb)) return false;
    if (!one_of(key(token), {"as", "while", "when", "whereas", "although", "though", "because"})) return false;
    const std::string_view next = key(token + 1);
    if (one_of(next, {"well", "part", "he", "she", "they", "it", "we", "both", "all"})) return false;
    return !(next == "the" && one_of(key(token + 2), {"two", "three", "four", "five"}));
}

bool SentenceRelations::reports_clause(std::uint32_t token) const {
    auto reporting = [&](std::string_view word) { return one_of(word, {"said", "says", "told", "added", "stated"}); };
    if (reporting(key(token))) return true;
    // ("Ngelale said in a statement that the Minister ... and his counterpart had met": "that" after the verb's phrase)
    if (key(token) != "that") return false;
    for (std::uint32_t t = token; t > sentence_.first_token && token - t < 6;)
        if (reporting(key(--t))) return true;
    return false;
}

bool SentenceRelations::subject_follows(std::uint32_t begin, std::uint32_t end) const {
    if (begin < end && key(begin) == "that") ++begin;
    for (const auto& a : arguments_)
        if (a.first_token >= begin && a.first_token <= begin + 1 && a.end_token <= end && participant(a.type)) return true;
    return false;
}

bool SentenceRelations::speaker_between(std::uint32_t begin, std::uint32_t verb) const {
    return std::any_of(arguments_.begin(), arguments_.end(), [&](const Argument& a) {
        return a.type == EntityType::person && a.first_token >= begin && a.end_token == verb;
    });
}

bool SentenceRelations::inside_event_name(std::uint32_t token) const {
    for (auto m : mentions_) {
        const Mention& e = mention(m);
        if (e.type != EntityType::event || token >= e.end_token) continue;
        if (e.first_token < token || (e.first_token == token && e.kind == MentionKind::description)) return true;
    }
    return false;
}

bool SentenceRelations::only_capitals_between(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t < to; ++t)
        if (!doc_.tokens[t].capitalised() && key(t) != "the") return false;
    return true;
}

std::uint32_t SentenceRelations::antecedent_start(std::uint32_t comma) const {
    std::uint32_t start = comma;
    for (const auto& a : arguments_)
        if (a.end_token == comma && participant(a.type)) start = std::min(start, a.first_token);
    // ("King Felipe VI of Spain, who is on a state visit": the person before "of" and the country)
    if (start == comma)
        for (const auto& a : arguments_)
            if (a.type == EntityType::person && a.end_token + 1 < comma && key(a.end_token) == "of" &&
                only_capitals_between(a.end_token + 1, comma))
                start = a.first_token;
    // ("Erdogan and Russian President Vladimir Putin, who met in Sochi": a pair joined by "and")
    if (start == comma) return start;
    std::uint32_t t = start;
    while (t > sentence_.first_token && doc_.tokens[t - 1].capitalised() && key(t - 1) != "and") --t;
    if (t > sentence_.first_token + 1 && key(t - 1) == "and")
        for (const auto& a : arguments_)
            if (a.end_token == t - 1 && a.type == EntityType::person) return a.first_token;
    return start;
}

std::uint32_t SentenceRelations::right_limit(const TriggerHit& hit) const {
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
        if (key(t) == ";" && !continues_list_of_people(t)) return t;
        // (a word or three in quotes, "in a "stable" manner", are no quotation: the clause goes on)
        if (key(t) == "\"" && !inside_event_name(t)) {
            std::uint32_t close = t + 2;
            while (close < limit && close <= t + 4 && key(close) != "\"") ++close;
            if (close >= limit || close > t + 4) return t;
            t = close;
        }
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
        // ("spoke to Governor Pierluisi today from Air Force One while returning from the State Funeral
        // for Queen Elizabeth II": or with a participle of the subject's own)
        if (one_of(key(t), {"while", "after", "before", "when", "since"}) && t + 1 < limit &&
            !doc_.tokens[t + 1].has(token_capitalized) && key(t + 1).size() > 5 && ends_with(key(t + 1), "ing"))
            return t;
    }
    return limit;
}

bool SentenceRelations::subject_at(std::uint32_t token) const {
    for (const auto& a : arguments_) {
        if (a.first_token != token || !participant(a.type) || a.end_token >= sentence_.end_token) continue;
        const std::string_view verb = key(a.end_token);
        return lower_case_word(a.end_token) &&
               ((verb.size() > 2 && verb.back() == 's') || past_tense(verb) || one_of(verb, {"will", "was", "met"}));
    }
    return false;
}

bool SentenceRelations::attribution_after(std::uint32_t comma) const {
    for (std::uint32_t t = comma + 1; t < sentence_.end_token && t <= comma + 8; ++t) {
        if (key(t) == "," || key(t) == "and") return false;
        if (!one_of(key(t), {"said", "says", "told", "added", "stated", "reported", "wrote"})) continue;
        if (t > comma + 1) return true;
        // ("..., said Foreign Minister Sugiono.": the speaker after the verb)
        return one_of(key(t), {"said", "says", "added"}) && t + 1 < sentence_.end_token &&
               (doc_.tokens[t + 1].capitalised() || one_of(key(t + 1), {"the", "a", "an"}));
    }
    return false;
}

bool SentenceRelations::ownerless(const TriggerHit& hit) const {
    return hit.trigger.voice == TriggerVoice::possessive && hit.first > sentence_.first_token &&
           key(hit.first - 1) != "'s" && key(hit.first - 1) != "'";
}

bool SentenceRelations::only_words_between(std::uint32_t from, std::uint32_t to, std::initializer_list<std::string_view> words) const {
    for (std::uint32_t t = from; t < to; ++t) {
        if (std::find(words.begin(), words.end(), key(t)) != words.end()) continue;
        if (inside_qualifier(t)) continue;
        return false;
    }
    return true;
}

bool SentenceRelations::inside_qualifier(std::uint32_t token) const {
    for (auto m : mentions_)
        if (mention(m).qualifier && mention(m).first_token <= token && token < mention(m).end_token) return true;
    return false;
}

bool SentenceRelations::continues_list_of_people(std::uint32_t semicolon) const {
    std::uint32_t t = semicolon + 1;
    if (t < sentence_.end_token && key(t) == "and") ++t;
    // (past a title in capitals: "; Australian Prime Minister Anthony Albanese;")
    for (const auto& a : arguments_) {
        if (a.type != EntityType::person || a.first_token < t || a.first_token > t + 8) continue;
        bool title_only = true;
        for (std::uint32_t u = t; u < a.first_token && title_only; ++u)
            title_only = doc_.tokens[u].capitalised() || one_of(key(u), {"'s", "of", "the", "for", "and"});
        if (title_only) return true;
    }
    return false;
}

}  // namespace kg::extraction
