#include "ingest/tokenizer.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace kg {
namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_word_char(char32_t cp) { return is_letter(cp) || is_digit(cp); }

char32_t peek(std::string_view text, std::size_t i) {
    if (i >= text.size()) return 0;
    return next_code_point(text, i);
}
std::size_t width_at(std::string_view text, std::size_t i) {
    std::size_t j = i;
    next_code_point(text, j);
    return j - i;
}

/// Whether a key that folding accents made is an English word a sentence is parsed by: "Tô Lâm" and
/// "Đỗ" are no "to" and "do".
bool english_small_word(std::string_view key) {
    return one_of(key, {"a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "no", "of", "on", "or",
                        "so", "to", "up", "us", "we", "and", "but", "for", "nor", "the", "was", "who"});
}

/// Appends the normalised key of text[begin, end) to keys: lower case, and letters beyond ASCII
/// without their accents, so that "Việt Nam" finds the gazetteer's "Viet Nam".
void append_key(std::string_view text, std::size_t begin, std::size_t end, std::string& keys) {
    const std::size_t key_begin = keys.size();
    bool folded = false;
    for (std::size_t i = begin; i < end;) {
        // A run of ASCII is lowered in one step (most keys are one): appending it a character
        // at a time checked the string's capacity for every byte.
        std::size_t run = i;
        while (run < end && static_cast<unsigned char>(text[run]) < 0x80) ++run;
        if (run > i) {
            const std::size_t at = keys.size();
            keys.resize(at + (run - i));
            std::transform(text.begin() + i, text.begin() + run, keys.begin() + at, lower_ascii);
            i = run;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (is_apostrophe(cp)) keys += '\'';
        else if (cp == 0x201C || cp == 0x201D) keys += '"';
        else if (cp == 0x2010 || cp == 0x2011) keys += '-';
        else if (is_letter(cp)) append_folded(keys, cp), folded = true;
        else keys.append(text.substr(start, i - start));
    }
    if (folded && english_small_word(std::string_view(keys).substr(key_begin))) {
        keys.resize(key_begin);  // lower case only, accents kept
        for (std::size_t i = begin; i < end;) {
            const char32_t cp = next_code_point(text, i);
            append_utf8(keys, cp < 0x80 ? static_cast<char32_t>(lower_ascii(static_cast<char>(cp))) : lower_beyond_ascii(cp));
        }
    }
}

/// Where the word starting at `begin` ends: letters and digits, internal hyphens and
/// apostrophes, initialisms (U.S.), and a final full stop for known abbreviations.
std::size_t scan_word(std::string_view text, std::size_t begin, const AbbreviationSet& abbreviations) {
    if ((text[begin] == 'n' || text[begin] == 'N') && is_apostrophe(peek(text, begin + 1))) {
        const std::size_t t = begin + 1 + width_at(text, begin + 1);  // "n't" as one token
        if (t < text.size() && (text[t] == 't' || text[t] == 'T') && !is_word_char(peek(text, t + 1))) return t + 1;
    }
    std::size_t i = begin;
    bool initialism = false;
    std::size_t letters_in_part = 0;
    while (i < text.size()) {
        const std::size_t here = i;
        const char32_t cp = next_code_point(text, i);
        if (is_word_char(cp)) { ++letters_in_part; continue; }
        const char32_t after = peek(text, i);
        if (cp == '.') {
            // "U.S", "D.C": a one-letter part followed by a full stop and another letter
            if (letters_in_part == 1 && is_letter(after) && !is_word_char(peek(text, i + width_at(text, i)))) {
                initialism = true;
                letters_in_part = 0;
                continue;
            }
            if (letters_in_part == 1 && is_digit(after) == false && (initialism || is_upper(peek(text, here - 1)))) {
                // "U.S." ends here; so does an initial such as "R."
                if (is_hyphen(after) && is_word_char(peek(text, i + width_at(text, i)))) { letters_in_part = 0; continue; }
                return i;
            }
            if (is_digit(after) && is_digit(peek(text, here - 1))) { continue; }  // 3.5
            std::string candidate = to_lower_ascii(text.substr(begin, here - begin)) + ".";
            if (abbreviations.count(candidate)) {
                // "Maj.-Gen.", "Lt.-Col.": two abbreviations joined by a hyphen are one word
                if (is_hyphen(after)) {
                    std::size_t joined = i + width_at(text, i);
                    while (joined < text.size() && is_letter(peek(text, joined))) joined += width_at(text, joined);
                    if (joined < text.size() && text[joined] == '.' &&
                        abbreviations.count(to_lower_ascii(text.substr(begin, joined + 1 - begin))))
                        return joined + 1;
                }
                return i;
            }
            return here;
        }
        if (is_hyphen(cp) && is_word_char(after)) { letters_in_part = 0; continue; }
        if (is_apostrophe(cp) && is_letter(after)) {
            // keep "Xi'an", "O'Brien"; split the possessive "'s" and "n't"
            const std::size_t after_width = width_at(text, i);
            const bool word_ends = !is_word_char(peek(text, i + after_width));
            if ((after == 's' || after == 'S') && word_ends) return here;
            if ((after == 't' || after == 'T') && word_ends && here > begin + 1 &&
                (text[here - 1] == 'n' || text[here - 1] == 'N'))
                return here - 1;
            continue;
        }
        return here;
    }
    return i;
}

/// Most words are ASCII letters and digits followed by a character that cannot continue a
/// word: they are read and flagged in one pass, without decoding. Returns false, setting
/// nothing, for anything else (full stops, hyphens, apostrophes, non-ASCII): scan_word decides.
bool read_plain_ascii_word(std::string_view text, std::size_t begin, Token& token) {
    std::size_t end = begin;
    int letters = 0, upper = 0;
    for (; end < text.size(); ++end) {
        const auto c = static_cast<unsigned char>(text[end]);
        if (c >= 0x80) break;
        if (is_letter(c)) {
            ++letters;
            upper += is_upper(c);
        } else if (!is_digit(c)) {
            break;
        }
    }
    if (end < text.size()) {
        const auto c = static_cast<unsigned char>(text[end]);
        if (c >= 0x80 || c == '.' || c == '-' || c == '\'') return false;
    }
    const auto first = static_cast<unsigned char>(text[begin]);
    token.end = static_cast<std::uint32_t>(end);
    token.flags |= token_word;
    if (is_digit(first)) token.flags |= token_number;
    if (is_upper(first)) token.flags |= token_capitalized;
    if (letters == upper && (letters >= 2 || (letters == 1 && end - begin >= 2))) token.flags |= token_all_caps;  // "G20" too
    return true;
}

}  // namespace

void tokenize(std::string_view text, const AbbreviationSet& abbreviations, std::vector<Token>& tokens,
              std::string& keys) {
    bool space_before = false, line_break_before = true;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (is_space(cp) || cp == 0xA0) {
            space_before = true;
            if (cp == '\n') line_break_before = true;
            continue;
        }
        Token token;
        token.begin = static_cast<std::uint32_t>(start);
        if (cp < 0x80 && is_word_char(cp) && read_plain_ascii_word(text, start, token)) {
            i = token.end;
        } else if (is_word_char(cp)) {
            const std::size_t end = scan_word(text, start, abbreviations);
            token.end = static_cast<std::uint32_t>(end);
            token.flags |= token_word;
            if (is_digit(cp)) token.flags |= token_number;
            if (is_upper(cp)) token.flags |= token_capitalized;
            bool all_upper = true;
            int letters = 0;
            bool hyphen = false;
            for (std::size_t k = start; k < end;) {
                const char32_t c = next_code_point(text, k);
                if (is_letter(c)) { ++letters; all_upper = all_upper && is_upper(c); }
                if (is_hyphen(c)) hyphen = true;
            }
            if (all_upper && (letters >= 2 || (letters == 1 && end - start >= 2))) token.flags |= token_all_caps;  // "G20" too
            if (hyphen) token.flags |= token_hyphenated;
            i = end;
        } else if (is_apostrophe(cp) && !tokens.empty() && tokens.back().end == start &&
                   tokens.back().has(token_word)) {
            const char32_t after = peek(text, i);
            if ((after == 's' || after == 'S') && !is_word_char(peek(text, i + 1))) i += 1;  // "'s"
            token.end = static_cast<std::uint32_t>(i);
            token.flags |= token_punct | token_possessive;
        } else {
            token.end = static_cast<std::uint32_t>(i);
            token.flags |= token_punct;
        }
        if (space_before) token.flags |= token_space_before;
        if (line_break_before) token.flags |= token_line_break_before;
        space_before = line_break_before = false;
        token.key_begin = static_cast<std::uint32_t>(keys.size());
        append_key(text, token.begin, token.end, keys);
        token.key_size = static_cast<std::uint32_t>(keys.size() - token.key_begin);
        tokens.push_back(token);
    }
}

void Tokenizer::run(Document& doc) const {
    doc.tokens.clear();
    doc.token_keys.clear();
    doc.tokens.reserve(doc.article.text.size() / 5);
    doc.token_keys.reserve(doc.article.text.size());
    tokenize(doc.article.text, abbreviations_, doc.tokens, doc.token_keys);
}

}  // namespace kg
