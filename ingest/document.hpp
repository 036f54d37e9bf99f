#pragma once
/// The data every ingest stage reads and writes: an article, its tokens and
/// sentences, the mentions found in it, the entities they resolve to and the
/// relations between those entities, each with the evidence behind it.
#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class EntityType : std::uint8_t { person, agency, country, event, place };
enum class RelationType : std::uint8_t { attended, co_chaired, agreed, met_with, member_of, part_of, represents, held_in };

constexpr EntityType all_entity_types[] = {EntityType::person, EntityType::agency, EntityType::country,
                                           EntityType::event, EntityType::place};
constexpr RelationType all_relation_types[] = {
    RelationType::attended, RelationType::co_chaired, RelationType::agreed,     RelationType::met_with,
    RelationType::member_of, RelationType::part_of,   RelationType::represents, RelationType::held_in};

std::string_view to_string(EntityType type);
std::string_view to_string(RelationType type);
std::optional<EntityType> entity_type_from(std::string_view name);
std::optional<RelationType> relation_type_from(std::string_view name);
/// agreed and met_with hold both ways; the others have a direction.
bool is_symmetric(RelationType type);

/// One news article as a reader found it.
struct Article {
    std::string id;           ///< stable: a hash of the source file name, item number and text
    std::string source_file;
    std::string format;       ///< text, markdown, html, rss, atom, nitf, newsml
    std::string title;
    std::string date;         ///< ISO 8601 date (YYYY-MM-DD) or empty
    std::string byline;
    std::string url;
    std::string credit;       ///< the news agency the dateline credits ("Yonhap"), or empty
    std::string text;         ///< what is analysed; every offset refers to it
    std::uint32_t part = 0;   ///< a long article is analysed in parts 1, 2, ... (0: whole)
    std::uint64_t char_offset = 0;  ///< characters of the article before this part's text
    std::vector<std::string> warnings;  ///< repairs the reader made (invalid UTF-8 ...)
};

enum TokenFlag : std::uint16_t {
    token_word = 1 << 0,
    token_capitalized = 1 << 1,
    token_all_caps = 1 << 2,
    token_number = 1 << 3,
    token_punct = 1 << 4,
    token_hyphenated = 1 << 5,
    token_line_break_before = 1 << 6,  ///< a newline separates it from the previous token
    token_possessive = 1 << 7,         ///< 's or a lone apostrophe after a word
    token_space_before = 1 << 8,
};

struct Token {
    std::uint32_t begin = 0, end = 0;          ///< bytes in Article::text
    std::uint32_t key_begin = 0, key_size = 0; ///< normalised lower-case form in Document::token_keys
    std::uint16_t flags = 0;
    bool has(TokenFlag f) const { return (flags & f) != 0; }
    /// Starts with a capital or is all capitals ("Defence", "NATO"): a name may begin here.
    bool capitalised() const { return has(token_capitalized) || has(token_all_caps); }
};

struct Sentence {
    std::uint32_t first_token = 0, end_token = 0;  ///< token range [first, end)
    std::uint32_t begin = 0, end = 0;              ///< bytes in Article::text
};

enum class MentionKind : std::uint8_t { name, title, description, pronoun, group };

/// A stretch of text that refers to an entity.
struct Mention {
    std::uint32_t begin = 0, end = 0;             ///< bytes in Article::text
    std::uint32_t first_token = 0, end_token = 0; ///< tokens [first, end)
    std::uint32_t sentence = 0;
    EntityType type = EntityType::person;
    MentionKind kind = MentionKind::name;
    int entity = -1;          ///< index in Document::entities once resolved
    std::string name;         ///< the name the recogniser read (titles and qualifiers removed)
    std::string country;      ///< ISO code of a country the mention is qualified by ("China's", "of Japan")
    std::string position;     ///< a person's title ("Minister of Public Security")
    std::string known_id;     ///< gazetteer identity (country code, agency canonical name)
    std::vector<int> members; ///< for groups and plural pronouns: the mentions they stand for
    int ordinal = 0;          ///< events: "second dialogue" -> 2
    std::string event_class;  ///< events: meeting, summit, visit ...
    std::string gender;       ///< persons: male, female or empty
    bool qualifier = false;   ///< a country or place word inside another mention ("US" in "US President")
    bool tentative = false;   ///< a lone name-like word: kept only if it names a known person
    bool also_holds = false;  ///< persons: the position is one held besides others ("X, who is also ...")
    bool party_tag = false;   ///< agencies: a party's initial in "Wicker, R-Miss.," (no name of the party)
};

/// One thing the article talks about, with everything said to name it.
struct Entity {
    EntityType type = EntityType::person;
    std::string name;                  ///< canonical label
    std::vector<std::string> aliases;  ///< every other surface form
    std::string country;               ///< ISO code (countries, agencies, places) where known
    std::vector<std::string> positions;///< persons: titles held
    int ordinal = 0;                   ///< events
    std::string event_class;           ///< events
    std::string date;                  ///< events: ISO date or range the text gives
    std::string gender;
    std::vector<std::uint32_t> mentions;
};

/// A typed link between two entities and the sentence that supports it.
struct Relation {
    RelationType type = RelationType::attended;
    int source = -1, target = -1;  ///< entity indices
    std::uint32_t sentence = 0;
    std::string date;              ///< ISO date or range, where the sentence gives one
    std::string detail;            ///< e.g. the position behind member_of
};

struct Document {
    Article article;
    std::vector<Token> tokens;
    std::string token_keys;
    std::vector<Sentence> sentences;
    std::vector<Mention> mentions;
    std::vector<Entity> entities;
    std::vector<Relation> relations;

    std::string_view key(const Token& t) const { return {token_keys.data() + t.key_begin, t.key_size}; }
    std::string_view key(std::size_t token) const {
        assert(token < tokens.size());  // (past the text is a rule's bug: the sanitiser build stops on it)
        return key(tokens[token]);
    }
    std::string_view text(std::uint32_t begin, std::uint32_t end) const {
        return std::string_view(article.text).substr(begin, end - begin);
    }
    std::string_view text(const Token& t) const { return text(t.begin, t.end); }
    std::string_view text(const Mention& m) const { return text(m.begin, m.end); }
    std::string_view text(const Sentence& s) const { return text(s.begin, s.end); }
    /// Whether the pronoun at `token` is a determiner: "his", "their", and "her" before a noun
    /// ("with her French counterpart"), not "her" as an object ("met her on Monday").
    bool possessive_pronoun(std::uint32_t token) const;
    /// The words after a name and its comma that say what else the person is: "who is also", "who was
    /// now", "who is currently", "also" alone ("Xi, also general secretary of ..."). `office` is where
    /// the office they name would begin (`token` itself when there are no such words).
    struct SecondOffice {
        std::uint32_t office;
        bool relative = false;  ///< "who is", "who was"
        bool also = false;      ///< "also", "now", "currently"
    };
    SecondOffice second_office_at(std::uint32_t token, std::uint32_t end) const;
    /// Whether the token is in the headline the text opens with (its first part only).
    bool in_headline(std::uint32_t token) const;
    /// Whether an event mention names an occasion still to come: "agreed to hold the second meeting of
    /// the Working Group later this year", "preparations for the 7th session ..., to be held in
    /// Islamabad", "the next EU-Canada Summit". No one has attended it yet.
    bool names_planned_event(const Mention& event) const;
    /// The entity of the country with ISO code `code`, or -1 when the article names none.
    int country_entity(std::string_view code) const;
    /// The entity of the country with ISO code `code`, added under `name` when the article names it
    /// only inside another name ("the Russian foreign ministry") or in a news agency's credit.
    int country_entity_or_add(std::string_view code, std::string_view name);
};

}  // namespace kg
