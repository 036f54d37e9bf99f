#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>
#include <optional>

#include "ingest/text.hpp"

namespace kg::extraction {

void SentenceRelations::read_trigger(const TriggerHit& hit) {
    if (negated(hit)) return;
    const std::uint32_t left = left_limit(hit);
    std::uint32_t right = right_limit(hit);
    const RelationType rel = hit.trigger.relation;
    switch (hit.trigger.voice) {
        case TriggerVoice::active: {
            auto shared = shared_subject(hit);
            auto subjects = shared ? std::move(*shared) : left_group(past_opening_phrase(left, hit.first), hit.first);
            if (subjects.empty()) subjects = subject_after_opening_participle(hit);
            if (rel == RelationType::attended || rel == RelationType::co_chaired) {
                int event = first_event(hit.end, right, /*skip_dating=*/true);
                // ("Samia is on a three-day state visit", not "was on a call for ... at the summit": who is
                // on an event is on the one the phrase leads to)
                if (hit.end >= hit.first + 3 && key(hit.first + 1) == "on" && !event_right_after(hit.end, event)) return;
                if (one_of(key(hit.first), {"had", "has", "have", "paid", "pays", "made"}) && !event_right_after(hit.end, event)) return;
                if (arrives(hit) && !event_after_for(event, right)) return;
                if (subjects.empty() && event >= 0) subjects = subjects_after_inversion(hit);
                if (event < 0 && read_relative_clause_event(hit, right)) return;
                // "Finance Minister Sitharaman also participated": in the article's event; so did who
                // joined "the discussions" there
                // (of the events told of so far: "were joined by Tusk" after "a dinner at the Elysee")
                const bool unnamed = event < 0 && (intransitive(hit) || discussions_after(hit));
                if (unnamed) event = focal_.told_so_far;
                // ("Xi held a welcome ceremony for To Lam. Cai Qi and Wang Yi attended the event.": the occasion
                // the sentence before told of)
                if (event < 0 && generic_occasion_at(hit.end)) event = event_named_in_sentence_before();
                // ("Readout of the Lobito Trans-Africa Corridor Summit", then "Biden and Lourenço co-hosted
                // African leaders ...": in the lead, whom hosts received came to the headline's occasion)
                if (event < 0 && index_ <= 4 && one_of(key(hit.first), {"hosted", "co-hosted", "hosts", "co-hosts"}))
                    event = headline_event();
                // ("Jaishankar and Doval were present.": only at an occasion told of by then, the one the
                // sentence before tells of if it does: "Earlier, he was accorded a ceremonial welcome. X and Y
                // were present.")
                if (event >= 0 && key(hit.end - 1) == "present") {
                    if (!named_by_now(event)) return;
                    if (const int before = event_named_in_sentence_before(); unnamed && before >= 0) event = before;
                }
                // ("Biden and Harris convened the Infrastructure Implementation Task Force": the body's
                // meeting, which the article tells of)
                const bool convened_body = event < 0 && starts_with(key(hit.first), "convene") &&
                                           argument_starting_at(hit.end + (key(hit.end) == "the" ? 1 : 0), EntityType::agency);
                if (convened_body) {
                    event = focal_.meeting;
                    subjects.erase(std::remove_if(subjects.begin(), subjects.end(), [](const Argument& a) { return a.type != EntityType::person; }),
                                   subjects.end());
                }
                // "Burns, who has led the U.S. side in the negotiations": who leads a side attends
                const std::uint32_t side_end = std::min<std::uint32_t>(right, hit.end + 4);
                const bool side = leads(hit) && names_delegation(hit.end, side_end);
                // ("Jen Daskal led the U.S. delegation": the delegation's country is the leader's)
                if (side) add_delegation_party(delegation_word(hit.end, side_end), subjects);
                if (!side && key(hit.first) == "headed") return;  // ("headed to Tokyo for the summit")
                if (event < 0 && side) event = focal_.article;
                if (event < 0) return;
                // ("co-chaired the 15th Joint Commission Meeting and the 5th Strategic Dialogue": both)
                const int also = event_joined_after(event, right);
                for (const auto& s : subjects) {
                    add(side ? RelationType::attended : rel, s.entity, event);
                    if (also >= 0 && !side) add(rel, s.entity, also);
                }
                // "Kishida joined Biden at the summit", "Macron hosted Zelensky and Starmer for a meeting"
                if (rel == RelationType::attended && one_of(key(hit.first), {"joined", "hosted", "hosts"}))
                    add_joined(hit.end, right, event);
                // ("Xi held a welcome ceremony for Felipe VI": a ceremony held for someone is hosted)
                if (rel == RelationType::attended &&
                    (one_of(key(hit.first), {"hosted", "hosts"}) ||
                     (one_of(key(hit.first), {"held", "holds"}) && doc_.entities[event].event_class == "ceremony")))
                    add_guests(event, right);
                if (rel == RelationType::attended && intransitive(hit)) {
                    add_companions(hit.end, right, event);
                } else if (rel == RelationType::attended && past_tense(key(hit.end - 1)) && subject_attended(subjects, event)) {
                    // ("also attended the talks, as did Defence Minister Richard Marles and ...": past the object;
                    // not "to participate in the meeting next week, alongside President Banga")
                    for (const auto& a : arguments_)
                        if (a.entity == event && a.first_token >= hit.end && a.first_token < right) {
                            add_companions(a.end_token, right, event);
                            break;
                        }
                }
                // ("Modi and Xi held bilateral talks on the sidelines of the summit": at the summit too; so is
                // who "paid an official visit to Japan for the 15th India-Japan Annual Summit")
                int setting = event_where_met(hit.end, right, /*sidelines_only=*/true);
                if (setting < 0) setting = event_visited_for(event, right);
                if (setting >= 0 && setting != event)
                    for (int p : people(subjects)) add(RelationType::attended, p, setting);
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
            // delegation to an event attends it; the event's chair is someone else. "The Egyptian
            // delegation included Sameh Shoukry": its members are the delegation's country's.
            const bool delegation = (leads(hit) || key(hit.first) == "included") && delegation_before(hit, left);
            // ("An Israeli delegation led by Mossad chief David Barnea did not attend": the delegation's verb denied)
            if (delegation && std::any_of(triggers_.begin(), triggers_.end(),
                                          [&](const TriggerHit& verb) { return verb.first >= hit.end && negated(verb); }))
                break;
            if (delegation) read_delegation_party(hit, left, right);
            // ("The Ministerial Session was preceded by a Senior Officials Meeting led by X": a participle
            // tells of the event right before it)
            int event = one_of(key(hit.first), {"was", "were"}) ? -1 : event_ending_at(hit.first);
            // ("Lauding the outcomes of the meeting, co-chaired by Balakrishnan and Dung, PM Chinh asked":
            // or before a comma, the agents up to the comma that closes the participle's list)
            bool set_off = false;
            if (event < 0 && hit.first > sentence_.first_token && key(hit.first - 1) == "," && !one_of(key(hit.first), {"was", "were"})) {
                event = event_ending_at(hit.first - 1);
                set_off = event >= 0;
            }
            // ("The visit comes weeks after a panel of ICC judges, led by Judge X, ruled": a group of people
            // before the comma is what the participle tells of, not an event further back)
            const bool group_set_off = hit.first >= sentence_.first_token + 2 && key(hit.first - 1) == "," &&
                                       one_of(key(hit.first - 2), {"panel", "team", "group", "judges", "experts",
                                                                   "officials", "lawmakers", "members", "mission",
                                                                   "coalition", "government", "bloc", "force"});
            // ("Following the meeting, the "2+2" meeting was held with the participation of X": the event
            // held, before the verb of holding that limits the clause, past the one an opening phrase names)
            if (event < 0 && !group_set_off && hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"held", "convened"}))
                event = first_event(past_opening_event(hit.first), hit.first);
            if (event < 0 && !group_set_off) event = first_event(left, hit.first);
            if (event < 0 && delegation) event = first_event(hit.end, sentence_.end_token, /*skip_dating=*/true);
            // "a state led by a revitalized Palestinian Authority": what is led need not be an event,
            // and "the Negotiating Body, co-chaired by X" is a body
            int body = agency_just_before(hit.first);
            // ("their first meeting since the Council in Ankara, which was co-chaired by the two leaders":
            // what "which" stands for)
            if (const Argument* which = which_antecedent(hit.first)) {
                event = which->type == EntityType::event ? which->entity : -1;
                if (which->type == EntityType::agency) body = which->entity;
            }
            // "welcomed the signing of the agreement in Manila, attended by X": what a participle after a
            // comma describes is the phrase before it, here no event
            const bool describes_other = hit.end == hit.first + 2 && hit.first > sentence_.first_token && key(hit.first - 1) == ",";
            // ("preparations for the next summit, to be hosted by Japan": an occasion still to come)
            const bool to_come = hit.first >= sentence_.first_token + 2 && key(hit.first - 1) == "be" && key(hit.first - 2) == "to";
            // ("welcomed the signing of the agreement earlier in the day, in the presence of President Marcos":
            // an occasion at another time than the one told of)
            const bool other_time = key(hit.end - 2) == "presence" && std::any_of(doc_.tokens.begin() + left, doc_.tokens.begin() + hit.first,
                                                                                   [&](const Token& t) { return one_of(doc_.key(t), {"earlier", "later"}); });
            if (event < 0 && (!leads(hit) || delegation) && body < 0 && !describes_other && !group_set_off && !to_come && !other_time &&
                !scene_turned_before())
                event = focal_.told_so_far;
            std::uint32_t agents_end = past_verb_or(hit.end, right);
            // ("chaired by Prime Minister Anwar Ibrahim, with Timor-Leste to be admitted": a phrase of its own)
            for (std::uint32_t t = hit.end; t + 1 < agents_end; ++t)
                if ((key(t) == "," && one_of(key(t + 1), {"with", "while", "which", "who", "whose"})) ||
                    venue_after_agents(t, agents_end)) {
                    agents_end = t;
                    break;
                }
            const auto agents = right_group(hit.end, set_off ? set_off_agents_end(hit.end, agents_end) : agents_end);
            // ("The Vice President was joined by Secretary Becerra for the meeting": both were there; "the
            // European Council was joined by President Biden" made him no member)
            const bool joined = one_of(key(hit.end - 2), {"joined", "accompanied"});
            if (event < 0 && body >= 0) {
                // "The Foreign Affairs Council, chaired by Kaja Kallas": who chairs a body is one of it
                if (!joined)
                    for (int p : people(agents)) add(RelationType::member_of, p, body);
                return;
            }
            // ("the U.S.-Africa Leaders Summit hosted by President Biden in Washington next month": still to come)
            if (event < 0 || planned(event)) return;
            // ("Sullivan was accompanied by senior officials from the NSC": a companion is a person)
            const bool companions = key(hit.end - 2) == "accompanied";
            for (const auto& p : agents)
                if (!companions || p.type == EntityType::person) add(delegation ? RelationType::attended : rel, p.entity, event);
            if (joined)
                for (int p : people(left_group(left, hit.first))) add(RelationType::attended, p, event);
            break;
        }
        case TriggerVoice::between: {
            // ("the signing of three agreements on energy by A and B": the signatories after "by")
            std::uint32_t parties_begin = hit.end;
            if (key(hit.first) == "signing") {
                std::uint32_t by = hit.end;
                while (by < right && by < hit.end + 12 && key(by) != "by") ++by;
                // (not "the signing of the deal, witnessed by the EU": a participle's agent)
                if (by >= right || key(by) != "by" || ends_with(key(by - 1), "ed")) break;
                parties_begin = by + 1;
            }
            // ("In a telephone conversation between the two leaders, Meloni thanked Modi for India's
            // support": a phrase opening the sentence ends at the comma before its subject)
            std::uint32_t parties_end = purpose_after_parties(parties_begin, pair_end(parties_begin, first_clause_end(parties_begin, right)));
            if (one_of(key(sentence_.first_token), {"in", "during", "at", "after", "following"}))
                for (std::uint32_t t = parties_begin; t + 1 < parties_end; ++t)
                    if (key(t) == "," && subject_at(t + 1)) {
                        parties_end = t;
                        break;
                    }
            const auto group = right_group(parties_begin, parties_end);
            if (rel == RelationType::agreed) {
                pairwise(RelationType::agreed, parties(group));
            } else {
                // "the Summit between A and B", "talks in Beijing between A and B": the event named
                // just before "between", or before where it was held
                const int event = event_ending_at(place_phrase_start(past_time_phrase(hit.first)));
                if (event < 0 || planned(event)) return;
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
            if (urges(hit, right) || welcomes_no_guest(hit) || comes_later(hit)) break;
            if (key(hit.first) == "called" && hit.end == hit.first + 1 && !calls_someone(hit)) break;
            // "Lavrov attended the summit and met with Wang": the verb after "and" shares the subject
            auto shared = shared_subject(hit);
            const std::vector<Argument> left_parties =
                shared ? std::move(*shared) : left_group(past_opening_phrase(left, hit.first), hit.first);
            std::vector<int> left_people = people(left_parties);
            // ("Netanyahu dispatched Mossad chief David Barnea to Doha for talks with ...": whom someone sent
            // holds the talks, not the sender)
            if (const std::uint32_t sent = sending_verb_before(hit.first); sent && !shared)
                left_people = people(left_group(sent + 1, hit.first));
            // "After meeting Interior Minister Kindiki, Henry said": the clause that the phrase opens
            if (left_people.empty() && opens_sentence_phrase(hit)) {
                left_people = people(subject_after_opening_phrase(hit));
                // (whom the phrase names ends at its comma: not "the case of Yang Hengjun" the clause raised)
                if (!left_people.empty()) right = first_comma(hit.end, right);
            }
            if (left_people.empty()) left_people = adverbial_owners(hit);

            // "informed the Prime Minister about his talks with Trump": the talks are his, whoever he is
            if (hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"his", "her"}) &&
                doc_.possessive_pronoun(hit.first - 1))
                left_people = owner_of(hit.first - 1);
            // ("Iwaya and Wang met in Tokyo ahead of a trilateral meeting with Cho": two who met each
            // other; whom they meet after "ahead of" is another occasion's)
            if (hit.trigger.voice == TriggerVoice::group && left_people.size() >= 2)
                for (std::uint32_t t = hit.end; t + 1 < right; ++t)
                    if (key(t) == "ahead" && key(t + 1) == "of") {
                        right = t;
                        break;
                    }
            right = own_companions_start(hit.end, right);
            // "Putin held talks in the Kremlin with Xi": a group trigger with its partner after "with",
            // whose list ends at a purpose ("... with Ben-Shabbat to express concern")
            const std::uint32_t window = std::min<std::uint32_t>(right, hit.end + 6);  // "in the Kremlin with"
            const bool with_later = hit.trigger.voice == TriggerVoice::group && with_before_person(hit.end, window) < window;
            const bool with = hit.trigger.voice == TriggerVoice::with || with_later;
            std::vector<int> right_people = people(right_group(hit.end, with ? list_end(hit.end, right) : right));
            // ("met with the US delegation led by Jen Daskal": its leader)
            // (past the limit "led" set: the verb is the delegation's)
            if (with && right_people.empty()) right_people = people(delegation_leaders(hit.end, sentence_.end_token));
            // ("met with X to discuss sanctions and with Foreign Minister Kuleba to review ...": another list)
            if (with)
                for (std::uint32_t t = list_end(hit.end, right); t + 1 < right; ++t)
                    if (key(t) == "and" && key(t + 1) == "with")
                        for (int p : people(right_group(t + 2, list_end(t + 2, right)))) right_people.push_back(p);
            // ("met with a group of governors to discuss disaster aid, including Florida Gov. Ron DeSantis":
            // whom a group met includes, past its purpose)
            if (with && right_people.empty())
                for (std::uint32_t t = list_end(hit.end, right); t + 2 < right; ++t)
                    if (key(t) == "," && key(t + 1) == "including") {
                        right_people = people(right_group(t + 2, list_end(t + 2, right)));
                        break;
                    }
            if (with && !right_people.empty()) {
                for (int a : left_people)
                    for (int b : right_people) add(RelationType::met_with, a, b);
            } else if (right_people.empty() && !partner_unnamed(hit) &&
                       // ("Sullivan and Neuberger hosted a meeting with executives": co-hosts meet no one named)
                       !one_of(key(hit.first), {"hosted", "hosts", "received", "welcomed", "welcomes", "greet", "greeted"})) {
                pairwise(RelationType::met_with, left_people);
            }
            // "Biden met with Xi at the G20 Summit", "... on the sidelines of the summit": both were there
            // ("On the sidelines of the summit, Mr. Trump met ...": so they were where the sentence opens)
            int event = event_where_met(hit.end, right);
            if (event < 0) event = event_opening_sentence(hit.first);
            // ("Modi and Ishiba held talks in Tokyo": the talks the verb's own words name, when the text makes
            // an occasion of them)
            if (event < 0)
                for (const auto& a : arguments_)
                    if (a.type == EntityType::event && a.first_token > hit.first && a.end_token == hit.end) event = a.entity;
            if (event >= 0 && !left_people.empty())
                for (const auto& people_met : {left_people, right_people})
                    for (int p : people_met) add(RelationType::attended, p, event);
            // "The foreign ministers of Australia, India, Japan and the United States met in Tokyo for
            // the Quad Foreign Ministers' Meeting": the countries whose ministers met were there
            if (event >= 0 && left_people.empty())
                for (const auto& party : left_parties)
                    if (party.type == EntityType::country) add(RelationType::attended, party.entity, event);
            // "Readout of Jon Finer's Meeting with Ma Zhaoxu", then "Finer met today with Ma in
            // Washington": the lead's city is where the article's meeting was held. "G7 foreign
            // ministers met in Capri" names no one: then the meeting is the one the article tells of.
            const bool no_one_named = left_people.empty() && right_people.empty();
            // (the lead may follow a release's lines: "Office of the Spokesperson", its date, "The below is
            // attributable to ...")
            if (event < 0 && (!left_people.empty() || no_one_named) && index_ <= 4)
                if (const Mention* city = city_in(hit.end, right); city && !names_another_time(hit.end, right)) {
                    int meeting = headline_meeting();
                    if (meeting < 0 && no_one_named) meeting = focal_.meeting;
                    if (meeting >= 0) add(RelationType::held_in, meeting, city->entity);
                }
            break;
        }
        case TriggerVoice::negation: break;
    }
}

std::vector<int> SentenceRelations::owner_of(std::uint32_t token) const {
    for (auto m : mentions_)
        if (mention(m).first_token == token && mention(m).type == EntityType::person && mention(m).entity >= 0)
            return {mention(m).entity};
    return {};
}

std::vector<Argument> SentenceRelations::subject_after_opening_participle(const TriggerHit& hit) const {
    if (!opens_with_participle()) return {};
    return subject_after_opening_phrase(hit);
}

std::vector<Argument> SentenceRelations::subject_after_opening_phrase(const TriggerHit& hit) const {
    const std::uint32_t first = sentence_.first_token;
    std::uint32_t comma = hit.end;
    while (comma < sentence_.end_token && key(comma) != ",") {
        // ("Taking part in the talks were Lavrov, ...": an inversion, whose subjects follow "were")
        if (one_of(key(comma), {"were", "was"})) return {};
        ++comma;
    }
    if (comma == sentence_.end_token || has_comma(first, hit.first)) return {};
    for (const auto& a : arguments_)
        if (a.first_token > comma && a.first_token <= comma + 8 && a.type == EntityType::person) return {a};
    return {};
}

std::uint32_t SentenceRelations::past_opening_phrase(std::uint32_t left, std::uint32_t verb) const {
    const std::uint32_t first = sentence_.first_token;
    if (left != first || !one_of(key(first), {"after", "before", "following", "during", "ahead", "upon", "in", "at", "on"}))
        return left;
    for (std::uint32_t t = first + 1; t < verb; ++t) {
        if (key(t) != ",") continue;
        // (the subject comes after the comma: "After an audience with Pope Francis, President Biden met ...")
        const bool subject_after = std::any_of(arguments_.begin(), arguments_.end(), [&](const Argument& a) {
            return a.first_token > t && a.end_token <= verb && participant(a.type);
        });
        return subject_after ? t + 1 : left;
    }
    return left;
}

std::uint32_t SentenceRelations::past_opening_event(std::uint32_t verb) const {
    const std::uint32_t first = sentence_.first_token;
    if (!one_of(key(first), {"after", "before", "following", "during", "ahead"})) return first;
    for (std::uint32_t t = first + 1; t < verb; ++t)
        if (key(t) == ",") return t + 1;
    return first;
}

bool SentenceRelations::opens_with_participle() const {
    const std::uint32_t first = sentence_.first_token;
    if (!ends_with(key(first), "ing") || !doc_.tokens[first].has(token_capitalized)) return false;
    for (const auto& a : arguments_)
        if (a.first_token == first) return false;  // "Beijing hosted ...": a name, no participle
    return true;
}

int SentenceRelations::event_where_met(std::uint32_t begin, std::uint32_t end, bool sidelines_only) const {
    for (std::uint32_t t = begin; t < end; ++t) {
        std::uint32_t next = t + 1;
        if (one_of(key(t), {"sidelines", "margins", "margin"})) {
            if (next >= end || key(next) != "of") continue;
            ++next;
        } else if (key(t) == "during" || (sidelines_only && key(t) == "after")) {
            // "Marcos and Albanese signed a declaration during their bilateral meeting": both were there;
            // so were who agreed after it ("Starmer and Macron have agreed ... after talks in Paris")
        } else if (sidelines_only || (key(t) != "at" && key(t) != "for")) {
            continue;
        }
        // ("welcomed Federal Chancellor Friedrich Merz to the Élysée Palace for a working dinner": an
        // occasion with an article is one, "for talks" says no more)
        const bool definite = next < end && (one_of(key(next), {"the", "their"}) || (key(t) == "for" && one_of(key(next), {"a", "an"})));
        if (definite) ++next;
        // "for the annual Australia-New Zealand Leaders' Meeting": a word or two that say how often
        auto event_at = [&](std::uint32_t token) {
            return std::any_of(arguments_.begin(), arguments_.end(),
                               [&](const Argument& a) { return a.type == EntityType::event && a.first_token == token; });
        };
        for (int skipped = 0; skipped < 2 && next < end && lower_case_word(next) && !event_at(next); ++skipped) ++next;
        // "met her counterpart for the seventh Foreign and Strategic Dialogue", "for the annual leaders'
        // meeting"
        const bool named_only = key(t) == "for" && !definite;
        // ("met Macron to review security preparations for the Paris Olympics": not one still to come)
        for (const auto& a : arguments_)
            if (a.type == EntityType::event && a.first_token == next && a.end_token <= end &&
                (!named_only || mention(a.mention).kind == MentionKind::name) && !doc_.names_planned_event(mention(a.mention)))
                return a.entity;
    }
    return -1;
}

bool SentenceRelations::comes_later(const TriggerHit& hit) const {
    for (std::uint32_t t = hit.first; t > sentence_.first_token && hit.first - t < 5;) {
        --t;
        if (key(t) == "ahead" && t + 1 < hit.first && key(t + 1) == "of") return true;
        if (key(t) == "," || !lower_case_word(t)) return false;
    }
    return false;
}

std::vector<Argument> SentenceRelations::delegation_leaders(std::uint32_t begin, std::uint32_t end) const {
    const std::uint32_t word = delegation_word(begin, std::min<std::uint32_t>(end, begin + 4));
    if (word + 2 >= end || !one_of(key(word + 1), {"led", "headed"}) || key(word + 2) != "by") return {};
    return right_group(word + 3, list_end(word + 3, end));
}

int SentenceRelations::event_opening_sentence(std::uint32_t verb) const {
    const std::uint32_t first = sentence_.first_token;
    if (!one_of(key(first), {"on", "at", "during"})) return -1;
    for (std::uint32_t t = first + 1; t < verb; ++t)
        if (key(t) == ",") return event_where_met(first, t);
    return -1;
}

const Mention* SentenceRelations::city_in(std::uint32_t begin, std::uint32_t end) const {
    // ("in the capital, Muscat", "in the Qatari capital, Doha": the city set off after "capital")
    const auto after_capital = [&](std::uint32_t comma) { return comma > begin && key(comma) == "," && key(comma - 1) == "capital"; };
    for (std::uint32_t t = begin; t < end; ++t)
        if (one_of(key(t), {",", ";", "to", "about", "regarding", "concerning", "on"}) && !after_capital(t) &&
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
        std::uint32_t in = place_preposition(place.first_token);
        if (in == no_token && place.first_token >= begin + 3 && after_capital(place.first_token - 1)) {
            in = place.first_token - 2;  // back from "capital" over a demonym and "the"
            while (in > begin && in + 4 > place.first_token - 2 && key(in) != "in") --in;
        }
        if (in != no_token && key(in) == "in") return &place;
    }
    return nullptr;
}

bool SentenceRelations::calls_someone(const TriggerHit& hit) const {
    for (const auto& a : arguments_) {
        if (a.type != EntityType::person || a.first_token < hit.end || a.first_token > hit.end + 5) continue;
        for (std::uint32_t t = hit.end; t < a.first_token; ++t)  // (only the partner's title before the name)
            if (!doc_.tokens[t].capitalised() && !one_of(key(t), {"of", "for", "and"})) return false;
        // "called Putin a killer", "called Trump \"dangerous\"": what one calls someone is no call
        return a.end_token >= sentence_.end_token ||
               !one_of(key(a.end_token), {"a", "an", "the", "\"", "“", "'", "his", "her", "their", "one", "names"});
    }
    return false;
}

bool SentenceRelations::arrives(const TriggerHit& hit) const {
    const std::string_view verb = key(hit.first);
    return starts_with(verb, "arriv") || starts_with(verb, "travel") || verb == "flew" || verb == "flies";
}

bool SentenceRelations::event_after_for(int event, std::uint32_t right) const {
    if (event < 0) return false;
    for (const auto& a : arguments_) {
        if (a.entity != event || a.first_token >= right) continue;
        std::uint32_t before = a.first_token;
        if (before > sentence_.first_token && one_of(key(before - 1), {"a", "an", "the", "this", "his", "her", "their"})) --before;
        return before > sentence_.first_token && key(before - 1) == "for";
    }
    return false;
}

int SentenceRelations::event_visited_for(int visit, std::uint32_t right) const {
    if (visit < 0 || doc_.entities[visit].event_class != "visit") return -1;
    bool after_visit = false;
    for (const auto& a : arguments_) {
        if (a.first_token >= right) break;
        if (a.entity == visit && a.type == EntityType::event) after_visit = true;
        else if (after_visit && a.type == EntityType::event && event_after_for(a.entity, right)) return a.entity;
    }
    return -1;
}

bool SentenceRelations::event_right_after(std::uint32_t token, int event) const {
    if (event < 0) return false;
    for (const auto& a : arguments_)
        if (a.entity == event && a.first_token >= token) return a.first_token == token;
    return false;
}

int SentenceRelations::headline_event() const {
    for (const Mention& m : doc_.mentions)
        if (m.sentence == 0 && m.type == EntityType::event && m.entity >= 0 && doc_.in_headline(m.first_token) &&
            !doc_.names_planned_event(m))
            return m.entity;
    return -1;
}

int SentenceRelations::headline_meeting() const {
    for (const Mention& m : doc_.mentions)
        if (m.sentence == 0 && m.type == EntityType::event && m.entity >= 0 &&
            doc_.entities[m.entity].event_class == "meeting")
            return m.entity;
    return -1;
}

bool SentenceRelations::names_another_time(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t t = begin; t < end; ++t)
        if (one_of(key(t), {"last", "previous", "earlier", "ago", "next", "since"}) || schema_.in_category(key(t), LexCategory::month))
            return true;
    return false;
}

void SentenceRelations::add_joined(std::uint32_t begin, std::uint32_t end, int event) {
    std::uint32_t event_first = end;
    for (const auto& a : arguments_)
        if (a.entity == event && a.first_token >= begin) { event_first = std::min(event_first, a.first_token); }
    for (const auto& p : right_group(begin, event_first))
        if (p.type == EntityType::person) add(RelationType::attended, p.entity, event);
}

bool SentenceRelations::opens_sentence_phrase(const TriggerHit& hit) const {
    const std::uint32_t first = sentence_.first_token;
    return hit.first == first || (hit.first <= first + 3 && one_of(key(first), {"in", "during", "at"}) &&
                                  only_words_between(first + 1, hit.first, {"a", "an", "the", "his", "her", "their"}));
}

std::uint32_t SentenceRelations::first_comma(std::uint32_t from, std::uint32_t end) const {
    for (std::uint32_t t = from; t < end; ++t)
        if (key(t) == ",") return t;
    return end;
}

std::uint32_t SentenceRelations::own_companions_start(std::uint32_t from, std::uint32_t end) const {
    for (std::uint32_t t = from; t + 2 < end; ++t) {
        const bool along = key(t) == "along" && key(t + 1) == "with";
        if ((along || key(t) == "alongside") && one_of(key(t + (along ? 2 : 1)), {"his", "her", "their"})) return t;
        // ("Blinken and Faisal met for two hours, with Ambassador Reema also in attendance": who else was there)
        if (key(t) == "," && key(t + 1) == "with" && in_attendance_after(t + 2)) return t;
    }
    return end;
}

void SentenceRelations::read_where_clause() {
    for (std::uint32_t t = sentence_.first_token + 2; t + 2 < sentence_.end_token; ++t) {
        if (key(t) != "where" || key(t - 1) != ",") continue;
        // the event the clause before ends with, after its place and day at most
        const Argument* event = nullptr;
        for (const auto& a : arguments_)
            if (a.type == EntityType::event && a.end_token < t && (!event || a.end_token > event->end_token)) event = &a;
        if (!event || planned(event->entity) || !can_be_attended(event->entity)) return;
        for (std::uint32_t u = event->end_token; u + 1 < t; ++u)
            if (!doc_.tokens[u].capitalised() && !doc_.tokens[u].has(token_number) && !one_of(key(u), {"in", "at", "on", "the", ","}))
                return;
        // (a name: "where she announced" leaves the pronoun's reading to the verbs)
        const Argument* person = person_after_title(t + 1, sentence_.end_token);
        if (!person || person->end_token >= sentence_.end_token || !doc_.tokens[person->first_token].capitalised()) return;
        const std::string_view verb = key(person->end_token);
        if (lower_case_word(person->end_token) && (past_tense(verb) || one_of(verb, {"said", "told", "met", "spoke", "gave"})))
            add(RelationType::attended, person->entity, event->entity);
        return;
    }
}

bool SentenceRelations::talks_at(const Argument& a) const {
    if (a.type != EntityType::event || a.entity < 0) return false;
    const std::string& kind = doc_.entities[static_cast<std::size_t>(a.entity)].event_class;
    // (not a process: "the progress made in the negotiations")
    const std::string_view name = mention(a.mention).name;
    return (kind == "meeting" || kind == "call") && !ends_with(name, "negotiations") && !ends_with(name, "process") &&
           !planned(a.entity) && !doc_.names_planned_event(mention(a.mention));
}

void SentenceRelations::read_event_setting() {
    const std::uint32_t first = sentence_.first_token;
    // the preposition before an event's mention, past its article or possessive
    const auto preposition_before = [&](const Argument& a) {
        std::uint32_t prep = a.first_token - 1;
        if (prep > first && one_of(key(prep), {"a", "an", "the", "their", "his", "her"})) --prep;
        return prep;
    };
    // "In a phone call, Biden and Xi discussed trade", "During the meeting, President Biden committed ...":
    // the scene set before the subjects
    const Argument* event = nullptr;
    std::uint32_t from = first;
    if (one_of(key(first), {"in", "during"}))
        for (const auto& a : arguments_)
            if (talks_at(a) && a.first_token > first && preposition_before(a) == first && a.end_token < sentence_.end_token && key(a.end_token) == ",") {
                event = &a;
                from = a.end_token + 1;
                // ("During the meeting, held at Qasr Al Watan in Abu Dhabi, the two leaders ...": past a
                // participle set off after the scene)
                if (from < sentence_.end_token && lower_case_word(from) &&
                    (ends_with(key(from), "ed") || one_of(key(from), {"held", "led", "met"})))
                    for (std::uint32_t t = from + 1; t < sentence_.end_token && t < from + 16; ++t)
                        if (key(t) == ",") {
                            from = t + 1;
                            break;
                        }
                break;
            }
    // (a verb of meeting or attending says more; not the participle that sets off the scene)
    for (const auto& hit : triggers_)
        if ((hit.trigger.relation == RelationType::met_with || hit.trigger.relation == RelationType::attended ||
             hit.trigger.relation == RelationType::co_chaired) &&
            !(event && hit.first >= event->end_token && hit.first < from))
            return;
    // the subjects, before the verb
    std::uint32_t verb = from;
    for (; verb < sentence_.end_token; ++verb) {
        const bool in_mention = std::any_of(arguments_.begin(), arguments_.end(), [&](const Argument& a) {
            return a.first_token <= verb && verb < a.end_token;
        });
        if (in_mention || doc_.tokens[verb].capitalised() || one_of(key(verb), {"and", "'s", "of", "the", "-"})) continue;
        break;
    }
    std::vector<int> subjects;
    for (const auto& a : arguments_)
        if (a.type == EntityType::person && a.first_token >= from && a.end_token <= verb) subjects.push_back(a.entity);
    if (subjects.empty() || verb >= sentence_.end_token || key(verb) == ",") return;
    // "Putin and Trump discussed the war in Ukraine in a two-hour phone call": or after the verb's object,
    // in the verb's own clause (not "to remain in close coordination ... in the negotiations")
    for (std::size_t k = 0; !event && k < arguments_.size(); ++k) {
        const Argument& a = arguments_[k];
        if (!talks_at(a) || a.first_token <= verb + 1) continue;
        const std::uint32_t prep = preposition_before(a);
        if (!one_of(key(prep), {"in", "during"}) || prep > verb + 10) continue;
        bool plain = true;
        for (std::uint32_t t = verb + 1; t < prep && plain; ++t)
            plain = !one_of(key(t), {"to", "that", "which", "who", "whose", ",", ";", "made", "being"}) &&
                    !((ends_with(key(t), "ing") || ends_with(key(t), "ed")) && !doc_.tokens[t].capitalised());  // (not "Xi Jinping")
        if (plain) event = &a;
    }
    if (!event) return;
    for (std::uint32_t t = verb; t < event->first_token; ++t)  // ("did not discuss it in the call")
        if (negation_[t - first]) return;
    // ("Putin told Chinese President Xi Jinping in a phone call that ...": whom the verb takes was there too)
    std::vector<int> partners;
    for (const auto& a : arguments_)
        if (a.type == EntityType::person && a.first_token > verb && a.end_token <= event->first_token &&
            mention(a.mention).kind == MentionKind::name)
            partners.push_back(a.entity);
    for (int p : subjects) add(RelationType::attended, p, event->entity);
    for (int p : partners) add(RelationType::attended, p, event->entity);
    pairwise(RelationType::met_with, subjects);
    for (int s : subjects)
        for (int p : partners) add(RelationType::met_with, s, p);
}

void SentenceRelations::read_owned_events() {
    for (const auto& a : arguments_) {
        if (a.type != EntityType::event || a.entity < 0 || a.first_token < sentence_.first_token + 1) continue;
        const Mention& event = mention(a.mention);
        // (not a process: "to continue their dialogue on energy security")
        if (event.kind != MentionKind::description || !can_be_attended(a.entity) || planned(a.entity) ||
            doc_.names_planned_event(event) || ends_with(event.name, "dialogue") || ends_with(event.name, "dialogues") ||
            ends_with(event.name, "negotiations") || ends_with(event.name, "consultations"))
            continue;
        const std::uint32_t before = a.first_token - 1;
        for (auto m : mentions_) {
            const Mention& owner = mention(m);
            if (owner.type != EntityType::person) continue;
            // "Kallas's visit": the name before the possessive
            const bool named = owner.kind == MentionKind::name && owner.entity >= 0 && owner.end_token == before &&
                               doc_.tokens[before].has(token_possessive);
            // "her visit", "their meeting": a possessive pronoun right before
            const bool pronoun = owner.kind == MentionKind::pronoun && owner.first_token == before && owner.end_token == a.first_token &&
                                 doc_.possessive_pronoun(before);
            if (!named && !pronoun) continue;
            // ("Rubio ... cancelled his trip": not one called off)
            const std::uint32_t verb = owner.first_token - 1;
            if (owner.first_token > sentence_.first_token &&
                (one_of(key(verb), {"cancelled", "canceled", "cancel", "cancels", "postponed", "postpone", "postpones",
                                    "scrapped", "delayed", "skipped", "skip", "abandoned"}) ||
                 (key(verb) == "off" && verb > sentence_.first_token && one_of(key(verb - 1), {"called", "call", "calls"}))))
                continue;
            if (named || (pronoun && owner.entity >= 0)) add(RelationType::attended, owner.entity, a.entity);
            if (pronoun && owner.entity < 0)
                for (int member : owner.members)
                    if (member >= 0 && mention(static_cast<std::size_t>(member)).entity >= 0)
                        add(RelationType::attended, mention(static_cast<std::size_t>(member)).entity, a.entity);
        }
    }
}

bool SentenceRelations::subject_attended(const std::vector<Argument>& subjects, int event) const {
    return std::any_of(doc_.relations.begin(), doc_.relations.end(), [&](const Relation& r) {
        return r.type == RelationType::attended && r.target == event &&
               std::any_of(subjects.begin(), subjects.end(), [&](const Argument& a) { return a.entity == r.source; });
    });
}

void SentenceRelations::add_guests(int event, std::uint32_t end) {
    std::uint32_t after = end;
    for (const auto& a : arguments_)
        if (a.entity == event && a.end_token < end) after = a.end_token;
    if (after >= end) return;
    // ("hosted a state banquet at Windsor Castle for Emperor Naruhito": past the place)
    if (after + 1 < end && one_of(key(after), {"at", "in"}))
        for (const auto& a : arguments_)
            if (a.first_token == after + 1 + (key(after + 1) == "the" ? 1 : 0) && a.type == EntityType::place &&
                a.end_token < end && key(a.end_token) == "for")
                after = a.end_token;
    // "for X", "in honour of X", "in his honour"
    if (after + 2 < end && key(after) == "in" && one_of(key(after + 1), {"his", "her"}) && one_of(key(after + 2), {"honour", "honor"})) {
        for (int p : owner_of(after + 1)) add(RelationType::attended, p, event);
        return;
    }
    if (key(after) == "for") ++after;
    else if (after + 2 < end && key(after) == "in" && one_of(key(after + 1), {"honour", "honor"}) && key(after + 2) == "of") after += 3;
    else return;
    for (const auto& p : right_group(after, list_end(after, end)))
        if (p.type == EntityType::person) add(RelationType::attended, p.entity, event);
}

bool SentenceRelations::leads(const TriggerHit& hit) const {
    for (std::uint32_t t = hit.first; t < hit.end; ++t)
        if (key(t) == "led" || key(t) == "headed") return true;
    return false;
}

std::uint32_t SentenceRelations::delegation_word(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t t = from; t < to; ++t)
        if (one_of(key(t), {"delegation", "delegations", "side", "team"})) return t;
    return to;
}

void SentenceRelations::read_delegation_party(const TriggerHit& hit, std::uint32_t left, std::uint32_t right) {
    add_delegation_party(delegation_word(left, hit.first), right_group(hit.end, past_verb_or(hit.end, right)));
}

void SentenceRelations::add_delegation_party(std::uint32_t word, const std::vector<Argument>& people) {
    for (auto m : mentions_) {
        const Mention& party = mention(m);
        // ("the Chinese delegation", "China's delegation")
        const bool possessive = party.end_token + 1 == word && doc_.tokens[party.end_token].has(token_possessive);
        // ("China sent a lower-level delegation led by ...": the sender's)
        const bool sent = party.end_token + 1 < word && word <= party.end_token + 5 &&
                          one_of(key(party.end_token), {"sent", "sends", "dispatched"}) &&
                          std::all_of(doc_.tokens.begin() + party.end_token + 1, doc_.tokens.begin() + word,
                                      [&](const Token& t) { return t.has(token_word) && !t.capitalised(); });
        if ((party.end_token != word && !possessive && !sent) || party.entity < 0) continue;
        if (party.type != EntityType::country && party.type != EntityType::agency) continue;
        const RelationType rel = party.type == EntityType::country ? RelationType::represents : RelationType::member_of;
        for (const auto& p : people)
            if (p.type == EntityType::person) add(rel, p.entity, party.entity);
    }
}

bool SentenceRelations::planned(int event) const {
    return std::any_of(arguments_.begin(), arguments_.end(), [&](const Argument& a) {
        return a.entity == event && doc_.names_planned_event(mention(a.mention));
    });
}

const Argument* SentenceRelations::which_antecedent(std::uint32_t token) const {
    if (token < sentence_.first_token + 2 || key(token - 1) != "which" || key(token - 2) != ",") return nullptr;
    const Argument* antecedent = nullptr;
    for (const auto& a : arguments_) {
        if (a.end_token > token - 2) break;
        if (a.type == EntityType::event || a.type == EntityType::agency) antecedent = &a;
        else if (a.type != EntityType::place) antecedent = nullptr;  // "in Ankara" may follow it; no one else
    }
    return antecedent;
}

int SentenceRelations::agency_just_before(std::uint32_t token) const {
    // ("The Task Force is chaired by the National Climate Advisor")
    if (token > sentence_.first_token && one_of(key(token - 1), {",", "is", "are"})) --token;
    for (const auto& a : arguments_)
        if (a.type == EntityType::agency && a.end_token == token) return a.entity;
    return -1;
}

std::vector<Argument> SentenceRelations::subjects_after_inversion(const TriggerHit& hit) const {
    for (const auto& a : arguments_) {
        if (a.type != EntityType::event || a.first_token < hit.end) continue;
        // ("Taking part in the talks on the Russian side were ...": past the side)
        std::uint32_t after = a.end_token;
        if (after + 3 < sentence_.end_token && key(after) == "on" && key(after + 1) == "the")
            for (std::uint32_t t = after + 2; t < after + 5 && t + 1 < sentence_.end_token; ++t)
                if (key(t) == "side") { after = t + 1; break; }
        if (after < sentence_.end_token && one_of(key(after), {"were", "was"}))
            return right_group(after + 1, sentence_.end_token);
        break;
    }
    return {};
}

std::optional<std::vector<Argument>> SentenceRelations::shared_subject(const TriggerHit& hit) const {
    std::uint32_t t = hit.first;
    while (t > sentence_.first_token && t + 2 > hit.first && is_adverb(t - 1)) --t;
    if (t <= sentence_.first_token) return std::nullopt;
    // ("Foreign Minister Penny Wong did not travel with the Prime Minister, but held a phone call with her
    // counterpart": the sentence's subject, not whom the clause before names)
    if (key(t - 1) == "but" && t >= sentence_.first_token + 2 && key(t - 2) == ",")
        for (const auto& a : arguments_)
            if (a.type == EntityType::person && a.first_token <= sentence_.first_token + 4 && mention(a.mention).kind == MentionKind::name)
                return std::vector<Argument>{a};
    if (key(t - 1) != "and") return std::nullopt;
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

bool SentenceRelations::is_adverb(std::uint32_t token) const {
    const std::string_view word = key(token);
    return one_of(word, {"later", "also", "then", "jointly", "subsequently", "afterwards", "together"}) ||
           (word.size() > 4 && ends_with(word, "ly") && !doc_.tokens[token].has(token_capitalized));
}

std::vector<int> SentenceRelations::adverbial_owners(const TriggerHit& hit) const {
    // ("a day after meeting Zelensky": the trigger may begin with its conjunction)
    const bool adverbial = one_of(key(hit.first), {"after", "before", "while"}) ||
                           (hit.first > sentence_.first_token && one_of(key(hit.first - 1), {"after", "following", "during"}));
    if (hit.first == sentence_.first_token || !adverbial) return {};
    for (const auto& verb : triggers_)
        if (verb.end <= hit.first && verb.trigger.voice == TriggerVoice::active)
            return people(left_group(left_limit(verb), verb.first));
    // ("Vance addressed the conference on Friday, a day after meeting Zelensky": or the sentence's subject)
    for (const auto& a : arguments_)
        if (a.first_token < hit.first && a.type == EntityType::person)
            return subject_at(a.first_token) ? std::vector<int>{a.entity} : std::vector<int>{};
    return {};
}

std::uint32_t SentenceRelations::sending_verb_before(std::uint32_t trigger) const {
    for (std::uint32_t t = trigger; t > sentence_.first_token;) {
        --t;
        if (one_of(key(t), {";", "."})) return 0;
        if (one_of(key(t), {"sent", "sends", "send", "dispatched", "dispatches", "dispatch", "despatched"}) && lower_case_word(t))
            return t;
    }
    return 0;
}

bool SentenceRelations::generic_occasion_at(std::uint32_t token) const {
    return token + 1 < sentence_.end_token && key(token) == "the" && one_of(key(token + 1), {"event", "occasion", "function"});
}

bool SentenceRelations::scene_turned_before() const {
    // ("Earlier, Shri Rajnath Singh laid a wreath at the Australian War Memorial. He was accompanied by ...":
    // the sentence before turned to another scene, which names no occasion)
    if (index_ == 0) return false;
    const Sentence& before = doc_.sentences[index_ - 1];
    return one_of(doc_.key(before.first_token), {"earlier", "later", "separately", "meanwhile"}) &&
           event_named_in_sentence_before() < 0;
}

int SentenceRelations::event_named_in_sentence_before() const {
    if (index_ == 0) return -1;
    int last = -1;
    for (const Mention& m : doc_.mentions)  // (only for "were present", "attended the event": no index needed)
        if (m.sentence == index_ - 1 && m.type == EntityType::event && m.entity >= 0 && !doc_.names_planned_event(m))
            last = m.entity;
    return last;
}

bool SentenceRelations::named_by_now(int entity) const {
    const auto& mentions = doc_.entities[static_cast<std::size_t>(entity)].mentions;
    return std::any_of(mentions.begin(), mentions.end(), [&](std::uint32_t m) { return doc_.mentions[m].sentence <= index_; });
}

bool SentenceRelations::intransitive(const TriggerHit& hit) const {
    const std::string_view last = key(hit.end - 1);
    if (last == "at") return false;  // "were also at the meeting": not "was also at the White House"
    if (last == "participated" || last == "part") return true;
    // "Biden, Xi and Modi were among those attending", "were in attendance"
    if (hit.end - hit.first >= 3 && one_of(key(hit.first), {"were", "was"})) return true;
    if (last == "present") return true;  // "Jaishankar and Doval were present."
    // "Kuleba joined by video link", "joined virtually": joining the article's event from afar
    if (one_of(last, {"joined", "join", "joins"}) && hit.end < sentence_.end_token) {
        const std::string_view next = key(hit.end);
        if (one_of(next, {"virtually", "remotely", "online"})) return true;
        if (next == "by" && hit.end + 1 < sentence_.end_token &&
            one_of(key(hit.end + 1), {"video", "videolink", "videoconference", "phone", "telephone", "teleconference"}))
            return true;
    }
    // "Petro, Arce and Boluarte attended, while Ecuador sent ministers": a verb with no object, or
    // with an adverbial only ("attended on the Indian side", "attended virtually", "attended too")
    return one_of(last, {"attended", "attend", "attends"}) &&
           (hit.end >= sentence_.end_token ||
            one_of(key(hit.end), {",", ".", ";", "while", "but", "—", "on", "in", "as", "too", "also", "virtually",
                                  "online", "remotely", "along", "alongside", "together"}));
}

bool SentenceRelations::discussions_after(const TriggerHit& hit) const {
    return hit.end + 1 < sentence_.end_token && key(hit.end) == "the" &&
           one_of(key(hit.end + 1), {"discussions", "deliberations", "proceedings"});
}

void SentenceRelations::add_companions(std::uint32_t after, std::uint32_t end, int event) {
    std::uint32_t t = after;
    // ("attended in person, as did Indonesian President Prabowo": past how they attended)
    while (t < end && t < after + 3 && one_of(key(t), {"in", "person", "virtually", "remotely", "online", "by", "video", "link"})) ++t;
    if (t < end && key(t) == ",") ++t;
    if (t + 1 < end && ((key(t) == "along" && key(t + 1) == "with") || (key(t) == "as" && key(t + 1) == "did"))) t += 2;
    else if (t < end && key(t) == "alongside") t += 1;
    else return;
    // ("along with their counterparts from France, Germany, Japan and Canada": the countries too)
    for (const auto& p : right_group(t, end))
        if (p.type == EntityType::person || p.type == EntityType::country) add(RelationType::attended, p.entity, event);
}

bool SentenceRelations::read_relative_clause_event(const TriggerHit& hit, std::uint32_t right) {
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

std::uint32_t SentenceRelations::before_participle_phrase(std::uint32_t comma) const {
    std::uint32_t t = comma;
    while (t > sentence_.first_token + 1 && comma - t < 12 && key(t - 1) != ",") --t;
    if (t == comma || key(t - 1) != "," || !one_of(key(t), {"hosted", "held", "organised", "organized", "chaired",
                                                             "convened", "led", "sponsored"}))
        return comma;
    return t - 1;
}

}  // namespace kg::extraction
