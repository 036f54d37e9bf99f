#pragma once
/// Small UTF-8 and string helpers shared by the stages.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

constexpr char32_t replacement_character = 0xFFFD;

/// Whether `word` is one of `list`: for the short word lists of the extraction rules.
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    for (std::string_view w : list)
        if (w == word) return true;
    return false;
}

/// The small words inside people's names: "von der Leyen", "de la Rosa", "bin Salman".
inline constexpr std::string_view name_particles[] = {"de", "da", "del", "della", "di", "dos", "das", "van",
                                                      "von", "zu", "bin", "bint", "ibn", "al", "el",
                                                      "la", "le", "du", "der", "den", "e"};  // "Correia e Silva"
inline bool is_name_particle(std::string_view word) {
    for (std::string_view p : name_particles)
        if (p == word) return true;
    return false;
}

/// "jan", "jun.", "sept": a month's abbreviation, with or without its stop ("May", "June" are names in full).
inline bool is_month_abbreviation(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    return one_of(word, {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
}

/// Whether every byte is ASCII.
inline bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

/// Whether a token is a dash as news writes one: after a dateline, around an aside.
inline bool is_dash(std::string_view word) { return one_of(word, {"—", "–", "--", "-"}); }
/// "his Polish counterpart": a word that names a person by whose peer he is, no office of his own.
inline bool names_a_peer(std::string_view word) { return one_of(word, {"counterpart", "counterparts"}); }

/// Decodes the code point at text[i] and advances i. Invalid bytes decode as U+FFFD, one byte each.
/// ASCII, most of the text, takes the inline path; the rest is decoded out of line.
char32_t next_multibyte_code_point(std::string_view text, std::size_t& i);
inline char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    return next_multibyte_code_point(text, i);
}
void append_utf8(std::string& out, char32_t cp);

/// Offset of the first invalid UTF-8 byte, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);
/// Replaces every invalid byte sequence with U+FFFD; counts the replacements.
std::string repair_utf8(std::string_view text, std::size_t* replaced = nullptr);

// Character classes: ASCII inline, the rest from ICU.
bool is_space_beyond_ascii(char32_t cp);
bool is_letter_beyond_ascii(char32_t cp);
bool is_upper_beyond_ascii(char32_t cp);
char32_t lower_beyond_ascii(char32_t cp);
bool is_digit_beyond_ascii(char32_t cp);
inline bool is_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');  // \t \n \v \f \r
    return is_space_beyond_ascii(cp);
}
inline bool is_letter(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return is_letter_beyond_ascii(cp);
}
inline bool is_upper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : is_upper_beyond_ascii(cp); }
inline bool is_digit(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : is_digit_beyond_ascii(cp); }

/// Lower case, accents removed, whitespace folded: the form used to compare names.
std::string fold_for_lookup(std::string_view text);
/// Appends a code point beyond ASCII in lower case without its accents ("Ộ" as "o", "Ł" as "l"),
/// as a token's key has it: "Việt Nam" and "HÀ NỘI" are the gazetteer's "Viet Nam" and "Ha Noi".
void append_folded(std::string& out, char32_t cp);

std::string_view trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
/// "GANDHINAGAR" -> "Gandhinagar", "SÃO TOMÉ" -> "São Tomé": each word's first letter alone in capitals.
std::string capitalise_words(std::string_view text);
inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);
/// Collapses runs of whitespace (including newlines) to one space and trims.
std::string collapse_whitespace(std::string_view text);
/// The parts of `text` between separators (an empty part where two meet).
std::vector<std::string_view> split(std::string_view text, char separator);
/// The number of an ordinal written in digits ("30th" -> 30, "21st", "2nd"), or 0.
int numeric_ordinal(std::string_view lower);
/// The number of an ordinal spelled out past the tenth ("seventy-eighth" -> 78, "twelfth", "fortieth"), or 0.
int spelled_ordinal(std::string_view lower);

/// Byte offsets to character (code point) offsets in one text, in O(1) amortised per lookup:
/// a count is kept every 256 bytes and the rest is scanned. `first` is the character
/// offset of text[0] when the text is a part of a longer one.
class CharacterIndex {
public:
    explicit CharacterIndex(std::string_view text, std::uint32_t first = 0);
    std::uint32_t operator()(std::uint32_t byte_offset) const;

private:
    std::string_view text_;
    std::uint32_t first_;
    bool one_byte_each_ = false;              // no multi-byte character: offsets map one to one
    std::vector<std::uint32_t> checkpoints_;  // characters before byte k * 256
};

/// The low 60 bits as 15 hex digits. An article id is one: it fits std::string's inline buffer,
/// so the millions of copies in evidence and provenance lists allocate nothing.
std::string hex60(std::uint64_t value);

}  // namespace kg
