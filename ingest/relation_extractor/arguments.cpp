#include "ingest/relation_extractor/sentence_relations.hpp"

#include "ingest/text.hpp"

namespace kg::extraction {

void SentenceRelations::collect_arguments() {
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

bool SentenceRelations::posted_to(const Mention& x) const {
    if (x.type != EntityType::country || x.first_token < sentence_.first_token + 2) return false;
    std::uint32_t to = x.first_token - 1;
    if (key(to) == "the" && to > sentence_.first_token + 1) --to;
    return key(to) == "to" && is_role_word(to - 1, /*modifier=*/false);
}

bool SentenceRelations::kin_named(const Mention& x) const {
    if (x.type != EntityType::person || x.first_token < sentence_.first_token + 2 || key(x.first_token - 1) != "of")
        return false;
    return is_kin_word(key(x.first_token - 2));
}

bool SentenceRelations::is_kin_word(std::string_view word) {
    if (ends_with(word, "-in-law")) return true;  // "Trump's son-in-law Jared Kushner"
    return one_of(word, {"wife", "husband", "spouse", "widow", "son", "daughter", "mother", "father", "brother",
                         "sister", "family", "families", "parents", "children", "relatives", "ones",  // "loved ones"
                         "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle", "aunt"});
}

bool SentenceRelations::names_whose(const Mention& x) const {
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

const Mention* SentenceRelations::place_before_country(std::uint32_t comma) const {
    const Mention* place = nullptr;
    bool country = false;
    for (auto m : mentions_) {
        if (mention(m).type == EntityType::place && mention(m).end_token == comma) place = &mention(m);
        country |= mention(m).type == EntityType::country && mention(m).first_token == comma + 1;
    }
    return country ? place : nullptr;
}

bool SentenceRelations::locates_place(const Mention& x) const {
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

bool SentenceRelations::in_dateline(const Mention& x) const {
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

bool SentenceRelations::has_comma_and(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t + 1 < to; ++t)
        if (key(t) == "," && key(t + 1) == "and") return true;
    return false;
}

bool SentenceRelations::and_verb(std::uint32_t from, std::uint32_t to) const {
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

std::uint32_t SentenceRelations::past_verb_or(std::uint32_t from, std::uint32_t end) const {
    for (std::uint32_t t = from; t < end; ++t)
        if (lower_case_word(t) && past_tense(key(t)) && !inside_argument(t)) return t;
    return end;
}

bool SentenceRelations::lower_case_word(std::uint32_t token) const {
    const Token& t = doc_.tokens[token];
    return t.has(token_word) && !t.capitalised();
}

bool SentenceRelations::inside_argument(std::uint32_t token) const {
    for (const auto& a : arguments_)
        if (a.first_token <= token && token < a.end_token) return true;
    return false;
}

bool SentenceRelations::has_word(std::uint32_t from, std::uint32_t to, std::string_view word) const {
    for (std::uint32_t t = from; t < to; ++t)
        if (key(t) == word) return true;
    return false;
}

std::vector<Argument> SentenceRelations::left_group(std::uint32_t begin, std::uint32_t end) const {
    // ("... held talks with President Sisi, and to Israel, where he met Netanyahu": a clause of place or
    // time has its own subject, and so has a contrast's: "He Lifeng led the Chinese delegation, while
    // Scott Bessent ... represented the American side")
    // (when it names one, perhaps after its title: ", where Prime Minister Narendra Modi and ..."; "where
    // the two co-chaired" are the people named before)
    for (std::uint32_t t = end; t > begin + 1;) {
        --t;
        if (!one_of(key(t), {"where", "when", "while", "whereas"}) || key(t - 1) != ",") continue;
        const auto titled_from = [&](std::uint32_t first) {
            for (std::uint32_t u = t + 1; u < first; ++u)
                if (!doc_.tokens[u].capitalised()) return false;
            return first > t && first <= t + 5;
        };
        const bool own_subject = std::any_of(arguments_.begin(), arguments_.end(), [&](const Argument& a) {
            return titled_from(a.first_token) && a.type == EntityType::person && mention(a.mention).kind != MentionKind::group;
        });
        if (own_subject) begin = t + 1;
        break;
    }
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

bool SentenceRelations::scene_or_target(const Argument& a) const {
    if (a.type == EntityType::person || a.first_token <= sentence_.first_token) return false;
    std::uint32_t before = a.first_token - 1;
    if (key(before) == "the" && before > sentence_.first_token) --before;
    // ("agreed to strengthen cooperation with the United States, in their summit": a partner, no subject;
    // "Japan, together with the United States," is one, and so are "both sides" in "with both sides pledging")
    if (key(before) == "with") {
        const bool clause = a.end_token < sentence_.end_token && ends_with(key(a.end_token), "ing");
        return !clause && (before == sentence_.first_token || !one_of(key(before - 1), {"together", "along"}));
    }
    return one_of(key(before), {"in", "against", "into", "over", "inside"});
}

bool SentenceRelations::inside_relative_clause(std::uint32_t first, std::uint32_t last, std::uint32_t end) const {
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

std::vector<Argument> SentenceRelations::right_group(std::uint32_t begin, std::uint32_t end) const {
    std::vector<Argument> out;
    bool closing = false;
    for (const auto& a : arguments_) {
        if (a.first_token < begin || a.end_token > end || !participant(a.type) || possessive(a)) continue;
        // ("to greet participants and underscore her and President Biden's commitment": a person's
        // possessive names what is hers, no party)
        if (a.type == EntityType::person && a.end_token < sentence_.end_token && one_of(key(a.end_token), {"'s", "’s"})) continue;
        if (!out.empty() && out.back().first_token != a.first_token) {
            if (served_by_appositive(out.back().end_token, a.first_token)) continue;
            if (out.back().type == EntityType::person && body_in_appositive(out.back(), a)) continue;
            if (relative_clause_opens(out.back().end_token, a.first_token)) break;
            // ("a delegation led by Rear Admiral Hu Gangfeng ... instead of Defence Minister Dong Jun": not him)
            if (words_include(out.back().end_token, a.first_token, "instead") ||
                words_include(out.back().end_token, a.first_token, "rather"))
                break;
            if (closing && has_comma(out.back().end_token, a.first_token)) break;
            if (and_verb(out.back().end_token, a.first_token)) break;
            if (has_comma_and(out.back().end_token, a.first_token)) closing = true;
            // ("Zelenskyy, the Ukrainian president, and leaders including Germany's Olaf Scholz, Italy's Giorgia
            // Meloni and ...": a list inside the last item)
            if (words_include(out.back().end_token, a.first_token, "including")) closing = false;
        }
        out.push_back(a);
    }
    return out;
}

bool SentenceRelations::relative_clause_opens(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t + 1 < to; ++t)
        if (key(t) == "," && one_of(key(t + 1), {"who", "which", "whose", "whom"})) return true;
    return false;
}

bool SentenceRelations::body_in_appositive(const Argument& person, const Argument& body) const {
    if (body.type != EntityType::agency && body.type != EntityType::country) return false;
    const std::uint32_t from = person.end_token;
    if (from >= body.first_token || key(from) != ",") return false;
    // (a list of names has commas and capitals too: "Hannon Armstrong, Holcim, HP, Siemens")
    bool title = mention(person.mention).kind == MentionKind::title;
    for (std::uint32_t t = from + 1; t < body.first_token; ++t) {
        if (!doc_.tokens[t].capitalised() && !one_of(key(t), {",", "of", "the", "at", "for", "to", "and", "&"})) return false;
        title = title || schema_.in_category(key(t), LexCategory::title);
    }
    return title;
}

bool SentenceRelations::served_by_appositive(std::uint32_t from, std::uint32_t to) const {
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

bool SentenceRelations::possessive(const Argument& a) const {
    return a.end_token == a.first_token + 1 && doc_.possessive_pronoun(a.first_token);
}

bool SentenceRelations::has_object(const TriggerHit& trigger, std::uint32_t end) const {
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

int SentenceRelations::first_event(std::uint32_t begin, std::uint32_t end, bool skip_dating) const {
    for (const auto& a : arguments_)
        if (a.type == EntityType::event && a.first_token >= begin && a.end_token <= end &&
            !(skip_dating && dated_by(a.first_token)))
            return a.entity;
    return -1;
}

int SentenceRelations::event_joined_after(int event, std::uint32_t end) const {
    for (std::size_t a = 0; a + 1 < arguments_.size(); ++a) {
        if (arguments_[a].entity != event || arguments_[a].type != EntityType::event) continue;
        std::uint32_t t = arguments_[a].end_token;
        if (t >= end || key(t) != "and") return -1;
        ++t;
        if (t < end && key(t) == "the") ++t;
        const Argument& next = arguments_[a + 1];
        return next.type == EntityType::event && next.first_token == t && next.end_token <= end ? next.entity : -1;
    }
    return -1;
}

bool SentenceRelations::dated_by(std::uint32_t event_first) const {
    std::uint32_t t = event_first;
    if (t > sentence_.first_token && one_of(key(t - 1), {"a", "an", "the", "this", "last"})) --t;
    if (t <= sentence_.first_token) return false;
    const std::string_view before = key(t - 1);
    return one_of(before, {"after", "before", "following", "since", "until", "ahead"}) ||
           (before == "of" && t - 1 > sentence_.first_token && key(t - 2) == "ahead");
}

void SentenceRelations::read_represented_by(const TriggerHit& hit, std::uint32_t left, std::uint32_t right) {
    // ("Tshisekedi did not attend the summit, and was represented by ...": the subject the verbs share)
    const auto shared = shared_subject(hit);
    const auto represented = shared ? *shared : left_group(left, hit.first);
    if (represented.empty()) return;
    // (the one named last before the verb: not "The leaders of Brazil ... signed an agreement with the
    // European Union, which was represented by ...")
    if (const Argument& last = represented.front(); last.type == EntityType::person && mention(last.mention).kind == MentionKind::name) {
        read_stand_in(last, hit, right);
        return;
    }
    // (", which was represented by": the body the clause follows)
    const Argument* which = which_antecedent(hit.first);
    const Argument& party = which ? *which : represented.back();
    if (party.type != EntityType::country && party.type != EntityType::agency) return;
    const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
    const auto people = right_group(hit.end, right);
    int event = people.empty() ? -1 : first_event(people.back().end_token, right, /*skip_dating=*/true);
    if (event < 0) event = focal_.article;
    for (const auto& p : people) {
        if (p.type != EntityType::person) continue;
        add(rel, p.entity, party.entity);
        if (event >= 0) add(RelationType::attended, p.entity, event);
    }
}

void SentenceRelations::read_stand_in(const Argument& leader, const TriggerHit& hit, std::uint32_t right) {
    // "President Xi was represented at the summit by Premier Li Qiang", "Tshisekedi did not attend the
    // summit, and was represented by Prime Minister Judith Suminwa": the stand-in was at the occasion the
    // sentence names (or the one told of), for the leader's country
    const std::string& country = doc_.entities[leader.entity].country;
    int event = first_event(sentence_.first_token, right, /*skip_dating=*/true);
    if (event < 0) event = focal_.told_so_far;
    for (const auto& p : right_group(hit.end, right)) {
        if (p.type != EntityType::person || p.entity == leader.entity) continue;
        if (!country.empty()) add(RelationType::represents, p.entity, doc_.country_entity(country));
        if (event >= 0 && !planned(event)) add(RelationType::attended, p.entity, event);
    }
}

void SentenceRelations::read_represented(const TriggerHit& hit, std::uint32_t right, const std::vector<Argument>& subjects) {
    // "the Institute, which represents all U.S. utilities": the clause is about a body
    if (hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"which", "that"})) return;
    const auto represented = right_group(hit.end, right);
    if (represented.empty()) return;
    const Argument& party = represented.front();
    // right after the verb: "the organizations represented on the call" represent no one named later
    if (party.first_token > hit.end + 1) return;
    if (party.type != EntityType::country && party.type != EntityType::agency) return;
    const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
    int event = first_event(party.end_token, right, /*skip_dating=*/true);
    // ("The Second 2+2 Ministerial Meeting was held in Tokyo. Jaishankar and Rajnath Singh represented
    // India": who represented a country, right after the event was told of, was at it)
    if (event < 0 && key(hit.first) == "represented" && index_ > 0) {
        int told = -1;  // the one event the sentence before names
        for (const Mention& m : doc_.mentions) {
            if (m.sentence + 1 != index_ || m.type != EntityType::event || m.entity < 0) continue;
            told = told < 0 || told == m.entity ? m.entity : -2;
        }
        if (told >= 0 && !planned(told)) event = told;
    }
    for (const auto& s : subjects) {
        if (s.type != EntityType::person) continue;
        add(rel, s.entity, party.entity);
        if (event >= 0) add(RelationType::attended, s.entity, event);
    }
}

}  // namespace kg::extraction
