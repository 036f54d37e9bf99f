#pragma once
/// Everything kg knows before it reads an article, loaded from schemas/:
/// gazetteers (countries, places, agencies), the lexicon of titles and head
/// words, relation triggers, page furniture, abbreviations and export styles.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/phrase_matcher.hpp"
#include "ingest/tokenizer.hpp"
#include "ingest/word_hash.hpp"

namespace re2 { class RE2; }

namespace kg {

enum class LexCategory : std::uint8_t {
    country, demonym, place, agency, title, title_mod, honorific, org_head, venue_head, event_head,
    ordinal, month, weekday, pronoun, group, role, speech, place_prep, name_suffix
};

/// One word's entry in the schema's word table.
struct WordFacts {
    bool common = false;             ///< an ordinary dictionary word ("security")
    bool proper = false;             ///< a dictionary proper noun ("jennifer", "beijing")
    bool given = false;              ///< a given name the dictionary has as a word or a place ("bola", "israel")
    std::uint32_t lexicon_step = 0;  ///< the lexicon node a phrase starting with it leads to; 0: none
};

/// One meaning of a lexicon phrase. A phrase may have several ("general": title and modifier).
struct LexEntry {
    LexCategory category;
    std::string value;    ///< canonical name, code or class, depending on the category; for titles, marks ("rank|regnal")
    std::string country;  ///< ISO code for places and agencies
    int number = 0;       ///< ordinals, months, weekdays
    bool acronym = false; ///< written in capitals in the schema ("DHS"): matches only capitals
    /// Whether `mark` is one of the '|'-separated marks in `value` ("rank" in "rank|regnal").
    bool marked(std::string_view mark) const;
    /// The text after "key:" in one of the marks ("for:Governor"), or "".
    std::string_view mark_value(std::string_view key) const;
};

enum class TriggerVoice : std::uint8_t { active, passive, between, possessive, with, group, negation };

struct Trigger {
    RelationType relation = RelationType::attended;
    TriggerVoice voice = TriggerVoice::active;
};

struct FurnitureRule {
    enum class Kind { line, prefix, suffix, ending, credit, caption } kind;
    std::string text;  ///< the pattern of a line or credit rule, the text of a prefix or suffix rule
};

struct EntityStyle {
    std::string shape;
    std::string color;  ///< #rrggbb
    std::string legend;
    int red() const;
    int green() const;
    int blue() const;
};

class Schema {
public:
    // (not copied: canonical_people_ views the keys of person_countries_, which a move keeps in place)
    Schema() = default;
    Schema(const Schema&) = delete;
    Schema& operator=(const Schema&) = delete;
    Schema(Schema&&) = default;
    Schema& operator=(Schema&&) = default;
    /// Loads from `directory`, or the compiled-in copies when it is empty. Throws SchemaError.
    static std::shared_ptr<const Schema> load(const std::string& directory = "");
    /// The compiled-in schema, loaded once per process.
    static std::shared_ptr<const Schema> defaults();

    const AbbreviationSet& abbreviations() const { return abbreviations_; }
    const PhraseMatcher& lexicon() const { return lexicon_; }
    const LexEntry& entry(std::uint32_t id) const { return entries_[id]; }
    /// A country's combining form before a hyphen ("franco" of "Franco-German": France's, as a
    /// demonym), or null.
    const LexEntry* combining_form(std::string_view key) const {
        const auto found = combining_forms_.find(std::string(key));
        return found == combining_forms_.end() ? nullptr : &found->second;
    }
    /// Whether the lexicon lists the word (in lower case) in that category.
    bool in_category(std::string_view word, LexCategory category) const;
    /// Whether the lexicon marks the word (in lower case) a title of an office held at another country
    /// or body ("ambassador", "envoy"): where the holder is posted says nothing of whom the holder serves.
    bool is_posting_title(std::string_view word) const;
    /// Whether the lexicon marks this title, in lower case and whole, so: "rank" ("sheikh", "admiral":
    /// a style, no office), "courtesy" ("ambassador", "senator").
    bool title_marked(std::string_view lower, std::string_view mark) const;
    /// "Foreign Minister" for "Foreign Ministers", "Co-Chair of the Council" for "Co-Chairs of the
    /// Council": the position with its head word in the singular; "" when the head is no plural of a title.
    std::string singular_title(std::string_view position) const;
    /// "Governor" for "Gov.", "Lieutenant Governor" for "Lt. Gov.": a position with the abbreviations
    /// the lexicon marks "for:" spelled out, and without a body's short name in brackets.
    std::string spelled_out_title(std::string_view position) const;
    /// The office a description means: "top diplomat" is a foreign minister (lexicon.tsv's "for:" on
    /// a phrase), else the title spelled out. Only to find the holder: "the EU's top diplomat Kaja
    /// Kallas" keeps her words.
    std::string office_meant(std::string_view position) const;
    /// Whether a position is a head of state's or government's ("Prime Minister", "President of
    /// the European Commission"), whose holders "the two leaders" stands for; not a deputy's.
    bool is_leader_position(std::string_view position) const;
    /// Whether one of the positions is a head of state or government's.
    bool holds_leader_office(const std::vector<std::string>& positions) const {
        return std::any_of(positions.begin(), positions.end(), [&](const std::string& p) { return is_leader_position(p); });
    }
    /// A position's office without its complement, in lower case: "president" of "President of the
    /// European Council".
    static std::string office_head(std::string_view position);
    /// Whether a position names a company's or a foundation's office ("President and Founder", "Chairman
    /// and Chief Executive Officer"): the lexicon's titles marked "corporate".
    bool names_corporate_office(std::string_view position) const;
    /// Whether a body's name ends in the head of a company's or citizens' body ("American Bar
    /// Association", "Pfizer Inc."): the lexicon's org_head marked "company" or "civil".
    bool names_private_body(std::string_view name) const;
    /// The home country of a news agency as a dateline credits it ("Yonhap": "KR"), or empty.
    std::string_view news_agency_country(const std::string& credit) const {
        const auto found = news_agency_countries_.find(credit);
        return found == news_agency_countries_.end() ? std::string_view() : std::string_view(found->second);
    }
    /// Whether the agency serves the world rather than its own country (news_agencies.tsv: "world").
    bool world_news_agency(const std::string& credit) const { return world_news_agencies_.count(credit) > 0; }
    /// The country of the government whose site the URL is on ("https://www.state.gov/..." -> "US"), or
    /// empty: publishers.tsv.
    std::string_view publisher_country(std::string_view url) const;
    /// The country of a well-known office holder by name or other name, as written ("Xi Jinping" ->
    /// "CN"), or empty: people.tsv.
    std::string_view known_person_country(const std::string& name) const;
    /// The name people.tsv gives a well-known office holder that `name` (as written) is another spelling
    /// of ("Volodymyr Zelenskiy" -> "Volodymyr Zelenskyy"; a surname alone, to the surname: "Zelenskiy" ->
    /// "Zelenskyy"), or `name` itself.
    std::string_view canonical_person(std::string_view name) const;
    /// The country of the well-known office holders of that surname ("Xi" -> "CN"), when they all have
    /// one, or empty: people.tsv.
    std::string_view known_surname_country(const std::string& surname) const;
    /// Whether the title has a word the country's own officials' titles never have ("Prime Minister" for
    /// "US"): foreign_titles.tsv.
    bool foreign_title(std::string_view country, std::string_view title) const;
    const PhraseMatcher& triggers() const { return triggers_; }
    const Trigger& trigger(std::uint32_t id) const { return trigger_list_[id]; }
    const std::vector<FurnitureRule>& furniture() const { return furniture_; }
    /// All line rules as one RE2 alternation, or null when there are none.
    const re2::RE2* furniture_lines() const { return furniture_lines_.get(); }
    /// The credit rules, each a pattern whose one group is the credit to cut from a line.
    const std::vector<std::shared_ptr<const re2::RE2>>& furniture_credits() const { return furniture_credits_; }
    const EntityStyle& style(EntityType type) const { return styles_[static_cast<int>(type)]; }

    /// What the dictionaries and the lexicon know of a lower-case word, in one lookup.
    const WordFacts& word(std::string_view lower) const { return word(lower, WordHash{}(lower)); }
    /// The same, for a caller that has hashed the word already (with WordHash) for other tables.
    const WordFacts& word(std::string_view lower, std::size_t hash) const {
        const auto found = words_.find(lower, hash);
        return found == words_.end() ? unknown_word_ : found->second;
    }
    /// The canonical name of a country code ("US" -> "United States"), or empty.
    std::string_view country_name(std::string_view code) const;

    /// "Ministry of Foreign Affairs of Russia" for ("Ministry of Foreign Affairs", "RU"): the name the
    /// agency gazetteer gives a country's body of that name, or empty when it lists none.
    std::string_view national_agency(std::string_view body, std::string_view code) const;
    /// The agency gazetteer's entry for this name or alias ("Department of Treasury"), or null.
    const LexEntry* agency_named(std::string_view name) const;
    /// Whether other countries' bodies have this name of the known body too ("Foreign Office", "Ministry of
    /// Defence": marked "?" in agencies.tsv), so that it names that body only where the text names its country.
    bool shared_agency_name(const std::string& known_id, std::string_view name) const;

    /// The formal given name of a nickname ("joe" -> "joseph"), or the word itself.
    std::string_view formal_name(std::string_view lower) const {
        auto found = nicknames_.find(std::string(lower));
        return found == nicknames_.end() ? lower : std::string_view(found->second);
    }

    /// Tokenises a phrase the way articles are tokenised, returning its keys.
    std::vector<std::string> phrase_keys(std::string_view phrase) const;

private:
    void load_countries(const std::string& text);
    void load_places(const std::string& text);
    void load_agencies(const std::string& text);
    void load_publishers(const std::string& text);
    void load_people(const std::string& text);
    void load_foreign_titles(const std::string& text);
    void load_lexicon(const std::string& text);
    void load_triggers(const std::string& text);
    void load_furniture(const std::string& text);
    /// The credits of news_agencies.tsv as a regex's alternatives, for furniture.txt's "{news_agencies}".
    std::string news_agency_alternatives() const;
    void load_styles(const std::string& text);
    void add_phrase(std::string_view phrase, LexEntry entry);

    AbbreviationSet abbreviations_;
    PhraseMatcher lexicon_;
    std::vector<LexEntry> entries_;
    PhraseMatcher triggers_;
    std::vector<Trigger> trigger_list_;
    std::vector<FurnitureRule> furniture_;
    std::shared_ptr<const re2::RE2> furniture_lines_;  // shared: RE2 cannot be copied, Schema can
    std::vector<std::shared_ptr<const re2::RE2>> furniture_credits_;
    EntityStyle styles_[5];
    std::string common_text_, proper_text_, given_text_;  // own the words the table views
    WordMap<WordFacts> words_;
    static const WordFacts unknown_word_;
    std::unordered_map<std::string, std::string> country_names_;
    std::unordered_map<std::string, std::string> nicknames_;
    std::unordered_map<std::string, std::string> news_agency_countries_;
    std::unordered_set<std::string> world_news_agencies_;
    std::unordered_map<std::string, LexEntry> combining_forms_;
    std::vector<std::pair<std::string, std::string>> publisher_countries_;  ///< lower-case host or domain, country
    std::unordered_map<std::string, std::unordered_set<std::string>> foreign_title_words_;  ///< country -> words
    std::unordered_map<std::string, std::string> person_countries_;  ///< name as written -> country
    /// another spelling -> people.tsv's name (or surname); both views into person_countries_' keys
    std::unordered_map<std::string_view, std::string_view> canonical_people_;
    std::unordered_map<std::string, std::string> surname_countries_;  ///< a surname all its holders share a country by
    std::unordered_map<std::string, std::uint32_t> agency_by_name_;  ///< lower-case name or alias -> its entry
    std::unordered_set<std::string> shared_agency_names_;            ///< lower case
    std::unordered_map<std::string, std::string> office_phrases_;    ///< "top diplomat" -> "Foreign Minister"
    std::unordered_set<std::string> agencies_with_shared_names_;     ///< canonical names
};

/// Splits a schema file into lines without comments or blank lines, each split at tabs.
std::vector<std::vector<std::string_view>> schema_rows(std::string_view text);

}  // namespace kg
