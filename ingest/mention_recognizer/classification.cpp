#include "ingest/mention_recognizer/sentence_reader.hpp"

#include <algorithm>

#include "ingest/date_parser.hpp"
#include "ingest/text.hpp"
#include "ingest/word_hash.hpp"

namespace kg::recognition {

namespace {

/// Words that link the parts of a name ("Secretary of State", "Bosnia and Herzegovina"); the name
/// particles ("von der Leyen") link too.
constexpr std::string_view connector_words[] = {"of", "for", "on", "to", "the", "and", "y"};
/// Words after which a noun phrase has ended (so the word before was its head).
constexpr std::string_view phrase_enders[] = {
    "of", "in", "on", "at", "with", "between", "from", "for", "to", "and", "or", "but", "was", "is", "were", "are",
    "has", "had", "have", "will", "would", "that", "which", "who", "since", "after", "before", "during", "by", "as",
    "also", "this", "last", "next", "on", "when", "where", "while", "could", "should", "can", "may", "did", "does",
    "mechanism", "along", "alongside", "together", "amid", "ahead", "against", "about", "over", "via", "including",
    "later", "earlier", "today", "yesterday", "tonight", "tomorrow", "here", "there",
    // verbs that follow an event as its subject ("the EU-Japan summit took place in Tokyo") or that
    // describe it ("a reception hosted by the High Commissioner", "talks held in Geneva")
    "took", "takes", "opened", "opens", "began", "begins", "ended", "ends", "concluded", "closed", "focused",
    "produced", "yielded", "marked", "came", "comes", "followed", "hosted", "held", "organized", "organised",
    "chaired", "co-chaired", "convened", "led", "dominated", "overshadowed", "mediated", "brokered", "sponsored",
    "involving", "featuring", "aimed", "scheduled", "planned", "due", "resumed", "resume", "resumes", "continued",
    "stalled", "collapsed", "failed", "lasted", "centred", "centered",
    // verbs that follow a subject ("the emir also met", "the president then spoke", "the ministry said")
    "then", "met", "received", "welcomed", "thanked", "arrived", "spoke", "urged", "stressed", "visited",
    "travelled", "traveled", "signed", "agreed", "attended", "expressed", "reiterated", "discussed", "briefed",
    "announced", "noted", "pledged", "called", "warned", "praised"};
/// Capitalised at the start of a clause, never part of a name.
constexpr std::string_view function_words[] = {
    "as", "in", "on", "at", "by", "for", "the", "a", "an", "it", "if", "but", "and", "or", "this", "that", "these",
    "those", "with", "from", "to", "of", "after", "before", "during", "while", "when", "where", "since", "today",
    "yesterday", "tomorrow", "also", "both", "all", "each", "every", "other", "another", "such", "our", "we", "i",
    "his", "her", "their", "its", "my", "your", "he", "she", "they", "there", "here", "what", "which", "who", "how",
    "why", "then", "thus", "however", "meanwhile", "yet", "so", "not", "no", "yes", "following", "according",
    "some", "many", "most", "several", "few", "any"};
constexpr std::string_view determiners[] = {"the", "a", "an", "this", "that", "their", "his", "her", "its", "our",
                                            "these", "those", "both", "each", "every", "another", "such", "next",
                                            "last", "first"};
constexpr std::string_view description_org_heads[] = {"ministry", "department", "agency", "bureau", "administration",
                                                      "council", "commission", "office", "embassy", "secretariat", "committee"};
/// Words that end the name of a document, not a person's: "the Cross-Servicing Agreement", "the Abraham Accords".
constexpr std::string_view document_heads[] = {
    "agreement", "agreements", "treaty", "accord", "accords", "act", "pact", "compact", "declaration", "protocol",
    "charter", "memorandum", "initiative", "strategy", "framework", "plan", "programme", "program", "bill",
    "communique", "communiqué", "roadmap", "resolution", "doctrine", "principles", "guidelines", "deal"};


/// One lookup per unit: chunking asks about the same words again and again, and a scan of
/// the lists each time cost 4% of the whole ingest.
std::uint8_t word_classes(std::string_view key, std::size_t hash) {
    static const auto table = [] {
        WordMap<std::uint8_t> t;
        auto mark = [&t](const auto& list, std::uint8_t bit) {
            for (std::string_view w : list) t[w] |= bit;
        };
        mark(connector_words, w_connector);
        mark(name_particles, w_connector);
        mark(name_particles, w_particle);
        mark(phrase_enders, w_phrase_ender);
        mark(function_words, w_function);
        mark(determiners, w_determiner);
        mark(description_org_heads, w_org_head);
        mark(document_heads, w_document);
        return t;
    }();
    const auto found = table.find(key, hash);
    return found == table.end() ? 0 : found->second;
}

bool requires_capital(LexCategory c) {
    switch (c) {
        case LexCategory::country: case LexCategory::demonym: case LexCategory::place: case LexCategory::agency:
        case LexCategory::title: case LexCategory::title_mod: case LexCategory::honorific: case LexCategory::org_head:
        case LexCategory::venue_head: case LexCategory::name_suffix: case LexCategory::month: case LexCategory::weekday:
            return true;
        default:
            return false;
    }
}

}  // namespace

void SentenceReader::classify() {
    const std::size_t end = sentence_.end_token;
    for (std::size_t i = sentence_.first_token; i < end;) {
        // One hash for both tables, and one table for the dictionaries and the lexicon: each token
        // was hashed and looked up four times (callgrind: 4.8% of the build's instructions on 1k).
        const std::string_view key = doc_.key(i);
        const std::size_t hash = WordHash{}(key);
        const std::uint8_t words = word_classes(key, hash);
        const WordFacts& facts = schema_.word(key, hash);
        // ("South Africa-Nigeria": a compound may begin in this word; looked for only before a hyphenated one)
        const bool before_hyphenated = i + 1 < end && doc_.tokens[i + 1].has(token_hyphenated);
        Unit unit = before_hyphenated ? country_before_compound(i, end) : lexicon_unit(i, end, words, facts);
        if (unit.end == 0 && before_hyphenated) unit = lexicon_unit(i, end, words, facts);
        if (unit.end == 0) unit = word_unit(i, words, facts);
        unit.words = words;
        i = unit.end;
        units_.push_back(std::move(unit));
    }
}

bool SentenceReader::in_title_case() const {
    if (!doc_.in_headline(sentence_.first_token)) return false;
    std::size_t words = 0;
    for (const Unit& u : units_) {
        const Token& t = doc_.tokens[u.first];
        if (!t.has(token_word) || t.has(token_number)) continue;
        ++words;
        if (!u.is(u_cap) && !u.word(w_connector | w_function | w_determiner)) return false;
    }
    return words >= 4;
}

bool SentenceReader::continues_as_name(std::size_t next) const {
    if (next >= sentence_.end_token) return false;
    return capitalised(next) || one_of(doc_.key(next), {"'", "'s", "’", "’s"});
}

bool SentenceReader::all_caps_or_dotted(std::size_t token) const {
    const Token& t = doc_.tokens[token];
    return t.has(token_all_caps) || (t.has(token_capitalized) && doc_.key(t).find('.') != std::string_view::npos);
}

Unit SentenceReader::lexicon_unit(std::size_t i, std::size_t end, std::uint8_t words, const WordFacts& facts) {
    if (facts.lexicon_step == 0 || (facts.given && given_name_before_surname(i, end))) return {};
    PhraseMatcher::Match matches[8];
    const std::size_t n = schema_.lexicon().prefixes_after(doc_, i, end, facts.lexicon_step, matches, 8);
    for (std::size_t k = n; k-- > 0;) {
        Unit unit;
        unit.first = static_cast<std::uint32_t>(i);
        unit.end = static_cast<std::uint32_t>(i + matches[k].length);
        for (auto id : *matches[k].values) {
            const LexEntry& e = schema_.entry(id);
            if (requires_capital(e.category) && !capitalised(i)) continue;
            if (e.acronym && !all_caps_or_dotted(i)) continue;
            // "at 10:30 PM Modi left": the time's PM, not a prime minister
            if (e.acronym && e.category == LexCategory::title && i > sentence_.first_token && doc_.tokens[i - 1].has(token_number))
                continue;
            // "Dr. Sultan bin Ahmed Al Jaber": a title right before "bin" is a given name
            if (e.category == LexCategory::title && before_patronymic(i + matches[k].length - 1)) continue;
            // ("Amir Khan Muttaqi", "Ambassador Amir Saeid Iravani": so is "Amir" before a name, but for the Gulf's title)
            if (e.category == LexCategory::title && given_name_not_title(unit)) continue;
            // "the leaders" is a group; "the Leaders' Summit" is a name ("the two Ministers agreed" is
            // still a group: nothing of a name follows it)
            if (e.category == LexCategory::group && capitalised(i + matches[k].length - 1) &&
                continues_as_name(i + matches[k].length))
                continue;
            add_entry(unit, e);
        }
        if (unit.flags == 0) continue;
        unit.flags |= u_lexical;
        if (matches[k].length == 1) {
            classify_word(unit, doc_.key(i), facts);
            // "to" and "in" are lexicon words (place prepositions) and connectors inside names
            if ((words & w_connector) && !capitalised(i)) unit.flags |= u_connector;
        }
        if (capitalised(i)) unit.flags |= u_cap;
        return unit;
    }
    return {};
}

bool SentenceReader::given_name_before_surname(std::size_t i, std::size_t end) const {
    if (!capitalised(i) || i + 1 >= end) return false;
    // "Prime Minister of Israel Benjamin Netanyahu": the country of a title before its holder's name
    if (i > sentence_.first_token && one_of(doc_.key(i - 1), {"of", "for", "to", "in", "from"})) return false;
    const Token& next = doc_.tokens[i + 1];
    if (!next.has(token_word) || !next.has(token_capitalized) || next.has(token_all_caps)) return false;
    const WordFacts& surname = schema_.word(doc_.key(next));
    // ("Acting Secretary Chad Wolf": after a title, a surname that is also a word will do)
    const bool after_title = i > sentence_.first_token && doc_.tokens[i - 1].has(token_capitalized) &&
                             schema_.in_category(doc_.key(i - 1), LexCategory::title);
    return (!surname.common || after_title) && surname.lexicon_step == 0;
}

void SentenceReader::add_entry(Unit& unit, const LexEntry& e) const {
    switch (e.category) {
        case LexCategory::country: unit.flags |= u_country; unit.country = &e; break;
        case LexCategory::demonym: unit.flags |= u_demonym; if (!unit.country) unit.country = &e; break;
        case LexCategory::place: unit.flags |= u_place; unit.place = &e; break;
        case LexCategory::agency: unit.flags |= u_agency; unit.agency = &e; break;
        case LexCategory::title:
            unit.flags |= u_title;
            unit.rank = unit.rank || e.marked("rank");
            unit.corporate = unit.corporate || e.marked("corporate");
            unit.regnal = unit.regnal || e.marked("regnal");
            unit.inner = unit.inner || e.marked("inner");
            break;
        case LexCategory::title_mod: unit.flags |= u_title_mod; break;
        case LexCategory::honorific: unit.flags |= u_honorific; unit.honorific = &e; break;
        case LexCategory::org_head:
            unit.flags |= u_org;
            unit.company = unit.company || e.marked("company");
            unit.alone = unit.alone || e.marked("alone");
            break;
        case LexCategory::venue_head:
            unit.flags |= u_venue;
            unit.leads = unit.leads || e.marked("leads") || e.marked("vessel");
            unit.vessel = unit.vessel || e.marked("vessel");
            break;
        case LexCategory::event_head: unit.flags |= u_event; unit.event = &e; break;
        case LexCategory::ordinal: unit.flags |= u_ordinal; unit.ordinal = e.number; break;
        case LexCategory::month: if (dates_with_month(unit)) unit.flags |= u_date; break;
        case LexCategory::weekday: unit.flags |= u_date; break;
        case LexCategory::pronoun:
            // ("represented by He, also a member of ...": inside a sentence, a capital "He" is He Lifeng's surname)
            if (surname_not_pronoun(unit)) {
                unit.flags |= u_proper | u_cap;
                break;
            }
            unit.flags |= u_pronoun;
            unit.pronoun = &e;
            break;
        case LexCategory::group: unit.flags |= u_group; unit.group = &e; break;
        case LexCategory::role: unit.flags |= u_role; break;
        case LexCategory::speech: unit.flags |= u_speech; break;
        case LexCategory::place_prep: unit.flags |= u_place_prep; break;
        case LexCategory::name_suffix: unit.flags |= u_suffix; unit.post_nominal = e.value == "post_nominal"; break;
    }
}

bool SentenceReader::dates_with_month(const Unit& unit) const {
    std::string_view key = doc_.key(unit.end - 1);
    if (!key.empty() && key.back() == '.') key.remove_suffix(1);
    const auto number = [&](std::uint32_t t) { return t < sentence_.end_token && doc_.tokens[t].has(token_number); };
    // "Theresa May": a month's name after a given name, with no day after it, is a surname
    if (key == "may" && unit.first > sentence_.first_token && doc_.tokens[unit.first - 1].has(token_capitalized) &&
        !schema_.word(doc_.key(unit.first - 1)).common && !number(unit.end))
        return false;
    // "Foreign Affairs Minister January Makamba", "Senator June Smith": after a title and before a
    // capitalised word, with no day or year on either side, a month's name is a given name
    const auto capitalised_word = [&](std::uint32_t t) {
        return t < sentence_.end_token && doc_.tokens[t].has(token_capitalized) && !doc_.tokens[t].has(token_number) &&
               month_from_name(doc_.key(t)) == 0 && weekday_from_name(doc_.key(t)) == 0;
    };
    // ("Tanzania's Minister for Foreign Affairs and East African Cooperation, January Makamba": or after
    // the comma that sets off an office in capitals)
    const auto after_title = [&](std::uint32_t t) {
        if (schema_.in_category(doc_.key(t), LexCategory::title)) return true;
        return doc_.key(t) == "," && t > sentence_.first_token && doc_.tokens[t - 1].has(token_capitalized) &&
               !doc_.tokens[t - 1].has(token_number) && month_from_name(doc_.key(t - 1)) == 0 &&
               weekday_from_name(doc_.key(t - 1)) == 0;
    };
    if (unit.end - unit.first == 1 && unit.first > sentence_.first_token && after_title(unit.first - 1) &&
        capitalised_word(unit.end) && !number(unit.end + 1))
        return false;
    if (unit.end - unit.first > 1 || !is_month_abbreviation(key)) return true;  // "January", "June", "May"
    // "Jan. 5", "5 Jan", "Jan 2025"; not "Czech Foreign Minister Jan Lipavsky" nor "Defense Minister Dong Jun."
    const std::uint32_t next = unit.end < sentence_.end_token && doc_.key(unit.end) == "." ? unit.end + 1 : unit.end;
    return number(next) || (unit.first > sentence_.first_token && number(unit.first - 1));
}

bool SentenceReader::acronym_plural(std::string_view text) {
    return text.size() >= 3 && text.back() == 's' &&
           std::all_of(text.begin(), text.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool SentenceReader::before_patronymic(std::size_t token) const {
    return token + 1 < sentence_.end_token && one_of(doc_.key(token + 1), {"bin", "bint", "ibn"});
}

Unit SentenceReader::word_unit(std::size_t i, std::uint8_t words, const WordFacts& facts) {
    Unit unit;
    unit.first = static_cast<std::uint32_t>(i);
    unit.end = static_cast<std::uint32_t>(i + 1);
    const Token& t = doc_.tokens[i];
    const std::string_view key = doc_.key(t);
    if (t.has(token_hyphenated) && party_tag_at(i)) return unit;  // names nothing itself
    if (capitalised(i)) unit.flags |= u_cap;
    if (t.has(token_possessive)) { unit.flags |= u_possessive; return unit; }
    if (key == "–" || key == "—" || key == "-") { unit.flags |= u_dash; return unit; }
    if (key == ",") { unit.flags |= u_comma; return unit; }
    if (t.has(token_punct)) return unit;
    if (t.has(token_number)) {
        unit.flags |= u_number;
        if ((unit.ordinal = numeric_ordinal(key))) unit.flags |= u_ordinal;  // "the 30th EU-Japan summit"
        return unit;
    }
    if (words & w_connector) {
        unit.flags |= u_connector;
        if (key == "and") unit.flags |= u_and;
        if (key == "the") unit.flags |= u_the;
        // A capitalised "The" or "And" is not a connector inside names; nor is a particle that begins one,
        // after no name ("met with Le Hoai Trung", "Senator Van Hollen"; not "Marine Le Pen")
        // (the Vietnamese surname "Le" before two more names, Dutch and German particles; "El Paso",
        // "La Liga" stay places and clubs)
        const bool opens = i == sentence_.first_token || !capitalised(i - 1) || !doc_.tokens[i - 1].has(token_word);
        const bool begins_name = (words & w_particle) && capitalised(i) && opens && i + 1 < sentence_.end_token && capitalised(i + 1) &&
                                 ((key == "le" && i + 2 < sentence_.end_token && capitalised(i + 2)) || key == "van" || key == "von");
        if (capitalised(i) && (!(words & w_particle) || begins_name)) unit.flags &= ~(u_connector | u_and | u_the);
        if (unit.is(u_connector)) return unit;
    }
    if (key.size() == 2 && key[1] == '.' && capitalised(i)) { unit.flags |= u_initial; return unit; }
    // "S. Korea, Japan FMs agree", "CEOs", "MPs": an acronym's plural is a common noun, no name
    if (acronym_plural(doc_.text(t))) {
        unit.flags = (unit.flags & ~u_cap) | u_common;
        return unit;
    }
    // "the Seventy-eighth World Health Assembly", "the 20th National Congress"
    if ((unit.ordinal = spelled_ordinal(key)) || (unit.ordinal = numeric_ordinal(key))) {
        unit.flags |= u_ordinal | u_common;
        return unit;
    }
    if (t.has(token_hyphenated) && article_and_name(t)) { unit.flags |= u_cap | u_unknown; return unit; }
    if (t.has(token_hyphenated) && read_compound(unit, i)) return unit;
    classify_word(unit, key, facts);
    // "Sultan bin Ahmed", "Amir bin Salman": a capitalised word right before "bin" is a given name
    if (unit.is(u_cap) && before_patronymic(i)) unit.flags |= u_proper;
    if (unit.is(u_cap) && given_name_not_title(unit)) unit.flags |= u_proper;  // "Amir Khan Muttaqi"
    return unit;
}

bool SentenceReader::given_name_not_title(const Unit& unit) const {
    const std::uint32_t t = unit.first;
    if (unit.end != t + 1 || !one_of(doc_.key(t), {"amir", "emir"}) || !doc_.tokens[t].has(token_capitalized)) return false;
    // the Gulf's title ("Call with Amir Tamim bin Hamad Al Thani", "the Amir Sheikh Mishal"), unless another
    // office comes right before it: one holder has no two ("acting foreign minister Amir Khan Muttaqi",
    // "UN Ambassador Amir Saeid Iravani")
    if (t <= sentence_.first_token || t + 1 >= sentence_.end_token) return false;
    const std::string_view before = doc_.key(t - 1);
    // ("Iran's ambassador, Amir Saeid Iravani,": or an envoy's office set off before it; no emir is an envoy)
    // ("Iran's ambassador to the United Nations, Amir Saeid Iravani,": past the office's complement)
    bool envoy_set_off = false;
    if (before == ",")
        for (std::uint32_t u = t - 1; u > sentence_.first_token && u + 8 > t && !envoy_set_off;) {
            --u;
            envoy_set_off = schema_.is_posting_title(doc_.key(u));
            if (!doc_.tokens[u].has(token_capitalized) && !one_of(doc_.key(u), {"to", "of", "the", "for"}) && !envoy_set_off) break;
        }
    if (!envoy_set_off &&
        (one_of(before, {"highness", "majesty", "deputy", "crown"}) || !schema_.in_category(before, LexCategory::title)))
        return false;
    const std::string_view next = doc_.key(t + 1);
    return !one_of(next, {"sheikh", "shaikh", "of", ",", "."}) && doc_.tokens[t + 1].has(token_capitalized);
}

bool SentenceReader::surname_not_pronoun(const Unit& unit) const {
    const std::uint32_t t = unit.first;
    if (unit.end != t + 1 || t <= sentence_.first_token || !doc_.tokens[t].has(token_capitalized)) return false;
    if (one_of(doc_.key(t - 1), {"\"", "“", "'", ":", "(", "—", "–", "-", "--"})) return false;
    // (a person named before with the word first: "He Lifeng"; rare enough to look for here)
    const std::string_view word = doc_.key(t);
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
        return m.type == EntityType::person && m.kind == MentionKind::name && m.end_token - m.first_token >= 2 &&
               m.first_token < t && doc_.key(m.first_token) == word;
    });
}

bool SentenceReader::is_known_surname(std::string_view key) const {
    return std::find(surnames_.begin(), surnames_.end(), key) != surnames_.end();
}

void SentenceReader::remember_surnames() {
    for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
        const Mention& mention = doc_.mentions[m];
        if (mention.type != EntityType::person || mention.kind != MentionKind::name) continue;
        const std::size_t words = mention.end_token - mention.first_token;
        if (words < 2 || words > 4 || !capitalised(mention.end_token - 1)) continue;
        const std::string_view first = doc_.key(mention.first_token);
        const WordFacts& given = schema_.word(first);
        // ("To Lam" begins with a dictionary word, and was read as a name by after_lower_case_word)
        if ((!given.proper || given.common) && mention.position.empty() && !one_of(first, {"to", "he"})) continue;
        const std::string_view last = doc_.key(mention.end_token - 1);
        if (!is_known_surname(last)) surnames_.push_back(last);
        // "Xi Jinping ... Biden met Xi": a family name may come first, before a given name no
        // dictionary knows ("He Lifeng" does not make every "He" a name)
        const WordFacts& second = schema_.word(last);
        if (words == 2 && first.size() <= 4 && !second.common && !second.proper && !second.given &&
            !is_known_surname(first) && !first_unit_is_function_word(mention.first_token))
            surnames_.push_back(first);
    }
}

bool SentenceReader::first_unit_is_function_word(std::uint32_t token) const {
    const std::size_t u = unit_at_token(token);
    return u < units_.size() && units_[u].word(w_function | w_determiner | w_connector);
}

bool SentenceReader::article_and_name(const Token& t) const {
    const std::string_view text = doc_.text(t);
    const auto dash = text.find('-');
    if (dash == std::string_view::npos || dash + 1 >= text.size() || !(text[dash + 1] >= 'A' && text[dash + 1] <= 'Z'))
        return false;
    const std::string_view article = text.substr(0, dash);
    for (std::string_view a : {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"})
        if (article == a) return true;
    return false;
}

void SentenceReader::classify_word(Unit& unit, std::string_view key, const WordFacts& facts) const {
    std::string_view word = key;
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    bool common = facts.common, proper = facts.proper || facts.given;
    if (word.size() != key.size() || word.find('-') != std::string_view::npos) {
        // Hyphenated words are common when every part is ("High-Level").
        common = true, proper = false;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= word.size(); ++k) {
            if (k < word.size() && word[k] != '-') continue;
            const std::string_view part_key = word.substr(start, k - start);
            const WordFacts& part = schema_.word(part_key);
            // ("Bi-National", "Co-Chairs": a prefix the dictionary lists as no word of its own)
            common = common && (part.common || (k < word.size() && one_of(part_key, {"bi", "tri", "co", "multi", "inter", "pan", "non", "sub"})));
            proper = proper || part.proper;
            start = k + 1;
        }
    }
    bool has_digit = false;
    for (char c : word) has_digit |= c >= '0' && c <= '9';
    if (has_digit) { unit.flags |= u_common; return; }
    // "Emmanuel Macron ... Earlier, Macron attended": a surname that is a word too ("macron", "rice")
    if (common && !proper && capitalised(unit.first) && is_known_surname(key)) proper = true, common = false;
    if (common) unit.flags |= u_common;
    if (proper) unit.flags |= u_proper;
    if (!common && !proper) unit.flags |= u_unknown;
}

bool SentenceReader::names_parties(std::size_t u) const {
    const auto& parts = units_[u].parts;
    return units_[u].is(u_compound) && std::any_of(parts.begin(), parts.end(), [](const CompoundPart& p) {
               return p.entry->category != LexCategory::demonym;
           });
}

const LexEntry* SentenceReader::compound_party(const std::vector<std::uint32_t>& entries, std::string_view part_text) const {
    const LexEntry* found = nullptr;
    for (auto id : entries) {
        const LexEntry& e = schema_.entry(id);
        if (e.category != LexCategory::country && e.category != LexCategory::demonym && e.category != LexCategory::agency)
            continue;
        const bool caps = part_text.size() > 1 && std::all_of(part_text.begin(), part_text.end(), [](char c) {
            return !(c >= 'a' && c <= 'z');
        });
        if (e.acronym && !caps) continue;
        if (!part_text.empty() && !(part_text[0] >= 'A' && part_text[0] <= 'Z')) continue;
        found = &e;
    }
    return found;
}

Unit SentenceReader::country_before_compound(std::size_t i, std::size_t end) {
    Unit unit;
    if (i + 1 >= end || doc_.tokens[i].has(token_hyphenated) || !capitalised(i)) return unit;
    unit.first = static_cast<std::uint32_t>(i);
    unit.end = static_cast<std::uint32_t>(i + 2);
    if (!read_compound(unit, i + 1, /*lead=*/true)) unit.end = 0;
    return unit;
}

bool SentenceReader::read_compound(Unit& unit, std::size_t i, bool lead) {
    const Token& t = doc_.tokens[i];
    const std::string_view key = doc_.key(t);
    const std::string_view surface = doc_.text(t);
    std::vector<CompoundPart> parts;
    std::uint32_t unit_end = unit.end;
    std::size_t start = 0;
    for (std::size_t k = 0; k <= key.size(); ++k) {
        if (k < key.size() && key[k] != '-') continue;
        const auto part_key = key.substr(start, k - start);
        const auto part_text = surface.substr(start, k - start);  // keys and text align for ASCII hyphens
        if (key.size() != surface.size()) return false;
        std::uint32_t part_end = t.begin + static_cast<std::uint32_t>(k);
        // ("South Africa-Nigeria": the first party's name may begin in the word before)
        const LexEntry* found = lead && start == 0 ? compound_party(schema_.lexicon().exact({doc_.key(i - 1), part_key}), doc_.text(doc_.tokens[i - 1]))
                                                   : compound_party(schema_.lexicon().exact(part_key), part_text);
        if (lead && start == 0 && found && found->category != LexCategory::country) found = nullptr;
        // ("Franco-South African": a combining form stands before a hyphen)
        if (!found && k < key.size() && !(lead && start == 0) && !part_text.empty() && part_text[0] >= 'A' && part_text[0] <= 'Z')
            found = schema_.combining_form(part_key);
        // "Australia-New Zealand": the last party's name goes on into the next word
        const std::size_t next = i + 1;
        if (!found && k == key.size() && next < sentence_.end_token && capitalised(next)) {
            found = compound_party(schema_.lexicon().exact({part_key, doc_.key(next)}), part_text);
            // (a demonym after demonyms: "Franco-South African")
            const bool adjectives = !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const CompoundPart& p) {
                return p.entry->category == LexCategory::demonym;
            });
            if (found && found->category != LexCategory::country && !(adjectives && found->category == LexCategory::demonym))
                found = nullptr;
            if (found) {
                part_end = doc_.tokens[next].end;
                unit_end = static_cast<std::uint32_t>(next + 1);
            }
        }
        // ("Japan-China-Republic of Korea": or into the next two, "of" and a name)
        if (!found && k == key.size() && next + 1 < sentence_.end_token && doc_.key(next) == "of" && capitalised(next + 1)) {
            found = compound_party(schema_.lexicon().exact({part_key, doc_.key(next), doc_.key(next + 1)}), part_text);
            if (found && found->category != LexCategory::country) found = nullptr;
            if (found) {
                part_end = doc_.tokens[next + 1].end;
                unit_end = static_cast<std::uint32_t>(next + 2);
            }
        }
        if (!found) return false;
        const std::uint32_t part_begin = lead && start == 0 ? doc_.tokens[i - 1].begin : static_cast<std::uint32_t>(t.begin + start);
        parts.push_back({part_begin, part_end, found});
        start = k + 1;
    }
    const bool has_country = std::any_of(parts.begin(), parts.end(), [](const CompoundPart& p) {
        return p.entry->category != LexCategory::agency;
    });
    if (parts.size() < 2 || !has_country) return false;
    unit.end = unit_end;
    unit.flags |= u_compound | u_cap;
    unit.parts = std::move(parts);
    return true;
}

}  // namespace kg::recognition
