#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/date_parser.hpp"
#include "ingest/text.hpp"

namespace kg::recognition {

namespace {

bool span_of_time(std::string_view word) {
    return one_of(word, {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"});
}

}  // namespace

bool SentenceReader::inside_mention(std::uint32_t token) const {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)
        if (doc_.mentions[m].first_token <= token && token < doc_.mentions[m].end_token) return true;
    return false;
}

bool SentenceReader::the_two_alone(std::size_t k) const {
    // ("where the two co-chaired": "the two" before a verb; not "the two companies", "the two EU leaders")
    if (k + 2 >= units_.size() || !is_the(k) || doc_.key(units_[k + 1].first) != "two" || units_[k + 1].end != units_[k + 1].first + 1)
        return false;
    const Token& next = doc_.tokens[units_[k + 2].first];
    const std::string_view word = doc_.key(units_[k + 2].first);
    return next.has(token_word) && !next.capitalised() && (!ends_with(word, "s") || ends_with(word, "ss"));
}

void SentenceReader::read_lower_case() {
    for (std::size_t k = 0; k < units_.size(); ++k) {
        const Unit& u = units_[k];
        if (read_described_group(k)) continue;
        // ("The two reaffirmed the alliance": opening a sentence too)
        if (u.is(u_cap) && !u.is(u_pronoun | u_group) && !(u.first == sentence_.first_token && the_two_alone(k))) continue;
        if (inside_mention(u.first)) continue;
        if (u.is(u_group)) {
            add(k, k + 1, u.group->value == "country" ? EntityType::country : EntityType::person, MentionKind::group);
        } else if (the_two_alone(k)) {
            add(k, k + 2, EntityType::person, MentionKind::group);
        } else if (u.is(u_pronoun)) {
            Mention& m = add(k, k + 1, EntityType::person, MentionKind::pronoun);
            m.gender = u.pronoun->value;
        } else if (u.is(u_ordinal) && k + 1 < units_.size()) {
            attach_ordinal(k);
        } else if (u.is(u_event)) {
            read_event_description(k);
        } else if (k > 0 && is_the(k - 1) && u.word(w_org_head) && ends_phrase(k + 1)) {
            add(k - 1, k + 1, EntityType::agency, MentionKind::description);  // "the ministry"
        } else if (k > 0 && !read_national_ministry(k)) {
            read_office_in_lower_case(k);
        }
    }
}

bool SentenceReader::read_national_ministry(std::size_t k) {
    const Unit& field = units_[k - 1];
    if (doc_.key(units_[k].first) != "ministry" || k < 2 || field.is(u_cap) || !names_portfolio(field)) return false;
    std::size_t country = k - 2;
    if (units_[country].is(u_possessive)) {
        if (country == 0) return false;
        --country;
    }
    if (!units_[country].is(u_countryish) || units_[country].is(u_compound) || !units_[country].is(u_cap) ||
        !units_[country].country)
        return false;
    const std::string code = units_[country].country->value;
    std::string body = doc_.key(field.first) == "foreign" ? "Ministry of Foreign Affairs" : "Ministry of " + surface(k - 1, k);
    body[12] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[12])));
    const std::string_view national = schema_.national_agency(body, code);
    Mention& m = add(k - 1, k + 1, EntityType::agency, MentionKind::name);
    m.name = national.empty() ? body : std::string(national);
    m.known_id = std::string(national);
    m.country = code;
    return true;
}

void SentenceReader::read_office_in_lower_case(std::size_t k) {
    std::size_t first = k - 1;
    std::size_t country = SIZE_MAX;
    // ("The visiting Chinese minister": a guest's office too)
    // ("his Singaporean counterpart held talks": a peer, after the pronoun of whose peer)
    const bool counterpart = names_a_peer(doc_.key(units_[k].first));
    const auto the_before = [&](std::size_t u) {
        return u > 0 && (is_the(u - 1) || (u >= 2 && doc_.key(units_[u - 1].first) == "visiting" && is_the(u - 2)) ||
                         (counterpart && one_of(doc_.key(units_[u - 1].first), {"his", "her", "their"})));
    };
    // (the pronoun stays a mention of its own: whose peer)
    const auto the_at = [&](std::size_t u) { return is_the(u - 1) ? u - 1 : counterpart ? u : u - 2; };
    // ("the US president": a country's short name serves as its adjective)
    if (units_[k - 1].is(u_demonym | u_country) && units_[k - 1].country && !units_[k - 1].is(u_compound) && k >= 2 &&
        the_before(k - 1)) {
        country = k - 1;
        first = the_at(k - 1);
    } else if (units_[k - 1].is(u_possessive) && k >= 2 && units_[k - 2].is(u_country) && !units_[k - 2].is(u_compound)) {
        country = k - 2;
        first = k - 2;
    } else if (the_before(k) && !is_the(k - 1)) {
        first = k - 2;  // "the visiting prime minister"
    } else if (!is_the(k - 1)) {
        return;
    }
    // ("The Iranian foreign minister", "the Iranian top diplomat": words that modify the title first)
    std::size_t head = k;
    while (head < k + 2 && head + 1 < units_.size() && units_[head].end == units_[head].first + 1 && !units_[head].is(u_cap) &&
           has_category(units_[head].first, LexCategory::title_mod) && lower_case_title_end(head) == head)
        ++head;
    const std::size_t end = lower_case_title_end(head);
    if (end == head || !ends_person_description(end) || names_holder_after_complement(end)) return;
    Mention& m = add(first, end, EntityType::person, MentionKind::description);
    m.position = surface(k, end);
    if (country == SIZE_MAX) return;
    m.country = units_[country].country->value;
    qualify(country);
}

bool SentenceReader::ends_person_description(std::size_t k) const {
    if (ends_phrase(k)) return true;
    // "The prime minister handed the US president a letter": a verb in the past, or an object's article
    const Unit& u = units_[k];
    if (u.is(u_cap) || u.end != u.first + 1 || !doc_.tokens[u.first].has(token_word)) return false;
    const std::string_view word = doc_.key(u.first);
    // ("The Iranian foreign minister had held talks": or an auxiliary)
    return u.word(w_determiner) || is_trigger(k) || (word.size() > 4 && ends_with(word, "ed")) ||
           one_of(word, {"met", "told", "spoke", "said", "says", "sent", "wrote", "gave", "made", "went", "flew", "left",
                         "urged", "called", "warned", "added", "insisted", "stressed", "had", "has", "was", "is", "will",
                         "would"});
}

bool SentenceReader::names_holder_after_complement(std::size_t end) const {
    for (std::size_t comma = end + 1; comma + 1 < units_.size() && comma < end + 6; ++comma)
        if (units_[comma].is(u_comma)) return complement_start(comma) == end && units_[comma + 1].is(u_cap);
    return false;
}

std::size_t SentenceReader::lower_case_title_end(std::size_t k) const {
    const auto match = schema_.lexicon().longest(doc_, units_[k].first, sentence_.end_token);
    if (match.length == 0) return k;
    const bool title = std::any_of(match.values->begin(), match.values->end(), [&](std::uint32_t id) {
        return schema_.entry(id).category == LexCategory::title;
    });
    if (!title) return k;
    const std::uint32_t token_end = units_[k].first + match.length;
    std::size_t end = k;
    while (end < units_.size() && units_[end].first < token_end) ++end;
    if (end < units_.size() && units_[end].first != token_end) return k;  // the title ends inside a unit
    for (std::size_t u = k; u < end; ++u)
        if (units_[u].is(u_cap) || inside_mention(units_[u].first)) return k;
    return end;
}

bool SentenceReader::read_described_group(std::size_t k) {
    if (k + 2 >= units_.size() || !is_the(k)) return false;
    // ("the EU leaders", "the Chinese leaders": without a number, only a country's or a body's word)
    const bool two = doc_.key(units_[k + 1].first) == "two";
    const std::size_t at = two ? k + 2 : k + 1, head = at + 1;
    if (head >= units_.size()) return false;
    const Unit& described = units_[at];
    const Token& word = doc_.tokens[described.first];
    if (described.end - described.first != 1 || !word.has(token_word) || described.is(u_connector) ||
        described.word(w_function) || (!two && !described.is(u_countryish | u_agency)) || inside_mention(units_[k].first))
        return false;
    const auto& groups = two ? schema_.lexicon().exact({"the", "two", doc_.key(units_[head].first)})
                             : schema_.lexicon().exact("the", doc_.key(units_[head].first));
    for (auto id : groups) {
        const LexEntry& group = schema_.entry(id);
        if (group.category != LexCategory::group || units_[head].end - units_[head].first != 1) continue;
        // (not "the APEC Leaders Summit": a name's words)
        if (!two && (group.value != "person" || (head + 1 < units_.size() && units_[head + 1].is(u_cap | u_event)))) continue;
        add(k, head + 1, group.value == "country" ? EntityType::country : EntityType::person, MentionKind::group);
        // ("the two European leaders": the demonym says who they are, and is no party itself)
        if (described.is(u_countryish)) qualify(at);
        return true;
    }
    return false;
}

bool SentenceReader::verb_of_holding(std::size_t u) const {
    return one_of(doc_.key(units_[u].first), {"held", "hold", "holds", "holding"});
}

bool SentenceReader::held_with_description(std::size_t left, std::size_t k) const {
    if (left == k || left == 0 || !verb_of_holding(left - 1)) return false;
    // (not "has held more than 20 convenings", "held several meetings": many occasions)
    return std::none_of(units_.begin() + left, units_.begin() + k, [&](const Unit& u) {
        return u.is(u_number) || one_of(doc_.key(u.first), {"more", "several", "many", "numerous", "multiple", "dozens", "various"});
    });
}

bool SentenceReader::held_with_quoted_words(std::size_t k) const {
    if (k < 3 || doc_.key(units_[k - 1].first) != "\"") return false;
    for (std::size_t q = k - 2; q > 0 && q + 10 > k; --q)
        if (doc_.key(units_[q].first) == "\"") return verb_of_holding(q - 1);
    return false;
}

bool SentenceReader::ends_phrase(std::size_t k) const {
    if (k >= units_.size()) return true;
    const Unit& u = units_[k];
    if (doc_.tokens[u.first].has(token_punct) && !u.is(u_possessive)) return true;
    // "attended the summit Monday": news style dates a verb with a bare weekday
    if (u.word(w_phrase_ender) || u.is(u_speech) || u.is(u_date)) return true;
    // "for a meeting focusing on security", "a summit aimed at": a participle says what it was about;
    // "joined the meeting virtually", "attended the summit online": an adverb says how
    const std::string_view word = doc_.key(u.first);
    return !u.is(u_cap) && u.end == u.first + 1 &&
           ((word.size() > 5 && ends_with(word, "ing")) || (word.size() > 5 && ends_with(word, "ly")) ||
            one_of(word, {"aimed", "focused", "devoted", "dedicated", "online"}));
}

void SentenceReader::attach_ordinal(std::size_t k) {
    std::size_t next = k + 1;
    if (next < units_.size() && doc_.key(units_[next].first) == "such") ++next;
    if (next >= units_.size()) return;
    const std::uint32_t token = units_[next].first;
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        Mention& mention = doc_.mentions[m];
        if (mention.type != EntityType::event || mention.first_token != token) continue;
        mention.first_token = units_[k].first;
        mention.begin = byte_begin(k);
        mention.name = surface(k, next) + " " + mention.name;
        if (!mention.ordinal) mention.ordinal = units_[k].ordinal;
        return;
    }
    if (units_[next].is(u_event) && !units_[next].is(u_cap)) return;  // read as a description below
}

bool SentenceReader::ministers_format(std::size_t k) const {
    return k + 2 < units_.size() && units_[k].is(u_number) && doc_.key(units_[k + 1].first) == "+" &&
           units_[k + 2].is(u_number);
}

bool SentenceReader::names_event_kind(std::size_t k) const {
    const Unit& p = units_[k];
    return p.is(u_cap) && (p.is(u_agency | u_countryish | u_place | u_unknown) || letters_and_digits(k)) &&
           !p.is(u_title | u_honorific);
}

void SentenceReader::qualify_compound(std::size_t k) {
    if (!units_[k].is(u_compound)) return;
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)
        if (doc_.mentions[m].first_token == units_[k].first) doc_.mentions[m].qualifier = true;
}

bool SentenceReader::letters_and_digits(std::size_t k) const {
    const Token& token = doc_.tokens[units_[k].first];
    return units_[k].end == units_[k].first + 1 && token.has(token_all_caps) &&  // the tokenizer's "G20" too
           doc_.key(token).find_first_of("0123456789") != std::string_view::npos;
}

void SentenceReader::read_event_description(std::size_t k) {
    if (names_appeal(k)) return;
    // "a consultation mechanism on economic and trade issues", "the dialogue framework": what holds
    // the meetings, none of them
    if (k + 1 < units_.size() && one_of(doc_.key(units_[k + 1].first), {"mechanism", "mechanisms", "framework"})) return;
    std::size_t end = k + 1;
    // "round of dialogue", "meeting of the working group"
    if (end + 1 < units_.size() && doc_.key(units_[end].first) == "of" && units_[end + 1].is(u_event) &&
        !units_[end + 1].is(u_cap))
        end += 2;
    // "the seventh round of voting", "a new round of sanctions": a round of something else than talks
    // ("a second round of indirect talks") is no meeting
    if (end == k + 1 && doc_.key(units_[k].first) == "round" && end + 1 < units_.size() &&
        doc_.key(units_[end].first) == "of") {
        std::size_t talks = end + 1;
        if (units_[talks].is(u_the)) ++talks;  // "the third round of the U.S.-China ... Dialogue"
        if (talks < units_.size() && !units_[talks].is(u_cap)) {
            const std::size_t last = std::min(units_.size(), talks + 3);
            while (talks < last && !units_[talks].is(u_event) && units_[talks].is(u_common)) ++talks;
            if (talks == last || !units_[talks].is(u_event) || units_[talks].is(u_cap)) return;
        }
    }
    if (!ends_phrase(end)) return;
    // "the inaugural meeting of the Economic Security Dialogue" is that dialogue, and "the 13th round
    // of the China-EU High-Level Strategic Dialogue" its 13th session
    if (end < units_.size() && doc_.key(units_[end].first) == "of") {
        std::size_t next = end + 1;
        if (next < units_.size() && units_[next].is(u_the)) ++next;
        if (next < units_.size())
            for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)
                if (doc_.mentions[m].type == EntityType::event && doc_.mentions[m].first_token == units_[next].first) {
                    if (k > 0 && units_[k - 1].is(u_ordinal) && !doc_.mentions[m].ordinal)
                        doc_.mentions[m].ordinal = units_[k - 1].ordinal;
                    return;
                }
    }
    std::size_t left = k;
    int ordinal = 0;
    bool determiner = false;
    for (std::size_t steps = 0; left > 0 && steps < 6; ++steps) {
        const Unit& p = units_[left - 1];
        const std::string_view word = doc_.key(p.first);
        if (p.is(u_ordinal)) { ordinal = p.ordinal; --left; continue; }
        // ("told Lavrov that Beijing supports peace talks": "that" before a name opens a clause)
        if (p.word(w_determiner) && word == "that" && units_[left].is(u_cap)) break;
        if (p.word(w_determiner)) { determiner = true; --left; if (word != "such") break; continue; }
        // ("opened today's convening", "Monday's meeting": a day's possessive says which occasion)
        if (word == "'s" && left >= 2 && left == k &&
            (one_of(doc_.key(units_[left - 2].first), {"today", "yesterday", "tonight"}) ||
             weekday_from_name(doc_.key(units_[left - 2].first)) != 0)) {
            determiner = true;
            break;
        }
        // "Iran, U.S. end fourth round of talks": only a determiner comes before an ordinal
        if (ordinal && units_[left].is(u_ordinal)) break;
        // "the G20 summit", "a NATO summit": a name in front of the head is part of the event's name,
        // and the parties of a compound there qualify it ("the EU-Japan summit")
        // ("the COP30 climate conference": so is a code of capitals and digits)
        if (names_event_kind(left - 1)) {
            qualify_compound(--left);
            continue;
        }
        // ("the NATO-Ukraine Council meeting", "the Foreign Affairs Council meeting": so is a body read
        // by its head word, whose meeting it is)
        if (ordinal == 0 && !determiner && left == k) {
            const std::size_t body = agency_ending_at(left);
            if (body < left && units_[left - 1].is(u_cap)) {
                if (Mention* named = body_read_at(body)) named->qualifier = true;  // inside the event's name
                left = body;
                continue;
            }
        }
        // ("the Future Investment Initiative conference": ordinary words in capitals after "the" name it)
        if (ordinal == 0 && !determiner && left == k) {
            std::size_t run = left;
            while (run > 0 && left - run < 4 && units_[run - 1].is(u_cap) && units_[run - 1].is(u_common) &&
                   !units_[run - 1].is(u_title | u_title_mod | u_date | u_connector) && units_[run - 1].end == units_[run - 1].first + 1)
                --run;
            if (run < left && run > 0 && is_the(run - 1) && units_[run - 1].first > sentence_.first_token) {
                left = run;
                continue;
            }
        }
        // "the Asia-Pacific Economic Cooperation (APEC) summit": the body's short name in brackets
        if (left >= 4 && short_name_in_brackets(left - 1)) {
            left -= 3;
            continue;
        }
        // "the inaugural defence ministers' dialogue": a plural's possessive belongs to the description
        // (though "their countries' elections" are the countries')
        const Unit* owner = left >= 2 ? &units_[left - 2] : nullptr;
        if (p.is(u_possessive) && word != "'s" && owner && !owner->is(u_cap) && owner->is(u_common) &&
            !owner->word(w_function | w_phrase_ender) &&
            !one_of(doc_.key(owner->first), {"countries", "nations", "governments", "states", "peoples"})) {
            left -= 2;
            continue;
        }
        // "the second 2+2 ministerial dialogue": a format of so many ministers a side
        if (word == "+" && left >= 2 && ministers_format(left - 2)) {
            left -= 2;
            continue;
        }
        // "the second "2+2" security talks": the format in quotes
        if (word == "\"" && left >= 5 && ministers_format(left - 4) && doc_.key(units_[left - 5].first) == "\"") {
            left -= 5;
            continue;
        }
        // "the July 28 presidential election": a date before the description says which occasion
        if (p.is(u_date) && p.is(u_cap) && left < k && units_[left].is(u_number)) {
            --left;
            continue;
        }
        if (p.is(u_cap) || p.is(u_connector) || doc_.tokens[p.first].has(token_punct) || p.is(u_pronoun)) break;
        // ("The visit follows talks in Canberra": another event's head past a word between is another phrase)
        if (p.is(u_event) && left < k && !units_[left].is(u_event)) break;
        if (is_trigger(left - 1)) {  // "Iran and US hold fifth round of talks": a verb ends it
            // (named with its words as after a determiner)
            determiner = determiner || held_with_description(left, k);
            break;
        }
        // "the Turkish parliament after talks", "the leaders later had dinner": a preposition or a
        // verb ends it
        if (p.word(w_function | w_phrase_ender)) break;
        if (p.is(u_common | u_unknown | u_number) || doc_.tokens[p.first].has(token_hyphenated)) { --left; continue; }
        break;
    }
    // A bare participle ("officials meeting in Washington") also describes the event when a place follows.
    std::size_t place = end + 1;  // "talks in Geneva", "talks in the Kremlin"
    if (place + 1 < units_.size() && units_[place].is(u_the)) ++place;
    const bool place_follows = place < units_.size() && units_[end].is(u_place_prep) && units_[place].is(u_cap);
    // "three days of talks", "two weeks of negotiations": a span of a plural event noun is that event
    const bool span_of = left == k && k >= 2 && doc_.key(units_[k - 1].first) == "of" && span_of_time(doc_.key(units_[k - 2].first)) &&
                         ends_with(doc_.key(units_[k].end - 1), "s");
    if (!determiner && !ordinal && !place_follows && !span_of && !(left == k && held_with_quoted_words(k))) return;
    if (!determiner && !ordinal) {
        left = k;  // "officials meeting in Washington": just "meeting"
        // but a headline's "meet at Mercosur summit in Montevideo" keeps the name before it
        while (left > 0 && names_event_kind(left - 1)) qualify_compound(--left);
    }
    // "The China-US Counternarcotics Working Group held its third meeting": the named event's own
    // session, which numbers it
    if (ordinal && left < k && doc_.key(units_[left].first) == "its")
        if (Mention* owner = event_named_before(units_[left].first)) {
            if (!owner->ordinal) owner->ordinal = ordinal;
            return;
        }
    std::size_t first = left;
    while (first < k && (units_[first].word(w_determiner) && !units_[first].is(u_ordinal))) ++first;
    // "their sixth meeting this year" counts meetings: the number is no edition of the event, and
    // the mention is the meeting's description without it
    const bool counted = counts_occasions(end);
    if (counted)
        for (std::size_t p = first; p < k; ++p)
            if (units_[p].is(u_ordinal)) first = p + 1;
    // "the 12th meeting of the Vietnam-Japan Cooperation Committee": a body's own meeting, named by it
    const std::size_t owner_end = determiner && !counted ? body_after_of(end) : 0;
    Mention& m = add(first, owner_end ? owner_end : end, EntityType::event, owner_end ? MentionKind::name : MentionKind::description);
    if (owner_end) {
        m.name = surface(first, owner_end);
        // "the fourth meeting of their Nuclear Consultative Group" is the group's, whoever "they" are
        for (std::string_view owner : {" of their ", " of its "})
            if (const auto at = m.name.find(owner); at != std::string::npos) m.name.replace(at, owner.size(), " of the ");
    }
    m.event_class = units_[k].event->value;
    if (counted) return;
    m.ordinal = ordinal;
    for (std::size_t p = first; p < end; ++p)
        if (units_[p].is(u_ordinal) && !m.ordinal) m.ordinal = units_[p].ordinal;
}

std::size_t SentenceReader::body_after_of(std::size_t u) {
    if (u + 1 >= units_.size() || doc_.key(units_[u].first) != "of") return 0;
    std::size_t c = u + 1;
    // ("the second meeting of their Trade and Technology Council")
    if (units_[c].is(u_the) || one_of(doc_.key(units_[c].first), {"their", "its"})) ++c;
    Mention* body = c < units_.size() ? body_read_at(c) : nullptr;
    if (!body) return 0;
    // a body that meets, not a government or an office ("a meeting of the White House", "of Congress")
    // (its head before a field: "the Joint Liaison Group on Law Enforcement Cooperation", "the Council
    // of the European Union")
    std::string_view head = body->name;
    for (std::string_view field : {" on ", " for ", " of "})
        if (const auto at = head.find(field); at != std::string_view::npos) head = head.substr(0, at);
    const std::string_view last = head.substr(head.find_last_of(' ') + 1);
    if (!one_of(to_lower_ascii(last), {"committee", "council", "commission", "group", "force", "board", "bank", "fund",
                                       "forum", "assembly", "organization", "organisation", "platform", "mechanism",
                                       "caucus", "cabinet", "conference", "triangle", "quartet", "quad", "club",
                                       "alliance", "coalition", "eurogroup"}))
        return 0;
    // ("the upcoming virtual meeting of G7 partners": a meeting of the body's members, which it does not name)
    const std::size_t past = unit_past(*body, c);
    if (!ends_phrase(past)) return 0;
    body->qualifier = true;  // inside the meeting's name, as a country is inside "the U.S.-China Dialogue"
    return past;
}

Mention* SentenceReader::event_named_before(std::uint32_t token) {
    Mention* last = nullptr;
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        Mention& mention = doc_.mentions[m];
        if (mention.first_token < token && mention.type == EntityType::event && mention.kind == MentionKind::name &&
            (!last || mention.first_token > last->first_token))
            last = &mention;
    }
    return last;
}

bool SentenceReader::counts_occasions(std::size_t k) const {
    auto key = [&](std::size_t i) { return i < units_.size() ? doc_.key(units_[i].first) : std::string_view(); };
    if (key(k) == "this") return span_of_time(key(k + 1));
    // "its first meeting as a full member", "her first visit as prime minister": in a role
    if (key(k) == "as")
        return one_of(key(k + 1), {"a", "an"}) || (k + 1 < units_.size() && units_[k + 1].is(u_title)) ||
               schema_.in_category(key(k + 1), LexCategory::title);
    if (key(k) != "in") return false;
    for (std::size_t i = k + 1; i < units_.size() && i <= k + 4 && !units_[i].is(u_cap); ++i)
        if (span_of_time(key(i))) return true;
    return false;
}

}  // namespace kg::recognition
