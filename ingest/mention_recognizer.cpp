#include "ingest/mention_recognizer.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>

#include "ingest/schema.hpp"
#include "ingest/text.hpp"
#include "ingest/word_hash.hpp"

namespace kg {
namespace {

enum UnitFlag : std::uint32_t {
    u_country = 1u << 0, u_demonym = 1u << 1, u_place = 1u << 2, u_agency = 1u << 3, u_title = 1u << 4,
    u_title_mod = 1u << 5, u_honorific = 1u << 6, u_org = 1u << 7, u_venue = 1u << 8, u_event = 1u << 9,
    u_ordinal = 1u << 10, u_date = 1u << 11, u_suffix = 1u << 12, u_connector = 1u << 13, u_possessive = 1u << 14,
    u_dash = 1u << 15, u_common = 1u << 16, u_proper = 1u << 17, u_unknown = 1u << 18, u_initial = 1u << 19,
    u_compound = 1u << 20, u_and = 1u << 21, u_the = 1u << 22, u_comma = 1u << 23, u_cap = 1u << 24,
    u_pronoun = 1u << 25, u_group = 1u << 26, u_role = 1u << 27, u_speech = 1u << 28, u_place_prep = 1u << 29,
    u_number = 1u << 30, u_lexical = 1u << 31,  // u_lexical: matched a gazetteer or lexicon phrase
};
constexpr std::uint32_t u_namey = u_proper | u_unknown | u_initial;
constexpr std::uint32_t u_countryish = u_country | u_demonym | u_compound;

/// A country or organisation named inside a hyphenated compound ("US-China", "EU-Japan").
struct CompoundPart {
    std::uint32_t begin, end;  // bytes
    const LexEntry* entry;     // a country, demonym or agency
};

/// One lexicon match or one token, with everything the grammar needs to know about it.
struct Unit {
    std::uint32_t first = 0, end = 0;  // tokens
    std::uint32_t flags = 0;
    const LexEntry* country = nullptr;  // country or demonym
    const LexEntry* place = nullptr;
    const LexEntry* agency = nullptr;
    const LexEntry* event = nullptr;
    const LexEntry* honorific = nullptr;
    const LexEntry* group = nullptr;
    const LexEntry* pronoun = nullptr;
    int ordinal = 0;
    bool rank = false;       // a title that is a military or clerical rank ("Admiral", "Cardinal")
    bool corporate = false;  // a company's officer ("CEO", "Chief Executive")
    bool regnal = false;     // a sovereign's or pope's title ("King", "Pope")
    bool inner = false;      // a title that may stand inside a name ("Hassan Sheikh Mohamud")
    bool post_nominal = false;  // letters after a name that are not part of it ("MP", "QC")
    bool leads = false;      // a place's head that may come first ("Lake Chad", "Gulf of Aden")
    bool company = false;    // an organisation's head that a company or foundation has ("Corporation")
    bool alone = false;      // an organisation's head that alone names the body named before ("the Commission")
    std::uint8_t words = 0;  // WordClass bits of the first token
    std::vector<CompoundPart> parts;
    bool is(std::uint32_t f) const { return (flags & f) != 0; }
    bool word(std::uint8_t w) const { return (words & w) != 0; }
};

constexpr std::string_view connector_words[] = {"of", "for", "on", "to", "the", "and", "de", "da", "del", "van", "von",
                                                "bin", "bint", "ibn", "al", "el", "la", "le", "du", "der", "den", "y"};
constexpr std::string_view particles[] = {"de", "da", "del", "van", "von", "bin", "bint", "ibn",
                                          "al", "el", "la", "le", "du", "der", "den"};
/// Whether a word is written as romanised Japanese (Hepburn): syllables of an optional consonant
/// and a vowel, a doubled consonant or a syllabic "n" ("Kishida", "Toshimitsu", "Shinzo"). An
/// acronym ("DNI", "SRSG") or an English name ("Haines") is not.
bool romanised_japanese(std::string_view word) {
    static constexpr std::string_view onsets[] = {"ch", "sh", "ts", "ky", "gy", "ny", "hy", "by", "py", "my", "ry",
                                                  "j",  "k",  "g",  "s",  "z",  "t",  "d",  "n",  "h",  "b",  "p",
                                                  "m",  "y",  "r",  "w",  "f"};
    const std::string w = to_lower_ascii(word);
    auto vowel = [&](std::size_t k) { return k < w.size() && std::strchr("aiueo", w[k]) != nullptr; };
    for (std::size_t i = 0; i < w.size();) {
        std::size_t j = i;
        if (j + 1 < w.size() && w[j] == w[j + 1] && std::strchr("kstpc", w[j])) ++j;  // "Hokkaido", "Hattori"
        for (auto onset : onsets)
            if (w.compare(j, onset.size(), onset) == 0) {
                j += onset.size();
                break;
            }
        if (vowel(j)) i = j + 1;
        else if (w[i] == 'n' && j == i + 1) i = j;  // "Shinzo", "Ken"
        else return false;
    }
    return !w.empty();
}

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

/// Membership in the lists above, as bits.
enum WordClass : std::uint8_t {
    w_connector = 1, w_particle = 2, w_phrase_ender = 4, w_function = 8, w_determiner = 16, w_org_head = 32,
    w_document = 64,
};

/// One lookup per unit: chunking asks about the same words again and again, and a scan of
/// the lists each time cost 4% of the whole ingest.
std::uint8_t word_classes(std::string_view key, std::size_t hash) {
    static const auto table = [] {
        WordMap<std::uint8_t> t;
        auto mark = [&t](const auto& list, std::uint8_t bit) {
            for (std::string_view w : list) t[w] |= bit;
        };
        mark(connector_words, w_connector);
        mark(particles, w_particle);
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

/// Reads one sentence. Mentions are appended to the document.
class SentenceReader {
public:
    /// `surnames`: the last words of the people the article named before, in lower case.
    SentenceReader(Document& doc, const Schema& schema, std::uint32_t sentence_index, std::vector<std::string_view>& surnames)
        : doc_(doc), schema_(schema), index_(sentence_index), sentence_(doc.sentences[sentence_index]), surnames_(surnames) {}

    void read() {
        classify();
        title_case_ = in_title_case();
        for (std::size_t a = 0; a < units_.size();) {
            const std::size_t b = chunk_end(a);
            if (b > a) {
                interpret_chunk(a, b);
                a = b;
            } else {
                ++a;
            }
        }
        read_lower_case();
        read_national_lists();
        read_plural_titles();
        read_party_tags();
        remember_surnames();
    }

private:
    // ---- classification -------------------------------------------------------------
    void classify() {
        const std::size_t end = sentence_.end_token;
        for (std::size_t i = sentence_.first_token; i < end;) {
            // One hash for both tables, and one table for the dictionaries and the lexicon: each token
            // was hashed and looked up four times (callgrind: 4.8% of the build's instructions on 1k).
            const std::string_view key = doc_.key(i);
            const std::size_t hash = WordHash{}(key);
            const std::uint8_t words = word_classes(key, hash);
            const WordFacts& facts = schema_.word(key, hash);
            Unit unit = lexicon_unit(i, end, words, facts);
            if (unit.end == 0) unit = word_unit(i, words, facts);
            unit.words = words;
            i = unit.end;
            units_.push_back(std::move(unit));
        }
    }

    /// "President Donald J. Trump Launches New Plan": a headline in title case capitalises its verbs
    /// and nouns too, so there an ordinary capitalised word does not continue a name. Only small
    /// function words ("of", "to", "the") stay in lower case in such a line. Only the headline:
    /// a list of participants ("Aaron Rouse, Virginia State Senator") is capitalised throughout too.
    bool in_title_case() const {
        const Article& article = doc_.article;
        const bool headline = doc_.tokens[sentence_.first_token].begin < article.title.size() &&
                              article.char_offset == 0 && starts_with(article.text, article.title);
        if (!headline) return false;
        std::size_t words = 0;
        for (const Unit& u : units_) {
            const Token& t = doc_.tokens[u.first];
            if (!t.has(token_word) || t.has(token_number)) continue;
            ++words;
            if (!u.is(u_cap) && !u.word(w_connector | w_function | w_determiner)) return false;
        }
        return words >= 4;
    }

    bool capitalised(std::size_t token) const { return doc_.tokens[token].capitalised(); }
    /// Whether the token after a capitalised phrase carries a name on: a possessive ("Leaders' Summit")
    /// or another capitalised word ("Two Leaders Meeting").
    bool continues_as_name(std::size_t next) const {
        if (next >= sentence_.end_token) return false;
        return capitalised(next) || one_of(doc_.key(next), {"'", "'s", "’", "’s"});
    }

    bool all_caps_or_dotted(std::size_t token) const {
        const Token& t = doc_.tokens[token];
        return t.has(token_all_caps) || (t.has(token_capitalized) && doc_.key(t).find('.') != std::string_view::npos);
    }

    Unit lexicon_unit(std::size_t i, std::size_t end, std::uint8_t words, const WordFacts& facts) {
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

    /// "Israel Katz", "Jordan Bardella": a given name that is a country or a place too, right before a
    /// capitalised word that neither the dictionary nor the lexicon has, begins a person's name.
    bool given_name_before_surname(std::size_t i, std::size_t end) const {
        if (!capitalised(i) || i + 1 >= end) return false;
        // "Prime Minister of Israel Benjamin Netanyahu": the country of a title before its holder's name
        if (i > sentence_.first_token && one_of(doc_.key(i - 1), {"of", "for", "to", "in", "from"})) return false;
        const Token& next = doc_.tokens[i + 1];
        if (!next.has(token_word) || !next.has(token_capitalized) || next.has(token_all_caps)) return false;
        const WordFacts& surname = schema_.word(doc_.key(next));
        return !surname.common && surname.lexicon_step == 0;
    }

    static void add_entry(Unit& unit, const LexEntry& e) {
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
            case LexCategory::venue_head: unit.flags |= u_venue; unit.leads = unit.leads || e.marked("leads"); break;
            case LexCategory::event_head: unit.flags |= u_event; unit.event = &e; break;
            case LexCategory::ordinal: unit.flags |= u_ordinal; unit.ordinal = e.number; break;
            case LexCategory::month: case LexCategory::weekday: unit.flags |= u_date; break;
            case LexCategory::pronoun: unit.flags |= u_pronoun; unit.pronoun = &e; break;
            case LexCategory::group: unit.flags |= u_group; unit.group = &e; break;
            case LexCategory::role: unit.flags |= u_role; break;
            case LexCategory::speech: unit.flags |= u_speech; break;
            case LexCategory::place_prep: unit.flags |= u_place_prep; break;
            case LexCategory::name_suffix: unit.flags |= u_suffix; unit.post_nominal = e.value == "post_nominal"; break;
        }
    }

    static bool acronym_plural(std::string_view text) {
        return text.size() >= 3 && text.back() == 's' &&
               std::all_of(text.begin(), text.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
    }

    Unit word_unit(std::size_t i, std::uint8_t words, const WordFacts& facts) {
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
            // A capitalised "The" or "And" is not a connector inside names.
            if (capitalised(i) && !(words & w_particle)) unit.flags &= ~(u_connector | u_and | u_the);
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
        return unit;
    }

    bool is_known_surname(std::string_view key) const {
        return std::find(surnames_.begin(), surnames_.end(), key) != surnames_.end();
    }
    /// The last word of each person named here with a given name the dictionary knows ("Emmanuel
    /// Macron"), after a title ("General Secretary To Lam") or as "To Lam", for the sentences after. Without
    /// either, a list's "Women Deliver" would be a person too.
    void remember_surnames() {
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

    bool first_unit_is_function_word(std::uint32_t token) const {
        const std::size_t u = unit_at_token(token);
        return u < units_.size() && units_[u].word(w_function | w_determiner | w_connector);
    }

    /// "el-Sisi", "al-Sudani": an Arabic article joined to a capitalised name is a name, though it
    /// starts in lower case.
    bool article_and_name(const Token& t) const {
        const std::string_view text = doc_.text(t);
        const auto dash = text.find('-');
        if (dash == std::string_view::npos || dash + 1 >= text.size() || !(text[dash + 1] >= 'A' && text[dash + 1] <= 'Z'))
            return false;
        const std::string_view article = text.substr(0, dash);
        for (std::string_view a : {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"})
            if (article == a) return true;
        return false;
    }

    /// `facts` are the whole key's; a key with a full stop or hyphen is looked up again in parts.
    void classify_word(Unit& unit, std::string_view key, const WordFacts& facts) const {
        std::string_view word = key;
        if (!word.empty() && word.back() == '.') word.remove_suffix(1);
        bool common = facts.common, proper = facts.proper || facts.given;
        if (word.size() != key.size() || word.find('-') != std::string_view::npos) {
            // Hyphenated words are common when every part is ("High-Level").
            common = true, proper = false;
            std::size_t start = 0;
            for (std::size_t k = 0; k <= word.size(); ++k) {
                if (k < word.size() && word[k] != '-') continue;
                const WordFacts& part = schema_.word(word.substr(start, k - start));
                common = common && part.common;
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

    /// A compound that names parties ("U.S.-Israel"), not an origin in demonyms ("Salvadoran-American").
    bool names_parties(std::size_t u) const {
        const auto& parts = units_[u].parts;
        return units_[u].is(u_compound) && std::any_of(parts.begin(), parts.end(), [](const CompoundPart& p) {
                   return p.entry->category != LexCategory::demonym;
               });
    }

    /// The country, demonym or organisation among a compound part's entries, or null.
    const LexEntry* compound_party(const std::vector<std::uint32_t>& entries, std::string_view part_text) const {
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

    /// "US-China", "U.S.-Japan-ROK", "Sino-US": every part a country or demonym. An organisation
    /// may be a party too when a country is another ("EU-Japan summit", "ASEAN-China").
    bool read_compound(Unit& unit, std::size_t i) {
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
            const LexEntry* found = compound_party(schema_.lexicon().exact(part_key), part_text);
            // "Australia-New Zealand": the last party's name goes on into the next word
            const std::size_t next = i + 1;
            if (!found && k == key.size() && next < sentence_.end_token && capitalised(next)) {
                found = compound_party(schema_.lexicon().exact({part_key, doc_.key(next)}), part_text);
                if (found && found->category != LexCategory::country) found = nullptr;
                if (found) {
                    part_end = doc_.tokens[next].end;
                    unit_end = static_cast<std::uint32_t>(next + 1);
                }
            }
            if (!found) return false;
            parts.push_back({static_cast<std::uint32_t>(t.begin + start), part_end, found});
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

    // ---- chunks ---------------------------------------------------------------------
    bool content(std::size_t u) const {
        const Unit& unit = units_[u];
        if (surname_like_short_word(u)) return true;
        if (!unit.is(u_cap) || unit.is(u_date | u_pronoun | u_connector | u_possessive | u_number)) return false;
        if (!unit.is(u_lexical) && unit.word(w_function)) return false;  // the "As" of "As President Biden said"
        if (doc_.tokens[unit.first].has(token_punct)) return false;
        // A sentence's first word is capitalised anyway: ordinary words there name nothing.
        const bool first = unit.first == sentence_.first_token;
        // ... unless it starts a name: "Xi Jinping", "Conservative Party leader Kemi Badenoch"
        const bool body_next = u + 1 < units_.size() && units_[u + 1].is(u_org) && units_[u + 1].is(u_cap);
        if (first && !unit.is(u_lexical) && unit.is(u_common) && !unit.is(u_proper) && !short_surname_at(u) && !body_next)
            return false;
        if (first && unit.is(u_lexical) && !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod |
                                                    u_honorific | u_org | u_venue | u_event | u_ordinal))
            return false;
        if (unit.is(u_lexical) && !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod | u_honorific |
                                           u_org | u_venue | u_event | u_ordinal | u_suffix | u_role) &&
            !unit.is(u_namey | u_common))
            return false;
        return true;
    }

    /// "Vice Premier He Lifeng", "General Secretary To Lam", "Deputy Minister Le Thi Thu Hang": a
    /// capitalised pronoun or small word inside a sentence, between a title and a name, is a surname.
    /// ("General Secretary of the CPV Central Committee To Lam": after a title's body too)
    bool surname_like_short_word(std::size_t u) const {
        return ((capitalised_pronoun_inside(u) || capitalised_small_word_inside(u)) &&
                (units_[u - 1].is(u_title | u_org | u_agency) || after_lower_case_word(u)) && u + 1 < units_.size() &&
                units_[u + 1].is(u_namey | u_common) && units_[u + 1].is(u_cap) && !units_[u + 1].is(u_lexical) &&
                !units_[u + 1].word(w_function | w_connector)) ||
               pronoun_ending_name(u) || opens_with_named_person(u);
    }
    /// "To Lam arrived in Guangzhou" after "talks with To Lam": the sentence begins with a person the
    /// article named before, not with a preposition.
    bool opens_with_named_person(std::size_t u) const {
        return units_[u].first == sentence_.first_token && one_of(doc_.key(units_[u].first), {"to", "he"}) &&
               u + 1 < units_.size() && units_[u + 1].is(u_cap) && is_known_surname(doc_.key(units_[u + 1].first));
    }
    /// "held talks with To Lam", "met with He Lifeng": "To" and "He" capitalised right after a word in
    /// lower case begin a name. (Not "Le" or "La", which begin newspapers' names.)
    bool after_lower_case_word(std::size_t u) const {
        const Token& before = doc_.tokens[units_[u - 1].first];
        return !title_case_ && before.has(token_word) && !before.has(token_capitalized) && !before.has(token_all_caps) &&
               one_of(doc_.key(units_[u].first), {"to", "he"});
    }
    /// "Liu He": a capitalised "He" inside a sentence, right after a name's word, ends the name.
    bool pronoun_ending_name(std::size_t u) const {
        return capitalised_pronoun_inside(u) && !title_case_ && doc_.key(units_[u].first) == "he" &&
               units_[u - 1].is(u_cap) && units_[u - 1].is(u_namey) && !units_[u - 1].is(u_lexical);
    }
    /// "To", "Le", "Van" written with a capital where the sentence does not begin, outside a headline.
    bool capitalised_small_word_inside(std::size_t u) const {
        const Unit& unit = units_[u];
        return unit.is(u_cap) && unit.word(w_connector) && doc_.key(unit.first).size() <= 3 &&
               !unit.is(u_countryish | u_place | u_agency | u_title | u_title_mod | u_org | u_event | u_date) &&
               !title_case_ && u > 0 && unit.first != sentence_.first_token;
    }
    /// A pronoun written with a capital where the sentence does not begin, after another unit.
    bool capitalised_pronoun_inside(std::size_t u) const {
        const Unit& unit = units_[u];
        return unit.is(u_pronoun) && unit.is(u_cap) && unit.first != sentence_.first_token && u > 0;
    }

    bool chunk_has(std::size_t a, std::size_t b, std::uint32_t flags) const {
        for (std::size_t k = a; k < b; ++k)
            if (units_[k].is(flags)) return true;
        return false;
    }

    /// The run of content units after `from` up to the next non-content unit.
    std::size_t content_run_end(std::size_t from) const {
        std::size_t k = from;
        while (k < units_.size() && content(k)) ++k;
        return k;
    }

    std::size_t chunk_end(std::size_t a) const {
        if (!content(a)) return a;
        std::size_t b = a + 1;
        // "(UK) Science, Innovation and Technology Secretary X": the series and the title are one chunk
        std::size_t series = a;
        if (units_[series].is(u_countryish) && series + 1 < units_.size()) ++series;
        if (units_[series].is(u_possessive) && series + 1 < units_.size()) ++series;
        const std::size_t last_field = last_field_of_series(series, units_.size());
        if (last_field != SIZE_MAX) b = last_field;
        while (b < units_.size()) {
            if (content(b)) { ++b; continue; }
            const Unit& u = units_[b];
            const bool next_content = b + 1 < units_.size() && content(b + 1);
            if (u.is(u_possessive) && next_content) { b += 1; continue; }
            // "Foreign Minister Senator the Hon Penny Wong": a style after "the" inside the name
            if (u.is(u_the) && next_content && units_[b + 1].is(u_honorific)) { ++b; continue; }
            if (u.is(u_dash) && next_content && units_[b - 1].is(u_country) && units_[b + 1].is(u_country)) { ++b; continue; }
            // "the U.S.-India 2+2 Ministerial Dialogue"
            if (ministers_format(b) && b + 3 < units_.size() && content(b + 3)) { b += 3; continue; }
            // "National Oceanic and Atmospheric Administration": plain words joined by "and" before a body's head
            if (u.is(u_and) && plain_capital(b - 1) && and_joins_body_name(b + 1)) { ++b; continue; }
            // "Texas A&M University", "Centers for Medicare & Medicaid Services": "&" inside a name
            if (ampersand(b) && plain_capital(b - 1) && next_content && plain_capital(b + 1)) { ++b; continue; }
            if (u.is(u_comma) && b + 1 < units_.size() && units_[b + 1].is(u_suffix)) { b += 2; continue; }
            if (u.is(u_comma) && in_complement(a, b) && continues_field_series(b + 1, units_.size())) { ++b; continue; }
            if (b + 3 < units_.size() && content(b + 3) && units_[b + 3].is(u_event) && short_name_in_brackets(b + 2)) {
                b += 4;
                continue;
            }
            if (u.is(u_connector) && !u.is(u_and) && !u.is(u_the)) {
                // of / for / on / to (the)? Capitalised...
                std::size_t next = b + 1;
                if (next < units_.size() && units_[next].is(u_the)) ++next;
                next = after_particles(b, next);  // "von der Leyen", "de la Rosa"
                if (next < units_.size() && content(next)) { b = next; continue; }
                break;
            }
            if (u.is(u_and) && next_content && joins_across_and(a, b)) { ++b; continue; }
            break;
        }
        return b;
    }

    /// Whether units [a, b) end in an "of" or "for" complement ("Minister of Economy").
    bool in_complement(std::size_t a, std::size_t b) const {
        for (std::size_t k = b; k-- > a;) {
            if (!units_[k].is(u_connector)) continue;
            return one_of(doc_.key(units_[k].first), {"of", "for"});
        }
        return false;
    }

    /// "Ministry of Industry and Information Technology", "State Councilor and Minister ...":
    /// an "and" inside one name rather than between two.
    bool joins_across_and(std::size_t a, std::size_t b) const {
        // "the Assembly of Heads of State and Government": one pair, in many a summit's name
        if (b > a && doc_.key(units_[b - 1].first) == "state" && doc_.key(units_[b + 1].first) == "government" &&
            units_[b - 1].end - units_[b - 1].first == 1)
            return true;
        const std::size_t next_end = content_run_end(b + 1);
        const bool open_complement = [&] {
            for (std::size_t k = a; k < b; ++k)
                if (units_[k].is(u_connector) && !units_[k].is(u_the)) return true;
            return false;
        }();
        // a portfolio word ("and Technology") is plain too; a title is not. A name may follow the plain
        // words: "Minister for Agriculture, Fisheries and Forestry Murray Watt"
        // ("for Political and Peacebuilding Affairs Rosemary DiCarlo": a word the dictionary lacks before a
        // plain one is a field too)
        auto plain = [&](std::size_t k) {
            return units_[k].is(u_common) && !units_[k].is(u_proper | u_title) &&
                   !(units_[k].is(u_lexical) && !units_[k].is(u_title_mod));
        };
        auto unknown_before_plain = [&](std::size_t k) {
            return units_[k].is(u_unknown) && !units_[k].is(u_countryish | u_place | u_agency) && k + 1 < next_end &&
                   plain(k + 1);
        };
        std::size_t plain_end = b + 1;
        while (plain_end < next_end && (plain(plain_end) || unknown_before_plain(plain_end))) ++plain_end;
        const bool plain_words = plain_end == next_end || (plain_end > b + 1 && units_[plain_end].is(u_namey) && !units_[plain_end].is(u_lexical));
        if (open_complement && plain_words && chunk_has(a, b, u_org | u_event | u_title)) return true;
        // "the Australia-China Foreign and Strategic Dialogue": plain words on both sides of an event's head;
        // "the Peace and Security Council": on both sides of a body's
        const bool body_field = units_[next_end - 1].is(u_org | u_agency) && field_and_before_body(b, next_end - 1);
        if (next_end > b + 1 && ((units_[next_end - 1].is(u_event) && plain_modifier(b - 1)) || body_field)) {
            bool modifiers = true;
            for (std::size_t k = b + 1; k + 1 < next_end; ++k) modifiers = modifiers && plain_modifier(k);
            if (modifiers) return true;
        }
        // titles joined by "and" before one name: "State Councilor and Minister of Public Security Guo";
        // a bare "President and First Lady Jill Biden" is two people
        const bool title_so_far = chunk_has(a, b, u_title) && (b - a >= 2 || units_[a].end - units_[a].first >= 2);
        bool name_so_far = false;
        for (std::size_t k = a; k < b; ++k)
            if (units_[k].is(u_namey) && !units_[k].is(u_lexical)) name_so_far = true;
        return title_so_far && !name_so_far && units_[b + 1].is(u_title | u_title_mod);
    }

    /// Whether the "and" at unit `u` joins one plain word to the name of a body whose head is unit
    /// `head`: "the Peace and Security Council" ("Security Council" alone is the UN's), "the U.S. Trade
    /// and Development Agency". "Peace" is a surname too, so the word must follow "the" or a country's
    /// or body's name; a one-word body is a second body ("the House and Senate").
    bool field_and_before_body(std::size_t u, std::size_t head) const {
        if (u < 2 || !units_[u].is(u_and) || units_[head].end - units_[u + 1].first < 2) return false;
        const Unit& field = units_[u - 1];
        const Unit& before = units_[u - 2];
        return field.is(u_common) && !field.is(u_title | u_countryish | u_place | u_agency) &&
               (doc_.key(before.first) == "the" || before.is(u_agency | u_countryish));
    }

    /// A capitalised common word that may modify an event's head: "Strategic", "Economic".
    /// A capitalised ordinary word that names nothing by itself ("Oceanic", "Atmospheric").
    bool plain_capital(std::size_t k) const {
        return units_[k].is(u_cap) && plain_modifier(k) && !units_[k].is(u_title_mod | u_org);
    }

    /// Whether plain capitalised words from unit `k` run into an organisation's head within three words.
    bool and_joins_body_name(std::size_t k) const {
        for (std::size_t u = k; u < units_.size() && u < k + 4; ++u) {
            if (units_[u].is(u_org) && units_[u].is(u_cap) && u > k) return true;
            if (!plain_capital(u)) return false;
        }
        return false;
    }

    bool plain_modifier(std::size_t k) const {
        const Unit& u = units_[k];
        return u.is(u_common) && !u.is(u_proper | u_title | u_countryish | u_place | u_agency | u_event);
    }

    // ---- mentions ---------------------------------------------------------------------
    std::uint32_t byte_begin(std::size_t u) const { return doc_.tokens[units_[u].first].begin; }
    std::uint32_t byte_end(std::size_t u) const { return doc_.tokens[units_[u].end - 1].end; }

    /// Surface text of units [a, b) with whitespace folded and typographic apostrophes straightened.
    std::string surface(std::size_t a, std::size_t b) const {
        std::string out;
        for (std::size_t k = a; k < b; ++k) {
            for (std::uint32_t t = units_[k].first; t < units_[k].end; ++t) {
                const Token& tok = doc_.tokens[t];
                if (!out.empty() && tok.has(token_space_before)) out += ' ';
                std::string_view text = doc_.text(tok);
                for (std::size_t i = 0; i < text.size();) {
                    const std::size_t s = i;
                    const char32_t cp = next_code_point(text, i);
                    if (cp == 0x2019 || cp == 0x2018) {
                        out += '\'';
                    } else if (cp == 0xA0) {
                        out += ' ';
                    } else {  // with the plain ASCII after it, in one append
                        while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
                        out.append(text.substr(s, i - s));
                    }
                }
            }
        }
        return out;
    }

    Mention& add(std::size_t a, std::size_t b, EntityType type, MentionKind kind) {
        Mention m;
        m.first_token = units_[a].first;
        m.end_token = units_[b - 1].end;
        m.begin = byte_begin(a);
        m.end = byte_end(b - 1);
        m.sentence = index_;
        m.type = type;
        m.kind = kind;
        m.name = type == EntityType::person && kind == MentionKind::name ? person_name(a, b) : surface(a, b);
        doc_.mentions.push_back(std::move(m));
        return doc_.mentions.back();
    }

    /// "KISHIDA Fumio": Japan's foreign ministry puts the surname first, in capitals. The name is
    /// "Fumio Kishida", as other reports write it, so that the two spellings are one person.
    std::string person_name(std::size_t a, std::size_t b) const {
        if (b - a != 2 || !unknown_acronym(a) || doc_.tokens[units_[a + 1].first].has(token_all_caps) ||
            units_[a + 1].end != units_[a + 1].first + 1 || !romanised_japanese(doc_.key(units_[a].first)) ||
            !romanised_japanese(doc_.key(units_[a + 1].first)))
            return surface(a, b);
        const std::string surname(doc_.text(doc_.tokens[units_[a].first]));
        return surface(a + 1, b) + " " + surname.substr(0, 1) + to_lower_ascii(surname.substr(1));
    }

    /// A capitalised place or country that may stand for a holder's field, between the country served
    /// and the title ("U.S. Middle East envoy", "Russia's Syria envoy").
    bool is_field(std::size_t k) const {
        return units_[k].is(u_cap) && units_[k].is(u_place | u_country) &&
               !units_[k].is(u_compound | u_title | u_agency);
    }

    /// A country or known place inside another name ("the EU-Japan summit", "U.S. Middle East envoy"):
    /// it says which one, and is no party.
    void add_qualifier(std::size_t k) {
        if (units_[k].is(u_countryish)) {
            add_country(k, true);
        } else if (units_[k].is(u_place) && !units_[k].is(u_agency)) {
            Mention& p = add(k, k + 1, EntityType::place, MentionKind::name);
            p.known_id = units_[k].place->value;
            p.country = units_[k].place->country;
            p.qualifier = true;
        }
    }

    void add_country(std::size_t u, bool qualifier) {
        const Unit& unit = units_[u];
        if (unit.is(u_compound)) {
            for (const auto& part : unit.parts) {
                Mention m;
                m.first_token = unit.first;
                m.end_token = unit.end;
                m.begin = part.begin;
                m.end = part.end;
                m.sentence = index_;
                m.name = std::string(doc_.text(part.begin, part.end));
                m.qualifier = qualifier;
                if (part.entry->category == LexCategory::agency) {
                    m.type = EntityType::agency;
                    m.known_id = m.name = part.entry->value;
                    m.country = part.entry->country;
                } else {
                    m.type = EntityType::country;
                    m.known_id = m.country = part.entry->value;
                }
                doc_.mentions.push_back(std::move(m));
            }
            return;
        }
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)  // read already, as a body's country
            if (doc_.mentions[m].type == EntityType::country && doc_.mentions[m].first_token == unit.first) return;
        Mention& m = add(u, u + 1, EntityType::country, MentionKind::name);
        m.known_id = m.country = unit.country->value;
        m.qualifier = qualifier;
    }

    void interpret_chunk(std::size_t a, std::size_t b) {
        consumed_.assign(units_.size(), false);
        read_bodies_by_head(a, b);
        read_events(a, b);
        read_agencies(a, b);
        read_venues(a, b);
        read_honours(a, b);
        read_people(a, b);
        read_rest(a, b);
    }

    /// "the European Commission ...", then "Commission President von der Leyen", "the Commission": the
    /// head word of a body named before, capitalised alone, is that body (the last one named so). So is
    /// an event's head that ends a known body's name ("Pacific Islands Forum", "Forum Secretary General").
    void read_bodies_by_head(std::size_t a, std::size_t b) {
        for (std::size_t h = a; h < b; ++h) {
            const Unit& unit = units_[h];
            if (!unit.is(u_cap) || !(unit.alone || unit.is(u_event)) || unit.end != unit.first + 1 ||
                (h > a && units_[h - 1].is(u_cap) && !units_[h - 1].is(u_the)))
                continue;
            // ("the Council of Economic Advisers" is another body; "Chairperson of the Council" a title's)
            if (h + 1 < b && (units_[h + 1].is(u_connector | u_and) ||
                              (units_[h + 1].is(u_cap) && !units_[h + 1].is(u_title | u_title_mod))))
                continue;
            const std::size_t before = h > a && units_[h - 1].is(u_the) ? h - 1 : h;
            if (before > a && one_of(doc_.key(units_[before - 1].first), {"of", "for"})) continue;
            const Mention* body = body_named_with_head(doc_.key(unit.first));
            if (!body || (!unit.alone && body->known_id.empty())) continue;
            std::string name = body->name, known_id = body->known_id, country = body->country;  // add() may move it
            Mention& m = add(h, h + 1, EntityType::agency, MentionKind::name);
            m.name = std::move(name);
            m.known_id = std::move(known_id);
            m.country = std::move(country);
            consumed_[h] = true;
        }
    }

    /// The last body of several words named in an earlier sentence whose name ends in `head`.
    const Mention* body_named_with_head(std::string_view head) const {
        for (std::size_t m = first_mention_; m-- > 0;) {
            const Mention& body = doc_.mentions[m];
            if (body.type != EntityType::agency || body.kind != MentionKind::name || body.end_token < body.first_token + 2)
                continue;
            if (doc_.key(body.end_token - 1) == head) return &body;
        }
        return nullptr;
    }

    // Events: the name grows left from an event head over modifiers, right over "on ..." complements.
    void read_events(std::size_t a, std::size_t b) {
        for (std::size_t h = b; h-- > a;) {
            if (consumed_[h] || !units_[h].is(u_event) || !units_[h].is(u_cap) || names_appeal(h)) continue;
            // "the Summit Hall", "The Gathering Place": before a venue's head the word names the venue
            if (h + 1 < b && units_[h + 1].is(u_venue) && units_[h + 1].is(u_cap)) continue;
            // "National Shooting Sports Month": a headline's word in the name of an observance is no event
            if (title_case_ && names_observance(h + 1, b)) continue;
            std::size_t left = h;
            while (left > a && !consumed_[left - 1]) {
                if (left >= a + 4 && short_name_in_brackets(left - 1)) { left -= 3; continue; }
                if (left >= a + 3 && ministers_format(left - 3)) { left -= 3; continue; }  // "U.S.-India 2+2 Ministerial Dialogue"
                if (left >= a + 2 && left < h && units_[left - 1].is(u_and) && plain_modifier(left - 2) && plain_modifier(left)) {
                    --left;  // "Strategic and Economic Dialogue"
                    continue;
                }
                if (!extends_event_left(left - 1) || ends_person_name(left - 1, a)) break;
                --left;
            }
            std::size_t right = complement_end(h + 1, b, /*allow_places=*/false);
            // "World War II": a Roman numeral numbers the name
            if (right == h + 1 && right < b && roman_numeral(doc_.text(doc_.tokens[units_[right].first]))) ++right;
            // "Lee Holds Summit with Ishiba": a head the headline's capitals alone make a name is "a summit"
            const bool lone_head = title_case_ && left == h && right == h + 1;
            // "Inaugural Meeting of the X Dialogue": the meeting is the dialogue's; keep one name.
            Mention& m = add(left, right, EntityType::event, lone_head ? MentionKind::description : MentionKind::name);
            if (lone_head) m.name = to_lower_ascii(m.name);
            m.event_class = units_[h].event->value;
            for (std::size_t k = left; k < right; ++k) {
                if (units_[k].is(u_ordinal) && !m.ordinal) m.ordinal = units_[k].ordinal;
                consumed_[k] = true;
            }
            for (std::size_t k = left; k < right; ++k) add_qualifier(k);
            h = left;
        }
    }

    /// Whether the capitalised words from unit `k` end a proclamation's observance: "Sports Month".
    bool names_observance(std::size_t k, std::size_t b) const {
        for (std::size_t end = k; end < b && end < k + 3 && units_[end].is(u_cap) && units_[end].is(u_common); ++end)
            if (one_of(doc_.key(units_[end].first), {"month", "week", "day", "year"})) return true;
        return false;
    }

    /// "II", "XIV": a number in capital Roman numerals.
    static bool roman_numeral(std::string_view word) {
        return !word.empty() && word.size() <= 5 && word.find_first_not_of("IVX") == std::string_view::npos;
    }

    /// Whether unit `k` closes a body's short name in brackets after the body's name: "Asia-Pacific
    /// Economic Cooperation (APEC)", which then may name an event ("... (APEC) Summit").
    bool short_name_in_brackets(std::size_t k) const {
        return k >= 3 && doc_.key(units_[k].first) == ")" && doc_.key(units_[k - 2].first) == "(" &&
               units_[k - 1].is(u_cap) && units_[k - 3].is(u_agency);
    }

    /// "the Vice President's Call to Action", "a call for calm": an appeal, not a phone call.
    bool names_appeal(std::size_t k) const {
        if (units_[k].event->value != "call" || k + 1 >= units_.size()) return false;
        const std::string_view next = doc_.key(units_[k + 1].first);
        return next == "for" ||
               (next == "to" && k + 2 < units_.size() && one_of(doc_.key(units_[k + 2].first), {"action", "arms"}));
    }

    /// "Vice President Kamala D. Harris Meeting": a proper name after a name or title ends a person, not an event.
    bool ends_person_name(std::size_t k, std::size_t a) const {
        const Unit& u = units_[k];
        if (k <= a || u.is(u_common | u_lexical)) return false;
        if (u.is(u_proper)) return units_[k - 1].is(u_namey | u_initial | u_title | u_title_mod);
        // "Anne Neuberger Meeting": a surname the dictionary does not know, after a given name it does
        const Unit& given = units_[k - 1];
        return u.is(u_unknown) && given.is(u_proper) && !given.is(u_common | u_countryish | u_place | u_agency | u_org);
    }

    /// Whether unit `k` is one word that triggers a relation ("hold", "met"): a verb, in news.
    bool is_trigger(std::size_t k) const {
        const Unit& u = units_[k];
        return u.end - u.first == 1 && !schema_.triggers().exact(doc_.key(u.first)).empty();
    }

    bool extends_event_left(std::size_t k) const {
        const Unit& u = units_[k];
        if (u.is(u_possessive)) {
            // "Leaders' Summit" keeps a plural possessive; "Finer's Meeting" and "Harris' Meeting" stop at the owner.
            return doc_.key(u.first) == "'" && k > 0 && units_[k - 1].is(u_common) && !units_[k - 1].is(u_proper | u_namey);
        }
        if (u.is(u_dash)) return true;
        // ("President Joseph R. Biden Jr. Call with ...": a name's suffix ends the name before the event)
        if (!u.is(u_cap) || u.is(u_connector | u_honorific | u_suffix)) return false;
        // "President Lee Holds Summit with ...": a headline capitalises its verbs too
        if (title_case_ && is_trigger(k)) return false;
        return u.is(u_common | u_unknown | u_proper | u_ordinal | u_countryish | u_place | u_agency | u_event | u_org |
                    u_title | u_title_mod);
    }

    /// End of "on Cybercrime and Related Issues" after a head; stops before countries and people.
    std::size_t complement_end(std::size_t from, std::size_t b, bool allow_places) const {
        std::size_t end = from;
        std::size_t k = from;
        while (k < b && units_[k].is(u_connector) && !units_[k].is(u_and | u_the)) {
            const std::string_view word = doc_.key(units_[k].first);
            if (word != "of" && word != "on" && word != "for") break;
            std::size_t j = k + 1;
            if (j < b && units_[j].is(u_the)) ++j;
            std::size_t words = j;
            while (words < b && !consumed_[words]) {
                const Unit& u = units_[words];
                if (u.is(u_and) && words + 1 < b && units_[words + 1].is(u_cap)) { ++words; continue; }
                if (u.is(u_comma) && words > j && continues_field_series(words + 1, b)) { ++words; continue; }
                if (!u.is(u_cap) || u.is(u_connector)) break;
                if (u.is(u_countryish) || (u.is(u_place) && !allow_places)) break;
                if (u.is(u_title | u_honorific) && !u.is(u_common)) break;
                // "Office of Public Engagement Director Stephen Benjamin": a title and a name end the complement
                if (words > j && u.is(u_title) && starts_name(words + 1, b)) break;
                // a name after the complement's first word belongs to someone else ("... Engagement Cedric Richmond")
                if (words > j && u.is(u_namey) && !u.is(u_common) && !u.is(u_lexical)) break;
                ++words;
            }
            // "Council of Ministers and National Security Advisor X": the "and" joined the next title
            while (words > j && units_[words - 1].is(u_and)) --words;
            if (words == j) break;
            end = k = words;
        }
        return end;
    }

    // Agencies: a gazetteer match, or a name grown around an organisation head.
    void read_agencies(std::size_t a, std::size_t b) {
        for (std::size_t h = b; h-- > a;) {
            if (consumed_[h] || !units_[h].is(u_cap)) continue;
            const bool head = units_[h].is(u_org) && !units_[h].is(u_title_mod | u_title);
            const bool known = units_[h].is(u_agency);
            if (!head && !known) continue;
            std::size_t left = h;
            // "a Louisiana Republican" is a member of a body of no one country, not a body of Louisiana
            // ("the Illinois Senate" is the state's own)
            const bool international = known && units_[h].agency->country.empty();
            // ("Acting OMB Director": a known body takes no word that ranks a title's holder)
            while (left > a && !consumed_[left - 1] && extends_org_left(left - 1) &&
                   !(international && units_[left - 1].is(u_place)) && !(known && ranks_holder(left - 1)))
                --left;
            if (left >= a + 2 && !consumed_[left - 2] && field_and_before_body(left - 1, h)) left -= 2;
            // "National Oceanic and Atmospheric Administration": plain words joined by "and" in one name
            while (!known && left >= a + 2 && left < h && units_[left - 1].is(u_and) && plain_capital(left) &&
                   plain_capital(left - 2) && !consumed_[left - 2]) {
                left -= 2;
                while (left > a && !consumed_[left - 1] && extends_org_left(left - 1)) --left;
            }
            // "Senior Administration Officials": a word that ranks people before the head names no body
            if (!known && left + 1 == h && ranks_holder(left)) continue;
            std::size_t right = complement_end(h + 1, b, /*allow_places=*/false);
            // a bare "Ministry" names nothing; "U.S.-ASEAN Center" does, though "U.S.-Japan Alliance" is
            // a bond between the parties rather than a body they set up
            const bool joint_body = h > a && names_parties(h - 1) && !one_of(doc_.key(units_[h].first), {"alliance", "coalition"});
            if (!known && left == h && right == h + 1 && !joint_body) continue;
            // A demonym right before the head describes it ("Chinese Embassy"); one further left is
            // part of the name ("Chinese Academy of Social Sciences").
            std::string country;
            // "the Israeli Government" keeps its demonym: "Government" alone names nothing; "the Qatari
            // Emiri Diwan" is Qatar's known Amiri Diwan, but the "American Red Cross" no international one
            const bool bare_head = right == h + 1;
            const bool own_body = known && units_[left].is(u_demonym) && units_[h].agency->country == units_[left].country->value;
            if (units_[left].is(u_demonym) && left + 1 == h && (!bare_head || own_body)) {
                country = units_[left].country->value;
                add_country(left, true);
                ++left;
            } else if (units_[left].is(u_demonym)) {
                country = units_[left].country->value;
            }
            // "the Seventy-eighth World Health Assembly", "the 20th Party Congress": a numbered sitting
            // of a body is a meeting
            const bool numbered = units_[left].is(u_ordinal) || (left > 0 && units_[left - 1].is(u_ordinal));
            if (numbered && one_of(doc_.key(units_[h].end - 1), {"assembly", "congress", "plenum"})) {
                Mention& sitting = add(left, right, EntityType::event, MentionKind::name);
                sitting.event_class = "conference";
                sitting.ordinal = units_[left].is(u_ordinal) ? units_[left].ordinal : 0;
                for (std::size_t k = left; k < right; ++k) consumed_[k] = true;
                h = left;
                continue;
            }
            Mention& m = add(left, right, EntityType::agency, MentionKind::name);
            if (known && left == h && right == h + 1) {
                m.known_id = units_[h].agency->value;
                m.country = units_[h].agency->country;
                m.name = units_[h].agency->value;
            }
            if (!country.empty()) m.country = country;
            // "AU Commission", "U.N. General Assembly": a known body's short name begins the name of
            // one of its organs, which is then named in full, as the long form is (a company is no
            // organ: "CDC Small Business Finance Corporation")
            const bool company = units_[h].company;
            if (left < h && units_[left].agency && is_short_form(left) && !company) {
                // "the NATO Alliance" is NATO itself
                const std::string& body = units_[left].agency->value;
                const bool itself = right == left + 2 && one_of(doc_.key(units_[left + 1].first),
                                                                {"alliance", "bloc", "organization", "organisation"});
                m.name = itself ? body : body + " " + surface(left + 1, right);
                if (itself) m.known_id = m.name;
            }
            // "the Communist Party of Vietnam Central Committee": a known body's organ is its country's
            if (m.country.empty() && left < h && units_[left].agency && !company) m.country = units_[left].agency->country;
            const std::size_t mention_index = doc_.mentions.size() - 1;
            for (std::size_t k = left; k < right; ++k) consumed_[k] = true;
            // "China's Ministry ...", "U.S. National Security Council", "... Secretariat of Japan"
            std::size_t q = left;
            if (q > a && units_[q - 1].is(u_possessive)) --q;
            if (q == left && q > a && !known && names_parties(q - 1) && !consumed_[q - 1]) {
                // "U.S.-EU Task Force": the parties name a joint body, which belongs to neither
                take_qualifier_into_name(mention_index, q - 1, right);
            } else if (q == left && q > a && !known && country_name_begins_body(q - 1, h) && !consumed_[q - 1]) {
                // "the Japan International Cooperation Agency": the country's name is the body's first
                // word, and the body is the country's, unless it gathers others ("the Ukraine Defense
                // Contact Group") or the name is also a place's ("the Georgia Ports Authority")
                const std::string code = units_[q - 1].is(u_place) ? std::string() : qualifier_code(q - 1);
                take_qualifier_into_name(mention_index, q - 1, right);
                if (!gathers_others(left, right) && doc_.mentions[mention_index].country.empty())
                    doc_.mentions[mention_index].country = code;
            } else if (q > a && units_[q - 1].is(u_countryish) && !consumed_[q - 1] && !international) {
                // ("South Africa's G20 presidency": a body of many countries belongs to none of them)
                doc_.mentions[mention_index].country = qualifier_code(q - 1);
                add_country(q - 1, true);
                for (std::size_t k = q - 1; k < left; ++k) consumed_[k] = true;
            }
            // "the China Coast Guard", "China's Coast Guard": another country's body named like a known
            // one ("Coast Guard" alone is the U.S. one) is that country's ("the Philippine Coast Guard"
            // keeps its demonym)
            Mention& body = doc_.mentions[mention_index];
            if (known && !body.known_id.empty() && !body.country.empty() && body.country != units_[h].agency->country &&
                !units_[h].agency->country.empty()) {
                body.known_id.clear();
                body.name = std::string(schema_.country_name(body.country)) + " " + surface(h, right);
            }
            if (right + 1 < b && doc_.key(units_[right].first) == "of") {
                std::size_t c = right + 1;
                if (c < b && units_[c].is(u_the)) ++c;
                if (c < b && units_[c].is(u_country) && !consumed_[c]) {
                    doc_.mentions[mention_index].country = units_[c].country->value;
                    add_country(c, true);
                    for (std::size_t k = right; k <= c; ++k) consumed_[k] = true;
                }
            }
            h = left;
        }
    }

    /// Makes the country or compound at unit `u`, just before the body named by mention
    /// `mention_index` (which ends at unit `right`), the first words of the body's name.
    void take_qualifier_into_name(std::size_t mention_index, std::size_t u, std::size_t right) {
        Mention& body = doc_.mentions[mention_index];
        body.first_token = units_[u].first;
        body.begin = byte_begin(u);
        body.name = surface(u, right);
        body.known_id.clear();
        add_country(u, true);
        consumed_[u] = true;
    }
    /// "the Japan International Cooperation Agency", "the Korea Development Bank": a country written
    /// out in full after "the" (or opening the sentence), before more words than the head, begins
    /// the body's name; "the U.S. National Security Council" and "China's Foreign Ministry" only say
    /// whose body it is.
    bool country_name_begins_body(std::size_t u, std::size_t head) const {
        const Unit& c = units_[u];
        if (!c.is(u_country) || c.is(u_demonym | u_compound | u_possessive) || c.end - c.first != 1 ||
            all_caps_or_dotted(c.first) || u + 1 >= head)
            return false;
        return c.first == sentence_.first_token || (u > 0 && is_the(u - 1));  // ("The" opening a sentence too)
    }

    /// "Contact Group", "Coalition", "Platform": a word of a body's name [from, to) that gathers others
    /// about a country ("the Ukraine Defense Contact Group"), rather than serving the country that
    /// begins its name.
    bool gathers_others(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to; ++k)
            if (one_of(doc_.key(units_[k].end - 1), {"group", "coalition", "fund", "forum", "initiative", "partnership",
                                                     "alliance", "compact", "caucus", "network", "platform", "council"}))
                return true;
        return false;
    }

    std::string qualifier_code(std::size_t u) const {
        const Unit& unit = units_[u];
        if (unit.is(u_compound)) return {};  // "US-China" qualifies nothing alone
        return unit.country ? unit.country->value : std::string();
    }

    /// "Deputy", "Acting", "Senior": a word that says where a title's holder stands, not which body
    bool ranks_holder(std::size_t k) const {
        return units_[k].is(u_title | u_title_mod) &&
               one_of(doc_.key(units_[k].first), {"deputy", "vice", "senior", "acting", "former", "assistant", "associate",
                                                  "principal", "managing", "chief"});
    }

    bool ampersand(std::size_t k) const { return doc_.key(units_[k].first) == "&"; }

    bool extends_org_left(std::size_t k) const {
        const Unit& u = units_[k];
        if (u.is(u_possessive)) return owned_by_many(k);
        if (ampersand(k)) return k > 0 && plain_capital(k - 1) && plain_capital(k + 1);
        if (!u.is(u_cap) || u.is(u_connector | u_possessive | u_dash | u_compound)) return false;
        if (u.is(u_country) && !u.is(u_demonym)) return false;  // a qualifier, not part of the name
        if (u.is(u_title | u_honorific) && !u.is(u_common)) return false;
        return u.is(u_common | u_unknown | u_proper | u_demonym | u_agency | u_org | u_place);
    }

    /// "European People's Party", "Workers' Party", "Women's League": a body named for the many it
    /// serves keeps their possessive ("Finer's Office" is a person's).
    bool owned_by_many(std::size_t possessive) const {
        if (possessive == 0) return false;
        const Unit& owner = units_[possessive - 1];
        if (!owner.is(u_cap) || owner.end - owner.first != 1 || owner.is(u_country | u_place)) return false;
        const std::string_view word = doc_.key(owner.first);
        if (doc_.key(units_[possessive].first) == "'") return word.size() > 3 && word.back() == 's';
        return one_of(word, {"people", "women", "children", "men"});
    }

    // People: [country] title words [of ...] NAME [of COUNTRY], honorific NAME, or a name alone.
    void read_people(std::size_t a, std::size_t b) {
        for (std::size_t i = a; i < b;) {
            if (consumed_[i]) { ++i; continue; }
            const std::size_t next = read_person_at(i, b);
            i = next > i ? next : i + 1;
        }
    }

    std::size_t read_person_at(std::size_t i, std::size_t b) {
        std::size_t j = i;
        std::string country;
        std::size_t qualifier_unit = SIZE_MAX;
        bool has_title = false, honorific = false;
        std::size_t title_first = SIZE_MAX, title_end = i;
        // "Secretary of State" in "Secretary of State Cardinal Parolin": the office, without the rank
        bool office = false;
        std::size_t office_end = SIZE_MAX;
        if (units_[j].is(u_countryish) && !units_[j].is(u_compound)) {
            qualifier_unit = j;
            country = qualifier_code(j);
            ++j;
            if (j < b && units_[j].is(u_possessive)) ++j;
        }
        // "U.S. Middle East envoy Steve Witkoff": a place between the country and the title is the
        // holder's field; the country is the one served
        std::size_t field_unit = SIZE_MAX;
        if (qualifier_unit != SIZE_MAX && j + 1 < b && !consumed_[j] && is_field(j) && units_[j + 1].is(u_title | u_title_mod)) {
            field_unit = j;
            ++j;
        }
        // "Algeria's U.N. Ambassador Amar Bendjama": the body between the country and the envoy's
        // title is where the country posted the envoy (read already, as a body)
        if (qualifier_unit != SIZE_MAX && j + 1 < b && consumed_[j] && !consumed_[j + 1] && posted_to_body(j)) ++j;
        // "H.E. Mr. Enrique Manalo": forms of address in a row
        while (j < b && !consumed_[j] && units_[j].is(u_honorific) && (!honorific || starts_name(j + 1, b))) {
            honorific = true;
            if (title_first == SIZE_MAX) title_first = j;
            title_end = ++j;
        }
        // "His Majesty King Abdullah II", "His Holiness Pope Francis": a title may follow a style
        std::size_t office_first = SIZE_MAX;
        // "Commerce and Industry Minister Piyush Goyal", "UK Business and Trade Secretary": fields in a series
        if (title_first == SIZE_MAX) {
            const std::size_t last_field = last_field_of_series(j, b);
            if (last_field != SIZE_MAX && std::none_of(consumed_.begin() + j, consumed_.begin() + last_field, [](bool c) { return c; }))
                title_first = office_first = j, j = last_field;
        }
        while (j < b && !consumed_[j]) {
            const Unit& u = units_[j];
            if (u.is(u_title | u_title_mod) && !(u.is(u_namey) && !u.is(u_lexical))) {
                has_title = has_title || u.is(u_title);
                if (office_first == SIZE_MAX) office_first = j;
                if (u.rank && office && starts_name(j + 1, b)) office_end = title_end;
                // "Foreign Minister Senator the Hon Penny Wong": a title before a style, after the office, is
                // part of how the holder is addressed
                if (office && j + 2 < b && units_[j + 1].is(u_the) && units_[j + 2].is(u_honorific)) office_end = title_end;
                office = office || (u.is(u_title) && !u.rank);
                if (title_first == SIZE_MAX) title_first = j;
                title_end = ++j;
                continue;
            }
            if (has_title && u.is(u_connector) && !u.is(u_the | u_and)) {
                const std::size_t end = title_complement_end(j, b);
                if (end == j) break;
                title_end = j = end;
                office = true;
                continue;
            }
            if (has_title && u.is(u_and) && j + 1 < b && units_[j + 1].is(u_title | u_title_mod)) { ++j; continue; }
            // a capitalised ordinary word inside a title: "Deputy Homeland Security Advisor"
            if (office_first != SIZE_MAX && u.is(u_common) && !u.is(u_proper) && j + 1 < b &&
                units_[j + 1].is(u_title | u_title_mod | u_common)) {
                ++j;
                continue;
            }
            break;
        }
        if (title_first == SIZE_MAX) {
            if (qualifier_unit != SIZE_MAX) return read_national(qualifier_unit, j, b);
            const std::size_t read = read_organisation_and_officer(i, b);
            return read > i ? read : read_bare_name(i, b);
        }
        if (!has_title && !honorific) return i;
        // "Senator the Hon. Penny Wong": a title before "the Hon" is part of how its holder is addressed,
        // and an office set off before or after the name says what she does
        const bool title_is_style = office && office_end == SIZE_MAX && title_end + 1 < b && units_[title_end].is(u_the) &&
                                    units_[title_end + 1].is(u_honorific);
        j = title_end;
        // "Director of the National Hurricane Center Dr. Mike Brennan": a form of address between title and name
        std::string_view address_gender;
        // ("Foreign Minister of Egypt H.E. Dr. Badr Abdelatty": or two)
        // ("Foreign Minister Senator the Hon Penny Wong": "the" before the style)
        std::size_t address_end = j;
        if (address_end + 1 < b && units_[address_end].is(u_the) && units_[address_end + 1].is(u_honorific)) ++address_end;
        while (address_end < b && address_end < j + 3 && !consumed_[address_end] && units_[address_end].is(u_honorific))
            ++address_end;
        // ("President His Highness Sheikh Mohamed bin Zayed": a rank after the style is part of the address)
        if (address_end > j && address_end + 1 < b && !consumed_[address_end] && units_[address_end].rank) ++address_end;
        if (!honorific && address_end > j && address_end < b && starts_name(address_end, b)) {
            for (; j < address_end; ++j)
                if (units_[j].honorific && (address_gender.empty() || address_gender == "-"))
                    address_gender = units_[j].honorific->value;
        }
        // A short word the complement swallowed may begin the name: "... Foreign Affairs Ma Zhaoxu".
        bool swallowed = false;
        // ("Minister of Justice and Law Nestor Osuna": a word after "and" is the office's second field)
        if (j > title_first + 1 && units_[j - 1].is(u_cap) && !units_[j - 1].is(u_title | u_title_mod | u_lexical) &&
            !units_[j - 2].is(u_and) &&
            doc_.key(units_[j - 1].first).size() <= 3 && (j == b || units_[j].is(u_namey))) {
            --j;
            title_end = j;
            swallowed = true;
        }
        // "President Xi", "Minister Ma": a capitalised word right after a title that the dictionary
        // knows as an ordinary word is still a name when it is short or ends the run.
        const bool forced = swallowed || (j < b && !consumed_[j] && surname_like_short_word(j)) ||
                            (j < b && !consumed_[j] && units_[j].is(u_cap) && !units_[j].is(u_lexical | u_connector) &&
                            !units_[j].is(u_namey) && doc_.tokens[units_[j].first].has(token_word) &&
                            (doc_.key(units_[j].first).size() <= 3 || j + 1 == b || (j + 1 < b && units_[j + 1].is(u_namey))));
        std::size_t name_end = name_run_end(j, b, forced);
        // "Visiting Professor of Law,", "Major Hurricane", "Head Start": one ordinary word after a title is
        // no name, unless the dictionary knows it as one ("Ambassador Rice") or the article has named it
        if (name_end == j + 1 && units_[j].is(u_common) && !units_[j].is(u_proper) &&
            !is_known_surname(doc_.key(units_[j].first)))
            name_end = j;
        std::string position = office_first == SIZE_MAX ? std::string()
                                                        : surface(office_first, office_end != SIZE_MAX ? office_end : title_end);
        // "former Prime Minister Boris Johnson": an office held once is not the one "the prime minister" is
        if (!position.empty() && held_once(qualifier_unit != SIZE_MAX ? qualifier_unit : title_first))
            position = "former " + position;
        if (starts_with(position, "Former ")) position[0] = 'f';  // as it reads mid-sentence
        // "President of the People's Republic of China Xi Jinping" serves China
        const std::size_t title_country = country_of_title(title_first, title_end);
        if (title_country != SIZE_MAX && country.empty()) country = units_[title_country].country->value;
        if (name_end == j) {
            if (!honorific && has_title) {
                // "Director of the U.S. Geological Survey": a country before more of a name names a body
                const bool body_follows = title_country != SIZE_MAX && title_end < b && units_[title_end].is(u_cap);
                Mention& m = add(title_first, title_end, EntityType::person, MentionKind::title);
                m.position = position;
                m.country = body_follows && qualifier_unit == SIZE_MAX ? std::string() : country;
                if (qualifier_unit != SIZE_MAX) add_country(qualifier_unit, true);
                if (field_unit != SIZE_MAX) add_qualifier(field_unit);
                if (title_country != SIZE_MAX && !body_follows) add_country(title_country, true);
                for (std::size_t k = i; k < title_end; ++k) consumed_[k] = true;
            }
            return title_end;
        }
        const std::size_t of_country = country_after_name(name_end);
        Mention& m = add(j, name_end, EntityType::person, MentionKind::name);
        m.position = position;
        if (honorific) address_gender = units_[title_first].honorific->value;
        if (address_gender != "-") m.gender = std::string(address_gender);
        m.country = country;
        const std::size_t person = doc_.mentions.size() - 1;
        if (of_country != SIZE_MAX && doc_.mentions[person].country.empty())
            doc_.mentions[person].country = units_[of_country].country->value;
        // "the Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat": a form of address
        // alone leaves the title before the comma to the name, when the title says what office it is
        // ("Together, the Vice President, Dr. Gupta, Director Perez" is a list)
        // ("Minister for Defence, the Hon Richard Marles MP": "the" before the style)
        const std::size_t address_first = title_first > 1 && units_[title_first - 1].is(u_the) &&
                                                  units_[title_first].is(u_honorific) && units_[title_first - 2].is(u_comma)
                                              ? title_first - 1
                                              : title_first;
        if (!has_title) read_lower_case_title(address_first, person, /*complement_required=*/true);
        // "His Excellency Mr. Shehbaz Sharif, Prime Minister of the Islamic Republic of Pakistan": or after it;
        // after a rank alone too ("His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar")
        if (!has_title || !office || title_is_style) {
            std::string rank = std::move(doc_.mentions[person].position);
            doc_.mentions[person].position.clear();
            read_trailing_title(name_end, person);
            if (doc_.mentions[person].position.empty()) doc_.mentions[person].position = std::move(rank);
        }
        // "his Saudi counterpart, Prince Faisal bin Farhan": the office before the comma says whom he serves
        // ("its foreign minister, Prince Faisal": and, when the title is only a rank, which office he holds;
        // "the Crown Prince, Sheikh Tahnoon, and Mr. Doval" is a list). Before a rank it needs no comma
        // when it names the country: "Sudan's army chief General Abdel Fattah al-Burhan".
        const bool title_set_off = title_first > 0 && units_[title_first - 1].is(u_comma);
        if (has_title && country.empty() && title_first > 0 && (title_set_off || !office)) {
            const std::string own_title = doc_.mentions[person].position, own_country = doc_.mentions[person].country;
            read_lower_case_title(title_first, person);
            const std::string& read_office = doc_.mentions[person].position;
            const bool rank_only = title_is_style || std::all_of(units_.begin() + title_first, units_.begin() + title_end,
                                                                 [](const Unit& u) { return u.rank || !u.is(u_title); });
            // The office read is his when it names his country ("The Emir of Qatar, Sheikh Tamim"); set off
            // by a comma, also in lower case; in capitals it may be someone else's in a list.
            const bool names_country = doc_.mentions[person].country != own_country;
            const bool in_lower_case = !read_office.empty() && read_office.front() >= 'a' && read_office.front() <= 'z';
            const bool his_office = read_office != own_title && !read_office.empty() && (names_country || (title_set_off && in_lower_case));
            if (!own_title.empty() && !(rank_only && his_office)) doc_.mentions[person].position = own_title;
        }
        if (qualifier_unit != SIZE_MAX) add_country(qualifier_unit, true);
        if (field_unit != SIZE_MAX) add_qualifier(field_unit);
        if (title_country != SIZE_MAX) add_country(title_country, true);
        if (of_country != SIZE_MAX) add_country(of_country, true);
        for (std::size_t k = i; k < (of_country != SIZE_MAX ? of_country + 1 : name_end); ++k) consumed_[k] = true;
        return of_country != SIZE_MAX ? of_country + 1 : name_end;
    }

    /// "U.N. Ambassador", "UN envoy", "NATO Permanent Representative": a body of many countries before
    /// the title of an office held at it.
    bool posted_to_body(std::size_t u) const {
        if (!units_[u].is(u_agency) || !units_[u].agency->country.empty()) return false;
        for (++u; u < units_.size() && (units_[u].is(u_title | u_title_mod) || has_lower_title(units_[u].first)); ++u)
            if (schema_.is_posting_title(doc_.key(units_[u].end - 1))) return true;
        return false;
    }

    /// Whether "former" comes just before unit `u`.
    bool held_once(std::size_t u) const {
        return units_[u].first > sentence_.first_token && doc_.key(units_[u].first - 1) == "former";
    }

    /// "Indonesia's Retno Marsudi": a country's possessive before a full name gives the person's
    /// nationality. Past the name, or `country` when no one is named there (a country alone is
    /// left to read_rest; "Japan's Shinkansen" is no person).
    std::size_t read_national(std::size_t country, std::size_t name, std::size_t b) {
        // "U.S. Middle East envoy Steve Witkoff": a place before the word in lower case is the field
        const bool field = name == country + 3 && is_field(country + 1);
        // "China's U.N. envoy Fu Cong": the body is where the country posted its envoy
        const bool posted = name == country + 3 && posted_to_body(country + 1);
        if ((name != country + 2 && !field && !posted) || !units_[country].is(u_country) || name + 1 >= b || consumed_[name] ||
            !units_[name].is(u_cap))
            return country;
        const std::size_t first_mention = doc_.mentions.size();
        const std::size_t end = read_bare_name(name, b);
        for (std::size_t m = first_mention; m < doc_.mentions.size(); ++m) {
            Mention& person = doc_.mentions[m];
            if (person.type != EntityType::person || person.first_token != units_[name].first ||
                person.end_token - person.first_token < 2)
                continue;
            if (person.country.empty()) person.country = units_[country].country->value;
            add_country(country, true);
            if (field) add_qualifier(country + 1);
            for (std::size_t k = country; k < name; ++k) consumed_[k] = true;
            return end;
        }
        return end > name ? end : country;
    }

    /// "Senator Pete Ricketts (R-Neb.)", "Sen. Lindsey Graham, R-S.C.,": a party and a state after a name
    /// mark a member of the U.S. Congress.
    void read_party_tags() {
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            Mention& person = doc_.mentions[m];
            if (person.type != EntityType::person || person.kind != MentionKind::name || !person.country.empty()) continue;
            const std::uint32_t tag = person.end_token + 1;
            if (tag >= sentence_.end_token || !one_of(doc_.key(person.end_token), {"(", ","}) || !party_tag_at(tag)) continue;
            person.country = "US";
        }
    }
    /// "R-Neb.", "D-N.H.", "I-Vt.", "D-NY": a party's initial, a hyphen and a state's abbreviation.
    bool party_tag_at(std::size_t token) const {
        const std::string_view text = doc_.text(doc_.tokens[token]);
        if (text.size() < 4 || text.size() > 9 || text[1] != '-' || !one_of(text.substr(0, 1), {"D", "R", "I"})) return false;
        if (text[2] < 'A' || text[2] > 'Z') return false;
        return std::all_of(text.begin() + 3, text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '.'; });
    }

    /// "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro", "the Indian ministers A, B
    /// and C": a country before a plural office in lower case gives it to every name of the list after;
    /// "his American and Japanese counterparts, Jake Sullivan and Takeo Akiba": two countries, one each.
    void read_national_lists() {
        for (std::size_t u = 0; u + 2 < units_.size(); ++u) {
            if (!national_adjective(u)) continue;
            std::vector<std::size_t> countries{u};
            while (u + 2 < units_.size() && units_[u + 1].is(u_and | u_comma) && national_adjective(u + 2)) {
                u += 2;
                countries.push_back(u);
            }
            std::size_t k = u + 1;
            if (units_[k].is(u_possessive)) ++k;
            std::size_t office_end = k;
            while (office_end < units_.size() && office_end - k < 3 &&
                   (is_title_word(units_[office_end], false) || plural_office(office_end)))
                ++office_end;
            if (office_end == k || !plural_office(office_end - 1) || office_end == units_.size()) continue;
            std::size_t next = office_end;
            if (units_[next].is(u_comma)) ++next;
            std::vector<std::size_t> people;
            for (std::size_t person; (person = person_named_at(past_titles(next))) != SIZE_MAX;) {
                people.push_back(person);
                next = unit_at_token(doc_.mentions[person].end_token);
                if (next < units_.size() && units_[next].is(u_comma)) ++next;
                if (next < units_.size() && units_[next].is(u_and)) ++next;
            }
            if (people.size() < 2 || (countries.size() > 1 && countries.size() != people.size())) continue;
            for (std::size_t p = 0; p < people.size(); ++p)
                if (doc_.mentions[people[p]].country.empty())
                    doc_.mentions[people[p]].country = qualifier_code(countries[countries.size() > 1 ? p : 0]);
            for (std::size_t country : countries) qualify(country);
        }
    }
    /// "Foreign Ministers Annalena Baerbock and Radoslaw Sikorski": a plural title before a list of
    /// names is each one's office, in the singular. Names after commas count only in a list that
    /// "and" closes ("Foreign Ministers A and B, Olaf Scholz said" leaves Scholz alone).
    void read_plural_titles() {
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            if (doc_.mentions[m].type != EntityType::person || doc_.mentions[m].kind != MentionKind::name) continue;
            // the first name's position stays the text's (the relation stage finds it there); the
            // resolver keeps its singular
            const std::string singular = schema_.singular_title(doc_.mentions[m].position);
            if (singular.empty()) continue;
            std::vector<std::size_t> listed;
            std::size_t next = unit_at_token(doc_.mentions[m].end_token);
            for (std::size_t person;;) {
                const bool comma = next < units_.size() && units_[next].is(u_comma);
                if (comma) ++next;
                const bool last = next < units_.size() && units_[next].is(u_and);
                if (last) ++next;
                if ((!comma && !last) || (person = person_named_at(next)) == SIZE_MAX) {
                    listed.clear();  // the list did not close with "and"
                    break;
                }
                listed.push_back(person);
                if (last) break;
                next = unit_at_token(doc_.mentions[person].end_token);
            }
            for (auto person : listed)
                if (doc_.mentions[person].position.empty()) doc_.mentions[person].position = singular;
        }
    }
    /// "Philippine", "Japan's": a country's name or adjective that can say whose an office is.
    bool national_adjective(std::size_t u) const {
        return units_[u].is(u_countryish) && units_[u].is(u_cap) && !units_[u].is(u_compound);
    }
    /// Past the capitalised title before a name in a list ("Foreign Secretary Enrique Manalo").
    std::size_t past_titles(std::size_t u) const {
        while (u < units_.size() && units_[u].is(u_cap) && units_[u].is(u_title | u_title_mod) && person_named_at(u) == SIZE_MAX)
            ++u;
        return u;
    }
    /// A plural of an office in lower case: "counterparts", "ministers".
    bool plural_office(std::size_t u) const {
        if (units_[u].is(u_cap) || units_[u].end - units_[u].first != 1) return false;
        const std::string_view key = doc_.key(units_[u].first);
        if (key.size() < 4 || key.back() != 's') return false;
        return schema_.in_category(key, LexCategory::title) || schema_.in_category(key.substr(0, key.size() - 1), LexCategory::title);
    }
    /// The person named from unit `u` on, or SIZE_MAX.
    std::size_t person_named_at(std::size_t u) const {
        if (u >= units_.size()) return SIZE_MAX;
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            const Mention& mention = doc_.mentions[m];
            if (mention.type == EntityType::person && mention.kind == MentionKind::name && mention.first_token == units_[u].first)
                return m;
        }
        return SIZE_MAX;
    }
    /// The unit that begins at `token`, or the number of units.
    std::size_t unit_at_token(std::uint32_t token) const {
        const auto found = std::lower_bound(units_.begin(), units_.end(), token, [](const Unit& unit, std::uint32_t t) {
            return unit.first < t;
        });
        return found != units_.end() && found->first == token ? static_cast<std::size_t>(found - units_.begin()) : units_.size();
    }

    /// "FIFA President Gianni Infantino", "Pfizer CEO Albert Bourla": an acronym before a title, or a
    /// name before a company officer's title, is the organisation the person serves. Past the unit
    /// that ends the person, or `i` when that is not what stands here ("Trump adviser X" is no body).
    std::size_t read_organisation_and_officer(std::size_t i, std::size_t b) {
        std::size_t end = i;
        if (unknown_acronym(i)) {
            end = i + 1;
        } else {
            while (end < b && end - i < 3 && !consumed_[end] && units_[end].is(u_cap) && units_[end].is(u_unknown | u_proper) &&
                   !units_[end].is(u_lexical | u_connector) && !is_known_surname(doc_.key(units_[end].first)))
                ++end;
            if (end < b && !units_[end].corporate) return i;
        }
        if (end == i || end >= b || consumed_[end] || !units_[end].is(u_title | u_title_mod) || units_[end].rank) return i;
        // "HMS Queen Elizabeth": a ship, not a queen serving HMS
        if (units_[end].regnal) return i;
        const std::size_t mentions_before = doc_.mentions.size();
        add(i, end, EntityType::agency, MentionKind::name);
        for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
        const std::size_t read = read_person_at(end, b);
        const bool named = read > end && doc_.mentions.size() > mentions_before + 1 &&
                           doc_.mentions.back().type == EntityType::person;
        if (named) return read;
        doc_.mentions.resize(mentions_before);
        for (std::size_t k = i; k < read; ++k) consumed_[k] = false;
        return i;
    }

    /// "of Public Security", "to the President for Economic Security", "to China".
    /// The country unit a title serves, after "of" at its end ("Minister of Foreign Affairs of Japan"),
    /// or SIZE_MAX; "Ambassador to China" serves another, and in "Director of the United States
    /// Geological Survey" the country names the body.
    std::size_t country_of_title(std::size_t first, std::size_t end) const {
        if (end < first + 3) return SIZE_MAX;
        std::size_t u = end - 1;
        // "Emir of Qatar Sheikh Tamim": a rank or a form of address between the office and the name
        while (u > first + 2 && (units_[u].rank || units_[u].is(u_honorific))) --u;
        if (!units_[u].is(u_country) || units_[u].is(u_compound)) return SIZE_MAX;
        std::size_t before = u - 1;
        if (units_[before].is(u_the)) --before;
        return doc_.key(units_[before].first) == "of" ? u : SIZE_MAX;
    }

    /// Whether a comma before unit `k` separates the fields of one office ("Minister of Economy,
    /// Trade and Industry"): capitalised ordinary words, more commas, then "and" and another.
    bool continues_field_series(std::size_t k, std::size_t b) const {
        auto field_word = [&](std::size_t u) {
            return u < b && units_[u].is(u_cap) && units_[u].is(u_common) && !units_[u].is(u_namey | u_countryish | u_title);
        };
        for (std::size_t u = k; u < b && u < k + 8; ++u) {
            if (!field_word(u)) return false;
            while (field_word(u + 1)) ++u;
            if (u + 1 < b && units_[u + 1].is(u_and)) return field_word(u + 2);
            if (u + 1 >= b || !units_[u + 1].is(u_comma)) return false;
            ++u;  // the next comma; the loop steps past it
        }
        return false;
    }

    std::size_t title_complement_end(std::size_t j, std::size_t b) const {
        const std::string_view word = doc_.key(units_[j].first);
        if (word != "of" && word != "for" && word != "to") return j;
        std::size_t k = j + 1;
        if (k < b && units_[k].is(u_the)) ++k;
        const std::size_t start = k;
        while (k < b) {
            // "Director of the Federal Bureau of Investigation Christopher Wray", "Secretary of Health and
            // Human Services Xavier Becerra": an agency read first is (the rest of) the office
            if (consumed_[k]) {
                std::size_t end = agency_end_at(k);
                // "Head of the Office of the President of Ukraine Andriy Yermak": the body's country
                if (end > k && end + 1 < b && doc_.key(units_[end].first) == "of") {
                    std::size_t c = end + 1;
                    if (units_[c].is(u_the) && c + 1 < b) ++c;
                    if (units_[c].is(u_country) && starts_name(c + 1, b)) end = c + 1;
                }
                // ("... Central Committee Xi Jinping", "... Central Committee To Lam": a short word that is
                // also a word, or "To", begins a name before another)
                const bool short_name = end + 1 < b && !consumed_[end] && units_[end].is(u_cap) &&
                                        doc_.key(units_[end].first).size() <= 3 && !units_[end].is(u_title | u_title_mod) &&
                                        units_[end + 1].is(u_namey | u_common) && units_[end + 1].is(u_cap) &&
                                        !units_[end + 1].is(u_lexical | u_place | u_countryish);
                const bool name_next = starts_name(end, b) || short_name ||
                                       (end < b && (units_[end].is(u_honorific) || units_[end].rank) && starts_name(end + 1, b));
                return end > k && name_next ? end : (k == start ? j : k);
            }
            const Unit& u = units_[k];
            if (u.is(u_country) && k == start) { ++k; break; }  // "Ambassador to China", "Minister of Japan"
            // "Secretary of State Cardinal Parolin", "Secretary of Labor Martin J. Walsh": a rank or a
            // given name that is also a word, right before a name, starts the person
            if (k > start && (u.rank || (u.is(u_proper) && !u.is(u_lexical))) && starts_name(k + 1, b)) break;
            // ("... for Management and Resources John Bass": a given name and a last capitalised word,
            // though "bass" is also a word)
            if (k > start && u.is(u_proper) && !u.is(u_lexical) && k + 2 == b && units_[k + 1].is(u_cap) &&
                !units_[k + 1].is(u_title | u_org | u_agency))
                break;
            if (u.is(u_title | u_title_mod | u_org | u_agency) || (u.is(u_common) && !u.is(u_unknown))) { ++k; continue; }
            // "of Intergovernmental Affairs Tom Perez": a word the dictionary lacks, before an ordinary
            // word that is no name ("Affairs") and a name, belongs to the office. Without the name after
            // it, it is the name: "Chief of Cabinet Nicolás Posse of Argentina".
            auto unknown_field = [&](std::size_t f) {
                return f + 2 < b && units_[f].is(u_unknown) && units_[f].is(u_cap) && !consumed_[f + 1] &&
                       units_[f + 1].is(u_common) && !units_[f + 1].is(u_proper | u_unknown) && starts_name(f + 2, b);
            };
            // ("for Political and Peacebuilding Affairs Rosemary DiCarlo": so after "and")
            if (u.is(u_and) && k + 1 < b && (units_[k + 1].is(u_common) || unknown_field(k + 1))) { ++k; continue; }
            if (u.is(u_comma) && k > start && continues_field_series(k + 1, b)) { ++k; continue; }
            if (unknown_field(k)) { k += 2; continue; }
            break;
        }
        // "Minister of Japan" ends the title, but "of Japan" after a name is read by the caller.
        return k == start ? j : k;
    }

    /// The unit after the agency mention that starts at unit `u` (in this sentence), or `u` if none does.
    std::size_t agency_end_at(std::size_t u) const {
        for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend() && m->sentence == index_; ++m) {
            if (m->type != EntityType::agency || m->first_token != units_[u].first) continue;
            std::size_t end = u;
            while (end < units_.size() && units_[end].first < m->end_token) ++end;
            return end;
        }
        return u;
    }

    /// Whether unit `k` begins a name for certain: an initial, a capitalised word that is no ordinary
    /// word ("J.", "Parolin", "Walsh"), or a given name that is also a word before one ("Mark Milley").
    bool starts_name(std::size_t k, std::size_t b) const {
        if (k >= b || consumed_[k]) return false;
        const Unit& u = units_[k];
        if (u.is(u_lexical) || !u.is(u_namey)) return false;
        if (u.is(u_initial) || !u.is(u_common)) return true;
        return u.is(u_proper) && k + 1 < b && !consumed_[k + 1] && !units_[k + 1].is(u_common | u_lexical) &&
               units_[k + 1].is(u_namey);
    }

    /// `next`, or past the lower-case name particles from there when unit `particle` is one too:
    /// the "der" of "von der Leyen".
    std::size_t after_particles(std::size_t particle, std::size_t next) const {
        if (!units_[particle].word(w_particle)) return next;
        while (next < units_.size() && next - particle < 3 && units_[next].is(u_connector) && units_[next].word(w_particle) &&
               !units_[next].is(u_cap))
            ++next;
        return next;
    }

    /// A unit written in capitals and dots only ("AU", "U.N."): an acronym.
    bool is_short_form(std::size_t k) const {
        if (units_[k].end != units_[k].first + 1) return false;
        const std::string_view text = doc_.text(doc_.tokens[units_[k].first]);
        return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
    }

    /// Whether a hyphenated word has a country for one of its parts ("India-Middle").
    bool hyphen_joins_country(const Unit& u) const {
        for (std::uint32_t t = u.first; t < u.end; ++t) {
            const std::string_view word = doc_.key(t);
            if (word.find('-') == std::string_view::npos) continue;
            for (const auto& part : split(word, '-'))
                if (schema_.in_category(part, LexCategory::country)) return true;
        }
        return false;
    }

    /// An all-capital word of three letters or more that the schema does not know ("APNSA", "CEO"):
    /// an acronym, not part of a person's name.
    bool unknown_acronym(std::size_t k) const {
        const Token& t = doc_.tokens[units_[k].first];
        return t.has(token_all_caps) && units_[k].is(u_unknown) && !units_[k].is(u_lexical) && t.end - t.begin >= 3 &&
               doc_.key(t).find('.') == std::string_view::npos;
    }

    std::size_t name_run_end(std::size_t j, std::size_t b, bool force_first = false) const {
        std::size_t k = j;
        if (force_first && k < b) ++k;
        while (k < b && !consumed_[k]) {
            const Unit& u = units_[k];
            const bool started = k > j;
            if (started && u.post_nominal) break;
            if (u.is(u_namey) && !u.is(u_countryish | u_agency | u_org | u_event | u_venue)) { ++k; continue; }
            if (u.is(u_namey) && u.is(u_place) && started) { ++k; continue; }
            // "Deputy Attorney General Lisa Monaco": a country's name after a title and a given name ends a name
            if (k == j + 1 && j > 0 && units_[j - 1].is(u_title | u_title_mod | u_honorific) && u.is(u_country) &&
                !u.is(u_compound) && u.end - u.first == 1 && units_[j].is(u_proper) && !units_[j].is(u_common | u_lexical) &&
                (k + 1 >= b || !units_[k + 1].is(u_cap))) {
                ++k;
                break;
            }
            if (started && u.is(u_suffix) && !u.post_nominal) { ++k; continue; }
            if (started && pronoun_ending_name(k)) { ++k; break; }
            if (started && u.inner && k + 1 < b && units_[k + 1].is(u_namey) && !units_[k + 1].is(u_title | u_countryish)) {
                ++k;
                continue;
            }
            if (started && u.is(u_comma) && k + 1 < b && units_[k + 1].is(u_suffix) && !units_[k + 1].post_nominal) {
                k += 2;
                continue;
            }
            if (started && u.is(u_common) && u.is(u_cap) && !u.is(u_lexical) && !(title_case_ && !u.is(u_proper)) &&
                !u.word(w_document)) {
                ++k;  // "Merrick Garland", though not the "Launches" of a headline
                continue;
            }
            if (started && u.is(u_connector) && u.word(w_particle)) {
                const std::size_t next = after_particles(k, k + 1);
                if (next < b && (units_[next].is(u_namey) || ordinary_word_in_name(next))) { k = next; continue; }
            }
            break;
        }
        return k;
    }

    /// "Marine Le Pen": a capitalised word the dictionary has in lower case, after a name's particle,
    /// is the rest of the surname.
    bool ordinary_word_in_name(std::size_t k) const {
        const Unit& u = units_[k];
        return u.is(u_common) && u.is(u_cap) && !u.is(u_lexical) && !title_case_ && !u.word(w_function | w_connector) &&
               !doc_.tokens[u.first].has(token_all_caps);
    }

    /// "Xi Jinping", "Li Qiang": a short surname that is a word too, before a name the dictionary lacks.
    bool short_surname_at(std::size_t i) const {
        return units_[i].is(u_cap) && units_[i].is(u_common) && !units_[i].is(u_lexical) &&
               !units_[i].word(w_function | w_determiner | w_connector) && doc_.key(units_[i].first).size() <= 3 &&
               i + 1 < units_.size() && units_[i + 1].is(u_unknown) && units_[i + 1].is(u_cap) && !units_[i + 1].is(u_lexical) &&
               !doc_.tokens[units_[i + 1].first].has(token_all_caps);  // "LOS ALAMOS," begins a dateline
    }

    std::size_t read_bare_name(std::size_t i, std::size_t b) {
        if (i + 1 < b && (short_surname_at(i) || surname_like_short_word(i)))
            return add_bare_person(i, name_run_end(i, b, /*force_first=*/true));
        if (!units_[i].is(u_namey) || units_[i].is(u_lexical)) return i;
        // "APNSA Jake Sullivan": a title's acronym before a known name; "MOTEGI Toshimitsu" is a
        // surname written in capitals before a given name
        if (unknown_acronym(i) && starts_name(i + 1, b) && units_[i + 1].is(u_proper) &&
            !doc_.tokens[units_[i + 1].first].has(token_all_caps))  // "SAN JOSÉ" is all in capitals
            return i;
        const std::size_t end = name_run_end(i, b);
        if (end == i) return i;
        // "Advisor for Cyber Anne Neuberger": a word the dictionary does not know after a title's "for",
        // before a given name it knows, is the office's field
        if (i > 0 && end >= i + 3 && one_of(doc_.key(units_[i - 1].first), {"for", "of"}) && units_[i].is(u_unknown) &&
            !units_[i].is(u_proper) && units_[i + 1].is(u_proper) && !units_[i + 1].is(u_common)) {
            consumed_[i] = true;
            return i + 1;
        }
        // "DFAT Media Liaison": an acronym before ordinary words is an office, not a person
        const bool office = unknown_acronym(i) && end > i + 1 && std::all_of(&units_[i + 1], &units_[end], [](const Unit& u) {
            return u.is(u_common) && !u.is(u_unknown);
        });
        // "the India-Middle East-Europe Economic Corridor": a name that joins a country to other
        // words by a hyphen names a project or a route, not a person
        const bool joins_country = std::any_of(&units_[i], &units_[end], [&](const Unit& u) { return hyphen_joins_country(u); });
        if (joins_country) {
            for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
            return end;
        }
        // "St. Patrick's Day", "Mother's Day": a name's day is a holiday; so is "Independence Day"
        const bool holiday = end + 1 < b && units_[end].is(u_possessive) && doc_.key(units_[end + 1].first) == "day";
        const bool named_day = end - i >= 2 && doc_.key(units_[end - 1].first) == "day" &&
                               (units_[i].is(u_common) || !units_[i].is(u_proper));  // not "Doris Day"
        if (office || holiday || named_day || (end < b && units_[end].is(u_cap) && units_[end].word(w_document))) {  // "the Abraham Accords"
            const std::size_t read = office || named_day ? end : holiday ? end + 2 : end + 1;
            for (std::size_t k = i; k < read; ++k) consumed_[k] = true;
            return read;
        }
        // "in Woodside", "Woodside, California": a place, not a person
        const std::uint32_t before = units_[i].first;
        const bool after_place_word = before > sentence_.first_token &&
                                      one_of(doc_.key(before - 1), {"in", "at", "near", "outside", "across"});
        bool before_region = false;
        std::string region_country;  // "Gandhinagar, India" lies in India
        // "Woodside, California" is a place; "Tarra Simmons, Washington State Representative" a person
        // ("SAN JOSÉ, Costa Rica": a dateline's capitals name a place, whatever its first word)
        const bool in_capitals = std::all_of(&units_[i], &units_[end], [&](const Unit& u) {
            return doc_.tokens[u.first].has(token_all_caps);
        });
        const bool given_name_first = end - i >= 2 && units_[i].is(u_proper) && !in_capitals;
        // ("Julissa Reynoso, United States Ambassador to Spain": a country that begins a title is no region)
        const bool region_alone = end + 2 >= units_.size() || !units_[end + 2].is(u_cap | u_possessive);
        if (!given_name_first && end + 1 < units_.size() && units_[end].is(u_comma) && region_alone) {
            const Unit& region = units_[end + 1];  // "New Mexico" is one unit
            if (region.is(u_country) && !region.is(u_compound)) {
                before_region = true;
                region_country = region.country->value;
            } else if (region.is(u_place)) {
                before_region = true;
                region_country = region.place->country;
            }
        }
        // "travels to the Western Balkans", "a statement from the Amiri Diwan": a person's name takes
        // no article, so what follows "the" is a place after a preposition of place, else no one
        // ("the Biden administration" is a name used as a modifier, and still a person's)
        const bool after_the = end - i >= 2 && !units_[i].is(u_honorific) && before > sentence_.first_token &&
                               doc_.key(before - 1) == "the" &&
                               (end == units_.size() || units_[end].first >= sentence_.end_token || ends_phrase(end));
        const bool place_before_the = after_the && before - 1 > sentence_.first_token &&
                                      one_of(doc_.key(before - 2), {"in", "at", "to", "near", "across", "around",
                                                                     "throughout", "toward", "towards", "into"});
        // "in AI", "in EV": an acronym after "in" is a field, not a place
        const bool field = end == i + 1 && unknown_acronym(i) && !before_region;
        if (field) {
            consumed_[i] = true;
            return end;
        }
        if (after_place_word || before_region || place_before_the) {
            Mention& m = add(i, end, EntityType::place, MentionKind::name);
            // a dateline's "GANDHINAGAR, India": the place as the article's text writes it
            if (in_capitals && before_region) m.name = capitalise_words(m.name);
            m.known_id = m.name;
            if (before_region) m.country = region_country;
            for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
            return end;
        }
        if (after_the) {
            for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
            return end;
        }
        return add_bare_person(i, end);
    }

    /// "Prime Minister Kishida of Japan", "replacing Moussa Faki Mahamat of Chad": the country unit after
    /// "of" (and "the") right after a name ending at unit `name_end`, or SIZE_MAX.
    std::size_t country_after_name(std::size_t name_end) const {
        const std::size_t b = units_.size();
        if (name_end + 1 >= b || doc_.key(units_[name_end].first) != "of") return SIZE_MAX;
        std::size_t c = name_end + 1;
        if (c < b && units_[c].is(u_the)) ++c;
        // ("Charisse Jones of USA Today": a country that begins a longer name is not one)
        return c < b && units_[c].is(u_country) && (c + 1 == b || !units_[c + 1].is(u_cap)) ? c : SIZE_MAX;
    }

    /// A person named in [i, end) with no title before the name: one may stand in lower case before
    /// it or be set off after it. Past the name.
    std::size_t add_bare_person(std::size_t i, std::size_t end) {
        add(i, end, EntityType::person, MentionKind::name);
        const std::size_t person = doc_.mentions.size() - 1;  // an index: reading the title may add mentions
        read_lower_case_title(i, person);
        read_trailing_title(end, person);
        if (const std::size_t of_country = country_after_name(end);
            of_country != SIZE_MAX && doc_.mentions[person].country.empty())
            doc_.mentions[person].country = units_[of_country].country->value;
        const bool single = end - i == 1;
        // ("Indonesia's Foreign Minister, Sugiono,": one name after a country's office set off is a person's)
        const Mention& named = doc_.mentions[person];
        const bool office_set_off = i >= 2 && units_[i - 1].is(u_comma) && units_[i - 2].is(u_title) &&
                                    !named.position.empty() && !named.country.empty();
        doc_.mentions[person].tentative = single && !near_speech_verb(units_[i].first, units_[end - 1].end) && !office_set_off;
        for (std::size_t k = i; k < end; ++k) consumed_[k] = true;
        return end;
    }

    /// "Chinese foreign minister Wang Yi", "the country's prime minister, X": a title in lower case
    /// (and a country before it) just before a name is still the person's position. So is a
    /// capitalised one that a comma sets off ("the President of Finland, Alexander Stubb").
    void read_lower_case_title(std::size_t name_unit, std::size_t person, bool complement_required = false) {
        const std::size_t title_end = appositive_title_end(name_unit);
        const bool set_off = title_end != name_unit;
        bool complement = set_off && title_end + 1 < name_unit;  // "of Senegal", "of the African Union Commission"
        auto title_word = [&](const Unit& u) { return is_title_word(u, /*capitals=*/set_off); };
        std::size_t k = title_end;
        // "Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi", "U.S. special envoy for
        // Sudan Tom Perriello": the title's complement
        std::size_t c = title_end;
        // ("Minister of Economy, Trade and Industry, Yoji Muto": a series of fields is one complement)
        auto field_link = [&](std::size_t u) { return u > 0 && units_[u].is(u_and | u_comma) && units_[u - 1].is(u_cap); };
        while (c > 0 && title_end - c < 8 &&
               ((units_[c - 1].is(u_cap) && !units_[c - 1].is(u_title | u_comma)) || (c < title_end && field_link(c - 1))))
            --c;
        if (c < title_end && c >= 2 && one_of(doc_.key(units_[c - 1].first), {"for", "of"}) && title_word(units_[c - 2])) {
            k = c - 1;
            complement = true;
        }
        // "chief economist", "chief negotiator": a role after a word of a title is a position
        if (k >= 2 && !units_[k - 1].is(u_cap) && units_[k - 1].end - units_[k - 1].first == 1 &&
            has_category(units_[k - 1].first, LexCategory::role) && title_word(units_[k - 2]))
            --k;
        while (k > 0 && title_word(units_[k - 1])) --k;
        // "Pakistan's army chief", "the Israeli spy chief": a noun in lower case between the country and
        // the title says which service
        if (k >= 2 && k < title_end && describes_service(k - 1) &&
            (units_[k - 2].is(u_possessive) || (units_[k - 2].is(u_countryish) && units_[k - 2].is(u_cap))))
            --k;
        if (k == title_end || !has_category_in(k, title_end, LexCategory::title)) return;
        auto country_before = [&](std::size_t u) {
            return u >= 2 && ((units_[u - 1].is(u_possessive) && units_[u - 2].is(u_countryish)) ||
                              (units_[u - 1].is(u_countryish) && units_[u - 1].is(u_cap) && !units_[u - 1].is(u_compound)));
        };
        // "India's External Affairs Minister, X": the portfolio's words in capitals, after the country
        if (set_off) {
            std::size_t f = k;
            while (f > 0 && k - f < 3 && units_[f - 1].is(u_cap) && units_[f - 1].is(u_common | u_title_mod) &&
                   !units_[f - 1].is(u_title | u_countryish | u_place | u_agency | u_the | u_connector | u_comma))
                --f;
            if (f < k && country_before(f)) k = f;
        }
        // ("India's External Affairs Minister, Dr S. Jaishankar": a country it serves will do for a complement)
        if (complement_required && !complement && !country_before(k)) return;
        // "Isabel Guzman, Administrator of the SBA, Xavier Becerra, ...": a title right after a comma
        // is the name's before it
        if (set_off && k > 0 && units_[k - 1].is(u_comma)) return;
        const std::size_t position_end = title_end == name_unit ? name_unit : name_unit - 1;  // without the comma
        // "his Chinese counterpart Wang Yi": whose peer the person is, not which office; the country stays
        const bool peer = position_end == k + 1 && one_of(doc_.key(units_[k].first), {"counterpart", "counterparts"});
        if (!peer)
            doc_.mentions[person].position =
                std::string(doc_.text(doc_.tokens[units_[k].first].begin, doc_.tokens[units_[position_end - 1].end - 1].end));
        std::size_t q = k;
        if (q > 0 && units_[q - 1].is(u_possessive)) --q;
        // "U.S. Middle East envoy Steve Witkoff", "Russia's Syria envoy": the place is the field
        auto serves = [&](std::size_t after) {  // a country just before unit `after`
            return after > 0 && units_[after - 1].is(u_countryish) && !units_[after - 1].is(u_compound) &&
                   units_[after - 1].is(u_cap);
        };
        std::size_t field = SIZE_MAX;
        if (q > 1 && (is_field(q - 1) || posted_to_body(q - 1))) {  // or the body it is posted to: "China's U.N. envoy"
            std::size_t before = q - 1;
            // "Russia's deputy UN ambassador": the rank of the office may stand before the body
            while (before > 1 && !units_[before - 1].is(u_cap) &&
                   schema_.in_category(doc_.key(units_[before - 1].first), LexCategory::title_mod))
                --before;
            if (units_[before - 1].is(u_possessive)) --before;
            if (serves(before)) field = q - 1, q = before;
        }
        if (serves(q)) {
            doc_.mentions[person].country = qualifier_code(q - 1);
            qualify(q - 1);
            if (field != SIZE_MAX) qualify(field);
        } else if (q > 0 && doc_.key(units_[q - 1].first) == "its") {
            // "Qatar was represented by its prime minister, X": the country named last before "its"
            // (which stays a party of the sentence, not a word of the title)
            const std::size_t owner = last_country_or_body_before(q - 1);
            if (owner != SIZE_MAX && units_[owner].is(u_country)) doc_.mentions[person].country = qualifier_code(owner);
        } else if (set_off && doc_.key(units_[title_end].first) == "of") {
            // "the President of Finland, X" serves Finland ("the ambassador to the U.S., X" does not)
            std::size_t c = title_end + 1;
            if (units_[c].is(u_the)) ++c;
            if (units_[c].is(u_country)) {
                doc_.mentions[person].country = qualifier_code(c);
                qualify(c);
            }
        } else if (set_off && complement && doc_.key(units_[title_end].first) == "to" && title_end > k + 2 &&
                   units_[title_end - 1].is(u_country) && !units_[title_end - 1].is(u_compound)) {
            // "the Permanent Representative of India to the United Nations, X" serves India
            const std::size_t c = title_end - 1;
            const std::size_t of = units_[c - 1].is(u_the) ? c - 2 : c - 1;
            if (doc_.key(units_[of].first) == "of") {
                doc_.mentions[person].country = qualifier_code(c);
                qualify(c);
            }
        }
    }
    /// "Science, Innovation and Technology Secretary": where the last field of a series joined by "and"
    /// begins, when a title follows it; SIZE_MAX when no such series starts at `j`.
    std::size_t last_field_of_series(std::size_t j, std::size_t b) const {
        auto field_word = [&](std::size_t k) {
            const Unit& u = units_[k];
            return k < b && u.is(u_cap) && u.is(u_common | u_title_mod) &&
                   !u.is(u_title | u_countryish | u_place | u_agency | u_the | u_and | u_comma | u_connector);
        };
        std::size_t k = j, last = SIZE_MAX;
        while (field_word(k)) {
            std::size_t end = k;
            while (end < k + 3 && field_word(end)) ++end;
            if (end < b && units_[end].is(u_title) && !units_[end].rank) return last == SIZE_MAX ? SIZE_MAX : k;
            if (end + 1 >= b || end > k + 1 || !units_[end].is(u_and | u_comma)) return SIZE_MAX;
            if (units_[end].is(u_and)) last = end + 1;
            k = end + 1;
        }
        return SIZE_MAX;
    }

    /// The last unit before `k` in the sentence that names a country or a body (SIZE_MAX if none).
    std::size_t last_country_or_body_before(std::size_t k) const {
        while (k > 0) {
            --k;
            if (units_[k].is(u_cap) && units_[k].is(u_country | u_agency | u_org)) return k;
        }
        return SIZE_MAX;
    }

    /// A single common noun in lower case ("army", "intelligence"), no function word or verb.
    bool describes_service(std::size_t k) const {
        const Unit& u = units_[k];
        return u.end - u.first == 1 && !u.is(u_cap) && u.is(u_common | u_org) && !u.is(u_connector) &&
               !u.word(w_function | w_determiner | w_phrase_ender) && !is_trigger(k) &&
               doc_.tokens[u.first].has(token_word) && !ends_with(doc_.key(u.first), "ed");
    }

    /// A word of a title: one the lexicon lists, in lower case, or when `capitals` also capitalised
    /// (a title set off by commas; otherwise a capitalised title before a name was read with it).
    bool is_title_word(const Unit& u, bool capitals) const {
        if (u.is(u_cap)) return capitals && u.is(u_title | u_title_mod) && !u.is(u_namey & ~u_proper);
        return u.end - u.first == 1 && has_lower_title(u.first);
    }

    /// "Jean Victor Geneus, Haiti's foreign minister, told the council", "Mark Rutte, the Dutch prime
    /// minister,", "X, foreign minister of Indonesia,": a title set off after the name is the person's
    /// position, and the country before or after it the one the person serves.
    void read_trailing_title(std::size_t name_end, std::size_t person) {
        // "The Hon Penny Wong MP, Minister for Foreign Affairs": letters after the name come first
        while (name_end < units_.size() && units_[name_end].post_nominal) ++name_end;
        if (!doc_.mentions[person].position.empty() || name_end + 2 > units_.size()) return;
        // "The Senate confirmed Marco Rubio as secretary of state": the office taken
        const bool as = doc_.key(units_[name_end].first) == "as";
        if (!as && (name_end + 2 == units_.size() || !units_[name_end].is(u_comma))) return;
        std::size_t k = name_end + 1;
        if (units_[k].is(u_the)) ++k;
        std::size_t country = SIZE_MAX;
        if (k < units_.size() && units_[k].is(u_countryish) && !units_[k].is(u_compound) && units_[k].is(u_cap)) {
            country = k++;
            if (k < units_.size() && units_[k].is(u_possessive)) ++k;
        } else if (k + 1 < units_.size() && units_[k].is(u_agency) && units_[k].is(u_cap) && units_[k + 1].is(u_possessive)) {
            k += 2;  // "Mark Rutte, NATO's secretary general,": the body is read as a member's
        }
        // "India's new high commissioner": how long the holder has held it is no word of the office
        if (k + 1 < units_.size() && !units_[k].is(u_cap) && one_of(doc_.key(units_[k].first), {"new", "incoming", "outgoing", "current"}))
            ++k;
        const std::size_t first = k;
        while (k < units_.size() && !consumed_[k] && (is_title_word(units_[k], /*capitals=*/true) || (as && units_[k].is(u_title))))
            ++k;
        if (k == first || !has_category_in(first, k, LexCategory::title)) return;
        std::size_t title_end = k;
        bool serves_leader = false;
        // "President of Finland": the country right after "of"
        const auto country_after_of = [&](std::size_t of) {
            std::size_t c = of + 1;
            if (units_[c].is(u_the) && c + 1 < units_.size()) ++c;
            return units_[c].is(u_country) && !units_[c].is(u_compound) ? c : SIZE_MAX;
        };
        if (country == SIZE_MAX && k + 1 < units_.size() && doc_.key(units_[k].first) == "of" && country_after_of(k) != SIZE_MAX) {
            country = country_after_of(k);
            k = country + 1;
        } else if (k + 1 < units_.size() && doc_.key(units_[k].first) == "to") {
            // "the U.S. ambassador to the United Nations": where the holder is sent belongs to the
            // position, and is not the holder's country
            std::size_t c = k + 1;
            if (units_[c].is(u_the) && c + 1 < units_.size()) ++c;
            // (the words after the comma are read later: a body known by name, or a country)
            if (units_[c].is(u_agency | u_country) && !units_[c].is(u_compound)) title_end = k = c + 1;
            // "Jen Daskal, deputy homeland security adviser to US President Joe Biden": an adviser to a
            // country's leader serves that country; the leader is read after
            if (country == SIZE_MAX && units_[c].is(u_countryish) && !units_[c].is(u_compound) && c + 1 < units_.size() &&
                units_[c + 1].is(u_title) && schema_.is_leader_position(surface(c + 1, c + 2))) {
                country = c;
                title_end = c - (units_[c - 1].is(u_the) ? 2 : 1);
                serves_leader = true;
            }
        } else if (k + 1 < units_.size() && (doc_.key(units_[k].first) == "for" || (!as && doc_.key(units_[k].first) == "of"))) {
            // "Nick Thomas-Symonds, the minister for European Union relations,": the field is the position's;
            // "Minister for Foreign Affairs of Japan,": a country that ends it is the one served
            // (a name ends the title: "Emhoff, Secretary of Labor Martin J. Walsh, ..." is a list)
            const auto names_someone = [](const Unit& u) {
                return u.is(u_cap) && u.is(u_namey) && !u.is(u_lexical | u_common | u_countryish);
            };
            std::size_t c = k + 1;
            // (a number ends it too: "Lloyd Austin, Secretary of Defense 2. Xavier Becerra, ..." numbers a list)
            while (c < units_.size() && c - k <= 8 && !units_[c].is(u_comma) && doc_.key(units_[c].first) != "." &&
                   !names_someone(units_[c]) && !doc_.tokens[units_[c].first].has(token_number))
                ++c;
            // (the sentence may end the complement: "..., and Ursula von der Leyen, President of the Commission.")
            if (c == units_.size() || units_[c].is(u_comma) || doc_.key(units_[c].first) == ".") {
                const std::size_t complement = k + 1;
                title_end = k = c;
                std::size_t of = c - 2;
                if (units_[of].is(u_the)) --of;
                if (country == SIZE_MAX && of > first + 1 && units_[c - 1].is(u_country) && !units_[c - 1].is(u_compound) &&
                    doc_.key(units_[of].first) == "of")
                    country = c - 1, title_end = of;
                else if (country == SIZE_MAX)
                    country = country_of_body(complement, c);
            }
        }
        // "of", "for", "to" go on to a complement, which is part of the title
        auto complement_follows = [&](std::size_t k) { return one_of(doc_.key(units_[k].first), {"of", "for", "to"}); };
        if (as && k < units_.size() && title_end == k && complement_follows(k)) {
            // "as secretary of state", "as director of the National Economic Council"
            std::size_t c = k + 1;
            while (c < units_.size() && c - k <= 6 && !units_[c].is(u_comma | u_possessive) &&
                   !doc_.tokens[units_[c].first].has(token_punct) && (units_[c].is(u_the) || !units_[c].word(w_phrase_ender)))
                ++c;
            if (c > k + 1 && !units_[c - 1].is(u_the)) title_end = k = c;
        }
        // the title is the whole appositive: "X, the president's son," is not a president
        const bool ends = serves_leader || k >= units_.size() || units_[k].is(u_comma) ||
                          one_of(doc_.key(units_[k].first), {".", ";"}) ||
                          (as && units_[k].word(w_phrase_ender) && !complement_follows(k));
        if (!ends) return;
        Mention& m = doc_.mentions[person];
        m.position = std::string(doc_.text(doc_.tokens[units_[first].first].begin, doc_.tokens[units_[title_end - 1].end - 1].end));
        if (country == SIZE_MAX) return;
        m.country = qualifier_code(country);
        qualify(country);
        consumed_[country] = true;
    }

    /// The country unit of a body that a title's complement [from, to) names ("for Qatar's foreign
    /// ministry", "for the Qatari foreign ministry"): its holder serves that country. SIZE_MAX if none.
    /// ("envoy for Ukraine's recovery" names a field, not a body.)
    std::size_t country_of_body(std::size_t from, std::size_t to) const {
        std::size_t c = from < to && units_[from].is(u_the) ? from + 1 : from;
        if (c >= to || !units_[c].is(u_countryish) || units_[c].is(u_compound) || !units_[c].is(u_cap)) return SIZE_MAX;
        std::size_t k = c + 1;
        if (k < to && units_[k].is(u_possessive)) ++k;
        while (k + 1 < to && !units_[k].is(u_cap) && units_[k].is(u_common)) ++k;
        return k + 1 == to && !units_[k].is(u_cap) && has_category(units_[k].first, LexCategory::org_head) ? c : SIZE_MAX;
    }

    /// The country or place at unit `u` qualifies a title: the mention read for it before ("her
    /// French counterpart, X" was read as a country first) becomes a qualifier, or one is added.
    void qualify(std::size_t u) {
        bool named = false;
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            Mention& mention = doc_.mentions[m];
            if ((mention.type != EntityType::country && mention.type != EntityType::place) ||
                mention.first_token != units_[u].first)
                continue;
            mention.qualifier = true;
            named = true;
        }
        if (!named) add_qualifier(u);
    }
    /// Where the title words before a name end: right before it, or, when a comma sets the name
    /// off, before the comma and a country the title names ("China's foreign minister, Wang Yi",
    /// "the Chinese ambassador to the U.S., Xie Feng").
    std::size_t appositive_title_end(std::size_t name_unit) const {
        if (name_unit < 2 || !units_[name_unit - 1].is(u_comma)) return name_unit;
        std::size_t j = name_unit - 1;
        // "the President of the European Council, António Costa": a body the title leads, as a country;
        // "the UK ambassador to Washington, Lord Mandelson": a capital for its country
        const std::size_t body = agency_ending_at(j);
        if (j >= 3 && (units_[j - 1].is(u_countryish | u_place) || body < j)) {
            std::size_t c = std::min(j - 1, body);
            if (c > 0 && units_[c - 1].is(u_the)) --c;
            const std::string_view linking = c > 0 ? doc_.key(units_[c - 1].first) : std::string_view();
            // ("Spain's ambassador in Beijing, Marta Betanzos": an envoy's post)
            const bool post = linking == "in" && c >= 2 && schema_.is_posting_title(doc_.key(units_[c - 2].end - 1));
            if (linking == "of" || linking == "to" || post) j = c - 1;
        }
        if (j == name_unit - 1) j = complement_start(j);
        // "community leaders, CVI Collaborative, ...": a plural names a list's members, not this name
        const std::string_view head = j > 0 ? doc_.key(units_[j - 1].first) : std::string_view();
        // ("Cabinet Secretary for Foreign Affairs, X" ends in a capitalised complement, not a plural)
        if (head.size() > 2 && head.back() == 's' && head[head.size() - 2] != 's' && !units_[j - 1].is(u_cap)) return name_unit;
        return j;
    }
    /// "China's special envoy for Pacific affairs, Qian Bo", "Iran's ambassador to the Kingdom, X": where
    /// a title's complement of a few plain words before the comma at unit `comma` begins (its
    /// preposition), or `comma` when no title comes before such words.
    std::size_t complement_start(std::size_t comma) const {
        for (std::size_t u = comma; u > 1 && comma - u < 5; --u) {
            const Unit& word = units_[u - 1];
            if (one_of(doc_.key(word.first), {"for", "on", "to"}))
                return u < comma && is_title_word(units_[u - 2], true) ? u - 1 : comma;
            const bool plain = word.is(u_the) || (word.is(u_common | u_cap) && !word.is(u_comma | u_and | u_connector | u_title));
            if (!plain || word.end - word.first != 1)
                return comma;
        }
        return comma;
    }

    /// The first unit of an agency read just before unit `u` ("the African Union Commission,"), or `u`.
    std::size_t agency_ending_at(std::size_t u) const {
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            const Mention& mention = doc_.mentions[m];
            if (mention.type != EntityType::agency || mention.end_token != units_[u].first) continue;
            std::size_t first = u;
            while (first > 0 && units_[first - 1].end > mention.first_token) --first;
            return first;
        }
        return u;
    }
    bool has_lower_title(std::uint32_t token) const {
        if (has_category(token, LexCategory::title) || has_category(token, LexCategory::title_mod)) return true;
        // "India's high commissioner to Canada", "the EU's high representative": the lexicon's phrase
        // ("High Commissioner") is matched in capitals only
        return doc_.key(token) == "high" && token + 1 < sentence_.end_token &&
               one_of(doc_.key(token + 1), {"commissioner", "representative"});
    }
    bool has_category_in(std::size_t a, std::size_t b, LexCategory category) const {
        for (std::size_t u = a; u < b; ++u)
            for (std::uint32_t t = units_[u].first; t < units_[u].end; ++t)
                if (has_category(t, category)) return true;
        return false;
    }

    bool has_category(std::size_t token, LexCategory category) const { return schema_.in_category(doc_.key(token), category); }
    bool is_speech(std::size_t token) const { return has_category(token, LexCategory::speech); }

    /// "Spaulding said", "..., Tao said": a lone name next to a verb of saying is a person.
    bool near_speech_verb(std::uint32_t first, std::uint32_t end) const {
        if (end < sentence_.end_token && is_speech(end)) return true;
        if (first > sentence_.first_token && is_speech(first - 1)) return true;
        return false;
    }

    // Honours: "the Order of St Andrew the Apostle", "the Medal of Honor" name no saint, person or
    // place; their words are read as nothing.
    void read_honours(std::size_t a, std::size_t b) {
        for (std::size_t k = a; k + 2 < b; ++k) {
            if (consumed_[k] || !units_[k].is(u_cap) || !one_of(doc_.key(units_[k].first), {"order", "medal"}) ||
                doc_.key(units_[k + 1].first) != "of")
                continue;
            // "the Order of Merit of the Italian Republic": capitalised words, joined by "of" and "the"
            std::size_t end = k + 2;
            while (end < b && !consumed_[end]) {
                std::size_t next = end;
                if (doc_.key(units_[next].first) == "of" && next > k + 2) ++next;
                if (next < b && units_[next].is(u_the)) ++next;
                if (next >= b || consumed_[next] || !units_[next].is(u_cap)) break;
                end = next + 1;
            }
            for (std::size_t c = k; c < end; ++c) consumed_[c] = true;
            k = end - 1;
        }
    }

    // Venues: "Diaoyutai State Guesthouse", "the Walter E. Washington Convention Center" are places, and so are
    // "Lake Chad" and "the Gulf of Aden", whose head comes first (Chad and Aden are other places).
    void read_venues(std::size_t a, std::size_t b) {
        for (std::size_t k = a; k < b; ++k) {
            if (consumed_[k] || !units_[k].is(u_venue) || !units_[k].is(u_cap)) continue;
            std::size_t left = k;
            while (left > a && !consumed_[left - 1] && units_[left - 1].is(u_cap) && !units_[left - 1].is(u_connector) &&
                   units_[left - 1].is(u_common | u_unknown | u_proper | u_initial | u_place | u_title_mod))
                --left;
            std::size_t right = k + 1;
            // "Salt Lake City" (but "San Diego County District Attorney" is an office of the county)
            while (right < b && !consumed_[right] && units_[right].is(u_venue) && units_[right].is(u_cap) &&
                   !(right + 1 < b && units_[right + 1].is(u_cap)))
                ++right;
            if (left == k && units_[k].leads) right = name_after_head(k + 1, b);
            if (left == k && right == k + 1) continue;
            // "Rebuilds America's Shipbuilding Industrial Base": a headline capitalises ordinary words,
            // which name no place there
            if (title_case_ && std::all_of(units_.begin() + left, units_.begin() + k, [](const Unit& u) {
                    return u.is(u_common) && !u.is(u_proper | u_place | u_unknown);
                }))
                continue;
            // "Tuscaloosa City Schools", "the Columbia River Treaty": the name goes on past the head into
            // a body's or a document's, so it names no place
            if (right < b && units_[right].is(u_cap) && (units_[right].is(u_org | u_event) || units_[right].word(w_document)))
                continue;
            Mention& m = add(left, right, EntityType::place, MentionKind::name);
            m.known_id = m.name;
            for (std::size_t c = left; c < right; ++c) consumed_[c] = true;
            k = right - 1;
        }
    }
    /// The end of the name after a leading head ("Chad" in "Lake Chad", "of Aden"), or `u`.
    std::size_t name_after_head(std::size_t u, std::size_t b) const {
        std::size_t k = u;
        if (k + 1 < b && doc_.key(units_[k].first) == "of") ++k;
        if (k + 1 < b && k > u && units_[k].is(u_the)) ++k;
        const std::size_t first = k;
        while (k < b && !consumed_[k] && units_[k].is(u_cap) && !units_[k].is(u_connector | u_venue | u_title | u_honorific) &&
               units_[k].is(u_country | u_place | u_unknown | u_proper))
            ++k;
        return k > first ? k : u;
    }

    void read_rest(std::size_t a, std::size_t b) {
        for (std::size_t k = a; k < b; ++k) {
            if (consumed_[k]) continue;
            const Unit& u = units_[k];
            if (u.is(u_countryish)) {
                add_country(k, false);
            } else if (u.is(u_place)) {
                Mention& m = add(k, k + 1, EntityType::place, MentionKind::name);
                m.known_id = u.place->value;
                m.country = u.place->country;
            } else if (u.is(u_agency)) {
                Mention& m = add(k, k + 1, EntityType::agency, MentionKind::name);
                m.known_id = m.name = u.agency->value;
                m.country = u.agency->country;
            }
            consumed_[k] = true;
        }
    }

    // ---- lower-case descriptions, pronouns, groups -------------------------------------
    bool inside_mention(std::uint32_t token) const {
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)
            if (doc_.mentions[m].first_token <= token && token < doc_.mentions[m].end_token) return true;
        return false;
    }

    void read_lower_case() {
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const Unit& u = units_[k];
            if (read_described_group(k)) continue;
            if (u.is(u_cap) && !u.is(u_pronoun | u_group)) continue;
            if (inside_mention(u.first)) continue;
            if (u.is(u_group)) {
                add(k, k + 1, u.group->value == "country" ? EntityType::country : EntityType::person, MentionKind::group);
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

    /// "Russia's foreign ministry", "the Indian defence ministry": news writes a country's ministry in
    /// lower case after the country. It is the body the gazetteer knows as that country's, if any
    /// ("Ministry of Foreign Affairs of Russia"), else "Ministry of Defence" of that country.
    bool read_national_ministry(std::size_t k) {
        const Unit& field = units_[k - 1];
        if (doc_.key(units_[k].first) != "ministry" || k < 2 || field.is(u_cap) || field.end != field.first + 1) return false;
        const std::string_view field_word = doc_.key(field.first);
        const auto& meanings = schema_.lexicon().exact(field_word);
        const bool names_field = std::any_of(meanings.begin(), meanings.end(), [&](std::uint32_t id) {
            return schema_.entry(id).marked("portfolio") || schema_.entry(id).marked("ministry");
        });
        if (!names_field) return false;
        std::size_t country = k - 2;
        if (units_[country].is(u_possessive)) {
            if (country == 0) return false;
            --country;
        }
        if (!units_[country].is(u_countryish) || units_[country].is(u_compound) || !units_[country].is(u_cap) ||
            !units_[country].country)
            return false;
        const std::string code = units_[country].country->value;
        std::string body = field_word == "foreign" ? "Ministry of Foreign Affairs" : "Ministry of " + surface(k - 1, k);
        body[12] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[12])));
        const std::string_view national = schema_.national_agency(body, code);
        Mention& m = add(k - 1, k + 1, EntityType::agency, MentionKind::name);
        m.name = national.empty() ? body : std::string(national);
        m.known_id = std::string(national);
        m.country = code;
        return true;
    }

    /// "the president", "the prime minister", "the Qatari prime minister", "Qatar's foreign minister":
    /// news writes an office in lower case when no name follows. It names its holder, whom the
    /// resolver finds among the people the article gave that title (of that country, if one is said).
    void read_office_in_lower_case(std::size_t k) {
        std::size_t first = k - 1;
        std::size_t country = SIZE_MAX;
        if (units_[k - 1].is(u_demonym) && !units_[k - 1].is(u_compound) && k >= 2 && is_the(k - 2)) {
            country = k - 1;
            first = k - 2;
        } else if (units_[k - 1].is(u_possessive) && k >= 2 && units_[k - 2].is(u_country) && !units_[k - 2].is(u_compound)) {
            country = k - 2;
            first = k - 2;
        } else if (!is_the(k - 1)) {
            return;
        }
        const std::size_t end = lower_case_title_end(k);
        if (end == k || !ends_phrase(end) || names_holder_after_complement(end)) return;
        Mention& m = add(first, end, EntityType::person, MentionKind::description);
        m.position = surface(k, end);
        if (country == SIZE_MAX) return;
        m.country = units_[country].country->value;
        qualify(country);
    }

    /// "Iran's ambassador to the kingdom, Alireza Enayati": the title at unit `end` goes on to a
    /// complement and the holder's name after a comma, which the name's reading takes.
    bool names_holder_after_complement(std::size_t end) const {
        for (std::size_t comma = end + 1; comma + 1 < units_.size() && comma < end + 6; ++comma)
            if (units_[comma].is(u_comma)) return complement_start(comma) == end && units_[comma + 1].is(u_cap);
        return false;
    }

    /// The unit after a title that starts, in lower case, at unit `k` ("prime minister", "foreign
    /// minister"), or `k` when none does.
    std::size_t lower_case_title_end(std::size_t k) const {
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

    /// "the two leftist leaders", "the two European leaders": a group the lexicon knows ("the two
    /// leaders") with a word between that describes its members.
    bool read_described_group(std::size_t k) {
        if (k + 3 >= units_.size() || !is_the(k) || doc_.key(units_[k + 1].first) != "two" || inside_mention(units_[k].first))
            return false;
        const Unit& described = units_[k + 2];
        const Token& word = doc_.tokens[described.first];
        if (described.end - described.first != 1 || !word.has(token_word) || described.is(u_connector) ||
            described.word(w_function))
            return false;
        for (auto id : schema_.lexicon().exact({"the", "two", doc_.key(units_[k + 3].first)})) {
            const LexEntry& group = schema_.entry(id);
            if (group.category != LexCategory::group || units_[k + 3].end - units_[k + 3].first != 1) continue;
            add(k, k + 4, group.value == "country" ? EntityType::country : EntityType::person, MentionKind::group);
            // ("the two European leaders": the demonym says who they are, and is no party itself)
            if (described.is(u_countryish)) qualify(k + 2);
            return true;
        }
        return false;
    }

    /// "the", also as a sentence's first word (a capitalised "The" is not marked as a connector)
    bool is_the(std::size_t k) const { return doc_.key(units_[k].first) == "the"; }

    bool ends_phrase(std::size_t k) const {
        if (k >= units_.size()) return true;
        const Unit& u = units_[k];
        if (doc_.tokens[u.first].has(token_punct) && !u.is(u_possessive)) return true;
        // "attended the summit Monday": news style dates a verb with a bare weekday
        if (u.word(w_phrase_ender) || u.is(u_speech) || u.is(u_date)) return true;
        // "for a meeting focusing on security", "a summit aimed at": a participle says what it was about
        const std::string_view word = doc_.key(u.first);
        return !u.is(u_cap) && u.end == u.first + 1 &&
               ((word.size() > 5 && ends_with(word, "ing")) || one_of(word, {"aimed", "focused", "devoted", "dedicated"}));
    }

    /// "the second High-Level Joint Dialogue": a lower-case ordinal before an event name.
    void attach_ordinal(std::size_t k) {
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

    /// Whether units [k, k + 3) give a meeting's format of so many ministers a side: "2+2".
    bool ministers_format(std::size_t k) const {
        return k + 2 < units_.size() && units_[k].is(u_number) && doc_.key(units_[k + 1].first) == "+" &&
               units_[k + 2].is(u_number);
    }

    /// Whether unit `k` is a name before an event's head that says which ("the G20 summit", "a NATO
    /// summit", "the COP30 climate conference").
    bool names_event_kind(std::size_t k) const {
        const Unit& p = units_[k];
        return p.is(u_cap) && (p.is(u_agency | u_countryish | u_place | u_unknown) || letters_and_digits(k)) &&
               !p.is(u_title | u_honorific);
    }

    /// The parties of a compound before an event's head qualify it ("the EU-Japan summit").
    void qualify_compound(std::size_t k) {
        if (!units_[k].is(u_compound)) return;
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m)
            if (doc_.mentions[m].first_token == units_[k].first) doc_.mentions[m].qualifier = true;
    }

    /// Whether unit `k` is one word of capitals and digits: "COP30", "P5".
    bool letters_and_digits(std::size_t k) const {
        const Token& token = doc_.tokens[units_[k].first];
        return units_[k].end == units_[k].first + 1 && token.has(token_all_caps) &&  // the tokenizer's "G20" too
               doc_.key(token).find_first_of("0123456789") != std::string_view::npos;
    }

    /// "a bilateral cybersecurity dialogue", "the first such conversation", "the fourth round of dialogue".
    void read_event_description(std::size_t k) {
        if (names_appeal(k)) return;
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
        bool determiner = false, dated = false;
        for (std::size_t steps = 0; left > 0 && steps < 6; ++steps) {
            const Unit& p = units_[left - 1];
            const std::string_view word = doc_.key(p.first);
            if (p.is(u_ordinal)) { ordinal = p.ordinal; --left; continue; }
            if (p.word(w_determiner)) { determiner = true; --left; if (word != "such") break; continue; }
            // "Iran, U.S. end fourth round of talks": only a determiner comes before an ordinal
            if (ordinal && units_[left].is(u_ordinal)) break;
            // "the G20 summit", "a NATO summit": a name in front of the head is part of the event's name,
            // and the parties of a compound there qualify it ("the EU-Japan summit")
            // ("the COP30 climate conference": so is a code of capitals and digits)
            if (names_event_kind(left - 1)) {
                qualify_compound(--left);
                continue;
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
                dated = true;
                continue;
            }
            if (p.is(u_cap) || p.is(u_connector) || doc_.tokens[p.first].has(token_punct) || p.is(u_pronoun)) break;
            if (is_trigger(left - 1)) break;  // "Iran and US hold fifth round of talks": a verb ends it
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
        if (!determiner && !ordinal && !place_follows) return;
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
        Mention& m = add(first, end, EntityType::event, MentionKind::description);
        m.event_class = units_[k].event->value;
        if (counted) return;
        m.ordinal = ordinal;
        for (std::size_t p = first; p < end; ++p)
            if (units_[p].is(u_ordinal) && !m.ordinal) m.ordinal = units_[p].ordinal;
    }

    /// The named event this sentence names before `token`, as the subject a possessive "its" refers
    /// back to, or null.
    Mention* event_named_before(std::uint32_t token) {
        Mention* last = nullptr;
        for (std::size_t m = first_mention_; m < doc_.mentions.size(); ++m) {
            Mention& mention = doc_.mentions[m];
            if (mention.first_token < token && mention.type == EntityType::event && mention.kind == MentionKind::name &&
                (!last || mention.first_token > last->first_token))
                last = &mention;
        }
        return last;
    }

    /// Whether the words from unit `k` say over what time or in what role occasions are counted: "this
    /// year", "in six years", "as prime minister". An ordinal before them counts, it does not number. ("Their
    /// third trilateral meeting since 2021" numbers the meetings of a series that began then.)
    bool counts_occasions(std::size_t k) const {
        auto key = [&](std::size_t i) { return i < units_.size() ? doc_.key(units_[i].first) : std::string_view(); };
        auto span_of_time = [](std::string_view w) {
            return one_of(w, {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"});
        };
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

    Document& doc_;
    const Schema& schema_;
    std::uint32_t index_;
    const Sentence& sentence_;
    std::vector<Unit> units_;
    std::vector<bool> consumed_;
    bool title_case_ = false;  // a headline with every word capitalised
    std::vector<std::string_view>& surnames_;
    std::size_t first_mention_ = 0;

public:
    void set_first_mention(std::size_t m) { first_mention_ = m; }
};

}  // namespace

void MentionRecognizer::run(Document& doc) const {
    doc.mentions.clear();
    // News prose has about one mention in eight tokens: with room to spare, the vector seldom
    // grows, and growing moved every mention's strings.
    doc.mentions.reserve(doc.tokens.size() / 6);
    std::vector<std::string_view> surnames;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        SentenceReader reader(doc, schema_, s, surnames);
        reader.set_first_mention(doc.mentions.size());
        reader.read();
    }
    // In text order, longer first where two start together. Sentences come in order, so only
    // the mentions within one can be out of place: sort positions, then move each mention once.
    auto before = [&](std::uint32_t x, std::uint32_t y) {
        const Mention &a = doc.mentions[x], &b = doc.mentions[y];
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    };
    std::vector<std::uint32_t> order(doc.mentions.size());
    std::iota(order.begin(), order.end(), 0u);
    if (std::is_sorted(order.begin(), order.end(), before)) return;
    std::stable_sort(order.begin(), order.end(), before);
    std::vector<Mention> sorted;
    sorted.reserve(order.size());
    for (auto m : order) sorted.push_back(std::move(doc.mentions[m]));
    doc.mentions = std::move(sorted);
}

}  // namespace kg
