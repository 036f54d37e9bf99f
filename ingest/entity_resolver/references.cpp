#include "ingest/entity_resolver/resolution.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg::resolution {

std::vector<std::size_t> Resolution::recent(EntityType type, std::size_t before, std::uint32_t sentences,
                                bool pronouns) const {
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

auto Resolution::named_or_beside(const Mention& group) const {
    return [this, sentence = group.sentence](std::size_t j) {
        return doc_.mentions[j].kind != MentionKind::pronoun || doc_.mentions[j].sentence == sentence;
    };
}

const std::string* Resolution::described_party(const Mention& group) const {
    for (const Mention& m : doc_.mentions) {
        if (m.sentence != group.sentence || m.first_token <= group.first_token || m.end_token >= group.end_token || m.entity < 0)
            continue;
        // a country's people are of that country; an international body's own officials of none
        if (m.type == EntityType::country || m.type == EntityType::agency) return &doc_.entities[static_cast<std::size_t>(m.entity)].country;
    }
    return nullptr;
}

bool Resolution::unnamed_subject_before(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    for (std::size_t j = 0; j < i; ++j) {
        const Mention& m = doc_.mentions[j];
        if (m.sentence != pronoun.sentence || m.type != EntityType::person) continue;
        return m.kind == MentionKind::title && m.entity < 0;
    }
    return false;
}

std::size_t Resolution::relative_antecedent(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    const std::uint32_t first = doc_.sentences[pronoun.sentence].first_token;
    // ("X, who hosted a banquet in his honour": the guest, someone else)
    if (pronoun.end_token < doc_.tokens.size() && one_of(doc_.key(pronoun.end_token), {"honour", "honor"})) return SIZE_MAX;
    // ", who" before the pronoun in its clause (no comma between)
    std::uint32_t who = pronoun.first_token;
    while (who > first + 1 && doc_.key(who - 1) != "," && !(doc_.key(who - 1) == "who" && doc_.key(who - 2) == ",")) --who;
    if (who <= first + 1 || doc_.key(who - 1) != "who") return SIZE_MAX;
    const std::uint32_t comma = who - 2;
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == pronoun.sentence;) {
        const Mention& m = doc_.mentions[j];
        if (m.type != EntityType::person) continue;
        if (m.first_token >= comma) return SIZE_MAX;  // someone named in the clause itself
        const bool fits = m.entity >= 0 && m.kind == MentionKind::name && m.end_token == comma &&
                          (pronoun.gender.empty() || doc_.entities[static_cast<std::size_t>(m.entity)].gender.empty() ||
                           doc_.entities[static_cast<std::size_t>(m.entity)].gender == pronoun.gender);
        return fits ? j : SIZE_MAX;
    }
    return SIZE_MAX;
}

std::size_t Resolution::people_named_in(std::uint32_t sentence) const {
    std::set<int> people;
    for (const Mention& m : doc_.mentions)
        if (m.sentence == sentence && m.type == EntityType::person && m.kind == MentionKind::name && m.entity >= 0)
            people.insert(m.entity);
    return people.size();
}

int Resolution::reporter_before(std::size_t i) const {
    const Mention& group = doc_.mentions[i];
    const std::uint32_t first = doc_.sentences[group.sentence].first_token;
    std::uint32_t verb = group.first_token;
    if (verb > first && doc_.key(verb - 1) == "that") --verb;
    if (verb <= first || !one_of(doc_.key(verb - 1), {"said", "says", "told"})) return -1;
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == group.sentence;) {
        const Mention& m = doc_.mentions[j];
        if (m.type == EntityType::person && m.kind == MentionKind::name && m.entity >= 0 && m.end_token == verb - 1) return m.entity;
    }
    return -1;
}

std::size_t Resolution::honoured_guest(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    const std::uint32_t first = doc_.sentences[pronoun.sentence].first_token;
    if (pronoun.first_token <= first || doc_.key(pronoun.first_token - 1) != "in" || pronoun.end_token >= doc_.tokens.size() ||
        !one_of(doc_.key(pronoun.end_token), {"honour", "honor"}))
        return SIZE_MAX;
    // the host: the person named last before a verb of hosting, in the pronoun's sentence
    const auto candidates = recent(EntityType::person, i, 2);
    if (candidates.empty() || doc_.mentions[candidates.front()].sentence != pronoun.sentence) return SIZE_MAX;
    const Mention& host = doc_.mentions[candidates.front()];
    bool hosting = false;
    for (std::uint32_t t = host.end_token; t < pronoun.first_token && !hosting; ++t)
        hosting = one_of(doc_.key(t), {"hosted", "hosts", "host", "gave", "gives", "threw", "held", "holds", "organised", "organized"});
    if (!hosting) return SIZE_MAX;
    for (auto j : candidates) {
        const Entity& e = doc_.entities[static_cast<std::size_t>(doc_.mentions[j].entity)];
        if (doc_.mentions[j].entity != host.entity && (e.gender.empty() || e.gender == pronoun.gender)) return j;
    }
    return SIZE_MAX;
}

std::size_t Resolution::subject_beside_whom(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    const std::uint32_t first = doc_.sentences[pronoun.sentence].first_token;
    if (pronoun.first_token < first + 3 || doc_.key(pronoun.first_token - 1) != "whom" || doc_.key(pronoun.first_token - 3) != ",")
        return SIZE_MAX;
    const std::uint32_t comma = pronoun.first_token - 3;  // ", with whom he"
    std::size_t subject = SIZE_MAX;
    bool antecedent = false;
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == pronoun.sentence;) {
        const Mention& m = doc_.mentions[j];
        if (m.type != EntityType::person || m.kind != MentionKind::name || m.entity < 0) continue;
        antecedent = antecedent || m.end_token == comma;
        subject = j;  // the first of the sentence, in the end
    }
    if (!antecedent || subject == SIZE_MAX || doc_.mentions[subject].end_token == comma) return SIZE_MAX;
    const std::string& gender = doc_.entities[static_cast<std::size_t>(doc_.mentions[subject].entity)].gender;
    return pronoun.gender.empty() || gender.empty() || gender == pronoun.gender ? subject : SIZE_MAX;
}

std::size_t Resolution::pronoun_opening_sentence(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == pronoun.sentence;) {
        const Mention& m = doc_.mentions[j];
        if (m.type != EntityType::person) continue;
        // only a pronoun before it, that opens the sentence, and is as he or she is
        const bool opener = m.kind == MentionKind::pronoun && m.entity >= 0 && opens_sentence(j) && m.gender == pronoun.gender &&
                            one_of(doc_.key(m.first_token), {"he", "she"}) && one_of(doc_.key(pronoun.first_token), {"he", "she"});
        return opener ? j : SIZE_MAX;
    }
    return SIZE_MAX;
}

std::size_t Resolution::informant_before(std::size_t i) const {
    const Mention& pronoun = doc_.mentions[i];
    if (!doc_.possessive_pronoun(pronoun.first_token)) return SIZE_MAX;
    const std::uint32_t first = doc_.sentences[pronoun.sentence].first_token;
    std::uint32_t verb = pronoun.first_token;
    while (verb > first && !one_of(doc_.key(verb - 1), {"informed", "briefed", "updated", "apprised"})) --verb;
    if (verb == first) return SIZE_MAX;
    // the sentence's first person (a sentence's mentions are together: back to its start, not the article's)
    std::size_t subject = SIZE_MAX;
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == pronoun.sentence;) {
        const Mention& m = doc_.mentions[j];
        if (m.type == EntityType::person && m.kind != MentionKind::pronoun &&
            (subject == SIZE_MAX || m.first_token < doc_.mentions[subject].first_token))
            subject = j;
    }
    if (subject == SIZE_MAX) return SIZE_MAX;
    const Mention& m = doc_.mentions[subject];
    if (m.first_token >= verb - 1 || m.entity < 0) return SIZE_MAX;
    const std::string& gender = doc_.entities[static_cast<std::size_t>(m.entity)].gender;
    return gender.empty() || gender == pronoun.gender ? subject : SIZE_MAX;
}

bool Resolution::named_as_place(std::size_t j) const {
    const Mention& m = doc_.mentions[j];
    return m.first_token > 0 && one_of(doc_.key(m.first_token - 1), {"in", "into", "against"});
}

bool Resolution::begins_place_or_body(const Mention& single) const {
    if (single.end_token != single.first_token + 1) return false;
    const std::string_view word = doc_.key(single.first_token);
    // ("Apple said" after "Apple Chief Executive Tim Cook": the body itself)
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
        return (m.type == EntityType::place || m.type == EntityType::agency) &&
               (m.end_token > m.first_token + 1 || m.type == EntityType::agency) && doc_.key(m.first_token) == word;
    });
}

void Resolution::resolve_pronouns_and_groups() {
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        auto& m = doc_.mentions[i];
        if (m.kind == MentionKind::pronoun) {
            if (m.gender == "plural") {
                // ("The leaders discussed their conversations with President Putin and President Zelenskyy.
                // They reaffirmed ...": one that opens its sentence continues the group that opened the last)
                if (opens_sentence(i))
                    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence + 1 >= m.sentence;) {
                        const Mention& group = doc_.mentions[j];
                        if (group.sentence + 1 != m.sentence || group.type != EntityType::person) continue;
                        if (group.kind == MentionKind::group && group.members.size() >= 2 && opens_sentence(j)) m.members = group.members;
                    }
                if (m.members.empty()) m.members = last_group(i, EntityType::person, 2, named_or_beside(m));  // "they met": most often a pair
                continue;
            }
            // "The President of Russia informed the Prime Minister about his talks": a subject the
            // article never names leaves the pronoun open
            if (unnamed_subject_before(i)) continue;
            if (const std::size_t informant = informant_before(i); informant != SIZE_MAX) {
                m.entity = doc_.mentions[informant].entity;
                continue;
            }
            // ("Putin met President Murmu, who hosted a state banquet in his honour": the guest, not the host)
            if (const std::size_t guest = honoured_guest(i); guest != SIZE_MAX) {
                m.entity = doc_.mentions[guest].entity;
                continue;
            }
            // ("Merz was accompanied by Foreign Minister Johann Wadephul, who held talks with his Polish
            // counterpart": the person a relative clause describes)
            if (const std::size_t antecedent = relative_antecedent(i); antecedent != SIZE_MAX) {
                m.entity = doc_.mentions[antecedent].entity;
                continue;
            }
            // ("Albanese also met Premier Li Qiang, with whom he held the annual leaders' meeting": the
            // subject of a clause after "whom" is someone else than the person it describes, the sentence's)
            if (const std::size_t other = subject_beside_whom(i); other != SIZE_MAX) {
                m.entity = doc_.mentions[other].entity;
                continue;
            }
            // ("He later traveled to Amman, where he met King Abdullah": the pronoun that opens the
            // sentence, whose subject goes on)
            if (const std::size_t opener = pronoun_opening_sentence(i); opener != SIZE_MAX) {
                m.entity = doc_.mentions[opener].entity;
                continue;
            }
            // he/she: the most recent person; a pronoun that opens its sentence continues the
            // subject of the sentence before ("Jaishankar called on Wong and Lee. He also met ...")
            const auto candidates = recent(EntityType::person, i, 2);
            auto fits = [&](std::size_t j) {
                const auto& e = doc_.entities[doc_.mentions[j].entity];
                return e.gender.empty() || e.gender == m.gender;
            };
            // ("Blinken had earlier traveled to Egypt, where he held talks with Sisi, and to Israel, where he
            // met Netanyahu": a subject pronoun that opens a clause of place or time is the sentence's subject)
            // ("briefed leaders on his call with President Putin, in which he discussed ...": so does one after
            // "in which" or "during which")
            const std::uint32_t before_pronoun = m.first_token;
            const bool in_which = before_pronoun >= doc_.sentences[m.sentence].first_token + 2 &&
                                  doc_.key(before_pronoun - 1) == "which" && one_of(doc_.key(before_pronoun - 2), {"in", "during"});
            if (m.first_token > doc_.sentences[m.sentence].first_token &&
                (one_of(doc_.key(m.first_token - 1), {"where", "when", "whereupon"}) || in_which) &&
                one_of(doc_.key(m.first_token), {"he", "she"})) {
                // (not past an owner: "Sullivan praised Prime Minister Kishida's visit to India, where he ...")
                bool owner_between = false;
                for (auto j : candidates)
                    if (doc_.mentions[j].sentence == m.sentence) {
                        const std::uint32_t after = doc_.mentions[j].end_token;
                        owner_between = owner_between || (after < doc_.tokens.size() && doc_.tokens[after].has(token_possessive));
                    }
                const std::size_t opener = opening_person(candidates, m.sentence);
                if (opener != SIZE_MAX && !owner_between && fits(opener)) {
                    m.entity = doc_.mentions[opener].entity;
                    continue;
                }
            }
            // ("Albanese has met President Prabowo in Jakarta, in his first overseas trip since ...": a phrase
            // set off after the clause is about its subject)
            // ("Putin, on his first visit to India, was welcomed by Modi": or after the subject itself)
            // (not "Trump declined to meet Ishiba during his visit to Washington": without the comma, either's)
            const std::uint32_t first = doc_.sentences[m.sentence].first_token;
            if (one_of(doc_.key(m.first_token), {"his", "her"}) && m.first_token >= first + 2 &&
                one_of(doc_.key(m.first_token - 1), {"in", "on", "during"}) && doc_.key(m.first_token - 2) == ",") {
                if (const std::size_t opener = opening_person(candidates, m.sentence); opener != SIZE_MAX && fits(opener)) {
                    m.entity = doc_.mentions[opener].entity;
                    continue;
                }
            }
            // so does an object pronoun whose own sentence's subject it cannot be ("Lee arrived for
            // talks with Trump. Ishiba welcomed him")
            const bool object_of_subject = !candidates.empty() && subject_of_object(candidates.front(), i);
            // ("Mr. Dissanayake ... was accorded a welcome, where President Murmu received him": the
            // subject of the pronoun's own sentence, when the verb's subject is someone else)
            std::size_t subject = object_of_subject ? own_sentence_subject(candidates, candidates.front()) : SIZE_MAX;
            if (subject == SIZE_MAX && (opens_sentence(i) || object_of_subject)) subject = sentence_subject(candidates, m.sentence);
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
            // ("X met with Y in Geneva, where the two co-chaired ...": "the two" alone are the pair its own
            // sentence names, no one further back)
            // ("Blinken met Wang Yi in Munich. The two discussed fentanyl": or, opening its sentence, the pair
            // the sentence before named, when it named no one else)
            const auto named_in = [&](std::uint32_t sentence) {
                return std::all_of(m.members.begin(), m.members.end(),
                                   [&](int j) { return doc_.mentions[static_cast<std::size_t>(j)].sentence == sentence; });
            };
            const bool pair_before = opens_sentence(i) && m.sentence > 0 && m.members.size() == 2 &&
                                     named_in(m.sentence - 1) && people_named_in(m.sentence - 1) == 2;
            if (iequals_ascii(text, "the two") && !named_in(m.sentence) && !pair_before) m.members.clear();
            // ("The two EU leaders also met President Xi" after Costa, von der Leyen and Premier Li: the
            // word between says whose leaders)
            if (const std::string* whose = described_party(m); whose && m.type == EntityType::person) {
                const auto theirs = [&, beside = named_or_beside(m)](std::size_t j) {
                    return beside(j) && doc_.entities[static_cast<std::size_t>(doc_.mentions[j].entity)].country == *whose;
                };
                if (auto members = last_group(i, m.type, group_size(text), theirs); !members.empty()) m.members = std::move(members);
            }
            if (m.type == EntityType::country) {
                // "U.S. and Russian officials agreed to work toward ending the war in Ukraine ... the
                // two countries": a country named as a place is no party, when enough others are
                const auto party = [&, beside = named_or_beside(m)](std::size_t j) { return beside(j) && !named_as_place(j); };
                if (auto parties = last_group(i, m.type, group_size(text), party); !parties.empty()) m.members = std::move(parties);
            }
            if (m.type == EntityType::country && group_size(text) >= 2) {
                // "Both sides agreed" after "the 25th EU-China Summit" and "China's support to Russia's war
                // against Ukraine": the two sides are the parties the event's name gives ("the three sides"
                // after "the China-Afghanistan-Pakistan Trilateral Dialogue")
                const bool sides = ends_with(to_lower_ascii(text), "sides");
                auto parties = parties_of_last_event(i, /*bodies=*/sides);
                if (parties.size() == group_size(text)) {
                    m.members = std::move(parties);
                } else if (sides) {
                    // "Later in the day, Yoon held talks with Chinese President Xi Jinping. The two sides
                    // agreed ...": people named after the last countries are the sides, not the countries
                    // a quote before spoke of ("cooperation between North Korea and Russia")
                    // ("Minister Gallant and General Halevi briefed Mr. Sullivan": three people are no two sides)
                    auto people = last_group(i, EntityType::person, 0, named_or_beside(m));
                    if (people.size() == group_size(text) && (m.members.empty() || doc_.mentions[people.front()].sentence >
                                                                                     doc_.mentions[m.members.front()].sentence))
                        m.members = std::move(people);
                }
            }
            if (m.type == EntityType::person && names_an_office(text) && !names_leaders(text)) {
                // "Both ministers agreed" after "Minister Wong raised the case of Dr Yang": people who
                // hold an office, when the article has named such a group
                // ("The two ministers agreed" after "Iwaya also met Premier Li Qiang": not a head of
                // government, when others hold the office the group names)
                const auto beside = named_or_beside(m);
                const auto words = words_of(to_lower_ascii(text));
                std::string office = words.back();
                if (office.size() > 3 && office.back() == 's') office.pop_back();
                // ("the two prime ministers": an office of two words, a head of government's)
                if (words.size() >= 2 && words[words.size() - 2] == "prime") office = "prime " + office;
                const bool leaders_office = schema_.is_leader_position(office);
                auto holds = [&](std::size_t j, bool named_office) {
                    const auto& positions = doc_.entities[doc_.mentions[j].entity].positions;
                    return beside(j) && !positions.empty() &&
                           (!named_office || std::any_of(positions.begin(), positions.end(), [&](const std::string& p) {
                                return to_lower_ascii(p).find(office) != std::string::npos &&
                                       (leaders_office || !schema_.is_leader_position(p));
                            }));
                };
                auto leads = [&](int j) { return schema_.holds_leader_office(doc_.entities[doc_.mentions[j].entity].positions); };
                auto officials = last_group(i, m.type, group_size(text), [&](std::size_t j) { return holds(j, false); });
                // (the holders may have been named further back than the leaders they spoke of: "the two
                // foreign ministers" after "Wang Yi said that under the guidance of President Xi and
                // President Lula ...")
                if (std::any_of(officials.begin(), officials.end(), leads) && !leaders_office)
                    if (auto holders = last_group(i, m.type, group_size(text), [&](std::size_t j) { return holds(j, true); }, 8);
                        !holders.empty())
                        officials = std::move(holders);
                // ("The two Ministers signed" after "Minister Lamola and his Nigerian counterpart, Ambassador
                // Tuggar, co-chaired" and a sentence of their senior officials: a holder may be named with a
                // courtesy title alone)
                auto holds_named = [&](int j) { return holds(static_cast<std::size_t>(j), true); };
                auto addressed_only = [&](std::size_t j) {
                    const auto& positions = doc_.entities[doc_.mentions[j].entity].positions;
                    return beside(j) && !positions.empty() &&
                           std::all_of(positions.begin(), positions.end(), [&](const std::string& p) { return courtesy_title(p); });
                };
                // ("The two ministers" after "Foreign Ministers Wagner and Nduhungirehe signed in the presence of
                // Secretary of State Rubio": the group's office, when some of the last named lack it and holders
                // are named as recently; not after "Minister Iwaya welcomed Secretary Lazaro", two sentences on)
                const auto first_sentence = [&](const std::vector<int>& group) {
                    std::uint32_t first = UINT32_MAX;
                    for (int j : group) first = std::min(first, doc_.mentions[static_cast<std::size_t>(j)].sentence);
                    return first;
                };
                if (!officials.empty() && !std::all_of(officials.begin(), officials.end(), holds_named))
                    if (auto holders = last_group(i, m.type, group_size(text),
                                                  [&](std::size_t j) { return holds(j, true) || addressed_only(j); });
                        std::any_of(holders.begin(), holders.end(), holds_named) &&
                        (std::none_of(officials.begin(), officials.end(), holds_named) ||
                         first_sentence(holders) >= first_sentence(officials)))
                        officials = std::move(holders);
                if (!officials.empty()) m.members = std::move(officials);
            }
            auto leads = [&](std::size_t j) { return schema_.holds_leader_office(doc_.entities[doc_.mentions[j].entity].positions); };
            auto holds_another_office = [&](std::size_t j) {
                return !doc_.entities[doc_.mentions[j].entity].positions.empty() && !leads(j);
            };
            if (m.type == EntityType::person && names_leaders(text) &&
                (std::none_of(m.members.begin(), m.members.end(), leads) ||
                 std::any_of(m.members.begin(), m.members.end(), holds_another_office))) {
                // "the two leaders" after "Iwaya and his counterpart Cho attended": the heads of
                // government named before those two, when there are such ("The leaders signed" after
                // "envoy Witkoff and Kushner, President Trump's son-in-law": those who hosted and came;
                // "Putin and Xi held talks", then a paragraph of their delegations, then "the two
                // leaders signed": further back than other groups)
                auto leaders = last_group(i, m.type, group_size(text), leads, 8);
                // ("the consensus reached by the two heads of state" after two foreign ministers: leaders
                // loosely said may be the officials named; heads of state are none of them)
                if (!leaders.empty() || names_heads_of_state(text)) m.members = std::move(leaders);
            }
            // ("Carney said the leaders agreed on a statement": leaders of no number whom someone else reports
            // on are more than the last pair named, which does not include the speaker)
            if (group_size(text) == 0 && m.type == EntityType::person)
                if (const int speaker = reporter_before(i); speaker >= 0 &&
                    std::none_of(m.members.begin(), m.members.end(), [&](int j) { return doc_.mentions[static_cast<std::size_t>(j)].entity == speaker; }))
                    m.members.clear();
            // ("The two Ministers agreed ...", then after paragraphs on one of them, "The two Ministers
            // also shared the view": the same words again are the same people)
            // (a group of a number and an office: "the leaders" and "the two" alone were left empty on purpose)
            if (m.members.empty() && m.type == EntityType::person && group_size(text) >= 2 && names_an_office(text))
                m.members = same_group_before(i);
        }
    }
}

std::vector<int> Resolution::same_group_before(std::size_t i) const {
    const std::string_view text = doc_.text(doc_.mentions[i]);
    for (std::size_t j = i; j-- > 0;) {
        const Mention& earlier = doc_.mentions[j];
        if (earlier.kind == MentionKind::group && !earlier.members.empty() && iequals_ascii(doc_.text(earlier), text))
            return earlier.members;
    }
    return {};
}

std::size_t Resolution::opening_person(const std::vector<std::size_t>& candidates, std::uint32_t sentence) const {
    std::size_t opener = SIZE_MAX;
    for (auto j : candidates)  // nearest first: the last of the sentence is its first
        if (doc_.mentions[j].sentence == sentence) opener = j;
    if (opener == SIZE_MAX || doc_.mentions[opener].kind != MentionKind::name) return SIZE_MAX;
    // (the sentence opens on the name, or on the title before it)
    for (std::uint32_t t = doc_.sentences[sentence].first_token; t < doc_.mentions[opener].first_token; ++t)
        if (!doc_.tokens[t].capitalised() && !one_of(doc_.key(t), {"of", "for", "and"})) return SIZE_MAX;
    return opener;
}

bool Resolution::in_closed_relative_clause(std::size_t j, std::size_t i) const {
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

bool Resolution::subject_of_object(std::size_t j, std::size_t i) const {
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

bool Resolution::opens_sentence(std::size_t i) const {
    for (std::size_t j = i; j-- > 0 && doc_.mentions[j].sentence == doc_.mentions[i].sentence;)
        if (doc_.mentions[j].type == EntityType::person) return false;
    return true;
}

std::size_t Resolution::sentence_subject(const std::vector<std::size_t>& candidates, std::uint32_t sentence) const {
    std::size_t first = SIZE_MAX;
    for (auto j : candidates)
        if (doc_.mentions[j].sentence + 1 == sentence) first = j;
    // ("He made a secret trip that paved the way for Nixon's visit. He met Xi": a pronoun that opened
    // the sentence before was its subject, whoever it names later)
    if (first != SIZE_MAX)
        for (std::size_t j = first; j-- > 0 && doc_.mentions[j].sentence + 1 == sentence;) {
            const Mention& m = doc_.mentions[j];
            if (m.type == EntityType::person && m.kind == MentionKind::pronoun && m.entity >= 0 && opens_sentence(j) &&
                one_of(doc_.key(m.first_token), {"he", "she"}))
                return j;
        }
    return first;
}

std::size_t Resolution::own_sentence_subject(const std::vector<std::size_t>& candidates, std::size_t verb_subject) const {
    const Mention& verb = doc_.mentions[verb_subject];
    std::size_t first = SIZE_MAX;
    for (auto j : candidates)  // nearest first: the last one of the sentence is its first
        if (doc_.mentions[j].sentence == verb.sentence) first = j;
    if (first == SIZE_MAX || doc_.mentions[first].kind != MentionKind::name || doc_.mentions[first].entity == verb.entity)
        return SIZE_MAX;
    return first;
}

std::size_t Resolution::group_size(std::string_view text) {
    std::size_t n = 0;
    for (const auto& word : words_of(to_lower_ascii(text)))
        for (auto [number, count] : {std::pair<std::string_view, std::size_t>{"two", 2}, {"both", 2}, {"pair", 2},
                                     {"duo", 2}, {"three", 3}, {"four", 4}, {"five", 5}})
            if (word == number) n = count;
    return n;
}

bool Resolution::names_an_office(std::string_view text) const {
    const auto words = words_of(to_lower_ascii(text));
    return !words.empty() && schema_.in_category(words.back(), LexCategory::title);
}

bool Resolution::names_leaders(std::string_view text) {
    const std::string words = to_lower_ascii(text);
    return words.find("leaders") != std::string::npos || names_heads_of_state(text);
}

bool Resolution::names_heads_of_state(std::string_view text) {
    const std::string words = to_lower_ascii(text);
    return words.find("presidents") != std::string::npos || words.find("heads of") != std::string::npos;
}

std::vector<int> Resolution::parties_of_last_event(std::size_t i, bool bodies) const {
    const std::uint32_t sentence = doc_.mentions[i].sentence;
    for (std::size_t e = i; e-- > 0;) {
        const Mention& event = doc_.mentions[e];
        if (event.sentence + 3 < sentence) break;
        if (event.type != EntityType::event) continue;
        std::vector<int> parties;
        for (std::size_t j = 0; j < doc_.mentions.size(); ++j) {
            const Mention& party = doc_.mentions[j];
            const bool kind = party.type == EntityType::country || (bodies && party.type == EntityType::agency);
            if (!kind || party.entity < 0 || party.first_token < event.first_token || party.end_token > event.end_token)
                continue;
            if (std::none_of(parties.begin(), parties.end(), [&](int p) { return doc_.mentions[p].entity == party.entity; }))
                parties.push_back(static_cast<int>(j));
        }
        // ("an EU-China summit": a description may name its parties too)
        if (event.kind == MentionKind::name || parties.size() >= 2) return parties;
    }
    return {};
}

template <typename Fits>
std::vector<int> Resolution::last_group(std::size_t i, EntityType type, std::size_t wanted, Fits&& fits,
                                        std::uint32_t sentences) const {
    std::vector<int> pair;
    std::uint32_t sentence = UINT32_MAX;
    for (auto j : recent(type, i, sentences, true)) {
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

}  // namespace kg::resolution
