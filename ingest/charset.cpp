#include "ingest/charset.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/ucnv.h>

#include "ingest/error.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

std::string convert_with_icu(std::string_view bytes, const char* charset, const std::string& file) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(bytes.size() * 3 + 16, '\0');
    const int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) throw InputError(file, 1, 1, std::string("cannot decode ") + charset + ": " + u_errorName(status));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool has_valid_multibyte_sequence(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (!(cp == replacement_character && i == start + 1)) return true;
    }
    return false;
}

/// Whether the 8 bytes at `p` are all printable ASCII (0x20-0x7F), tested at once.
bool plain_ascii_word(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    constexpr std::uint64_t high_bits = 0x8080808080808080u, spaces = 0x2020202020202020u;
    // A byte below 0x20 borrows into its high bit when 0x20 is taken from it; one at 0x80 or above has it set.
    return ((word | (word - spaces)) & high_bits) == 0;
}

std::string warning(const std::string& file, const std::string& text, std::size_t offset, const std::string& what) {
    const auto pos = position_of(text, offset);
    return file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": warning: " + what;
}

}  // namespace

DecodedText decode_input(std::string_view bytes, const std::string& file) {
    DecodedText out;
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        const bool little = bytes[0] == '\xFF';
        if (bytes.size() % 2 != 0) throw InputError(file, 1, 1, "truncated UTF-16 text (odd number of bytes)");
        out.text = convert_with_icu(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE", file);
        out.warnings.push_back(file + ":1:1: warning: decoded from " + (little ? "UTF-16LE" : "UTF-16BE"));
    } else {
        if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
        out.text.assign(bytes);
    }

    std::size_t controls = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < out.text.size();) {
        if (i + 8 <= out.text.size() && plain_ascii_word(out.text.data() + i)) {
            i += 8;
            continue;
        }
        const std::size_t end = std::min(out.text.size(), i + 8);  // a word with something to look at: byte by byte
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(out.text[i]);
            ascii &= c < 0x80;
            if (c == 0) {
                const auto pos = position_of(out.text, i);
                throw InputError(file, pos.line, pos.column, "binary data (NUL byte); not a text article");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
        }
    }
    if (controls > 16 && controls * 100 > out.text.size())
        throw InputError(file, 1, 1, "binary data (" + std::to_string(controls) + " control characters); not a text article");

    const std::size_t bad = ascii ? std::string::npos : find_invalid_utf8(out.text);
    if (bad == std::string::npos) return out;
    if (!has_valid_multibyte_sequence(out.text)) {
        // No UTF-8 at all: the usual legacy encoding of Western news is Windows-1252 (a superset of Latin-1).
        out.warnings.push_back(warning(file, out.text, bad, "not UTF-8; decoded as Windows-1252"));
        out.text = convert_with_icu(out.text, "windows-1252", file);
        return out;
    }
    std::size_t replaced = 0;
    std::string repaired = repair_utf8(out.text, &replaced);
    out.warnings.push_back(warning(file, out.text, bad,
                                   "invalid UTF-8: " + std::to_string(replaced) + " byte(s) replaced with U+FFFD"));
    out.text = std::move(repaired);
    return out;
}

}  // namespace kg
