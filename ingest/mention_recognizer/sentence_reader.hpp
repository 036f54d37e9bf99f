#pragma once
/// The mention recognizer's grammar, one sentence at a time. Its parts are in this folder, one file
/// for each kind of phrase (the sections below name them); mention_recognizer.cpp runs it over a
/// document. Internal to the stage: nothing outside ingest/mention_recognizer* includes it.
#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/schema.hpp"

namespace kg::recognition {

/// What a unit is, as bits: one unit may be several things ("Georgia" is a country and a place).
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
    bool vessel = false;     // a ship's prefix, before a name of any words ("HMS Queen Elizabeth")
    bool company = false;    // an organisation's head that a company or foundation has ("Corporation")
    bool alone = false;      // an organisation's head that alone names the body named before ("the Commission")
    std::uint8_t words = 0;  // WordClass bits of the first token
    std::vector<CompoundPart> parts;
    bool is(std::uint32_t f) const { return (flags & f) != 0; }
    bool word(std::uint8_t w) const { return (words & w) != 0; }
};

/// Membership in the word lists of classification.cpp, as bits.
enum WordClass : std::uint8_t {
    w_connector = 1, w_particle = 2, w_phrase_ender = 4, w_function = 8, w_determiner = 16, w_org_head = 32,
    w_document = 64,
};

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
    // ---- classification.cpp: tokens into units (lexicon matches and classified words) -----------------------
    void classify();

    /// "President Donald J. Trump Launches New Plan": a headline in title case capitalises its verbs
    /// and nouns too, so there an ordinary capitalised word does not continue a name. Only small
    /// function words ("of", "to", "the") stay in lower case in such a line. Only the headline:
    /// a list of participants ("Aaron Rouse, Virginia State Senator") is capitalised throughout too.
    bool in_title_case() const;

    bool capitalised(std::size_t token) const { return doc_.tokens[token].capitalised(); }
    /// Whether the token after a capitalised phrase carries a name on: a possessive ("Leaders' Summit")
    /// or another capitalised word ("Two Leaders Meeting").
    bool continues_as_name(std::size_t next) const;

    bool all_caps_or_dotted(std::size_t token) const;

    Unit lexicon_unit(std::size_t i, std::size_t end, std::uint8_t words, const WordFacts& facts);

    /// "Israel Katz", "Jordan Bardella": a given name that is a country or a place too, right before a
    /// capitalised word that neither the dictionary nor the lexicon has, begins a person's name.
    bool given_name_before_surname(std::size_t i, std::size_t end) const;

    void add_entry(Unit& unit, const LexEntry& e) const;
    /// Whether a month's name in the unit dates something: a full name, or an abbreviation beside a
    /// number ("Jan. 5"); "Jan" and "Jun" alone are given names.
    bool dates_with_month(const Unit& unit) const;

    static bool acronym_plural(std::string_view text);

    /// Whether "bin", "bint" or "ibn" follows the token: the word is a given name ("Sultan bin Ahmed").
    bool before_patronymic(std::size_t token) const;

    Unit word_unit(std::size_t i, std::uint8_t words, const WordFacts& facts);

    /// Whether "Amir" or "Emir" begins a name ("Amir Khan Muttaqi") rather than stands for the Gulf's title.
    bool given_name_not_title(const Unit& unit) const;
    /// Whether a pronoun's word, capitalised inside the sentence, begins a name the article gave before ("He Lifeng").
    bool surname_not_pronoun(const Unit& unit) const;
    bool is_known_surname(std::string_view key) const;
    /// The last word of each person named here with a given name the dictionary knows ("Emmanuel
    /// Macron"), after a title ("General Secretary To Lam") or as "To Lam", for the sentences after. Without
    /// either, a list's "Women Deliver" would be a person too.
    void remember_surnames();

    bool first_unit_is_function_word(std::uint32_t token) const;

    /// "el-Sisi", "al-Sudani": an Arabic article joined to a capitalised name is a name, though it
    /// starts in lower case.
    bool article_and_name(const Token& t) const;

    /// `facts` are the whole key's; a key with a full stop or hyphen is looked up again in parts.
    void classify_word(Unit& unit, std::string_view key, const WordFacts& facts) const;

    /// A compound that names parties ("U.S.-Israel"), not an origin in demonyms ("Salvadoran-American").
    bool names_parties(std::size_t u) const;

    /// The country, demonym or organisation among a compound part's entries, or null.
    const LexEntry* compound_party(const std::vector<std::uint32_t>& entries, std::string_view part_text) const;

    /// "US-China", "U.S.-Japan-ROK", "Sino-US": every part a country or demonym. An organisation
    /// may be a party too when a country is another ("EU-Japan summit", "ASEAN-China").
    bool read_compound(Unit& unit, std::size_t i, bool lead = false);
    /// "South Africa-Nigeria": a compound whose first party begins in the word before the hyphenated
    /// one (token `i` + 1); an empty unit when there is none at token `i`.
    Unit country_before_compound(std::size_t i, std::size_t end);

    // ---- chunks.cpp: where a capitalised run ends -----------------------------------------------------------
    bool content(std::size_t u) const;

    /// "Vice Premier He Lifeng", "General Secretary To Lam", "Deputy Minister Le Thi Thu Hang": a
    /// capitalised pronoun or small word inside a sentence, between a title and a name, is a surname.
    /// ("General Secretary of the CPV Central Committee To Lam": after a title's body too)
    bool surname_like_short_word(std::size_t u) const;
    /// "To Lam arrived in Guangzhou" after "talks with To Lam": the sentence begins with a person the
    /// article named before, not with a preposition.
    bool opens_with_named_person(std::size_t u) const;
    /// "held talks with To Lam", "met with He Lifeng": "To" and "He" capitalised right after a word in
    /// lower case begin a name. (Not "Le" or "La", which begin newspapers' names.)
    bool after_lower_case_word(std::size_t u) const;
    /// "Liu He": a capitalised "He" inside a sentence, right after a name's word, ends the name.
    bool pronoun_ending_name(std::size_t u) const;
    /// "To", "Le", "Van" written with a capital where the sentence does not begin, outside a headline.
    bool capitalised_small_word_inside(std::size_t u) const;
    /// A pronoun written with a capital where the sentence does not begin, after another unit.
    bool capitalised_pronoun_inside(std::size_t u) const;

    bool chunk_has(std::size_t a, std::size_t b, std::uint32_t flags) const;

    /// The run of content units after `from` up to the next non-content unit.
    std::size_t content_run_end(std::size_t from) const;

    std::size_t chunk_end(std::size_t a) const;

    /// Whether units [a, b) end in an "of" or "for" complement ("Minister of Economy").
    bool in_complement(std::size_t a, std::size_t b) const;

    /// "Ministry of Industry and Information Technology", "State Councilor and Minister ...":
    /// an "and" inside one name rather than between two.
    bool joins_across_and(std::size_t a, std::size_t b) const;

    /// Whether the "and" at unit `u` joins one plain word to the name of a body whose head is unit
    /// `head`: "the Peace and Security Council" ("Security Council" alone is the UN's), "the U.S. Trade
    /// and Development Agency". "Peace" is a surname too, so the word must follow "the" or a country's
    /// or body's name; a one-word body is a second body ("the House and Senate").
    bool field_and_before_body(std::size_t u, std::size_t head) const;
    /// "Minister of Labour", "Secretary for Labour": a party's short name that is also a ministry's
    /// field names the field after an office and "of" or "for", not the party.
    bool portfolio_of_office(std::size_t u) const;

    /// A capitalised common word that may modify an event's head: "Strategic", "Economic".
    /// A capitalised ordinary word that names nothing by itself ("Oceanic", "Atmospheric").
    bool plain_capital(std::size_t k) const;

    /// Whether plain capitalised words (or fields' words too) from unit `k` run into an organisation's
    /// head within three words.
    bool and_joins_body_name(std::size_t k, bool fields) const;
    /// A word that "and" may join to another inside a body's name: a plain capitalised word, or a
    /// field's ("National Security and Defence Council").
    bool word_of_body_name(std::size_t k) const;

    bool plain_modifier(std::size_t k) const;

    std::uint32_t byte_begin(std::size_t u) const { return doc_.tokens[units_[u].first].begin; }
    std::uint32_t byte_end(std::size_t u) const { return doc_.tokens[units_[u].end - 1].end; }

    // ---- mentions.cpp: adding mentions; a chunk's reading ---------------------------------------------------
    /// Surface text of units [a, b) with whitespace folded and typographic apostrophes straightened.
    std::string surface(std::size_t a, std::size_t b) const;

    Mention& add(std::size_t a, std::size_t b, EntityType type, MentionKind kind);

    /// "KISHIDA Fumio": Japan's foreign ministry puts the surname first, in capitals. The name is
    /// "Fumio Kishida", as other reports write it, so that the two spellings are one person.
    std::string person_name(std::size_t a, std::size_t b) const;

    /// A capitalised place or country that may stand for a holder's field, between the country served
    /// and the title ("U.S. Middle East envoy", "Russia's Syria envoy").
    bool is_field(std::size_t k) const;

    /// A one-word unit the lexicon marks as a ministry's field ("labour", "defence", "foreign").
    bool names_portfolio(const Unit& unit) const;

    /// A country or known place inside another name ("the EU-Japan summit", "U.S. Middle East envoy"):
    /// it says which one, and is no party.
    void add_qualifier(std::size_t k);

    void add_country(std::size_t u, bool qualifier);

    void interpret_chunk(std::size_t a, std::size_t b);

    /// "the European Commission ...", then "Commission President von der Leyen", "the Commission": the
    /// head word of a body named before, capitalised alone, is that body (the last one named so). So is
    /// an event's head that ends a known body's name ("Pacific Islands Forum", "Forum Secretary General").
    void read_bodies_by_head(std::size_t a, std::size_t b);

    /// The last body of several words named in an earlier sentence whose name ends in `head`.
    const Mention* body_named_with_head(std::string_view head) const;

    // ---- events.cpp: event names ----------------------------------------------------------------------------
    // Events: the name grows left from an event head over modifiers, right over "on ..." complements.
    void read_events(std::size_t a, std::size_t b);
    /// "violated the 1948 Genocide Convention", "the Geneva Conventions": a treaty, named like a
    /// conference, that the words before it (or its plural) show is no occasion.
    bool names_treaty(std::size_t left, std::size_t head) const;

    /// "Briefing the Council ...", "Meeting immediately after ...": an event's word ending in "-ing" that
    /// opens its sentence before a determiner, a preposition or an adverb is a participle; "Call 1-800-..."
    /// before a number an imperative.
    bool opening_participle(std::size_t h) const;
    /// Whether the capitalised words from unit `k` end a proclamation's observance: "Sports Month".
    bool names_observance(std::size_t k, std::size_t b) const;

    /// "II", "XIV": a number in capital Roman numerals.
    static bool roman_numeral(std::string_view word);

    /// Whether unit `k` closes a body's short name in brackets after the body's name: "Asia-Pacific
    /// Economic Cooperation (APEC)", which then may name an event ("... (APEC) Summit").
    bool short_name_in_brackets(std::size_t k) const;

    /// "the Vice President's Call to Action", "a call for calm": an appeal, not a phone call.
    bool names_appeal(std::size_t k) const;

    /// "Vice President Kamala D. Harris Meeting": a proper name after a name or title ends a person, not an event.
    bool ends_person_name(std::size_t k, std::size_t a) const;

    /// Whether unit `k` is one word that triggers a relation ("hold", "met"): a verb, in news.
    bool is_trigger(std::size_t k) const;
    /// "Sen. Roger Wicker, R-Miss., the chairman of ...": a party's initial and a state set off after
    /// a name (American usage). Reads the party as a body's mention and returns the comma that closes
    /// the tag, or `comma` itself when none follows it.
    std::size_t read_party_tag(std::size_t comma);
    /// Whether a person's office in lower case ends before unit `k`: where a noun phrase ends, or
    /// before a verb in the past or an article ("the prime minister handed the president a letter").
    bool ends_person_description(std::size_t k) const;

    bool extends_event_left(std::size_t k) const;

    /// End of "on Cybercrime and Related Issues" after a head; stops before countries and people.
    std::size_t complement_end(std::size_t from, std::size_t b, bool allow_places) const;

    // ---- agencies.cpp: agency and organisation names --------------------------------------------------------
    // Agencies: a gazetteer match, or a name grown around an organisation head.
    void read_agencies(std::size_t a, std::size_t b);

    /// Makes the country or compound at unit `u`, just before the body named by mention
    /// `mention_index` (which ends at unit `right`), the first words of the body's name.
    /// "the Political Bureau of the CPC Central Committee": the body read from unit `first` is an organ of
    /// the body read already at unit `c`, after "of (the)"; its name runs on to the owner's end, and it
    /// is the owner's country's.
    void take_owner_into_name(std::size_t mention_index, std::size_t first, std::size_t c);
    /// The body's name this sentence read already from unit `u` (not inside another name), or null.
    Mention* body_read_at(std::size_t u);
    /// The first unit from `u` past the end of mention `m`.
    std::size_t unit_past(const Mention& m, std::size_t u) const;

    void take_qualifier_into_name(std::size_t mention_index, std::size_t u, std::size_t right);
    /// "the Japan International Cooperation Agency", "the Korea Development Bank": a country written
    /// out in full after "the" (or opening the sentence), before more words than the head, begins
    /// the body's name; "the U.S. National Security Council" and "China's Foreign Ministry" only say
    /// whose body it is. Right before the head it begins the name of an institution ("the Japan
    /// Institute of International Affairs", "the Japan Foundation"), not of a government's organ
    /// ("the Japan Embassy").
    bool country_name_begins_body(std::size_t u, std::size_t head) const;
    /// "Seth Center, the State Department's deputy envoy,": a given name before the head "Center", with
    /// no "the" before it and an appositive after it that ends on an office, names a person.
    bool right_named_person(std::size_t given, std::size_t head) const;

    /// "Contact Group", "Coalition", "Platform": a word of a body's name [from, to) that gathers others
    /// about a country ("the Ukraine Defense Contact Group"), rather than serving the country that
    /// begins its name.
    bool gathers_others(std::size_t from, std::size_t to) const;

    std::string qualifier_code(std::size_t u) const;

    /// "Deputy", "Acting", "Senior": a word that says where a title's holder stands, not which body
    bool ranks_holder(std::size_t k) const;

    bool ampersand(std::size_t k) const { return doc_.key(units_[k].first) == "&"; }

    bool extends_org_left(std::size_t k) const;

    /// "European People's Party", "Workers' Party", "Women's League": a body named for the many it
    /// serves keeps their possessive ("Finer's Office" is a person's).
    bool owned_by_many(std::size_t possessive) const;

    // ---- people.cpp: people after a title or honorific ------------------------------------------------------
    // People: [country] title words [of ...] NAME [of COUNTRY], honorific NAME, or a name alone.
    void read_people(std::size_t a, std::size_t b);

    std::size_t read_person_at(std::size_t i, std::size_t b);

    /// "U.N. Ambassador", "UN envoy", "NATO Permanent Representative": a body of many countries before
    /// the title of an office held at it.
    bool posted_to_body(std::size_t u) const;

    /// Whether "former" comes just before unit `u`.
    bool held_once(std::size_t u) const;
    /// "Kenya's former Prime Minister", "Kenyan former ...": the country's unit before the "former" that
    /// precedes unit `u`, or SIZE_MAX.
    std::size_t country_before_former(std::size_t u) const;

    /// "Indonesia's Retno Marsudi": a country's possessive before a full name gives the person's
    /// nationality. Past the name, or `country` when no one is named there (a country alone is
    /// left to read_rest; "Japan's Shinkansen" is no person).
    std::size_t read_national(std::size_t country, std::size_t name, std::size_t b);

    // ---- lists.cpp: party tags, national lists, plural titles -----------------------------------------------
    /// "Senator Pete Ricketts (R-Neb.)", "Sen. Lindsey Graham, R-S.C.,": a party and a state after a name
    /// mark a member of the U.S. Congress.
    void read_party_tags();
    /// "R-Neb.", "D-N.H.", "I-Vt.", "D-NY": a party's initial, a hyphen and a state's abbreviation.
    bool party_tag_at(std::size_t token) const;

    /// "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro", "the Indian ministers A, B
    /// and C": a country before a plural office in lower case gives it to every name of the list after;
    /// "his American and Japanese counterparts, Jake Sullivan and Takeo Akiba": two countries, one each.
    void read_national_lists();
    /// "Foreign Ministers Annalena Baerbock and Radoslaw Sikorski": a plural title before a list of
    /// names is each one's office, in the singular. Names after commas count only in a list that
    /// "and" closes ("Foreign Ministers A and B, Olaf Scholz said" leaves Scholz alone).
    void read_plural_titles();
    /// "Philippine", "Japan's": a country's name or adjective that can say whose an office is.
    bool national_adjective(std::size_t u) const;
    /// Past the capitalised title before a name in a list ("Foreign Secretary Enrique Manalo").
    std::size_t past_titles(std::size_t u) const;
    /// A plural of an office in lower case: "counterparts", "ministers".
    bool plural_office(std::size_t u) const;
    /// The person named from unit `u` on, or SIZE_MAX.
    std::size_t person_named_at(std::size_t u) const;
    /// The unit that begins at `token`, or the number of units.
    std::size_t unit_at_token(std::uint32_t token) const;

    /// "FIFA President Gianni Infantino", "Pfizer CEO Albert Bourla": an acronym before a title, or a
    /// name before a company officer's title, is the organisation the person serves. Past the unit
    /// that ends the person, or `i` when that is not what stands here ("Trump adviser X" is no body).
    std::size_t read_organisation_and_officer(std::size_t i, std::size_t b);

    /// "of Public Security", "to the President for Economic Security", "to China".
    /// The country unit a title serves, after "of" at its end ("Minister of Foreign Affairs of Japan"),
    /// or SIZE_MAX; "Ambassador to China" serves another, and in "Director of the United States
    /// Geological Survey" the country names the body.
    std::size_t country_of_title(std::size_t first, std::size_t end) const;

    // ---- names.cpp: title complements and bare names --------------------------------------------------------
    /// Whether a comma before unit `k` separates the fields of one office ("Minister of Economy,
    /// Trade and Industry"): capitalised ordinary words, more commas, then "and" and another.
    bool continues_field_series(std::size_t k, std::size_t b) const;

    std::size_t title_complement_end(std::size_t j, std::size_t b) const;

    /// The unit after the agency mention that starts at unit `u` (in this sentence), or `u` if none does.
    std::size_t agency_end_at(std::size_t u) const;

    /// Whether unit `k` begins a name for certain: an initial, a capitalised word that is no ordinary
    /// word ("J.", "Parolin", "Walsh"), or a given name that is also a word before one ("Mark Milley").
    bool starts_name(std::size_t k, std::size_t b) const;
    /// "IN", "OF", "THE" in a headline written in capitals: a small word, no name.
    bool small_word_in_capitals(std::size_t k) const;
    /// Whether the unit names a region ("Europe", "the Indo-Pacific"), which begins no person's name.
    bool names_region(std::size_t k) const;
    /// Whether the unit is a question's auxiliary before a title ("Will President Xi meet ..."), no name.
    bool opens_question(std::size_t k) const;
    /// Whether the token ends the noun phrase before it: punctuation, the sentence's end, or a word
    /// Whether the capitalised run [i, end) ends in a word for a time or a group of people ("Black History
    /// Month", "Democratic Governors"): no person.
    bool names_group_or_observance(std::size_t i, std::size_t end) const;
    /// that begins something else ("and", "of", "which" ...), not another noun ("state legislators").
    bool ends_noun_phrase(std::uint32_t token) const;

    /// Whether unit `k` is a rank that, alone or with more ranks after it, stands right before a
    /// name ("Cardinal Parolin", "Maj. Gen. Pat Ryder").
    bool ranks_before_name(std::size_t k, std::size_t b) const;

    /// `next`, or past the lower-case name particles from there when unit `particle` is one too:
    /// the "der" of "von der Leyen".
    std::size_t after_particles(std::size_t particle, std::size_t next) const;

    /// A unit written in capitals and dots only ("AU", "U.N."): an acronym.
    bool is_short_form(std::size_t k) const;

    /// Whether a hyphenated word has a country for one of its parts ("India-Middle"), or three parts
    /// or more, which name places in a row ("Lunga-Tanga-Bagamoyo").
    bool hyphen_joins_country(const Unit& u) const;

    /// A word with a capital inside it after two small letters or more ("LockBit", "WhatsApp"): a
    /// product's or a company's name, not a person's, unless a surname's prefix stands before the
    /// capital ("McDonald", "MacArthur", "DeSantis", "VanDyke").
    bool brand_name(const Unit& u) const;

    /// An all-capital word of three letters or more that the schema does not know ("APNSA", "CEO"):
    /// an acronym, not part of a person's name.
    bool unknown_acronym(std::size_t k) const;

    std::size_t name_run_end(std::size_t j, std::size_t b, bool force_first = false) const;

    /// "Marine Le Pen": a capitalised word the dictionary has in lower case, after a name's particle,
    /// is the rest of the surname.
    bool ordinary_word_in_name(std::size_t k) const;

    /// "Xi Jinping", "Li Qiang": a short surname that is a word too, before a name the dictionary lacks.
    bool short_surname_at(std::size_t i) const;

    std::size_t read_bare_name(std::size_t i, std::size_t b);

    /// "Prime Minister Kishida of Japan", "replacing Moussa Faki Mahamat of Chad": the country unit after
    /// "of" (and "the") right after a name ending at unit `name_end`, or in brackets ("Zhang Jun (China)"),
    /// or SIZE_MAX.
    std::size_t country_after_name(std::size_t name_end) const;

    /// Whether unit `k` is a common abstract noun ("Awareness", "Transformation") or the plural that
    /// ends an office's field ("Affairs"), which ends no name.
    bool abstract_noun(std::size_t k) const;

    /// A person named in [i, end) with no title before the name: one may stand in lower case before
    /// it or be set off after it. Past the name.
    std::size_t add_bare_person(std::size_t i, std::size_t end);

    // ---- titles.cpp: titles in lower case, after a name, in appositives -------------------------------------
    /// "Chinese foreign minister Wang Yi", "the country's prime minister, X": a title in lower case
    /// (and a country before it) just before a name is still the person's position. So is a
    /// capitalised one that a comma sets off ("the President of Finland, Alexander Stubb").
    void read_lower_case_title(std::size_t name_unit, std::size_t person, bool complement_required = false);
    /// "Science, Innovation and Technology Secretary": where the last field of a series joined by "and"
    /// begins, when a title follows it; SIZE_MAX when no such series starts at `j`.
    std::size_t last_field_of_series(std::size_t j, std::size_t b) const;

    /// The last unit before `k` in the sentence that names a country or a body (SIZE_MAX if none).
    std::size_t last_country_or_body_before(std::size_t k) const;

    /// A single common noun in lower case ("army", "intelligence"), no function word or verb.
    bool describes_service(std::size_t k) const;

    /// A word of a title: one the lexicon lists, in lower case, or when `capitals` also capitalised
    /// (a title set off by commas; otherwise a capitalised title before a name was read with it).
    bool is_title_word(const Unit& u, bool capitals) const;

    /// "Jean Victor Geneus, Haiti's foreign minister, told the council", "Mark Rutte, the Dutch prime
    /// minister,", "X, foreign minister of Indonesia,": a title set off after the name is the person's
    /// position, and the country before or after it the one the person serves.
    /// The end of a body's name at `k` that its head word makes one ("Progressive Party"), or `k`.
    std::size_t body_by_head_end(std::size_t k) const;
    void read_trailing_title(std::size_t name_end, std::size_t person);

    /// The country unit of a body that a title's complement [from, to) names ("for Qatar's foreign
    /// ministry", "for the Qatari foreign ministry"): its holder serves that country. SIZE_MAX if none.
    /// Whether the office from unit `first` to the comma is set off before the next name, whose it is
    /// ("Trudeau, the Nato secretary general, Mark Rutte, and ...").
    bool office_of_next_name(std::size_t first, std::size_t comma) const;
    /// ("envoy for Ukraine's recovery" names a field, not a body.)
    std::size_t country_of_body(std::size_t from, std::size_t to) const;

    /// The country or place at unit `u` qualifies a title: the mention read for it before ("her
    /// French counterpart, X" was read as a country first) becomes a qualifier, or one is added.
    void qualify(std::size_t u);
    /// Where the title words before a name end: right before it, or, when a comma sets the name
    /// off, before the comma and a country the title names ("China's foreign minister, Wang Yi",
    /// "the Chinese ambassador to the U.S., Xie Feng").
    std::size_t appositive_title_end(std::size_t name_unit) const;
    /// "China's special envoy for Pacific affairs, Qian Bo", "Iran's ambassador to the Kingdom, X": where
    /// a title's complement of a few plain words before the comma at unit `comma` begins (its
    /// preposition), or `comma` when no title comes before such words.
    /// Whether a short name in brackets, "(OIC)", stands right before unit `u`.
    bool short_name_after(std::size_t u) const;
    std::size_t complement_start(std::size_t comma) const;

    /// The first unit of an agency read just before unit `u` ("the African Union Commission,"), or `u`.
    std::size_t agency_ending_at(std::size_t u) const;
    bool has_lower_title(std::uint32_t token) const;
    bool has_category_in(std::size_t a, std::size_t b, LexCategory category) const;

    bool has_category(std::size_t token, LexCategory category) const { return schema_.in_category(doc_.key(token), category); }
    /// "for Foreign and Diaspora Affairs": whether unit `u` stands right before "Affairs" (within `end`),
    /// which makes even a proper noun a field of an office's or a body's name.
    bool before_affairs(std::size_t u, std::size_t end) const {
        return u + 1 < end && doc_.key(units_[u + 1].first) == "affairs";
    }
    bool is_speech(std::size_t token) const { return has_category(token, LexCategory::speech); }

    /// "Spaulding said", "..., Tao said": a lone name next to a verb of saying is a person.
    bool near_speech_verb(std::uint32_t first, std::uint32_t end) const;

    // ---- honours_and_venues.cpp: honours, venues, the rest of a chunk ---------------------------------------
    // Honours: "the Order of St Andrew the Apostle", "the Medal of Honor" name no saint, person or
    // place; their words are read as nothing.
    void read_honours(std::size_t a, std::size_t b);

    // Venues: "Diaoyutai State Guesthouse", "the Walter E. Washington Convention Center" are places, and so are
    // "Lake Chad" and "the Gulf of Aden", whose head comes first (Chad and Aden are other places), and
    // ships ("the carrier USS George Washington", "HMS Queen Elizabeth": no one's names or titles).
    void read_venues(std::size_t a, std::size_t b);
    /// The end of the name after a leading head ("Chad" in "Lake Chad", "of Aden"), or `u`.
    std::size_t name_after_head(std::size_t u, std::size_t b) const;

    void read_rest(std::size_t a, std::size_t b);

    // ---- descriptions.cpp: lower-case descriptions, pronouns, groups ----------------------------------------
    bool inside_mention(std::uint32_t token) const;

    /// Whether units [k, k + 2) are "the two" alone, before a verb: a pair of people.
    bool the_two_alone(std::size_t k) const;
    void read_lower_case();

    /// "Russia's foreign ministry", "the Indian defence ministry": news writes a country's ministry in
    /// lower case after the country. It is the body the gazetteer knows as that country's, if any
    /// ("Ministry of Foreign Affairs of Russia"), else "Ministry of Defence" of that country.
    bool read_national_ministry(std::size_t k);

    /// "the president", "the prime minister", "the Qatari prime minister", "Qatar's foreign minister":
    /// news writes an office in lower case when no name follows. It names its holder, whom the
    /// resolver finds among the people the article gave that title (of that country, if one is said).
    void read_office_in_lower_case(std::size_t k);

    /// "Iran's ambassador to the kingdom, Alireza Enayati": the title at unit `end` goes on to a
    /// complement and the holder's name after a comma, which the name's reading takes.
    bool names_holder_after_complement(std::size_t end) const;

    /// The unit after a title that starts, in lower case, at unit `k` ("prime minister", "foreign
    /// minister"), or `k` when none does.
    std::size_t lower_case_title_end(std::size_t k) const;

    /// "the two leftist leaders", "the two European leaders", "the EU leaders": a group the lexicon
    /// knows ("the two leaders", "the leaders") with a word between that describes its members.
    bool read_described_group(std::size_t k);

    /// "the", also as a sentence's first word (a capitalised "The" is not marked as a connector)
    bool is_the(std::size_t k) const { return doc_.key(units_[k].first) == "the"; }
    /// "held", "hold": a verb of holding an occasion, at unit `u`.
    bool verb_of_holding(std::size_t u) const;
    /// "Sullivan and Wang held candid talks": words that describe an event's head [left, k) after a verb of
    /// holding make it an occasion (not a count of them: "held more than 20 convenings").
    bool held_with_description(std::size_t left, std::size_t k) const;
    /// 'held "candid, substantive" talks': quoted words between a verb of holding and the head at `k`.
    bool held_with_quoted_words(std::size_t k) const;

    bool ends_phrase(std::size_t k) const;

    /// "the second High-Level Joint Dialogue": a lower-case ordinal before an event name.
    void attach_ordinal(std::size_t k);

    /// Whether units [k, k + 3) give a meeting's format of so many ministers a side: "2+2".
    bool ministers_format(std::size_t k) const;

    /// Whether unit `k` is a name before an event's head that says which ("the G20 summit", "a NATO
    /// summit", "the COP30 climate conference").
    bool names_event_kind(std::size_t k) const;

    /// The parties of a compound before an event's head qualify it ("the EU-Japan summit").
    void qualify_compound(std::size_t k);

    /// Whether unit `k` is one word of capitals and digits: "COP30", "P5".
    bool letters_and_digits(std::size_t k) const;

    /// "a bilateral cybersecurity dialogue", "the first such conversation", "the fourth round of dialogue".
    void read_event_description(std::size_t k);

    /// The unit past the body read already after "of (the)" at unit `u` ("... of the AIIB"), which the body
    /// then qualifies, or 0.
    std::size_t body_after_of(std::size_t u);

    /// The named event this sentence names before `token`, as the subject a possessive "its" refers
    /// back to, or null.
    Mention* event_named_before(std::uint32_t token);

    /// Whether the words from unit `k` say over what time or in what role occasions are counted: "this
    /// year", "in six years", "as prime minister". An ordinal before them counts, it does not number. ("Their
    /// third trilateral meeting since 2021" numbers the meetings of a series that began then.)
    bool counts_occasions(std::size_t k) const;

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

}  // namespace kg::recognition
