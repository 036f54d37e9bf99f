#include "ingest/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdio>

namespace kg {

char32_t next_multibyte_code_point(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    int length = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { length = 2; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { length = 3; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { length = 4; cp = b0 & 0x07; }
    else { ++i; return replacement_character; }
    if (i + length > text.size()) { ++i; return replacement_character; }
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return replacement_character; }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    const bool overlong = (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) { ++i; return replacement_character; }
    i += length;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        // A literal U+FFFD in the input is valid; a decoding failure advances one byte.
        if (cp == replacement_character && i == start + 1) return start;
    }
    return std::string_view::npos;
}

std::string repair_utf8(std::string_view text, std::size_t* replaced) {
    std::string out;
    out.reserve(text.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) { out += static_cast<char>(b); ++i; continue; }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (cp == replacement_character && i == start + 1) ++count;
        if (cp == replacement_character) append_utf8(out, cp);
        else out.append(text.substr(start, i - start));
    }
    if (replaced) *replaced = count;
    return out;
}

bool is_space_beyond_ascii(char32_t cp) {
    return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B || cp == 0xFEFF;
}
bool is_letter_beyond_ascii(char32_t cp) {
    return u_isalpha(static_cast<UChar32>(cp)) || u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}
bool is_upper_beyond_ascii(char32_t cp) {
    return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
char32_t lower_beyond_ascii(char32_t cp) {
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}
bool is_digit_beyond_ascii(char32_t cp) {
    return u_isdigit(static_cast<UChar32>(cp));
}

std::string fold_for_lookup(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(input.foldCase(), status) : input.foldCase();
    icu::UnicodeString stripped;
    bool space = false;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_MN_MASK) continue;  // accents
        if (c == 0x2019 || c == 0x2018) { stripped.append(static_cast<UChar>('\'')); space = false; continue; }
        if (u_isUWhiteSpace(c)) { space = !stripped.isEmpty(); continue; }
        if (space) stripped.append(static_cast<UChar>(' '));
        space = false;
        stripped.append(c);
    }
    std::string out;
    stripped.toUTF8String(out);
    return out;
}

void append_folded(std::string& out, char32_t cp) {
    const UChar32 lower = u_tolower(static_cast<UChar32>(cp));
    // letters with a stroke have no decomposition: "Đà Nẵng", "Łódź", "Søren"
    switch (lower) {
        case 0x0111: out += 'd'; return;  // đ
        case 0x0142: out += 'l'; return;  // ł
        case 0x00F8: out += 'o'; return;  // ø
        case 0x00F1: out += "\u00F1"; return;  // ñ is a letter of its own: "La Cañada" is no Canada
        default: break;
    }
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposition;
    if (!nfd || !nfd->getDecomposition(lower, decomposition)) {
        append_utf8(out, static_cast<char32_t>(lower));
        return;
    }
    for (int32_t i = 0; i < decomposition.length();) {
        const UChar32 c = decomposition.char32At(i);
        i += U16_LENGTH(c);
        if (!(u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_MN_MASK)) append_utf8(out, static_cast<char32_t>(c));
    }
}

std::string capitalise_words(std::string_view text) {
    icu::UnicodeString words = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    words.toTitle(nullptr);  // ICU's word breaks: "PORT-AU-PRINCE" becomes "Port-Au-Prince"
    std::string out;
    words.toUTF8String(out);
    return out;
}

std::string_view trim(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
    return text.substr(b, e - b);
}

std::string to_lower_ascii(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = lower_ascii(c);
    return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
    }
    return true;
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}
bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {
/// Byte classes for collapse_whitespace: visible ASCII, ASCII whitespace, the rest (UTF-8).
enum ByteClass : unsigned char { visible_ascii, ascii_space, multibyte };
constexpr std::array<unsigned char, 256> byte_classes = [] {
    std::array<unsigned char, 256> classes{};
    for (int b = 0x80; b < 256; ++b) classes[b] = multibyte;
    for (unsigned char b : {' ', '\n', '\t', '\r', '\f', '\v'}) classes[b] = ascii_space;
    return classes;
}();

/// Whether collapse_whitespace would return `text` unchanged: ASCII with single spaces between
/// words and none at the ends, as most sentences are. Branch-free, so the compiler vectorises it.
bool already_collapsed(std::string_view text) {
    if (text.empty()) return true;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (bytes[0] == ' ' || bytes[n - 1] == ' ' || bytes[0] < 0x20 || bytes[0] >= 0x80) return false;
    unsigned char odd = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const unsigned char c = bytes[i], before = bytes[i - 1];
        odd |= static_cast<unsigned char>((c >= 0x80) | (c < 0x20) | ((c == ' ') & (before == ' ')));
    }
    return odd == 0;
}
}  // namespace

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

int numeric_ordinal(std::string_view lower) {
    std::size_t digits = 0;
    while (digits < lower.size() && digits < 4 && lower[digits] >= '0' && lower[digits] <= '9') ++digits;
    if (digits == 0 || lower.size() != digits + 2) return 0;
    const std::string_view suffix = lower.substr(digits);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    int number = 0;
    for (std::size_t k = 0; k < digits; ++k) number = number * 10 + (lower[k] - '0');
    return number;
}

int spelled_ordinal(std::string_view lower) {
    static constexpr std::string_view units[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    static constexpr std::string_view teens[] = {"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                                 "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    static constexpr std::string_view tenths[] = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                                                  "seventieth", "eightieth", "ninetieth"};
    // Most words are no ordinal: only "...th", "...first", "...second", "...third" can be one
    if (lower.size() < 5) return 0;
    const std::string_view tail = lower.substr(lower.size() - 2);
    if (tail != "th" && tail != "st" && tail != "nd" && tail != "rd") return 0;
    for (int k = 0; k < 9; ++k)
        if (lower == teens[k]) return 11 + k;
    for (int k = 0; k < 8; ++k) {
        if (lower == tenths[k]) return 20 + 10 * k;
        // "seventy-eighth"
        if (lower.size() > tens[k].size() + 1 && starts_with(lower, tens[k]) && lower[tens[k].size()] == '-')
            for (int u = 0; u < 9; ++u)
                if (lower.substr(tens[k].size() + 1) == units[u]) return 20 + 10 * k + u + 1;
    }
    return lower == "hundredth" ? 100 : 0;
}

std::string collapse_whitespace(std::string_view text) {
    if (already_collapsed(text)) return std::string(text);
    auto class_of = [&](std::size_t i) { return byte_classes[static_cast<unsigned char>(text[i])]; };
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = class_of(i);
        if (c == visible_ascii) {  // the common case: a run of visible ASCII, copied at once
            std::size_t end = i + 1;
            while (end < text.size() && class_of(end) == visible_ascii) ++end;
            if (pending_space) out += ' ';
            pending_space = false;
            out.append(text.substr(i, end - i));
            i = end;
            continue;
        }
        if (c == ascii_space) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (is_space(cp) || cp == 0xA0) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(text.substr(start, i - start));
    }
    return out;
}

CharacterIndex::CharacterIndex(std::string_view text, std::uint32_t first) : text_(text), first_(first) {
    checkpoints_.reserve(text.size() / 256 + 2);
    std::uint32_t characters = first;
    for (std::size_t block = 0; block < text.size(); block += 256) {
        checkpoints_.push_back(characters);
        for (unsigned char c : text.substr(block, 256)) characters += (c & 0xC0) != 0x80;
    }
    checkpoints_.push_back(characters);
    one_byte_each_ = characters - first == text.size();
}

std::uint32_t CharacterIndex::operator()(std::uint32_t byte_offset) const {
    if (byte_offset >= text_.size()) return checkpoints_.back();
    if (one_byte_each_) return first_ + byte_offset;
    const std::size_t block = byte_offset / 256;
    std::uint32_t characters = checkpoints_[block];
    for (std::size_t i = block * 256; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++characters;
    return characters;
}

std::string hex60(std::uint64_t value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%015llx", static_cast<unsigned long long>(value & 0x0FFF'FFFF'FFFF'FFFFULL));
    return buffer;
}

}  // namespace kg
